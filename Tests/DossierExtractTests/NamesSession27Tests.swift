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

    @Test func anAgreementReceivedIsNoFunding() throws {
        let r = try extract("Titre.\nKorvex Batteries a reçu l'accord de Tarnel Capital.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .investsIn }, "\(r.summary)")
    }

    @Test func aPowerUnitBeforeHourIsStoredEnergyNotCapacity() throws {
        let r = try extract("Batteries.\nKorvex Cells plans a new 100-gigawatt hour battery plant in Debrecen, Hungary.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .capacity }, "\(r.summary)")
        let power = try extract("Batteries.\nKorvex Power plans a new 100-gigawatt solar plant in Debrecen, Hungary.", language: "en")
        #expect(power.relations.contains { $0.predicate == .capacity }, "\(power.summary)")
    }
}

@Suite struct TitlesSession27Tests {
    @Test func aTitleOfOneFirmJoinedToAnotherFirmsTitleBeforeTheName() throws {
        let r = try extract("Batteries.\n“It is a milestone,” Korvex Cells CEO and former Tarnel Motors executive Peter Varnik said.", language: "en")
        #expect(r.has("Peter Varnik", .worksFor, "Korvex Cells"), "\(r.summary)")
        #expect(r.has("Peter Varnik", .worksFor, "Tarnel Motors"), "\(r.summary)")
    }

    @Test func twoFirmsWithoutAConjunctionGiveOnlyTheNearestTitle() throws {
        let r = try extract("Batteries.\nKorvex Cells said Tarnel Motors executive Peter Varnik would attend.", language: "en")
        #expect(!r.has("Peter Varnik", .worksFor, "Korvex Cells"), "\(r.summary)")
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
        #expect(r.entity("Flamanville")?.type != .company, "\(r.summary)")
        #expect(r.entity("Olkivar")?.type != .company, "\(r.summary)")
    }

    @Test func withoutAPresenceCueTheBracketedFirmsAreNoSubsidiaries() throws {
        let r = try extract("Télécoms.\nLes prix baissent : Mauritanie (Varitel), Mali (Sotelva) et Togo (Moov Togo), selon Korvex Conseil.", language: "fr")
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

    @Test func aConcessionToOperateIsNoSupply() throws {
        let r = try extract("Ports.\nKorvex Ports said it has signed a 20-year concession agreement with the Government of Angola to operate a terminal.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies }, "\(r.summary)")
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
        let r = try extract("Défense.\n\(text)", language: language)
        #expect(r.has("Korvex Drones", .supplies, body), "\(r.summary)")
        #expect(!r.has("Patrovar", .supplies, body), "\(r.summary)")
    }
}

private extension DocumentExtraction {
    func name(_ entity: Int) -> String { entities[entity].name }
    /// The object's entity name, or its literal.
    func objectName(_ r: ExtractedRelation) -> String {
        switch r.object {
        case .entity(let o): return entities[o].name
        case .literal(_, let v): return v.stringValue ?? ""
        }
    }
}
