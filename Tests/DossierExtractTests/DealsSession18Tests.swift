import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: two firms that open a sentence and sign an agreement for a joint project are
/// partners; an agreement to supply or to keep something running is not a partnership. Names
/// are invented.
@Suite struct DealsSession18Tests {
    @Test func twoSubjectsSigningAnAgreementToBuildArePartners() throws {
        let r = try extract("Velkoris Group et Tarmen Batteries SA ont annoncé aujourd’hui la conclusion d’un accord définitif visant à implanter une usine de batteries.", language: "fr")
        #expect(r.has("Velkoris Group", .partnerOf, "Tarmen Batteries SA") || r.has("Tarmen Batteries SA", .partnerOf, "Velkoris Group"))
    }

    @Test func aDatelineMayOpenTheSentence() throws {
        let r = try extract("PARIS, 11 novembre (Reuters) - Velkoris Aero et Tarmen Aviation Group (TAG) annoncent mardi avoir signé un accord cadre en vue de la création d'une coentreprise.", language: "fr")
        #expect(r.has("Velkoris Aero", .partnerOf, "Tarmen Aviation Group") || r.has("Tarmen Aviation Group", .partnerOf, "Velkoris Aero"))
    }

    @Test func anAgreementWithoutAJointProjectIsNoPartnership() throws {
        let r = try extract("Velkoris Energy and Tarmen Platforms also reached an agreement to keep one of Tarmen's reactors operational for 20 years.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .partnerOf }, "\(r.relations.map(\.evidence.extractor))")
    }

    @Test func aSupplyAgreementIsNoPartnership() throws {
        let r = try extract("Velkoris Energy and Tarmen Platforms signed a power purchase agreement to build a solar farm.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .partnerOf }, "\(r.relations.map(\.evidence.extractor))")
    }

    @Test func aPairInsideASentenceIsNotTheAgreementsParties() throws {
        // (`… said X and Y signed`: the pair must open the sentence.)
        let r = try extract("Analysts at Korvex said Velkoris Energy and Tarmen Platforms signed an agreement to build a plant.", language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:partnership.pair-agreement" })
    }
}
