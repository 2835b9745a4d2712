import DossierModel
import Testing
@testable import DossierExtract

/// Session 4 product rules: products named without a model code (after a known maker, with an
/// owner and a product noun, as the object of a launch, with a maker after a participle), model
/// numbers after a maker, and the buyer of a maker's product. Invented names only, except
/// well-known makers the lexicon knows (Boeing, Airbus, Apple, Microsoft).
/// Is `name` extracted as a product?
private func isProduct(_ r: DocumentExtraction, _ name: String) -> Bool { r.entity(name)?.type == .product }

@Suite struct ProductsSession4Tests {
    @Test(arguments: [
        ("On Monday, Zentrix Labs said it launched Stadora in 2019.", "Zentrix Labs", "Stadora", "en"),
        ("In March, Lumira Devices unveiled the Orbisa headset at an event in Lyon.", "Lumira Devices", "Orbisa", "en"),
        ("In 2023, Quantelix released Quillora, a chatbot for lawyers.", "Quantelix", "Quillora", "en"),
        ("Pharmakon Labs said on Monday that its drug Veltrexa was approved in Europe.", "Pharmakon Labs", "Veltrexa", "en"),
        ("On Friday, Korvane Media said its Halvio streaming service would reach 40 countries.", "Korvane Media", "Halvio", "en"),
        ("The Velorra sedan, made by Torvik Motors, will be sold in Spain.", "Torvik Motors", "Velorra", "en"),
        ("Lundi, Quantelix a lancé Quillora, un assistant pour les avocats.", "Quantelix", "Quillora", "fr"),
        ("Mardi, Korvane Media a présenté son service Halvio aux abonnés.", "Korvane Media", "Halvio", "fr"),
        ("La voiture Velorra, fabriquée par Torvik Motors, arrive en Espagne.", "Torvik Motors", "Velorra", "fr"),
    ])
    func aNamedProductAndItsMaker(text: String, maker: String, product: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(isProduct(r, product))
        #expect(r.has(maker, .supplies, product))
    }

    /// A word after a known maker names a subsidiary as often as a brand: without a product cue it is no product.
    @Test func aNameAfterAKnownMakerNeedsAProductCue() throws {
        let r = try extract("Siemens Velantis opened an office in Lyon, and Siemens launched its Quillo service.", language: "en")
        #expect(!isProduct(r, "Siemens Velantis"))
        #expect(isProduct(r, "Quillo"))
    }

    @Test func divisionsPlacesAndPeopleAfterAMakerAreNotProducts() throws {
        let r = try extract("Airbus Helicopters signed a deal in Paris, said Microsoft chief executive Dana Whitfield. Orange Côte d'Ivoire opened an office in Abidjan.", language: "en")
        #expect(!isProduct(r, "Airbus Helicopters"))
        #expect(!r.entities.contains { $0.type == .product })
    }

    @Test func aQuotedSpeakerIsNotALaunchedProduct() throws {
        let r = try extract("« Nous construisons l'avenir », a lancé Marc Dubreuil, patron de Korvane Media.", language: "fr")
        #expect(!r.entities.contains { $0.type == .product })
    }

    @Test func aLaunchedFundIsNotAProduct() throws {
        let r = try extract("Regulators opened a probe into Zentrix Holdings, and Korvane Media launched Nimbora Ventures, a fund.", language: "en")
        #expect(!r.entities.contains { $0.type == .product })
    }

    @Test(arguments: [
        ("Brevia Air ordered 30 Airbus A350 jets last week.", "Airbus", "Airbus A350", "en"),
        ("Korvane Airlines bought ten Boeing 737 Max planes for its network.", "Boeing", "Boeing 737 Max", "en"),
        ("Brevia Air a commandé 30 Airbus A350 et a acheté dix Boeing 787-9 Dreamliner.", "Boeing", "Boeing 787-9 Dreamliner", "fr"),
    ])
    func aBuyerOfAMakersModelIsItsCustomer(text: String, maker: String, product: String, language: String) throws {
        let r = try extract(text, language: language)
        let buyer = r.entities.first { $0.type == .company && $0.name != maker && !$0.name.hasPrefix("Airbus") && !$0.name.hasPrefix("Boeing") }?.name ?? ""
        #expect(isProduct(r, product))
        #expect(r.has(maker, .supplies, product))
        #expect(r.has(maker, .supplies, buyer))
        #expect(!r.has("Airbus", .supplies, "Boeing") && !r.has("Boeing", .supplies, "Airbus"))
    }

