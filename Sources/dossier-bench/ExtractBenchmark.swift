import ArgumentParser
import DossierExtract
import DossierKit
import DossierModel
import Foundation

/// `dossier-bench extract`: extraction throughput (words/s) and peak memory over ≥ 1 MB of text.
struct ExtractBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract",
        abstract: "Words per second of extraction over a corpus cycled to a minimum size; then one huge paragraph.")

    @Argument(help: "Directory of .txt files (e.g. Tests/DossierExtractTests/Fixtures/devset).")
    var directory: String
    @Option(help: "Minimum corpus size in bytes.") var minBytes = 1 << 20
    @Option(help: "Size of the single-paragraph stress document in bytes (0 to skip).") var paragraphBytes = 10 << 20
    @Option(help: "Repetitions for the median.") var runs = 3

    func run() throws {
        let dir = URL(fileURLWithPath: directory)
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        guard !texts.isEmpty else { throw ValidationError("no .txt file in \(directory)") }
        var docs: [Document] = []
        var bytes = 0, words = 0, k = 0
        while bytes < minBytes {
            let t = texts[k % texts.count]
            docs.append(Document(source: "doc\(k)", language: "und", text: t))
            bytes += t.utf8.count
            words += t.split(whereSeparator: \.isWhitespace).count
            k += 1
        }
        let extractor = try Extractor()
        var times: [Double] = []
        var relations = 0
        for _ in 0..<runs {
            relations = 0
            times.append(Measure.seconds { for d in docs { relations += extractor.extract(d).relations.count } })
        }
        let median = Measure.median(times)
        print("machine: \(Measure.machine())")
        print(String(format: "corpus: %d documents, %.2f MB, %d words; %d relations per pass", docs.count, Double(bytes) / 1e6, words, relations))
        print(String(format: "extract: median %.3f s over %d runs → %.0f words/s, %.2f MB/s", median, runs, Double(words) / median, Double(bytes) / 1e6 / median))
        print(String(format: "peak RSS: %.1f MB", Double(Measure.peakRSSBytes()) / 1e6))
        if paragraphBytes > 0 {
            var big = ""
            var j = 0
            while big.utf8.count < paragraphBytes {
                big += texts[j % texts.count].replacingOccurrences(of: "\n", with: " ") + " "
                j += 1
            }
            let doc = Document(source: "big", language: "und", text: big)
            var n = 0
            let t = Measure.seconds { n = extractor.extract(doc).entities.count }
            print(String(format: "single paragraph: %.1f MB in %.2f s (%d entities); peak RSS %.1f MB", Double(big.utf8.count) / 1e6, t, n, Double(Measure.peakRSSBytes()) / 1e6))
        }
    }
}

/// `dossier-bench extract-eval GOLD TEXT_DIR OUT_DIR`: writes the scorer's prediction files.
struct ExtractEvalBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract-eval",
        abstract: "Extract TEXT_DIR/<id>.txt for each gold record and write OUT_DIR/<id>.json for shared/eval/score.py.")
    @Argument var gold: String
    @Argument var texts: String
    @Argument var output: String

    func run() throws {
        let ids = try ExtractionEvaluation.run(gold: URL(fileURLWithPath: gold), texts: URL(fileURLWithPath: texts), output: URL(fileURLWithPath: output))
        print("wrote \(ids.count) prediction files to \(output)")
    }
}

/// `dossier-bench real-excerpts GOLD GROUND_TRUTH OUT_DIR`: writes the real-page excerpts a gold
/// file annotates (see `BenchmarkExcerpts`), to score them with `extract-eval`.
struct RealExcerptsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "real-excerpts",
        abstract: "Write OUT_DIR/<id>.txt excerpts of the article-extraction pages a gold file annotates.")
    @Argument var gold: String
    @Argument(help: "shared/data/article-extraction/ground-truth.json") var groundTruth: String
    @Argument var output: String

    func run() throws {
        let ids = try ExtractionEvaluation.goldIDs(URL(fileURLWithPath: gold))
        let hashes = try BenchmarkExcerpts.write(goldIDs: ids, groundTruth: URL(fileURLWithPath: groundTruth), to: URL(fileURLWithPath: output))
        for id in ids { print(id, hashes[id] ?? "missing") }
    }
}
