import DossierModel
import Testing
@testable import DossierExtract

/// Session 29: airports named by their town, capitalised names of shipyards and refineries, nationalities of two words
/// and of counted lists, a country's trade major, stakes held in a third firm, entries into a firm's capital, plain
/// verbs of buying, a possessive subsidiary with its trade, and `part of its stake`.
/// Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct SitesSession29Tests {
    @Test(arguments: [
        ("Korvex exploite l'aéroport de Lyon depuis 2016.", "fr", "Lyon"),
        ("La compagnie a cédé ses créneaux à l'aéroport international de Milan.", "fr", "Milan"),
        ("Korvex will run the airport of Lyon until 2040.", "en", "Lyon"),
    ])
    func anAirportNamedByItsTownIsASite(text: String, language: String, town: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        let airport = try #require(r.entities.first { $0.type == .facility }, "\(r.summary)")
        #expect(r.has(airport.name, .locatedIn, town), "\(r.summary)")
    }

    @Test func anAirportInACountryIsNoTownsAirport() throws {
        let r = try extract("Titre.\nLa compagnie vise le deuxième aéroport d'Italie.", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility }, "\(r.summary)")
    }

    @Test func anEnglishAppositionNamesTheSiteBeforeIt() throws {
        let r = try extract("Solar.\nThe group Korvex won the contract for Velmora, a 500 MW solar plant in Morocco.", language: "en")
        #expect(r.entity("Velmora solar plant")?.type == .facility, "\(r.summary)")
        #expect(r.entity("Velmora")?.type != .company, "\(r.summary)")
    }

    @Test(arguments: ["A Lucerne, la centrale du groupe Korvex produira 20 MW.", "Le groupe Korvex investit à Valdora, à la grande centrale solaire."])
    func aFrenchAppositionBeforeASiteNounNamesNoSite(text: String) throws {
        let r = try extract("Titre.\n\(text)", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility && ($0.name.hasPrefix("Lucerne") || $0.name.hasPrefix("Valdora")) }, "\(r.summary)")
    }

    @Test(arguments: ["Halifax Shipyard", "Pernis Refinery", "Tarnel Smelter"])
    func aCapitalisedNameEndingOnASiteNounIsASite(name: String) throws {
        let r = try extract("Titre.\nKorvex Marine operates the \(name) in Canada.", language: "en")
        #expect(r.entity(name)?.type == .facility, "\(r.summary)")
    }
}

@Suite struct NationalitiesSession29Tests {
    @Test func aDemonymOfTwoWordsPlacesAListOfFirms() throws {
        let r = try extract("Water.\nThe contract went to Saudi Arabian companies Korvex Water and Tarnel Holding.", language: "en")
        #expect(r.has("Korvex Water", .locatedIn, "Saudi Arabia"), "\(r.summary)")
        #expect(r.has("Tarnel Holding", .locatedIn, "Saudi Arabia"), "\(r.summary)")
    }

    @Test func aPlaceOfTwoWordsStaysAPlace() throws {
        let r = try extract("Chips.\nKorvex Systems opened an office in Hong Kong last year.", language: "en")
        #expect(r.entity("Hong Kong")?.type == .location, "\(r.summary)")
    }

    @Test(arguments: [
        ("Officials named Korvex and Tarnel, two Chinese technology giants, in the report.", "en", "China"),
        ("Les autorités ont sanctionné Korvex et Tarnel, deux groupes chinois.", "fr", "Chine"),
    ])
    func aCountedAppositionPlacesEveryFirmOfTheList(text: String, language: String, country: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has("Korvex", .locatedIn, country), "\(r.summary)")
        #expect(r.has("Tarnel", .locatedIn, country), "\(r.summary)")
    }

    @Test func anUncountedAppositionAfterAListPlacesNoFirstFirm() throws {
        let r = try extract("Telecoms.\nOfficials named Korvex and Tarnel, a Chinese technology giant, in the report.", language: "en")
        #expect(!r.has("Korvex", .locatedIn, "China"), "\(r.summary)")
    }

    @Test func aCountrysShipbuilderIsPlacedThere() throws {
        let r = try extract("Navy.\nVelmo Naval completes acquisition of UK’s shipbuilder Tarnel & Wolff.", language: "en")
        #expect(r.has("Tarnel & Wolff", .locatedIn, "UK"), "\(r.summary)")
    }

    @Test func aCountrysTradeMajorIsPlacedThere() throws {
        let r = try extract("Satellites.\nINDIA’S telecoms major Korvex Enterprises will hold a stake in Tarnel Group.", language: "en")
        #expect(r.has("Korvex Enterprises", .locatedIn, "INDIA"), "\(r.summary)")
    }
}

