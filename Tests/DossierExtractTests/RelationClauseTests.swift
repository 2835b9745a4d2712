import DossierModel
import Testing
@testable import DossierExtract

/// Clause rules (`Analysis+Roles`, `+Places`, `+Holdings`, `+Trade`): arguments separated by
/// appositions, participles, relative clauses and genitives. Invented actors only.
@Suite struct RoleClauseTests {
    @Test func aGroupChairedByAPersonEmploysThem() throws {
        let r = try extract("Halvorsen Robotics, the Oslo robotics group chaired by John Berget, said on Monday it would double its output.", language: "en")
        #expect(r.has("John Berget", .worksFor, "Halvorsen Robotics"))
    }

    @Test func frenchSubsidiaryCreatedAndChairedByNamesItsFounderAndChair() throws {
        let r = try extract("Veltara Énergie, filiale créée en 2021 par le groupe Orbital Holdings et présidée par Marie Dufresne, a signé un accord avec ses fournisseurs.", language: "fr")
        #expect(r.has("Marie Dufresne", .worksFor, "Veltara Énergie"))
        #expect(r.has("Orbital Holdings", .founded, "Veltara Énergie"))
        #expect(!r.has("Marie Dufresne", .worksFor, "Orbital Holdings"))
    }

    @Test func founderAndChairmanGivesTheFoundingAndTheJobAsTitled() throws {
        let r = try extract("\"Power is what matters,\" said Tor Vangen, Skyrand's founder and chairman.", language: "en")
        #expect(r.has("Tor Vangen", .founded, "Skyrand"))
        let job = r.relations.first { $0.predicate == .worksFor }
        #expect(job != nil)
        #expect(job?.properties["role"]?.stringValue == "chairman", "the job is the title after 'and', as written")
        let ceo = try extract("\"Demand is real,\" said Ana Ruelas, Skyrand's chief executive.", language: "en")
        #expect(ceo.relations.first { $0.predicate == .worksFor }?.properties["role"]?.stringValue == "chief executive")
    }

    @Test func titlesJoinedByAndBeforeANameAllCount() throws {
        let r = try extract("\"Orders keep rising,\" Skyrand founder and chief executive Tor Vangen told analysts.", language: "en")
        #expect(r.has("Tor Vangen", .founded, "Skyrand"))
        #expect(r.has("Tor Vangen", .worksFor, "Skyrand"))
        let fr = try extract("Veltara Énergie a levé 40 millions d'euros, a indiqué le président et fondateur de l'entreprise, Marc Obrecht.", language: "fr")
        #expect(fr.has("Marc Obrecht", .founded, "Veltara Énergie"))
        #expect(fr.has("Marc Obrecht", .worksFor, "Veltara Énergie"))
        // `and` between two people is a list, not joined titles.
        let list = try extract("Skyrand analyst Ana Ruelas and Tor Vangen spoke.", language: "en")
        #expect(!list.has("Tor Vangen", .worksFor, "Skyrand"))
    }

    @Test func aCountedPluralTitleGivesEachListedPerson() throws {
        let r = try extract("Coldmere Systems builds cooling units for data centres. Its two founders, Jason Miller and Priya Natarajan, will stay on.", language: "en")
        #expect(r.has("Jason Miller", .founded, "Coldmere Systems"))
        #expect(r.has("Priya Natarajan", .founded, "Coldmere Systems"))
    }

    @Test func aPersonOfAFirmWorksForIt() throws {
        let r = try extract("Analyst Bob Stone of Jefferies said the plan was sound.", language: "en")
        #expect(r.has("Bob Stone", .worksFor, "Jefferies"))
        #expect(r.relations.first { $0.predicate == .worksFor }?.evidence.extractor == "rule:person-of-firm")
    }

    @Test func foundedInAYearByTwoPeopleGivesBothFounders() throws {
        let r = try extract("Quantrel Systems is a cloud provider founded in 2018 by Daniel Moreau and Paul Lindqvist.", language: "en")
        #expect(r.has("Daniel Moreau", .founded, "Quantrel Systems"))
        #expect(r.has("Paul Lindqvist", .founded, "Quantrel Systems"))
    }

