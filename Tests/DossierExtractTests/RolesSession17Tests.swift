import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: office holders named after a body's title and the capitalised remit of the office.
/// Names are invented.
@Suite struct RolesSession17Tests {
    @Test func anOfficeRemitBetweenTheBodyAndItsHolder() throws {
        let r = try extract("Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelsen said the network was dismantled.", language: "en")
        #expect(r.has("Brian Nelsen", .worksFor, "the Treasury"))
    }

    @Test func aLowerCaseClauseAfterForIsNoRemit() throws {
        let r = try extract("The head of the Treasury for the past two years Brian Nelsen said the network was dismantled.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .worksFor && r.entities[$0.subject].name == "Brian Nelsen" })
    }
}
