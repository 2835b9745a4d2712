import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: the parties of a joint venture listed with their shares or with appositions, and
/// the venture itself, which is no party. Names are invented.
@Suite struct DealsSession17Tests {
    @Test func partiesListedWithTheirSharesArePartners() throws {
        let r = try extract("Le projet Kavora Copper est une coentreprise entre Ivral Mines (39,6%), Zeling Mining Group (39,6%), Crystal Stone Limited (0,8%) et Ostrava Holdings (20%).", language: "fr")
        for (a, b) in [("Ivral Mines", "Zeling Mining Group"), ("Ivral Mines", "Ostrava Holdings"), ("Crystal Stone Limited", "Ostrava Holdings")] {
            #expect(r.has(a, .partnerOf, b), "\(a) / \(b)")
        }
        #expect(!r.relations.contains { $0.predicate == .partnerOf && r.entities[$0.subject].name == "Kavora Copper" })
    }

    @Test func aPartyDescribedInAnAppositionKeepsTheListGoing() throws {
        let r = try extract("Une joint-venture entre Bpiral, MGZ, le fonds d'investissement émirati spécialisé dans l'IA, la licorne Mistral Data et Nordia vise à développer un campus.", language: "fr")
        #expect(r.has("MGZ", .partnerOf, "Mistral Data"))
        #expect(r.has("Bpiral", .partnerOf, "Nordia"))
    }

    @Test func aRelativeClauseAfterAPartyEndsTheList() throws {
        let r = try extract("Une coentreprise entre Bpiral, MGZ, qui a été créée en 2020, la société Mistral Data et Nordia construira une usine.", language: "fr")
        #expect(!r.has("MGZ", .partnerOf, "Mistral Data"))
    }
}
