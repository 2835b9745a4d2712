import DossierModel
import Testing
@testable import DossierExtract

/// Session 22: ports named by their towns, military ranks before names, and the state as a party. Firms and
/// people are invented; towns and countries are real, as the lexicons know them.
@Suite struct PortsSession22Tests {
    @Test func anEnglishPortOfATownIsASiteInThatTown() throws {
        let r = try extract("A new deal.\nKorvane Logistics will operate a terminal at the Port of Douala in Cameroon.", language: "en")
        #expect(r.entity("Port of Douala")?.type == .facility, "\(r.summary)")
        #expect(r.has("Port of Douala", .locatedIn, "Douala"), "\(r.summary)")
        #expect(r.has("Port of Douala", .locatedIn, "Cameroon"), "\(r.summary)")
        // The firm of the sentence runs its terminal, not the port.
        #expect(!r.has("Korvane Logistics", .operates, "Port of Douala"), "\(r.summary)")
    }

    @Test func aFrenchPortOfATownIsASiteEvenWithItsArticle() throws {
        let r = try extract("Un accord.\nTorvalis Marine exploitera un terminal du port de Douala au Cameroun, a annoncé l'entreprise.", language: "fr")
        #expect(r.entity("port de Douala")?.type == .facility, "\(r.summary)")
        #expect(r.has("port de Douala", .locatedIn, "Douala"), "\(r.summary)")
    }

    @Test func aTextEndingOnPortReadsWithoutFault() throws {
        // A long last line without a final stop is prose, and its last word may be the facility noun.
        let r = try extract("A deal.\nThe ships of Korvane Lines Inc. have been calling every week for three years now at the busy and crowded Port", language: "en")
        #expect(r.entity("Korvane Lines Inc.") != nil, "\(r.summary)")
    }

    @Test func aSiteRunInsideAPortLeavesThePortToItsAuthority() throws {
        let r = try extract("A new deal.\nKorvane Logistics said on Monday that it runs a cold store in the port of Douala.", language: "en")
        #expect(r.entity("port of Douala")?.type == .facility, "\(r.summary)")
        #expect(!r.has("Korvane Logistics", .operates, "port of Douala"), "\(r.summary)")
    }

    @Test func aPortOfACountryNamesNoSite() throws {
        let r = try extract("Un accord.\nLe deuxième port d'Angola accueille les navires de Torvalis Marine.", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility }, "\(r.summary)")
    }

    @Test func aCapitalisedFrenchPortOfATownIsItsAuthority() throws {
        let r = try extract("Un accord.\nLe directeur général du Port de Douala, Jean Malvert, a signé la concession.", language: "fr")
        #expect(r.entity("Port de Douala")?.type == .organization, "\(r.summary)")
    }
}

@Suite struct RanksSession22Tests {
    @Test(arguments: ["le Général Amadou Kervelo", "le colonel Assou Kervelo", "le capitaine Issa Kervelo", "le Général Assou KERVELO"])
    func aRankBeforeANameMakesItAPerson(lead: String) throws {
        let r = try extract("Un décret.\nLe président de la transition, \(lead), a retiré les permis.", language: "fr")
        let name = lead.split(separator: " ").suffix(2).joined(separator: " ")
        #expect(r.entity(name)?.type == .person, "\(r.summary)")
    }

    @Test func anAbbreviatedRankAndASurnameAloneArePeople() throws {
        let r = try extract("A decree.\nThe army chief Gen. Assou Kervelo met Col. Malvert on Monday.", language: "en")
        #expect(r.entity("Assou Kervelo")?.type == .person, "\(r.summary)")
        #expect(r.entity("Malvert")?.type == .person, "\(r.summary)")
    }

    @Test func aRankInCapitalsIsAWordOfTheName() throws {
        let r = try extract("A deal.\nKorvane Power will build a GEN IV reactor in Ohio.", language: "en")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("GEN IV") }, "\(r.summary)")
    }

    @Test func aFirstInitialBeforeAFirstNameOpensTheName() throws {
        let r = try extract("A plan.\nThe plan was backed by R. Michael Kervelo on Monday.", language: "en")
        #expect(r.entity("R. Michael Kervelo")?.type == .person, "\(r.summary)")
        #expect(!r.entities.contains { $0.name == "R" }, "\(r.summary)")
    }

    @Test func aFormOfAddressAndAChambersTitleStandOutsideTheName() throws {
        let r = try extract("A plan.\n\"It is great,\" said the Honorable Amadou Kervelo. \"It is big,\" said state Sen. Majority Leader Issa Malvert, R-Indiana.", language: "en")
        #expect(r.entity("Amadou Kervelo")?.type == .person, "\(r.summary)")
        #expect(r.entity("Issa Malvert")?.type == .person, "\(r.summary)")
    }

    @Test(arguments: ["a ajouté M. Harper", "a ajouté M. Denver"])
    func aTownsNameAfterAnHonorificIsASurname(tail: String) throws {
        let r = try extract("Une décision.\nLa décision est prise, \(tail).", language: "fr")
        let name = String(tail.split(separator: " ").last!)
        #expect(r.entity(name)?.type == .person, "\(r.summary)")
    }

    @Test func aFirmsHeadNounOutweighsAFirstName() throws {
        let r = try extract("A plant.\nA plant by Canadian company Neo Kervel Materials opened in Ohio.", language: "en")
        #expect(r.entity("Neo Kervel Materials")?.type == .company, "\(r.summary)")
    }

    @Test func generalOpensAFirmsNameWithoutADeterminer() throws {
        let r = try extract("A deal.\nGeneral Torvane and Marshal Shipping Holdings Limited signed a contract.", language: "en")
        #expect(r.entity("General Torvane")?.type == .company, "\(r.summary)")
        #expect(r.entity("Marshal Shipping Holdings Limited")?.type == .company, "\(r.summary)")
    }
}

