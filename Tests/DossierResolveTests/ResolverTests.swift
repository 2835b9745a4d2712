import DossierModel
import Foundation
import Testing
@testable import DossierResolve

@Suite struct ResolverTests {
    func links(_ type: EntityType, _ a: [String], _ b: [String]) -> ResolutionMatch? {
        Resolver.match(type: type.rawValue, names: a, candidates: [ResolutionCandidate(id: 7, type: type.rawValue, names: b)])
    }

    @Test(arguments: [
        (EntityType.company, "Intelion Inc.", "Intelion Incorporated"),
        (.company, "ООО «БитРивер»", "BitRiver LLC"),
        (.company, "OOO BitRiver", "BitRiver"),
        (.organization, "OFAC", "Office of Foreign Assets Control"),
        (.organization, "ministère américain du Commerce", "US Department of Commerce"),
        (.organization, "U.S. Treasury", "Trésor américain"),
        (.location, "Russie", "Russia"),
        (.location, "la Chine", "China"),
        (.person, "Максим Вязников", "Maksim Vyaznikov"),
    ])
    func sameActorUnderTwoNames(type: EntityType, a: String, b: String) throws {
        let m = try #require(links(type, [a], [b]), "\(a) should link to \(b)")
        #expect(m.id == 7 && m.score >= Resolver.threshold && !m.reasons.isEmpty)
        // Blocking finds the candidate: the two name sets share a key.
        #expect(!Set(Resolver.keys(type: type.rawValue, names: [a])).isDisjoint(with: Resolver.keys(type: type.rawValue, names: [b])))
    }

    @Test(arguments: [
        (EntityType.company, "Intelion", "Intelion Cloud"),
        (.person, "Vyaznikov", "Maxim Vyaznikov"),
        (.person, "Vyaznikov", "Vyaznikov"),
        (.company, "RBC", "Royal Bank of Canada"),
        (.location, "Russie", "Belarus"),
        (.organization, "US Department of Commerce", "US Department of the Treasury"),
    ])
    func differentOrUnprovenActorsStayApart(type: EntityType, a: String, b: String) {
        #expect(links(type, [a], [b]) == nil, "\(a) must not link to \(b)")
    }

    @Test func onlyCompatibleTypesLink() {
        #expect(Resolver.match(type: "Company", names: ["BitRiver"], candidates: [ResolutionCandidate(id: 1, type: "Location", names: ["BitRiver"])]) == nil)
    }

    @Test func equallyGoodWeakCandidatesAreNotGuessed() {
        let a = ResolutionCandidate(id: 1, type: "Organization", names: ["Zarnian Export Control Office"])
        let b = ResolutionCandidate(id: 2, type: "Organization", names: ["Zarnian Energy Cooperative Organisation"])
        #expect(Resolver.match(type: "Organization", names: ["ZECO"], candidates: [a, b]) == nil)
        #expect(Resolver.match(type: "Organization", names: ["ZECO"], candidates: [a])?.id == 1)
    }

    @Test func embeddedLexiconsMatchTheSharedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/data/lexicons")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            print("note: ../shared is absent; embedded lexicon copies not compared")
            return
        }
        let authorities = try String(contentsOf: shared.appendingPathComponent("authorities.tsv"), encoding: .utf8)
        let countries = try String(contentsOf: shared.appendingPathComponent("countries.tsv"), encoding: .utf8)
        #expect(EmbeddedLexicons.authoritiesTSV == authorities.trimmingCharacters(in: .newlines))
        #expect(EmbeddedLexicons.countriesTSV == countries.trimmingCharacters(in: .newlines))
    }
}

@Suite struct DocumentLinkerTests {
    func entity(_ id: Int, _ type: EntityType, _ name: String) -> ExtractedEntity {
        let ev = Evidence(document: "d", sentence: TextSpan(start: 0, end: 1), span: TextSpan(start: id, end: id + 1), snippet: "", extractor: "t", confidence: 1)
        return ExtractedEntity(localID: id, type: type, name: name, mentions: [Mention(text: name, evidence: ev)])
    }

    @Test func surnameAloneJoinsTheFullNameInItsDocument() {
        let ev = Evidence(document: "d", sentence: TextSpan(start: 0, end: 1), span: TextSpan(start: 0, end: 1), snippet: "", extractor: "t", confidence: 1)
        let ex = DocumentExtraction(document: "d", entities: [
            entity(0, .person, "Vyaznikov"), entity(1, .person, "Maxim Vyaznikov"), entity(2, .company, "Intelion"),
            entity(3, .organization, "Office of Foreign Assets Control"), entity(4, .organization, "OFAC"),
        ], relations: [ExtractedRelation(subject: 0, predicate: .worksFor, object: .entity(2), evidence: ev)])
        let linked = DocumentLinker.link(ex)
        #expect(linked.entities.map(\.name) == ["Maxim Vyaznikov", "Intelion", "Office of Foreign Assets Control"])
        #expect(linked.entities[0].aliases == ["Vyaznikov"] && linked.entities[0].mentions.count == 2)
        #expect(linked.entities[2].aliases == ["OFAC"])
        #expect(linked.relations.first?.subject == 1)
    }

    @Test func anAmbiguousSurnameStaysAlone() {
        let ex = DocumentExtraction(document: "d", entities: [
            entity(0, .person, "Smith"), entity(1, .person, "Anna Smith"), entity(2, .person, "John Smith"),
        ])
        #expect(DocumentLinker.link(ex).entities.count == 3)
    }
}

@Suite struct NameKeyTests {
    @Test func foldsFormsScriptsAndInitials() {
        #expect(NameKey.key("ООО «БитРивер»") == NameKey.key("BitRiver LLC"))
        #expect(NameKey.key("U.S. Department of Commerce") == NameKey.key("US Department of Commerce"))
        #expect(NameKey.key("Intelion S.A.") == "intelion")
        #expect(NameKey.key("l'OFAC") == "ofac")
    }
}
