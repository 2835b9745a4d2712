import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import DossierModel
@testable import DossierExport

@Suite struct GraphMLExporterTests {
    let xml = GraphMLExporter.export(SampleGraph.snapshot, evidence: SampleGraph.Evidence())

    /// Collects keys, nodes, edges and data values while parsing.
    final class Collector: NSObject, XMLParserDelegate {
        var keys: [String: (name: String, type: String)] = [:]
        var nodes = 0, edges = 0
        var data: [(key: String, text: String)] = []
        var currentKey: String?
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "key": keys[attributes["id"] ?? ""] = (attributes["attr.name"] ?? "", attributes["attr.type"] ?? "")
            case "node": nodes += 1
            case "edge": edges += 1
            case "data": currentKey = attributes["key"]; text = ""
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "data", let key = currentKey { data.append((key, text)); currentKey = nil }
        }
    }

    @Test func parsesBackWithTypedKeysAndIntactValues() throws {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(collector.nodes == 8)
        #expect(collector.edges == 7)
        let byName = Dictionary(collector.keys.values.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(byName["confidence"] == "double")
        #expect(byName["name"] == "string")
        let names = collector.data.filter { collector.keys[$0.key]?.name == "name" }.map(\.text)
        #expect(names.contains("Site C\\D\nnorth"))
        #expect(names.contains("Zoë \"Z\" Martín"))
        #expect(names.contains("商务部 🏛"))
    }

    @Test func matchesItsGoldenFile() throws {
        let golden = try Golden.check(xml, "sample.graphml")
        #expect(!golden.recorded)
        #expect(xml == golden.expected)
    }
}

@Suite struct Neo4jCSVExporterTests {
    let files = Neo4jCSVExporter.export(SampleGraph.snapshot, evidence: SampleGraph.Evidence())

    @Test func usesTheBulkImportHeaders() throws {
        let nodes = try #require(files["nodes.csv"])
        let header = nodes.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header == "uid:ID,:LABEL,aliases:string[],capacity,confidence:double,country,name,source,status,title")
        #expect(nodes.contains("company:northwind,Company,Нортвинд;Northwind,"))
        #expect(nodes.contains("\"Site C\\D\nnorth\""), "multi-line values are quoted")
        let relationships = try #require(files["relationships.csv"])
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,uid,confidence:double,date,role\n"))
        #expect(relationships.contains("person:zoe,company:northwind,WORKS_FOR,r10,0.8,,CEO"))
        #expect(relationships.contains("n7,company:northwind,MENTIONS,r15"), "a node without uid gets n<id>")
    }

    @Test func evidenceGoesIntoItsOwnFileLinkedById() throws {
        let evidence = try #require(files["evidence.csv"])
        let lines = evidence.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("evidence:1,Evidence,company:northwind,corpus/en01.txt,"))
        #expect(lines[2].hasPrefix("evidence:2,Evidence,r10,"))
    }

    @Test func graphJSONHasEveryElementWithEvidence() throws {
        let json = GraphJSONExporter.export(SampleGraph.snapshot, evidence: SampleGraph.Evidence())
        guard case .map(let top) = try JSONValueParser.parse(json), case .list(let nodes)? = top["nodes"],
              case .list(let rels)? = top["relationships"] else { Issue.record("bad shape"); return }
        #expect(nodes.count == 8 && rels.count == 7)
        guard case .map(let first) = nodes[0] else { Issue.record("node is not an object"); return }
        #expect(first["id"] == .int(1))
        #expect(first["evidence"] != nil)
    }
}
