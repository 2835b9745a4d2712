import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierStore

/// Documents extracted under another extractor fingerprint are extracted again on ingest.
@Suite struct ReExtractionTests {
    static func ingest(_ store: GraphStore, _ doc: Document, _ ex: DocumentExtraction, file: String? = nil, extractor: String) throws -> IngestOutcome {
        try store.ingest(doc, contentHash: "h-\(doc.text)", file: file ?? doc.source, extraction: ex, resolution: .exactName, extractor: extractor)
    }

    @Test func anotherFingerprintReplacesTheEvidenceAndKeepsEverySource() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (doc, old) = StoreFixtures.ownership("a.txt")
        var copy = doc
        copy.source = "b.txt"
        #expect(try Self.ingest(store, doc, old, extractor: "v1").isNew)
        #expect(try Self.ingest(store, copy, old, extractor: "v1") == IngestOutcome(isNew: false, entities: 0, relations: 0))
        // The newer extractor finds a third actor and no ownership.
        let better = DocumentExtraction(document: "a.txt", entities: old.entities + [StoreFixtures.entity(2, .person, "Beta", in: doc)])
        let outcome = try Self.ingest(store, doc, better, extractor: "v2")
        #expect(outcome.reExtracted && !outcome.isNew && outcome.entities == 3)
        let stats = try store.stats()
        #expect(stats.documents == 1 && stats.entities == ["Company": 2, "Person": 1] && stats.relations.isEmpty)
        #expect(try store.db.query("SELECT source FROM document_sources ORDER BY source") { $0.text(0) } == ["a.txt", "b.txt"])
        #expect(try store.db.query("SELECT source, extractor FROM documents") { "\($0.text(0)) \($0.text(1))" } == ["a.txt v2"])
        // Same fingerprint again: nothing changes.
        #expect(try Self.ingest(store, copy, better, extractor: "v2") == IngestOutcome(isNew: false, entities: 0, relations: 0))
        #expect(try store.stats() == stats)
    }

    @Test func aFileIsUnchangedOnlyUnderTheFingerprintItsDocumentsWereExtractedWith() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        _ = try Self.ingest(store, doc, ex, extractor: "v1")
        let stamp = FileStamp(path: "a.txt", size: 10, mtime: 1)
        try store.recordFile(stamp, hash: "file-hash", sources: ["a.txt"])
        #expect(try store.isUnchanged(stamp, extractor: "v1"))
        #expect(try !store.isUnchanged(stamp, extractor: "v2"))
        #expect(try !store.refreshIfSameContent(stamp, hash: "file-hash", extractor: "v2"))
        #expect(try store.refreshIfSameContent(stamp, hash: "file-hash", extractor: "v1"))
    }

    @Test func anAnalystMergeHoldsWhenTheMergedNamesDocumentIsReExtracted() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (d1, e1) = StoreFixtures.ownership("one.txt", owner: "Acme Holdings")
        let (d2, e2) = StoreFixtures.ownership("two.txt", owner: "Acme Group")
        _ = try Self.ingest(store, d1, e1, extractor: "v1")
        _ = try Self.ingest(store, d2, e2, extractor: "v1")
        try store.apply(Judgement(kind: "merge", arguments: ["Acme Holdings", "Acme Group"], at: "2026-01-01T00:00:00Z"))
        let merged = try store.stats()
        #expect(try Self.ingest(store, d2, e2, extractor: "v2").reExtracted)
        #expect(try Self.ingest(store, d1, e1, extractor: "v2").reExtracted)
        let after = try store.stats()
        let dump = try store.canonicalDump()
        #expect(after.entities == merged.entities && after.relations == merged.relations, "\(merged) → \(after)\n\(dump)")
        #expect(try store.entity(named: "Acme Group").uid == "company:acme-holdings")
    }

    @Test func aStoreWithoutFingerprintsIsMigratedAndReExtractedOnce() throws {
        let dir = scratchDirectory("dossier-store")
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        do {
            let store = try GraphStore(directory: dir)
            _ = try Self.ingest(store, doc, ex, extractor: "v1")
            // Make it a version-2 store: undo what migration 3 added.
            try store.db.execute("ALTER TABLE documents DROP COLUMN extractor; DROP TABLE imports; DELETE FROM schema_version WHERE version > 2;")
        }
        let store = try GraphStore(directory: dir)
        #expect(try store.db.scalarInt("SELECT max(version) FROM schema_version") == Int64(StoreSchema.currentVersion))
        #expect(try store.db.scalarInt("SELECT count(*) FROM documents WHERE extractor IS NULL") == 1)
        #expect(try store.recordedImports().isEmpty)
        let before = try store.stats()
        #expect(try Self.ingest(store, doc, ex, extractor: "v1").reExtracted)
        #expect(try !Self.ingest(store, doc, ex, extractor: "v1").reExtracted)
        #expect(try store.stats() == before)
    }
}

extension ReExtractionTests {
    @Test func aRenameHoldsWhenTheOnlyDocumentBehindItIsReExtracted() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        _ = try Self.ingest(store, doc, ex, extractor: "v1")
        try store.apply(Judgement(kind: "rename", arguments: ["Beta Mining", "Beta Mining plc"], at: "2026-01-01T00:00:00Z"))
        let judged = try store.canonicalDump()
        #expect(try Self.ingest(store, doc, ex, extractor: "v2").reExtracted)
        let renamed = try store.entity(named: "Beta Mining")
        #expect(renamed.uid == "company:beta-mining" && renamed.name == "Beta Mining plc")
        #expect(try store.canonicalDump() == judged)
    }
}
