import DossierModel
import Foundation

/// Graph → the CSV layout of `neo4j-admin database import full`: `nodes.csv` (`uid:ID`,
/// `:LABEL`, typed property columns, lists as `:string[]` etc. split on `;`),
/// `relationships.csv` (`:START_ID`, `:END_ID`, `:TYPE`, properties) and `evidence.csv`
/// (`Evidence` nodes whose `about` is the uid of the node or relationship they support).
///
/// Ids are the store's stable entity ids (`uid`), so a re-export imports to the same ids.
public enum Neo4jCSVExporter {
    /// Neo4j's default array delimiter; a `;` inside an element becomes `,`.
    public static let arrayDelimiter = ";"

    /// File name → contents.
    public static func export(_ snapshot: GraphSnapshot, evidence: (any EvidenceSource)? = nil) -> [String: String] {
        let nodes = snapshot.nodes.sorted { $0.id < $1.id }
        var uids: [Int64: String] = [:]
        var used = Set<String>()
        for node in nodes {
            var uid = node.properties["uid"].map(GraphConventions.plainText) ?? ""
            if uid.isEmpty || used.contains(uid) { uid = "n\(node.id)" }
            used.insert(uid)
            uids[node.id] = uid
        }
        let relationships = snapshot.relationships.sorted { $0.id < $1.id }.filter { uids[$0.start] != nil && uids[$0.end] != nil }
        func relationshipUID(_ r: GraphRelationship) -> String {
            r.properties["uid"].map(GraphConventions.plainText).flatMap { $0.isEmpty ? nil : $0 } ?? "r\(r.id)"
        }

        let nodeColumns = columns(nodes.map(\.properties))
        var nodesCSV = (["uid:ID", ":LABEL"] + nodeColumns.map(\.header)).map(CSVText.field).joined(separator: ",") + "\n"
        for node in nodes {
            let fixed = [uids[node.id] ?? "", node.labels.joined(separator: arrayDelimiter)]
            nodesCSV += (fixed + nodeColumns.map { $0.text(node.properties[$0.name]) }).map(CSVText.field).joined(separator: ",") + "\n"
        }

        let relationshipColumns = columns(relationships.map(\.properties))
        var relationshipsCSV = ([":START_ID", ":END_ID", ":TYPE", "uid"] + relationshipColumns.map(\.header)).map(CSVText.field).joined(separator: ",") + "\n"
        for r in relationships {
            let fixed = [uids[r.start] ?? "", uids[r.end] ?? "", r.type, relationshipUID(r)]
            relationshipsCSV += (fixed + relationshipColumns.map { $0.text(r.properties[$0.name]) }).map(CSVText.field).joined(separator: ",") + "\n"
        }

        var evidenceCSV = "evidence_id:ID,:LABEL,about,document,snippet,extractor,confidence:double\n"
        if let evidence {
            var counter = 0
            func rows(_ about: String, _ notes: [EvidenceNote]) {
                for note in notes {
                    counter += 1
                    let fields = ["evidence:\(counter)", "Evidence", about, note.document ?? "", note.snippet,
                                  note.extractor ?? "", note.confidence.map { "\($0)" } ?? ""]
                    evidenceCSV += fields.map(CSVText.field).joined(separator: ",") + "\n"
                }
            }
            for node in nodes { rows(uids[node.id] ?? "", evidence.notes(forNode: node.id)) }
            for r in relationships { rows(relationshipUID(r), evidence.notes(forRelationship: r.id)) }
        }
        return ["nodes.csv": nodesCSV, "relationships.csv": relationshipsCSV, "evidence.csv": evidenceCSV]
    }

    /// One typed property column.
    struct Column {
        var name: String
        var type: String  // "", "long", "double", "boolean", each optionally with "[]"

        var header: String { type.isEmpty ? name : "\(name):\(type)" }

        func text(_ value: Value?) -> String {
            guard let value, value != .null else { return "" }
            switch value {
            case .list(let items) where type.hasSuffix("[]"):
                return items.map { element(GraphConventions.plainText($0)) }.joined(separator: arrayDelimiter)
            case .int(let i) where type == "double": return "\(Double(i))"
            case .string(let s): return s
            case .int, .double, .bool: return GraphConventions.plainText(value)
            default: return JSONText.encode(QueryValue(value))
            }
        }

        func element(_ text: String) -> String {
            guard text.utf8.contains(UInt8(ascii: ";")) else { return text }
            return String(text.map { $0 == ";" ? "," : $0 })
        }
    }

    static func columns(_ properties: [[String: Value]]) -> [Column] {
        var valuesByName: [String: [Value]] = [:]
        for props in properties {
            for (name, value) in props where value != .null && name != "uid" { valuesByName[name, default: []].append(value) }
        }
        return valuesByName.keys.sorted().map { Column(name: $0, type: columnType(valuesByName[$0] ?? [])) }
    }

    static func columnType(_ values: [Value]) -> String {
        func scalarType(_ values: [Value]) -> String {
            if values.isEmpty { return "" }
            if values.allSatisfy({ if case .bool = $0 { return true } else { return false } }) { return "boolean" }
            if values.allSatisfy({ $0.intValue != nil }) { return "long" }
            if values.allSatisfy({ $0.doubleValue != nil }) { return "double" }
            return values.allSatisfy({ $0.stringValue != nil }) ? "" : "json"
        }
        let lists = values.compactMap { v -> [Value]? in if case .list(let l) = v { return l } else { return nil } }
        if lists.count == values.count, !lists.isEmpty {
            let elementType = scalarType(lists.flatMap { $0 })
            return (elementType == "json" || elementType.isEmpty ? "string" : elementType) + "[]"
        }
        let type = scalarType(values)
        return type == "json" ? "" : type
    }
}
