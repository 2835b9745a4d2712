import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: news writes `Bitcoin` with a capital inside a common noun; `a Bitcoin mine` is a
/// site all the same. Names are invented.
@Suite struct FacilitiesSession18Tests {
    @Test func aBitcoinMineWithACapitalIsASite() throws {
        let r = try extract("Corvane Digital will build a 200-megawatt Bitcoin mine in Paraguay.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(site.name.contains("Bitcoin mine"), "\(site.name)")
        #expect(r.has("Corvane Digital", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Paraguay"))
    }

    @Test func aBitcoinMiningFacilityKeepsItsTradeWord() throws {
        let r = try extract("Corvane Digital operates a Bitcoin mining facility in Quebec.", language: "en")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("Bitcoin mining facility") }, "\(r.entities.map(\.name))")
    }
}