    @Test func aVerbOfLeadershipAfterAnAppositionReachesTheNewEmployer() throws {
        let r = try extract("Julien Marchand, ancien dirigeant de Nordel Télécom, prend la tête de Korvant Systems comme directeur général.", language: "fr")
        #expect(r.has("Julien Marchand", .worksFor, "Korvant Systems"))
    }

    @Test func whoRemainsItsChiefExecutivePointsAtTheFirm() throws {
        let r = try extract("Korvant Systems was founded in 2017 by Anna Keller, a former engineer at Brightline Cloud, who remains its chief executive.", language: "en")
        #expect(r.has("Anna Keller", .worksFor, "Korvant Systems"))
        #expect(r.has("Anna Keller", .founded, "Korvant Systems"))
    }
}

@Suite struct BodyAnaphorTests {
    @Test func theDepartmentsBureauIsInsideTheDepartmentNamedBefore() throws {
        let r = try extract("The U.S. Commerce Department issued new rules on Tuesday. The rule, drafted by the department's Bureau of Industry and Security, covers chips.", language: "en")
        #expect(r.has("Bureau of Industry and Security", .subsidiaryOf, "U.S. Commerce Department"))
        // With no department named before, `the department` stays unresolved.
        let alone = try extract("The rule, drafted by the department's Bureau of Industry and Security, covers chips.", language: "en")
        #expect(!alone.relations.contains { $0.predicate == .subsidiaryOf })
    }
}

@Suite struct PlaceClauseTests {
    @Test func aDescriptorEndingOnAPlaceLocatesTheFirm() throws {
        let r = try extract("The parts were shipped to Volnar-Tech, a maker of field radios in Yekaterinburg, last year.", language: "en")
        #expect(r.has("Volnar-Tech", .locatedIn, "Yekaterinburg"))
        // The place of another name inside the descriptor is that name's.
        let other = try extract("Brightline Cloud, a unit of Korvant Systems in Austin, said it would expand.", language: "en")
        #expect(!other.has("Brightline Cloud", .locatedIn, "Austin"))
    }

    @Test func aFrenchDemonymAfterTheHeadNounLocatesTheFirm() throws {
        let r = try extract("La société a signé un contrat avec Korvant Labs, une start-up nigériane qui développe des modèles de langue.", language: "fr")
        #expect(r.has("Korvant Labs", .locatedIn, "Nigeria"))
        let next = try extract("Le fonds Orbital, la start-up française Veltara et le groupe Nordel ont signé un accord.", language: "fr")
        #expect(!next.has("Orbital", .locatedIn, "France"), "the demonym describes the next name")
    }

    @Test func aRegisteredHyphenPlaceAndAFirmInAPlace() throws {
        let r = try extract("Larnaca Crest Holdings, a Cyprus-registered vehicle, took a 40% stake. Packaging is handled by Halvorsen Packaging in Kaohsiung.", language: "en")
        #expect(r.has("Larnaca Crest Holdings", .locatedIn, "Cyprus"))
        #expect(r.has("Halvorsen Packaging", .locatedIn, "Kaohsiung"))
    }

    @Test func aPlaceInAnAppositionWithAHeadNounLocatesTheFirm() throws {
        let r = try extract("Google signed an agreement with Tessara Compute, a California start-up, to buy electricity.", language: "en")
        #expect(r.has("Tessara Compute", .locatedIn, "California"))
    }

    @Test func ofPlaceInAppositionLocatesTheFirmWithItsChain() throws {
        let r = try extract("Brightline Cloud, of Austin, Texas, said it had stopped all sales in the region in 2022.", language: "en")
        #expect(r.has("Brightline Cloud", .locatedIn, "Austin"))
        #expect(r.has("Brightline Cloud", .locatedIn, "Texas"))
    }

    @Test func aPlacePossessiveBeforeAFirmLocatesIt() throws {
        let r = try extract("The fund will invest alongside Abu Dhabi's Qasr Capital in the project.", language: "en")
        #expect(r.has("Qasr Capital", .locatedIn, "Abu Dhabi"))
    }

