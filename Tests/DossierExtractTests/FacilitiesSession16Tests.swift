import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a mine is named after its ground, so `la mine de X` names the site even when the text
/// repeats X alone afterwards. Names are invented.
@Suite struct MineNamesSession16Tests {
    @Test func aRepeatedNameAfterMineDeNamesTheMine() throws {
        let r = try extract("""
            Depuis janvier, la mine de Tavoko a produit 900 tonnes de cobalt, a annoncé Velkor Mining.
            Cela représente 22 % de la production totale de Tavoko sur cette période.
            """, language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("Tavoko") }, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.entities.contains { $0.type == .company && $0.name == "Tavoko" })
    }

    @Test func aRepeatedFirmAfterUsineDeStaysTheFirm() throws {
        // A plant is not named after its ground as a mine is: the repeated name stays the firm's.
        let r = try extract("""
            Depuis janvier, l'usine de Tavoko a produit 900 tonnes de cobalt.
            Tavoko a annoncé un bénéfice record.
            """, language: "fr")
        #expect(!r.entities.contains { $0.type == .facility && $0.name == "usine de Tavoko" })
    }
}
