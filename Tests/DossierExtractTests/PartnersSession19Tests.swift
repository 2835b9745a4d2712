import DossierModel
import Testing
@testable import DossierExtract

/// Session 19: a fronted descriptor's nationality places the firm after it; the members of a consortium and
/// the parties of an agreement concluded between two firms are partners. Names are invented.
@Suite struct PartnersSession19Tests {
    @Test(arguments: [
        ("Pépite française de l’intelligence artificielle, Varmia AI a choisi Lyon pour son premier site.", "fr", "France"),
        ("A Swiss commodities trading house, Varitrade posted record profits.", "en", "Switzerland"),
    ])
    func aFrontedDescriptorsNationalityPlacesTheFirm(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(r.has(firm.name, .locatedIn, country))
    }

    @Test func aFrontedDescriptorWithAClauseIsNotTheFirms() throws {
        let r = try extract("Pépite française qui domine l’intelligence artificielle, Varmia AI a choisi Lyon pour son premier site.", language: "fr")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:opening-descriptor.nationality" })
    }

    @Test func theMembersOfAConsortiumArePartners() throws {
        let r = try extract("Le contrat revient au consortium formé par Varstal et Quenmark, selon la Défense.", language: "fr")
        #expect(r.has("Varstal", .partnerOf, "Quenmark"))
        let japanese = try extract("Les actionnaires étrangers, dont un consortium composé des japonais Mitsui et JOGMEC, ont gelé leur participation.", language: "fr")
        #expect(japanese.has("Mitsui", .partnerOf, "JOGMEC"))
    }

    @Test func thePartiesOfAnAgreementConcludedBetweenThem() throws {
        let r = try extract("Un accord de principe a été conclu entre Varmo et le groupe français Engie pour la prolongation des réacteurs.", language: "fr")
        #expect(r.has("Varmo", .partnerOf, "Engie"))
        let supply = try extract("Un accord de fourniture a été conclu entre Varmo et le groupe français Engie.", language: "fr")
        #expect(!supply.has("Varmo", .partnerOf, "Engie"))
    }
}
