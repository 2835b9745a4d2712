import Testing
import DossierTestSupport
import Foundation
import DossierModel
@testable import DossierExport

let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite struct DOTExporterTests {
    let dot = DOTExporter.export(SampleGraph.snapshot, options: .init(title: "Sample \"graph\"", evidence: SampleGraph.Evidence()))

    @Test func matchesItsGoldenFile() throws {
        let golden = try Golden.check(dot, "sample.dot")
        #expect(!golden.recorded)
        #expect(dot == golden.expected)
    }

    @Test(.enabled(if: dotPath != nil, "needs Graphviz dot"), arguments: ["-Tcanon", "-Tsvg"])
    func graphvizAcceptsItWithoutWarnings(_ format: String) throws {
        let run = try runTool(try #require(dotPath), [format], input: dot)
        #expect(run.status == 0)
        #expect(run.err.isEmpty, "dot wrote to stderr: \(run.err)")
        if format == "-Tsvg" {
            #expect(run.out.contains("Northwind Mining said"), "node tooltips carry the evidence sentence")
            #expect(run.out.contains("corpus/en01.txt"))
        }
    }

    @Test func sanctionedEntitiesStandOutAndLabelsCarryKeyValues() {
        let line = dot.split(separator: "\n").first { $0.hasPrefix("  \"n1\" [") } ?? ""
        #expect(line.contains("color=\"#C0392B\"") && line.contains("penwidth=3"))
        #expect(dot.contains("capacity: 100 MW, status: planned"))
        #expect(dot.contains("label=\"WORKS_FOR\\nCEO\""))
        #expect(dot.contains("subgraph cluster_legend"))
    }

    @Test func escapesQuotesBackslashesAndNewlines() {
        #expect(DOTExporter.quoted("a\"b\\c\nd\re🏛") == "\"a\\\"b\\\\c\\nde🏛\"")
    }

    /// Whatever the names hold, `dot` parses the file and keeps each label intact.
    @Test(.enabled(if: dotPath != nil, "needs Graphviz dot"))
    func anyNameSurvivesAGraphvizRoundTrip() throws {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("aZ \"\\\n{}[];,=<>&'-→ëЖ中🏛\t#%")
        var nodes: [GraphNode] = []
        for id in 1...40 {
            let name = String((0..<Int(generator.next() % 12 + 1)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            nodes.append(GraphNode(id: Int64(id), labels: ["Company"], properties: ["name": .string(name)]))
        }
        let text = DOTExporter.export(GraphSnapshot(nodes: nodes))
        let run = try runTool(try #require(dotPath), ["-Tcanon"], input: text)
        #expect(run.status == 0)
        #expect(run.err.isEmpty, "\(run.err)")
        #expect(run.out.components(separatedBy: "shape=box").count - 1 == 41, "40 nodes and one legend entry")
    }

    @Test func warnsAboveTheSizeThreshold() {
        #expect(DOTExporter.sizeWarning(nodeCount: 10) == nil)
        #expect(DOTExporter.sizeWarning(nodeCount: 501)?.contains("--around") == true)
    }

    @Test func orderDoesNotDependOnInputOrder() {
        var shuffled = SampleGraph.snapshot
        shuffled.nodes.reverse()
        shuffled.relationships.reverse()
        #expect(DOTExporter.export(shuffled) == DOTExporter.export(SampleGraph.snapshot))
    }
}

