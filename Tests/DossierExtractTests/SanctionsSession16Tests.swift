import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a group the measure hit, then its members after a verb of inclusion; only members of the
/// group's kind are targets. Names are invented.
@Suite struct GroupMembersSession16Tests {
    @Test func theOligarchsTheSanctionsHitIncludeEachPersonListed() throws {
        let r = try extract("""
            The European Union imposed new sanctions on Russia.
            The oligarchs that were hit by the new EU sanctions include Mikhail Fradin, the founder of Velkor Group, his fellow shareholder Petr Avenko, one of Vladimir Putin's oldest allies, and the head of Orvane Bank, Pyotr Fradkin.
            """, language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("EU sanctions") })
        for person in ["Mikhail Fradin", "Petr Avenko", "Pyotr Fradkin"] {
            #expect(r.has(person, .subjectTo, measure.name), "\(person)")
        }
        // The firms describe the people; the possessive names whom they are close to.
        #expect(!r.has("Velkor Group", .subjectTo, measure.name))
        #expect(!r.has("Orvane Bank", .subjectTo, measure.name))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name.contains("Putin") })
    }

    @Test func theFirmsTargetedIncludeTheFirmsNotTheirOwners() throws {
        let r = try extract("Les entreprises visées par les sanctions américaines comprennent Tarvex Trading, détenue par Igor Valenko, et Mirelon Logistics.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Tarvex Trading", .subjectTo, measure.name))
        #expect(r.has("Mirelon Logistics", .subjectTo, measure.name))
        #expect(!r.has("Igor Valenko", .subjectTo, measure.name))
    }

    @Test func aGroupThatWasNotHitListsNoTargets() throws {
        // (Another rule reads `sanctions include X` on its own; this one needs the group hit by the measure.)
        let r = try extract("The oligarchs who criticised the new EU sanctions include Mikhail Fradin, the founder of Velkor Group, and Petr Avenko.", language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor.hasPrefix("rule:sanction.group-members") })
    }

    @Test func theListOfSanctionsIncludedIsNoMeasureName() throws {
        let r = try extract("The EU imposed sanctions on Chinese firms. The previous list of sanctions included two companies from mainland China.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("included") }, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }
}

/// Session 16: a body that lists people itself (`OFSI also targeted A, chair of B, C, …`) a few sentences after
/// the measure: each person is a target designated by it, and the firms their titles name are not targets.
@Suite struct ActiveListingSession16Tests {
    static let text = """
        Roman Abrakov was one of seven Russians hit with a full asset freeze and travel ban by the UK on Thursday.
        The government said the oligarchs were close to the Kremlin.
        Critics said the move came too late.
        The club was put up for sale last week.
        Alongside Abrakov, the UK Treasury’s Office of Financial Sanctions Implementation (OFSI) also targeted Andrei Kostavin, chair of Velkor Bank, Alexei Marlov, chief executive of energy company Orvane Gas, and Nikolai Tarkov, president of the state-owned pipeline company Tarnell Pipelines, and Dmitri Lebrov, chair of Brisa Bank.
        """

    @Test func eachPersonTheBodyTargetsIsDesignatedByIt() throws {
        let r = try extract(Self.text, language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        for person in ["Andrei Kostavin", "Alexei Marlov", "Nikolai Tarkov", "Dmitri Lebrov"] {
            #expect(r.has(person, .subjectTo, measure.name), "\(person)")
            #expect(r.has(person, .sanctionedBy, "Office of Financial Sanctions Implementation"), "\(person)")
        }
        #expect(r.has(measure.name, .imposedBy, "Office of Financial Sanctions Implementation"))
    }

    @Test func theFirmsOfTheirTitlesAreNoTargets() throws {
        let r = try extract(Self.text, language: "en")
        for firm in ["Velkor Bank", "Orvane Gas", "Tarnell Pipelines", "Brisa Bank"] {
            #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == firm }, "\(firm)")
        }
    }

    @Test func alongsideOpeningTheSentenceIsNoName() throws {
        let r = try extract(Self.text, language: "en")
        #expect(!r.entities.contains { $0.name.hasPrefix("Alongside") })
    }

    @Test func withoutABodyAsSubjectTheMeasureIsTooFarBack() throws {
        // Four sentences on, a bare `targeted` with no listing body does not reach back to the measure.
        let r = try extract(Self.text.replacingOccurrences(of: "the UK Treasury’s Office of Financial Sanctions Implementation (OFSI) also targeted", with: "critics also named"), language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Andrei Kostavin" })
    }
}

/// Session 16: `les sanctions` taking up the measure described before, in `Les entités frappées par les sanctions sont A et B`.
@Suite struct GroupMembersOfATakenUpMeasureSession16Tests {
    @Test func theEntitiesHitByTheSanctionsAreTargetsOfTheLastMeasure() throws {
        let r = try extract("""
            Le Trésor américain a annoncé des sanctions à l’encontre de six personnes et de deux entités basées en Russie.
            Les entités frappées par les sanctions sont Tarvex LLC, basée à Vladivostok, et Mirelon Real Estate, basée aux Émirats.
            """, language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Tarvex LLC", .subjectTo, measure.name))
        #expect(r.has("Mirelon Real Estate", .subjectTo, measure.name))
    }
}

/// Session 16: a measure's name ends before a charge against its target, a French reflexive verb, or an English
/// clause of time.
@Suite struct MeasureNameEndsSession16Tests {
    @Test(arguments: [("Le Trésor américain a imposé des sanctions à un réseau de transport maritime accusé de commercialiser du pétrole iranien.", "fr", "accus"),
                      ("Ces sanctions contre Velkor Shipping s’ajoutent à celles imposées par l’administration précédente.", "fr", "ajoutent"),
                      ("The Treasury imposed sanctions on a Russian gas project in the Arctic as a January deadline looms.", "en", "deadline")])
    func theNameStopsBeforeTheClause(text: String, language: String, tail: String) throws {
        let r = try extract(text, language: language)
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains(tail) }, "\(names)")
    }
}
