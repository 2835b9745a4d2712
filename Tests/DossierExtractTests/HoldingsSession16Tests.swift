import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a holder noun with the size of its share between it and the firm, a holder named as the
/// antecedent of `qui est … actionnaire`, and a holder that is itself a complement. Firm names are invented.
@Suite struct ShareholderWordingSession16Tests {
    @Test(arguments: [("Le constructeur Marvane, actionnaire à plus de 20 % de Velkor Batteries, a salué le projet.", "fr"),
                      ("Le constructeur Marvane, actionnaire majoritaire à hauteur de 51 % de Velkor Batteries, a salué le projet.", "fr"),
                      ("Marvane Group, a 30 per cent shareholder of Velkor Batteries, welcomed the plan.", "en")])
    func theShareBetweenTheNounAndTheFirmKeepsTheHolding(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let holder = language == "fr" ? "Marvane" : "Marvane Group"
        #expect(r.has(holder, .owns, "Velkor Batteries"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
    }

    @Test func theAntecedentOfARelativeCopulaHolds() throws {
        let r = try extract("Parmi les entreprises visées figure Tarkent Holding, basée à Chypre, qui est également un actionnaire majoritaire de Velkor Pay.", language: "fr")
        #expect(r.has("Tarkent Holding", .owns, "Velkor Pay"))
    }

    @Test func aComplementBeforeTheAppositionHolds() throws {
        let r = try extract("La gigafactory produira 16 GWh par an, dont 12 pour Marvane, actionnaire à plus de 20 % de Velkor Batteries.", language: "fr")
        #expect(r.has("Marvane", .owns, "Velkor Batteries"))
    }

    @Test func aPercentageOfSomethingElseIsNoHolding() throws {
        // `à plus de 20 %` qualifies a growth here, and no holder noun stands before the firm.
        let r = try extract("Marvane, dont les ventes ont crû de plus de 20 % chez Velkor Batteries, a salué le projet.", language: "fr")
        #expect(!r.has("Marvane", .owns, "Velkor Batteries"))
    }
}