    @Test func frenchPluralSitesLocateTheSubjectNotTheParent() throws {
        let r = try extract("Vantora Cloud, filiale de Nordel Télécom, a annoncé 200 millions d’euros d’investissements dans ses centres de données en Belgique.", language: "fr")
        #expect(r.has("Vantora Cloud", .locatedIn, "Belgique"))
        #expect(!r.has("Nordel Télécom", .locatedIn, "Belgique"))
    }
}

@Suite struct HoldingClauseTests {
    @Test func aFirmInAppositionAsAnotherFirmsSubsidiary() throws {
        let r = try extract("Quantrel Data Centers, a Korvant Systems subsidiary, is leading construction of the site.", language: "en")
        #expect(r.has("Quantrel Data Centers", .subsidiaryOf, "Korvant Systems"))
    }

    @Test func frenchSubsidiaryNamedAfterTheNoun() throws {
        let r = try extract("Nordel Télécom exploite déjà des réseaux au Portugal, ainsi qu’une filiale de cloud, Vantora Cloud.", language: "fr")
        #expect(r.has("Vantora Cloud", .subsidiaryOf, "Nordel Télécom"))
    }

    @Test func shareholdersListedAfterThePossessiveOwnTheFirm() throws {
        let r = try extract("Tessara Compute's two main shareholders, the investment firm Harbor Peak Capital and the software group Orvell Systems, will sell their stakes.", language: "en")
        #expect(r.has("Harbor Peak Capital", .owns, "Tessara Compute"))
        #expect(r.has("Orvell Systems", .owns, "Tessara Compute"))
    }

    @Test func backingFromEachBackerIsAnInvestment() throws {
        let r = try extract("Lumio Pay, a payments firm set up with backing from Baltia Bank and from Harbor Peak Capital, runs the platform.", language: "en")
        #expect(r.has("Baltia Bank", .investsIn, "Lumio Pay"))
        #expect(r.has("Harbor Peak Capital", .investsIn, "Lumio Pay"))
    }
}

@Suite struct TradeClauseTests {
    @Test func frenchCustomersOfASupplier() throws {
        let r = try extract("Parmi les clients d’Orvell Energy figure Vantora Mining, société cotée à Paris.", language: "fr")
        #expect(r.has("Orvell Energy", .supplies, "Vantora Mining"))
    }

    @Test func countsAmongItsCustomersGivesEachCustomer() throws {
        let r = try extract("Brightline Cloud, which runs a fleet of servers in leased halls, counts Quantrel Labs and Lumio Systems among its customers.", language: "en")
        #expect(r.has("Brightline Cloud", .supplies, "Quantrel Labs"))
        #expect(r.has("Brightline Cloud", .supplies, "Lumio Systems"))
    }

    @Test func frenchHostingContractWithACustomer() throws {
        let r = try extract("Le mineur Vantora Mining a conclu un contrat d’hébergement de sept ans avec la société canadienne Quantrel Labs.", language: "fr")
        #expect(r.has("Vantora Mining", .supplies, "Quantrel Labs"))
    }

    @Test func boughtFromAUtilityMakesItTheSupplier() throws {
        let r = try extract("Norvik Hash buys most of its power from the local utility Halden Kraft under a ten-year contract.", language: "en")
        #expect(r.has("Halden Kraft", .supplies, "Norvik Hash"))
    }

    @Test func frenchMakerForACustomer() throws {
        let r = try extract("Korvant Systems fabrique des processeurs pour Quantrel Labs depuis 2021.", language: "fr")
        #expect(r.has("Korvant Systems", .supplies, "Quantrel Labs"))
    }

    @Test func aJointBuildIsAPartnershipOfTheSubject() throws {
        let r = try extract("Orvell Energy will build an artificial-intelligence supercomputer with Korvant Systems at its park in Johor.", language: "en")
        #expect(r.has("Orvell Energy", .partnerOf, "Korvant Systems"))
    }

