import DossierModel
import Testing
@testable import DossierExtract

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
