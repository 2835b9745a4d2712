import Foundation
import Testing

/// SIGKILL `dossier ingest` at random moments: the store must always open, pass SQLite's
/// integrity check, and a second ingest must give exactly the graph of an uninterrupted run.
@Suite(.enabled(if: StoreCLI.isAvailable, "needs the built dossier executable"))
struct KillTests {
    @Test func killedIngestsLoseNothingAndResumeToTheCleanGraph() throws {
        let dir = StoreCLI.temporaryDirectory()
        try StoreCLI.writeCorpus(in: dir, files: 20)
        let started = Date()
        let clean = try StoreCLI.run(["ingest", "corpus", "--graph", "clean"], in: dir)
        try #require(clean.status == 0, "clean run failed: \(clean.err)")
        let cleanSeconds = Date().timeIntervalSince(started)
        let cleanStats = try StoreCLI.run(["stats", "--json", "--graph", "clean"], in: dir).out
        let cleanDump = try StoreCLI.run(["stats", "--canonical", "--graph", "clean"], in: dir).out
        #expect(cleanStats.contains("\"documents\":20"))

        var rng = SystemRandomNumberGenerator()
        var killedMidway = 0
        for round in 0..<20 {
            let graph = "killed-\(round)"
            let launched = try StoreCLI.launch(["ingest", "corpus", "--graph", graph], in: dir)
            let delay = Double.random(in: 0.0...max(0.05, cleanSeconds), using: &rng)
            Thread.sleep(forTimeInterval: delay)
            if launched.process.isRunning { kill(launched.process.processIdentifier, SIGKILL); killedMidway += 1 }
            launched.process.waitUntilExit()
            if FileManager.default.fileExists(atPath: dir + "/" + graph + "/dossier.sqlite") {
                let check = try StoreCLI.run(["stats", "--check", "--graph", graph], in: dir)
                #expect(check.out == "ok\n", "round \(round) after \(delay) s: \(check.out) \(check.err)")
            }
            let resumed = try StoreCLI.run(["ingest", "corpus", "--graph", graph], in: dir)
            #expect(resumed.status == 0, "round \(round): \(resumed.err)")
            #expect(try StoreCLI.run(["stats", "--json", "--graph", graph], in: dir).out == cleanStats, "round \(round) after \(delay) s")
            #expect(try StoreCLI.run(["stats", "--canonical", "--graph", graph], in: dir).out == cleanDump, "round \(round) after \(delay) s")
        }
        print("KillTests: \(killedMidway) of 20 ingests killed while running (clean run \(cleanSeconds) s)")
        #expect(killedMidway >= 10, "most kills should land while the ingest runs")
    }
}
