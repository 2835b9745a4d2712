import DossierModel
import Testing
@testable import DossierExtract

/// A firm bought is its buyer's holding, with the price as money put in; a parent the text describes
/// stays SUBSIDIARY_OF (`Analysis+Acquisitions`). Invented names only.
@Suite struct AcquisitionHoldingsTests {
    @Test(arguments: [
        ("Tarkon Systems agreed to buy Velmora Labs for about $2 billion.", "en", 2e9),
        ("Tarkon Systems will acquire Velmora Labs, a maker of cooling systems, for $2 billion.", "en", 2e9),
        ("Halvern Digital has finalized a $56 million deal to acquire Corbel Mining.", "en", 5.6e7),
        ("Le groupe Delvane a annoncé l'acquisition de Corvix, un fabricant américain de serveurs, pour 1,1 milliard de dollars.", "fr", 1.1e9),
        ("Le groupe Delvane a racheté la société Corvix pour 300 millions d'euros.", "fr", 3e8),
    ])
    func aFirmBoughtIsAHoldingAndItsPriceAnInvestment(text: String, language: String, price: Double) throws {
        let r = try extract(text, language: language)
        let buyer = try #require(r.entities.first { $0.name.hasPrefix("Tarkon") || $0.name.hasPrefix("Halvern") || $0.name.hasPrefix("Delvane") })
        let firm = try #require(r.entities.first { $0.name.hasPrefix("Velmora") || $0.name.hasPrefix("Corbel") || $0.name.hasPrefix("Corvix") })
        #expect(r.has(buyer.name, .owns, firm.name))
        #expect(!r.has(firm.name, .subsidiaryOf, buyer.name))
        let investment = try #require(r.relations.first { $0.predicate == .investsIn && $0.object == .entity(firm.localID) })
        #expect(investment.properties["amount_value"] == .double(price))
    }

    @Test(arguments: [
        ("Tarkon Systems, which had revenue of $3 billion last year, acquired Velmora Labs.", "en"),
        ("Le groupe Delvane a racheté Corvix, qui avait réalisé un chiffre d'affaires de 40 millions d'euros.", "fr"),
    ])
    func aSumOutsideTheDealIsNoPrice(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.relations.contains { $0.predicate == .owns })
        #expect(!r.relations.contains { $0.predicate == .investsIn })
    }

    @Test(arguments: [
        ("Tarkon Systems will acquire Velmora Labs. Velmora Labs will become a subsidiary of Tarkon Systems.", "en", "Velmora Labs", "Tarkon Systems"),
        ("Tarkon Systems will acquire Velmora Labs. Once the deal closes, Velmora will operate as a wholly owned subsidiary of Tarkon.", "en", "Velmora Labs", "Tarkon Systems"),
        ("Le groupe Delvane a annoncé l'acquisition de Corvix. Corvix deviendra une filiale de Delvane.", "fr", "Corvix", "Delvane"),
    ])
    func aParentTheTextDescribesOutranksTheTakeover(text: String, language: String, child: String, parent: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(child, .subsidiaryOf, parent))
        #expect(!r.has(parent, .owns, child))
    }
}
