import DossierModel
import Testing
@testable import DossierExtract

/// A nationality on a plural firm noun places every firm of the list it introduces (session 11).
@Suite struct NationalityGroupsSession11Tests {
    @Test(arguments: [
        ("Les sociétés chinoises citées sont Alcor Electronics, Wyvern Components Co et Nortech Limited.", "fr", "Chine"),
        ("The Chinese companies named include Alcor Electronics, Wyvern Components Co and Nortech Limited.", "en", "China"),
    ])
    func aListVerbGivesTheGroupsMembers(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Alcor Electronics", "Wyvern Components Co", "Nortech Limited"] {
            #expect(r.has(firm, .locatedIn, country))
        }
    }

    @Test func aParticiplePhraseMayStandBetweenTheGroupAndItsExamples() throws {
        let r = try extract("Les 21 entités chinoises ajoutées à la liste noire, dont Borlag et Tessaron, seront frappées.", language: "fr")
        #expect(r.has("Borlag", .locatedIn, "Chine"))
        #expect(r.has("Tessaron", .locatedIn, "Chine"))
    }

    @Test func aFiniteVerbBetweenTheGroupAndTheListBreaksTheLink() throws {
        let r = try extract("Les entreprises chinoises ont perdu des parts de marché face à leurs concurrents, dont Varkon et Dremora.", language: "fr")
        #expect(!r.has("Varkon", .locatedIn, "Chine"))
        #expect(!r.has("Dremora", .locatedIn, "Chine"))
    }

    @Test(arguments: [
        ("Chinese chipmakers Borlag and Tessaron were also added.", "en", "China"),
        ("La mesure profite aux géants chinois de la technologie Borlag et Tessaron.", "fr", "Chine"),
        ("Les sociétés chinoises de cybersécurité Borlag et Tessaron sont visées.", "fr", "Chine"),
    ])
    func aPluralNounBeforeTheNamesCoversTheList(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Borlag", .locatedIn, country))
        #expect(r.has("Tessaron", .locatedIn, country))
    }

    @Test func aSingularNounBeforeTheFirstNameCoversOnlyIt() throws {
        let r = try extract("Le géant chinois de la technologie Borlag et Tessaron ont signé un accord.", language: "fr")
        #expect(r.has("Borlag", .locatedIn, "Chine"))
        #expect(!r.has("Tessaron", .locatedIn, "Chine"))
    }
}
