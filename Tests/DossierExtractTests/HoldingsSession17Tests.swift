import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: `toutes deux contrôlées par X` holds both firms named before; a fronted backer
/// (`Soutenue par X, Y …`, `Backed by X, Y …`) invests in the firm after it. Names are invented.
@Suite struct HoldingsSession17Tests {
    @Test func bothFirmsBeforeTheParticipleAreHeld() throws {
        let r = try extract("Les sanctions visent la compagnie minière Velmor Resources, qui possède plusieurs mines au Mali, ainsi que Tarvil, spécialisée dans l'or, toutes deux contrôlées par Evgueni Prokhin, patron de Varga.", language: "fr")
        #expect(r.has("Evgueni Prokhin", .owns, "Velmor Resources"))
        #expect(r.has("Evgueni Prokhin", .owns, "Tarvil"))
    }

    @Test func withoutBothOnlyTheLastFirmIsHeld() throws {
        let r = try extract("Les sanctions visent la compagnie minière Velmor Resources, qui possède plusieurs mines au Mali, ainsi que Tarvil, spécialisée dans l'or, contrôlée par Evgueni Prokhin.", language: "fr")
        #expect(r.has("Evgueni Prokhin", .owns, "Tarvil"))
        #expect(!r.has("Evgueni Prokhin", .owns, "Velmor Resources"))
    }

    @Test func aFrontedBackerInvestsInTheFirmAfterIt() throws {
        let fr = try extract("Soutenue par le fonds d'investissement américain Brenstone Partners, Pelinum Power ambitionne de développer les énergies renouvelables en Afrique.", language: "fr")
        #expect(fr.has("Brenstone Partners", .investsIn, "Pelinum Power"))
        let en = try extract("Backed by the private equity firm Calder Partners, Miravel Energy plans to build ten solar plants.", language: "en")
        #expect(en.has("Calder Partners", .investsIn, "Miravel Energy"))
    }

    @Test func coBackersListedUpFrontDoNotBackEachOther() throws {
        let r = try extract("Backed by Calder Partners, Brenwick Capital and Tarmin Holdings, Miravel Energy plans to build ten solar plants.", language: "en")
        #expect(!r.has("Calder Partners", .investsIn, "Brenwick Capital"))
        #expect(!r.has("Brenwick Capital", .investsIn, "Tarmin Holdings"))
    }

    @Test func aBackerInsideAClauseIsNotFronted() throws {
        let r = try extract("Miravel Energy, which was backed by Calder Partners, Brenwick Power and others, plans to build ten solar plants.", language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:fronted.backed-by" })
    }
}