@Suite struct HoldingsSession29Tests {
    @Test(arguments: [
        ("Le groupe Velmo a annoncé racheter la part de 9 % détenue par le chinois Korvex dans l'assureur belge Tarnel.", "fr"),
        ("Velmo Bank agreed to buy the stake held by Korvex in Tarnel for $700 million.", "en"),
    ])
    func aStakeHeldInAThirdFirmIsAHoldingOfThatFirm(text: String, language: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has("Korvex", .owns, "Tarnel"), "\(r.summary)")
        #expect(!r.relations.contains { r.name($0.subject) == "Korvex" && $0.predicate == .owns && r.objectName($0).hasPrefix("Velmo") }, "\(r.summary)")
    }

    @Test(arguments: [
        "La Commission a validé l'entrée de Korvex dans le capital de la compagnie italienne Tarnel.",
        "Le groupe Korvex est entré au capital de Tarnel en mars.",
    ])
    func enteringAFirmsCapitalIsAHolding(text: String) throws {
        let r = try extract("Titre.\n\(text)", language: "fr")
        #expect(r.has("Korvex", .owns, "Tarnel"), "\(r.summary)")
    }


    @Test func buyingAFirmOutrightIsAHolding() throws {
        let r = try extract("Titre.\nLe groupe Korvex va acheter le réassureur Tarnel Re pour 9 milliards de dollars.", language: "fr")
        #expect(r.has("Korvex", .owns, "Tarnel Re") || r.has("Tarnel Re", .subsidiaryOf, "Korvex"), "\(r.summary)")
    }

    @Test(arguments: [
        "Korvex a accepté d'acheter environ 400 000 puces de Tarnel.",
        "Korvex achète à la centrale Tarnel ses fournitures.",
        "Le groupe Korvex a acheté 200 kg d'or au groupe canadien Tarnel.",
        "Le groupe Korvex achète à Tarnel l'essentiel de son acier.",
        "Le groupe Korvex va acheter cette année les nouvelles machines Tarnel.",
    ])
    func buyingGoodsFromAFirmIsNoHolding(text: String) throws {
        let r = try extract("Titre.\n\(text)", language: "fr")
        #expect(!r.has("Korvex", .owns, "Tarnel") && !r.has("Tarnel", .subsidiaryOf, "Korvex"), "\(r.summary)")
    }

    @Test func aPossessiveSubsidiaryWithItsTradeIsTheSubjectsUnit() throws {
        let r = try extract("Titre.\nKorvex a signé, par l’intermédiaire de sa filiale d’assurances Tarnel Vie, un accord.", language: "fr")
        #expect(r.has("Tarnel Vie", .subsidiaryOf, "Korvex"), "\(r.summary)")
        #expect(!r.has("Korvex", .subsidiaryOf, "Tarnel Vie"), "\(r.summary)")
    }

    @Test func partOfAStakeIsNoParentage() throws {
        let r = try extract("Towers.\nKorvex Enterprises wanted to offload part of its stake in tower business Tarnel Infratel.", language: "en")
        #expect(!r.has("Korvex Enterprises", .subsidiaryOf, "Tarnel Infratel"), "\(r.summary)")
        #expect(r.has("Korvex Enterprises", .owns, "Tarnel Infratel"), "\(r.summary)")
    }

    @Test func aManagingDirectorInBelgianFrenchWorksForTheFirm() throws {
        let r = try extract("Titre.\n« C'est un chantier majeur », explique Pierre Dufort, administrateur délégué de Korvex International.", language: "fr")
        #expect(r.has("Pierre Dufort", .worksFor, "Korvex International"), "\(r.summary)")
    }
}

@Suite struct PeopleSession29Tests {
    @Test func aGivenNameWithARoleBesideItIsAPersonThoughItsSurnameIsAFirmsWord() throws {
        let r = try extract("Towers.\nTim Power, partner at Korvex Capital, said the deal was done.", language: "en")
        #expect(r.entity("Tim Power")?.type == .person, "\(r.summary)")
    }

    @Test(arguments: ["The grid operator signed a contract with Tim Power last week.", "Tim Power said the plant would open in May."])
    func aGivenNameAndAFirmsWordWithoutARoleStayAFirm(text: String) throws {
        let r = try extract("Energy.\n\(text)", language: "en")
        #expect(r.entity("Tim Power")?.type != .person, "\(r.summary)")
    }

    @Test(arguments: [
        ("Il a été reçu par son homologue sénégalais Ousmaye Tendeng au salon d'honneur.", "fr", "Ousmaye Tendeng"),
        ("He met his Senegalese counterpart Ousmaye Tendeng at the airport.", "en", "Ousmaye Tendeng"),
    ])
    func aCounterpartIsAPerson(text: String, language: String, person: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.entity(person)?.type == .person, "\(r.summary)")
    }
}