@Suite struct StatesSession22Tests {
    @Test(arguments: ["l'État malien", "l'Etat du Niger", "la junte malienne"])
    func theStateOrJuntaOfACountryIsABody(phrase: String) throws {
        let r = try extract("Un accord.\nTorvane Gold a versé 85 millions de dollars à \(phrase).", language: "fr")
        let name = String(phrase.drop { $0 != " " && $0 != "'" }.dropFirst())
        #expect(r.entity(name)?.type == .organization, "\(r.summary)")
    }

    @Test func aStateAfterDeQualifiesTheNounBefore() throws {
        let r = try extract("Un accord.\nTorvane Data est détenue par le fonds d'État malien Kirvel Invest.", language: "fr")
        #expect(r.entity("Kirvel Invest") != nil, "\(r.summary)")
        #expect(r.entity("État malien") == nil, "\(r.summary)")
    }

    @Test func theStateOfARegionIsAPlace() throws {
        let r = try extract("Un accord.\nTorvane Data construit un campus dans l'État de New York.", language: "fr")
        #expect(r.entity("État de New York")?.type == .location, "\(r.summary)")
    }
}

@Suite struct SiteListsSession22Tests {
    @Test func theDeOfASecondSiteMayBeLeftOut() throws {
        let r = try extract("Un décret.\nLes autorités ont nationalisé les mines d'or de Korvela et Ambrin, poursuivant leur politique.", language: "fr")
        #expect(r.entity("mine d'or de Korvela")?.type == .facility, "\(r.summary)")
        #expect(r.entity("mine d'or d'Ambrin")?.type == .facility, "\(r.summary)")
    }

    @Test func listedSitesNamedAfterTheFirmOfTheTextAreItsOwn() throws {
        let r = try extract("Un accord.\nLe groupe Torvane Énergie prolongera ses activités nucléaires en Belgique.\nL'accord prévoit que les réacteurs de Korvel 4 et Ambrin 3 redémarrent en 2026.", language: "fr")
        #expect(r.has("Torvane Énergie", .operates, "réacteur de Korvel 4"), "\(r.summary)")
        #expect(r.has("Torvane Énergie", .operates, "réacteur d'Ambrin 3"), "\(r.summary)")
    }
}

@Suite struct ControlSession22Tests {
    @Test func aFirmUnderAMilitiasControlIsItsHolding() throws {
        let r = try extract("Des sanctions.\nKorvane Works est sous le contrôle des Forces de soutien rapide (RSF), une milice paramilitaire.", language: "fr")
        #expect(r.entity("RSF")?.name == "Forces de soutien rapide", "\(r.summary)")
        #expect(r.has("Forces de soutien rapide", .owns, "Korvane Works"), "\(r.summary)")
    }

    @Test func bothFirmsOfAPairUnderControlAreHoldings() throws {
        let r = try extract("Des sanctions.\nParmi les entités ciblées figurent la Banque Velkor et Torvane Works, toutes deux sous le contrôle des Forces de soutien rapide.", language: "fr")
        #expect(r.has("Forces de soutien rapide", .owns, "Banque Velkor"), "\(r.summary)")
        #expect(r.has("Forces de soutien rapide", .owns, "Torvane Works"), "\(r.summary)")
    }

    @Test func anEnglishFirmControlledByAPersonIsHisHolding() throws {
        let r = try extract("New sanctions.\nThe bank's parent, Kirvel Trading, is controlled by Pavel Morkin.", language: "en")
        #expect(r.has("Pavel Morkin", .owns, "Kirvel Trading"), "\(r.summary)")
    }
}

@Suite struct TitlesSession22Tests {
    @Test func aListOfTitledComplementsGivesEachTitleToTheNameAfterIt() throws {
        let r = try extract("Un sommet.\nLe projet a été présenté en présence du directeur général de Velkor Systems, Jean Marvel, du patron de Torvane Telekom, Paul Kirvan, et d'autres invités.", language: "fr")
        #expect(r.has("Paul Kirvan", .worksFor, "Torvane Telekom"), "\(r.summary)")
        #expect(!r.has("Jean Marvel", .worksFor, "Torvane Telekom"), "\(r.summary)")
        let firm = try extract("Un avis.\nJean Marvel, du cabinet Velkor Partners, a expliqué la baisse.", language: "fr")
        #expect(firm.has("Jean Marvel", .worksFor, "Velkor Partners"), "\(firm.summary)")
    }

