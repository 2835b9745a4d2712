import Testing
import DossierTestSupport
import Foundation
import DossierModel
@testable import DossierKit

@Suite struct ExportRunnerTests {
    static let graph = GraphSnapshot(
        nodes: [
            GraphNode(id: 1, labels: ["Company"], properties: ["name": "Northwind Mining", "aliases": .list(["Нортвинд"]), "uid": "c:1"]),
            GraphNode(id: 2, labels: ["Person"], properties: ["name": "Ada Park", "uid": "p:2"]),
            GraphNode(id: 3, labels: ["Company"], properties: ["name": "Northwind Mining Ltd", "uid": "c:3"]),
            GraphNode(id: 4, labels: ["Document"], properties: ["source": "corpus/en01.txt"]),
            GraphNode(id: 5, labels: ["Location"], properties: ["name": "Oslo", "uid": "l:5"]),
        ],
        relationships: [
            GraphRelationship(id: 10, type: "WORKS_FOR", start: 2, end: 1, properties: ["role": "CEO", "confidence": 0.9]),
            GraphRelationship(id: 11, type: "MENTIONS", start: 4, end: 1),
            GraphRelationship(id: 12, type: "LOCATED_IN", start: 2, end: 5, properties: ["confidence": 0.2]),
        ])

    struct NoEvidence: EvidenceSource {
        func evidence(forNode id: Int64) -> [Value] { [] }
        func evidence(forRelationship id: Int64) -> [Value] { [] }
    }

    let runner = ExportRunner(
        snapshot: { graph },
        evidence: { NoEvidence() },
        runQuery: { query, _ in
            guard query.contains("WORKS_FOR") else { return QueryResult(columns: ["name"], rows: [[.string("x")]]) }
            return QueryResult(columns: ["p"], rows: [[.node(graph.nodes[1])]])
        },
        perDocumentRecords: {
            [("corpus/a/en01.txt", ScorerRecord(entities: [.init(name: "Northwind", type: "Company")])),
             ("corpus/b/en01.html", ScorerRecord()),
             ("corpus/feed.xml#3", ScorerRecord())]
        })


    @Test func aroundMatchesEveryActorOfThatNameAndLeavesDocumentsOut() throws {
        let outcome = try runner.run(ExportRequest(format: .dot, selection: .around(name: "northwind mining", depth: 1)))
        let dot = String(decoding: outcome.standardOutput, as: UTF8.self)
        #expect(outcome.notes.first?.contains("matched 2 entities") == true)
        #expect(dot.contains("\"n1\" [") && dot.contains("\"n3\" [") && dot.contains("\"n2\" ["))
        #expect(!dot.contains("\"n4\" ["), "documents stay out unless asked for")
        #expect(!dot.contains("\"n5\" ["), "Oslo is two hops away")
        let with = try runner.run(ExportRequest(format: .dot, selection: .around(name: "Нортвинд", depth: 1), withDocuments: true))
        #expect(String(decoding: with.standardOutput, as: UTF8.self).contains("\"n4\" ["))
    }

    @Test func unknownNamesAndScalarQueriesAreClearErrors() {
        #expect(throws: Diagnostic.self) { try runner.run(ExportRequest(format: .dot, selection: .around(name: "Nobody", depth: 1))) }
        #expect(throws: Diagnostic.self) { try runner.run(ExportRequest(format: .dot, selection: .query("RETURN 1", parameters: [:]))) }
    }

    @Test func queryExportDrawsReturnedNodesAndTheirEdges() throws {
        let outcome = try runner.run(ExportRequest(format: .json, selection: .query("MATCH (p)-[:WORKS_FOR]->() RETURN p", parameters: [:])))
        let json = String(decoding: outcome.standardOutput, as: UTF8.self)
        #expect(json.contains("\"Ada Park\""))
        #expect(!json.contains("Northwind"), "only the returned node; no edge joins it to another returned node")
    }

    @Test func minConfidenceAppliesToEveryFormat() throws {
        for format in [ExportRequest.Format.dot, .json, .graphml] {
            let outcome = try runner.run(ExportRequest(format: format, minConfidence: 0.5))
            let text = String(decoding: outcome.standardOutput, as: UTF8.self)
            #expect(text.contains("WORKS_FOR") && !text.contains("LOCATED_IN"), "\(format)")
        }
    }

    @Test func neverOverwritesWithoutForce() throws {
        let directory = scratchDirectory("dossier-export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/graph.dot"
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try runner.run(ExportRequest(format: .dot, output: path)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        _ = try runner.run(ExportRequest(format: .dot, output: path, force: true))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("digraph"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["graph.dot"], "no temporary file is left")
    }

    @Test func aFailedWriteLeavesNoFileBehind() throws {
        let directory = scratchDirectory("dossier-export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let blocker = directory + "/not-a-dir"
        try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try runner.run(ExportRequest(format: .neo4j, output: blocker + "/out")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["not-a-dir"])
    }

    @Test func neo4jWritesThreeFiles() throws {
        let root = scratchDirectory("dossier-export")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = root + "/neo4j"
        let outcome = try runner.run(ExportRequest(format: .neo4j, output: directory))
        #expect(outcome.written.map { ($0 as NSString).lastPathComponent } == ["evidence.csv", "nodes.csv", "relationships.csv"])
        let nodes = try String(contentsOfFile: directory + "/nodes.csv", encoding: .utf8)
        #expect(nodes.contains("c:1,Company,Нортвинд,Northwind Mining"))
    }

    @Test func perDocumentFilesAreNamedAfterTheirSources() throws {
        let directory = scratchDirectory("dossier-export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try runner.run(ExportRequest(format: .json, output: directory, perDocument: true))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["en01-2.json", "en01.json", "feed-3.json"])
        let first = try String(contentsOfFile: directory + "/en01.json", encoding: .utf8)
        #expect(first.contains("\"name\" : \"Northwind\""))
        #expect(throws: Diagnostic.self) { try runner.run(ExportRequest(format: .json, output: directory, perDocument: true)) }
    }

    @Test(.enabled(if: GraphvizRenderer.dotExecutable() != nil, "needs Graphviz dot"))
    func rendersSVGThroughGraphviz() throws {
        let outcome = try runner.run(ExportRequest(format: .dot, render: "svg"))
        #expect(String(decoding: outcome.standardOutput, as: UTF8.self).contains("<svg"))
    }
}
