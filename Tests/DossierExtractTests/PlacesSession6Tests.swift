import DossierModel
import Testing
@testable import DossierExtract

/// Places, session 6: the nationality of a group of firms reaches every firm of the list that
/// names its members, in the same sentence (`three Russian banks, X, Y and Z`) or in the next one
/// (`… several Chinese companies. Among them are X and Y`). Invented actors only.
@Suite struct PlacesSession6Tests {
    @Test(arguments: [
        ("The Treasury sanctioned three Russian banks, Karsk Bank, Miravel Bank and Ostrin Credit, on Tuesday.", "en", "Russia"),
        ("Le Trésor a sanctionné trois banques russes, Karsk Bank, Miravel Bank et Ostrin Credit, mardi.", "fr", "Russie"),
    ])
    func aGroupsNationalityReachesEveryFirmOfItsList(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Karsk Bank", "Miravel Bank", "Ostrin Credit"] { #expect(r.has(firm, .locatedIn, country), "\(firm)") }
    }

    @Test(arguments: [
        ("The US Treasury imposed sanctions on several Chinese companies on Tuesday. Among them are Velto Systems, Harnik Microelectronics and Dorvan Computing.", "en", "China"),
        ("The Commerce Department added several Chinese companies to its entity list on Monday. They include Velto Systems, Harnik Microelectronics and Dorvan Computing.", "en", "China"),
        ("Le Trésor américain a imposé mardi des sanctions à plusieurs entreprises chinoises. Parmi elles figurent Velto Systems, Harnik Microelectronics et Dorvan Computing.", "fr", "Chine"),
    ])
    func targetsListedAfterANationalGroupShareItsNationality(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Velto Systems", "Harnik Microelectronics", "Dorvan Computing"] { #expect(r.has(firm, .locatedIn, country), "\(firm)") }
    }

    @Test func aGroupOfTwoNationalitiesGivesNone() throws {
        let r = try extract("The Treasury imposed sanctions on Chinese and Russian companies on Tuesday. Among them are Velto Systems and Harnik Microelectronics.", language: "en")
        #expect(!r.has("Velto Systems", .locatedIn, "China"))
        #expect(!r.has("Velto Systems", .locatedIn, "Russia"))
    }

    @Test(arguments: [
        ("Ostrin Group, a Franco-American telecoms equipment maker, cut jobs.", "en", "Ostrin Group", "France", "United States"),
        ("The Sino-Russian miner Velkor Hash said it would expand.", "en", "Velkor Hash", "China", "Russia"),
        ("Michel Dupont a quitté la tête du groupe franco-américain Ostrin Lucent.", "fr", "Ostrin Lucent", "France", "États-Unis"),
        ("Dorvan Semi, le groupe franco-italien, a publié ses comptes.", "fr", "Dorvan Semi", "France", "Italie"),
        ("Le groupe Ostrin Lucent a publié ses comptes. Michel Dupont a quitté la tête du groupe franco-américain avant la fusion.", "fr", "Ostrin Lucent", "France", "États-Unis"),
    ])
    func aCompoundNationalityPlacesTheFirmInBothCountries(text: String, language: String, firm: String, first: String, second: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .locatedIn, first))
        #expect(r.has(firm, .locatedIn, second))
        #expect(!r.entities.contains { $0.type == .location && $0.name.contains("-") && $0.name.lowercased().hasPrefix("franco") })
    }
}
