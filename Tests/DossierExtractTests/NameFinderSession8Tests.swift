import DossierModel
import Testing
@testable import DossierExtract

/// The name finder, session 8: public boards, `X and Y Commission`, `People's …`, Russian-style state
/// institutions in French, and an infinitive clause that must not lengthen a French body's name.
/// Invented names only.
@Suite struct NameFinderSession8Tests {
    @Test(arguments: [
        ("The Oregon State Investment Board holds shares in Calverton Systems.", "Oregon State Investment Board"),
        ("Shares were bought by the Teachers Retirement Board last year.", "Teachers Retirement Board"),
    ])
    func aBoardIsAPublicBody(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .organization)
    }

    @Test(arguments: [
        ("The Harlan County Planning and Zoning Commission approved the plan on Monday.", "Harlan County Planning and Zoning Commission"),
        ("The Fish and Wildlife Service opposed the dam.", "Fish and Wildlife Service"),
    ])
    func aFieldWordAfterAndStaysInTheBodysName(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .organization)
    }

    @Test func aBodyAfterAFirmIsASecondName() throws {
        let r = try extract("Calverton Systems and the Securities Commission signed the settlement.", language: "en")
        #expect(r.entity("Calverton Systems")?.type == .company)
        #expect(r.entity("Securities Commission")?.type == .organization)
    }

    @Test func peoplesIsPartOfTheName() throws {
        let r = try extract("The 41st Research Institute of the People's Liberation Army was listed with Korvex Technologies.", language: "en")
        #expect(r.entity("Research Institute of the People's Liberation Army")?.type == .organization)
        #expect(r.entity("Liberation Army") == nil)
    }

    @Test func aStateInstitutionKeepsItsEponymAndTown() throws {
        let r = try extract("Les sanctions visent l’Université technique d’État Volkonski de Tver et le groupe Orlanta.", language: "fr")
        #expect(r.entity("Université technique d’État Volkonski de Tver")?.type == .organization)
        #expect(r.entity("Volkonski") == nil)
    }

    @Test(arguments: [
        ("Le ministère a demandé à la Régie de l'énergie de fixer un nouveau tarif.", "Régie de l'énergie"),
        ("Il revient à l'Agence de régulation de publier les nouvelles règles.", "Agence de régulation"),
    ])
    func anInfinitiveWithItsObjectEndsTheName(text: String, name: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entity(name) != nil)
        #expect(!r.entities.contains { $0.name.contains("fixer") || $0.name.contains("publier") })
    }

    @Test(arguments: [
        "Korvex Technologies said its Chief Financial Officer, Dana Whitcombe, will step down in March.",
        "Korvex Technologies named Dana Whitcombe as Chief Financial Officer on Monday.",
    ])
    func aCapitalisedRoleTitleStartsNoName(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.entities.contains { $0.name.contains("Officer") })
        #expect(r.entity("Dana Whitcombe")?.type == .person)
    }

    @Test(arguments: [
        ("Entergy Louisiana, a subsidiary of Entergy Corporation, will build the plants.", "en", "Louisiana"),
        ("MTN Nigeria a lancé un centre de données à Lagos.", "fr", "Nigeria"),
    ])
    func aRegionAfterAKnownFirmStaysAPlace(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(place)?.type == .location)
        #expect(!r.entities.contains { $0.type == .company && $0.name == place })
    }

    @Test func aCountryAfterAnUnknownFirmStaysPartOfItsName() throws {
        let r = try extract("La société Korvex Nigeria a lancé un centre de données à Lagos.", language: "fr")
        #expect(r.entity("Korvex Nigeria")?.type == .company)
        #expect(r.entity("Nigeria") == nil)
    }

    @Test func ofACountryAfterAFirmsClosingWordPlacesIt() throws {
        let r = try extract("The list includes Denbrook Energy and Hallin Electronics of China.", language: "en")
        #expect(r.entity("Hallin Electronics")?.type == .company)
        #expect(r.entity("China")?.type == .location)
        let bank = try extract("The Industrial Bank of Korea declined to comment.", language: "en")
        #expect(bank.entity("Industrial Bank of Korea") != nil)
    }

    @Test func aComplementNounAfterDeStaysInTheName() throws {
        let r = try extract("L'Agence de régulation de l'énergie a publié les règles.", language: "fr")
        #expect(r.entity("Agence de régulation de l'énergie") != nil)
    }
}

