import DossierModel
import Testing
@testable import DossierExtract

/// Session 15: a letter that ranks a round or a class (`série C.`) is no name's initial, so the
/// period after it ends the sentence when an opener follows.
@Suite struct SeriesLetterSession15Tests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(Tokenizer.tokenize(scalars)).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test(arguments: [
        ("Brisa a levé 50 M€ en série C. Le tour a été mené par Tarnell.", ["Brisa a levé 50 M€ en série C.", "Le tour a été mené par Tarnell."]),
        ("Brisa closed its Series B. The round was led by Tarnell.", ["Brisa closed its Series B.", "The round was led by Tarnell."]),
        ("President John F. Kennedy spoke.", ["President John F. Kennedy spoke."]),
        ("The series C. Smith wrote was long.", ["The series C. Smith wrote was long."]),
    ])
    func aSeriesLetterEndsTheSentenceBeforeAnOpener(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func theRoundTakenUpAfterASeriesLetterHasItsInvestors() throws {
        let r = try extract("Brisa Networks a levé 50 millions d’euros lors d’un tour de table de série C. L’opération a été menée par Tarnell Capital, aux côtés de Halden Ventures.", language: "fr")
        #expect(r.has("Tarnell Capital", .investsIn, "Brisa Networks"))
        #expect(r.has("Halden Ventures", .investsIn, "Brisa Networks"))
    }
}

/// Session 15: `X acquired a stake in the Lisbon-based firm`: the seat qualifies another firm, not
/// the sentence's subject, and it is no place where the subject operates.
@Suite struct ComplementSeatSession15Tests {
    @Test(arguments: [("Tarnell Capital has acquired a 20% stake in the Lisbon-based firm.", "en"),
                      ("Tarnell Capital owns shares in the Lisbon-based company.", "en")])
    func aSeatAfterAPrepositionIsNotTheSubjects(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Tarnell Capital" },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object) \($0.evidence.extractor)" })")
    }

    @Test func theSubjectStillTakesABareSeatNoun() throws {
        let r = try extract("Tarnell Capital said on Monday that the Lisbon-based company would hire 200 people.", language: "en")
        #expect(r.has("Tarnell Capital", .locatedIn, "Lisbon"))
    }
}

/// Session 15: `The EU has frozen the assets of X`: the perfect of the freeze verb designates, as `froze` does.
@Suite struct PerfectFreezeSession15Tests {
    @Test func aFreezeInThePerfectDesignatesItsTargets() throws {
        let r = try extract("The European Union has frozen the assets of Volga Metals and its owner, Igor Samsonov.", language: "en")
        for target in ["Volga Metals", "Igor Samsonov"] {
            #expect(r.has(target, .sanctionedBy, "European Union"), "\(target)")
            #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == target }, "\(target)")
        }
    }

    @Test func aPassiveFreezeIsStillReadAsBefore() throws {
        let r = try extract("The assets of Volga Metals have been frozen by the European Union.", language: "en")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Volga Metals" })
    }
}

/// Session 15: an owner or shareholder named by a title (`its owner, X`, `son actionnaire, X`) holds
/// the firm; the title is no post, so there is no WORKS_FOR.
@Suite struct OwnerTitleSession15Tests {
    @Test(arguments: [("The European Union has frozen the assets of Volga Metals and its owner, Igor Samsonov.", "en"),
                      ("Volga Metals owner Igor Samsonov declined to comment.", "en"),
                      ("L’Union européenne a gelé les avoirs de Volga Metals et de son propriétaire, Igor Samsonov.", "fr")])
    func anOwnerTitleIsNoPost(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has("Igor Samsonov", .worksFor, "Volga Metals"))
    }

    @Test func aChiefExecutiveTitleIsStillAPost() throws {
        let r = try extract("Volga Metals and its chief executive, Igor Samsonov, were named in the report.", language: "en")
        #expect(r.has("Igor Samsonov", .worksFor, "Volga Metals"))
    }
}

