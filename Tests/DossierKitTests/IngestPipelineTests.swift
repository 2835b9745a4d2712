import DossierExtract
import DossierModel
import DossierResolve
import DossierStore
import Foundation
import Testing
import DossierTestSupport
@testable import DossierKit

@Suite struct IngestPipelineTests {

    static func extraction(_ source: String, _ entities: [(EntityType, String)]) -> (Document, DocumentExtraction) {
        let text = entities.map(\.1).joined(separator: " met ") + "."
        let doc = Document(source: source, language: "fr", text: text, sentences: [TextSpan(start: 0, end: text.unicodeScalars.count)])
        let ev = Evidence(document: source, sentence: doc.sentences[0], span: doc.sentences[0], snippet: text, extractor: "test", confidence: 1)
        let ents = entities.enumerated().map { ExtractedEntity(localID: $0.offset, type: $0.element.0, name: $0.element.1, mentions: [Mention(text: $0.element.1, evidence: ev)]) }
        return (doc, DocumentExtraction(document: source, entities: ents))
    }

    @Test func resolutionLinksAcrossDocumentsScriptsAndLanguagesButNotBareSurnames() throws {
        let store = try GraphStore(directory: scratchDirectory("dossier-kit"))
        let docs = [
            Self.extraction("fr.txt", [(.company, "ООО «БитРивер»"), (.organization, "OFAC"), (.person, "Maxim Vyaznikov"), (.location, "Russie")]),
            Self.extraction("en.txt", [(.company, "BitRiver"), (.organization, "Office of Foreign Assets Control"), (.person, "Vyaznikov"), (.location, "Russia")]),
        ]
        for (doc, ex) in docs {
            _ = try store.ingest(doc, contentHash: IngestPipeline.contentHash(doc), file: doc.source,
                                 extraction: DocumentLinker.link(ex), resolution: IngestPipeline.resolution)
        }
        let stats = try store.stats()
        #expect(stats.entities == ["Company": 1, "Organization": 1, "Location": 1, "Person": 2])
        let bitriver = try store.entity(named: "BitRiver")
        #expect(bitriver.name == "ООО «БитРивер»" && bitriver.names.contains("BitRiver"))
        #expect(try store.describe(bitriver).contains("same normalised name"))
    }

    @Test func unchangedFilesAreSkippedAndChangedOnesReplaced() throws {
        let dir = scratchDirectory("dossier-kit")
        let corpus = dir + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for i in 0..<3 { try "Article \(i) says something.".write(toFile: "\(corpus)/a\(i).txt", atomically: true, encoding: .utf8) }
        let pipeline = try IngestPipeline(graphDirectory: dir + "/graph")
        let first = pipeline.ingest(paths: [corpus])
        #expect(first.progress.documents == 3 && first.failures.isEmpty)
        // Same bytes, new modification time: read and hashed, not parsed again.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: "\(corpus)/a0.txt")
        try "Article 1 now says something else.".write(toFile: "\(corpus)/a1.txt", atomically: true, encoding: .utf8)
        let second = pipeline.ingest(paths: [corpus])
        #expect(second.progress.filesSkipped == 2 && second.progress.documents == 1)
        #expect(try StoreStatistics.load(graphDirectory: dir + "/graph").stats.documents == 3)
    }

    @Test func documentsOfAnotherExtractorAreReExtractedOnceAndCounted() throws {
        let dir = scratchDirectory("dossier-kit")
        let corpus = dir + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (i, text) in ["Siemens AG signed a contract with Gazprom in Berlin.", "Maria Lopez, chief executive of Acme Mining Corp, visited Paris."].enumerated() {
            try text.write(toFile: "\(corpus)/a\(i).txt", atomically: true, encoding: .utf8)
        }
        let older = try IngestPipeline(graphDirectory: dir + "/graph")
        older.extractorFingerprint = "an older extractor"
        #expect(older.ingest(paths: [corpus]).progress.documents == 2)
        let before = try StoreStatistics.canonicalDump(graphDirectory: dir + "/graph")
        let upgraded = try IngestPipeline(graphDirectory: dir + "/graph")
        let first = upgraded.ingest(paths: [corpus]).progress
        #expect(first.reExtracted == 2 && first.documents == 0 && first.filesSkipped == 0)
        // Same rules here, so the same graph; with the same fingerprint the files are skipped unread.
        #expect(try StoreStatistics.canonicalDump(graphDirectory: dir + "/graph") == before)
        let again = try IngestPipeline(graphDirectory: dir + "/graph").ingest(paths: [corpus]).progress
        #expect(again.reExtracted == 0 && again.filesSkipped == 2 && again.documents == 0)
        #expect(try StoreStatistics.canonicalDump(graphDirectory: dir + "/graph") == before)
    }

