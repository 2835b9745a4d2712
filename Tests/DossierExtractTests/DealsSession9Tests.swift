import DossierModel
import Testing
@testable import DossierExtract

/// Deal phrasings found failing on freshly collected real articles, restated with invented names.
@Suite struct DealsSession9Tests {
    @Test(arguments: [
        ("The project is a collaboration between Tarkon Systems and Velmora Labs, with the aim of building a data center.", "en", ["Tarkon Systems", "Velmora Labs"]),
        ("The venture is a joint effort involving Tarkon Systems, Velmora Labs and Corbel Mining.", "en", ["Tarkon Systems", "Velmora Labs", "Corbel Mining"]),
        ("Le projet est une collaboration entre le groupe Delvane et la société Corvix.", "fr", ["Delvane", "Corvix"]),
    ])
    func aCollaborationBetweenFirmsMakesThemPartners(text: String, language: String, firms: [String]) throws {
        let r = try extract(text, language: language)
        for (n, a) in firms.enumerated() { for b in firms[(n + 1)...] { #expect(r.has(a, .partnerOf, b) || r.has(b, .partnerOf, a), "\(a) – \(b)") } }
    }

    @Test func aCollaborationWithACustomerIsNoListOfPartners() throws {
        let r = try extract("Tarkon Systems sells servers to Velmora Labs and Corbel Mining, a collaboration that began in 2020.", language: "en")
        #expect(!r.has("Velmora Labs", .partnerOf, "Corbel Mining") && !r.has("Corbel Mining", .partnerOf, "Velmora Labs"))
    }

    @Test func aSharePurchaseAgreementToBuyAFirmIsATakeover() throws {
        let r = try extract("Halvern Digital signed a $1.2 billion share purchase agreement to buy Canada-based Corbel Mining.", language: "en")
        #expect(r.has("Halvern Digital", .owns, "Corbel Mining"))
        #expect(r.has("Halvern Digital", .investsIn, "Corbel Mining"))
    }

    @Test func aPowerPurchaseAgreementIsNoTakeover() throws {
        let r = try extract("Halvern Digital signed a power purchase agreement with Corbel Energy.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .owns })
    }

    @Test(arguments: [
        ("Brightwell Energy has sold its Aurora data centre campus in Ohio to Tarkon Systems for $650m.", "en", "Brightwell Energy", "Tarkon Systems"),
        ("Le groupe Delvane a vendu son campus de Lyon à la société Corvix pour 200 millions d'euros.", "fr", "Delvane", "Corvix"),
    ])
    func aSiteSoldIsTheBuyersHoldingPaidForAndNoSupply(text: String, language: String, seller: String, buyer: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(buyer, .owns, site.name))
        #expect(r.has(buyer, .investsIn, site.name))
        #expect(!r.has(seller, .supplies, buyer))
    }
}
