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
