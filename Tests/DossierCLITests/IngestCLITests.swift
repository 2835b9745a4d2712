import Foundation
import Testing
import DossierTestSupport

/// Runs the built `dossier` executable, found next to the test bundle (`.build/<config>/`).
enum StoreCLI {
    static let binary: String? = {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") { candidates.append(b.bundleURL.deletingLastPathComponent()) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("dossier").path }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { binary != nil }

    struct Result { var status: Int32; var out: String; var err: String }

    /// Runs `dossier ARGS…` in `directory` and waits for it.
    static func run(_ args: [String], in directory: String) throws -> Result {
        let p = try launch(args, in: directory)
        let out = p.outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = p.errPipe.fileHandleForReading.readDataToEndOfFile()
        p.process.waitUntilExit()
        return Result(status: p.process.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }

    struct Launched { var process: Process; var outPipe: Pipe; var errPipe: Pipe }

    static func launch(_ args: [String], in directory: String) throws -> Launched {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(binary))
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return Launched(process: p, outPipe: out, errPipe: err)
    }


    /// A small corpus of distinct plain-text news items in `dir/corpus` (and a subdirectory),
    /// written so that an extractor finds companies, people, places and facts in them.
    static func writeCorpus(in dir: String, files: Int) throws {
        let corpus = dir + "/corpus/sub"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let stems = ["Velkor", "Tarmin", "Ostrava", "Brenwick", "Calder", "Miravel", "Nordheim", "Quillon"]
        let people = ["Anna Keller", "Marc Dubois", "Olga Petrova", "James Holt", "Sofia Marin", "Lars Berg"]
        let places = ["Norway", "Texas", "France", "Kazakhstan", "Sweden", "Quebec"]
        for i in 0..<files {
            let company = "\(stems[i % stems.count]) \(["Mining", "Energy", "Data"][i % 3]) Holdings"
            let partner = "\(stems[(i + 3) % stems.count]) Power"
            let person = people[i % people.count], place = places[i % places.count]
            let text = """
                \(company), a bitcoin miner based in \(place), said on Monday it would build a \(50 + i) MW data centre in \(places[(i + 1) % places.count]).
                "We expect the site to open next year," said \(person), chief executive of \(company).
                The company signed a power supply agreement with \(partner), according to Reuters.
                Article number \(i) of the test corpus.
                """
            try text.write(toFile: (i % 2 == 0 ? dir + "/corpus" : corpus) + "/article-\(i).txt", atomically: true, encoding: .utf8)
        }
        try "About this corpus.".write(toFile: dir + "/corpus/README.md", atomically: true, encoding: .utf8)
        try "hidden".write(toFile: dir + "/corpus/.hidden.txt", atomically: true, encoding: .utf8)
    }
}

@Suite(.enabled(if: StoreCLI.isAvailable, "needs the built dossier executable"))
struct IngestCLITests {
    @Test func badInputsAreReportedOneLineEachAndTheGoodOnesStillGoIn() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 2)
        _ = FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: dir + "/blob.bin", contents: Data([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))
        let r = try StoreCLI.run(["ingest", "corpus", "missing.txt", "empty.txt", "blob.bin"], in: dir)
        #expect(r.status == 1)
        let errors = r.err.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 3)
        #expect(errors.contains { $0.contains("missing.txt") && $0.contains("no such file") })
        #expect(errors.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(errors.contains { $0.contains("blob.bin") && $0.contains("binary") })
        #expect(r.err.contains("2 new documents"))
        #expect(!r.err.contains("\u{1B}["), "piped output has no progress line")
        let stats = try StoreCLI.run(["stats", "--json"], in: dir)
        #expect(stats.out.hasPrefix("{\"documents\":2,\"entities\":{"))
    }

    @Test func reingestingChangesNoCountAndSkipsUnchangedFiles() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 4)
        #expect(try StoreCLI.run(["ingest", "corpus", "--graph", "g"], in: dir).status == 0)
        let before = try StoreCLI.run(["stats", "--json", "--graph", "g"], in: dir).out
        let again = try StoreCLI.run(["ingest", "corpus", "--graph", "g"], in: dir)
        #expect(again.status == 0 && again.err.contains("4 unchanged"))
        #expect(try StoreCLI.run(["stats", "--json", "--graph", "g"], in: dir).out == before)
        #expect(before.contains("\"documents\":4"), "README and hidden files are not ingested")
        #expect(try StoreCLI.run(["stats", "--check", "--graph", "g"], in: dir).out == "ok\n")
    }

    @Test func twoConcurrentIngestsSerialiseToTheCleanGraph() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 6)
        #expect(try StoreCLI.run(["ingest", "corpus", "--graph", "clean"], in: dir).status == 0)
        let clean = try StoreCLI.run(["stats", "--canonical", "--json", "--graph", "clean"], in: dir).out
        let a = try StoreCLI.launch(["ingest", "corpus"], in: dir)
        let b = try StoreCLI.launch(["ingest", "corpus"], in: dir)
        for p in [a, b] {
            _ = p.errPipe.fileHandleForReading.readDataToEndOfFile()
            p.process.waitUntilExit()
            #expect(p.process.terminationStatus == 0)
        }
        #expect(try StoreCLI.run(["stats", "--check"], in: dir).out == "ok\n")
        #expect(try StoreCLI.run(["stats", "--canonical", "--json"], in: dir).out == clean)
    }

    @Test func judgementsAreLoggedAndSurviveARebuild() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 2)
        _ = try StoreCLI.run(["ingest", "corpus"], in: dir)
        try """
        {"type":"node","id":"C1","label":"Company","properties":{"name":"Acme Holdings"}}
        {"type":"node","id":"C2","label":"Company","properties":{"name":"ACME Holdings Inc."}}
        {"type":"edge","rel":"OWNS","src":"C1","dst":"C2","properties":{}}
        """.write(toFile: dir + "/g.jsonl", atomically: true, encoding: .utf8)
        #expect(try StoreCLI.run(["import", "jsonl", "g.jsonl"], in: dir).out.contains("2 nodes and 1 relationships"))
        let merge = try StoreCLI.run(["merge", "C1", "C2"], in: dir)
        #expect(merge.status == 0 && merge.out.contains("graph/judgements.jsonl"))
        #expect(try StoreCLI.run(["rename", "nobody here", "X"], in: dir).status == 1)
        let log = try String(contentsOfFile: dir + "/graph/judgements.jsonl", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1 && log.contains("\"kind\":\"merge\""))
        #expect(try StoreCLI.run(["stats", "--json"], in: dir).out.contains("\"judgements\":1}"))
        let show = try StoreCLI.run(["show", "acme holdings inc"], in: dir)
        #expect(show.status == 0 && show.out.contains("analyst merge"))
        let before = try StoreCLI.run(["stats", "--canonical"], in: dir).out
        let rebuild = try StoreCLI.run(["rebuild"], in: dir)
        #expect(rebuild.status == 0 && rebuild.err.contains("1 imports re-imported; 1 judgements replayed"), "\(rebuild.err)")
        #expect(try StoreCLI.run(["stats", "--canonical"], in: dir).out == before)
        // The imported file gone: the rebuild says so, and the merge of its nodes cannot replay.
        try FileManager.default.removeItem(atPath: dir + "/g.jsonl")
        let lost = try StoreCLI.run(["rebuild"], in: dir)
        #expect(lost.status == 1 && lost.err.contains("error: g.jsonl: imported file is missing"), "\(lost.err)")
        #expect(lost.err.contains("judgement merge"))
        #expect(try StoreCLI.run(["stats", "--json"], in: dir).out.hasPrefix("{\"documents\":2,"))
    }

    @Test func forgetThenStatsAndUsageErrors() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 2)
        _ = try StoreCLI.run(["ingest", "corpus"], in: dir)
        let forget = try StoreCLI.run(["forget", "corpus/article-0.txt"], in: dir)
        #expect(forget.status == 0 && forget.out.contains("corpus/article-0.txt"))
        #expect(try StoreCLI.run(["stats", "--json"], in: dir).out.hasPrefix("{\"documents\":1,"))
        #expect(try StoreCLI.run(["forget", "nothing.txt"], in: dir).status == 1)
        #expect(try StoreCLI.run(["ingest"], in: dir).status == 64)
        #expect(try StoreCLI.run(["import", "xml", "f"], in: dir).status == 64)
    }

    @Test func aReadOnlyGraphDirectoryFailsClearlyAndStaysAsItWas() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 3)
        _ = try StoreCLI.run(["ingest", "corpus/article-0.txt"], in: dir)
        let before = try StoreCLI.run(["stats", "--canonical"], in: dir).out
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir + "/graph")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/graph") }
        let r = try StoreCLI.run(["ingest", "corpus"], in: dir)
        #expect(r.status == 1 && r.err.contains("read-only"))
        #expect(r.err.split(separator: "\n").filter { $0.hasPrefix("error:") }.count == 1)
        #expect(try StoreCLI.run(["stats", "--canonical"], in: dir).out == before)
    }

    /// Two runs over the same text store the same relations in the same order, so exports can be
    /// diffed: the order must not follow the process's random hash seed. The text lists five
    /// targets (spread over a list) and names two bodies in a sentence about one measure.
    @Test func twoRunsExportTheSameRelationsInTheSameOrder() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = """
            The Treasury and the State Department imposed sanctions on Velkor Mining, Tarmin Energy, Brenwick Power, Calder Data and Quillon Holdings.
            The Bureau of Industry and Security and the Office of Foreign Assets Control announced the measures against Ostrava Metals and Miravel Trading.
            The European Commission proposed a new round of sanctions against Russia to the member states of the European Union.

            """
        try text.write(toFile: dir + "/wire.txt", atomically: true, encoding: .utf8)
        var exports: [String] = []
        for run in 0..<4 {
            #expect(try StoreCLI.run(["ingest", "wire.txt", "--graph", "g\(run)", "--in-process"], in: dir).status == 0)
            #expect(try StoreCLI.run(["export", "json", "--per-document", "out\(run)", "--graph", "g\(run)"], in: dir).status == 0)
            exports.append(try String(contentsOfFile: dir + "/out\(run)/wire.json", encoding: .utf8))
        }
        #expect(exports[0].contains("Quillon Holdings"))
        #expect(Set(exports).count == 1)
    }
}
