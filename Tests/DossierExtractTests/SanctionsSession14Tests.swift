import DossierModel
import Testing
@testable import DossierExtract

/// Session 14: a time phrase between a ban verb and its object dates the measure after its name.
@Suite struct SanctionsSession14Tests {
    @Test func aTimePhraseBeforeTheObjectDatesTheMeasure() throws {
        let r = try extract("Les États-Unis interdisent depuis octobre 2022 l'exportation de puces d'IA avancées vers la Chine.", language: "fr")
        let ban = try #require(r.entities.first { $0.type == .sanction })
        #expect(ban.name == "interdiction de l'exportation de puces d'IA avancées vers la Chine (depuis octobre 2022)")
        #expect(r.has("Chine", .subjectTo, ban.name))
    }
}

/// Session 14: a firm after a sanctioned person's apposition is the object of the next clause's verb, not a target.
@Suite struct SanctionedHolderSession14Tests {
    @Test(arguments: [("L'oligarque russe Ivan Petrov, sanctionné par l'Union européenne, contrôle Velkor Mining.", "fr"),
                      ("Russian billionaire Ivan Petrov, who was sanctioned by the EU in 2022, controls Velkor Mining.", "en")])
    func theHoldingOfASanctionedPersonIsNoTarget(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.relations.contains { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == "Ivan Petrov" })
        #expect(!r.relations.contains { r.entities[$0.subject].name == "Velkor Mining" && [.subjectTo, .sanctionedBy, .subsidiaryOf].contains($0.predicate) },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(r.has("Ivan Petrov", .owns, "Velkor Mining"))
    }

    @Test func aListAfterTheCueIsStillTargeted() throws {
        let r = try extract("The EU imposed sanctions against Velkor Mining, its subsidiary Tarnell Trading and Brisk Shipping.", language: "en")
        for firm in ["Velkor Mining", "Tarnell Trading", "Brisk Shipping"] {
            #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == firm }, "\(firm)")
        }
    }
}
