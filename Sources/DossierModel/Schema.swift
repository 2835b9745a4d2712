/// The entity types of the extraction schema (see shared/eval/README.md).
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case company = "Company"
    case organization = "Organization"
    case person = "Person"
    case facility = "Facility"
    case sanction = "Sanction"
    case location = "Location"
    case product = "Product"

    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}

/// The relation predicates of the extraction schema. `capacity` is a valued fact whose
/// object is a literal ("100 MW"), not an entity.
public enum Predicate: String, Codable, Sendable, CaseIterable, Comparable {
    case worksFor = "WORKS_FOR"
    case founded = "FOUNDED"
    case owns = "OWNS"
    case subsidiaryOf = "SUBSIDIARY_OF"
    case operates = "OPERATES"
    case locatedIn = "LOCATED_IN"
    case investsIn = "INVESTS_IN"
    case sanctionedBy = "SANCTIONED_BY"
    case subjectTo = "SUBJECT_TO"
    case imposedBy = "IMPOSED_BY"
    case supplies = "SUPPLIES"
    case partnerOf = "PARTNER_OF"
    case reportedBy = "REPORTED_BY"
    case capacity = "CAPACITY"

    /// PARTNER_OF holds both ways; every other predicate has a direction.
    public var isSymmetric: Bool { self == .partnerOf }

    public static func < (a: Predicate, b: Predicate) -> Bool { a.rawValue < b.rawValue }
}
