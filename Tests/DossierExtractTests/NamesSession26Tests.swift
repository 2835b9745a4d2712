import DossierModel
import Testing
@testable import DossierExtract

/// Session 26: holdings told by a concessive adverb or a nationalisation, a parent named as a title, supply
/// contracts whose purpose is a delivery, a firm that speaks for itself with `selon`, a head of state's bare
/// title, facility names with their purpose and the owner's short name, firms in a town and its district.
/// Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct HoldingsSession26Tests {
    @Test func aConcessiveAdverbMayStandInTheHeldByClause() throws {
        let r = try extract("Titre.\nLes parts ont été transférées à Tarnel Mines – une entreprise de droit privé détenue toutefois à 100 % par le groupe Korvex Holding.", language: "fr")
        #expect(r.has("Korvex Holding", .owns, "Tarnel Mines"), "\(r.summary)")
    }

    @Test(arguments: [
        ("L’État du Niger a décidé de nationaliser Tarnel Uranium.", "fr", "État du Niger"),
        ("The Korvex Group nationalised Tarnel Uranium last year.", "en", "Korvex Group"),
    ])
    func whoNationalisesAFirmOwnsIt(text: String, language: String, owner: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(owner, .owns, "Tarnel Uranium"), "\(r.summary)")
    }

    @Test func anActionAgainstAFirmIsNoTakeover() throws {
        let r = try extract("Sanctions.\nThe Office of Foreign Assets Control today took action against Norvex Holdings.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .owns }, "\(r.summary)")
    }
}

@Suite struct ParentsSession26Tests {
    @Test func aParentNamedAsATitleOfTheFirmAfterIt() throws {
        let r = try extract("Markets.\nShares of Talvex parent company Orimed Holdings fell on Monday.", language: "en")
        #expect(r.has("Talvex", .subsidiaryOf, "Orimed Holdings"), "\(r.summary)")
    }

    @Test func anOfficerOfTheChildsParentWorksForTheParent() throws {
        let r = try extract("Markets.\nRuth Porlan, chief financial officer of Brenmark parent Norvalis Holdings, said in a statement.", language: "en")
        #expect(r.has("Ruth Porlan", .worksFor, "Norvalis Holdings"), "\(r.summary)")
        #expect(!r.has("Ruth Porlan", .worksFor, "Brenmark"), "\(r.summary)")
    }
}

@Suite struct SupplyContractsSession26Tests {
    @Test func aContractForADeliveryMakesTheSignerTheSupplier() throws {
        let r = try extract("Espace.\nKorvex Space a signé le 18 novembre un contrat avec l’opérateur de télécommunications luxembourgeois Tarnel Sat portant sur la fourniture de deux satellites.", language: "fr")
        #expect(r.has("Korvex Space", .supplies, "Tarnel Sat"), "\(r.summary)")
        #expect(!r.has("Tarnel Sat", .supplies, "Korvex Space"), "\(r.summary)")
    }

    @Test func aContractForGoodsStillMakesThePartnerTheSupplier() throws {
        let r = try extract("Calcul.\nKorvex Cloud a signé un contrat avec Tarnel Systems portant sur 2 000 serveurs.", language: "fr")
        #expect(r.has("Tarnel Systems", .supplies, "Korvex Cloud"), "\(r.summary)")
    }
}

@Suite struct SourcesSession26Tests {
    static let article = """
        Mines.
        Korvex Uranium a perdu le contrôle de sa filiale Tarnel Mines au Niger.
        Korvex Uranium avait engagé des procédures d’arbitrage.
        Des téléphones ont été saisis selon Korvex Uranium, qui a saisi le procureur.
        """

    @Test func aFirmTheArticleIsAboutSpeaksForItselfWithSelon() throws {
        let r = try extract(Self.article, language: "fr")
        let korvex = try #require(r.entities.firstIndex { $0.name == "Korvex Uranium" && $0.type == .company }, "\(r.summary)")
        #expect(!r.relations.contains { $0.predicate == .reportedBy && $0.object == .entity(korvex) }, "\(r.summary)")
        #expect(r.has("Tarnel Mines", .subsidiaryOf, "Korvex Uranium"), "\(r.summary)")
    }

