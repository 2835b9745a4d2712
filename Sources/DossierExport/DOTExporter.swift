import DossierModel

/// Graph → Graphviz DOT text that `dot` lays out without warnings.
///
/// Shape and colour follow the node's type, with a legend cluster for the types present;
/// sanctioned entities get a thick red border; labels carry the key values and edge labels
/// the key property; tooltips (shown by SVG viewers) carry the evidence sentence and its
/// source. Output order is by id, so the same graph always gives the same bytes.
public enum DOTExporter {
    /// Above this many nodes a drawing stops being readable.
    public static let largeGraphThreshold = 500

    public struct Options: Sendable {
        public var title: String?
        /// Where tooltips get their sentences; nil leaves tooltips to names and properties.
        public var evidence: (any EvidenceSource)?
        /// Nodes drawn as sanctioned; nil computes them from the exported graph itself.
        public var sanctioned: Set<Int64>?
        /// Nodes to emphasise (the actors `--around` matched).
        public var highlighted: Set<Int64>
        /// At most this many evidence sentences per tooltip.
        public var evidencePerTooltip: Int

        public init(title: String? = nil, evidence: (any EvidenceSource)? = nil, sanctioned: Set<Int64>? = nil,
                    highlighted: Set<Int64> = [], evidencePerTooltip: Int = 3) {
            self.title = title; self.evidence = evidence; self.sanctioned = sanctioned
            self.highlighted = highlighted; self.evidencePerTooltip = evidencePerTooltip
        }
    }

    public static func export(_ snapshot: GraphSnapshot, options: Options = Options()) -> String {
        let sanctioned = options.sanctioned ?? GraphConventions.sanctionedNodeIDs(in: snapshot)
        let nodes = snapshot.nodes.sorted { $0.id < $1.id }
        let present = Set(nodes.map(\.id))
        let edges = snapshot.relationships
            .filter { present.contains($0.start) && present.contains($0.end) }
            .sorted { ($0.start, $0.end, $0.type, $0.id) < ($1.start, $1.end, $1.type, $1.id) }

        var out = "digraph dossier {\n"
        var graphAttributes = ["rankdir=LR", "fontsize=12", "nodesep=0.3", "ranksep=0.6"]
        if let title = options.title { graphAttributes += ["label=\(quoted(title))", "labelloc=t"] }
        out += "  graph [\(graphAttributes.joined(separator: ", "))];\n"
        out += "  node [style=filled, fontsize=10, penwidth=1];\n"
        out += "  edge [fontsize=9, color=\"#555555\"];\n"
        out += legend(types: nodes.map(NodeStyle.init), anySanctioned: nodes.contains { sanctioned.contains($0.id) })
        for node in nodes {
            out += "  \(nodeID(node.id)) [\(nodeAttributes(node, sanctioned: sanctioned.contains(node.id), highlighted: options.highlighted.contains(node.id), options: options))];\n"
        }
        for edge in edges {
            out += "  \(nodeID(edge.start)) -> \(nodeID(edge.end)) [\(edgeAttributes(edge, options: options))];\n"
        }
        return out + "}\n"
    }

    /// The advice printed when a drawing would hold more than `largeGraphThreshold` nodes.
    public static func sizeWarning(nodeCount: Int) -> String? {
        guard nodeCount > largeGraphThreshold else { return nil }
        return "warning: the drawing has \(nodeCount) nodes (more than \(largeGraphThreshold)); Graphviz will be slow "
            + "and the picture hard to read. Narrow it with --query 'MATCH …', --around NAME --depth 1 or --min-confidence."
    }

    // MARK: - Nodes

    static func nodeAttributes(_ node: GraphNode, sanctioned: Bool, highlighted: Bool, options: Options) -> String {
        let style = NodeStyle(node)
        var lines = [GraphConventions.displayName(node)]
        var details: [String] = []
        for key in GraphConventions.nodeKeyProperties {
            if let value = node.properties[key], value != .null { details.append("\(key): \(GraphConventions.plainText(value))") }
        }
        if !details.isEmpty { lines.append(details.joined(separator: ", ")) }
        if sanctioned { lines.append("⚠ sanctioned") }

        var tooltip = [style.typeName + ": " + GraphConventions.displayName(node)]
        if case .list(let aliases)? = node.properties["aliases"], !aliases.isEmpty {
            tooltip.append("also: " + GraphConventions.plainText(.list(aliases)))
        }
        tooltip += (options.evidence?.notes(forNode: node.id) ?? []).prefix(options.evidencePerTooltip).map(\.summary)

        var attributes = [
            "label=\(quoted(lines.joined(separator: "\n")))",
            "shape=\(style.shape)",
            "fillcolor=\(quoted(style.fill))",
            "tooltip=\(quoted(tooltip.joined(separator: "\n")))",
        ]
        if sanctioned {
            attributes += ["color=\"#C0392B\"", "penwidth=3", "fontcolor=\"#922B21\"", "style=\"filled,bold\""]
        }
        if highlighted { attributes.append("peripheries=2") }
        return attributes.joined(separator: ", ")
    }

