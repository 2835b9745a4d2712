import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: what a miner digs closes a firm's name, and a belt or a basin closes a place's. Names are invented.
@Suite struct CommodityNamesSession20Tests {
    @Test(arguments: [
        ("Torvex a acquis une participation de 40 % auprès de l'Australien Noah Lithium.", "fr", "Noah Lithium"),
        ("Shares of Milo Copper rose 4% on Monday.", "en", "Milo Copper"),
    ])
    func aFirstNameBeforeACommodityOpensAFirm(text: String, language: String, firm: String) throws {
        #expect(try extract(text, language: language).entity(firm)?.type == .company)
    }

    @Test(arguments: ["Kalvari Copper Belt", "Orvane Basin"])
    func aBeltOrABasinIsAPlace(name: String) throws {
        let r = try extract("Drilling resumed in the \(name) last week, Torvex said.", language: "en")
        #expect(r.entity(name)?.type == .location, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
