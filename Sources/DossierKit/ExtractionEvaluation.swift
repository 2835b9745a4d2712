import DossierExtract
import DossierModel
import DossierRead
import Foundation

/// Runs read → extract over files and writes what the extraction scorer reads
/// (`shared/eval/score.py`): one `<id>.json` ScorerRecord per document.
public enum ExtractionEvaluation {
    /// The scorer's view of one document's extraction: names as written, aliases, and
    /// relations by name (CAPACITY's object is the normalised literal, `100 MW`).
    public static func record(_ extraction: DocumentExtraction) -> ScorerRecord {
        let names = extraction.entities.map(\.name)
        let entities = extraction.entities.map { ScorerRecord.Entity(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases) }
        let relations: [ScorerRecord.Relation] = extraction.relations.compactMap { r in
            guard names.indices.contains(r.subject) else { return nil }
            let object: String
            switch r.object {
            case .entity(let o):
                guard names.indices.contains(o) else { return nil }
                object = names[o]
            case .literal(let text, let normalized):
                object = normalized.stringValue ?? text
            }
            return ScorerRecord.Relation(subject: names[r.subject], predicate: r.predicate.rawValue, object: object,
                                         role: r.properties["role"]?.stringValue, amount: r.properties["amount"]?.stringValue)
        }
        return ScorerRecord(entities: entities, relations: relations)
    }

    /// Reads one file (its first document) and extracts it.
    public static func extract(file: URL, extractor: Extractor) throws -> DocumentExtraction {
        let data = try Data(contentsOf: file)
        let items = try Reader.read(data: data, source: file.path)
        guard let first = items.first else { return DocumentExtraction(document: file.path) }
        return extractor.extract(first.document)
    }

    /// For every record id of a gold file, extracts `TEXT_DIR/<id>.txt` and writes
    /// `OUT_DIR/<id>.json`. Returns the ids written; a missing text is skipped (scored empty).
    @discardableResult
    public static func run(gold: URL, texts: URL, output: URL) throws -> [String] {
        let extractor = try Extractor()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var written: [String] = []
        for id in try goldIDs(gold) {
            let file = texts.appendingPathComponent(id + ".txt")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let rec = record(try extract(file: file, extractor: extractor))
            try encoder.encode(rec).write(to: output.appendingPathComponent(id + ".json"))
            written.append(id)
        }
        return written
    }

    /// The `id` field of every line of a JSONL gold file.
    public static func goldIDs(_ gold: URL) throws -> [String] {
        let text = try String(contentsOf: gold, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return obj["id"] as? String
        }
    }
}
