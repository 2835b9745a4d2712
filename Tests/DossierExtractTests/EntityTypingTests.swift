import DossierModel
import Testing
@testable import DossierExtract

/// Typing and grouping of names on sentences written for these tests (no dev-set text).
@Suite struct EntityTypingTests {
    func type(_ name: String, in result: DocumentExtraction) -> EntityType? { result.entity(name)?.type }

    @Test func aNameBeforeACountrysPossessiveIsNotATown() throws {
        let r = try extract("Korvant Telekom, Poland's third-largest mobile operator, has agreed to sell a stake. Denton, Texas, is a town.", language: "en")
        #expect(type("Korvant Telekom", in: r) == .company)
        #expect(r.has("Korvant Telekom", .locatedIn, "Poland"))
        #expect(type("Denton", in: r) == .location, "`Town, Region` is still a place")
    }

    @Test func modelCodesAndMakerPrefixedNamesAreProducts() throws {
        let r = try extract("Northwind Labs bought 4,000 Nvidia B200 accelerators and a rack of Antminer S21 units. The MI325X will follow in 2026.")
        #expect(type("Nvidia B200", in: r) == .product)
        #expect(type("Nvidia", in: r) == .company)
        #expect(type("Antminer S21", in: r) == .product)
        #expect(type("MI325X", in: r) == .product)
    }

    @Test(arguments: ["19th", "14e", "1990s", "Q3", "COVID-19", "CO2", "100MW", "G7"])
    func ordinalsPeriodsAndUnitsAreNotModelCodes(_ word: String) {
        let token = Tokenizer.tokenize(Array(word.unicodeScalars))[0]
        #expect(!ProductNames.isModelCode(token))
    }

    @Test func knownFirmsMediaAndBodiesAreTypedFromTheLexicon() throws {
        let r = try extract("Blue Ridge Power signed a deal with Microsoft, Bloomberg reported, while the SEC and the Federal Reserve declined to comment.")
        #expect(type("Microsoft", in: r) == .company)
        #expect(r.entity("Bloomberg")?.properties["media"] == .bool(true))
        #expect(type("SEC", in: r) == .organization)
        #expect(type("Federal Reserve", in: r) == .organization)
    }

    @Test func determinersAndDemonymCompoundsAreNotNames() throws {
        let r = try extract("Any assets the firms hold are frozen. Halvar Data sold servers on Russian-language forums and French-speaking sites.")
        #expect(r.entity("Any") == nil)
        #expect(r.entity("Russian-language") == nil)
        #expect(r.entity("French-speaking") == nil)
        #expect(type("Halvar Data", in: r) == .company)
    }

    @Test func aNameAfterNearOrNorthOfIsAPlace() throws {
        let r = try extract("Fjordlys construira un centre de données près de Skarvik. The plant sits north of Tarnby.")
        #expect(type("Skarvik", in: r) == .location)
        #expect(type("Tarnby", in: r) == .location)
    }

    @Test func aStockTickerDoesNotNameTheExchange() throws {
        let r = try extract("Granite Hash (NASDAQ: GRHS) said its output rose by a third.")
        #expect(r.entity("NASDAQ") == nil)
    }

    @Test func theShortFormOfAFirmNamedInFullJoinsIt() throws {
        let r = try extract("Carver Energy said on Monday it had sold two turbines. Carver expects the deal to close in May.")
        let firms = r.entities.filter { $0.type == .company }
        #expect(firms.count == 1)
        #expect(firms.first?.name == "Carver Energy")
        #expect(firms.first?.aliases.contains("Carver") == true)
    }

    @Test func aParentNamedBeforeItsUnitStaysApart() throws {
        let r = try extract("Tessaly, a server supplier, said its director at Tessaly Cloud would leave.")
        #expect(r.entity("Tessaly Cloud") != nil)
        #expect(r.entities.filter { $0.type == .company }.count == 2)
    }

