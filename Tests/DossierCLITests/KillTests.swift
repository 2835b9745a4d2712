import Foundation
import Testing
import DossierTestSupport

/// SIGKILL `dossier ingest` at random moments: the store must always open, pass SQLite's
/// integrity check, and a second ingest must give exactly the graph of an uninterrupted run.
@Suite(.enabled(if: StoreCLI.isAvailable, "needs the built dossier executable"))
struct KillTests {
    static let rounds = 20

    @Test func killedIngestsLoseNothingAndResumeToTheCleanGraph() async throws {
        let dir = scratchDirectory("dossier-cli")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreCLI.writeCorpus(in: dir, files: 12)
        let started = Date()
        let cleanRun = try StoreCLI.run(["ingest", "corpus", "--graph", "clean"], in: dir)
        try #require(cleanRun.status == 0, "clean run failed: \(cleanRun.err)")
        // The first run pays for cold caches; a second, warm run times what the killed runs take.
        let coldSeconds = Date().timeIntervalSince(started)
        let warmStart = Date()
        try #require(try StoreCLI.run(["ingest", "corpus", "--graph", "warm"], in: dir).status == 0)
        let cleanSeconds = min(coldSeconds, Date().timeIntervalSince(warmStart))
        // One process prints both the canonical dump and the `stats --json` line.
        let clean = try StoreCLI.run(["stats", "--canonical", "--json", "--graph", "clean"], in: dir).out
        #expect(clean.contains("{\"documents\":12,"))

        // Two lanes of independent rounds, so the test's wall time stays under a minute on 2 cores.
        let killed = try await withThrowingTaskGroup(of: Int.self) { group in
            for lane in 0..<2 {
                group.addTask {
                    var killed = 0
                    for round in stride(from: lane, to: Self.rounds, by: 2) {
                        if try Self.killAndResume(round: round, in: dir, within: cleanSeconds, expecting: clean) { killed += 1 }
                    }
                    return killed
                }
            }
            return try await group.reduce(0, +)
        }
        print("KillTests: \(killed) of \(Self.rounds) ingests killed while running (clean run \(cleanSeconds) s)")
        #expect(killed >= Self.rounds / 2, "most kills should land while the ingest runs")
    }

    /// One round: start an ingest on a fresh graph, SIGKILL it after a random delay, check, resume, compare.
    /// When the ingest finished before the kill (a lane ran faster than the timed run), the round tries again
    /// with half the delay, up to three times. Returns whether a kill landed while an ingest was still running.
    static func killAndResume(round: Int, in dir: String, within seconds: Double, expecting clean: String) throws -> Bool {
        // Up to 90 % of a warm run: kills land inside the ingest even when it runs as fast as the clean one.
        var longest = max(0.05, 0.9 * seconds)
        for attempt in 0..<3 {
            let graph = "killed-\(round)-\(attempt)"
            let launched = try StoreCLI.launch(["ingest", "corpus", "--graph", graph], in: dir)
            let delay = Double.random(in: 0.0...longest)
            Thread.sleep(forTimeInterval: delay)
            let wasRunning = launched.process.isRunning
            if wasRunning { kill(launched.process.processIdentifier, SIGKILL) }
            launched.process.waitUntilExit()
            if FileManager.default.fileExists(atPath: dir + "/" + graph + "/dossier.sqlite") {
                let check = try StoreCLI.run(["stats", "--check", "--graph", graph], in: dir)
                #expect(check.out == "ok\n", "round \(round) after \(delay) s: \(check.out) \(check.err)")
            }
            let resumed = try StoreCLI.run(["ingest", "corpus", "--graph", graph], in: dir)
            #expect(resumed.status == 0, "round \(round): \(resumed.err)")
            #expect(try StoreCLI.run(["stats", "--canonical", "--json", "--graph", graph], in: dir).out == clean, "round \(round) after \(delay) s")
            if wasRunning { return true }
            longest /= 2
        }
        return false
    }
}
