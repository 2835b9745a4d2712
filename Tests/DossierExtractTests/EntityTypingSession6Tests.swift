import DossierModel
import Testing
@testable import DossierExtract

/// Entity typing, session 6: a firm's head noun right before a name outweighs the `said` after it
/// (`the Korean chip designer X said`), which used to make X a person. Invented names only.
@Suite struct EntityTypingSession6Tests {
    @Test(arguments: [
        ("The Korean chip designer Dorvan Semi said on Monday it had raised money.", "Dorvan Semi"),
        ("The Russian miner Velkor Hash said on Monday it would expand.", "Velkor Hash"),
        ("The chip designer Dorvan Semi said on Monday it had raised money.", "Dorvan Semi"),
    ])
    func aFirmHeadBeforeTheNameOutweighsSaid(text: String, name: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entity(name)?.type == .company)
    }

    @Test(arguments: [
        ("Its chief executive John Arden said on Monday the firm would expand.", "John Arden"),
        ("The company's chief executive, Maria Velkova, said the deal was done.", "Maria Velkova"),
    ])
    func aRoleBeforeTheNameStillMakesAPerson(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .person)
    }
}
