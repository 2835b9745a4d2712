import DossierExport
import DossierKit
import DossierModel
import Foundation

/// The REPL without a terminal: takes input lines, runs statements and meta-commands
/// against a session, and writes text to two sinks. `dossier repl` feeds it from libedit or
/// from a pipe; tests feed it lists of lines (the kuzu shell's design).
final class ReplEngine {
    struct Settings {
        var format: ResultFormat = .table
        var timing = true
        var colour = false
        var maxCellWidth = 48
    }

    /// What the caller does after a line.
    enum Step: Equatable {
        case proceed
        /// Something failed; a script stops here.
        case failed
        case quit
    }

    let session: any ReplSession
    let exporter: ExportRunner?
    var settings: Settings
    var parameters: [String: Value] = [:]
    /// Past input lines, oldest first (libedit's history when interactive).
    var history: () -> [String]
    /// Runs a query; the interactive REPL swaps in one that Ctrl-C can cancel.
    var execute: (@escaping @Sendable () throws -> QueryResult) throws -> QueryResult = { try $0() }
    let out: (String) -> Void
    let err: (String) -> Void
    private(set) var buffer = StatementBuffer()

    init(session: any ReplSession, exporter: ExportRunner?, settings: Settings = Settings(),
         history: @escaping () -> [String] = { [] },
         out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.session = session; self.exporter = exporter; self.settings = settings
        self.history = history; self.out = out; self.err = err
    }

    static let primaryPrompt = "dossier> "
    static let continuationPrompt = "     ..> "

    var prompt: String { buffer.isEmpty ? ReplEngine.primaryPrompt : ReplEngine.continuationPrompt }

    /// Handles one input line (numbered from 1 for error messages).
    func handle(line: String, lineNumber: Int) -> Step {
        let trimmed = line.replTrimmed()
        if buffer.isEmpty && trimmed.hasPrefix(":") {
            return runMetaCommand(trimmed, lineNumber: lineNumber)
        }
        var step = Step.proceed
        for (statement, start) in buffer.append(line, lineNumber: lineNumber) {
            if runStatement(statement, startLine: start, lineNumber: lineNumber) == .failed {
                step = .failed
                break
            }
        }
        if step == .failed { buffer.clear() }
        return step
    }

    /// End of input: runs a last statement left without its `;`.
    func finish(lineNumber: Int) -> Step {
        guard let (statement, start) = buffer.flush() else { return .proceed }
        return runStatement(statement, startLine: start, lineNumber: lineNumber)
    }

    /// Drops a half-typed statement (Ctrl-C at the prompt).
    func discardPending() { buffer.clear() }

    func runStatement(_ statement: String, startLine: Int, lineNumber: Int) -> Step {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let parameters = self.parameters
            let session = self.session
            let result = try execute { try session.run(statement, parameters: parameters) }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            show(result, milliseconds: ms)
            return .proceed
        } catch {
            reportError(error, source: statement, startLine: startLine)
            return .failed
        }
    }

    func show(_ result: QueryResult, milliseconds: Double) {
        let options = TableOptions(maxCellWidth: settings.maxCellWidth, colour: settings.colour,
                                   elapsedMilliseconds: settings.timing ? milliseconds : nil)
        out(settings.format.render(result, options: options))
        if settings.format != .table, settings.timing {
            err(TableRenderer(options: options).footer(rowCount: result.rows.count) + "\n")
        }
    }

    /// The error with a caret under the query; the line in a script when it is not line 1.
    func reportError(_ error: any Error, source: String, startLine: Int) {
        let rendered = ErrorText.render(error, source: source, lineOffset: max(0, startLine - 1))
        let located = (error as? Diagnostic)?.position != nil || startLine <= 1 ? rendered : "line \(startLine): \(rendered)"
        err(located + "\n")
    }

    func reportUsage(_ message: String, lineNumber: Int) -> Step {
        err((lineNumber > 1 ? "line \(lineNumber): " : "") + "error: \(message)\n")
        return .failed
    }
}
