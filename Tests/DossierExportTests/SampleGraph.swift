import DossierTestSupport
import DossierModel
import Foundation

/// A small hand-built graph with every node type, a sanctioned company, a document layer
/// and names that stress escaping (quotes, backslashes, newlines, Cyrillic, CJK, emoji).
enum SampleGraph {
    static let snapshot = GraphSnapshot(
        nodes: [
            GraphNode(id: 1, labels: ["Company"], properties: [
                "name": "Northwind Mining", "aliases": .list(["Нортвинд", "Northwind"]), "uid": "company:northwind",
                "country": "RU", "confidence": 0.9]),
            GraphNode(id: 2, labels: ["Person"], properties: ["name": "Zoë \"Z\" Martín", "uid": "person:zoe"]),
            GraphNode(id: 3, labels: ["Facility"], properties: [
                "name": "Site C\\D\nnorth", "uid": "facility:site-c", "capacity": "100 MW", "status": "planned"]),
            GraphNode(id: 4, labels: ["Sanction"], properties: ["name": "Entity List", "uid": "sanction:entity-list"]),
            GraphNode(id: 5, labels: ["Organization"], properties: ["name": "商务部 🏛", "uid": "org:mofcom"]),
            GraphNode(id: 6, labels: ["Location"], properties: ["name": "Siberia", "uid": "loc:siberia"]),
            GraphNode(id: 7, labels: ["Document"], properties: ["source": "corpus/en01.txt", "title": "A story"]),
            GraphNode(id: 8, labels: ["Product"], properties: ["name": "Hasher X1", "uid": "product:x1", "confidence": 0.2]),
        ],
        relationships: [
            GraphRelationship(id: 10, type: "WORKS_FOR", start: 2, end: 1, properties: ["role": "CEO", "confidence": 0.8]),
            GraphRelationship(id: 11, type: "OPERATES", start: 1, end: 3, properties: ["confidence": 0.7]),
            GraphRelationship(id: 12, type: "LOCATED_IN", start: 3, end: 6, properties: ["confidence": 0.4]),
            GraphRelationship(id: 13, type: "SANCTIONED_BY", start: 1, end: 4, properties: ["date": "2024-05", "confidence": 0.95]),
            GraphRelationship(id: 14, type: "IMPOSED_BY", start: 4, end: 5, properties: ["confidence": 0.6]),
            GraphRelationship(id: 15, type: "MENTIONS", start: 7, end: 1),
            GraphRelationship(id: 16, type: "SUPPLIES", start: 1, end: 8, properties: ["confidence": 0.3]),
        ])

    /// Evidence for a few elements, in the store's map shape.
    struct Evidence: EvidenceSource {
        func evidence(forNode id: Int64) -> [Value] {
            id == 1 ? [.map(["snippet": "Northwind Mining said \"no\".", "document": "corpus/en01.txt", "confidence": 0.9, "extractor": "rule:x"])] : []
        }
        func evidence(forRelationship id: Int64) -> [Value] {
            id == 10 ? [.map(["snippet": "Zoë Martín, CEO of Northwind", "document": "corpus/en01.txt", "confidence": 0.8, "extractor": "rule:role"])] : []
        }
    }

    static var node1: GraphNode { snapshot.nodes[0] }
}

/// Reads and (with `DOSSIER_RECORD=1`) rewrites golden files next to this test target.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The golden text, or the actual text after recording it when asked to (the test then fails so the diff is reviewed).
    static func check(_ actual: String, _ name: String) throws -> (expected: String, recorded: Bool) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return (actual, true)
        }
        return (try String(contentsOf: url, encoding: .utf8), false)
    }
}

