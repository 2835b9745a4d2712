import ArgumentParser
import DossierExtract
import DossierKit
import DossierModel
import Foundation

/// `dossier-bench relation-evidence DIR [IDS…]`: every relation extracted from `DIR/<id>.txt`
/// with the rule that fired, its confidence and its sentence — the material for error analysis
/// of relation rules (one tab-separated line per relation).
struct RelationEvidenceBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "relation-evidence",
        abstract: "Print each extracted relation with its rule, confidence and sentence (tab-separated).")
    @Argument(help: "Directory of .txt files.") var directory: String
    @Argument(help: "Record ids (file names without .txt); all files when empty.") var ids: [String] = []
    @Flag(help: "Print every mention (offset, type, surface, entity, rule, sentence start) instead of the relations.") var mentions = false

    func run() throws {
        let dir = URL(fileURLWithPath: directory)
        let names = ids.isEmpty
            ? try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
            : ids
        let extractor = try Extractor()
        for id in names {
            let extraction = try ExtractionEvaluation.extract(file: dir.appendingPathComponent(id + ".txt"), extractor: extractor)
            if mentions {
                let rows = extraction.entities.flatMap { e in e.mentions.map { (e, $0) } }.sorted { $0.1.evidence.span.start < $1.1.evidence.span.start }
                for (e, m) in rows {
                    print([id, String(m.evidence.span.start), e.type.rawValue, m.text, e.name, m.evidence.extractor,
                           String(m.evidence.sentence.start)].joined(separator: "\t"))
                }
                continue
            }
            let record = ExtractionEvaluation.record(extraction)
            for (r, out) in zip(extraction.relations, record.relations) {
                let snippet = r.evidence.snippet.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
                print([id, out.subject, out.predicate, out.object, r.evidence.extractor, String(format: "%.2f", r.evidence.confidence), snippet].joined(separator: "\t"))
            }
        }
    }
}
