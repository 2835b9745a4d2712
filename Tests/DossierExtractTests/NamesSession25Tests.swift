import DossierModel
import Testing
@testable import DossierExtract

/// Session 25: homes told by possessives, agent nouns and glued seats; holdings told by fronted or dash
/// appositions; designations in a long list name; firm names joined by `and` between field words.
/// Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct HomesSession25Tests {
    @Test(arguments: [
        ("The investors include China’s nickel producer Korvex Technology and Tarnel International, a report said.", "Korvex Technology", "China"),
        ("Chile’s state-owned mining giant, Korvex Minerals, made an offer.", "Korvex Minerals", "Chile"),
        ("Russia's state-owned Korvex Atom signed a deal.", "Korvex Atom", "Russia"),
        ("South Korean shipbuilder Korvex Heavy Industries received an order.", "Korvex Heavy Industries", "South Korea"),
        ("Greek shipowner Tarnel Tankers ordered two ships.", "Tarnel Tankers", "Greece"),
        ("The list names Turkish-based firms Korvex Trade and Tarnel Export.", "Tarnel Export", "Turkey"),
        ("A Swiss-registered trader Korvex Energy bought the cargo.", "Korvex Energy", "Switzerland"),
    ])
    func aNationalityOrAPlaceBeforeTheNameIsItsHome(text: String, firm: String, place: String) throws {
        let r = try extract("Deals.\n\(text)", language: "en")
        #expect(r.has(firm, .locatedIn, place), "\(r.summary)")
    }

    @Test(arguments: ["Russian former Korvex Energy chief spoke.", "The Chinese minister Tarnel Wong spoke."])
    func aWordThatIsNoAgentNounPlacesNothing(text: String) throws {
        let r = try extract("Deals.\n\(text)", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .company }, "\(r.summary)")
    }
}

@Suite struct HoldingsSession25Tests {
    @Test(arguments: [
        ("Créée en 2021 et détenue majoritairement par le fonds américain Korvex Partners, Tarnel Recyclage a ouvert une usine.", "fr", "Korvex Partners", "Tarnel Recyclage"),
        ("Founded in 2019 and owned by Korvex Capital, Tarnel Chemicals makes resins.", "en", "Korvex Capital", "Tarnel Chemicals"),
        ("Codelco s’allie avec Tarnel Lithium – l’un des principaux producteurs mondiaux de lithium, contrôlé à 22% par le groupe chinois Korvex.", "fr", "Korvex", "Tarnel Lithium"),
    ])
    func theHolderOfAFrontedOrDashApposition(text: String, language: String, owner: String, owned: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(owner, .owns, owned), "\(r.summary)")
    }

    @Test func aMinorityShareIsAHoldingNotControl() throws {
        let r = try extract("Titre.\nTarnel Lithium, contrôlé à 22 % par le groupe Korvex Holding, prévoit une usine.", language: "fr")
        #expect(r.has("Korvex Holding", .owns, "Tarnel Lithium"), "\(r.summary)")
        #expect(!r.has("Tarnel Lithium", .subsidiaryOf, "Korvex Holding"), "\(r.summary)")
    }

    @Test func aMajorityShareStillMakesAParent() throws {
        let r = try extract("Titre.\nTarnel Lithium, contrôlé à 80 % par le groupe Korvex Holding, prévoit une usine.", language: "fr")
        #expect(r.has("Tarnel Lithium", .subsidiaryOf, "Korvex Holding"), "\(r.summary)")
    }

    @Test func aStakeBoughtUnderAnAgreementIsNoSupply() throws {
        let r = try extract("Deals.\nKorvex Motors signed a definitive agreement with Tokyo-headquartered Tarnel Heavy Industries to acquire a 33% stake in its farm unit.", language: "en")
        #expect(!r.has("Tarnel Heavy Industries", .supplies, "Korvex Motors"), "\(r.summary)")
        #expect(r.has("Tarnel Heavy Industries", .locatedIn, "Tokyo"), "\(r.summary)")
    }

    @Test func goodsBoughtUnderAnAgreementAreASupply() throws {
        let r = try extract("Deals.\nKorvex Motors signed an agreement with Tokyo-headquartered Tarnel Heavy Industries to buy 40 turbines.", language: "en")
        #expect(r.has("Tarnel Heavy Industries", .supplies, "Korvex Motors"), "\(r.summary)")
    }
}

