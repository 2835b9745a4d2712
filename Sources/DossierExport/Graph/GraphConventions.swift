import DossierModel

/// What the store's graph means beyond its shape: which nodes are documents, which are
/// sanctioned, which property is worth printing on a drawing.
public enum GraphConventions {
    public static let documentLabel = "Document"
    public static let mentionsType = "MENTIONS"
    /// An outgoing edge of these types marks its start node as sanctioned.
    public static let sanctionTypes: Set<String> = ["SANCTIONED_BY", "SUBJECT_TO"]
    /// Node properties shown under the name, in this order.
    public static let nodeKeyProperties = ["kind", "capacity", "status", "country", "date"]
    /// Relationship properties shown beside the type, in this order.
    public static let relationshipKeyProperties = ["role", "amount", "date", "status"]

    public static func isDocument(_ node: GraphNode) -> Bool { node.labels.contains(documentLabel) }

    public static func sanctionedNodeIDs(in snapshot: GraphSnapshot) -> Set<Int64> {
        Set(snapshot.relationships.filter { sanctionTypes.contains($0.type) }.map(\.start))
    }

    /// The name a human knows a node by: `name`, else `title`, `source`, or `#id`.
    public static func displayName(_ node: GraphNode) -> String {
        for key in ["name", "title", "source"] {
            if let s = node.properties[key]?.stringValue, !s.isEmpty { return s }
        }
        return "#\(node.id)"
    }

    /// A property value as short text: strings bare, lists joined with ", ".
    public static func plainText(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .list(let items): return items.map(plainText).joined(separator: ", ")
        default: return CellText.literal(QueryValue(value))
        }
    }
}

/// One piece of evidence as exporters show it, read from the store's evidence values
/// (maps with `snippet`, `document`, `confidence`, `extractor`; a bare string is a snippet).
public struct EvidenceNote: Equatable, Sendable {
    public var snippet: String
    public var document: String?
    public var confidence: Double?
    public var extractor: String?

    public init(snippet: String, document: String? = nil, confidence: Double? = nil, extractor: String? = nil) {
        self.snippet = snippet; self.document = document; self.confidence = confidence; self.extractor = extractor
    }

    public init?(_ value: Value) {
        switch value {
        case .string(let s): self.init(snippet: s)
        case .map(let m):
            let snippet = ["snippet", "sentence", "text"].lazy.compactMap { m[$0]?.stringValue }.first ?? ""
            self.init(snippet: snippet,
                      document: ["document", "source"].lazy.compactMap { m[$0]?.stringValue }.first,
                      confidence: m["confidence"]?.doubleValue,
                      extractor: m["extractor"]?.stringValue)
        default: return nil
        }
    }

    /// `“sentence” — source` for tooltips.
    public var summary: String {
        "“" + snippet + "”" + (document.map { " — " + $0 } ?? "")
    }
}

extension EvidenceSource {
    func notes(forNode id: Int64) -> [EvidenceNote] { evidence(forNode: id).compactMap(EvidenceNote.init) }
    func notes(forRelationship id: Int64) -> [EvidenceNote] { evidence(forRelationship: id).compactMap(EvidenceNote.init) }
}
