import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: shareholders listed in parentheses after their firm, and a subject coordinated with
/// the holders' noun that is not one of them. Names are invented.
@Suite struct HoldingsSession18Tests {
    @Test func shareholdersListedInParenthesesHoldTheFirm() throws {
        let r = try extract("Velsat et les principaux actionnaires de Orbinet (Bharvel, Softvane et Hanwel) ont signé ce 14 novembre l'accord définitif.", language: "fr")
        for holder in ["Bharvel", "Softvane", "Hanwel"] {
            #expect(r.has(holder, .owns, "Orbinet"), "\(holder)")
        }
    }

    @Test func aSubjectCoordinatedWithTheHoldersIsNotOne() throws {
        let r = try extract("Le groupe Velsat Holding et les actionnaires de Orbinet SA ont signé l'accord définitif.", language: "fr")
        #expect(r.entities.contains { $0.name == "Orbinet SA" })
        #expect(!r.has("Velsat Holding", .owns, "Orbinet SA"))
    }

    @Test func aSubjectBeforeTheHoldersNounStillHolds() throws {
        // (`X est devenu l'actionnaire majoritaire de Y`: no `et` between, X holds Y.)
        let r = try extract("Le groupe Velsat Holding est devenu l'actionnaire majoritaire de Orbinet SA en mars.", language: "fr")
        #expect(r.has("Velsat Holding", .owns, "Orbinet SA"))
    }
}