/// Session 15: `X, a Turkish-based carrier`: the firm before a nationality's `-based` is placed, and the
/// evidence span runs from the firm to the adjective (it trapped on an inverted range before).
@Suite struct DemonymBasedSession15Tests {
    @Test(arguments: ["SunExpress, a Turkish-based carrier, ordered ten jets.", "Velkor Mining, a Russian-owned miner, expanded.",
                      "The firm Velkor Mining, a Chinese-owned company, expanded."])
    func aFirmBeforeANationalTieIsPlacedWithoutTrapping(text: String) throws {
        let r = try extract(text, language: "en")
        let located = r.relations.filter { $0.predicate == .locatedIn }
        #expect(located.count == 1)
        for rel in located {
            #expect(rel.evidence.span.start < rel.evidence.span.end)
            #expect(text.unicodeScalars.count >= rel.evidence.span.end)
        }
    }
}

/// Session 15: a title fronted by `Nommé`, `élu`, `promoted`: the name after the comma holds the post.
@Suite struct FrontedAppointmentSession15Tests {
    @Test(arguments: [("Nommé PDG de Brisa Networks en 2022, Jean Perrin a lancé un plan de restructuration.", "fr", "Jean Perrin"),
                      ("Élue présidente de Brisa Networks en 2021, Anne Morel a recentré le groupe.", "fr", "Anne Morel"),
                      ("Promoted chief executive of Brisa Networks in 2022, Jean Perrin launched a restructuring plan.", "en", "Jean Perrin")])
    func aParticipleBeforeTheTitleKeepsThePost(text: String, language: String, person: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(person, .worksFor, "Brisa Networks"))
    }
}

/// Session 15: `X a signé avec Y un contrat d'achat d'électricité`: the contract after the partner still
/// tells who sells to whom.
@Suite struct ContractAfterPartnerSession15Tests {
    @Test func aPurchaseContractAfterThePartnerMakesItTheSupplier() throws {
        let r = try extract("Orvane Cloud a signé avec Hydrala Energie un contrat d’achat d’électricité de dix ans.", language: "fr")
        #expect(r.has("Hydrala Energie", .supplies, "Orvane Cloud"))
        #expect(!r.has("Orvane Cloud", .supplies, "Hydrala Energie"))
    }

    @Test func aSignedMeetingWithNoContractIsNoSupply() throws {
        let r = try extract("Orvane Cloud a signé avec Hydrala Energie une déclaration commune sur le climat.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }
}

/// Session 15: `X was among 45 entities designated by …`, `X fait partie des entités sanctionnées par …`:
/// the group the participle describes counts the subject in.
@Suite struct AmongDesignatedSession15Tests {
    @Test(arguments: [("Kestrel Trading was among 45 entities designated on Thursday by the Treasury Department.", "en", "Treasury Department"),
                      ("Kestrel Trading is one of 45 companies added to the Entity List by the Commerce Department.", "en", "Commerce Department"),
                      ("Kestrel Trading fait partie des 45 entités sanctionnées jeudi par le Trésor américain.", "fr", "Trésor américain")])
    func theSubjectOfAGroupDesignatedIsATarget(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Kestrel Trading", .sanctionedBy, body))
    }

    @Test func aGroupWithoutAmongIsNoDesignationOfTheSubject() throws {
        let r = try extract("Kestrel Trading sold parts to entities designated by the Treasury Department.", language: "en")
        #expect(!r.has("Kestrel Trading", .sanctionedBy, "Treasury Department"))
    }
}

/// Session 15: members of a group the measure listed, named after a dash, a colon or a copula, are its
/// targets (`The eight listed Chinese firms — A, B — are …`, `The designated entities are A and B`).
@Suite struct ListedGroupSession15Tests {
    static let measure = "The Commerce Department's Bureau of Industry and Security added 28 organizations to the Entity List on Monday.\n"

    @Test(arguments: ["The eight listed firms — Talmar Systems, Brisk Robotics and Velkor Mining — are alleged to supply the army.",
                      "The designated entities are Talmar Systems, Brisk Robotics and Velkor Mining."])
    func theMembersOfAListedGroupAreTargets(list: String) throws {
        let r = try extract(Self.measure + list, language: "en")
        for firm in ["Talmar Systems", "Brisk Robotics", "Velkor Mining"] {
            #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == firm }, "\(firm)")
        }
    }

    @Test func aGroupThatWasNotListedNamesNoTargets() throws {
        let r = try extract(Self.measure + "The eight rival firms — Talmar Systems, Brisk Robotics and Velkor Mining — are expected to gain.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Talmar Systems" })
    }

    @Test func aSanctionedGroupBeforeItsMembersIsNoMeasureOfItsOwn() throws {
        let text = "Le ministère américain du Commerce a imposé des sanctions à 45 entreprises russes et 58 entreprises chinoises.\n"
            + "La liste comprend Rosotrex, Velkor Mining et Tarnell Aviation.\n"
            + "Parmi les entreprises chinoises sanctionnées figurent Hanlin Turbine Company et Beiqi Aviation Industry."
        let r = try extract(text, language: "fr")
        let measures = r.entities.filter { $0.type == .sanction }
        #expect(measures.count == 1, "\(measures.map(\.name))")
        for firm in ["Rosotrex", "Velkor Mining", "Tarnell Aviation", "Hanlin Turbine Company", "Beiqi Aviation Industry"] {
            #expect(r.has(firm, .sanctionedBy, "ministère américain du Commerce"), "\(firm)")
        }
        #expect(r.has("Hanlin Turbine Company", .locatedIn, "Chine"))
        #expect(!r.has("Rosotrex", .locatedIn, "Chine"))
    }
}

/// Session 15: a numbered executive order is a measure, not a firm called `Order 13382`.
@Suite struct ExecutiveOrderSession15Tests {
    @Test func aNumberedOrderIsAMeasure() throws {
        let r = try extract("OFAC designated Velkor Mining under Executive Order 13382 on Tuesday.", language: "en")
        #expect(!r.entities.contains { $0.type == .company && $0.name.contains("Order") })
        #expect(r.entities.contains { $0.type == .sanction && ($0.name == "Executive Order 13382" || $0.aliases.contains("Executive Order 13382")) })
    }
}

/// Session 15: names of firms the name finder split or invented.
@Suite struct FirmNamesSession15Tests {
    @Test(arguments: ["Yixin Science and Technology Co. Ltd.", "Joemars Machinery and Electric Industrial Co Ltd"])
    func fieldWordsJoinedBeforeALegalFormAreOneName(name: String) throws {
        let r = try extract("The Treasury also named \(name) in its statement.", language: "en")
        #expect(r.entities.contains { $0.type == .company && $0.name == name }, "\(r.entities.map(\.name))")
    }