/// Technical terms that introduce their acronym are not actors; names that do so stay names.
@Suite struct TermExpansionTests {
    @Test(arguments: [
        ("Korvex Technologies will deploy 20,000 Graphics Processing Units (GPUs) at its site.", "Graphics Processing Units"),
        ("The miner signed a Power Purchase Agreement (PPA) with Brightwater Energy.", "Power Purchase Agreement"),
        ("Calverton Systems is pivoting to High Performance Computing (HPC) workloads.", "High Performance Computing"),
        ("Calverton Systems builds Application-Specific Integrated Circuits (ASICs) for miners.", "Application-Specific Integrated Circuits"),
    ])
    func aTermBeforeItsAcronymIsNoEntity(text: String, term: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entity(term) == nil)
        #expect(!r.entities.contains { ["GPUs", "PPA", "HPC", "ASICs"].contains($0.name) })
        #expect(r.entities.contains { $0.type == .company })
    }

    @Test(arguments: [
        ("Korvex Technologies filed the request with the Harlan Utility Commission (HUC) on Monday.", "Harlan Utility Commission", EntityType.organization),
        ("The dam is run by Ethiopian Electric Power (EEP), the state utility.", "Ethiopian Electric Power", EntityType.company),
    ])
    func aNameBeforeItsAcronymStaysAName(text: String, name: String, type: EntityType) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == type)
    }

    @Test func anAcronymInParenthesesIsNoPlace() throws {
        let r = try extract("La société Berlova a signé un Contrat d'Achat d'Électricité (PPA) avec Orlanta.", language: "fr")
        #expect(r.entity("PPA")?.type != .location)
        #expect(r.entity("Berlova")?.type == .company)
    }
}

/// Products named as examples of their class, after an article or a singular class noun.
@Suite struct ProductExampleSession8Tests {
    @Test(arguments: [
        ("The data can be shown on a handheld device, such as the Korvo Myra 2, which nurses carry.", "Korvo Myra 2"),
        ("Gamers can pick consoles such as the Quellin Deck or a PC.", "Quellin Deck"),
    ])
    func anExampleAfterTheArticleIsAProduct(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .product)
    }

    @Test func anExampleOfToolsIsNoProductWhenSingular() throws {
        let r = try extract("Calverton Systems uses a tool, such as the Harlow Group audit, every year.", language: "en")
        #expect(r.entity("Harlow Group")?.type == .company)
    }
}

/// A product named in apposition to its firm's product noun, and its maker.
@Suite struct ApposedProductSession8Tests {
    @Test(arguments: [
        ("Calverton Systems' game streaming service, Skyreach, launched on Tuesday.", "en", "Skyreach", "Calverton Systems"),
        ("Korvex Technologies said its subscription service, Korvex Vault, would cost $9.99 a month.", "en", "Korvex Vault", "Korvex Technologies"),
        ("Le service de streaming de jeux de Calverton Systems, Skyreach, a été lancé mardi.", "fr", "Skyreach", "Calverton Systems"),
    ])
    func aNameApposedToAFirmsProductNounIsItsProduct(text: String, language: String, product: String, maker: String) throws {
        let r = try extract(text, language: language)
        let p = try #require(r.entity(product))
        #expect(p.type == .product)
        #expect(r.has(maker, .supplies, p.name))
    }

    @Test(arguments: [
        "Korvex Technologies said its partner, Brightwater Compute, would build the site.",
        "Calverton Systems' chief executive, Maria Olsen, spoke on Tuesday.",
    ])
    func aPartnerOrPersonInAppositionIsNoProduct(text: String) throws {
        #expect(!(try extract(text, language: "en")).entities.contains { $0.type == .product })
    }
}

/// Makers of named products: the naming participle after an owner, and rivals' products left alone.
@Suite struct ProductMakerSession8Tests {
    @Test(arguments: [
        ("La nouvelle puce de Brightwater Compute, baptisée Helix 3, sera livrée en 2026.", "fr", "Brightwater Compute", "Helix 3"),
        ("Korvex Technologies commercialise depuis mars un serveur appelé Nimbus X2.", "fr", "Korvex Technologies", "Nimbus X2"),
        ("Brightwater Compute's new chip, dubbed Helix 3, will ship in 2026.", "en", "Brightwater Compute", "Helix 3"),
    ])
    func aNamedProductHasItsOwnersMaker(text: String, language: String, maker: String, product: String) throws {
        #expect(try extract(text, language: language).has(maker, .supplies, product))
    }

