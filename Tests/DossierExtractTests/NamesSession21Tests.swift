import DossierModel
import Testing
@testable import DossierExtract

/// Session 21: legal forms of the Gulf and the Balkans, field words joined before a legal form, a second
/// place inside a utility's name, French futures of a firm's acts, and the plural possessive. Names are invented.
@Suite struct NamesSession21Tests {
    private func names(_ r: DocumentExtraction) -> String { "\(r.entities.map { "\($0.name) \($0.type)" })" }

    @Test(arguments: ["Zelvar Supply and Trading DMCC", "Korvane Shipping and Logistics Co. Ltd.", "Velmora Petroleum WLL"])
    func aLegalFormClosesTheWholeName(name: String) throws {
        let r = try extract("The UAE company \(name) was sanctioned on Tuesday.", language: "en")
        #expect(r.entity(name)?.type == .company, "\(names(r))")
    }

    @Test func aSecondPlaceClosedByAFirmWordIsPartOfTheName() throws {
        let r = try extract("The deal with Nevada Oregon Power was filed on Monday.", language: "en")
        #expect(r.entity("Nevada Oregon Power")?.type == .company, "\(names(r))")
        let plain = try extract("Torvex opened offices in Nevada and Oregon.", language: "en")
        #expect(plain.entity("Oregon")?.type == .location, "\(names(plain))")
    }

    @Test func aFirmNamedOnceIsKeptWhenItsFutureActIsTold() throws {
        let r = try extract("Un nouveau chantier.\nMatériaux Avancés Torvane Canada produira des éléments de batterie. L'entreprise emploie dix personnes.", language: "fr")
        #expect(r.entity("Matériaux Avancés Torvane Canada")?.type == .company, "\(names(r))")
    }

    @Test func anApostropheAfterAFinalSIsAPossessive() throws {
        let r = try extract("Xcel Energy will supply power to Korvant Platforms’ data center in Minnesota.", language: "en")
        #expect(r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Korvant Platforms" },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        let quoted = Tokenizer.tokenize(Array("The ‘Titans’ said so.".unicodeScalars))
        #expect(!quoted.contains { $0.key == "'s" })
    }
}

/// Session 21: places given to every firm of a list, and partners listed with bodies. Names are invented.
@Suite struct ListsSession21Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }

    @Test func aCountrysPossessiveWithAPluralNounPlacesTheWholeList() throws {
        let r = try extract("OFAC designated Torvex and Delvaro, Russia’s two largest oil producers, on Friday.", language: "en")
        #expect(r.has("Torvex", .locatedIn, "Russia") && r.has("Delvaro", .locatedIn, "Russia"), "\(relations(r))")
    }

    @Test func aPlaceBasedPluralBeforeACommaPlacesTheListAfterIt() throws {
        let r = try extract("Two Hong Kong-based energy companies, Torvex Energy and Delvar Axis, were also sanctioned.", language: "en")
        #expect(r.has("Torvex Energy", .locatedIn, "Hong Kong") && r.has("Delvar Axis", .locatedIn, "Hong Kong"), "\(relations(r))")
    }

    @Test func partnersListedWithBodiesAndTheirAcronymsAreAllPartners() throws {
        let r = try extract("""
            Torvex Power filed a joint settlement with the Velmont Utility Board (VUB), Delvar Systems (DSX), Microsoft, and the Data Center Coalition (DCC).
            """, language: "en")
        for partner in ["Velmont Utility Board", "Delvar Systems", "Microsoft", "Data Center Coalition"] {
            #expect(r.relations.contains { $0.predicate == .partnerOf && r.entities[$0.subject].name == "Torvex Power" && $0.object == .entity(r.entities.firstIndex { $0.name == partner } ?? -1) },
                    "\(partner): \(relations(r))")
        }
    }

    @Test func anImposerListedWithAGuessedNameGivesItNothing() throws {
        let r = try extract("The Treasury and State departments on Monday sanctioned Torvex Systems, a drone maker.", language: "en")
        #expect(!r.relations.contains { $0.object == .entity(r.entities.firstIndex { $0.name == "State" } ?? -1) }, "\(relations(r))")
    }

    @Test func aMeasureOnAFirmDoesNotSpreadToABodyListedWithIt() throws {
        let r = try extract("The sanctions target Torvex Systems and the Velmont Research Institute, officials said.", language: "en")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Torvex Systems" }, "\(relations(r))")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].type == .organization && $0.evidence.extractor.hasSuffix("+conjunct") },
                "\(relations(r))")
    }
}