    @Test func frenchStudyWithSkipsTheParentInApposition() throws {
        let r = try extract("Vantora Énergie, filiale du fonds souverain Baltia Capital, étudie avec Qasr Power, basé à Abou Dhabi, une centrale éolienne au Kazakhstan.", language: "fr")
        #expect(r.has("Vantora Énergie", .partnerOf, "Qasr Power"))
        #expect(!r.has("Baltia Capital", .partnerOf, "Qasr Power"))
    }

    @Test func neverSoldToIsNoSupply() throws {
        let r = try extract("Orvell Systems said it had never sold products to Quantrel Labs directly.", language: "en")
        #expect(!r.has("Orvell Systems", .supplies, "Quantrel Labs"))
    }
}

@Suite struct CarriedSanctionTargetTests {
    @Test func targetsNamedInTheNextSentenceAreSubjectToTheMeasure() throws {
        let r = try extract("""
        The Office of Foreign Assets Control (OFAC) on Tuesday designated the exchange Veltrix Pay and its founder, Pavel Orlin.
        Also designated were two executives of Veltrix Pay: its chairman, Ilya Marchenko, and its finance director, Oleg Tarasov.
        """, language: "en")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Ilya Marchenko", .subjectTo, sanction.name))
        #expect(r.has("Oleg Tarasov", .subjectTo, sanction.name))
        #expect(r.has("Oleg Tarasov", .sanctionedBy, "Office of Foreign Assets Control"))
    }

    @Test func frenchNewTargetsOfAPackage() throws {
        let r = try extract("""
        Le Conseil de l'Union européenne a adopté jeudi un 19e paquet de sanctions contre la Russie.
        Parmi les nouvelles cibles figure Korvex, une plateforme d'échange enregistrée au Kirghizistan.
        """, language: "fr")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Russie", .subjectTo, sanction.name))
        #expect(r.has("Korvex", .subjectTo, sanction.name))
    }

    @Test func anAgencyImposesTheMeasureNotItsParent() throws {
        let r = try extract("Le Bureau de l'industrie et de la sécurité (BIS), qui dépend du département du Commerce, a inscrit Quantrel Labs sur sa liste des entités.", language: "fr")
        #expect(r.has("Bureau de l'industrie et de la sécurité", .subsidiaryOf, "département du Commerce"))
        #expect(!r.has("Quantrel Labs", .sanctionedBy, "département du Commerce"))
    }
}

@Suite struct OwnerAndTitleTests {
    @Test func aPersonWithTheBodysNameBeforeTheTitleWorksForIt() throws {
        let r = try extract("\"The door is closed,\" said Helen Marsh, the Quantrel Labs director responsible for compliance.", language: "en")
        #expect(r.has("Helen Marsh", .worksFor, "Quantrel Labs"))
    }

    @Test func aFirmRunningAFleetOfProductsOwnsThemAndDoesNotMakeThem() throws {
        let r = try extract("Brightline Cloud, which runs a fleet of about 18,000 Korvant KX900 accelerators in leased halls, counts Quantrel Labs among its customers.", language: "en")
        let product = try #require(r.entities.first { $0.type == .product })
        #expect(r.has("Brightline Cloud", .owns, product.name))
        #expect(!r.has("Brightline Cloud", .supplies, product.name))
    }

    @Test func theCompanyMeansTheArticlesFirmAfterASentenceAboutItsSupplier() throws {
        let r = try extract("""
        Vantora Mining a signé un contrat avec Quantrel Labs. Vantora Mining exploite déjà deux sites. Vantora Mining compte 200 salariés.
        Halden Kraft lui fournit l'électricité depuis 2021.
        Basée à Lyon, l'entreprise emploie 900 personnes.
        """, language: "fr")
        #expect(r.has("Vantora Mining", .locatedIn, "Lyon"))
        #expect(!r.has("Halden Kraft", .locatedIn, "Lyon"))
    }
}