    @Test(arguments: [
        ("Calverton Systems unveiled an assistant called Orla to rival ChatGPT.", "en"),
        ("Calverton Systems a dévoilé un assistant baptisé Orla, concurrent de ChatGPT.", "fr"),
    ])
    func aRivalsProductIsNotTheFirms(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Calverton Systems", .supplies, "Orla"))
        #expect(r.entity("ChatGPT")?.type == .product)
        #expect(!r.has("Calverton Systems", .supplies, "ChatGPT"))
    }
}

/// Name-finder readings of the ninth session. Invented names except well-known firms.
@Suite struct NameFinderSession9Tests {
    @Test func anEnglishNationalityBeforeAKnownFirmIsNoPartOfItsName() throws {
        let r = try extract("The project is a collaboration between American OpenAI and Oracle.", language: "en")
        #expect(r.entity("OpenAI")?.type == .company)
        #expect(r.entity("American OpenAI") == nil)
        #expect(r.has("OpenAI", .locatedIn, "United States"))
    }

    @Test(arguments: [
        ("\"We will act,\" said Under Secretary of the Treasury for Terrorism and Financial Intelligence Dorian K. Halvey.", "en", "Dorian K. Halvey", "Financial Intelligence"),
        ("Selon la ministre de l'Energie Tinne Van der Berghe, l'accord sera signé en décembre.", "fr", "Tinne Van der Berghe", "Energie"),
    ])
    func theTailOfATitleIsNoPartOfItsHoldersName(text: String, language: String, person: String, tail: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(person)?.type == .person)
        #expect(!r.entities.contains { $0.name.hasPrefix(tail) })
    }

    @Test(arguments: [
        ("Also designated were its chief executive, Azamat Toktorov, and Farid Al Menhali, who owns the firm.", "Farid Al Menhali", EntityType.person),
        ("The chief executive said the cluster will use GB300 Grace Blackwell chips.", "GB300 Grace Blackwell", EntityType.product),
    ])
    func aNameAfterATitleThatIsWholeStaysWhole(text: String, name: String, type: EntityType) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == type)
    }

    @Test func aStateOwnerBeforeAFirmIsNoPartOfItsName() throws {
        let r = try extract("La société d'Etat Karavond a confirmé l'accord.", language: "fr")
        #expect(r.entity("Karavond")?.type == .company)
        #expect(r.entity("Etat Karavond") == nil)
    }

    @Test func unitsAndCompoundAdjectivesAreNoNames() throws {
        let r = try extract("The 2,500 MWe station will power AI-driven and GPU-ready campuses run by Brenfield Energy.", language: "en")
        #expect(r.entity("MWe") == nil && r.entity("AI-driven") == nil && r.entity("GPU-ready") == nil)
        #expect(r.entity("Brenfield Energy")?.type == .company)
    }

    @Test func aTwoWordDemonymIsNoName() throws {
        let r = try extract("The mine was sold by a South African group to Tarkon Mining, a North Korean front.", language: "en")
        #expect(r.entity("South African") == nil && r.entity("North Korean") == nil)
    }

    @Test func aShortFormInParenthesesIsNoPlace() throws {
        let r = try extract("Treasury also blacklisted Korvane Hexa Electronics Limited (Korvane Hexa) on Tuesday.", language: "en")
        #expect(r.entity("Korvane Hexa")?.type == .company)
    }

    @Test func aRegionInParenthesesAfterATownStaysAPlace() throws {
        let r = try extract("Tarkon Systems opened a plant in Crolles (Isère) last year.", language: "en")
        #expect(r.entity("Isère")?.type == .location)
    }

    @Test func aKnownNameThatOpensWithANationalityKeepsIt() throws {
        let r = try extract("American Express and British Airways signed a loyalty deal.", language: "en")
        #expect(r.entity("American Express")?.type == .company)
        #expect(r.entity("British Airways")?.type == .company)
    }
}
