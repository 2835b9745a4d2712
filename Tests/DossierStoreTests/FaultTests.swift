import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierStore

@Suite struct FaultTests {
    @Test func aFullDiskFailsClearlyAndLeavesTheStoreAsItWas() throws {
        let dir = scratchDirectory("dossier-store")
        let store = try GraphStore(directory: dir)
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        try StoreFixtures.ingest(store, doc, ex)
        let before = try store.canonicalDump()
        let pages = try #require(try store.db.scalarInt("PRAGMA page_count"))
        try store.limitPages(Int(pages))
        let big = StoreFixtures.document("big.txt", String(repeating: "Acme Holdings grows. ", count: 5000))
        #expect { try StoreFixtures.ingest(store, big, DocumentExtraction(document: "big.txt")) } throws: {
            ($0 as? StoreError)?.isWriteRefusal == true && ($0 as? StoreError)?.diagnostic.code == "StoreNotWritable"
        }
        #expect(try store.canonicalDump() == before)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aReaderSeesACommittedSnapshotWhileAWriterIsMidTransaction() throws {
        let dir = scratchDirectory("dossier-store")
        let writer = try GraphStore(directory: dir)
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        try StoreFixtures.ingest(writer, doc, ex)
        let reader = try GraphStore(directory: dir, readOnly: true)
        try writer.db.execute("BEGIN IMMEDIATE; DELETE FROM relations; INSERT INTO entities(uid, type, name) VALUES ('x', 'Company', 'Half Done');")
        let snap = try reader.snapshot()
        #expect(snap.relationships.contains { $0.type == "OWNS" })
        #expect(!snap.nodes.contains { $0.properties["name"] == "Half Done" })
        try writer.db.execute("ROLLBACK")
    }

    @Test func twoConcurrentWritersSerialise() async throws {
        let dir = scratchDirectory("dossier-store")
        _ = try GraphStore(directory: dir)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<2 {
                group.addTask {
                    let store = try GraphStore(directory: dir)
                    for i in 0..<25 {
                        let (doc, ex) = StoreFixtures.ownership("w\(w)-\(i).txt", owner: "Owner \(w)-\(i)", owned: "Shared Target")
                        try StoreFixtures.ingest(store, doc, ex)
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try GraphStore(directory: dir)
        #expect(try store.integrityCheck() == "ok")
        let s = try store.stats()
        #expect(s.documents == 50 && s.entities == ["Company": 51] && s.relations == ["OWNS": 50])
    }
}
