import DossierModel
import Testing
@testable import DossierExtract

/// Products named without a model code: by the noun that follows an owner (`its Quasar chips`),
/// the noun they follow in French (`ses puces Quasar`, `le modèle Vela`), `X-branded`, a camel-case
/// line (`the QuasarOne family`) or a well-known family (`Hopper`, `Trainium`). Invented names
/// except for the well-known families.
@Suite struct ProductNameTests {
    func type(_ name: String, in r: DocumentExtraction) -> EntityType? { r.entity(name)?.type }

    @Test(arguments: [
        ("Korvant Systems unveiled its Quasar chips on Monday.", "en"),
        ("Korvant Systems' Quasar accelerators will ship next year.", "en"),
        ("Korvant Systems a présenté ses puces Quasar à Paris.", "fr"),
        ("Korvant Systems vend des serveurs Quasar aux hébergeurs.", "fr"),
        ("Korvant Systems sells Quasar-branded servers to cloud providers.", "en"),
        ("Korvant Systems said its new Quasar chips would ship in May.", "en"),
        ("Korvant Systems unveiled Quasar, its new AI chip, on Monday.", "en"),
    ])
    func aNamedProductOfAFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(type("Quasar", in: r) == .product)
        #expect(type("Korvant Systems", in: r) == .company)
        #expect(r.has("Korvant Systems", .supplies, "Quasar"))
    }

    @Test func aFrenchModelNameAfterItsNoun() throws {
        let r = try extract("Korvant Systems entraîne ses modèles de langage Vela sur ses propres serveurs.", language: "fr")
        #expect(type("Vela", in: r) == .product)
    }

    @Test func aMakerDescribedByWhatItMakesStaysAFirm() throws {
        let r = try extract("Korvant Systems said it would buy Tessara, a Danish designer of server processors.", language: "en")
        #expect(type("Tessara", in: r) == .company)
    }

    @Test func aCamelCaseLineIsAProduct() throws {
        let r = try extract("Korvant Systems builds processors such as the QuasarOne family.", language: "en")
        #expect(type("QuasarOne", in: r) == .product)
    }

    @Test(arguments: ["Tessara Compute deployed thousands of Nvidia Hopper GPUs.", "Tessara Compute rents Trainium chips and Gaudi accelerators."])
    func wellKnownFamiliesAreProducts(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entities.contains { $0.type == .product && ["Nvidia Hopper", "Hopper", "Trainium"].contains($0.name) })
        #expect(!r.entities.contains { $0.type == .company && ["Hopper", "Nvidia Hopper", "Trainium", "Gaudi"].contains($0.name) })
    }

    @Test func aKnownProductFamilyIsNotItsOwnMaker() throws {
        let r = try extract("Tessara Compute still runs 9,000 Antminer S19 machines at the site.", language: "en")
        #expect(type("Antminer S19", in: r) == .product)
        #expect(type("Antminer", in: r) != .company)
    }

    @Test(arguments: [
        ("La société a commandé des puces au fabricant de puces Korvant Systems.", "fr"),
        ("Tessara Compute achète des puces Nvidia pour son campus.", "fr"),
    ])
    func aMakerAfterAProductNounStaysAFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.type == .product && ["Korvant Systems", "Nvidia"].contains($0.name) })
    }

    @Test(arguments: ["son assistant Marc Durand", "la famille Okafor"])
    func aPersonAfterANounIsNoProduct(phrase: String) throws {
        let r = try extract("Tessara Compute a remercié \(phrase) lors de l'assemblée.", language: "fr")
        #expect(!r.entities.contains { $0.type == .product })
    }

    @Test func aSentenceOpeningCommonWordIsNoFirm() throws {
        let r = try extract("Tessara Compute runs a site in Ohio. Power would again come from Voltaris Energy.", language: "en")
        #expect(r.entity("Power") == nil)
    }
}

/// Names the default typing used to call firms: places after a geographic noun, political bodies,
/// a person after `the vice-president of the European X,`, a funding round, a trade party after `à`.
@Suite struct CompanyTypingPrecisionTests {
    @Test(arguments: [
        ("Tessara Compute builds a campus in the municipality of Valdoria.", "Valdoria", EntityType.location),
        ("Les industriels du golfe de Valdoria misent sur l'électricité.", "Valdoria", .location),
        ("Le statut du territoire est contesté par le Front Libertad.", "Front Libertad", .organization),
        ("« Nous fermons la porte », a déclaré la vice-présidente de la Commission européenne, Maren Tolvik.", "Maren Tolvik", .person),
        ("Tessara Compute a commandé 3 000 serveurs à Korvant Systems.", "Korvant Systems", .company),
    ])
    func aNameIsTypedByItsContext(text: String, name: String, expected: EntityType) throws {
        let r = try extract(text, language: text.contains("Nous") || text.contains("Les ") || text.contains("Le ") || text.contains(" a ") ? "fr" : "en")
        #expect(r.entity(name)?.type == expected)
    }
}
