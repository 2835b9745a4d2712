import Testing
import Foundation
import DossierKit
import DossierModel
@testable import dossier

@Suite struct ReplEngineTests {
    @Test func statementsSpanLinesUntilTheSemicolon() {
        let session = FakeSession()
        let t = Transcript.run(["MATCH (n:Company)", "RETURN n;", "RETURN 'a;b'; RETURN 'c';"], session: session)
        #expect(session.ran == ["MATCH (n:Company)\nRETURN n", "RETURN 'a;b'", "RETURN 'c'"])
        #expect(t.out.contains("| (:Company {name: \"Northwind Mining\""))
        #expect(t.out.contains("| a;b "))
        #expect(t.out.contains("2 rows"))
        #expect(t.status == 0)
    }

    @Test func promptShowsAContinuationWhileAStatementIsOpen() {
        let engine = ReplEngine(session: FakeSession(), exporter: nil, out: { _ in }, err: { _ in })
        #expect(engine.prompt == ReplEngine.primaryPrompt)
        _ = engine.handle(line: "MATCH (n:Person)", lineNumber: 1)
        #expect(engine.prompt == ReplEngine.continuationPrompt)
        _ = engine.handle(line: "RETURN n;", lineNumber: 2)
        #expect(engine.prompt == ReplEngine.primaryPrompt)
    }

    @Test func aScriptStopsAtTheFirstErrorAndNamesItsLine() {
        let session = FakeSession()
        let t = Transcript.run(["RETURN 'ok';", "", "MATCH (n)", "RETURN boom(n);", "RETURN 'never';"], session: session)
        #expect(t.status == 1)
        #expect(t.err.hasPrefix("4:8: error: boom is not a function [UnknownFunction]\n  RETURN boom(n)\n         ^"), "\(t.err)")
        #expect(!session.ran.contains("RETURN 'never'"))
    }

    @Test func theLastStatementRunsWithoutItsSemicolonAtEndOfInput() {
        let session = FakeSession()
        Transcript.run(["RETURN 'tail'"], session: session)
        #expect(session.ran == ["RETURN 'tail'"])
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        let session = FakeSession()
        let t = Transcript.run(["// a comment", "", "RETURN 'x'; // trailing"], session: session)
        #expect(session.ran == ["RETURN 'x'"])
        #expect(t.status == 0)
    }

    @Test func formatSwitchesTheRenderer() {
        let t = Transcript.run([":format json", "RETURN 'x';", ":format csv", "RETURN 'y';", ":format table"])
        #expect(t.out.contains(#"{"columns":["text"],"rows":[["x"]]}"#))
        #expect(t.out.contains("text\ny\n"))
    }

    @Test func parametersAreJSONAndListed() {
        let t = Transcript.run([":param n 1.0", ":param who \"Zoë\"", ":params", "RETURN $n;", ":format json", "RETURN $n;"])
        #expect(t.out.contains("$n = 1.0\n$who = \"Zoë\""))
        #expect(t.out.contains(#"{"columns":["$n"],"rows":[[1.0]]}"#))
        let bad = Transcript.run([":param x not json"])
        #expect(bad.status == 1 && bad.err.contains("not JSON"))
    }

    @Test func metaCommandsReportUsageErrorsWithTheirLine() {
        let t = Transcript.run(["RETURN 'x';", ":format xml"])
        #expect(t.status == 1)
        #expect(t.err == "line 2: error: usage: :format table|json|csv\n")
        #expect(Transcript.run([":nope"]).err.contains("unknown command :nope"))
    }

    @Test func schemaAndStatsCountWhatTheGraphHolds() {
        let t = Transcript.run([":schema", ":stats"])
        #expect(t.out.contains("Node labels:\n  Company  2\n  Person   1\n"))
        #expect(t.out.contains("Relationship types:\n  WORKS_FOR  1\n"))
        #expect(t.out.contains("nodes: 3 (Company 2, Person 1)"))
    }

