import DossierModel
import Testing
@testable import DossierExtract

/// Readings found failing on the second fresh real set (session 10), restated with invented names.
@Suite struct NameFinderSession10Tests {
    @Test func aFrenchElisionAfterACreditIsNoName() throws {
        let r = try extract("(Korvel Mag) – C’est le Premier ministre, Joris Maltret, qui a inauguré le datacenter de Dremora à Douala.", language: "fr")
        #expect(!r.entities.contains { $0.name.hasPrefix("C’") || $0.name.hasPrefix("C'") })
        #expect(r.entity("Joris Maltret")?.type == .person)
    }

    @Test(arguments: [
        ("La directrice générale de TotalEnergies Gabon, Lucie Varenne, a inauguré le site.", "fr", "TotalEnergies Gabon", "Gabon"),
        ("Siemens Maroc a annoncé un investissement de 200 millions de dollars.", "fr", "Siemens Maroc", "Maroc"),
        ("Equinix Belgique exploite quatre data centers à Bruxelles.", "fr", "Equinix Belgique", "Belgique"),
    ])
    func aKnownFirmFollowedByACountryIsItsLocalArm(text: String, language: String, arm: String, country: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(arm)?.type == .company)
        #expect(r.has(arm, .locatedIn, country))
    }

    @Test func theLocalArmIsASubsidiaryOfTheParentNamedApart() throws {
        let r = try extract("Equinix Sénégal a inauguré un datacenter à Dakar. Le groupe Equinix y a investi 20 millions d'euros.", language: "fr")
        #expect(r.has("Equinix Sénégal", .subsidiaryOf, "Equinix"))
    }

    @Test func aCountryThatOpensAPossessiveIsNoArm() throws {
        let r = try extract("Les ventes de Nvidia Taiwan's ont reculé.", language: "fr")
        #expect(r.entity("Nvidia Taiwan") == nil)
    }

    @Test func aWebDomainIntroducedAsAFirmIsNoOutlet() throws {
        let text = """
        Le groupe Varkon vend le prestataire IT Kelvo.ch pour 200 millions de francs.
        Le prestataire propose des services cloud (IaaS) et d’hébergement.
        Kelvo.ch a son siège à Lupfig et emploie 120 collaborateurs.
        """
        let r = try extract(text, language: "fr")
        #expect(r.has("Kelvo.ch", .locatedIn, "Lupfig"))
        #expect(!r.has("IaaS", .locatedIn, "Lupfig"))
    }
}

@Suite struct SitesSession10Tests {
    @Test(arguments: [
        ("Le supercalculateur Lucie Varenne est exploité par le CNRS à Orsay.", "fr", "Lucie Varenne"),
        ("Kelvane investit 110 millions de dollars dans l'usine KV90 de Saguenay.", "fr", "KV90"),
    ])
    func aPersonLikeOrModelNameOnlyWrittenAgainstASiteNounNamesTheSite(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains(name) })
        #expect(!r.entities.contains { [.person, .product].contains($0.type) && $0.name == name })
    }

    @Test func aPersonNamedElsewhereStaysAPerson() throws {
        let r = try extract("Lucie Varenne, la PDG de Dremora, a inauguré mardi le supercalculateur Lucie Varenne à Lyon.", language: "fr")
        #expect(r.entity("Lucie Varenne")?.type == .person)
    }
}

@Suite struct SanctionsSession10Tests {
    @Test func aQuotedNameCompletesTheMeasuresPhrase() throws {
        let r = try extract("Le gouvernement britannique a annoncé lundi des sanctions contre 30 navires supplémentaires de la « flotte fantôme » russe.", language: "fr")
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(names.contains { $0.contains("flotte fantôme") })
        #expect(!names.contains { $0.hasSuffix(" de la") || $0.hasSuffix(" de") })
    }

