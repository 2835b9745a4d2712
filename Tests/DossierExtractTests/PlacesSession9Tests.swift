import DossierModel
import Testing
@testable import DossierExtract

/// Place readings found failing on freshly collected real articles, restated with invented names.
@Suite struct PlacesSession9Tests {
    @Test(arguments: [
        ("Treasury designated Varkon Trading and Delmar Logistics, based in Pyongyang and Beijing respectively.", "en", "Pyongyang", "Beijing"),
        ("L'OFAC a sanctionné la compagnie commerciale Varkon Trading et le gestionnaire Delmar Logistics, basés respectivement à Pyongyang et à Pékin.", "fr", "Pyongyang", "Pékin"),
    ])
    func respectivelyPairsTheNthNameWithTheNthPlace(text: String, language: String, first: String, second: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Varkon Trading", .locatedIn, first))
        #expect(r.has("Delmar Logistics", .locatedIn, second))
        #expect(!r.has("Varkon Trading", .locatedIn, second))
        #expect(!r.has("Delmar Logistics", .locatedIn, first))
    }

    @Test func withoutRespectivelyBothNamesKeepTheirReading() throws {
        let r = try extract("Varkon Trading and Delmar Logistics are based in Pyongyang.", language: "en")
        #expect(r.has("Delmar Logistics", .locatedIn, "Pyongyang"))
    }

    @Test(arguments: [
        ("Halvane Mining, one of the largest bitcoin miners in Canada, announced a project in Argentina.", "en"),
        ("L'une des plus grandes sociétés minières de bitcoin au Canada, Halvane Mining a annoncé un projet en Argentine.", "fr"),
    ])
    func oneOfTheLargestFirmsOfAPlaceIsLocatedThere(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvane Mining", .locatedIn, "Canada"))
    }

    @Test func oneOfTheLargestBuyersOfAProductIsNotPlaced() throws {
        let r = try extract("Halvane Mining, one of the largest buyers of Nvidia chips, opened an office in Canada.", language: "en")
        #expect(r.entity("Halvane Mining")?.type == .company)
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:largest-in-place" })
    }
}

@Suite struct FacilityNounsSession9Tests {
    @Test(arguments: ["The firm contributed $350 million in equity, with the rest financed through a newly secured debt facility.",
                      "Tarkon Systems signed a $500 million revolving facility with its banks."])
    func aFacilityOfMoneyIsNoSite(text: String) throws {
        #expect(try !extract(text, language: "en").entities.contains { $0.type == .facility })
    }
}

@Suite struct SiteRunnersSession9Tests {
    @Test(arguments: [
        "The data center, planned for 2026, will house up to 100,000 Nvidia GPUs and have a capacity of 230 megawatts.",
        "Tarkon Systems said the Nvidia-powered data centre in Johor was commissioned this month.",
    ])
    func theMakerOfTheGoodsASiteHousesDoesNotRunIt(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Nvidia" })
    }

    @Test func aPartnerNamedWithCollaborationDoesNotRunTheSite() throws {
        let r = try extract("In collaboration with Brenfield Power, the initiative aims to construct a power plant and data center in Texas.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates })
    }

    @Test func theSubjectStillRunsASiteEquippedWithAMakersChips() throws {
        let r = try extract("Tarkon Systems will build a data center in Ohio equipped with Nvidia chips.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Tarkon Systems", .operates, site.name))
    }
}

@Suite struct OrphanProductsSession9Tests {
    @Test func aProductWithoutAMakerInItsSentenceIsLeftWithoutOne() throws {
        let r = try extract("Tarkon Systems opened a campus in Ohio. The site will run the Orvix X7 accelerator.", language: "en")
        #expect(r.entities.contains { $0.type == .product })
        let product = try #require(r.entities.first { $0.type == .product })
        #expect(!r.has("Tarkon Systems", .supplies, product.name))
    }

    @Test func aFirmBeforeTheProductInItsSentenceIsItsGuessedMaker() throws {
        let r = try extract("Tarkon Systems said the Orvix X7 accelerator would ship next year.", language: "en")
        let product = try #require(r.entities.first { $0.type == .product })
        #expect(r.has("Tarkon Systems", .supplies, product.name))
    }
}
