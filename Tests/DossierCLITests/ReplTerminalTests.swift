import Testing
import Foundation

/// The REPL through a real pseudo-terminal: tmux runs `dossier repl`, keys go in with
/// `send-keys`, the screen comes back with `capture-pane`.
@Suite(.serialized) struct ReplTerminalTests {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { tmux != nil && FileManager.default.isExecutableFile(atPath: Paths.dossier) }

    /// One tmux server and session per test, on a private socket.
    final class Pane {
        let directory: String
        /// The server's process id, so `stop` ends it even if its socket has gone.
        var serverPID: pid_t = 0
        var socket: String { directory + "/tmux.sock" }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("repl-pty-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }

        var historyFile: String { directory + "/history" }

        func start() throws {
            let command = "\(Paths.dossier) repl --graph \(directory)/graph --history \(historyFile); echo EXITED $?; sleep 60"
            // The server tmux forks keeps the client's descriptors: give it none to hold open.
            try tmux(["new-session", "-d", "-s", "repl", "-x", "110", "-y", "40", command], capture: false)
            serverPID = pid_t(try tmux(["display-message", "-p", "-t", "repl", "#{pid}"]).replTestTrimmed) ?? 0
            try waitFor("dossier>")
        }

        /// Runs tmux with posix_spawn: Foundation's `Process` waits for pipes that the tmux
        /// server (a forked daemon) inherits and never closes, so it would hang.
        @discardableResult
        func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
            let output = directory + "/tmux-out-\(UUID().uuidString.prefix(6))"
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, directory + "/tmux-errors", O_WRONLY | O_CREAT | O_APPEND, 0o600)
            let argv: [UnsafeMutablePointer<CChar>?] = ([ReplTerminalTests.tmux ?? "/usr/bin/tmux", "-S", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard let path = argv[0], posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            guard capture else { return "" }
            defer { try? FileManager.default.removeItem(atPath: output) }
            return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        /// Types text literally (no key names, `;` kept).
        func type(_ text: String) throws {
            // tmux reads an argument's trailing `;` as a command separator unless escaped.
            let escaped = text.hasSuffix(";") ? String(text.dropLast()) + "\\;" : text
            try tmux(["send-keys", "-t", "repl", "-l", escaped])
        }
        func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "repl"] + keys) }
        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "repl"]) }

        /// Polls the screen until `text` shows `count` times (up to 30 s: the suite runs beside CPU-heavy tests).
        @discardableResult
        func waitFor(_ text: String, count: Int = 1) throws -> String {
            let deadline = Date().addingTimeInterval(30)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if last.components(separatedBy: text).count - 1 >= count { return last }
                usleep(50_000)
            }
            let errors = (try? String(contentsOfFile: directory + "/tmux-errors", encoding: .utf8)) ?? ""
            Issue.record("timed out waiting for \(text) ×\(count); screen:\n\(last)\ntmux said: \(errors)")
            return last
        }

        /// Waits until the screen holds `prompts` prompt lines, the last one empty, so libedit has
        /// the terminal in raw mode again: a control key sent while a command still runs meets the
        /// cooked terminal, where the line discipline takes ^R (reprint) and ^U (kill) for itself.
        /// The count keeps an earlier empty prompt, not yet showing the typed line, from passing.
        func waitForEmptyPrompt(prompts: Int) throws {
            let deadline = Date().addingTimeInterval(30)
            var last = ""
            while Date() < deadline {
                last = try screen()
                let lines = last.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                // (A short settle after the prompt shows: under load the prompt can be on screen a moment before the
                // terminal is raw again, and a ^R sent then is echoed by the line discipline instead.)
                if lines.last == "dossier>" && lines.count(where: { $0.hasPrefix("dossier>") }) >= prompts { usleep(300_000); return }
                usleep(50_000)
            }
            Issue.record("timed out waiting for empty prompt ×\(prompts); screen:\n\(last)")
        }

        func stop() {
            _ = try? tmux(["kill-server"], capture: false)
            if serverPID > 0 { kill(serverPID, SIGKILL) }
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    @Test(.enabled(if: available, "needs tmux and a built dossier"))
    func tabCompletesMetaCommandsAndKeywords() throws {
        let pane = try Pane()
        defer { pane.stop() }
        try pane.start()
        try pane.type(":sch")
        try pane.press("Tab")
        try pane.waitFor("dossier> :schema")
        try pane.press("Enter")
        try pane.waitFor("Relationship types:")
        try pane.type("mat")
        try pane.press("Tab")
        try pane.waitFor("dossier> match")
        try pane.press("C-u")
        try pane.type(":p")
        try pane.press("Tab", "Tab")
        try pane.waitFor(":param")
        let screen = try pane.waitFor(":params")
        #expect(screen.contains(":param ") && screen.contains(":params"), "a double Tab lists both matches")
    }

    @Test(.enabled(if: available, "needs tmux and a built dossier"))
    func editingHistoryAndSearchWork() throws {
        let pane = try Pane()
        defer { pane.stop() }
        try pane.start()
        // Editing: type the end first, jump to the start with Ctrl-A, fix a typo with Backspace.
        try pane.type("arams")
        try pane.press("C-a")
        try pane.type(":px")
        try pane.press("BSpace", "Enter")
        try pane.waitFor("(no parameters)")
        try pane.waitForEmptyPrompt(prompts: 2)
        // History: Up recalls the line.
        try pane.press("Up", "Enter")
        try pane.waitFor("(no parameters)", count: 2)
        try pane.waitForEmptyPrompt(prompts: 3)
        // Ctrl-R finds an older line.
        try pane.type(":timing off")
        try pane.press("Enter")
        try pane.waitForEmptyPrompt(prompts: 4)
        try pane.press("C-r")
        try pane.type("aram")
        try pane.press("Enter")
        try pane.waitFor("(no parameters)", count: 3)
        try pane.waitForEmptyPrompt(prompts: 5)
        // Ctrl-D leaves cleanly and the history is on disk for the next session.
        try pane.press("C-d")
        try pane.waitFor("EXITED 0")
        let history = try String(contentsOfFile: pane.historyFile, encoding: .utf8)
        #expect(history.contains(":params") && history.contains(":timing\\040off"))

        let next = try Pane()
        defer { next.stop() }
        try FileManager.default.copyItem(atPath: pane.historyFile, toPath: next.historyFile)
        pane.stop()
        try next.start()
        try next.press("Up")
        try next.waitFor("dossier> :params")
        try next.press("Up")
        try next.waitFor("dossier> :timing off")
    }

    @Test(.enabled(if: available, "needs tmux and a built dossier"))
    func ctrlCDropsTheLineAndStatementsSpanLines() throws {
        let pane = try Pane()
        defer { pane.stop() }
        try pane.start()
        try pane.type("MATCH (n)")
        try pane.press("Enter")
        try pane.waitFor("..>")
        try pane.type("RETURN")
        try pane.press("C-c")
        try pane.waitFor("^C")
        try pane.type(":params")
        try pane.press("Enter")
        let screen = try pane.waitFor("(no parameters)")
        #expect(!screen.contains("EXITED"), "Ctrl-C does not end the session")
        try pane.type(":quit")
        try pane.press("Enter")
        try pane.waitFor("EXITED 0")
    }

    @Test(.enabled(if: available, "needs tmux and a built dossier"))
    func errorsPrintAndTheSessionGoesOn() throws {
        let pane = try Pane()
        defer { pane.stop() }
        try pane.start()
        try pane.type("MATCH (n RETURN n;")
        try pane.press("Enter")
        try pane.waitFor("error")
        try pane.type(":format yaml")
        try pane.press("Enter")
        try pane.waitFor("usage: :format")
        try pane.type(":help")
        try pane.press("Enter")
        let screen = try pane.waitFor(":history")
        #expect(!screen.contains("EXITED"))
    }
}