/// Session 21, second round: employers after `at`, sites a place possesses, lead-ins in capitals, French named
/// computing centres, and a firm named again without `AI`. Names are invented.
@Suite struct NamesRound2Session21Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }

    @Test func theFirmAfterAtEmploysNotTheRemitBeforeTheTitle() throws {
        let r = try extract("“Contracts like this help,” Karl Wendt, EU energy lead at Torvex, said in a statement.", language: "en")
        #expect(r.has("Karl Wendt", .worksFor, "Torvex") && !r.has("Karl Wendt", .worksFor, "EU"), "\(relations(r))")
    }

    @Test func aSiteAPlacePossessesIsInIt() throws {
        let r = try extract("Torvex buys power from Norway's Velmo hydropower plant and Sweden's Kalvik Wind Farm.", language: "en")
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility && $0.evidence.extractor == "rule:place-possessive.site" }, "\(relations(r))")
        #expect(r.has("Kalvik Wind Farm", .locatedIn, "Sweden"), "\(relations(r))")
    }

    @Test func wordsInCapitalsOpeningAParagraphAreNoName() throws {
        let r = try extract("IN ONE of its final acts, the administration announced sanctions on firms operating in Russia. One of them is large.", language: "en")
        #expect(r.entity("IN ONE") == nil, "\(r.entities.map(\.name))")
        let brief = try extract("IN BRIEF the company operates in Russia. In brief, it grows.", language: "en")
        #expect(brief.entity("IN BRIEF") == nil, "\(brief.entities.map(\.name))")
    }

    @Test func aCapitalisedComputingCentreIsASite() throws {
        let r = try extract("L'Essonne héberge déjà le Très Grand Centre de Calcul (TGCC) du CEA.", language: "fr")
        #expect(r.entity("Très Grand Centre de Calcul")?.type == .facility, "\(r.entities.map { "\($0.name) \($0.type)" })")
        let firm = try extract("Le groupe Korvex Data Centers a ouvert un site à Lyon.", language: "fr")
        #expect(firm.entity("Korvex Data Centers")?.type == .company, "\(firm.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func aFirmNamedAgainWithoutAIIsTheSameFirm() throws {
        let r = try extract("Velmara AI a levé 100 millions d'euros. Velmara a signé un accord avec Torvex Systems.", language: "fr")
        #expect(r.entity("Velmara AI")?.mentions.count == 2, "\(r.entities.map { "\($0.name) \($0.type) \($0.mentions.count)" })")
    }
}

/// Session 21, third round: party adjectives, a town's name that is a French noun, the nationality of `le groupe
/// informatique américain`, and `le Burkina`. Names are invented.
@Suite struct NamesRound3Session21Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }

    @Test func aPartyAdjectiveIsNoEmployer() throws {
        let r = try extract("Karl Wendt, a Republican senator and China hawk, asked Torvex Systems to explain. The Republican National Committee agreed.", language: "en")
        #expect(r.entity("Republican") == nil && !r.relations.contains { $0.predicate == .worksFor }, "\(relations(r))")
        #expect(r.entity("Republican National Committee")?.type == .organization, "\(r.entities.map(\.name))")
    }

    @Test func aTownsNameOpeningTheSentenceBeforeDeAndANounIsThatNoun() throws {
        let r = try extract("Titre.\nTête d’affiche du sommet, Torvex Systems va construire un centre de données à Lyon. Paris de son côté a signé.", language: "fr")
        #expect(!r.entities.contains { $0.type == .location && $0.name == "Tête" }, "\(r.entities.map(\.name))")
        #expect(r.entity("Paris")?.type == .location, "\(r.entities.map(\.name))")
    }

    @Test func aNationalityAfterATradeAdjectiveIsTheFirmsAfterAnOpeningPhrase() throws {
        let r = try extract("Titre.\nTorvex Systems va construire un centre de données à Lyon. Avec ces projets, le groupe informatique américain pèse lourd.", language: "fr")
        #expect(r.has("Torvex Systems", .locatedIn, "États-Unis"), "\(relations(r))")
    }

    @Test func theBurkinaIsBurkinaFaso() throws {
        let r = try extract("Au Burkina seul, la compagnie possèderait une superficie de 2400 km2.", language: "fr")
        #expect(r.entities.contains { $0.type == .location && $0.name == "Burkina" && $0.aliases.contains("Burkina Faso") }, "\(r.entities.map { "\($0.name) \($0.type) \($0.aliases)" })")
    }
}

/// Session 21, fourth round: a nationality before a name written alone elsewhere, letters standing alone, and
/// the plurals of acronyms. Names are invented.
@Suite struct NamesRound4Session21Tests {
    @Test func aNationalityBeforeANameWrittenAloneElsewhereIsNoPartOfIt() throws {
        let r = try extract("The maker was selected by the Canadian Velmora to build the constellation. Karl Wendt, CEO of Velmora, said so.", language: "en")
        #expect(r.entity("Canadian Velmora") == nil && r.has("Velmora", .locatedIn, "Canada"), "\(r.entities.map(\.name))")
    }

