import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierStore

@Suite struct ImportBackupTests {
    @Test func importKeepsLabelsPropertiesIdsAndParallelEdges() throws {
        let dir = scratchDirectory("dossier-store")
        let file = dir + "/g.jsonl"
        try """
        {"type":"node","id":"P0","label":"Person","properties":{"name":"Ann \\"A\\" Lee","born":1970}}
        {"type":"node","id":"C1","label":"Company","properties":{"name":"Zeta","score":1.5}}
        {"type":"edge","rel":"WORKS_FOR","src":"P0","dst":"C1","properties":{"since":2011}}
        {"type":"edge","rel":"WORKS_FOR","src":"P0","dst":"C1","properties":{"since":2011}}

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let store = try GraphStore(directory: dir)
        #expect(try store.importJSONLines(path: file) == .init(nodes: 2, edges: 2))
        let snap = try store.snapshot()
        let ann = try #require(snap.nodes.first { $0.labels == ["Person"] })
        #expect(ann.properties["id"] == "P0" && ann.properties["name"] == "Ann \"A\" Lee" && ann.properties["born"] == .int(1970))
        #expect(snap.nodes.first { $0.labels == ["Company"] }?.properties["score"] == .double(1.5))
        #expect(snap.relationships.filter { $0.type == "WORKS_FOR" && $0.properties["since"] == .int(2011) }.count == 2)
    }

    @Test func aBadLineNamesItsLineAndImportsNothing() throws {
        let dir = scratchDirectory("dossier-store")
        let file = dir + "/bad.jsonl"
        try "{\"type\":\"node\",\"id\":\"A\",\"label\":\"Person\",\"properties\":{}}\n{oops\n".write(toFile: file, atomically: true, encoding: .utf8)
        let store = try GraphStore(directory: dir)
        #expect { try store.importJSONLines(path: file) } throws: { ($0 as? Diagnostic)?.position?.line == 2 }
        #expect(try store.stats().entities.isEmpty)
    }

    @Test func backupIsAConsistentCopyWhileAWriterHoldsATransaction() throws {
        let dir = scratchDirectory("dossier-store")
        let store = try GraphStore(directory: dir)
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        try StoreFixtures.ingest(store, doc, ex)
        let writer = try GraphStore(directory: dir)
        try writer.db.execute("BEGIN IMMEDIATE; DELETE FROM relations;")
        try store.backup(to: dir + "/copy.sqlite")
        try writer.db.execute("ROLLBACK")
        let copyDir = scratchDirectory("dossier-store")
        try FileManager.default.moveItem(atPath: dir + "/copy.sqlite", toPath: copyDir + "/" + GraphStore.fileName)
        let copy = try GraphStore(directory: copyDir, readOnly: true)
        #expect(try copy.integrityCheck() == "ok")
        #expect(try copy.canonicalDump() == store.canonicalDump())
    }

    @Test func valueJSONRoundTrips() {
        let v: Value = .map(["a": .list([1, 2.5, "x\n\"y\"", .null, true]), "é": .map(["n": -3])])
        #expect(ValueJSON.decode(ValueJSON.encode(v)) == v)
        #expect(ValueJSON.decode("{\"s\":\"\\u00e9\\ud83d\\ude00\"}") == .map(["s": "é😀"]))
        #expect(ValueJSON.decode("[1,") == nil)
    }
}