    @Test func aQuotationLeftOpenIsCutFromTheMeasuresName() throws {
        let r = try extract("China accused Britain after the UK announced new sanctions targeting “individuals and groups supporting and funding the war”.", language: "en")
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains("“") || $0.hasSuffix("targeting") })
    }

    @Test func aListVerbWithoutAListAddsToTheListTheStoryNamed() throws {
        let text = """
        The Bureau of Industry and Security said it would add 12 Chinese companies to its Entity List.
        Decisions on additions are made by the End-User Review Committee (ERC).
        The ERC also added Varkon Microelectronics and Kelvane Semiconductor, all located in China.
        It added Dremora Technology Co., Ltd. for its support of military programmes.
        """
        let r = try extract(text, language: "en")
        for target in ["Varkon Microelectronics", "Kelvane Semiconductor", "Dremora Technology Co., Ltd."] {
            #expect(r.has(target, .subjectTo, "Entity List"), "\(target)")
        }
        #expect(r.has("Varkon Microelectronics", .sanctionedBy, "End-User Review Committee"))
        #expect(r.has("Varkon Microelectronics", .sanctionedBy, "Bureau of Industry and Security"))
    }

    @Test func aFirmAddingSuppliersDesignatesNoOne() throws {
        let text = """
        The Bureau of Industry and Security added Varkon Microelectronics to its Entity List.
        Kelvane later added Dremora Technology and Brunvik Systems as suppliers.
        """
        let r = try extract(text, language: "en")
        #expect(r.has("Varkon Microelectronics", .subjectTo, "Entity List"))
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) && r.entities[$0.subject].name == "Dremora Technology" })
    }
}

@Suite struct SourcesSession10Tests {
    @Test(arguments: [
        ("Per the media outlet Korvel News, Dremora said the center will be used for cryptocurrency mining.", "en", "Dremora", "Korvel News"),
        ("L’annonce, reprise par l’agence Korvel, stipule que les parts de Dremora sont passées sous administration temporaire.", "fr", "Dremora", "Korvel"),
        ("Joris Maltret, le PDG de Dremora, a fait cette annonce dimanche sur la chaîne Korvel.", "fr", "Dremora", "Korvel"),
        ("L'ajout de la banque Dremora entraînerait le gel de ses actifs, a déclaré un fonctionnaire de l'UE à Reuters.", "fr", "Dremora", "Reuters"),
    ])
    func anOutletCitedByARelayOrSpeechCueReportsTheFirm(text: String, language: String, firm: String, outlet: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .reportedBy, outlet))
    }

    @Test func aFirmTakenOverIsNotAnOutlet() throws {
        let r = try extract("La société Dremora, reprise par Kelvane en 2020, a fermé son usine.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .reportedBy })
    }
}

/// Readings from the second and third fresh sets (session 10, revision 60), restated with invented names.
@Suite struct CostsSession10Tests {
    @Test(arguments: [
        ("Dremora a inauguré une nouvelle usine à Marchin. L'investissement s'élève à 108 millions d'euros.", "fr"),
        ("Dremora opened a new plant in Marchin. Development costs are expected to total about $55 million.", "en"),
    ])
    func aCostSentenceAfterASiteIsItsRunnersInvestment(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.relations.contains { $0.predicate == .investsIn && r.entities[$0.subject].name == "Dremora" && r.entities.indices.contains($0.objectIndex ?? -1) && r.entities[$0.objectIndex!].type == .facility })
    }

    @Test func aUnitCostOrAnotherFirmsSumIsNoSiteCost() throws {
        let unit = try extract("Dremora opened a new plant in Marchin. Project costs are estimated at $9 million per megawatt.", language: "en")
        #expect(!unit.relations.contains { $0.predicate == .investsIn })
        let other = try extract("Dremora opened a new plant in Marchin. Kelvane's investment of $40 million went to a rival.", language: "en")
        #expect(!other.relations.contains { $0.predicate == .investsIn && other.entities[$0.subject].name == "Dremora" })
    }

    @Test func aTakeoversPriceGivenInTheNextSentenceIsTheBuyersInvestment() throws {
        let r = try extract("Kelvane a racheté la société Dremora. La transaction est évaluée à 8,4 milliards de dollars.", language: "fr")
        #expect(r.has("Kelvane", .owns, "Dremora"))
        #expect(r.has("Kelvane", .investsIn, "Dremora"))
    }
}