    @Test func aTitleWithItsArticleBetweenTwoNamesIsTheNextOnes() throws {
        let r = try extract("Une signature.\nFace au directeur général de Velkor Ports, Jean Marvel, le patron de Torvane Logistique, Paul Kirvan, a paraphé le contrat.", language: "fr")
        #expect(r.has("Paul Kirvan", .worksFor, "Torvane Logistique"), "\(r.summary)")
        #expect(!r.has("Jean Marvel", .worksFor, "Torvane Logistique"), "\(r.summary)")
        let single = try extract("Une signature.\nJean Marvel, le patron de Torvane Logistique, a paraphé le contrat.", language: "fr")
        #expect(single.has("Jean Marvel", .worksFor, "Torvane Logistique"), "\(single.summary)")
    }

    @Test func aPlaceClosingABodysNameStandsInsideIt() throws {
        let r = try extract("Une signature.\nFace au directeur du gouvernement du Québec, Jean Marvel, le patron a signé.", language: "fr")
        #expect(r.has("Jean Marvel", .worksFor, "gouvernement du Québec"), "\(r.summary)")
    }
}

@Suite struct HoldingsSession22Tests {
    @Test(arguments: [
        ("Un accord.\nL'État malien a racheté les mines, concluant trois accords avec Torvane Gold pour 90 millions de dollars.", "fr"),
        ("A deal.\nVelkor Holdings bought the plant together with Torvane Gold last year.", "en"),
    ])
    func thePartyAfterWithWasNotBought(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .owns && $0.object == .entity(r.entities.firstIndex { $0.name == "Torvane Gold" } ?? -1) }, "\(r.summary)")
    }

    @Test func aFirmBoughtOutrightIsStillAHolding() throws {
        let r = try extract("A deal.\nVelkor Holdings bought Torvane Gold last year.", language: "en")
        #expect(r.relations.contains { $0.predicate == .owns || $0.predicate == .subsidiaryOf }, "\(r.summary)")
    }
}

@Suite struct NotNamesSession22Tests {
    @Test(arguments: ["NdFeB", "NdPr", "LiFePO4", "SiC"])
    func aFormulaOfElementsIsAMaterial(formula: String) throws {
        let r = try extract("A plant.\nKorvane Materials Inc. will make \(formula) parts in Texas.", language: "en")
        #expect(!r.entities.contains { $0.name == formula }, "\(r.summary)")
        #expect(r.entity("Korvane Materials Inc.")?.type == .company, "\(r.summary)")
    }

    @Test(arguments: ["CoreWeave", "NiSource", "SoftBank"])
    func aBrandInMixedCaseIsNoFormula(brand: String) throws {
        #expect(!ProductNames.isChemicalFormula(brand))
    }

    @Test func aCurrencyCodeBeforeAnAmountIsNoFirm() throws {
        let r = try extract("A deal.\nKorvane Ports will invest USD 220 million (AED 807 million) in a terminal.", language: "en")
        #expect(!r.entities.contains { $0.name == "AED" }, "\(r.summary)")
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfAName() throws {
        let r = try extract("A deal.\nBecause China controls supply, Korvane Mining signed a non-binding MoU with Velkor Energy.", language: "en")
        #expect(r.entity("China")?.type == .location, "\(r.summary)")
        #expect(!r.entities.contains { $0.name == "MoU" }, "\(r.summary)")
    }
}

@Suite struct PowerDealsSession22Tests {
    @Test(arguments: ["entered a 20-year power purchase agreement with", "signed a 15-year PPA with"])
    func aUtilitySigningForPowerWithAFirmSellsIt(phrase: String) throws {
        let r = try extract("A deal.\nKirvel Energy \(phrase) Morvan Data on Monday.", language: "en")
        #expect(r.has("Kirvel Energy", .supplies, "Morvan Data"), "\(r.summary)")
        #expect(!r.has("Morvan Data", .supplies, "Kirvel Energy"), "\(r.summary)")
    }

    @Test func aUtilityBuyingSomethingElseSellsNoPower() throws {
        let r = try extract("A deal.\nKirvel Energy signed a land purchase agreement with Morvan Data on Monday.", language: "en")
        #expect(!r.has("Kirvel Energy", .supplies, "Morvan Data"), "\(r.summary)")
    }

    @Test func aUtilityBuysFromAGenerator() throws {
        let r = try extract("A deal.\nKirvel Energy signed a 15-year PPA with Morvan Solar on Monday.", language: "en")
        #expect(r.has("Morvan Solar", .supplies, "Kirvel Energy"), "\(r.summary)")
    }
}

@Suite struct LocalArmsSession22Tests {
    @Test func aFrenchCountryAfterTheParentPlacesTheSubsidiary() throws {
        let r = try extract("Un décret.\nLe permis de Kirvel Mining, filiale de Morvan au Niger, est retiré.", language: "fr")
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Kirvel Mining" }, "\(r.summary)")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name.hasPrefix("Morvan") }, "\(r.summary)")
    }
}