    @Test func anOutletCitedOnceWithSelonStillReports() throws {
        let r = try extract("Mines.\nTarnel Mines a été nationalisée, selon le quotidien Brenak Soir.", language: "fr")
        #expect(r.has("Tarnel Mines", .reportedBy, "Brenak Soir"), "\(r.summary)")
    }
}

@Suite struct PeopleSession26Tests {
    @Test(arguments: [
        ("Tarnel Mines exploite une mine. Le dossier date du coup d’État contre le président Amadou Keltan.", "fr", "Amadou Keltan"),
        ("Tarnel Mines runs a mine. The deal was praised by President Amadou Keltan.", "en", "Amadou Keltan"),
    ])
    func aBarePresidentTitleIsAHeadOfStates(text: String, language: String, person: String) throws {
        let r = try extract("Mines.\n\(text)", language: language)
        #expect(!r.relations.contains { $0.predicate == .worksFor && r.entities[$0.subject].name == person }, "\(r.summary)")
    }

    @Test(arguments: ["Chief executive Amadou Keltan", "President and chief executive Amadou Keltan"])
    func aBusinessTitleBeforeANameStillGoesToTheFirm(title: String) throws {
        let r = try extract("Mines.\nTarnel Mines runs a mine. \(title) said output rose.", language: "en")
        #expect(r.has("Amadou Keltan", .worksFor, "Tarnel Mines"), "\(r.summary)")
    }
}