@Suite struct HoldingsSession10Tests {
    @Test func everyOwnerOfAListWithSharesHoldsTheFirm() throws {
        let r = try extract("Dremora, détenu par Kelvane (37,5%), Varkon Systems (37,5%) et Brunvik (25%), compte 15 000 salariés.", language: "fr")
        for owner in ["Kelvane", "Varkon Systems", "Brunvik"] { #expect(r.has(owner, .owns, "Dremora"), "\(owner)") }
    }

    @Test(arguments: [
        "The Ministry of Finance sold a controlling stake in Dremora Bank to a firm linked to an oligarch.",
        "Kelvane had explored funding options with Varkon Minerals, which considered acquiring a 20% stake in Dremora.",
        "Kelvane’s chief executive, Joris Maltret, said the acquisition of Dremora helps the company grow.",
    ])
    func aSellerAWeighedStakeOrASpeakerHoldsNothing(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.relations.contains { $0.predicate == .owns && r.entities[$0.subject].name != "Kelvane" })
    }

    @Test func sitesSoldAreTheBuyers() throws {
        let r = try extract("Le groupe Kelvane a accepté de céder à Varkon Télécom ses filiales au Bénin, au Gabon et au Togo.", language: "fr")
        #expect(r.has("Varkon Télécom", .locatedIn, "Gabon"))
        #expect(!r.has("Kelvane", .locatedIn, "Gabon"))
    }

    @Test func aChiefInvestmentOfficerInvestsNothing() throws {
        let r = try extract("Joris Maltret, founder and chief investment officer of Dremora Capital, spoke on energy.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .investsIn })
    }
}

@Suite struct NamesSession10bTests {
    @Test(arguments: [
        ("OFAC also designated the hacking group Varkon, and Russian national Arman Velikov.", "en", "Arman Velikov"),
        ("Le ministère a sanctionné le ressortissant russe Arman Velikov.", "fr", "Arman Velikov"),
        ("Selon le chancelier allemand Olaf Brenner, la production avance.", "fr", "Olaf Brenner"),
        ("Dans ce communiqué, Pat Kessler, le PDG de Dremora, explique le projet.", "fr", "Pat Kessler"),
    ])
    func aPersonNounOrATitleThroughANationalityMakesAPerson(text: String, language: String, person: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(person)?.type == .person)
    }

    @Test(arguments: [
        ("Kelvane bought Dremora Resources for C$1.86 billion in 2018.", "en", "Dremora Resources"),
        ("Le groupe Kelvane a cédé sa filiale Tula Africa Holding Limited au fonds Varkon.", "fr", "Tula Africa Holding Limited"),
        ("Le groupe Varkon a racheté Kelvo Côte d'Ivoire au fonds Brunvik.", "fr", "Kelvo Côte d'Ivoire"),
        ("La société australienne Dremora Energy Resources Ltd VUL a annoncé lundi un accord.", "fr", "Dremora Energy Resources Ltd"),
        ("Ce contrat permettra à la Direction générale de l’armement de bénéficier de l’état de l’art.", "fr", "Direction générale de l’armement"),
    ])
    func theNameEndsWhereTheFirmsNameEnds(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entities.contains { $0.name == name }, "\(r.entities.map(\.name))")
    }

    @Test func aNamedPlantKeepsItsNameWithoutTheCapacity() throws {
        let r = try extract("Kelvane reached financial close for the Brenvik 300-megawatt (MW) solar power plant in Uzbekistan.", language: "en")
        #expect(r.entities.contains { $0.type == .facility && $0.name == "Brenvik solar power plant" })
    }
}

@Suite struct SanctionNamesSession10Tests {
    @Test func aSanctionsPostIsNoMeasure() throws {
        let r = try extract("Ukrainian sanctions coordinator Joris Maltret said the parts reached Russia.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction })
    }

    @Test(arguments: [
        "The Treasury announced sanctions on nine companies over allegedly assisting Russia in procuring electronics.",
        "The Treasury imposed sanctions on the Varkon Star tanker for their role in shipping oil.",
    ])
    func theReasonIsNoPartOfTheMeasuresName(text: String) throws {
        let r = try extract(text, language: "en")
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains("allegedly") || $0.contains("their role") })
    }
}