    @Test func aFirmNamedByItsHomeTownGivesAPlace() throws {
        let r = try extract("Le groupe de Bellevue a annoncé un investissement de 2 milliards d’euros en France.", language: "fr")
        #expect(type("Bellevue", in: r) == .location)
    }

    @Test func namedSitesNextToTheirNounAreFacilities() throws {
        let en = try extract("Quarry Compute will move its GPUs to the 300 MW Redfield hub in West Texas.")
        #expect(en.entities.contains { $0.type == .facility && $0.name.contains("Redfield hub") })
        #expect(!en.entities.contains { $0.type == .company && $0.name == "Redfield" })
        let fr = try extract("Le projet verrait le jour près de la centrale nucléaire de Vestrovo, selon le quotidien Kommersant.", language: "fr")
        #expect(fr.entities.contains { $0.type == .facility && $0.name == "centrale nucléaire de Vestrovo" })
    }

    @Test func aFacilityNounQualifyingAnotherNounIsNoSite() throws {
        let r = try extract("Sales of data-centre chips by Orbital Silicon rose 40% in Austin.")
        #expect(!r.entities.contains { $0.type == .facility })
    }

    @Test func aCapacityAloneDescribesASite() throws {
        let r = try extract("Helix Digital wants to build a 150 MW data center, its chief executive said.")
        #expect(r.entities.contains { $0.type == .facility })
    }

    @Test func frenchInstitutionNamesInSentenceCaseAreReadWhole() throws {
        let r = try extract("Le projet est financé par le Fonds souverain d’investissement (FSI) et par la Banque centrale européenne.", language: "fr")
        #expect(r.entity("Fonds souverain d’investissement") != nil)
        #expect(type("Banque centrale européenne", in: r) == .organization)
    }

    @Test func eventsAreNotActors() throws {
        let r = try extract("Lors du sommet Invest Horizon, la société Brixa a présenté son plan. The Global Compute Summit opened in Lyon.", language: "fr")
        #expect(r.entity("Invest Horizon") == nil)
        #expect(r.entity("Global Compute Summit") == nil)
        #expect(type("Brixa", in: r) == .company)
    }

    @Test func aCurrencySignIsNoPlaceAndATickerJoinsItsFirm() throws {
        let r = try extract("Shares of Quarrix (QRX) rose after a US$2.1 billion deal with Elden Power.")
        #expect(r.entity("US") == nil)
        #expect(r.entity("Quarrix")?.aliases.contains("QRX") == true)
    }

    @Test func speakersAfterSaidArePeopleAndShortBodyNamesJoinTheFullName() throws {
        let en = try extract("“We will build it,” said Kenjiro Tamasaki, Orbex's chairman.")
        #expect(type("Kenjiro Tamasaki", in: en) == .person)
        let fr = try extract("Le département du Trésor américain a sanctionné la plateforme Vexel. Le Trésor accuse Vexel de blanchiment.", language: "fr")
        #expect(fr.entities.filter { $0.type == .organization }.count == 1)
    }

    @Test func legalFormsInsideAChunkAndNamesWithOfTheAndAnd() throws {
        let r = try extract("Power will come from the developer Dunmore Corp. and from the National Bank of the Nivarian Republic, a partner of Kelso Holding and Investments.")
        #expect(type("Dunmore Corp.", in: r) == .company)
        #expect(type("National Bank of the Nivarian Republic", in: r) == .organization)
        #expect(r.entity("Kelso Holding and Investments") != nil)
    }

    @Test func placeSuffixesRegionalAdjectivesAndPortfolioWords() throws {
        let en = try extract("The campus in Harlow County will serve Nordic and Western buyers, said Brenna Osk.")
        #expect(type("Harlow County", in: en) == .location)
        #expect(en.entity("Nordic") == nil && en.entity("Western") == nil)
        let fr = try extract("Le ministère de l’Économie a salué l’introduction en Bourse de la société Veltria.", language: "fr")
        #expect(fr.entity("Économie") == nil && fr.entity("Bourse") == nil)
    }

