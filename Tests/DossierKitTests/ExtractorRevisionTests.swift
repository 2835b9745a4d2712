import DossierExtract
import DossierModel
import Foundation
import Testing
@testable import DossierKit

/// Stores re-extract a document only when the extractor's fingerprint changes, and rule changes
/// reach the fingerprint only through `Extractor.rulesRevision`. This test keeps the two honest:
/// it hashes what the extractor makes of the three dev sets and fails when that output changes while
/// the revision stays the same (old graphs would silently keep the old extraction).
@Suite struct ExtractorRevisionTests {
    static let golden = QualityPaths.root.appendingPathComponent("Tests/DossierKitTests/Fixtures/extractor-revision.txt")

    /// One sorted line per entity and relation of every dev-set document, hashed.
    static func extractionHash() throws -> String {
        let extractor = try Extractor()
        var lines: [String] = []
        for dir in [QualityPaths.devset, QualityPaths.devset2, QualityPaths.devset3] {
            for id in try ExtractionEvaluation.goldIDs(dir.appendingPathComponent("gold.jsonl")) {
                let extraction = try ExtractionEvaluation.extract(file: dir.appendingPathComponent(id + ".txt"), extractor: extractor)
                let record = ExtractionEvaluation.record(extraction)
                for e in record.entities { lines.append("\(id)\tE\t\(e.type)\t\(e.name)\t\(e.aliases.sorted().joined(separator: "|"))") }
                for r in record.relations { lines.append("\(id)\tR\t\(r.subject)\t\(r.predicate)\t\(r.object)\t\(r.role ?? "")\t\(r.amount ?? "")") }
            }
        }
        return IngestHash.sha256Hex(lines.sorted().joined(separator: "\n"))
    }

    @Test func changedExtractionBumpsTheRulesRevision() throws {
        let recorded = try String(contentsOf: Self.golden, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init)
        let revision = Int(recorded.first ?? "") ?? -1
        let hash = try Self.extractionHash()
        let fix = "write `\(Extractor.rulesRevision) \(hash)` into Tests/DossierKitTests/Fixtures/extractor-revision.txt"
        #expect(revision == Extractor.rulesRevision, "Extractor.rulesRevision changed: \(fix)")
        if revision == Extractor.rulesRevision {
            #expect(recorded.dropFirst().first == hash,
                    "the extraction of the dev sets changed but Extractor.rulesRevision did not: bump it to \(Extractor.rulesRevision + 1) so stores re-extract, then write `\(Extractor.rulesRevision + 1) <hash printed by this test after the bump>` into Tests/DossierKitTests/Fixtures/extractor-revision.txt (hash now \(hash))")
        }
    }
}