    @Test func aLetterStandingAloneIsNoName() throws {
        let r = try extract("Torvex Systems won a contract to build from A to Z the new network for Velmora Telecom.", language: "fr")
        #expect(r.entity("Z") == nil, "\(r.entities.map(\.name))")
        let grade = try extract("Le radar de Torvex Systems fonctionne en bande X et détecte les navires.", language: "fr")
        #expect(grade.entity("X") == nil, "\(grade.entities.map(\.name))")
        let firm = try extract("Le PDG du Groupe E, Karl Wendt, a signé un accord avec Torvex Systems.", language: "fr")
        #expect(firm.entity("Groupe E") != nil, "\(firm.entities.map(\.name))")
    }

    @Test func anAcronymsPluralIsACommonNoun() throws {
        let r = try extract("Torvex Systems makes parts for Iranian UAVs sold abroad. UAVs are drones.", language: "en")
        #expect(!r.entities.contains { $0.name.contains("UAVs") }, "\(r.entities.map(\.name))")
    }
}

/// Session 21, fifth round: French `en`/`au` before a country right after a firm. Names are invented.
@Suite struct FrenchCountrySession21Tests {
    @Test func aFirmFollowedByEnOrAuAndACountryIsInIt() throws {
        let r = try extract("Le Trésor vise deux sociétés-écrans : Delvo Trading en Chine et Korvane Mining au Mali.", language: "fr")
        #expect(r.has("Delvo Trading", .locatedIn, "Chine") && r.has("Korvane Mining", .locatedIn, "Mali"),
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
    }
}

/// Session 21, sixth round: who supplies whom in a deal. Names are invented.
@Suite struct SupplyDealsSession21Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object) \($0.evidence.extractor)" })"
    }

    @Test func aQuebecEntenteWithTheCompanyToSupplyItMakesTheSignerTheSupplier() throws {
        let r = try extract("Korvex Lithium a signé en septembre une entente avec la compagnie Velmora Motors pour lui fournir 50 000 tonnes de spodumène.", language: "fr")
        #expect(r.has("Korvex Lithium", .supplies, "Velmora Motors"), "\(relations(r))")
    }

    @Test func aPartnerThatManufacturesTheSignersGoodsSuppliesTheSigner() throws {
        let r = try extract("Velmora Motors has signed a $16.5 billion chip supply agreement with Korvex Electronics to manufacture its next chips.", language: "en")
        #expect(r.has("Korvex Electronics", .supplies, "Velmora Motors") && !r.has("Velmora Motors", .supplies, "Korvex Electronics"), "\(relations(r))")
    }
}

/// Session 21, seventh round: French local councils and intercommunal bodies. Names are invented.
@Suite struct FrenchLocalBodiesSession21Tests {
    @Test func aRegionalOrDepartmentalCouncilIsABodyItsPresidentWorksFor() throws {
        let r = try extract("Titre.\nLe projet a été salué par Claire Morvan, présidente du conseil régional de Bretagne, et Karl Wendt, président du conseil départemental de Vendée.", language: "fr")
        #expect(r.entity("conseil régional de Bretagne")?.type == .organization, "\(r.entities.map(\.name))")
        #expect(r.has("Karl Wendt", .worksFor, "conseil départemental de Vendée"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
    }

    @Test func anAggloIsABody() throws {
        let r = try extract("Titre.\nKarl Wendt, président de Velmont Rives Agglo, a souligné l'importance du projet.", language: "fr")
        #expect(r.entity("Velmont Rives Agglo")?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 21, eighth round: French ministries whose portfolio news writes in lower case.
@Suite struct LowercasePortfoliosSession21Tests {
    @Test(arguments: ["ministère nigérien du pétrole", "ministère des mines", "ministère de l'information"])
    func aLowercasePortfolioNamesTheMinistry(name: String) throws {
        let r = try extract("Titre.\nLe \(name) a signé un accord avec Torvex Systems.", language: "fr")
        #expect(r.entity(name)?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 21: public investors and export agencies real annotators type as bodies.
@Suite struct PublicInvestorsSession21Tests {
    @Test(arguments: ["Investissement Québec", "Sogepa", "Awex"])
    func aPublicInvestorIsABody(name: String) throws {
        let r = try extract("Titre.\nLes négociations pour obtenir un financement de \(name) ne sont pas terminées, selon Torvex Systems.", language: "fr")
        #expect(r.entity(name)?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