    @Test func brandsAndModelsNamedByTheirNoun() throws {
        let r = try extract("La société Calyx vend ses pompes sous la marque CryoFlow et entraîne ses modèles Sirius.", language: "fr")
        #expect(type("CryoFlow", in: r) == .product)
        #expect(type("Sirius", in: r) == .product)
    }

    @Test func aNationalityOpeningASentenceIsNotPartOfAPersonsName() throws {
        let r = try extract("Russe Pavel Ostrov dirige la société depuis 2021.", language: "fr")
        #expect(type("Pavel Ostrov", in: r) == .person)
    }

    @Test func countedPluralSitesAndSitesAtAPlace() throws {
        let r = try extract("Ostara Power will build three gas-fired power plants in Nevada, and Quillon Mining is building a 300 MW facility at Tarrow Ridge.")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("power plant") })
        #expect(type("Tarrow Ridge", in: r) == .location)
    }

    @Test func regionsAndNewSpellingsOfKnownCountries() throws {
        let r = try extract("The group opened a site in Guizhou, then a second one in the UAE, near the United Arab Emirates border with Oman.")
        #expect(type("Guizhou", in: r) == .location)
        #expect(r.entities.filter { $0.type == .location && ($0.name == "UAE" || $0.aliases.contains("UAE")) }.count == 1)
    }

    @Test func frenchInstitutionNamesJoinComplementsWithEt() throws {
        let r = try extract("L’Agence de régulation et de développement du marché financier (ARDM) a suspendu deux plateformes.", language: "fr")
        #expect(r.entity("Agence de régulation et de développement du marché financier")?.aliases.contains("ARDM") == true)
    }

    @Test func seatsOfGovernmentStandForTheirBodyUnlessTheTextIsInside() throws {
        let r = try extract("La Maison-Blanche et le Kremlin ont salué l’accord, selon Bruxelles.", language: "fr")
        #expect(type("Maison-Blanche", in: r) == .organization)
        #expect(type("Kremlin", in: r) == .organization)
        #expect(type("Bruxelles", in: r) == .location)
        let inside = try extract("Le chancelier a été reçu au Kremlin jeudi.", language: "fr")
        #expect(type("Kremlin", in: inside) == .location)
        let palace = try extract("Le chancelier a été reçu à l'Élysée jeudi.", language: "fr")
        #expect(type("Élysée", in: palace) == .location)
        // (`a` is the English article here, not the French `à`.)
        let official = try extract("On Monday a White House official declined to comment.", language: "en")
        #expect(type("White House", in: official) == .organization)
        let visit = try extract("The prime minister will meet the president in the White House on Thursday.", language: "en")
        #expect(type("White House", in: visit) == .location)
    }

    @Test func personsAfterARoleOfAFirmAndPortfolioTitles() throws {
        let r = try extract("Le directeur général de Volkar, Mattias Ferrand, a rencontré le ministre de l’Économie Bruno Le Maire à Paris.", language: "fr")
        #expect(type("Mattias Ferrand", in: r) == .person)
        #expect(type("Bruno Le Maire", in: r) == .person)
        #expect(r.entity("Économie") == nil)
    }

    @Test func aProductFamilyWithItsVersion() throws {
        let r = try extract("Nuvex fine-tuned Llama 3 on its own servers.")
        #expect(type("Llama 3", in: r) == .product)
    }

    @Test func politiciansNamedLikeTownsAndTwoBodiesJoinedByAnd() throws {
        let r = try extract("Sen. Elizabeth Warren (D-Mass.) praised researchers at the Carver Institute of Technology and Lakeside University.")
        #expect(type("Elizabeth Warren", in: r) == .person)
        #expect(r.entity("D-Mass") == nil)
        #expect(r.entity("Carver Institute of Technology") != nil && r.entity("Lakeside University") != nil)
    }

    @Test func aFirmsOwnNamedProductAfterAPossessive() throws {
        let r = try extract("Demand for Kestrel's Vireo accelerators doubled, and its Talon servers sold out.")
        #expect(type("Vireo", in: r) == .product)
        #expect(type("Talon", in: r) == .product)
    }
}
