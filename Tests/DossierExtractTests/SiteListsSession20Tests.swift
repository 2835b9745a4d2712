import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: a plural site noun that enumerates sites by name describes each of them, with the place
/// and the capacity written after each. Names are invented.
@Suite struct SiteListsSession20Tests {
    @Test func eachMineOfAFrenchListIsASiteInThePlaceWrittenAfterIt() throws {
        let r = try extract("Ce sont les mines Korbaou et Tessy en Côte d'Ivoire, Malvé au Burkina Faso et Dunzé au Ghana.", language: "fr")
        #expect(r.has("mine Korbaou", .locatedIn, "Côte d'Ivoire"))
        #expect(r.has("mine Tessy", .locatedIn, "Côte d'Ivoire"))
        #expect(r.has("mine Malvé", .locatedIn, "Burkina Faso"))
        #expect(r.has("mine Dunzé", .locatedIn, "Ghana"))
        #expect(!r.has("mine Korbaou", .locatedIn, "Burkina Faso"))
    }

    @Test func eachPlantBehindDeTakesItsTownAndItsCapacity() throws {
        let r = try extract("Il s'agit des centrales de Torvana à Kairouan (100 MW), de Gafsa (50 MW) et de Sidi Bouzid (70 MW).", language: "fr")
        #expect(r.has("centrale de Torvana", .locatedIn, "Kairouan"))
        #expect(r.has("centrale de Gafsa", .locatedIn, "Gafsa"))
        // `Sidi` opens many first names; behind `de` in a list of plants the name is a town.
        #expect(r.has("centrale de Sidi Bouzid", .locatedIn, "Sidi Bouzid"))
        #expect(r.entity("Sidi Bouzid")?.type == .location)
        #expect(r.has("centrale de Sidi Bouzid", .capacity, "70 MW"))
        #expect(r.has("centrale de Torvana", .capacity, "100 MW"))
        #expect(!r.has("centrale de Torvana", .capacity, "70 MW"))
    }

    @Test func englishNamesBeforeAPluralNounAreSitesTheSubjectRuns() throws {
        let r = try extract("Norvale Copper owns the Andaro and Quelcamata mines in Chile.", language: "en")
        #expect(r.has("Norvale Copper", .operates, "Andaro mine"))
        #expect(r.has("Quelcamata mine", .locatedIn, "Chile"))
    }

    @Test(arguments: [
        ("Les centres de données Kolmar et Dravex sont saturés.", "fr"),
        ("The Velkor and Orvane data centers are full.", "en"),
    ])
    func namesBesideSitesNamedAfterFirmsStayFirms(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.type == .facility && ($0.name.contains("Kolmar") || $0.name.contains("Velkor")) }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}


/// Session 20: a name right after a plural site noun that enumerates nothing is no site's. Names are invented.
@Suite struct PluralNounNamesSession20Tests {
    @Test func aPortfolioEndingOnAPluralSiteNounNamesNoSite() throws {
        let r = try extract("Le ministre du pétrole et son homologue de l'Énergie et des mines Kelan Dovi Marou ont visité Niamey.", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
