import DossierKit
import DossierModel
import Foundation
import Testing
import DossierTestSupport

/// Extraction runs in a child `dossier extract-worker` by default; these tests use the real one.
@Suite(.enabled(if: StoreCLI.isAvailable, "needs the built dossier executable"))
struct ContainedIngestTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
        <item><title>Velkor Mining opens a plant</title><link>https://wire.example/1</link><description>Velkor Mining opened a plant in Norway, its chief executive Anna Keller said.</description></item>
        <item><title>Tarmin Energy buys Brenwick Power</title><link>https://wire.example/2</link><description>Tarmin Energy agreed to buy Brenwick Power for $40 million.</description></item>
        <item><title>Calder Data signs with Quillon</title><link>https://wire.example/3</link><description>Calder Data will supply servers to Quillon Holdings in Sweden.</description></item>
        </channel></rss>

        """

    @Test func theWorkerBuildsTheSameGraphAsExtractionInProcess() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 4)
        let contained = try StoreCLI.run(["ingest", "corpus", "--graph", "contained"], in: dir)
        let local = try StoreCLI.run(["ingest", "corpus", "--graph", "local", "--in-process"], in: dir)
        #expect(contained.status == 0 && local.status == 0, "\(contained.err)\(local.err)")
        let dumps = try ["contained", "local"].map { try StoreCLI.run(["stats", "--canonical", "--graph", $0], in: dir).out }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0].contains("Velkor"))
    }

    /// A feed with an amount: its value is a double that plain JSON would turn into an integer.
    @Test func amountsKeepTheirTypeThroughTheWorker() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.feed.write(toFile: dir + "/feed.xml", atomically: true, encoding: .utf8)
        for (graph, extra) in [("contained", [String]()), ("local", ["--in-process"])] {
            let r = try StoreCLI.run(["ingest", "feed.xml", "--graph", graph] + extra, in: dir)
            #expect(r.status == 0, "\(r.err)")
        }
        let dumps = try ["contained", "local"].map { try StoreCLI.run(["stats", "--canonical", "--graph", $0], in: dir).out }
        #expect(dumps[0].contains("\"amount_value\":40000000.0"), "\(dumps[0])")
        #expect(dumps[0] == dumps[1])
    }

    @Test func aTimeLimitMustBePositiveAndNeedsAWorker() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let zero = try StoreCLI.run(["ingest", ".", "--time-limit", "0"], in: dir)
        #expect(zero.status != 0 && zero.err.contains("--time-limit must be a positive number"))
        let both = try StoreCLI.run(["ingest", ".", "--time-limit", "5", "--in-process"], in: dir)
        #expect(both.status != 0 && both.err.contains("drop --in-process"))
    }

    /// A worker that crashes on its first document, then a sound one: the crashed feed item is
    /// reported by its own name, its siblings are stored, and the next run picks it up.
    @Test func aCrashOnOneFeedItemCostsThatItemUntilTheNextRun() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.feed.write(toFile: dir + "/feed.xml", atomically: true, encoding: .utf8)
        let binary = try #require(StoreCLI.binary)
        let flag = dir + "/crashed-once"
        let script = "if [ -e '\(flag)' ]; then exec '\(binary)' extract-worker; fi; touch '\(flag)'; head -c 8 >/dev/null; kill -SEGV $$"
        let flaky = ContainedExtraction(worker: .init(executable: "/bin/sh", arguments: ["-c", script]))
        let first = try IngestPipeline(graphDirectory: dir + "/graph", extraction: flaky).ingest(paths: [dir + "/feed.xml"])
        #expect(first.failures.map(\.path) == [dir + "/feed.xml#1"])
        #expect(first.failures.first?.reason.contains("signal 11") == true)
        #expect(first.progress.documents == 2 && first.progress.entities > 0)
        #expect(flaky.workersStarted == 2)
        let second = try IngestPipeline(graphDirectory: dir + "/graph", extraction: flaky).ingest(paths: [dir + "/feed.xml"])
        #expect(second.failures.isEmpty && second.progress.documents == 1 && second.progress.filesSkipped == 0)
        let third = try IngestPipeline(graphDirectory: dir + "/graph", extraction: flaky).ingest(paths: [dir + "/feed.xml"])
        #expect(third.progress.filesSkipped == 1)
    }

    /// The ingest sends the next document while it stores the last: the worker must answer the
    /// document asked for, also when another was sent ahead and then not asked for.
    @Test func theAnswerIsForTheDocumentAskedForNotTheOneSentAhead() throws {
        let binary = try #require(StoreCLI.binary)
        let host = ContainedExtraction(worker: .init(executable: binary, arguments: ["extract-worker"]))
        func document(_ source: String, _ text: String) -> Document {
            Document(source: source, language: "en", text: text, sentences: [TextSpan(start: 0, end: text.utf16.count)])
        }
        let velkor = document("a.txt", "Velkor Mining opened a plant in Norway.")
        let tarmin = document("b.txt", "Tarmin Energy agreed to buy Brenwick Power.")
        host.prepare(velkor)
        let unasked = try host.extract(tarmin)
        #expect(unasked.document == "b.txt" && unasked.entities.contains { $0.name == "Tarmin Energy" })
        host.prepare(velkor)
        let asked = try host.extract(velkor)
        #expect(asked.document == "a.txt" && asked.entities.contains { $0.name == "Velkor Mining" })
        #expect(host.workersStarted == 1)
    }

    /// A touched file is refreshed, not extracted: the document sent ahead for it is dropped,
    /// and the graph is the one an ingest in process builds.
    @Test func aFileSentAheadButUnchangedInContentLeavesTheGraphAsInProcess() throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 3)
        // In the order of the ingest.
        let files = ["article-0.txt", "article-2.txt", "sub/article-1.txt"].map { dir + "/corpus/" + $0 }
        for (graph, extra) in [("contained", [String]()), ("local", ["--in-process"])] {
            #expect(try StoreCLI.run(["ingest", "corpus", "--graph", graph] + extra, in: dir).status == 0)
        }
        // The first and last files change; the middle one is only touched.
        try (String(contentsOfFile: files[0], encoding: .utf8) + "Miravel Data bought Ostrava Power.\n").write(toFile: files[0], atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: files[1])
        try (String(contentsOfFile: files[2], encoding: .utf8) + "Nordheim Energy sued Quillon Power.\n").write(toFile: files[2], atomically: true, encoding: .utf8)
        for (graph, extra) in [("contained", [String]()), ("local", ["--in-process"])] {
            let again = try StoreCLI.run(["ingest", "corpus", "--graph", graph] + extra, in: dir)
            #expect(again.status == 0, "\(again.err)")
        }
        let dumps = try ["contained", "local"].map { try StoreCLI.run(["stats", "--canonical", "--graph", $0], in: dir).out }
        #expect(dumps[0].contains("Miravel Data") && dumps[0].contains("Nordheim Energy"))
        #expect(dumps[0] == dumps[1])
    }
}
