import Foundation

/// One record element of a sanctions list → a `SanctionRecord` (nil when it names nobody).
/// Elements are matched on local names, so namespace changes between list editions do not matter.
enum SanctionRecordParser {
    static func parse(_ e: XMLElement, format: SanctionsFormat) -> SanctionRecord? {
        switch format {
        case .ofacClassic: return ofacClassic(e)
        case .ofacEnhanced: return ofacEnhanced(e)
        case .unConsolidated: return un(e)
        case .euFSF: return euFSF(e)
        case .euLegacy: return euLegacy(e)
        case .ukDesignations: return uk(e)
        }
    }

    static func joined(_ parts: [String?]) -> String {
        parts.compactMap { $0?.nonEmpty }.joined(separator: " ")
    }

    static func kind(_ raw: String?) -> SanctionRecord.Kind {
        switch raw?.lowercased() ?? "" {
        case "individual", "person", "p": return .individual
        case "vessel", "ship": return .vessel
        case "aircraft": return .aircraft
        default: return .entity
        }
    }

    static func unique(_ values: [String], excluding name: String) -> [String] {
        var seen: Set<String> = [name.lowercased()]
        return values.compactMap(\.nonEmpty).filter { seen.insert($0.lowercased()).inserted }
    }

    static func ofacClassic(_ e: XMLElement) -> SanctionRecord? {
        let name = joined([e.value("firstName"), e.value("lastName")])
        guard !name.isEmpty else { return nil }
        var r = SanctionRecord(name: name, kind: kind(e.value("sdnType")))
        r.aliases = unique((e.child("akaList")?.children("aka") ?? []).map { joined([$0.value("firstName"), $0.value("lastName")]) },
                           excluding: name)
        r.programmes = e.child("programList")?.children("program").compactMap { $0.text.nonEmpty } ?? []
        r.countries = unique(e.child("addressList")?.children("address").compactMap { $0.value("country") } ?? [], excluding: "")
        r.reference = e.value("uid")
        return r
    }

    static func ofacEnhanced(_ e: XMLElement) -> SanctionRecord? {
        let names = e.child("names")?.children("name") ?? []
        func fullName(_ n: XMLElement) -> String? {
            let translations = n.child("translations")?.children("translation") ?? []
            let latin = translations.first { $0.value("script") == "Latin" } ?? translations.first
            return latin?.value("formattedFullName")
        }
        let primary = names.first { $0.value("isPrimary") == "true" } ?? names.first
        guard let primary, let name = fullName(primary) else { return nil }
        var r = SanctionRecord(name: name, kind: kind(e.path("generalInfo", "entityType")?.text))
        // OFAC writes people as "SURNAME, Given"; the reading order is how articles name them.
        let parts = name.components(separatedBy: ", ")
        let readingOrder = r.kind == .individual && parts.count == 2 ? [parts[1] + " " + parts[0]] : []
        r.aliases = unique(readingOrder + names.filter { $0.value("isPrimary") != "true" }.compactMap(fullName), excluding: name)
        r.programmes = e.child("sanctionsPrograms")?.children("sanctionsProgram").compactMap { $0.text.nonEmpty } ?? []
        r.countries = unique(e.child("addresses")?.children("address").compactMap { $0.value("country") } ?? [], excluding: "")
        r.listedOn = e.child("sanctionsLists")?.child("sanctionsList")?.attribute("datePublished")
        r.reference = e.attribute("id")
        r.links = (e.child("relationships")?.children("relationship") ?? []).compactMap { relation in
            guard let kind = relation.value("type"), let related = relation.child("relatedEntity"), let name = related.text.nonEmpty else { return nil }
            return SanctionRecord.Link(kind: kind, name: name, reference: related.attribute("entityId"))
        }
        return r
    }

    static func un(_ e: XMLElement) -> SanctionRecord? {
        let name = joined([e.value("FIRST_NAME"), e.value("SECOND_NAME"), e.value("THIRD_NAME"), e.value("FOURTH_NAME")])
        guard !name.isEmpty else { return nil }
        var r = SanctionRecord(name: name, kind: e.name == "INDIVIDUAL" ? .individual : .entity)
        let aliases = (e.children("INDIVIDUAL_ALIAS") + e.children("ENTITY_ALIAS")).compactMap { $0.value("ALIAS_NAME") }
        r.aliases = unique(aliases, excluding: name)
        r.programmes = [e.value("UN_LIST_TYPE")].compactMap { $0 }
        let addresses = e.children("INDIVIDUAL_ADDRESS") + e.children("ENTITY_ADDRESS")
        r.countries = unique(addresses.compactMap { $0.value("COUNTRY") }, excluding: "")
        r.listedOn = e.value("LISTED_ON")
        r.reference = e.value("REFERENCE_NUMBER") ?? e.value("DATAID")
        return r
    }

