import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierStore

@Suite struct JudgementTests {
    static func judgement(_ kind: String, _ args: String...) -> Judgement { Judgement(kind: kind, arguments: args, at: "2026-01-01T00:00:00Z") }

    /// Two documents: "Acme Holdings owns Beta Mining" and "Acme Group owns Beta Mining".
    func twoSpellings() throws -> GraphStore {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (d1, e1) = StoreFixtures.ownership("one.txt", owner: "Acme Holdings")
        let (d2, e2) = StoreFixtures.ownership("two.txt", owner: "Acme Group")
        try StoreFixtures.ingest(store, d1, e1)
        try StoreFixtures.ingest(store, d2, e2)
        return store
    }

    @Test func mergeFoldsNamesAndJoinsRelations() throws {
        let store = try twoSpellings()
        #expect(try store.stats().relations == ["OWNS": 2])
        let applied = try store.apply(Self.judgement("merge", "Acme Holdings", "acme group"))
        #expect(applied.uids == ["company:acme-holdings", "company:acme-group"])
        #expect(try store.stats().entities == ["Company": 2])
        let owns = try #require(try store.snapshot().relationships.first { $0.type == "OWNS" })
        #expect(owns.properties["support"] == .int(2))
        #expect(try store.entity(named: "Acme Group").uid == "company:acme-holdings")
        #expect(try store.stats().judgements == 1)
    }

    @Test func splitUndoesAMergeAndMarksThePiecesDistinct() throws {
        let store = try twoSpellings()
        try store.apply(Self.judgement("merge", "Acme Holdings", "Acme Group"))
        try store.apply(Self.judgement("split", "Acme Holdings"))
        #expect(try store.stats().entities == ["Company": 3])
        #expect(try store.stats().relations == ["OWNS": 2])
        #expect(throws: StoreError.self) { try store.apply(Self.judgement("merge", "Acme Holdings", "Acme Group")) }
    }

    @Test func distinctRefusesLaterMerges() throws {
        let store = try twoSpellings()
        try store.apply(Self.judgement("distinct", "Acme Holdings", "Acme Group"))
        #expect { try store.apply(Self.judgement("merge", "Acme Holdings", "Acme Group")) } throws: { "\($0)".contains("distinct") }
        #expect(try store.stats().judgements == 1)
    }

    @Test func retypeRenameAndAmbiguity() throws {
        let store = try twoSpellings()
        try store.apply(Self.judgement("retype", "Beta Mining", "Organization"))
        #expect(try store.stats().entities == ["Company": 2, "Organization": 1])
        try store.apply(Self.judgement("rename", "Acme Group", "ACME Group plc"))
        #expect(try store.entity(named: "company:acme-group").name == "ACME Group plc")
        #expect(throws: StoreError.self) { try store.apply(Self.judgement("retype", "Beta Mining", "Planet")) }
        #expect(throws: StoreError.self) { try store.entity(named: "Nobody At All") }
    }

    @Test func rejectedEntityAndRelationDoNotComeBackOnReingest() throws {
        let store = try twoSpellings()
        try store.apply(Self.judgement("reject", "Acme Group"))
        try store.apply(Self.judgement("reject-relation", "Acme Holdings", "OWNS", "Beta Mining"))
        #expect(try store.stats().relations.isEmpty)
        _ = try store.forget("one.txt")
        _ = try store.forget("two.txt")
        let (d1, e1) = StoreFixtures.ownership("one.txt", owner: "Acme Holdings")
        let (d2, e2) = StoreFixtures.ownership("two.txt", owner: "Acme Group")
        try StoreFixtures.ingest(store, d1, e1)
        try StoreFixtures.ingest(store, d2, e2)
        #expect(try store.stats().entities == ["Company": 2])
        #expect(try store.stats().relations.isEmpty)
    }

    @Test func aRelationRejectedByIdIsReplayedByItsStableIds() throws {
        let store = try twoSpellings()
        let owns = try #require(try store.snapshot().relationships.first { $0.type == "OWNS" })
        let applied = try store.apply(Self.judgement("reject-relation", String(owns.id)))
        #expect(applied.uids.count == 3 && applied.uids[1] == "OWNS")
        #expect(try store.stats().relations == ["OWNS": 1])
        // On a fresh store (as after a rebuild) the row id means nothing; the uids still do.
        let fresh = try twoSpellings()
        try fresh.apply(applied)
        #expect(try fresh.stats().relations == ["OWNS": 1])
        let snap = try fresh.snapshot()
        let remaining = try #require(snap.relationships.first { $0.type == "OWNS" })
        #expect(snap.nodes.first { $0.id == remaining.start }?.properties["uid"] != .string(applied.uids[0]))
    }

    @Test func analystFactsAreStoredWithAnalystEvidence() throws {
        let store = try twoSpellings()
        let beta = try store.entity(named: "Beta Mining")
        let created = GraphSnapshot(nodes: [GraphNode(id: -1, labels: ["Person"], properties: ["name": "Jane Roe"])],
                                    relationships: [GraphRelationship(id: -2, type: "WORKS_FOR", start: -1, end: beta.id, properties: ["role": "CEO"])])
        try store.recordAnalystFacts(created)
        let snap = try store.snapshot()
        let jane = try #require(snap.nodes.first { $0.properties["name"] == "Jane Roe" })
        let works = try #require(snap.relationships.first { $0.type == "WORKS_FOR" })
        #expect(works.start == jane.id && works.end == beta.id && works.properties["role"] == "CEO")
        guard case .map(let ev)? = try store.evidence(relationship: works.id).first else { Issue.record("no evidence"); return }
        #expect(ev["extractor"] == "analyst" && ev["date"]?.stringValue?.isEmpty == false)
        // Forgetting documents leaves analyst facts alone.
        _ = try store.forget("one.txt")
        #expect(try store.snapshot().nodes.contains { $0.properties["name"] == "Jane Roe" })
    }
}
