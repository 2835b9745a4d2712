import DossierModel
@testable import DossierQuery

/// A small sanctions-style graph most tests query.
enum SampleGraph {
    static let snapshot: GraphSnapshot = {
        let nodes = [
            GraphNode(id: 1, labels: ["Company"], properties: ["name": "ООО «БитРивер»", "aliases": .list(["BitRiver", "Bit River LLC"])]),
            GraphNode(id: 2, labels: ["Company"], properties: ["name": "Intelion Data Inc."]),
            GraphNode(id: 3, labels: ["Person"], properties: ["name": "Igor Runets", "born": 1976]),
            GraphNode(id: 4, labels: ["Location"], properties: ["name": "Bratsk"]),
            GraphNode(id: 5, labels: ["Sanction"], properties: ["name": "SDN 2022", "authority": "OFAC"]),
        ]
        let rels = [
            GraphRelationship(id: 10, type: "WORKS_FOR", start: 3, end: 1, properties: ["since": 2017]),
            GraphRelationship(id: 11, type: "LOCATED_IN", start: 1, end: 4),
            GraphRelationship(id: 12, type: "SANCTIONED_BY", start: 1, end: 5),
            GraphRelationship(id: 13, type: "OPERATES", start: 2, end: 4),
        ]
        return GraphSnapshot(nodes: nodes, relationships: rels)
    }()

    static func engine(evidence: (any EvidenceSource)? = nil) -> QueryEngine {
        QueryEngine(snapshot: snapshot, evidence: evidence)
    }
}

struct FixedEvidence: EvidenceSource {
    func evidence(forNode id: Int64) -> [Value] {
        id == 1 ? [.map(["document": "bitriver.html", "sentence": "BitRiver operates in Bratsk.", "start": 0, "end": 8,
                         "extractor": "gazetteer", "confidence": 0.9])] : []
    }
    func evidence(forRelationship id: Int64) -> [Value] {
        id == 11 ? [.map(["document": "bitriver.html", "extractor": "pattern:located_in", "confidence": 0.7])] : []
    }
}

extension QueryEngine {
    /// The single value of a one-row, one-column result.
    func scalar(_ query: String, _ parameters: [String: Value] = [:]) throws -> QueryValue {
        let r = try run(query, parameters: parameters)
        guard r.rows.count == 1, r.rows[0].count == 1 else { return .string("unexpected shape \(r)") }
        return r.rows[0][0]
    }

    func error(_ query: String) -> QueryError? {
        do { _ = try run(query); return nil } catch { return error }
    }
}