    /// The shape and colour of each node type (colour-blind-safe pastel fills).
    struct NodeStyle: Hashable {
        var typeName: String
        var shape: String
        var fill: String
        var order: Int

        static let byType: [String: (shape: String, fill: String)] = [
            "Company": ("box", "#A6CEE3"),
            "Organization": ("hexagon", "#CAB2D6"),
            "Person": ("ellipse", "#FFF2AE"),
            "Facility": ("box3d", "#B2DF8A"),
            "Sanction": ("octagon", "#FB9A99"),
            "Location": ("house", "#FDBF6F"),
            "Product": ("component", "#E0E0E0"),
            "Document": ("note", "#FFFFFF"),
        ]
        static let order = ["Company", "Organization", "Person", "Facility", "Sanction", "Location", "Product", "Document"]

        init(_ node: GraphNode) {
            let type = node.labels.first { NodeStyle.byType[$0] != nil } ?? node.labels.first ?? "Node"
            self.typeName = type
            let known = NodeStyle.byType[type]
            self.shape = known?.shape ?? "ellipse"
            self.fill = known?.fill ?? "#F5F5F5"
            self.order = NodeStyle.order.firstIndex(of: type) ?? NodeStyle.order.count
        }
    }

    /// A cluster with one sample node per type present, plus the sanctioned border.
    static func legend(types: [NodeStyle], anySanctioned: Bool) -> String {
        let styles = Set(types).sorted { ($0.order, $0.typeName) < ($1.order, $1.typeName) }
        guard !styles.isEmpty else { return "" }
        var out = "  subgraph cluster_legend {\n"
        out += "    label=\"Legend\"; style=\"rounded,dashed\"; color=\"#999999\"; fontsize=10;\n"
        var ids: [String] = []
        for style in styles {
            let id = quoted("legend:" + style.typeName)
            ids.append(id)
            out += "    \(id) [label=\(quoted(style.typeName)), shape=\(style.shape), fillcolor=\(quoted(style.fill)), tooltip=\(quoted(style.typeName))];\n"
        }
        if anySanctioned {
            let id = quoted("legend:sanctioned")
            ids.append(id)
            out += "    \(id) [label=\"sanctioned\", shape=box, fillcolor=\"#FFFFFF\", color=\"#C0392B\", penwidth=3, fontcolor=\"#922B21\", style=\"filled,bold\", tooltip=\"has SANCTIONED_BY or SUBJECT_TO\"];\n"
        }
        if ids.count > 1 {
            out += "    " + ids.joined(separator: " -> ") + " [style=invis];\n"
        }
        return out + "  }\n"
    }

    // MARK: - Edges

    static func edgeAttributes(_ edge: GraphRelationship, options: Options) -> String {
        var label = edge.type
        let keys = GraphConventions.relationshipKeyProperties.compactMap { key -> String? in
            guard let value = edge.properties[key], value != .null else { return nil }
            return GraphConventions.plainText(value)
        }
        if !keys.isEmpty { label += "\n" + keys.joined(separator: ", ") }

        let notes = options.evidence?.notes(forRelationship: edge.id) ?? []
        var tooltip = [edge.type]
        let confidence = edge.properties["confidence"]?.doubleValue ?? notes.compactMap(\.confidence).max()
        if let confidence { tooltip[0] += " (confidence \(confidence))" }
        tooltip += notes.prefix(options.evidencePerTooltip).map(\.summary)

        var attributes = ["label=\(quoted(label))", "tooltip=\(quoted(tooltip.joined(separator: "\n")))"]
        if GraphConventions.sanctionTypes.contains(edge.type) { attributes.append("color=\"#C0392B\"") }
        if edge.type == GraphConventions.mentionsType { attributes += ["style=dotted", "color=\"#AAAAAA\""] }
        if let confidence, confidence < 0.5 { attributes.append("style=dashed") }
        return attributes.joined(separator: ", ")
    }

    // MARK: - Text

    static func nodeID(_ id: Int64) -> String { "\"n\(id)\"" }

    /// A DOT double-quoted string: backslashes and quotes escaped, newlines as `\n`,
    /// carriage returns and other control characters dropped.
    public static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
