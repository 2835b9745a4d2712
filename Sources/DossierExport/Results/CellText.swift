import DossierModel
import Foundation

/// The readable one-line text of a result value, in Cypher's literal style:
/// nodes as `(:Company {name: "X"})`, relationships as `[:WORKS_FOR {role: "CEO"}]`,
/// paths as `(…)-[…]->(…)`. Top-level strings print bare; strings inside lists and maps
/// are quoted so `["a, b"]` and `["a", "b"]` stay distinguishable.
public enum CellText {
    /// How a top-level null is shown (`NULL`, so it differs from the string "null").
    public static let nullText = "NULL"

    public static func render(_ value: QueryValue) -> String {
        switch value {
        case .null: return nullText
        case .string(let s): return singleLine(s)
        default: return literal(value)
        }
    }

    /// The value as a Cypher literal (strings quoted).
    public static func literal(_ value: QueryValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"))
        case .string(let s): return singleLine(JSONText.quoted(s))
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let map): return "{" + map.sorted { $0.key < $1.key }.map { "\(key($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "}"
        case .node(let n): return node(n)
        case .relationship(let r): return "[" + relationshipBody(r) + "]"
        case .path(let nodes, let rels): return path(nodes: nodes, relationships: rels)
        }
    }

    public static func node(_ n: GraphNode) -> String {
        "(" + n.labels.map { ":" + $0 }.joined() + properties(n.properties, leadingSpace: !n.labels.isEmpty) + ")"
    }

    static func relationshipBody(_ r: GraphRelationship) -> String {
        ":" + r.type + properties(r.properties, leadingSpace: true)
    }

    /// Walks the path, pointing each arrow the way its relationship actually goes.
    static func path(nodes: [GraphNode], relationships: [GraphRelationship]) -> String {
        guard let first = nodes.first else { return "<>" }
        var out = node(first)
        for (i, r) in relationships.enumerated() where i + 1 < nodes.count {
            let next = nodes[i + 1]
            let forward = r.start == nodes[i].id
            out += (forward ? "-[" : "<-[") + relationshipBody(r) + (forward ? "]->" : "]-") + node(next)
        }
        return out
    }

    /// `{name: "X", …}` with `name` first, then the other keys in order; empty when none.
    static func properties(_ props: [String: Value], leadingSpace: Bool) -> String {
        guard !props.isEmpty else { return "" }
        let ordered = props.sorted { ($0.key == "name" ? 0 : 1, $0.key) < ($1.key == "name" ? 0 : 1, $1.key) }
        let body = ordered.map { "\(key($0.key)): \(literal(QueryValue($0.value)))" }.joined(separator: ", ")
        return (leadingSpace ? " " : "") + "{" + body + "}"
    }

    /// A map key, back-quoted when it is not a plain identifier.
    static func key(_ k: String) -> String {
        guard let first = k.unicodeScalars.first else { return "``" }
        let plain = !("0"..."9").contains(first)
            && k.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return plain ? k : "`" + k.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// Keeps a cell on one line: newlines and tabs shown as `\n` and spaces.
    static func singleLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: " ")
    }
}
