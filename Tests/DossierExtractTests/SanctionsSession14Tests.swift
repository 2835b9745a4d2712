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
