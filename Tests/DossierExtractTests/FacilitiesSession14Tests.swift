import DossierModel
import Testing
@testable import DossierExtract

/// Session 14: a site's place after a contracted article, and after a relative clause between
/// commas. Firm names are invented.
@Suite struct FacilitiesSession14Tests {
    @Test(arguments: [("Velkor Mining va agrandir sa ferme de minage du Texas.", "ferme de minage de Velkor Mining (Texas)", "Texas"),
                      ("Velkor Mining va agrandir son usine des États-Unis.", "usine de Velkor Mining (États-Unis)", "États-Unis")])
    func aContractedArticlePlacesTheSite(text: String, site: String, place: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has(site, .locatedIn, place), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func aRelativeClauseBetweenCommasPlacesTheSite() throws {
        let r = try extract("The 300 MW campus, which Velkor Mining is developing in Ohio, will be completed in 2026.", language: "en")
        #expect(r.has("Velkor Mining campus (Ohio)", .locatedIn, "Ohio"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func aSecondClauseAfterTheCommaDoesNotPlaceTheSite() throws {
        // The relative clause ends at its comma; the place after the next one is the firm's office, not the site's.
        let r = try extract("The campus, which Velkor Mining builds, will serve customers in Denver.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }
}