@Suite struct PeopleAndListsSession25Tests {
    @Test func aSeatModifierBeforeTheEmployerDoesNotHideIt() throws {
        let r = try extract("Deals.\n“They approached us,” says Nikolaos Varga, president and CEO of Vancouver-based Korvex Lithium.", language: "en")
        #expect(r.has("Nikolaos Varga", .worksFor, "Korvex Lithium"), "\(r.summary)")
        #expect(r.has("Korvex Lithium", .locatedIn, "Vancouver"), "\(r.summary)")
    }

    @Test func aPartnerWordInsideANameDeclaresNoPartnership() throws {
        let r = try extract("Sanctions.\nKey roles are played by UAE-based Korvex General Trading and Iran-based Tarnel Amiri and Partners Exchange according to OFAC.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .partnerOf }, "\(r.summary)")
    }

    @Test func aLongListNameStillClosesThePassiveDesignation() throws {
        let r = try extract("Sanctions.\nKorvex Airlines was also added to the Office of Foreign Assets Control’s (OFAC) Specially Designated Nationals (SDN) list for providing support to Tarnel Air.", language: "en")
        #expect(r.isTarget("Korvex Airlines"), "\(r.summary)")
        #expect(r.has("Korvex Airlines", .sanctionedBy, "Office of Foreign Assets Control"), "\(r.summary)")
    }

    @Test(arguments: [
        ("QatarEnergy signed a deal with Korvex Petroleum and Chemical Corporation on Monday.", "Korvex Petroleum and Chemical Corporation"),
        ("Lenders include Nippon Export and Investment Insurance and two banks.", "Nippon Export and Investment Insurance"),
    ])
    func twoFieldWordsJoinedBeforeAFirmWordAreOneName(text: String, name: String) throws {
        let r = try extract("Deals.\n\(text)", language: "en")
        #expect(r.entities.contains { $0.type == .company && $0.name == name }, "\(r.summary)")
    }

    @Test func twoFirmsJoinedByAndStayTwo() throws {
        let r = try extract("Deals.\nKorvex Energy and Tarnel Power Corporation signed a deal.", language: "en")
        #expect(r.entity("Korvex Energy") != nil && r.entity("Tarnel Power Corporation") != nil, "\(r.summary)")
    }
}

@Suite struct ProductsSession25Tests {
    @Test func aListOfProductsWithTwoMakersGivesNoneToTheOthers() throws {
        let r = try extract("Programmes.\nL'entreprise contribue à des programmes comme l'Airbus A350, le Boeing Dreamliner, Ariane 6, le Rafale et le F-35.", language: "fr")
        #expect(r.has("Boeing", .supplies, "Boeing Dreamliner"), "\(r.summary)")
        for product in ["Ariane 6", "Rafale", "F-35"] {
            #expect(!["Boeing", "Airbus"].contains { r.has($0, .supplies, product) }, "\(product): \(r.summary)")
        }
    }
}

@Suite struct PlacesSession25Tests {
    @Test(arguments: ["Beaupréau-en-Mauges", "Ferté-Saint-Aubin", "Villeneuve-lès-Maguelone", "Stratford-upon-Avon"])
    func aCompoundWithAParticleOrASaintIsATown(town: String) throws {
        let r = try extract("Usines.\n\(town) accueille la nouvelle usine du groupe Korvex.", language: "fr")
        #expect(r.entities.contains { $0.type == .location && $0.name == town }, "\(r.summary)")
    }

    @Test(arguments: ["Silicon-on-Insulator", "Saint-Gobain", "Jean-Marc"])
    func twoPartsOrATechnicalCompoundAreNoTown(text: String) throws {
        #expect(!MentionFinder.isPlaceCompound(text))
    }

    @Test(arguments: [("son site de Varnel", "Varnel"), ("ses usines de Corbas", "Corbas")])
    func aFirmsOwnSiteIsNamedByItsTown(phrase: String, town: String) throws {
        let r = try extract("Usines.\nKorvex Industrie a lancé des travaux sur \(phrase), près de Grenoble.", language: "fr")
        #expect(r.entities.contains { $0.type == .location && $0.name == town }, "\(r.summary)")
        #expect(!r.entities.contains { $0.type == .company && $0.name == town }, "\(r.summary)")
    }

    @Test func theSiteOfANameWithNoPossessiveIsAFirmsSite() throws {
        let r = try extract("Usines.\nKorvex Industrie a visité le site de Varnel mardi dernier.", language: "fr")
        #expect(r.entities.contains { $0.type == .company && $0.name == "Varnel" }, "\(r.summary)")
    }
}

@Suite struct DenialOrdersSession25Tests {
    @Test func anOrderDenyingExportPrivilegesDesignatesEveryListedParty() throws {
        let r = try extract("Exports.\nThe Bureau of Industry and Security (BIS) issued an order denying the export privileges of Korvex Airlines (Iraq), Tarnel General Trading (Dubai), and Ali Abdullah Varga (Iraq) for exporting aircraft.", language: "en")
        for party in ["Korvex Airlines", "Tarnel General Trading", "Ali Abdullah Varga"] {
            #expect(r.isTarget(party), "\(party): \(r.summary)")
            #expect(r.has(party, .sanctionedBy, "Bureau of Industry and Security"), "\(party): \(r.summary)")
        }
    }

