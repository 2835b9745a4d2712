import DossierModel
import Foundation
import Testing
import DossierTestSupport
@testable import DossierKit

/// Containment is tested with stand-in workers written in sh that crash, hang, babble or quit;
/// the real worker is exercised by the command-line tests.
@Suite struct ContainedExtractionTests {
    static let document = Document(source: "a.txt", language: "en", text: "Velkor Mining opened a plant in Norway.",
                                   sentences: [TextSpan(start: 0, end: 39)])

    static func shell(_ script: String, timeLimit: Double = 60) -> ContainedExtraction {
        ContainedExtraction(worker: .init(executable: "/bin/sh", arguments: ["-c", script]), timeLimit: { _ in timeLimit })
    }

    static func failure(of host: ContainedExtraction) -> Diagnostic? {
        do { _ = try host.extract(document); return nil } catch { return error as? Diagnostic }
    }

    @Test func aWorkerKilledBySignalCostsOneDocumentAndIsReplaced() throws {
        let host = Self.shell("head -c 8 >/dev/null; kill -SEGV $$")
        let first = try #require(Self.failure(of: host))
        #expect(first.code == "ExtractionCrashed")
        #expect(first.message.contains("signal 11"), "\(first.message)")
        #expect(Self.failure(of: host)?.code == "ExtractionCrashed")
        #expect(host.workersStarted == 2)
    }

    /// A document sent ahead is charged with the crash when it is asked for, and the one after
    /// it goes to a new worker.
    @Test func aDocumentSentAheadThatCrashesTheWorkerIsReportedWhenAskedFor() throws {
        let host = Self.shell("head -c 8 >/dev/null; kill -SEGV $$")
        host.prepare(Self.document)
        #expect(host.workersStarted == 1)
        #expect(Self.failure(of: host)?.message.contains("signal 11") == true)
        #expect(Self.failure(of: host)?.code == "ExtractionCrashed")
        #expect(host.workersStarted == 2)
    }

    @Test func aWorkerThatQuitsReportsItsStatusAndLastWords() throws {
        let failure = try #require(Self.failure(of: Self.shell("echo 'Fatal error: Index out of range' >&2; exit 3")))
        #expect(failure.code == "ExtractionCrashed")
        #expect(failure.message.contains("status 3") && failure.message.contains("Index out of range"), "\(failure.message)")
    }

    @Test func aWorkerPastTheTimeLimitIsKilled() throws {
        let failure = try #require(Self.failure(of: Self.shell("exec sleep 60", timeLimit: 0.3)))
        #expect(failure.code == "ExtractionTimedOut")
        #expect(failure.message.contains("longer than 0.3 s"), "\(failure.message)")
    }

    @Test func aWorkerThatAnswersGarbageIsNotBelieved() throws {
        // A frame of five bytes that are not JSON, then a length no frame can have.
        let babble = Self.shell(#"printf '\005\000\000\000\000\000\000\000hello'; cat >/dev/null"#)
        #expect(Self.failure(of: babble)?.message.contains("unreadable") == true)
        let huge = Self.shell(#"printf '\377\377\377\377\377\377\377\377'; cat >/dev/null"#)
        #expect(Self.failure(of: huge)?.code == "ExtractionCrashed")
    }

    @Test func aMissingWorkerIsReportedAsUnavailable() {
        let host = ContainedExtraction(worker: .init(executable: "/nonexistent/dossier", arguments: []))
        #expect(Self.failure(of: host)?.code == "ExtractorUnavailable")
    }

    @Test func anIngestWhoseWorkerCrashesStoresNothingAndReportsEveryFile() throws {
        let dir = scratchDirectory("dossier-kit")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 0..<2 { try "Velkor Mining \(i) opened a plant in Norway.".write(toFile: "\(dir)/a\(i).txt", atomically: true, encoding: .utf8) }
        let crashing = try IngestPipeline(graphDirectory: dir + "/graph", extraction: Self.shell("head -c 8 >/dev/null; kill -ILL $$"))
        let summary = crashing.ingest(paths: [dir + "/a0.txt", dir + "/a1.txt"])
        #expect(summary.failures.map(\.path) == [dir + "/a0.txt", dir + "/a1.txt"])
        #expect(summary.failures.allSatisfy { $0.reason.contains("signal 4") })
        #expect(summary.progress.documents == 0)
        // Nothing was recorded as done: the next run, with a sound extractor, takes both.
        let sound = try IngestPipeline(graphDirectory: dir + "/graph").ingest(paths: [dir + "/a0.txt", dir + "/a1.txt"])
        #expect(sound.failures.isEmpty && sound.progress.documents == 2 && sound.progress.filesSkipped == 0)
    }
}
