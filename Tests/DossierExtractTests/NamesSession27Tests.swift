import DossierModel
import Testing
@testable import DossierExtract

/// Session 27: grants and loans received, a title of two firms joined before one name, countries listed with their
/// local firms in brackets, contracts signed with a public body or for works, sellers listed after `from`, a firm's
/// seat after its ticker, plural sites after a possessive and its modifiers, energy stored that is no power capacity.
/// Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct FundingSession27Tests {
    @Test(arguments: [
        ("In October 2022, Korvex Graphite Inc. was awarded a $117 million grant from the US Department of Energy.", "en", "US Department of Energy"),
        ("Korvex Batteries a obtenu un prêt de 600 millions d'euros de la Banque européenne d'investissement.", "fr", "Banque européenne d'investissement"),
        ("Korvex Batteries a reçu une subvention de 50 millions d'euros de la part de Tarnel Capital.", "fr", "Tarnel Capital"),
    ])
    func moneyReceivedFromABodyOrAFirmBacksTheRecipient(text: String, language: String, giver: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.relations.contains { r.name($0.subject) == giver && $0.predicate == .investsIn && r.objectName($0).hasPrefix("Korvex") }, "\(r.summary)")
    }

    @Test func aGrantAwardedByTheSubjectIsNotReceived() throws {
        let r = try extract("Titre.\nKorvex Labs awarded a $2 million grant from the Tarnel Fund to local schools.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .investsIn && r.name($0.subject) == "Tarnel Fund" }, "\(r.summary)")
    }

    @Test func anAgreementReceivedIsNoFunding() throws {
        let r = try extract("Titre.\nKorvex Batteries a reçu l'accord de Tarnel Capital.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .investsIn }, "\(r.summary)")
    }

    @Test func aPowerUnitBeforeHourIsStoredEnergyNotCapacity() throws {
        let r = try extract("Batteries.\nKorvex Cells Limited announced plans to invest €7bn in a new 100-gigawatt hour battery plant in Debrecen, Hungary.", language: "en")
        #expect(r.relations.contains { $0.predicate == .operates }, "\(r.summary)")
        #expect(!r.relations.contains { $0.predicate == .capacity }, "\(r.summary)")
        let power = try extract("Batteries.\nKorvex Power Limited announced plans to invest €7bn in a new 100-gigawatt solar plant in Debrecen, Hungary.", language: "en")
        #expect(power.relations.contains { $0.predicate == .capacity }, "\(power.summary)")
    }
}

@Suite struct TitlesSession27Tests {
    @Test func aTitleOfOneFirmJoinedToAnotherFirmsTitleBeforeTheName() throws {
        let r = try extract("Batteries.\n“It is a milestone,” Korvex Cells CEO and former Tarnel Motors executive Peter Varnik said.", language: "en")
        #expect(r.has("Peter Varnik", .worksFor, "Korvex Cells"), "\(r.summary)")
        #expect(r.has("Peter Varnik", .worksFor, "Tarnel Motors"), "\(r.summary)")
    }

    @Test(arguments: [
        "Korvex Cells sued the chairman and former Tarnel Motors executive Peter Varnik.",
        "Korvex Cells CEO and Tarnel Motors rivals praised Peter Varnik.",
        "Korvex Cells CEO and rival Tarnel Motors executive Peter Varnik met on Monday.",
        "Korvex Cells chairman's son and former Tarnel Motors executive Peter Varnik met on Monday.",
    ])
    func withoutATitleOnEachSideOfAndTheFirstFirmEmploysNoOne(_ text: String) throws {
        let r = try extract("Batteries.\n\(text)", language: "en")
        #expect(!r.has("Peter Varnik", .worksFor, "Korvex Cells"), "\(r.summary)")
    }

    @Test func twoFirmsWithoutAConjunctionGiveOnlyTheNearestTitle() throws {
        let r = try extract("Batteries.\nKorvex Cells said Tarnel Motors executive Peter Varnik would attend.", language: "en")
        #expect(!r.has("Peter Varnik", .worksFor, "Korvex Cells"), "\(r.summary)")
    }
}

@Suite struct HoldersSession27Tests {
    @Test func aTitleOfABodyWithItsArticleThenTheHolder() throws {
        let r = try extract("Défense.\nParmi les invités figuraient le Secrétaire général de l’OTAN Marc Ruttel et le Général Carsten Breuer.", language: "fr")
        #expect(r.has("Marc Ruttel", .worksFor, "OTAN"), "\(r.summary)")
    }

    @Test func theHeadOfStateTitleNamesNoEmployer() throws {
        let r = try extract("Mines.\nLe conseil s’est tenu sous la présidence du chef de l’Etat ivoirien Alain Ouattel.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .worksFor }, "\(r.summary)")
    }

    @Test func aSecondTitleAfterAndNamesTheFirmOfItsPossessive() throws {
        let r = try extract("Gas.\nThe deal is historic, said Saad Al-Kaber, Qatar’s energy minister and Korvex Energy's chief executive.", language: "en")
        #expect(r.has("Saad Al-Kaber", .worksFor, "Korvex Energy"), "\(r.summary)")
    }

    @Test(arguments: [
        "The deal is historic, said Saad Al-Kaber, who praised Qatar’s plan and Korvex Energy's chief executive.",
        "The deal is historic, said Saad Al-Kaber, Qatar’s energy minister, and Korvex Energy's chief executive, Tom Bell.",
    ])
    func aPossessiveTitleAfterAnotherClauseIsNotThePersonsOwn(_ text: String) throws {
        let r = try extract("Gas.\n\(text)", language: "en")
        #expect(!r.has("Saad Al-Kaber", .worksFor, "Korvex Energy"), "\(r.summary)")
    }

    @Test func aRivalNamedAfterThePossessiveIsNoUnit() throws {
        let r = try extract("Steel.\nKorvex Steel's rival, steel producer Tarnel Metals, said prices fell.", language: "en")
        #expect(!r.has("Tarnel Metals", .subsidiaryOf, "Korvex Steel"), "\(r.summary)")
    }

    @Test func aFirmsOwnBusinessNamedAfterItsPossessiveIsItsSubsidiary() throws {
        let r = try extract("Ports.\nGIC has acquired a 10% interest in Korvex Shipping Company’s container terminal operator Tarnel Terminals Limited.", language: "en")
        #expect(r.has("Tarnel Terminals Limited", .subsidiaryOf, "Korvex Shipping Company"), "\(r.summary)")
    }

    @Test(arguments: [
        "Cet accord prévoit l’acquisition par Korvex Crédit, filiale à 100% de Tarnel Banque S.A., de 15 % du capital de Varsalaf.",
        "Cet accord prévoit l’acquisition par Korvex Crédit de 24% supplémentaires du capital du Varsalaf.",
    ])
    func theBuyerNamedBeforeAShareOfTheTargetOwnsIt(_ text: String) throws {
        let r = try extract("Banques.\n\(text)", language: "fr")
        #expect(r.has("Korvex Crédit", .owns, "Varsalaf"), "\(r.summary)")
        #expect(!r.has("Tarnel Banque S.A.", .owns, "Varsalaf"), "\(r.summary)")
    }

    @Test func branchesOfAFirmBoughtAreNoShareOfIt() throws {
        let r = try extract("Banques.\nCet accord prévoit l’acquisition par Korvex Crédit de 300 agences de Tarnel Banque.", language: "fr")
        #expect(!r.has("Korvex Crédit", .owns, "Tarnel Banque"), "\(r.summary)")
    }

    @Test func theBuyerOfAUnitNamedAfterItsParentOwnsTheUnit() throws {
        let r = try extract("Cloud.\nLe gouvernement a approuvé l'acquisition par le groupe américain Korvex Mining de la filiale de Tarnel Énergie, Varsion.", language: "fr")
        #expect(!r.has("Korvex Mining", .owns, "Tarnel Énergie"), "\(r.summary)")
    }

    @Test func twoHoldersJoinedInARelativeOfHoldingBothOwnTheFirm() throws {
        let r = try extract("Nucléaire.\nKorvatome, dont Tarnel Heavy Industries et Varsystem détiennent le solde du capital, a revendiqué un savoir-faire.", language: "fr")
        #expect(r.has("Tarnel Heavy Industries", .owns, "Korvatome"), "\(r.summary)")
        #expect(r.has("Varsystem", .owns, "Korvatome"), "\(r.summary)")
        let speaks = try extract("Nucléaire.\nKorvatome, dont Tarnel Heavy Industries et Varsystem parlent souvent, a revendiqué un savoir-faire.", language: "fr")
        #expect(!speaks.relations.contains { $0.predicate == .owns }, "\(speaks.summary)")
    }

    @Test(arguments: [
        ("Following its €1.2 billion acquisition of Spanish producer Tarnel Systems in 2023, Korvex Defence aims to double output.", "en"),
        ("Après son rachat de Tarnel Systems en 2023, Korvex Defence vise une capacité de 1,5 million d'obus.", "fr"),
    ])
    func aFrontedAcquisitionIsTheSubjectsAfterTheComma(text: String, language: String) throws {
        let r = try extract("Défense.\n\(text)", language: language)
        #expect(r.has("Korvex Defence", .owns, "Tarnel Systems") || r.has("Tarnel Systems", .subsidiaryOf, "Korvex Defence"), "\(r.summary)")
    }

    @Test func aSupplierNamedAfterTheFirmsPossessiveSuppliesIt() throws {
        let r = try extract("Cars.\nKorvex Motors' battery supplier Tarnel Cells said demand was weak.", language: "en")
        #expect(r.has("Tarnel Cells", .supplies, "Korvex Motors"), "\(r.summary)")
        #expect(!r.has("Korvex Motors", .supplies, "Tarnel Cells"), "\(r.summary)")
        #expect(!r.has("Tarnel Cells", .subsidiaryOf, "Korvex Motors"), "\(r.summary)")
    }
}

@Suite struct PartnersSession27Tests {
    @Test func aLongListOfPartnersMakesTheFirstMemberTheOthersPartner() throws {
        let r = try extract("Câbles.\nLe consortium, composé de Korvex Mobile, Tarnel Telecom, Varsat, Orlinx, Belcom et Quantel, a débarqué le câble à Marseille.", language: "fr")
        for other in ["Tarnel Telecom", "Varsat", "Orlinx", "Belcom", "Quantel"] {
            #expect(r.has("Korvex Mobile", .partnerOf, other) || r.has(other, .partnerOf, "Korvex Mobile"), "\(r.summary)")
        }
        #expect(!r.has("Tarnel Telecom", .partnerOf, "Varsat") && !r.has("Varsat", .partnerOf, "Tarnel Telecom"), "\(r.summary)")
    }

    @Test func aShortListOfPartnersPairsEveryMember() throws {
        let r = try extract("Câbles.\nLe consortium, composé de Korvex Mobile, Tarnel Telecom et Varsat, a débarqué le câble à Marseille.", language: "fr")
        #expect(r.has("Tarnel Telecom", .partnerOf, "Varsat") || r.has("Varsat", .partnerOf, "Tarnel Telecom"), "\(r.summary)")
    }
}

@Suite struct CountryListsSession27Tests {
    static let text = "Télécoms.\nA ce jour, le groupe Korvex Télécom est présent dans six pays d’Afrique : Mauritanie (Varitel), Burkina Faso (Onarel), Mali (Sotelva) et Togo (Moov Togo)."

    @Test func eachBracketedFirmIsInItsCountryAndTheGroupsSubsidiary() throws {
        let r = try extract(Self.text, language: "fr")
        for (firm, country) in [("Varitel", "Mauritanie"), ("Onarel", "Burkina Faso"), ("Sotelva", "Mali"), ("Moov Togo", "Togo")] {
            #expect(r.entity(firm)?.type == .company, "\(r.summary)")
            #expect(r.has(firm, .locatedIn, country), "\(r.summary)")
            #expect(r.has(firm, .subsidiaryOf, "Korvex Télécom"), "\(r.summary)")
            #expect(r.has("Korvex Télécom", .locatedIn, country), "\(r.summary)")
        }
    }

    @Test func aTownInBracketsAfterACountryWithItsPrepositionStaysAPlace() throws {
        let r = try extract("Nucléaire.\nLe réacteur connaît des retards, en particulier en France (Flamanville) et en Finlande (Olkivar).", language: "fr")
        #expect(try #require(r.entity("Flamanville")).type != .company, "\(r.summary)")
        #expect(try #require(r.entity("Olkivar")).type != .company, "\(r.summary)")
    }

    @Test func oneCountryWithANameInBracketsIsNoList() throws {
        let r = try extract("Mines.\nLe projet est situé au nord : Mauritanie (Kervalou).", language: "fr")
        #expect(try #require(r.entity("Kervalou")).type != .company, "\(r.summary)")
    }

    @Test func withoutAPresenceCueTheBracketedFirmsAreNoSubsidiaries() throws {
        let r = try extract("Télécoms.\nKorvex Conseil publie ses prix : Mauritanie (Varitel), Mali (Sotelva) et Togo (Moov Togo).", language: "fr")
        #expect(r.has("Varitel", .locatedIn, "Mauritanie"), "\(r.summary)")
        #expect(!r.relations.contains { $0.predicate == .subsidiaryOf }, "\(r.summary)")
    }
}

@Suite struct ContractsSession27Tests {
    @Test func aContractWithAnArmyMakesTheSignerItsSupplier() throws {
        let r = try extract("Défense.\nÀ Cholet, Korvex Défense signe un contrat d’1 milliard d’euros avec l’Armée française.", language: "fr")
        #expect(r.relations.contains { r.name($0.subject) == "Korvex Défense" && $0.predicate == .supplies && r.objectName($0).hasPrefix("Armée") }, "\(r.summary)")
    }

    @Test func aWorksContractSignedWithTheCustomerNamedFirst() throws {
        let r = try extract("Nucléaire.\nLe groupe Korvex Construction a signé avec Tarnel Énergie le contrat des travaux de génie civil des deux réacteurs.", language: "fr")
        #expect(r.has("Korvex Construction", .supplies, "Tarnel Énergie"), "\(r.summary)")
    }

    @Test(arguments: [
        "Korvex Ports said it has signed a contract with the Government of Angola to operate a terminal.",
        "Korvex Ports said it has signed a 20-year concession agreement with the Government of Angola.",
    ])
    func aConcessionOrAPurposeOfRunningIsNoSupply(_ text: String) throws {
        let r = try extract("Ports.\n\(text)", language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies }, "\(r.summary)")
    }

    @Test func aContractSignedWithAFirmForNoWorksSaysNoDirection() throws {
        let r = try extract("Calcul.\nKorvex Cloud a signé avec Tarnel Systems le contrat de location.", language: "fr")
        #expect(!r.has("Korvex Cloud", .supplies, "Tarnel Systems"), "\(r.summary)")
    }
}

@Suite struct SellersSession27Tests {
    @Test func everySellerListedAfterFromSuppliesTheBuyer() throws {
        let r = try extract("Sanctions.\nPasvar Trading has been evading sanctions by procuring components from China-based Jotrel Electronics, Vohar Ltd and Yinkel Ltd; Hong Kong-based Artrenix Ltd; and Malaysia-based Pasvar International.", language: "en")
        for seller in ["Jotrel Electronics", "Vohar Ltd", "Yinkel Ltd", "Artrenix Ltd", "Pasvar International"] {
            #expect(r.has(seller, .supplies, "Pasvar Trading"), "\(r.summary)")
        }
    }

    @Test func aListBrokenByAVerbEndsTheSellers() throws {
        let r = try extract("Chips.\nPasvar Trading bought components from Jotrel Electronics and Vohar Ltd sold them to Yinkel Ltd.", language: "en")
        #expect(r.has("Jotrel Electronics", .supplies, "Pasvar Trading"), "\(r.summary)")
        #expect(!r.has("Vohar Ltd", .supplies, "Pasvar Trading"), "\(r.summary)")
    }
}

@Suite struct SeatsSession27Tests {
    @Test func aSeatInBracketsAfterAPossessiveAndATicker() throws {
        let r = try extract("Lithium.\nAmong the events was Korvex Lithium Corporation's (NYSE:KLC) (Charlotte, North Carolina) announcement that it would double capacity.", language: "en")
        #expect(r.has("Korvex Lithium Corporation", .locatedIn, "Charlotte"), "\(r.summary)")
        #expect(r.has("Korvex Lithium Corporation", .locatedIn, "North Carolina"), "\(r.summary)")
    }

    @Test func pluralSitesAfterAPossessiveAndItsModifiers() throws {
        let r = try extract("Défense.\nIn addition to Tarnel Munitions AS’s European manufacturing facilities in Norway, Sweden and Finland, it also operates a plant in Mesa, Arizona.", language: "en")
        for country in ["Norway", "Sweden", "Finland"] { #expect(r.has("Tarnel Munitions AS", .locatedIn, country), "\(r.summary)") }
        #expect(r.relations.contains { r.name($0.subject) == "Tarnel Munitions AS" && $0.predicate == .operates }, "\(r.summary)")
    }

    @Test func aLandmarkCloseToASiteRunsNothing() throws {
        let r = try extract("Mining.\nThe second deal, worth up to 100MW, is located in Yguazu, close to the Itaipu hydroelectric power plant.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates }, "\(r.summary)")
    }
}

@Suite struct PublicBodiesSession27Tests {
    @Test func aCabinetTitleAfterTheNameGoesToTheOneGovernmentNamed() throws {
        let r = try extract("Arms.\n“The UK government has been clear,” says Jonathan Varley, secretary of state for business and trade.", language: "en")
        #expect(r.has("Jonathan Varley", .worksFor, "UK government"), "\(r.summary)")
    }

    @Test func anHonorificMayStandBetweenTheTitleAndTheName() throws {
        let r = try extract("Batteries.\nThe Premier of Québec, Mr. François Lemarchand, made the announcement today. The Government of Québec is pleased.", language: "en")
        #expect(r.has("François Lemarchand", .worksFor, "Government of Québec"), "\(r.summary)")
    }

    @Test func aTitleAfterTheNameWithAFirmInItIsNoCabinetPost() throws {
        let r = try extract("Arms.\n“The UK government has been clear,” says Jonathan Varley, minister of Korvex Holdings.", language: "en")
        #expect(!r.has("Jonathan Varley", .worksFor, "UK government"), "\(r.summary)")
    }

    @Test func takingActionAgainstAFirmIsTreasurysDesignation() throws {
        let r = try extract("Sanctions.\nIn addition, the Office of Foreign Assets Control (OFAC) today took action against Norvex Orbital SA, a Luxembourg-based subsidiary.", language: "en")
        #expect(r.has("Norvex Orbital SA", .sanctionedBy, "Office of Foreign Assets Control"), "\(r.summary)")
        #expect(r.isTarget("Norvex Orbital SA"), "\(r.summary)")
    }

    @Test func actionWithoutAgainstDesignatesNothing() throws {
        let r = try extract("Sanctions.\nThe Office of Foreign Assets Control took action on Monday, Norvex Orbital SA said.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .sanctionedBy }, "\(r.summary)")
    }

    @Test(arguments: [
        ("Korvex Drones développe le drone Patrovar dans le cadre d’un contrat notifié par la Direction générale de l’armement.", "fr", "Direction générale de l’armement"),
        ("Korvex Drones builds the Patrovar drone under a contract awarded by the Space Development Agency.", "en", "Space Development Agency"),
    ])
    func theFirmOfAContractAwardedByABodySuppliesIt(text: String, language: String, body: String) throws {
        let lost = try extract("Défense.\nKorvex Drones a perdu un contrat gagné par Tarnel Systems.", language: "fr")
        #expect(!lost.has("Korvex Drones", .supplies, "Tarnel Systems"), "\(lost.summary)")
        let r = try extract("Défense.\n\(text)", language: language)
        #expect(r.has("Korvex Drones", .supplies, body), "\(r.summary)")
        #expect(!r.has("Patrovar", .supplies, body), "\(r.summary)")
    }
}

@Suite struct SourcesSession27Tests {
    @Test func anOutletInADatelineIsOwnedByNoOne() throws {
        let r = try extract("Nucléaire.\nPARIS (Reuters) - Désormais contrôlée par Korvex Énergie, l'ancienne filiale est renommée Tarnatome.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .owns && r.objectName($0) == "Reuters" }, "\(r.summary)")
    }

    @Test func whatAnOutletReportsOfTwoFirmsItReportsOfEach() throws {
        let r = try extract("Batteries.\nKorvex Cells and Tarnel Motors confirmed on Tuesday they will invest $3 billion in a new plant, Kallanish reports.", language: "en")
        #expect(r.has("Korvex Cells", .reportedBy, "Kallanish"), "\(r.summary)")
        #expect(r.has("Tarnel Motors", .reportedBy, "Kallanish"), "\(r.summary)")
    }
}
