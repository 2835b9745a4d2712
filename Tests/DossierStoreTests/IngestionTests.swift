import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierStore

@Suite struct IngestionTests {
    @Test func sameDocumentTwiceChangesNothing() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        let first = try StoreFixtures.ingest(store, doc, ex)
        let before = try store.canonicalDump()
        let second = try StoreFixtures.ingest(store, doc, ex)
        #expect(first.isNew && !second.isNew)
        #expect(try store.canonicalDump() == before)
        #expect(try store.stats().relations == ["OWNS": 1])
    }

    @Test func identicalContentThroughTwoPathsIsOneDocumentWithTwoSources() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (doc, ex) = StoreFixtures.ownership("a.txt")
        var copy = doc
        copy.source = "mirror/a.txt"
        try StoreFixtures.ingest(store, doc, ex)
        try StoreFixtures.ingest(store, copy, ex)
        #expect(try store.stats().documents == 1)
        let sources = try store.db.query("SELECT source FROM document_sources ORDER BY source") { $0.text(0) }
        #expect(sources == ["a.txt", "mirror/a.txt"])
        #expect(try store.stats().entities == ["Company": 2])
    }

    @Test func changedDocumentFromSameSourceReplacesItsEvidence() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (v1, e1) = StoreFixtures.ownership("a.txt", owner: "Acme Holdings", owned: "Beta Mining")
        let (v2, e2) = StoreFixtures.ownership("a.txt", owner: "Acme Holdings", owned: "Gamma Power")
        try StoreFixtures.ingest(store, v1, e1)
        try StoreFixtures.ingest(store, v2, e2)
        let names = try store.snapshot(includeDocuments: false).nodes.compactMap { $0.properties["name"]?.stringValue }.sorted()
        #expect(names == ["Acme Holdings", "Gamma Power"])
        #expect(try store.stats().documents == 1)
        #expect(try store.stats().relations == ["OWNS": 1])
    }

    @Test func forgetRemovesExactlyWhatOnlyThatDocumentSupported() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let (d1, e1) = StoreFixtures.ownership("one.txt")
        let d2 = StoreFixtures.document("two.txt", "Acme Holdings reported results.")
        try StoreFixtures.ingest(store, d1, e1)
        try StoreFixtures.ingest(store, d2, DocumentExtraction(document: "two.txt", entities: [StoreFixtures.entity(0, .company, "Acme Holdings", in: d2)]))
        #expect(try store.forget("one.txt") == ["one.txt"])
        let s = try store.stats()
        #expect(s.documents == 1 && s.entities == ["Company": 1] && s.relations.isEmpty)
        #expect(try store.forget("nothing-like-this") == [])
    }

    @Test func conflictingCapacitiesAreBothKeptWithSupport() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        for (source, literal, mw) in [("a.txt", "100 MW", 100.0), ("b.txt", "200 MW", 200.0), ("c.txt", "100 MW", 100.0)] {
            let doc = StoreFixtures.document(source, "The Delta data centre (\(literal)) is run by Acme Holdings in \(source).")
            try StoreFixtures.ingest(store, doc, DocumentExtraction(document: source, entities: [
                StoreFixtures.entity(0, .facility, "Delta data centre", in: doc), StoreFixtures.entity(1, .company, "Acme Holdings", in: doc),
            ], relations: [StoreFixtures.capacity(0, literal, megawatts: mw, in: doc), StoreFixtures.relation(1, .operates, 0, in: doc)]))
        }
        let snap = try store.snapshot()
        let facility = try #require(snap.nodes.first { $0.labels == ["Facility"] })
        #expect(facility.properties["capacity"] == .list(["100 MW", "200 MW"]))
        let operates = try #require(snap.relationships.first { $0.type == "OPERATES" })
        #expect(operates.properties["support"] == .int(3))
        #expect(try store.stats().relations == ["CAPACITY": 2, "OPERATES": 1])
        let records = try store.perDocumentRecords()
        #expect(records.map(\.source) == ["a.txt", "b.txt", "c.txt"])
        #expect(records[1].record.relations.contains(.init(subject: "Delta data centre", predicate: "CAPACITY", object: "200 MW")))
    }

    @Test func snapshotCarriesDocumentsMentionsAliasesAndEvidence() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-store"))
        let doc = StoreFixtures.document("a.txt", "Maxim Vyaznikov, director of Acme Holdings, spoke.")
        try StoreFixtures.ingest(store, doc, DocumentExtraction(document: "a.txt", entities: [
            StoreFixtures.entity(0, .person, "Maxim Vyaznikov", in: doc, aliases: ["Vyaznikov"]),
            StoreFixtures.entity(1, .company, "Acme Holdings", in: doc, properties: ["country": "RU"]),
        ], relations: [StoreFixtures.relation(0, .worksFor, 1, in: doc, properties: ["role": "director"])]))
        let snap = try store.snapshot()
        let person = try #require(snap.nodes.first { $0.labels == ["Person"] })
        #expect(person.properties["aliases"] == .list(["Vyaznikov"]))
        #expect(person.properties["uid"] == "person:maxim-vyaznikov")
        #expect(snap.nodes.first { $0.labels == ["Company"] }?.properties["country"] == "RU")
        let document = try #require(snap.nodes.first { $0.labels == ["Document"] })
        #expect(document.properties["source"] == "a.txt" && document.properties["published"] == "2024-03-01")
        #expect(snap.relationships.filter { $0.type == "MENTIONS" && $0.start == document.id }.count == 2)
        let works = try #require(snap.relationships.first { $0.type == "WORKS_FOR" })
        #expect(works.properties["role"] == "director" && works.properties["support"] == .int(1))
        guard case .map(let ev)? = try store.evidence(relationship: works.id).first else { Issue.record("no evidence"); return }
        #expect(ev["document"] == "a.txt" && ev["extractor"] == "test.rule" && ev["sentence"] == .string(doc.text))
        guard case .map(let mention)? = try store.evidence(node: person.id).first else { Issue.record("no mention"); return }
        #expect(mention["start"] == .int(0) && mention["end"] == .int(15))
        let mentionsEdge = try #require(snap.relationships.first { $0.type == "MENTIONS" && $0.end == person.id })
        #expect(try store.evidence(relationship: mentionsEdge.id).count == 1)
        let record = try #require(try store.perDocumentRecords().first?.record)
        #expect(record.entities.first { $0.type == "Person" } == .init(name: "Maxim Vyaznikov", type: "Person", aliases: ["Vyaznikov"]))
        #expect(record.relations == [.init(subject: "Maxim Vyaznikov", predicate: "WORKS_FOR", object: "Acme Holdings", role: "director")])
    }

    @Test func reopeningKeepsTheSchemaVersionAndRefusesANewerOne() throws {
        let dir = scratchDirectory("dossier-store")
        do {
            let store = try GraphStore(directory: dir)
            #expect(try store.db.scalarInt("SELECT max(version) FROM schema_version") == Int64(StoreSchema.currentVersion))
            try store.db.run("INSERT INTO schema_version(version) VALUES (?)", [.int(999)])
        }
        #expect(throws: StoreError.self) { try GraphStore(directory: dir) }
    }

    @Test func anOlderStoreIsMigratedForwardKeepingItsData() throws {
        let dir = scratchDirectory("dossier-store")
        do {
            let store = try GraphStore(directory: dir)
            let (doc, ex) = StoreFixtures.ownership("a.txt")
            try StoreFixtures.ingest(store, doc, ex)
            // Make it a version-1 store: drop what migrations 2 and 3 added.
            try store.db.execute("""
                ALTER TABLE documents DROP COLUMN extractor; DROP TABLE imports;
                DROP INDEX aliases_key; DROP INDEX aliases_document; DROP INDEX entity_keys_document;
                DROP INDEX resolutions_entity; DROP INDEX resolutions_document; DELETE FROM schema_version WHERE version > 1;
                """)
        }
        let store = try GraphStore(directory: dir)
        #expect(try store.db.scalarInt("SELECT max(version) FROM schema_version") == Int64(StoreSchema.currentVersion))
        #expect(try store.db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'aliases_key'") == 1)
        #expect(try store.stats().relations == ["OWNS": 1])
    }

    @Test func readingAMissingStoreSaysSo() {
        #expect { try GraphStore(directory: scratchDirectory("dossier-store"), readOnly: true) } throws: {
            "\($0)".contains("no graph")
        }
    }
}