@Suite struct FacilitiesSession26Tests {
    @Test func aFrenchSiteIsAlsoNamedWithItsPurposeAndTheOwnersShortName() throws {
        let r = try extract("Usines.\nLe géant chinois Korvex Power Investment Corporation (KPIC) a lancé la construction d’une raffinerie d’alumine en Guinée.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility }, "\(r.summary)")
        #expect(site.aliases.contains("raffinerie d’alumine de KPIC (Guinée)"), "\(site.aliases)")
        #expect(site.aliases.contains("raffinerie d’alumine de Korvex Power Investment Corporation (Guinée)"), "\(site.aliases)")
    }

    @Test func aProcessNounTakesTheSecondComplement() throws {
        let r = try extract("Usines.\nTarnel Pharma construit une usine de production de vaccins à Lyon.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility }, "\(r.summary)")
        #expect(site.aliases.contains { $0.hasPrefix("usine de production de vaccins de Tarnel Pharma") }, "\(site.aliases)")
    }
}

@Suite struct NamesAndPlacesSession26Tests {
    @Test func oneWordOnEachSideOfEtBeforeALegalFormIsOneFirm() throws {
        let r = try extract("Mines.\nParmi les sociétés figure Approvisionnement et Distribution SARL, selon le ministère.", language: "fr")
        #expect(r.entities.contains { $0.type == .company && $0.name == "Approvisionnement et Distribution SARL" }, "\(r.summary)")
    }

    @Test func twoKnownFirmsJoinedBeforeALegalFormStayTwo() throws {
        let r = try extract("Autos.\nRenault et Stellantis SA ont signé un accord.", language: "fr")
        #expect(r.entity("Renault") != nil, "\(r.summary)")
    }

    @Test func theFullStopAfterACapitalLegalFormEndsTheSentenceNotTheName() throws {
        let r = try extract("Mines.\nLe permis revient à Korvex Mining SARL.", language: "fr")
        #expect(r.entities.contains { $0.name == "Korvex Mining SARL" }, "\(r.summary)")
    }

    @Test func aFirmInATownWithItsDistrictInBracketsIsInBoth() throws {
        let r = try extract("Mines.\nParmi les sociétés touchées figurent Korvex Mining SARL à Kondoya (Kéniéba) et d’autres.", language: "fr")
        #expect(r.has("Korvex Mining SARL", .locatedIn, "Kondoya"), "\(r.summary)")
        #expect(r.has("Korvex Mining SARL", .locatedIn, "Kéniéba"), "\(r.summary)")
    }

    @Test func aFirmInATownIsInTheTownsStateToo() throws {
        let r = try extract("Space.\nContracts went to Tarnel Technologies in Fort Wayne, Indiana, and to others.", language: "en")
        #expect(r.has("Tarnel Technologies", .locatedIn, "Fort Wayne"), "\(r.summary)")
        #expect(r.has("Tarnel Technologies", .locatedIn, "Indiana"), "\(r.summary)")
    }

    @Test func situatedInGivesTheSeat() throws {
        let r = try extract("Space.\nContracts went to a Korvex Aerospace group situated in Sunnyvale, California.", language: "en")
        #expect(r.has("Korvex Aerospace", .locatedIn, "Sunnyvale"), "\(r.summary)")
    }
}

@Suite struct ImposersSession26Tests {
    @Test func onlyAPublicBodyOfTheSentenceImposesTheMeasure() throws {
        let r = try extract("Sanctions.\nSanctions on Korvex Space, which sent imagery to the Tarnel Foundation, were announced on Thursday, the Treasury Department said.", language: "en")
        let imposers = r.relations.filter { $0.predicate == .imposedBy }.compactMap { rel -> String? in
            if case .entity(let o) = rel.object { return r.entities[o].name } else { return nil }
        }
        #expect(imposers.contains("Treasury Department"), "\(r.summary)")
        #expect(!imposers.contains("Tarnel Foundation"), "\(r.summary)")
    }

    @Test func anAdministrationIsAPublicBody() throws {
        let r = try extract("Sanctions.\nCes sanctions contre Korvex s’ajoutent à celles imposées par l’administration Biden.", language: "fr")
        let administration = try #require(r.entities.firstIndex { $0.name == "administration Biden" }, "\(r.summary)")
        #expect(r.relations.contains { $0.predicate == .imposedBy && $0.object == .entity(administration) }, "\(r.summary)")
    }
}

@Suite struct AwardsAndSitesSession26Tests {
    @Test func everyFirmAContractIsAwardedToSuppliesTheAwarder() throws {
        let r = try extract("Space.\nThe Korvex Agency announced on Friday that it has awarded satellite contracts totaling $1.6 billion to Tarnel Lab, based in Long Beach, and Brenmark Systems.", language: "en")
        #expect(r.has("Tarnel Lab", .supplies, "Korvex Agency"), "\(r.summary)")
        #expect(r.has("Brenmark Systems", .supplies, "Korvex Agency"), "\(r.summary)")
    }

    @Test func theFrenchProcurementAgencyAwardsAContract() throws {
        let r = try extract("Défense.\nLa DGA a attribué le contrat à Korvex et Tarnel Systèmes.", language: "fr")
        #expect(r.has("Korvex", .supplies, "DGA"), "\(r.summary)")
        #expect(r.has("Tarnel Systèmes", .supplies, "DGA"), "\(r.summary)")
    }

    @Test func aFirmAtAnUnknownTownInAKnownRegionIsInBoth() throws {
        let r = try extract("Nickel.\nLe ferronickel est produit par la société Korvex Nickel à Doniambo en Nouvelle-Calédonie.", language: "fr")
        #expect(r.has("Korvex Nickel", .locatedIn, "Doniambo"), "\(r.summary)")
        #expect(r.has("Korvex Nickel", .locatedIn, "Nouvelle-Calédonie"), "\(r.summary)")
    }

    @Test func thePlaceAfterTheAgentOfAPlannedSiteIsTheSites() throws {
        let r = try extract("Puces.\nL’accord porte sur l’usine de fabrication de galettes de silicium de pointe prévue par Korvex Semi à Magdebourg.", language: "fr")
        #expect(!r.has("Korvex Semi", .locatedIn, "Magdebourg"), "\(r.summary)")
    }
}

@Suite struct RankedHomesSession26Tests {
    @Test(arguments: [
        ("Korvex a pris le contrôle de la première banque de Belgique, Tarnel Banque, pour consolider sa place.", "fr", "Tarnel Banque", "Belgique"),
        ("Korvex took control of the largest bank in Belgium, Tarnel Bank, on Tuesday.", "en", "Tarnel Bank", "Belgium"),
        ("Tarnel Banque, la plus grande banque du Chili, a signé un accord.", "fr", "Tarnel Banque", "Chili"),
    ])
    func aRankedHeadWithAPlaceGivesTheFirmsHome(text: String, language: String, firm: String, place: String) throws {
        let r = try extract("Banques.\n\(text)", language: language)
        #expect(r.has(firm, .locatedIn, place), "\(r.summary)")
    }

    @Test func aRankedLowerCaseBankOfACountryIsNoInstitutionsName() throws {
        let r = try extract("Banques.\nKorvex a racheté la première banque de Belgique.", language: "fr")
        #expect(!r.entities.contains { $0.type == .organization }, "\(r.summary)")
    }

    @Test func aRankedSupplierOfACountryIsNotAtHomeThere() throws {
        let r = try extract("Gaz.\nLe premier fournisseur de la Russie, Tarnel Gas, a signé un accord.", language: "fr")
        #expect(!r.has("Tarnel Gas", .locatedIn, "Russie"), "\(r.summary)")
    }
}

@Suite struct HiredAndChosenSession26Tests {
    @Test(arguments: [
        ("En 2022, l’entreprise serbe Korvex Global avait mandaté la société américaine Tarnel pour accompagner le développement.", "fr", "Tarnel", "Korvex Global"),
        ("Norvalis Energy hired Talsen Engineering to build the plant.", "en", "Talsen Engineering", "Norvalis Energy"),
    ])
    func theFirmHiredServesTheOneHiring(text: String, language: String, supplier: String, customer: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(supplier, .supplies, customer), "\(r.summary)")
    }

    @Test(arguments: [
        ("Le groupe Brenix a été choisi par le ministère de la Défense face à ses concurrents.", "fr", "Brenix", "ministère de la Défense"),
        ("Korvex Systems was selected by the Korvex Agency last week.", "en", "Korvex Systems", "Korvex Agency"),
    ])
    func theFirmChosenSuppliesTheOneChoosing(text: String, language: String, supplier: String, customer: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(supplier, .supplies, customer), "\(r.summary)")
    }