@Suite struct SupplyClauseTests {
    @Test func frenchPronounOfTheSentencesFirmTakesTheSupply() throws {
        let r = try extract("Vantora Mining s'installe à Lyon ; Halden Kraft lui fournit l'électricité depuis 2021.", language: "fr")
        #expect(r.has("Halden Kraft", .supplies, "Vantora Mining"))
    }

    @Test func aSupplierAfterFourniePar() throws {
        let r = try extract("Vantora Mining, dont l'électricité est fournie par Halden Kraft, exploite deux sites en Norvège.", language: "fr")
        #expect(r.has("Halden Kraft", .supplies, "Vantora Mining"))
    }

    @Test func backersOfAListEachInvest() throws {
        let r = try extract("Le ministère a engagé 2 milliards dans Quantrel Labs, un fabricant soutenu par Orvell Systems, Korvant Systems et Baltia Bank.", language: "fr")
        #expect(r.has("Orvell Systems", .investsIn, "Quantrel Labs"))
        #expect(r.has("Baltia Bank", .investsIn, "Quantrel Labs"))
    }
}

@Suite struct OpeningAndNationalityTests {
    @Test func aSentenceOpeningOnAPlaceLocatesItsSubjectFirm() throws {
        let r = try extract("Plus au nord, à Krasnoïarsk, Vantora Mining a dû renoncer à ses projets.", language: "fr")
        #expect(r.has("Vantora Mining", .locatedIn, "Krasnoïarsk"))
    }

    @Test func aNationalityInAnAppositionLocatesTheFirmInTheCountry() throws {
        let r = try extract("The bureau named Quantrel Labs, an Emirati trading house registered in Dubai, and Korvant Trade Ltd, a Chinese trading firm.", language: "en")
        #expect(r.has("Quantrel Labs", .locatedIn, "United Arab Emirates"))
        #expect(r.has("Korvant Trade Ltd", .locatedIn, "China"))
    }
}

@Suite struct HoldingParticipleTests {
    @Test func aJointVentureHeldByTwoPartnersIsOwnedByBoth() throws {
        let r = try extract("La coentreprise Quantrel Hash sera détenue à 60 % par Orvell Energy et à 40 % par Baltia Capital.", language: "fr")
        #expect(r.has("Orvell Energy", .owns, "Quantrel Hash"))
        #expect(r.has("Baltia Capital", .owns, "Quantrel Hash"))
    }

    @Test func buyingAWholeFirmIsAHoldingNotAParentPair() throws {
        let r = try extract("Riverbend Compute Inc. agreed to acquire Lone Pine Hash Corp. in an all-stock deal.", language: "en")
        #expect(r.has("Riverbend Compute Inc.", .owns, "Lone Pine Hash Corp.") || r.has("Riverbend Compute Inc", .owns, "Lone Pine Hash Corp"))
        #expect(!r.relations.contains { $0.predicate == .subsidiaryOf })
    }

    @Test func aBeneficialOwnerAfterAPossessive() throws {
        let r = try extract("Parmi les nouvelles cibles figure Korvex, une plateforme d'échange, ainsi que son bénéficiaire effectif, l'homme d'affaires russe Oleg Vassin.", language: "fr")
        #expect(r.has("Oleg Vassin", .owns, "Korvex"))
    }
}

@Suite struct PassiveDesignationTests {
    @Test func aPersonPlacedUnderSanctionsIsSubjectToThemAndDesignatedByTheBody() throws {
        let r = try extract("Arkady Morozov, who co-founded Quantrel Labs in 1997, had been placed under European Union sanctions in 2022.", language: "en")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Arkady Morozov", .subjectTo, sanction.name))
        #expect(r.has("Arkady Morozov", .sanctionedBy, "European Union"))
        #expect(!r.has("Quantrel Labs", .subjectTo, sanction.name))
    }

    @Test func frenchPassiveSanctionByACountryNamesNoImposer() throws {
        let r = try extract("La plateforme Korvex avait déjà été sanctionnée en mars par Washington, qui l'accusait de contourner les restrictions.", language: "fr")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Korvex", .subjectTo, sanction.name))
        #expect(!r.relations.contains { $0.predicate == .imposedBy })
    }
}
