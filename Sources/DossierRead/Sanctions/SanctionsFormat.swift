/// The sanctions-list XML formats, recognised by their root element (local name).
enum SanctionsFormat: String, Sendable {
    case ofacClassic = "ofac-sdn"
    case ofacEnhanced = "ofac-enhanced"
    case unConsolidated = "un-consolidated"
    case euFSF = "eu-fsf"
    case euLegacy = "eu-fsf-legacy"
    case ukDesignations = "uk-designations"

    init?(root: XMLStream.Start) {
        switch root.name {
        case "sdnList": self = .ofacClassic
        case "sanctionsData": self = .ofacEnhanced
        case "CONSOLIDATED_LIST": self = .unConsolidated
        case "export" where root.namespace?.contains("fsd") == true || root.attributes["globalFileId"] != nil: self = .euFSF
        case "WHOLE": self = .euLegacy
        case "Designations": self = .ukDesignations
        default: return nil
        }
    }

    /// The element that holds one listed party.
    func isRecord(_ start: XMLStream.Start) -> Bool {
        switch self {
        case .ofacClassic: return start.name == "sdnEntry"
        case .ofacEnhanced: return start.name == "entity" && start.depth == 2
        case .unConsolidated: return (start.name == "INDIVIDUAL" || start.name == "ENTITY") && start.depth == 2
        case .euFSF: return start.name == "sanctionEntity"
        case .euLegacy: return start.name == "ENTITY" && start.depth == 1
        case .ukDesignations: return start.name == "Designation"
        }
    }

    /// The list's publisher: its name as an Organization and its usual other names.
    var authority: (name: String, aliases: [String]) {
        switch self {
        case .ofacClassic, .ofacEnhanced:
            return ("OFAC", ["Office of Foreign Assets Control", "U.S. Treasury Office of Foreign Assets Control"])
        case .unConsolidated:
            return ("UN Security Council", ["United Nations Security Council", "Conseil de sécurité des Nations unies"])
        case .euFSF, .euLegacy:
            return ("European Union", ["EU", "Union européenne", "UE", "Council of the European Union"])
        case .ukDesignations:
            return ("Foreign, Commonwealth and Development Office", ["FCDO", "UK Foreign Office", "UK government"])
        }
    }

    /// The short authority name used in sanction names ("OFAC RUSSIA-EO14024 sanctions").
    var authorityShortName: String {
        switch self {
        case .ofacClassic, .ofacEnhanced: return "OFAC"
        case .unConsolidated: return "UN"
        case .euFSF, .euLegacy: return "EU"
        case .ukDesignations: return "UK"
        }
    }
}

/// One listed party, whatever list it came from.
struct SanctionRecord: Sendable {
    enum Kind: String, Sendable {
        case individual = "Individual", entity = "Entity", vessel = "Vessel", aircraft = "Aircraft"
    }
    var name: String
    var kind: Kind
    var aliases: [String] = []
    var programmes: [String] = []
    var countries: [String] = []
    var listedOn: String?
    var reference: String?
    /// Links to other parties stated by the list (OFAC enhanced `relationships`).
    var links: [Link] = []

    struct Link: Sendable {
        /// The list's wording: "Owned or Controlled By", "Leader or official of", …
        var kind: String
        var name: String
        var reference: String?
    }
}
