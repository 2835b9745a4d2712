import DossierModel

/// Graph → GraphML for Gephi and yEd: every property declared once as a typed `<key>`
/// (`boolean`, `long`, `double`, else `string`; lists and maps as their JSON text), plus
/// `labels`, a display `label` and, for edges, `type`. Deterministic key and element order.
public enum GraphMLExporter {
    public static func export(_ snapshot: GraphSnapshot, evidence: (any EvidenceSource)? = nil) -> String {
        let nodes = snapshot.nodes.sorted { $0.id < $1.id }
        let edges = snapshot.relationships.sorted { $0.id < $1.id }
        var nodeKeys = keys(domain: "node", fixed: ["label", "labels"] + (evidence == nil ? [] : ["evidence"]), properties: nodes.map(\.properties))
        var edgeKeys = keys(domain: "edge", fixed: ["label", "type"] + (evidence == nil ? [] : ["evidence"]), properties: edges.map(\.properties))
        var counter = 0
        for i in nodeKeys.indices { nodeKeys[i].id = "d\(counter)"; counter += 1 }
        for i in edgeKeys.indices { edgeKeys[i].id = "d\(counter)"; counter += 1 }

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for key in nodeKeys + edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\(attribute(key.name)) attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"dossier\" edgedefault=\"directed\">\n"
        for node in nodes {
            var data: [String: String] = [
                "label": GraphConventions.displayName(node),
                "labels": node.labels.map { ":" + $0 }.joined(),
            ]
            if let evidence { data["evidence"] = evidence.notes(forNode: node.id).map(\.summary).joined(separator: "\n") }
            out += "    <node id=\"n\(node.id)\">\n" + dataLines(data, node.properties, keys: nodeKeys) + "    </node>\n"
        }
        for edge in edges {
            var data: [String: String] = ["label": edge.type, "type": edge.type]
            if let evidence { data["evidence"] = evidence.notes(forRelationship: edge.id).map(\.summary).joined(separator: "\n") }
            out += "    <edge id=\"e\(edge.id)\" source=\"n\(edge.start)\" target=\"n\(edge.end)\">\n"
                + dataLines(data, edge.properties, keys: edgeKeys) + "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    struct Key {
        var id = ""
        var domain: String
        var name: String
        var type: String
        /// Fixed keys (label, labels, type, evidence) come from the exporter, not from properties.
        var isFixed: Bool
    }

    static func keys(domain: String, fixed: [String], properties: [[String: Value]]) -> [Key] {
        var valuesByName: [String: [Value]] = [:]
        for props in properties {
            for (name, value) in props where value != .null { valuesByName[name, default: []].append(value) }
        }
        let fixedKeys = fixed.map { Key(domain: domain, name: $0, type: "string", isFixed: true) }
        let propertyKeys = valuesByName.keys.sorted().filter { !fixed.contains($0) }.map {
            Key(domain: domain, name: $0, type: attributeType(valuesByName[$0] ?? []), isFixed: false)
        }
        return fixedKeys + propertyKeys
    }

    /// The narrowest GraphML type that holds every value seen for a key.
    static func attributeType(_ values: [Value]) -> String {
        if values.allSatisfy({ if case .bool = $0 { return true } else { return false } }) { return "boolean" }
        if values.allSatisfy({ $0.intValue != nil }) { return "long" }
        if values.allSatisfy({ $0.doubleValue != nil }) { return "double" }
        return "string"
    }

    static func dataLines(_ fixed: [String: String], _ properties: [String: Value], keys: [Key]) -> String {
        var out = ""
        for key in keys {
            let text: String?
            if key.isFixed {
                text = fixed[key.name]
            } else if let value = properties[key.name], value != .null {
                text = typedText(value, type: key.type)
            } else {
                text = nil
            }
            if let text, !text.isEmpty { out += "      <data key=\"\(key.id)\">\(escape(text))</data>\n" }
        }
        return out
    }

    static func typedText(_ value: Value, type: String) -> String {
        switch (value, type) {
        case (.bool(let b), _): return b ? "true" : "false"
        case (.int(let i), "double"): return "\(Double(i))"
        case (.int(let i), _): return String(i)
        case (.double(let d), _): return "\(d)"
        case (.string(let s), _): return s
        default: return JSONText.encode(QueryValue(value))
        }
    }

    static func attribute(_ text: String) -> String { "\"" + escape(text) + "\"" }

    /// XML text: markup characters escaped, characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
