import DossierModel
import Testing
@testable import DossierExtract

/// Names no cue types: guesses that support no fact are left out; the cues real news gives a
/// firm (an inner capital, shares, an apposition with modifiers) keep it. Invented names only.
@Suite struct UncuedNamesTests {
    @Test func anUncuedNameInNoRelationIsLeftOut() throws {
        let r = try extract("Fans of Glimmerfall will find the sequel on sale. Put simply, Corvath Sky is a game.")
        #expect(r.entity("Glimmerfall") == nil)
        #expect(r.entity("Corvath Sky") == nil)
        #expect(r.entity("Put") == nil)
    }

    @Test func anUncuedNameInARelationStays() throws {
        let r = try extract("Marta Jelinek, chief executive of Bravonia, said the plan was ready.")
        #expect(r.entity("Bravonia")?.type == .company)
        #expect(r.has("Marta Jelinek", .worksFor, "Bravonia"))
    }

    @Test func aCamelCaseBrandIsAFirmButACamelCaseSurnameIsNot() throws {
        let r = try extract("Investors cheered as TellurAI unveiled a new chip. Officials met McAllister on Monday.")
        #expect(r.entity("TellurAI")?.type == .company)
        #expect(r.entity("McAllister")?.type != .company)
    }

    @Test(arguments: ["Shares of Quorvex fell 3% on Tuesday.", "On Tuesday, Quorvex shares fell 3%.", "Traders sold Quorvex (NYSE: QVX) on Tuesday."])
    func aNameWithSharesIsAListedFirm(_ sentence: String) throws {
        let r = try extract(sentence)
        #expect(r.entity("Quorvex")?.type == .company)
    }

    @Test func anAppositionMayQualifyItsHeadNoun() throws {
        let r = try extract("Dravik, a small server supplier, said demand was strong. Vorandt, which is expanding, did not comment.")
        #expect(r.entity("Dravik")?.type == .company)
        #expect(r.entity("Vorandt") == nil, "a relative clause is no apposition")
    }

    @Test func aWebAddressIsNoOutlet() throws {
        let r = try extract("For more information, visit www.korvant-example.com or call the press office.")
        #expect(r.entities.isEmpty)
    }
}

/// Names real news gives people and state bodies without a full name. Invented names only.
@Suite struct SurnamesAndStateBodiesTests {
    @Test func aSurnameAfterAnHonorificOrATitleIsAPerson() throws {
        let r = try extract("Officials said Mr. Varlow met President Tenbury in the capital.")
        #expect(r.entity("Varlow")?.type == .person)
        #expect(r.entity("Tenbury")?.type == .person)
    }

    @Test func theLastWordOfATitleIsNoSurname() throws {
        let r = try extract("The state Attorney General opened an inquiry into Korvane Media.")
        #expect(r.entity("General") == nil)
    }

    @Test func aServiceNamedWithAPlusIsNotItsMaker() throws {
        let r = try extract("Disney said Disney+ had 10 million users on its first day.")
        #expect(r.entity("Disney")?.type == .company)
        #expect(r.entity("Disney+") != nil)
        #expect(r.entity("Disney")?.aliases.contains("Disney+") != true)
    }

    @Test(arguments: [("Kazakhstan's energy ministry said exports would resume.", "Kazakhstan's energy ministry", "en"),
                      ("The Ghanaian government will buy three jets.", "Ghanaian government", "en"),
                      ("Talks with the South Korean trade ministry resumed.", "South Korean trade ministry", "en"),
                      ("Le gouvernement français a réagi mardi.", "gouvernement français", "fr"),
                      ("La banque centrale russe a relevé son taux.", "banque centrale russe", "fr")])
    func aStateBodyNamedByItsCountryIsAnOrganization(_ sentence: String, _ name: String, _ language: String) throws {
        let r = try extract(sentence, language: language)
        #expect(r.entity(name)?.type == .organization)
    }

    @Test func thePossessiveCountryKeepsItsPlace() throws {
        let r = try extract("Kazakhstan's energy ministry said exports would resume.")
        #expect(r.entity("Kazakhstan")?.type == .location)
    }

    @Test func aBankOtherThanACentralBankIsNoStateBody() throws {
        let r = try extract("Norvik, a lender, said Poland's largest bank had agreed.")
        #expect(!r.entities.contains { $0.type == .organization })
    }
}
