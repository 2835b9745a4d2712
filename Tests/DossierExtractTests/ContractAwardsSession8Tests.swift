import DossierModel
import Testing
@testable import DossierExtract

/// A buyer choosing its suppliers (`Analysis+ContractAwards`). Invented names only.
@Suite struct ContractAwardsSession8Tests {
    @Test(arguments: [
        ("The Harlan Transit Authority selected Calverton Systems and Brightwater Compute to supply cloud services.", "en", ["Calverton Systems", "Brightwater Compute"]),
        ("The Harlan Transit Authority picked Calverton Systems for a pilot program, the company said.", "en", ["Calverton Systems"]),
        ("Le ministère des Transports a retenu Calverton Systems pour héberger ses données.", "fr", ["Calverton Systems"]),
        ("The $40 million contract was awarded to Calverton Systems by the Harlan Transit Authority in May.", "en", ["Calverton Systems"]),
        ("Le contrat a été attribué à Calverton Systems par le ministère des Transports.", "fr", ["Calverton Systems"]),
    ])
    func aChosenFirmSuppliesTheBuyer(text: String, language: String, sellers: [String]) throws {
        let r = try extract(text, language: language)
        let buyer = try #require(r.entities.first { $0.type == .organization })
        for seller in sellers { #expect(r.has(seller, .supplies, buyer.name), "\(seller) → \(buyer.name)") }
    }

    @Test(arguments: [
        "The board of Calverton Systems selected Maria Olsen as chief executive.",
        "Calverton Systems chose Brightwater Compute over two rivals, people familiar with the matter said.",
        "Calverton Systems picked Lyon for its new office.",
    ])
    func aChoiceWithoutAPurposeIsNoSupply(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }
}
