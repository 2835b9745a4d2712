import DossierModel
import Testing
@testable import DossierExtract

/// Session 23: firms' names that open on a first name or on digits, a legal form before a name that runs on
/// through `de`, unions, seats given after a comma, investment vehicles and stakes sold. Firms and people are
/// invented; towns and countries are real, as the lexicons know them.
@Suite struct NamesSession23Tests {
    @Test(arguments: ["Rosa Rail", "Ocean Winds", "Lina Assurance", "Marie Ciments"])
    func aFirstNameBeforeATradeWordIsAFirm(name: String) throws {
        let r = try extract("Un contrat.\nLe consortium regroupe Valdor Travaux et \(name) pour la construction de la ligne.", language: "fr")
        #expect(r.entity(name)?.type == .company, "\(r.summary)")
    }

    @Test func digitsGluedToACapitalisedWordAreAName() throws {
        let r = try extract("Un projet.\nIl s'agit d'un projet mené en collaboration avec 40Kelvin, l'opérateur du réseau à haute tension.", language: "fr")
        #expect(r.entity("40Kelvin")?.type == .company, "\(r.summary)")
    }

    @Test func digitsGluedToAUnitAreNoName() throws {
        let r = try extract("A network.\nThe Korvane link carries 10Gbps between the two towns since Monday.", language: "en")
        #expect(r.entity("10Gbps") == nil, "\(r.summary)")
    }

    @Test func aLegalFormBeforeTheNameCarriesItThroughDe() throws {
        let r = try extract("Une usine.\nLe Groupe Bétons de l'Afrique (GBA) annonce l'ouverture de sa deuxième usine au Burkina.", language: "fr")
        #expect(r.entity("Groupe Bétons de l'Afrique")?.type == .company, "\(r.summary)")
        #expect(r.entity("Afrique") == nil, "\(r.summary)")
    }

    @Test func aCreditBankOfACountryIsOneName() throws {
        let r = try extract("Une banque.\nLe groupe Valmor a racheté le Crédit du Congo avec 81 % du capital.", language: "fr")
        #expect(r.entity("Crédit du Congo")?.type == .company, "\(r.summary)")
    }

    @Test(arguments: ["Korvan Beach Resort", "Grand Korvan Hotel"])
    func aHotelOrResortIsASite(name: String) throws {
        let r = try extract("A blacklist.\nThe list adds the \(name) to the companies barred to US citizens.", language: "en")
        #expect(r.entity(name)?.type == .facility, "\(r.summary)")
    }

    @Test func aNavyIsABody() throws {
        let r = try extract("A ban.\nThe ministry supplies jet fuel to the Korvan Navy, the report said.", language: "en")
        #expect(r.entity("Korvan Navy")?.type == .organization, "\(r.summary)")
    }

    @Test(arguments: [("Lausanne, 31 janvier 2025", "fr", "Lausanne"), ("Geneva, March 3, 2024", "en", "Geneva")])
    func aTownAndADateOnALineOfTheirOwnAreADateline(line: String, language: String, town: String) throws {
        let r = try extract("Un jugement\n\(line)\nLe Tribunal pénal fédéral a condamné la société Korvex Trading pour corruption.", language: language)
        #expect(r.entity(town)?.type == .location, "\(r.summary)")
    }

    @Test func aUnionIsABody() throws {
        let r = try extract("Une aciérie.\nLe syndicat Valmia a demandé des mesures de soutien à l'aciérie.", language: "fr")
        #expect(r.entity("Valmia")?.type == .organization, "\(r.summary)")
    }
}

@Suite struct SeatsSession23Tests {
    @Test func aPressReleaseGivesEachPartysSeatAfterItsName() throws {
        let r = try extract("A smelter.\nZentrix Aluminium (ZXA), Dubai, United Arab Emirates, and Morland Metals Co., Chicago, have entered into a joint development agreement.", language: "en")
        #expect(r.has("Zentrix Aluminium", .locatedIn, "Dubai"), "\(r.summary)")
        #expect(r.has("Zentrix Aluminium", .locatedIn, "United Arab Emirates"), "\(r.summary)")
        #expect(r.has("Morland Metals Co.", .locatedIn, "Chicago"), "\(r.summary)")
    }