    static func euFSF(_ e: XMLElement) -> SanctionRecord? {
        let names = e.children("nameAlias").compactMap { alias -> (String, String?)? in
            let whole = alias.attribute("wholeName") ?? joined([alias.attribute("firstName"), alias.attribute("middleName"), alias.attribute("lastName")])
            return whole.isEmpty ? nil : (whole, alias.attribute("nameLanguage"))
        }
        // No primary flag in this format: prefer the first English (or language-less) name.
        guard let name = (names.first { $0.1 == "EN" } ?? names.first { $0.1 == nil } ?? names.first)?.0 else { return nil }
        var r = SanctionRecord(name: name, kind: kind(e.child("subjectType")?.attribute("code")))
        r.aliases = unique(names.map(\.0), excluding: name)
        r.programmes = unique(e.children("regulation").compactMap { $0.attribute("programme") }, excluding: "")
        r.countries = unique(e.children("address").compactMap { $0.attribute("countryDescription") ?? $0.attribute("countryIso2Code") }
            .filter { $0 != "UNKNOWN" && $0 != "00" }, excluding: "")
        r.listedOn = e.attribute("designationDate") ?? e.children("regulation").first?.attribute("publicationDate")
        r.reference = e.attribute("euReferenceNumber") ?? e.attribute("logicalId")
        return r
    }

    static func euLegacy(_ e: XMLElement) -> SanctionRecord? {
        let names = e.children("NAME").compactMap { n in
            n.value("WHOLENAME") ?? joined([n.value("FIRSTNAME"), n.value("MIDDLENAME"), n.value("LASTNAME")]).nonEmpty
        }
        guard let name = names.first else { return nil }
        var r = SanctionRecord(name: name, kind: kind(e.attribute("Type")))
        r.aliases = unique(names, excluding: name)
        r.programmes = [e.attribute("programme")].compactMap { $0 }
        r.countries = unique(e.children("ADDRESS").compactMap { $0.value("COUNTRY") }, excluding: "")
        r.listedOn = e.attribute("reg_date")
        r.reference = e.attribute("Id")
        return r
    }

    static func uk(_ e: XMLElement) -> SanctionRecord? {
        let names = e.child("Names")?.children("Name") ?? []
        func full(_ n: XMLElement) -> String { joined((1...6).map { n.value("Name\($0)") }) }
        let primary = names.first { $0.value("NameType") == "Primary Name" } ?? names.first
        guard let primary, case let name = full(primary), !name.isEmpty else { return nil }
        var r = SanctionRecord(name: name, kind: kind(e.value("IndividualEntityShip")))
        let nonLatin = e.child("NonLatinNames")?.children("NonLatinName").compactMap { $0.value("NameNonLatinScript") } ?? []
        r.aliases = unique(names.map(full) + nonLatin, excluding: name)
        r.programmes = [e.value("RegimeName")].compactMap { $0 }
        r.countries = unique(e.child("Addresses")?.children("Address").compactMap { $0.value("AddressCountry") } ?? [], excluding: "")
        r.listedOn = ukDate(e.value("DateDesignated"))
        r.reference = e.value("UniqueID")
        let entity = e.path("EntityDetails", "Entity"), ship = e.path("ShipDetails", "Ship")
        func links(_ container: XMLElement?, _ list: String, _ item: String, kind: String) -> [SanctionRecord.Link] {
            (container?.child(list)?.children(item) ?? []).compactMap { $0.text.nonEmpty }
                .map { SanctionRecord.Link(kind: kind, name: $0, reference: nil) }
        }
        r.links = links(entity, "ParentCompanies", "ParentCompany", kind: "Owned or Controlled By")
            + links(entity, "Subsidiaries", "Subsidiary", kind: "Parent company of")
            + links(ship, "CurrentOwnerOperators", "CurrentOwnerOperator", kind: "Owned or operated by")
        return r
    }

    /// `29/06/2012` → `2012-06-29` (UK lists write day first).
    static func ukDate(_ raw: String?) -> String? {
        guard let parts = raw?.split(separator: "/"), parts.count == 3, parts[2].count == 4 else { return raw }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }
}