    @Test func twoFirmsJoinedByAndStayTwo() throws {
        let r = try extract("The Treasury also named Hikvision and Dahua Technology Co. Ltd. in its statement.", language: "en")
        #expect(r.entities.contains { $0.name == "Hikvision" })
    }

    @Test(arguments: [("The abuses against China's Muslim minorities and the Uighur population continued.", "en"),
                      ("Les Ouïghours et les chrétiens du pays sont surveillés.", "fr")])
    func peoplesAndReligionsAreNoActors(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { [.company, .organization, .person].contains($0.type) }, "\(r.entities.map(\.name))")
    }

    @Test(arguments: [("Les groupes Talmar, Brisk et Velkor ont annoncé un accord.", "fr"), ("The groups Talmar, Brisk and Velkor announced a deal.", "en")])
    func aPluralHeadNamesEachFirmOfItsList(text: String, language: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Talmar", "Brisk", "Velkor"] { #expect(r.entities.contains { $0.type == .company && $0.name == firm }, "\(firm)") }
    }

    @Test func aNationalityBeforeAPrefixedLegalFormPlacesTheFirm() throws {
        let r = try extract("The UK also imposed sanctions on four tankers and the Russian gas company JSC Rusgazdobycha.", language: "en")
        #expect(r.has("JSC Rusgazdobycha", .locatedIn, "Russia"))
    }
}