    @Test func aFrontedListOfPlacesPlacesTheSubjectFirmInEach() throws {
        let r = try extract("Une banque.\nAu Sénégal, au Mali, au Congo Brazzaville et au Gabon, Korvex Banque tisse sa toile dans le continent.", language: "fr")
        for place in ["Sénégal", "Mali", "Gabon"] { #expect(r.has("Korvex Banque", .locatedIn, place), "\(r.summary)") }
    }

    @Test func aListOfTownsAfterAFirmIsNoSeat() throws {
        let r = try extract("A tour.\nThe roadshow of Morland Metals Co. visits its clients in Korvane Group, Paris, London, Berlin and Madrid next week.", language: "en")
        #expect(!r.has("Korvane Group", .locatedIn, "Paris"), "\(r.summary)")
    }
}

@Suite struct HoldingsSession23Tests {
    @Test func anInvestmentVehicleIsHeldByWhomItServes() throws {
        let r = try extract("A deal.\nTarvex will sell a 20% stake in its steel business to Norvale Holding Group (NHG), the investment vehicle of Czech billionaire Pavel Dvorak, as part of its drive.", language: "en")
        #expect(r.has("Pavel Dvorak", .owns, "Norvale Holding Group"), "\(r.summary)")
    }

    @Test func aFrenchInvestmentVehicleToo() throws {
        let r = try extract("Un accord.\nLe groupe a cédé 10 % de Lintec à Corvane Capital, le véhicule d'investissement de l'homme d'affaires Paul Dubreuil.", language: "fr")
        #expect(r.has("Paul Dubreuil", .owns, "Corvane Capital"), "\(r.summary)")
    }

    @Test func aStakeSoldIsNeitherTheSellersInvestmentNorItsSupply() throws {
        let r = try extract("A deal.\nTarvex Steel will sell a 20% stake in its steel business to Norvale Holding Group, lifting its shares 4%.", language: "en")
        #expect(r.entity("Tarvex Steel") != nil, "\(r.summary)")
        #expect(!r.has("Tarvex Steel", .investsIn, "Norvale Holding Group"), "\(r.summary)")
        #expect(!r.has("Tarvex Steel", .supplies, "Norvale Holding Group"), "\(r.summary)")
    }
}

@Suite struct ParentsSession23Tests {
    @Test func childrenListedAfterAPossessivePluralAreSubsidiaries() throws {
        let r = try extract("Un marché.\nLe secteur est dominé par le groupe Varnel, via ses filiales Palmex et Sorvan.", language: "fr")
        #expect(r.has("Palmex", .subsidiaryOf, "Varnel"), "\(r.summary)")
        #expect(r.has("Sorvan", .subsidiaryOf, "Varnel"), "\(r.summary)")
    }

    @Test func englishSubsidiariesListedToo() throws {
        let r = try extract("A market.\nThe market is led by Varnel Group, through its subsidiaries Palmex Oil and Sorvan Foods.", language: "en")
        #expect(r.has("Sorvan Foods", .subsidiaryOf, "Varnel Group"), "\(r.summary)")
    }

    @Test func aSubsidiaryHeldByTwoParentsIsEachOnesChild() throws {
        let r = try extract("Un projet.\nLe projet est détenu par Ocean Tarn, filiale détenue à parts égales par Korvex Energie et Valmor Énergie, et la Banque Dupuis.", language: "fr")
        #expect(r.has("Ocean Tarn", .subsidiaryOf, "Korvex Energie"), "\(r.summary)")
        #expect(r.has("Ocean Tarn", .subsidiaryOf, "Valmor Énergie"), "\(r.summary)")
        #expect(!r.has("Ocean Tarn", .subsidiaryOf, "Banque Dupuis"), "\(r.summary)")
    }

    @Test func aPersonAmongTheHoldersIsNoParent() throws {
        let r = try extract("Un projet.\nLe site appartient à Ocean Tarn, filiale détenue par Korvex Energie et Marc Dupuis depuis 2019.", language: "fr")
        #expect(r.has("Ocean Tarn", .subsidiaryOf, "Korvex Energie"), "\(r.summary)")
        #expect(!r.has("Ocean Tarn", .subsidiaryOf, "Marc Dupuis"), "\(r.summary)")
    }

    @Test(arguments: [("la mine d'or de Sadilo au Mali", "mine d'or de Sadilo"), ("le champ pétrolier d'Avorel au Gabon", "champ pétrolier d'Avorel")])
    func aWeakNameAfterASiteNamedFromItsGroundIsTheSitesOwn(phrase: String, site: String) throws {
        let r = try extract("Un site.\nLe groupe Korvex Mines exploite \(phrase).", language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.hasPrefix(site) }, "\(r.summary)")
        #expect(!r.entities.contains { $0.type == .company && ["Sadilo", "Avorel"].contains($0.name) }, "\(r.summary)")
    }