/// `dossier repl` and `dossier query` with piped input, as scripts and pipelines use them.
@Suite struct ReplPipedTests {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: Paths.dossier) }

    func graphDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("repl-pipe-\(UUID().uuidString)").path
    }

    @Test(.enabled(if: available, "needs a built dossier"))
    func aScriptRunsWithoutPromptsAndStopsAtTheFirstErrorNamingItsLine() throws {
        let script = ":param who \"Zoë\"\n:params\n\n// the next statement is broken\nMATCH (n RETURN n;\n:params\n"
        let run = try runDossier(["repl", "--graph", graphDirectory()], input: script)
        #expect(run.status == 1)
        #expect(run.out == "$who = \"Zoë\"\n", "no prompt, no escape codes, and nothing after the error")
        let firstLine = run.err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("5:") || firstLine.contains(":5:") || firstLine.hasPrefix("line 5:"), "the error names line 5: \(run.err)")
    }

    @Test(.enabled(if: available, "needs a built dossier"))
    func aCleanScriptExitsZero() throws {
        let run = try runDossier(["repl", "--graph", graphDirectory()], input: ":format json\n:timing off\n:help\n:quit\n:nonsense\n")
        #expect(run.status == 0)
        #expect(run.out.contains(":export dot|json|graphml FILE"))
        #expect(!run.out.contains("dossier> "))
    }

    @Test(.enabled(if: available, "needs a built dossier"))
    func queryFailuresExitOneAndBadParametersAreUsageErrors() throws {
        let broken = try runDossier(["query", "MATCH (n RETURN n", "--graph", graphDirectory()])
        #expect(broken.status == 1)
        #expect(broken.err.contains("error"))
        let badParam = try runDossier(["query", "RETURN $x", "--param", "x=not-json"])
        #expect(badParam.status == 64)
        #expect(badParam.err.contains("not JSON"))
        let neither = try runDossier(["query"])
        #expect(neither.status == 64)
    }

    @Test(.enabled(if: available, "needs a built dossier"))
    func exportOptionsAreCheckedBeforeAnythingRuns() throws {
        let both = try runDossier(["export", "dot", "--query", "MATCH (n) RETURN n", "--around", "X"])
        #expect(both.status == 64)
        let noDirectory = try runDossier(["export", "neo4j"])
        #expect(noDirectory.status == 64 && noDirectory.err.contains("-o DIR"))
        let confidence = try runDossier(["export", "json", "--min-confidence", "2"])
        #expect(confidence.status == 64)
    }
}

extension String {
    var replTestTrimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