/// Session 15: supply read from the firm's side (`its energy supplier, Y`, `customers such as Y`) and from
/// a utility's contract.
@Suite struct SupplySidesSession15Tests {
    @Test(arguments: [("Bitfarms signed an agreement with its energy supplier, Hydrala Energy.", "en"),
                      ("Velkor Mining a signé un contrat avec son fournisseur d’électricité, Hydrala Energie.", "fr")])
    func aPossessiveSupplierSuppliesTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let supplier = language == "fr" ? "Hydrala Energie" : "Hydrala Energy", firm = language == "fr" ? "Velkor Mining" : "Bitfarms"
        #expect(r.has(supplier, .supplies, firm))
        #expect(!r.has(firm, .supplies, supplier))
    }

    @Test(arguments: [("Eaton Towers owns and operates towers in Ghana for customers such as Airtel, MTN and Vodacom.", "en"),
                      ("Eaton Towers exploite des pylônes au Ghana pour des clients comme Airtel, MTN et Vodacom.", "fr")])
    func customersSuchAsAreServedNotOwned(text: String, language: String) throws {
        let r = try extract(text, language: language)
        for customer in ["Airtel", "MTN", "Vodacom"] {
            #expect(r.has("Eaton Towers", .supplies, customer), "\(customer)")
            #expect(!r.has("Eaton Towers", .owns, customer), "\(customer)")
        }
    }

    @Test func aUtilitysSupplyContractMakesItTheSupplier() throws {
        let r = try extract("Louisville Gas and Electric Company signed a power supply contract with developers PowerHouse Data Centers and Poe Companies.", language: "en")
        #expect(r.has("Louisville Gas and Electric Company", .supplies, "PowerHouse Data Centers"))
        #expect(!r.has("PowerHouse Data Centers", .supplies, "Louisville Gas and Electric Company"))
    }

    @Test func aPowerSupplyContractSignedByAMinerStillBuysPower() throws {
        let r = try extract("Velkor Mining signed a power supply contract with Hydrala Energy.", language: "en")
        #expect(r.has("Hydrala Energy", .supplies, "Velkor Mining"))
    }

    @Test func aLineEndingOnALegalFormIsProse() throws {
        let r = try extract("Bitfarms signed an agreement with its energy supplier, Generacion Mediterranea S.A.", language: "en")
        #expect(r.has("Generacion Mediterranea S.A.", .supplies, "Bitfarms"))
    }
}

/// Session 15: a secretary's portfolio names the department the article names (`le Secrétaire au Trésor, X`).
@Suite struct SecretaryOfDepartmentSession15Tests {
    @Test(arguments: [("Le Département du Trésor américain a sanctionné Velkor Mining.\n« Ces réseaux financent le terrorisme », a expliqué le Secrétaire au Trésor, Scott Bessent.", "Scott Bessent", "Département du Trésor"),
                      ("Le ministère américain du Commerce a sanctionné Velkor Mining.\n« La Chine veut exploiter notre technologie », a déclaré le secrétaire au Commerce Wilbur Ross.", "Wilbur Ross", "ministère américain du Commerce")])
    func theSecretaryWorksForTheNamedDepartment(text: String, person: String, body: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.relations.contains { $0.predicate == .worksFor && r.entities[$0.subject].name == person }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(r.relations.contains { rel in
            guard rel.predicate == .worksFor, r.entities[rel.subject].name == person, case .entity(let o) = rel.object else { return false }
            return r.entities[o].name.hasPrefix(body) || r.entities[o].aliases.contains { $0.hasPrefix(body) }
        })
    }

    @Test func aDepartmentTheTextNeverNamesGetsNone() throws {
        let r = try extract("« La Chine veut exploiter notre technologie », a déclaré le secrétaire au Commerce Wilbur Ross.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .worksFor })
    }
}

/// Session 15: a fronted title's holder may come after a descriptor with its article.
@Suite struct FrontedDescriptorSession15Tests {
    @Test func aDescriptorBeforeTheHolderKeepsThePost() throws {
        let r = try extract("Directeur général de Brévalis Systems depuis 2018, le très discret Hugo Vernet quittera ses fonctions.", language: "fr")
        #expect(r.has("Hugo Vernet", .worksFor, "Brévalis Systems"))
    }
}

/// Session 15: a site placed in a region named with its noun (`dans la province de Salta`, `in the state of Texas`).
@Suite struct RegionNounPlaceSession15Tests {
    @Test(arguments: [("La société Velkor Mining exploite la mine de Kamoto.\nCette mine est située dans la province de Salta.", "fr", "Salta"),
                      ("Velkor Mining operates the Kamoto mine.\nThe mine is located in the state of Texas.", "en", "Texas")])
    func aRegionNounBeforeThePlaceStillPlacesTheSite(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, place))
    }
}