    @Test func helpListsEveryMetaCommand() {
        let t = Transcript.run([":help"])
        for command in ReplEngine.metaCommands { #expect(t.out.contains(command.usage)) }
    }

    @Test func explainAndHistoryAndQuit() {
        let session = FakeSession()
        let t = Transcript.run([":explain MATCH (n) RETURN n;", ":history", ":quit", "RETURN 'after';"], session: session)
        #expect(t.out.contains("Plan for: MATCH (n) RETURN n\n"))
        #expect(t.out.contains("1  :explain MATCH (n) RETURN n;\n2  :history\n"))
        #expect(session.ran.isEmpty, "nothing runs after :quit")
    }

    @Test func timingAddsTheElapsedTimeToTheFooter() {
        let t = Transcript.run([":timing on", "RETURN 'x';", ":timing off", "RETURN 'y';"])
        let footers = t.out.split(separator: "\n").filter { $0.hasPrefix("1 row") }
        #expect(footers.count == 2)
        #expect(footers[0].hasSuffix(" ms)") || footers[0].hasSuffix(" s)"))
        #expect(footers[1] == "1 row")
    }

    @Test func exportWritesAQueryResultAsDOT() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repl-export-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = FakeSession()
        let exporter = ExportRunner(snapshot: { FakeSession.sample }, evidence: { nil },
                                    runQuery: { try session.run($0, parameters: $1) }, perDocumentRecords: { [] })
        let file = directory + "/people.dot"
        let t = Transcript.run([":export dot \(file) MATCH (n:Person) RETURN n;", ":export dot \(file)"], session: session, exporter: exporter)
        #expect(t.out.contains("wrote \(file)"))
        let dot = try String(contentsOfFile: file, encoding: .utf8)
        #expect(dot.contains("Zoë Martín") && !dot.contains("Northwind"))
        #expect(t.status == 1 && t.err.contains("--force"), "the second export refuses to overwrite")
    }

    @Test func ctrlCCancelsTheRunningQueryAndTheSessionGoesOn() throws {
        let watcher = InterruptWatcher.shared
        watcher.install()
        let session = FakeSession()
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { kill(getpid(), SIGINT) }
        #expect(throws: Diagnostic.self) {
            try watcher.runCancellable({ try session.run("SLEEP", parameters: [:]) }, cancel: { session.cancel() })
        }
        #expect(Date().timeIntervalSince(started) < 5, "cancelled long before the 10 s sleep ends")
        let after = try watcher.runCancellable({ try session.run("RETURN 'still here'", parameters: [:]) }, cancel: { session.cancel() })
        #expect(after.rows == [[.string("still here")]])
    }
}

@Suite struct ReplCompletionTests {
    let completion = ReplCompletion(schema: FakeSession().schema())

    @Test func completesMetaCommandsAtTheStartOfALine() {
        #expect(completion.candidates(word: ":sc", before: "") == [":schema"])
        #expect(completion.candidates(word: ":p", before: "  ") == [":param", ":params"])
        #expect(completion.candidates(word: ":Com", before: "", continuing: true) == [":Company"])
    }

    @Test func completesLabelsTypesKeysNamesAndKeywords() {
        #expect(completion.candidates(word: "c:Com", before: "MATCH (") == ["c:Company"])
        #expect(completion.candidates(word: ":WO", before: "MATCH (p)-[") == [":WORKS_FOR"])
        #expect(completion.candidates(word: "p.na", before: "RETURN ") == ["p.name"])
        #expect(completion.candidates(word: "zo", before: "WHERE p.name = \"") == ["Zoë Martín"])
        #expect(completion.candidates(word: "ret", before: "MATCH (n) ") == ["return"])
        #expect(completion.candidates(word: "RET", before: "MATCH (n) ") == ["RETURN"])
        #expect(completion.candidates(word: "coll", before: "RETURN ") == ["collect"])
    }
}

@Suite struct StatementBufferTests {
    @Test func ignoresSemicolonsInStringsNamesAndComments() {
        var buffer = StatementBuffer()
        #expect(buffer.append("RETURN \"a;\" AS `x;y` // c;", lineNumber: 1).isEmpty)
        let done = buffer.append("/* ; */ ;", lineNumber: 2)
        #expect(done.count == 1 && done[0].line == 1)
        #expect(buffer.isEmpty)
    }

    @Test func numbersEachStatementFromItsFirstLine() {
        var buffer = StatementBuffer()
        _ = buffer.append("RETURN 1; RETURN", lineNumber: 5)
        let second = buffer.append("2;", lineNumber: 6)
        #expect(second.map(\.line) == [5])
        #expect(second.map(\.statement) == ["RETURN\n2"])
    }
}
