import DossierModel

/// Graph → one JSON document: `{"nodes":[…],"relationships":[…]}`, each element in the
/// same shape as `dossier query --format json` prints it, optionally with an `evidence`
/// array beside `properties`. Keys sorted, elements by id.
public enum GraphJSONExporter {
    public static func export(_ snapshot: GraphSnapshot, evidence: (any EvidenceSource)? = nil) -> String {
        func entry(_ fields: [(String, QueryValue)], _ values: [Value]?) -> String {
            var map = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            if let values { map["evidence"] = .list(values.map(QueryValue.init)) }
            return JSONText.encode(.map(map))
        }
        let nodes = snapshot.nodes.sorted { $0.id < $1.id }.map {
            entry(JSONText.nodeFields($0), evidence?.evidence(forNode: $0.id))
        }
        let relationships = snapshot.relationships.sorted { $0.id < $1.id }.map {
            entry(JSONText.relationshipFields($0), evidence?.evidence(forRelationship: $0.id))
        }
        // One element per line keeps diffs of two exports readable.
        func block(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        return "{\n  \"nodes\": \(block(nodes)),\n  \"relationships\": \(block(relationships))\n}\n"
    }
}
