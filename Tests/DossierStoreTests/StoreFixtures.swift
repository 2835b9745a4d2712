import DossierModel
import DossierTestSupport
import Foundation
@testable import DossierStore

/// Hand-made documents and extractions, so the store is tested without the extractor.
enum StoreFixtures {

    static func document(_ source: String, _ text: String) -> Document {
        Document(source: source, title: "T \(text.prefix(20))", published: "2024-03-01", language: "en", text: text,
                 sentences: [TextSpan(start: 0, end: text.unicodeScalars.count)], format: "text")
    }

    /// An entity whose single mention is the first occurrence of `name` in `text`.
    static func entity(_ id: Int, _ type: EntityType, _ name: String, in doc: Document, aliases: [String] = [], properties: [String: Value] = [:]) -> ExtractedEntity {
        let span = spanOf(name, in: doc.text)
        let ev = Evidence(document: doc.source, sentence: doc.sentences[0], span: span, snippet: doc.text, extractor: "test", confidence: 0.9)
        return ExtractedEntity(localID: id, type: type, name: name, aliases: aliases, mentions: [Mention(text: name, evidence: ev)], properties: properties)
    }

    static func relation(_ s: Int, _ p: DossierModel.Predicate, _ o: Int, in doc: Document, properties: [String: Value] = [:]) -> ExtractedRelation {
        ExtractedRelation(subject: s, predicate: p, object: .entity(o), properties: properties, evidence: evidence(doc))
    }

    static func capacity(_ s: Int, _ literal: String, megawatts: Double, in doc: Document) -> ExtractedRelation {
        ExtractedRelation(subject: s, predicate: .capacity, object: .literal(text: literal, normalized: .double(megawatts)), evidence: evidence(doc))
    }

    static func evidence(_ doc: Document) -> Evidence {
        Evidence(document: doc.source, sentence: doc.sentences[0], span: doc.sentences[0], snippet: doc.text, extractor: "test.rule", confidence: 0.8)
    }

    static func spanOf(_ name: String, in text: String) -> TextSpan {
        guard let r = text.range(of: name) else { return TextSpan(start: 0, end: 0) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
        return TextSpan(start: start, end: start + name.unicodeScalars.count)
    }

    /// Ingests with exact-name resolution under a content hash derived from the text.
    @discardableResult
    static func ingest(_ store: GraphStore, _ doc: Document, _ extraction: DocumentExtraction) throws -> IngestOutcome {
        try store.ingest(doc, contentHash: "h-\(doc.text.hashValue & 0xffffff)-\(doc.text.count)-\(doc.text)", file: doc.source,
                         extraction: extraction, resolution: .exactName)
    }

    /// A document about two companies, one owning the other.
    static func ownership(_ source: String, owner: String = "Acme Holdings", owned: String = "Beta Mining") -> (Document, DocumentExtraction) {
        let doc = document(source, "\(owner) owns \(owned).")
        return (doc, DocumentExtraction(document: source, entities: [
            entity(0, .company, owner, in: doc), entity(1, .company, owned, in: doc),
        ], relations: [relation(0, .owns, 1, in: doc)]))
    }
}