    @Test func aFirmAfterADataCentreBeforeItsPlaceStillRunsIt() throws {
        let r = try extract("Un site.\nLe groupe Tarnel construit le centre de données de Valcrest à Lyon.", language: "fr")
        #expect(r.entities.contains { $0.type == .company && $0.name == "Valcrest" }, "\(r.summary)")
    }

    @Test func aCementWorksIsASite() throws {
        let r = try extract("Une usine.\nLe groupe Korvex Matériaux va construire une cimenterie à Kaolack.", language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.lowercased().contains("cimenterie") }, "\(r.summary)")
    }
}

@Suite struct SanctionTargetsSession23Tests {
    @Test func aCountryInTheGenitiveImposesTheMeasure() throws {
        let r = try extract("Des sanctions.\nLes sanctions économiques des Etats-Unis contre Korvex Trading ont été étendues mardi.", language: "fr")
        #expect(!r.isTarget("Etats-Unis"), "\(r.summary)")
        #expect(r.isTarget("Korvex Trading"), "\(r.summary)")
    }

    @Test func aCountryFarAfterTheNounIsStillTheAim() throws {
        let r = try extract("Sanctions.\nThe EU adopted sanctions against the energy sector of Russia on Monday.", language: "en")
        #expect(r.isTarget("Russia"), "\(r.summary)")
    }

    @Test func aCountryLeftOutIsNoTarget() throws {
        let r = try extract("Sanctions.\nKorvex Metals kept trading despite sanctions by western countries except Canada, the report said.", language: "en")
        #expect(!r.isTarget("Canada"), "\(r.summary)")
    }

    @Test func theCitizensAMeasureBindsAreNoTarget() throws {
        let r = try extract("Sanctions.\nFormer president Marc Dulin created this blacklist in June 2018 to ban transactions of US citizens with companies under control of the army.", language: "en")
        #expect(!r.isTarget("US"), "\(r.summary)")
    }

    @Test func wherePluralFreezesApplyIsNoTarget() throws {
        let r = try extract("Sanctions.\nThe designation triggers asset freezes in the USA for Korvex Labs.", language: "en")
        #expect(!r.isTarget("USA"), "\(r.summary)")
    }
}

@Suite struct LoansSession23Tests {
    /// Each lender backs a site whose name opens on `site` (descriptive names add their owner and place).
    @Test(arguments: [
        ("Financing for the Korvan Wind Station comes in the form of a US$34.4mn loan from the Asian Infrastructure Investment Bank and US$24.8mn from the Valmor Fund.",
         "en", ["Asian Infrastructure Investment Bank", "Valmor Fund"], "Korvan Wind Station"),
        ("The company secured loans from Korvex Bank and Valmor Capital for the Tarnel Solar Park, it said.", "en", ["Korvex Bank", "Valmor Capital"], "Tarnel Solar Park"),
        ("For the Tarnel Solar Park, the company secured a loan from Korvex Bank last year.", "en", ["Korvex Bank"], "Tarnel Solar Park"),
        ("La société a obtenu un prêt de 50 M€ accordé par la Banque européenne d'investissement pour financer l'usine de Korvex Lithium à Metz.",
         "fr", ["Banque européenne d'investissement"], "usine de Korvex Lithium"),
    ])
    func eachLenderBacksTheSiteTheMoneyIsFor(text: String, language: String, lenders: [String], site: String) throws {
        let r = try extract("A loan.\n\(text)", language: language)
        for lender in lenders {
            #expect(r.relations.contains { $0.predicate == .investsIn && r.entities[$0.subject].name == lender
                && { if case .entity(let o) = $0.object { return r.entities[o].name.hasPrefix(site) } else { return false } }($0) }, "\(r.summary)")
        }
    }

    @Test func aPurposeWordInsideANamePaysForNothing() throws {
        let r = try extract("A loan.\nThe bank is providing a loan of US$30 million from the Valmor Climate Fund for the Private Sector in Asia to Korvex Solar.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .investsIn && r.entities[$0.subject].name.hasPrefix("Valmor") && $0.evidence.extractor == "rule:loan-from" }, "\(r.summary)")
    }
}