    @Test func aFirmAcquiredByAnotherSuppliesNothing() throws {
        let r = try extract("Titre.\nKorvex Systems was acquired by Tarnel Holdings last year.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies }, "\(r.summary)")
        #expect(r.has("Tarnel Holdings", .owns, "Korvex Systems"), "\(r.summary)")
    }

    @Test func aFirmChosenAsAPartnerSuppliesNothing() throws {
        let r = try extract("Titre.\nTarnel Systems was chosen by Brenmark Holdings as its partner for the project.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies }, "\(r.summary)")
    }
}

@Suite struct SharesAndAcquisitionsSession26Tests {
    @Test(arguments: [
        ("En échange, l’État belge obtient 11,6 % des actions ordinaires de Korvex Banque.", "fr", "État belge"),
        ("In exchange, Tarnel Capital will receive 20% of the common shares of Korvex Banque.", "en", "Tarnel Capital"),
    ])
    func aShareObtainedIsAHolding(text: String, language: String, holder: String) throws {
        let r = try extract("Banques.\n\(text)", language: language)
        #expect(r.has(holder, .owns, "Korvex Banque"), "\(r.summary)")
    }

    @Test(arguments: [
        ("Le gouvernement a approuvé l’acquisition par le groupe américain Korvex de Tarnel Data.", "fr"),
        ("The acquisition by Korvex of Tarnel Data closed on Monday.", "en"),
    ])
    func theBuyerNamedBeforeWhatItBuys(text: String, language: String) throws {
        let r = try extract("Rachats.\n\(text)", language: language)
        #expect(r.has("Korvex", .owns, "Tarnel Data"), "\(r.summary)")
    }
}

@Suite struct TitlesSession26Tests {
    @Test func aFirmsChiefBeforeANameWorksForIt() throws {
        let r = try extract("Markets rose.\nKorvex Pharma chief Andrew Wilton called the plant the best.", language: "en")
        #expect(r.has("Andrew Wilton", .worksFor, "Korvex Pharma"), "\(r.summary)")
    }

    @Test func aWordInsideATitleOfSeveralWordsOpensNoName() throws {
        let r = try extract("Ports.\n“We are pleased,” Ang Wei Lun, Chief Investment Officer of Infrastructure at Korvex Capital, said.", language: "en")
        #expect(!r.entities.contains { $0.type == .person && $0.name.contains("Officer") }, "\(r.summary)")
        #expect(r.has("Ang Wei Lun", .worksFor, "Korvex Capital"), "\(r.summary)")
    }

    @Test func aSpokespersonFromABodyWorksForIt() throws {
        let r = try extract("Markets rose.\nGuo Jialin, spokesperson from the Ministry of Foreign Affairs, said no.", language: "en")
        #expect(r.has("Guo Jialin", .worksFor, "Ministry of Foreign Affairs"), "\(r.summary)")
    }
}
