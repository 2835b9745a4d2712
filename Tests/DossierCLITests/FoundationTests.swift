import Foundation
import Testing
import DossierTestSupport

/// The foundation issue's checks, run as a new user would: the bundled corpus ingested by the
/// built `dossier`, its sample queries, the DOT picture, and the seed scored by `shared/eval`.
@Suite(.enabled(if: StoreCLI.isAvailable, "needs the built dossier executable"))
struct FoundationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var scorerAvailable: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/score.py").path)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    @Test func bundledCorpusAnswersTheReadmeQueries() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let corpus = Self.root.appendingPathComponent("corpus").path
        let ingest = try StoreCLI.run(["ingest", corpus, "--graph", "g"], in: dir)
        #expect(ingest.status == 0, "\(ingest.err)")

        let companies = try StoreCLI.run(["query", "MATCH (c:Company) RETURN c.name ORDER BY c.name", "--graph", "g", "--format", "csv"], in: dir)
        #expect(companies.status == 0)
        for name in ["Intelion", "Intelion Cloud", "BitRiver", "RBC", "Nvidia", "crypto.news"] {
            #expect(companies.out.split(separator: "\n").contains { $0 == name }, "missing company \(name)")
        }
        let director = try StoreCLI.run(["query", "MATCH (p:Person)-[r:WORKS_FOR]->(c) RETURN p.name, r.role, c.name", "--graph", "g", "--format", "csv"], in: dir)
        #expect(director.out.contains("Maxim Vyaznikov,") && director.out.contains(",Intelion Cloud"))

        // A second ingest of the same corpus changes no count.
        let before = try StoreCLI.run(["stats", "--json", "--graph", "g"], in: dir)
        _ = try StoreCLI.run(["ingest", corpus, "--graph", "g"], in: dir)
        let after = try StoreCLI.run(["stats", "--json", "--graph", "g"], in: dir)
        #expect(before.out == after.out && before.out.contains("\"documents\""))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "needs Graphviz"))
    func wholeGraphRendersWithoutWarnings() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try StoreCLI.run(["ingest", Self.root.appendingPathComponent("corpus").path, "--graph", "g"], in: dir)
        let export = try StoreCLI.run(["export", "dot", "--graph", "g", "-o", "g.dot"], in: dir)
        #expect(export.status == 0, "\(export.err)")
        let dot = try runTool("/usr/bin/dot", ["-Tsvg", dir + "/g.dot", "-o", dir + "/g.svg"])
        let warnings = dot.err
        #expect(dot.status == 0)
        #expect(warnings.isEmpty, "Graphviz said: \(warnings)")
    }

    /// The seed, ingested as `seed-fr.txt` into a graph of its own and exported per document,
    /// scored by the shared scorer: entity F1 ≥ 0.90 and relation F1 ≥ 0.80 with `--fuzzy`.
    @Test(.enabled(if: scorerAvailable, "needs ../shared/eval and python3"))
    func seedThroughTheStoreMeetsTheFloor() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.shared.appendingPathComponent("seed/000_0eb31ecf05c10a3e.txt").path, toPath: dir + "/in/seed-fr.txt")
        #expect(try StoreCLI.run(["ingest", "in", "--graph", "g"], in: dir).status == 0)
        #expect(try StoreCLI.run(["export", "json", "--per-document", "out", "--graph", "g"], in: dir).status == 0)

        _ = try runTool("/usr/bin/python3", [Self.shared.appendingPathComponent("eval/score.py").path, Self.shared.appendingPathComponent("eval/seed-gold.jsonl").path,
                                             dir + "/out", "--fuzzy", "--json", dir + "/score.json"])
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/score.json"))) as? [String: Any]
        let json = try #require(report)
        let entityF1 = Self.f1(json, "entities"), relationF1 = Self.f1(json, "relations")
        print("seed through the store: entity F1 \(entityF1), relation F1 \(relationF1)")
        #expect(entityF1 >= 0.90)
        #expect(relationF1 >= 0.80)
    }

    /// `f1` of score.py's `{"entities": {"overall": {"f1": …}}}` report (-1 when absent).
    static func f1(_ json: [String: Any], _ kind: String) -> Double {
        ((json[kind] as? [String: Any])?["overall"] as? [String: Any])?["f1"] as? Double ?? -1
    }
}
