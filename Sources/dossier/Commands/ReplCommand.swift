import ArgumentParser
import DossierKit
import Foundation

/// `dossier repl`: an interactive query shell; reads a script when stdin is not a terminal.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Query the graph interactively (:help lists the commands); `dossier repl < script.cypher` runs a script.",
        discussion: """
        Statements end with `;` and may span lines. On a terminal: line editing, history (kept in \
        GRAPH/.dossier_history, else ~/.dossier_history), Ctrl-R search, Tab completion, Ctrl-C \
        cancels a running query, Ctrl-D leaves. Piped: no prompt; the first error stops the script \
        with exit status 1 and names its line.
        """)

    @OptionGroup var graphOptions: GraphOptions
    @Option(help: "The history file (default: GRAPH/.dossier_history, or ~/.dossier_history).") var history: String?

    func run() throws {
        let session: QuerySession
        do { session = try QuerySession(graphDirectory: graphOptions.graph) } catch {
            SurfaceIO.error(String(describing: error))
            throw ExitCode.failure
        }
        let exporter = ExportRunner(graphDirectory: graphOptions.graph, session: session)
        if SurfaceIO.isTerminal(STDIN_FILENO) {
            runInteractive(session: session, exporter: exporter)
        } else {
            let engine = ReplEngine(session: session, exporter: exporter, settings: .init(timing: false),
                                    out: SurfaceIO.write, err: SurfaceIO.error)
            var lines: [String] = []
            engine.history = { lines }
            let status = ReplScript.run(engine, lines: AnyIterator { Swift.readLine(strippingNewline: true) }) { lines.append($0) }
            if status != 0 { throw ExitCode(status) }
        }
    }

    func runInteractive(session: QuerySession, exporter: ExportRunner) {
        let editor = LineEditor(historyFile: history ?? defaultHistoryFile())
        LineEditor.completion = ReplCompletion(schema: session.schema())
        let engine = ReplEngine(session: session, exporter: exporter,
                                settings: .init(colour: SurfaceIO.isTerminal(STDOUT_FILENO)),
                                history: { editor.entries }, out: SurfaceIO.write, err: SurfaceIO.error)
        let watcher = InterruptWatcher.shared
        watcher.install()
        engine.execute = { work in
            let interrupts = InterruptWatcher.interruptCount
            // The terminal echoes ^C; end that line before the cancellation error prints.
            defer { if InterruptWatcher.interruptCount != interrupts { SurfaceIO.write("\n") } }
            return try watcher.runCancellable(work, cancel: { session.cancel() })
        }
        SurfaceIO.write("dossier \(dossierVersion) — graph \(graphOptions.graph). Type :help for help, Ctrl-D to leave.\n")
        var lineNumber = 0
        while true {
            LineEditor.statementPending = !engine.buffer.isEmpty
            let line: String
            switch editor.read(prompt: engine.prompt) {
            case .line(let text): line = text
            case .interrupted:
                SurfaceIO.write("^C\n")
                engine.discardPending()
                continue
            case .end:
                SurfaceIO.write("\n")
                return
            }
            lineNumber += 1
            editor.remember(line)
            if engine.handle(line: line, lineNumber: lineNumber) == .quit { break }
        }
    }

    func defaultHistoryFile() -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: graphOptions.graph, isDirectory: &isDirectory), isDirectory.boolValue,
           FileManager.default.isWritableFile(atPath: graphOptions.graph) {
            return (graphOptions.graph as NSString).appendingPathComponent(".dossier_history")
        }
        return ProcessInfo.processInfo.environment["HOME"].map { ($0 as NSString).appendingPathComponent(".dossier_history") }
    }
}

/// Runs lines through the engine as a script: the first failure stops it with status 1.
enum ReplScript {
    static func run<Lines: IteratorProtocol<String>>(_ engine: ReplEngine, lines: Lines, onLine: (String) -> Void = { _ in }) -> Int32 {
        var lines = lines
        var number = 0
        while let line = lines.next() {
            number += 1
            onLine(line)
            switch engine.handle(line: line, lineNumber: number) {
            case .quit: return 0
            case .failed: return 1
            case .proceed: continue
            }
        }
        return engine.finish(lineNumber: number + 1) == .failed ? 1 : 0
    }
}
