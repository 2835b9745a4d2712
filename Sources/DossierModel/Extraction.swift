/// Where a fact comes from: the document, the sentence, the exact characters, and who
/// (which rule or model) said so with what confidence. Every entity mention and every
/// relation carries one; a query can ask for it with `evidence(x)`.
public struct Evidence: Hashable, Codable, Sendable {
    /// The document's `source` (path, or `path#n` for a feed item).
    public var document: String
    public var sentence: TextSpan
    /// The characters that triggered the fact (a mention, or the span of a relation cue).
    public var span: TextSpan
    /// The sentence text (or a bounded excerpt of it), for humans.
    public var snippet: String
    /// Rule or model identifier, e.g. `rule:fr.apposition.role`, `lexicon:countries`, `analyst`.
    public var extractor: String
    public var confidence: Double

    public init(document: String, sentence: TextSpan, span: TextSpan, snippet: String,
                extractor: String, confidence: Double) {
        self.document = document; self.sentence = sentence; self.span = span
        self.snippet = snippet; self.extractor = extractor; self.confidence = confidence
    }
}

/// One occurrence of an entity in a document's text.
public struct Mention: Hashable, Codable, Sendable {
    public var text: String
    public var evidence: Evidence
    public init(text: String, evidence: Evidence) { self.text = text; self.evidence = evidence }
}

/// An entity as found in one document (before cross-document resolution).
public struct ExtractedEntity: Hashable, Codable, Sendable {
    /// Index of this entity within its `DocumentExtraction.entities`.
    public var localID: Int
    public var type: EntityType
    /// The name as written in this document (its most complete form).
    public var name: String
    /// Other names seen in the document plus usual EN/FR equivalents.
    public var aliases: [String]
    public var mentions: [Mention]
    /// Key values: `country` code, `kind` of facility, `status`, `date`, `role`, …
    public var properties: [String: Value]

    public init(localID: Int, type: EntityType, name: String, aliases: [String] = [],
                mentions: [Mention] = [], properties: [String: Value] = [:]) {
        self.localID = localID; self.type = type; self.name = name; self.aliases = aliases
        self.mentions = mentions; self.properties = properties
    }
}

/// The object of a relation: another entity of the same document, or a literal value
/// (CAPACITY's "100 MW"), kept with its surface text and normalised form.
public enum RelationObject: Hashable, Codable, Sendable {
    case entity(Int)
    case literal(text: String, normalized: Value)
}

/// A typed relation between two entities of one document, with its evidence.
public struct ExtractedRelation: Hashable, Codable, Sendable {
    public var subject: Int
    public var predicate: Predicate
    public var object: RelationObject
    /// `role`, `amount` (text), `amount_value`, `currency`, `date`, `status`, `modality`, …
    public var properties: [String: Value]
    public var evidence: Evidence

    public init(subject: Int, predicate: Predicate, object: RelationObject,
                properties: [String: Value] = [:], evidence: Evidence) {
        self.subject = subject; self.predicate = predicate; self.object = object
        self.properties = properties; self.evidence = evidence
    }
}

/// Everything the extractor found in one document.
public struct DocumentExtraction: Codable, Sendable {
    public var document: String
    public var entities: [ExtractedEntity]
    public var relations: [ExtractedRelation]

    public init(document: String, entities: [ExtractedEntity] = [], relations: [ExtractedRelation] = []) {
        self.document = document; self.entities = entities; self.relations = relations
    }
}