    @Test func theFingerprintFollowsTheRulesRevisionAndLexiconBytes() {
        #expect(ExtractorFingerprint.current.count == 64)
        #expect(Extractor.lexiconFiles().contains { $0.name == "countries.tsv" && !$0.bytes.isEmpty })
    }

    @Test func judgementsAndAnalystFactsSurviveARebuild() throws {
        let dir = scratchDirectory("dossier-kit")
        let graph = dir + "/graph"
        try "An article.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        _ = try IngestPipeline(graphDirectory: graph).ingest(paths: [dir + "/a.txt"])
        try GraphAccess.recordAnalystFacts(graphDirectory: graph, created: GraphSnapshot(
            nodes: [GraphNode(id: 1, labels: ["Company"], properties: ["name": "Acme"]), GraphNode(id: 2, labels: ["Person"], properties: ["name": "Jane Roe"])],
            relationships: [GraphRelationship(id: 3, type: "WORKS_FOR", start: 2, end: 1)]))
        try StoreJudgements.record(kind: "rename", arguments: ["Acme", "Acme Corp"], graphDirectory: graph)
        let before = try StoreStatistics.canonicalDump(graphDirectory: graph)
        let log = try String(contentsOfFile: graph + "/judgements.jsonl", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2 && log.contains("\"kind\":\"rename\""))
        let report = try StoreJudgements.rebuild(graphDirectory: graph)
        #expect(report.replayed == 2 && report.failedJudgements.isEmpty)
        #expect(try StoreStatistics.canonicalDump(graphDirectory: graph) == before)
        // A lost database: rebuilt from the given paths plus the log.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: graph + "/dossier.sqlite" + suffix) }
        _ = try StoreJudgements.rebuild(graphDirectory: graph, extraPaths: [dir + "/a.txt"])
        #expect(try StoreStatistics.load(graphDirectory: graph).stats.documents == 1)
        #expect(try StoreStatistics.describe("Jane Roe", graphDirectory: graph).contains("WORKS_FOR"))
        let snapshot = try GraphAccess.snapshot(graphDirectory: graph)
        #expect(snapshot.nodes.contains { $0.properties["name"] == "Acme Corp" })
    }

    @Test func walkingADirectorySkipsHiddenFilesReadmesAndTheGraphItself() throws {
        let dir = scratchDirectory("dossier-kit")
        for name in ["a.txt", ".hidden.txt", "README.md", "graph/dossier.sqlite", "sub/b.txt", ".git/config"] {
            try FileManager.default.createDirectory(atPath: (dir + "/" + name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "x".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        let (files, missing) = IngestPipeline.expand([dir, dir + "/nope.txt"], skipping: dir + "/graph")
        #expect(files == [dir + "/a.txt", dir + "/sub/b.txt"])
        #expect(missing.map(\.description) == [dir + "/nope.txt: no such file or directory"])
    }

    @Test func statsJSONHasExactlyTheAgreedKeys() throws {
        var stats = StoreStats()
        stats.documents = 2; stats.entities = ["Person": 1, "Company": 3]; stats.relations = ["OWNS": 1]; stats.evidence = 9; stats.judgements = 1
        #expect(StoreStatistics(stats: stats).json == #"{"documents":2,"entities":{"Company":3,"Person":1},"relations":{"OWNS":1},"evidence":9,"judgements":1}"#)
    }
}
