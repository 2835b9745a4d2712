import DossierExtract
import DossierModel
import Foundation
import Testing
@testable import DossierKit

/// Paths of the repository and of the read-only material beside it (`../shared`).
enum QualityPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let devset = root.appendingPathComponent("Tests/DossierExtractTests/Fixtures/devset")
    static let devset2 = root.appendingPathComponent("Tests/DossierExtractTests/Fixtures/devset2")
    static let devset3 = root.appendingPathComponent("Tests/DossierExtractTests/Fixtures/devset3")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/seed-gold.jsonl").path) }
}

/// Minimum figures (fuzzy F1) a gold set must keep.
typealias QualityFloor = (entityF1: Double, relationF1: Double, relationPrecision: Double, frenchEntityF1: Double, englishEntityF1: Double)

/// Scores `dir/gold.jsonl` against `dir/<id>.txt`, overall and per language, and expects the floor.
func expectFigures(of dir: URL, atLeast floor: QualityFloor, goldEntities: Int, label: String) throws {
    let gold = dir.appendingPathComponent("gold.jsonl")
    let all = try scoreExtraction(gold: gold, texts: dir)
    print("\(label) entities \(all.entities) | relations \(all.relations)")
    #expect(all.entities.tp + all.entities.fn >= goldEntities, "\(label) should have its full gold")
    #expect(all.entities.f1 >= floor.entityF1)
    #expect(all.relations.f1 >= floor.relationF1)
    #expect(all.relations.precision >= floor.relationPrecision, "new relation rules must not flood the graph")
    let fr = try scoreExtraction(gold: gold, texts: dir, only: "fr")
    let en = try scoreExtraction(gold: gold, texts: dir, only: "en")
    print("\(label) fr entities \(fr.entities) | en entities \(en.entities)")
    #expect(fr.entities.f1 >= floor.frenchEntityF1)
    #expect(en.entities.f1 >= floor.englishEntityF1)
}

/// Reads, extracts and scores every record of a gold file against `<dir>/<id>.txt`.
func scoreExtraction(gold: URL, texts: URL, rename: [String: String] = [:], only lang: String? = nil) throws -> ExtractionScorer {
    let extractor = try Extractor()
    var scorer = ExtractionScorer()
    let lines = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n")
    for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
        let record = try JSONDecoder().decode(ExtractionScorer.GoldRecord.self, from: Data(line.utf8))
        if let lang, record.lang != lang { continue }
        let file = texts.appendingPathComponent(rename[record.id] ?? (record.id + ".txt"))
        let extraction = try ExtractionEvaluation.extract(file: file, extractor: extractor)
        scorer.score(gold: record, predicted: ExtractionEvaluation.record(extraction))
    }
    return scorer
}

@Suite struct ExtractionQualityTests {
    /// Figures measured on the dev set (fuzzy), minus a small margin; a drop below fails.
    static let recorded: QualityFloor = (entityF1: 0.94, relationF1: 0.80, relationPrecision: 0.88, frenchEntityF1: 0.93, englishEntityF1: 0.95)

    @Test func devSetFiguresDoNotDrop() throws {
        try expectFigures(of: QualityPaths.devset, atLeast: Self.recorded, goldEntities: 300, label: "dev set")
    }

    /// The second dev set (20 longer wire-style articles, added later): its own figures, minus a margin.
    static let recorded2: QualityFloor = (entityF1: 0.94, relationF1: 0.75, relationPrecision: 0.87, frenchEntityF1: 0.93, englishEntityF1: 0.96)

    @Test func secondDevSetFiguresDoNotDrop() throws {
        try expectFigures(of: QualityPaths.devset2, atLeast: Self.recorded2, goldEntities: 500, label: "dev set 2")
    }

    /// The third dev set (20 articles in other wordings, added later): its own figures, minus a margin.
    static let recorded3: QualityFloor = (entityF1: 0.87, relationF1: 0.70, relationPrecision: 0.83, frenchEntityF1: 0.87, englishEntityF1: 0.88)

    @Test func thirdDevSetFiguresDoNotDrop() throws {
        try expectFigures(of: QualityPaths.devset3, atLeast: Self.recorded3, goldEntities: 500, label: "dev set 3")
    }

    @Test(.enabled(if: QualityPaths.sharedAvailable, "needs ../shared (seed article and its gold)"))
    func seedArticleMeetsTheFloor() throws {
        let gold = QualityPaths.shared.appendingPathComponent("eval/seed-gold.jsonl")
        let seed = QualityPaths.shared.appendingPathComponent("seed")
        let scorer = try scoreExtraction(gold: gold, texts: seed, rename: ["seed-fr": "000_0eb31ecf05c10a3e.txt"])
        print("seed entities \(scorer.entities) | relations \(scorer.relations)")
        #expect(scorer.entities.f1 >= 0.90)
        #expect(scorer.relations.f1 >= 0.80)
    }

    @Test func scorerFoldsNamesAndCapacitiesLikeScorePy() {
        #expect(ExtractionScorer.fold("l’OFAC") == "ofac")
        #expect(ExtractionScorer.fold("Le ministère américain du Commerce") == "ministere americain du commerce")
        #expect(ExtractionScorer.fold("AT&T") == "at and t")
        #expect(ExtractionScorer.normCapacity("1,4 GW") == "1400 mw")
        #expect(ExtractionScorer.normCapacity("100 mégawatts") == "100 mw")
        #expect(ExtractionScorer.normCapacity("3 EH/s") == "3 eh/s")
        #expect(ExtractionScorer.fuzzyMatch(["centre de donnees de bitriver russie"], ["centre de donnees ia de bitriver russie"]))
    }
}
