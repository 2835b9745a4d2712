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

/// Session 20: a measure is also named after its imposer as the text writes the body, not only by its acronym.
@Suite struct SanctionAliasesSession20Tests {
    @Test func theImposersWrittenNameNamesTheMeasure() throws {
        let r = try extract("Le ministère américain du Commerce a imposé des sanctions à 45 entreprises russes, dont Torvex.", language: "fr")
        let measure = r.entities.first { $0.type == .sanction }
        #expect(measure?.aliases.contains { $0.contains("ministère américain du Commerce") } == true, "\(measure.map { [$0.name] + $0.aliases } ?? [])")
    }
}
