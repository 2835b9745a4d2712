import ArgumentParser
import DossierExport
import DossierKit
import DossierModel
import Foundation

/// `dossier-bench surfaces`: how long the exporters and the result printers take on a
/// synthetic graph (names in several scripts, every entity type, one evidence per element).
struct SurfacesBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "surfaces", abstract: "Time DOT/JSON/GraphML/Neo4j exports and table/JSON/CSV rendering.")

    @Option(help: "Nodes in the synthetic graph (relationships: three per node).") var nodes = 10_000
    @Option(help: "Rounds per measurement (the median is reported).") var rounds = 5

    struct Evidence: EvidenceSource {
        func evidence(forNode id: Int64) -> [Value] {
            [.map(["snippet": .string("Entity \(id) was named in a sentence."), "document": .string("corpus/doc\(id % 50).txt"), "confidence": 0.8])]
        }
        func evidence(forRelationship id: Int64) -> [Value] {
            [.map(["snippet": .string("Relation \(id) was stated."), "document": .string("corpus/doc\(id % 50).txt"), "confidence": .double(Double(id % 10) / 10)])]
        }
    }

    func run() throws {
        let types = EntityType.allCases.map(\.rawValue)
        let scripts = ["Northwind", "Нортвинд", "北风", "Zoë"]
        let predicates = Predicate.allCases.map(\.rawValue)
        var graph = GraphSnapshot()
        for i in 0..<nodes {
            let properties: [String: Value] = [
                "name": .string("\(scripts[i % scripts.count]) \(i)"), "uid": .string("e:\(i)"),
                "aliases": .list([.string("alias \(i)")]), "confidence": .double(Double(i % 10) / 10),
            ]
            graph.nodes.append(GraphNode(id: Int64(i), labels: [types[i % types.count]], properties: properties))
        }
        for i in 0..<(3 * nodes) {
            let properties: [String: Value] = ["confidence": .double(Double(i % 10) / 10)]
            graph.relationships.append(GraphRelationship(id: Int64(i), type: predicates[i % predicates.count],
                                                         start: Int64(i % nodes), end: Int64((i * 7 + 1) % nodes), properties: properties))
        }
        let rows: [[QueryValue]] = graph.nodes.map { node in [QueryValue.node(node), QueryValue.string(GraphConventions.displayName(node)), QueryValue.double(0.5)] }
        let result = QueryResult(columns: ["n", "name", "score"], rows: rows)
        let evidence = Evidence()

        func time(_ label: String, _ body: () -> Int) {
            var seconds: [Double] = []
            var bytes = 0
            for _ in 0..<rounds { seconds.append(Measure.seconds { bytes = body() }) }
            let median = Measure.median(seconds)
            print("\(label.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", median * 1000)) ms  \(String(format: "%7.1f", Double(bytes) / 1_048_576)) MiB")
        }
        print("machine: \(Measure.machine()); graph: \(nodes) nodes, \(3 * nodes) relationships; median of \(rounds)")
        time("DOT (with tooltips)") { DOTExporter.export(graph, options: .init(evidence: evidence)).utf8.count }
        time("JSON (with evidence)") { GraphJSONExporter.export(graph, evidence: evidence).utf8.count }
        time("GraphML") { GraphMLExporter.export(graph).utf8.count }
        time("Neo4j CSV (with evidence)") { Neo4jCSVExporter.export(graph, evidence: evidence).values.reduce(0) { $0 + $1.utf8.count } }
        time("min-confidence 0.5") { GraphSelection.minimumConfidence(0.5, in: graph, evidence: evidence).relationships.count }
        time("table, \(nodes) rows") { TableRenderer().render(result).utf8.count }
        time("JSON result, \(nodes) rows") { JSONText.encode(result).utf8.count }
        time("CSV result, \(nodes) rows") { CSVText.render(result).utf8.count }
        print("peak RSS: \(Measure.peakRSSBytes() / 1_048_576) MiB")
    }
}
