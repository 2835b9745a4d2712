import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: a programme the lexicon names, followed by the target it is aimed at.
@Suite struct SanctionsSession20Tests {
    @Test func aNamedPackageAimedAtACountryHasItAsTarget() throws {
        let r = try extract("Le gouvernement a décidé de se joindre au 12e paquet de sanctions de l'UE contre la Russie.", language: "fr")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Russie" }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }
}