    @Test func aPossessiveMakerBeforeAModelNumber() throws {
        let r = try extract("Regulators grounded Boeing's 737 Max after two crashes.", language: "en")
        #expect(isProduct(r, "737 Max"))
        #expect(r.has("Boeing", .supplies, "737 Max"))
    }

    @Test func chipsBoughtThroughIntermediariesDoNotMakeTheMakerASupplier() throws {
        let r = try extract("Kestrel Trade bought hundreds of Nvidia H100 accelerators through shell companies.", language: "en")
        #expect(!r.has("Nvidia", .supplies, "Kestrel Trade"))
        let rented = try extract("Korvane Cloud rents out clusters of Nvidia H100 processors to developers.", language: "en")
        #expect(!rented.has("Nvidia", .supplies, "Korvane Cloud"))
    }

    @Test func capacitiesAndYearsAfterAMakerAreNoModels() throws {
        let r = try extract("Airbus 2024 results beat forecasts, and Boeing 300 MW of solar power was contracted.", language: "en")
        #expect(!r.entities.contains { $0.type == .product })
    }
}

/// Products named as examples of a class, by a naming participle, after an owner with descriptors, or by a
/// bare model number before a product noun.
@Suite struct ProductsSession4CueTests {
    @Test func examplesOfAClassOfProductsAreProducts() throws {
        let r = try extract("The service offers popular franchises such as Korlan Quest, Tidewar and Emberfall at launch.", language: "en")
        #expect(isProduct(r, "Korlan Quest"))
        #expect(isProduct(r, "Tidewar"))
        #expect(isProduct(r, "Emberfall"))
        let firms = try extract("Rival firms such as Korlan Quest and Tidewar Holdings objected.", language: "en")
        #expect(!firms.entities.contains { $0.type == .product })
    }

    @Test func aProductNamedByAParticipleIsAProduct() throws {
        let r = try extract("Halvor Medical sells a new alarm management solution called Vigilo Ward to hospitals.", language: "en")
        #expect(isProduct(r, "Vigilo Ward"))
        let fr = try extract("Korvane Media a présenté une application baptisée Halvio.", language: "fr")
        #expect(isProduct(fr, "Halvio"))
        let firm = try extract("Analysts cited a company called Vigilo Ward.", language: "en")
        #expect(!isProduct(firm, "Vigilo Ward"))
    }

    @Test func anOwnedProductWithDescriptors() throws {
        let r = try extract("The largest lander comes from Orbiton Space, which bid its Skyforge reusable launch vehicle.", language: "en")
        #expect(isProduct(r, "Skyforge"))
        #expect(r.has("Orbiton Space", .supplies, "Skyforge"))
    }

    @Test func aBareModelNumberBeforeAProductNoun() throws {
        let r = try extract("Sales were hit after crashes of its popular 747 Max jet, and the carrier had a fleet of 270 aircraft.", language: "en")
        #expect(isProduct(r, "747 Max"))
        #expect(r.entity("270") == nil)
    }

    @Test func thePluralOfAKnownProduct() throws {
        let r = try extract("After the first iPhones shipped, businesses adopted them.", language: "en")
        #expect(r.entity("iPhones")?.type == .product)
    }

    @Test func aVariantOfANamedProductIsAProductButAFirmsShortNameIsNot() throws {
        let r = try extract("Zentrix Labs launched Stadora in May. Subscribers to Stadora Pro get discounts.", language: "en")
        #expect(isProduct(r, "Stadora Pro"))
        #expect(r.has("Zentrix Labs", .supplies, "Stadora Pro"))
        let firm = try extract("Perdana Rackworks builds servers in Johor. Perdana said demand was strong.", language: "en")
        #expect(!firm.entities.contains { $0.type == .product })
    }
}