extension ExtractedRelation {
    /// The object's entity index, when the object is an entity.
    var objectIndex: Int? { if case .entity(let o) = object { return o } else { return nil } }
}

/// Readings from the third fresh set (session 10, revision 61), restated with invented names.
@Suite struct NominalHoldingsSession10Tests {
    @Test func ownersFrontedInAParticipleHoldTheFirmAfterIt() throws {
        let r = try extract("Codétenu à parts égales par Kelvane, Varkon et Brunvik (filiale de Dremora spécialisée dans les batteries), Velcor va fabriquer des cellules.", language: "fr")
        for owner in ["Kelvane", "Varkon", "Brunvik"] { #expect(r.has(owner, .owns, "Velcor"), "\(owner)") }
        #expect(!r.has("Dremora", .owns, "Velcor"))
    }

    @Test func aTakeoverNounWithItsAgentIsTheAgentsHolding() throws {
        let r = try extract("Le gouvernement a approuvé la prise de contrôle de l'opérateur Dremora Mobile par le groupe Kelvane.", language: "fr")
        #expect(r.has("Kelvane", .owns, "Dremora Mobile"))
        let stake = try extract("Le changement fait suite à l'acquisition de 53 % de Dremora Télécom par le groupe émirati Kelvane.", language: "fr")
        #expect(stake.has("Kelvane", .owns, "Dremora Télécom"))
    }

    @Test func aTakeoverNounWithoutAgentHoldsNothing() throws {
        let r = try extract("La prise de contrôle de Dremora Mobile inquiète les syndicats de Kelvane.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .owns })
    }
}

@Suite struct OpenersSession10Tests {
    @Test(arguments: [
        ("Kelvane va implanter une usine de batteries à Kokomo.", "fr", "Kokomo"),
        ("Kelvane operates a 100 MW data center in Abilene, Texas.", "en", "Abilene"),
        ("Kelvane will build a plant in Ohio.", "en", "Ohio"),
    ])
    func anUnknownNameOpeningASentenceWithAFirmsVerbIsAFirm(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity("Kelvane")?.type == .company)
        #expect(r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Kelvane" })
    }

    @Test func aRegionCodeInParenthesesIsAPlaceNotAFirm() throws {
        let r = try extract("Le groupe technologique Kelvane, basé à Cheseaux-sur-Lausanne (VD), a annoncé un second siège à Phoenix (Arizona).", language: "fr")
        #expect(r.entity("VD")?.type == .location)
        #expect(r.has("Kelvane", .locatedIn, "Phoenix"))
        #expect(!r.relations.contains { r.entities[$0.subject].name == "VD" })
    }

    @Test func aBodyDependingOnAnotherIsPartOfIt() throws {
        let r = try extract("L'Agence Varkon, l'organisme de contrôle dépendant du ministère de l'Économie, a publié un rapport.", language: "fr")
        #expect(r.relations.contains { $0.predicate == .subsidiaryOf && r.entities[$0.subject].name.contains("Varkon") })
    }
}

@Suite struct DesignatedBySession10Tests {
    @Test func aTargetOfADesignationIsSanctionedByItsImposerNamedElsewhere() throws {
        let text = "En février de l’année dernière, l’OFAC avait déjà procédé à des sanctions à l’encontre de la société iranienne Varkon Trading et de sa filiale Brunvik."
        let r = try extract(text, language: "fr")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Varkon Trading" })
        #expect(r.relations.contains { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == "Varkon Trading" && $0.evidence.extractor == "rule:designated-by.imposer" })
    }

    @Test func aFirmUnderAnExportRuleIsNotSanctionedBy() throws {
        let r = try extract("Le département du Commerce a imposé des contrôles à l'exportation visant la société Varkon Trading.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .sanctionedBy })
    }
}
