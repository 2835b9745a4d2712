import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: a French speaker's firm may close the phrase on its acronym in brackets. Names are invented.
@Suite struct RolesSession20Tests {
    @Test func aSpeakersFirmClosingOnItsAcronym() throws {
        let r = try extract("« Cette opération assure nos rentes », explique pour sa part Roland Dörig de Torvex Energy Partners (TEP).", language: "fr")
        #expect(r.has("Roland Dörig", .worksFor, "Torvex Energy Partners"), "\(r.entities.map { "\($0.name) \($0.type)" })")
        let bought = try extract("Le rachat par Marc Aubin de Torvex Energy Partners (TEP) pour 10 millions d'euros a été conclu.", language: "fr")
        #expect(!bought.has("Marc Aubin", .worksFor, "Torvex Energy Partners"))
    }
}

/// Session 20: a minister's capitalised portfolio names no actor. Names are invented.
@Suite struct PortfolioSession20Tests {
    @Test(arguments: ["en présence du ministre du Pétrole, Paul Ndolo Mba.", "la ministre du Portefeuille à Kolwezi.", "les ministres de la Défense et des Transports."])
    func aPortfolioIsNoFirm(tail: String) throws {
        let r = try extract("La cérémonie s'est tenue à Libreville " + tail, language: "fr")
        #expect(!r.entities.contains { $0.type == .company }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
