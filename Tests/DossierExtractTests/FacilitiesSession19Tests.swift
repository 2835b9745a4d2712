import DossierModel
import Testing
@testable import DossierExtract

/// Session 19: in a story about data centres, a bare code of a site's shape is a site. Names are invented.
@Suite struct FacilitiesSession19Tests {
    static let story = """
        Varcore agrandit son campus de centres de données près de Paris.
        Les bâtiments PAR1 et PAR2 sont déjà pleins, et PAR3 ouvrira en 2026.
        """

    @Test func codesNamedBesideADataCentreAreSites() throws {
        let r = try extract(Self.story, language: "fr")
        for code in ["PAR1", "PAR2", "PAR3"] {
            #expect(r.entity(code)?.type == .facility, "\(code)")
        }
    }

    @Test func aCodeThatIsMadeStaysAProduct() throws {
        let r = try extract("Varcore ouvre un centre de données à Lyon.\nSamsung makes AI4 for the carmaker, and Quantel will make AI5.", language: "en")
        #expect(r.entity("AI4")?.type != .facility)
        #expect(r.entity("AI5")?.type != .facility)
    }

    @Test(arguments: [("PAR1", true), ("CAL-3", true), ("DC5", true), ("H100", false), ("B200", false), ("M2", false), ("MI300", false), ("Par1", false)])
    func theShapeOfASiteCode(code: String, isSite: Bool) {
        #expect(Analysis.hasSiteCodeShape(code) == isSite)
    }

    @Test(arguments: [
        ("Le produit de l'offre financera l'exploration du projet minier Varlaine de Montex en Côte d'Ivoire.", "fr", "projet minier Varlaine"),
        ("Montex owns the Toravo gold project in Burkina Faso.", "en", "Toravo gold project"),
        ("Nvidia is backing Project Southvale in Melbourne.", "en", "Project Southvale"),
    ])
    func aProjectsNameIsASite(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(name)?.type == .facility, "\(r.entities.map { "\($0.name): \($0.type)" })")
    }

    @Test(arguments: ["Behind the project sits A7, a Moscow-based cross-border payments firm set up with backing from Varbank.", "In May, Varcom Kell completes research project in Paraguay."])
    func aNameBesideProjectInAnotherShapeIsNoSite(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.entities.contains { $0.type == .facility }, "\(r.entities.map { "\($0.name): \($0.type)" })")
    }

    @Test(arguments: [
        ("Lundin Mining is buying a majority stake in the Toravo copper-molybdenum mine in Chile.", "en", "Toravo copper-molybdenum mine"),
        ("Montex a racheté le gisement d'or de Toravo pour 45 millions de dollars.", "fr", "gisement d'or de Toravo"),
    ])
    func whatTheGroundYieldsStandsBetweenTheMineAndItsName(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(name)?.type == .facility, "\(r.entities.map { "\($0.name): \($0.type)" })")
        #expect(r.entity("Toravo") == nil)
    }
}