    @Test func aTemporaryDenialOrderIsAMeasure() throws {
        let r = try extract("Exports.\nThe BIS issued a temporary denial order against Orlan Aviation Ltd on Monday.", language: "en")
        #expect(r.isTarget("Orlan Aviation Ltd"), "\(r.summary)")
    }
}

@Suite struct OwnersSession25Tests {
    @Test func aGroupOwnsTheBrandsItsRelativeClauseLists() throws {
        let r = try extract("Deals.\nAmsterdam-based carmaker Korvex Motors, whose iconic brands include Tarnel, Orlan and Velmar, has invested $90 million in Brisa Lithium.", language: "en")
        for brand in ["Tarnel", "Orlan", "Velmar"] { #expect(r.has("Korvex Motors", .owns, brand), "\(brand): \(r.summary)") }
        #expect(r.has("Korvex Motors", .investsIn, "Brisa Lithium"), "\(r.summary)")
        #expect(!["Tarnel", "Orlan", "Velmar"].contains { r.has($0, .investsIn, "Brisa Lithium") }, "\(r.summary)")
    }

    @Test func aFrenchGroupOwnsTheBrandsAfterDont() throws {
        let r = try extract("Titre.\nLe groupe Korvex, dont les marques Tarnel et Orlan Beauté sont connues, a investi.", language: "fr")
        #expect(r.has("Korvex", .owns, "Tarnel") && r.has("Korvex", .owns, "Orlan Beauté"), "\(r.summary)")
    }

    @Test func brandsWithNoRelativeWordAreNoHoldings() throws {
        let r = try extract("Deals.\nUnlike Korvex Motors, brands such as Tarnel and Orlan sell well.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .owns }, "\(r.summary)")
    }

    @Test func theSecondShareOfAPassiveHoldingNamesAnotherOwner() throws {
        let r = try extract("Deals.\nThe trademark belongs to Korvex Center LLC, 50% of which is owned by Tarnel LLC and another 50% by Orlan Ventures LLC.", language: "en")
        #expect(r.has("Tarnel LLC", .owns, "Korvex Center LLC"), "\(r.summary)")
        #expect(r.relations.contains { $0.predicate == .owns && r.entities[$0.subject].name.hasPrefix("Orlan Ventures") }, "\(r.summary)")
    }

    @Test(arguments: [("Vladimir Varga is the chief executive and main shareholder of Siberian mining company Korvex Nickel.", "en"),
                      ("Igor Varga est président et principal actionnaire de Korvex Nickel.", "fr")])
    func aPostAndAHoldingNamedTogetherGiveBoth(text: String, language: String) throws {
        let r = try extract("Title.\n\(text)", language: language)
        let person = language == "en" ? "Vladimir Varga" : "Igor Varga"
        #expect(r.has(person, .worksFor, "Korvex Nickel"), "\(r.summary)")
        #expect(r.has(person, .owns, "Korvex Nickel"), "\(r.summary)")
    }

    @Test func aPostAloneIsNoHolding() throws {
        let r = try extract("Title.\nIgor Varga est président de Korvex Nickel.", language: "fr")
        #expect(r.has("Igor Varga", .worksFor, "Korvex Nickel") && !r.has("Igor Varga", .owns, "Korvex Nickel"), "\(r.summary)")
    }
}

@Suite struct PartnersSession25Tests {
    @Test(arguments: [
        ("Les partenaires de Korvex dans le projet, soit Tarnel, Orlan et Velmar, sont les autres investisseurs.", "fr"),
        ("Les partenaires de Korvex sont Tarnel, Orlan et Velmar.", "fr"),
        ("Korvex's partners, Tarnel, Orlan and Velmar, signed the deal.", "en"),
        ("The partners of Korvex include Tarnel, Orlan and Velmar.", "en"),
        ("Les partenaires de Korvex, à savoir Tarnel, Orlan et Velmar, ont signé.", "fr"),
        ("The partners of Korvex, such as Tarnel, Orlan and Velmar, signed.", "en"),
    ])
    func theFirmsAPartnerNounListsArePartnersOfItsFirm(text: String, language: String) throws {
        let r = try extract("Title.\n\(text)", language: language)
        for firm in ["Tarnel", "Orlan", "Velmar"] { #expect(r.has(firm, .partnerOf, "Korvex") || r.has("Korvex", .partnerOf, firm), "\(firm): \(r.summary)") }
    }

    @Test func aPartnerNounWithNoListNamesNoPartners() throws {
        let r = try extract("Title.\nKorvex is looking for partners of its size, Tarnel said.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .partnerOf }, "\(r.summary)")
    }

    @Test func theParentsOfAJointVentureInAppositionOwnItAndPartnerEachOther() throws {
        let r = try extract("Titre.\nKorvex Nickel, la coentreprise entre Tarnel, l’aciériste chinois Orlan et la compagnie minière indonésienne Velmar, a réalisé sa première coulée.", language: "fr")
        for parent in ["Tarnel", "Orlan", "Velmar"] { #expect(r.has(parent, .owns, "Korvex Nickel"), "\(parent): \(r.summary)") }
        #expect(!r.relations.contains { $0.predicate == .partnerOf && r.entities[$0.subject].name == "Korvex Nickel" || $0.predicate == .partnerOf && $0.object == .entity(r.entities.firstIndex { $0.name == "Korvex Nickel" } ?? -1) }, "\(r.summary)")
        #expect(r.has("Tarnel", .partnerOf, "Velmar") || r.has("Velmar", .partnerOf, "Tarnel"), "\(r.summary)")
    }
}

@Suite struct SuppliesSession25Tests {
    @Test func aCustomerNamedBeforeItsSuppliersPossessiveIsReadWithoutACrash() throws {
        let r = try extract("Deals.\nThat poses a problem for Korvex Motors, Tarnel Energy’s biggest customer.", language: "en")
        #expect(r.has("Tarnel Energy", .supplies, "Korvex Motors"), "\(r.summary)")
    }

    @Test func theSupplyOfGoodsFromAFirmComesFromIt() throws {
        let r = try extract("Deals.\nKorvex Chem has signed a five-year deal for the supply of lithium hydroxide from Canada’s Tarnel Lithium.", language: "en")
        #expect(r.has("Tarnel Lithium", .supplies, "Korvex Chem"), "\(r.summary)")
        #expect(!r.has("Korvex Chem", .supplies, "Tarnel Lithium"), "\(r.summary)")
    }

    @Test func goodsSuppliedFromAPlantToAFirmGoToIt() throws {
        let r = try extract("Deals.\nKorvex Energy will supply turbines from its plant to Tarnel Power.", language: "en")
        #expect(r.has("Korvex Energy", .supplies, "Tarnel Power"), "\(r.summary)")
        #expect(!r.has("Tarnel Power", .supplies, "Korvex Energy"), "\(r.summary)")
    }
}

@Suite struct SitesAndGroupsSession25Tests {
    @Test func aGroupInsideAMeasuresPhraseStillPlacesItsMembers() throws {
        let r = try extract("Sanctions.\nThe Treasury imposed sanctions against four Kyrgyzstani companies: Korvex Design, Tarnel Export and Orlan Trade.", language: "en")
        for firm in ["Korvex Design", "Tarnel Export", "Orlan Trade"] { #expect(r.has(firm, .locatedIn, "Kyrgyzstan"), "\(firm): \(r.summary)") }
    }

    @Test func aFirmOfATownIsInTheTownsRegionToo() throws {
        let r = try extract("Deals.\nIt bought a stake in recycling company Korvex Alloys of Rosemount, Minnesota, last year.", language: "en")
        #expect(r.has("Korvex Alloys", .locatedIn, "Rosemount") && r.has("Korvex Alloys", .locatedIn, "Minnesota"), "\(r.summary)")
    }

    @Test(arguments: [("The contracts cover Korvex Field Airport, New Jersey, and the terminal.", "Korvex Field Airport", "New Jersey"),
                      ("Tarnel bought a stake in Orlan Bay Airport, Liberia.", "Orlan Bay Airport", "Liberia")])
    func aPlaceBetweenCommasAfterANamedSiteIsItsPlace(text: String, site: String, place: String) throws {
        let r = try extract("Deals.\n\(text)", language: "en")
        #expect(r.has(site, .locatedIn, place), "\(r.summary)")
    }

    @Test func aPlaceThatOpensAnotherNameIsNotTheSites() throws {
        let r = try extract("Deals.\nThe contracts cover Korvex Field Airport, Paris flights and more.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Korvex Field Airport" }, "\(r.summary)")
    }
}
