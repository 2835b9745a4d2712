import DossierModel

/// Deterministic JSON for query results and exports: keys sorted, integers and floats kept
/// apart (`1` vs `1.0`), non-ASCII written as UTF-8, non-finite floats as `null`.
///
/// Hand-written rather than `JSONEncoder` because Foundation prints `1.0` as `1` and
/// cannot serialise the graph's own values (nodes, relationships, paths).
public enum JSONText {
    /// The JSON text of one result value.
    public static func encode(_ value: QueryValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// The pinned `dossier query --format json` shape: `{"columns":[…],"rows":[[…]]}`.
    public static func encode(_ result: QueryResult) -> String {
        var out = "{\"columns\":["
        out += result.columns.map(quoted).joined(separator: ",")
        out += "],\"rows\":["
        for (i, row) in result.rows.enumerated() {
            if i > 0 { out += "," }
            out += "["
            for (j, cell) in row.enumerated() {
                if j > 0 { out += "," }
                write(cell, into: &out)
            }
            out += "]"
        }
        return out + "]}"
    }

    static func write(_ value: QueryValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += number(d)
        case .string(let s): out += quoted(s)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .map(let map): writeObject(map.map { ($0.key, $0.value) }, into: &out)
        case .node(let node): writeObject(nodeFields(node), into: &out)
        case .relationship(let rel): writeObject(relationshipFields(rel), into: &out)
        case .path(let nodes, let rels):
            writeObject([
                ("nodes", .list(nodes.map(QueryValue.node))),
                ("relationships", .list(rels.map(QueryValue.relationship))),
            ], into: &out)
        }
    }

    static func nodeFields(_ node: GraphNode) -> [(String, QueryValue)] {
        [("id", .int(node.id)), ("labels", .list(node.labels.map(QueryValue.string))),
         ("properties", .map(node.properties.mapValues(QueryValue.init)))]
    }

    static func relationshipFields(_ rel: GraphRelationship) -> [(String, QueryValue)] {
        [("id", .int(rel.id)), ("type", .string(rel.type)), ("start", .int(rel.start)), ("end", .int(rel.end)),
         ("properties", .map(rel.properties.mapValues(QueryValue.init)))]
    }

    private static func writeObject(_ fields: [(String, QueryValue)], into out: inout String) {
        out += "{"
        for (i, field) in fields.sorted(by: { $0.0 < $1.0 }).enumerated() {
            if i > 0 { out += "," }
            out += quoted(field.0)
            out += ":"
            write(field.1, into: &out)
        }
        out += "}"
    }

    /// Swift's shortest round-trip form already keeps the `.0` of integral floats.
    static func number(_ d: Double) -> String {
        d.isFinite ? "\(d)" : "null"
    }

    /// A JSON string literal (shared with the store's property encoding).
    public static func quoted(_ s: String) -> String { JSONString.quoted(s) }
}