/// Session 15: French sanction phrases end before `et` and an infinitive; a group of targets named after a
/// few sentences of quotes still belongs to the measure.
@Suite struct FrenchSanctionPhraseSession15Tests {
    @Test func anInfinitiveAfterEtEndsTheMeasure() throws {
        let r = try extract("« La Russie cherche à contourner les sanctions américaines et continuer à financer sa guerre contre l’Ukraine », a-t-il déclaré.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Ukraine" })
    }

    @Test func targetsListedAfterQuotesBelongToTheMeasure() throws {
        let text = "Le département du Trésor américain a imposé une nouvelle série de sanctions à l’encontre de treize sociétés liées à la Russie.\n"
            + "Ils sont accusés d’avoir développé des services de paiement.\n"
            + "« La Russie se tourne vers des mécanismes de paiement alternatifs », a déclaré Brian Nelson.\n"
            + "« Le Trésor continuera de perturber ces réseaux », a-t-il ajouté.\n"
            + "Parmi les entreprises visées figurent les fintechs Masterchain, Atomaiz et Velkor Pay."
        let r = try extract(text, language: "fr")
        for firm in ["Masterchain", "Atomaiz", "Velkor Pay"] {
            #expect(r.relations.contains { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == firm }, "\(firm)")
        }
    }
}

/// Session 15: a group's home places the firms it lists (`U.S. companies such as A, B`), also when an adjective
/// stands between (`The eight listed Chinese commercial firms — A, B —`); a dash opens an apposition.
@Suite struct GroupHomesSession15Tests {
    @Test func theMembersOfANationalGroupShareItsHome() throws {
        let r = try extract("The measure targets U.S. companies such as Apple Inc., Cisco Systems Inc and Qualcomm Inc.", language: "en")
        for firm in ["Apple Inc.", "Cisco Systems Inc"] { #expect(r.has(firm, .locatedIn, "U.S."), "\(firm)") }
    }

    @Test func aGroupWithoutAListPlacesNoOne() throws {
        let r = try extract("Apple Inc. said U.S. companies were worried.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn })
    }

    @Test func anAdjectiveBetweenTheNationalityAndTheGroupKeepsTheHome() throws {
        let text = "The Commerce Department's Bureau of Industry and Security added 28 organizations to the Entity List on Monday.\n"
            + "The eight listed Chinese commercial firms — Talmar Systems, Brisk Robotics and Velkor Mining — are alleged to supply the police."
        let r = try extract(text, language: "en")
        for firm in ["Talmar Systems", "Brisk Robotics", "Velkor Mining"] { #expect(r.has(firm, .locatedIn, "China"), "\(firm)") }
    }

    @Test func aDashOpensAnApposition() throws {
        let r = try extract("In August MARA bought 64% of Exaion — an EDF subsidiary — to expand its capabilities.", language: "en")
        #expect(r.has("Exaion", .subsidiaryOf, "EDF"))
    }
}

/// Session 15: the headline's places and public bodies from the lexicons are the article's entities, though the
/// rules still read no relation in it and its firms' short forms stay out.
@Suite struct HeadlineNamesSession15Tests {
    @Test func aPlaceOnlyInTheHeadlineIsAnEntity() throws {
        let r = try extract("Les États-Unis imposent des sanctions à 103 entreprises\nLe ministère du Commerce a publié une liste de 103 sociétés.", language: "fr")
        #expect(r.entities.contains { $0.type == .location && $0.name == "États-Unis" })
        #expect(!r.relations.contains { rel in
            r.entities[rel.subject].name == "États-Unis" || { if case .entity(let o) = rel.object { return r.entities[o].name == "États-Unis" } else { return false } }()
        }, "the headline gives no relation")
    }

    @Test func aFirmsShortFormInTheHeadlineIsLeftOut() throws {
        let r = try extract("SoftBank's Bold Bet in Japan\nSoftBank Corp. will turn a former panel plant in Sakai into a data center, with SoftBank Group as a partner.", language: "en")
        #expect(r.entities.contains { $0.type == .location && $0.name == "Japan" })
        #expect(r.entities.contains { $0.name == "SoftBank Corp." } && r.entities.contains { $0.name == "SoftBank Group" }, "\(r.entities.map(\.name))")
    }

    @Test func chromeOnTheFirstLineIsNoHeadline() throws {
        let r = try extract("Read more: France and Germany\nVelkor Mining opened a plant.", language: "en")
        #expect(!r.entities.contains { $0.name == "France" })
    }
}
