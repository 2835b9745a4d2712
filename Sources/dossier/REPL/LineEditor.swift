import CEditLine
import Foundation

/// Terminal line editing through libedit's readline emulation: prompt, editing keys,
/// history (Up/Down, Ctrl-R search), a history file kept across sessions, Tab completion.
final class LineEditor {
    let historyFile: String?

    /// Completion is a C callback without context, so its state lives in globals.
    nonisolated(unsafe) static var completion = ReplCompletion(schema: .init())
    nonisolated(unsafe) static var statementPending = false
    nonisolated(unsafe) private static var matches: [String] = []
    nonisolated(unsafe) private static var nextMatch = 0

    /// Characters that end a completion word; `:` and `.` are not among them, so
    /// `(c:Com` completes as `c:Company` and `c.na` as `c.name`.
    nonisolated(unsafe) private static let wordBreaks = strdup(" \t\n\"'`()[]{},;=<>+*/|!-") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)

    init(historyFile: String?) {
        self.historyFile = historyFile
        setlocale(LC_CTYPE, "")  // libedit decodes UTF-8 input only under a UTF-8 locale
        cedit_set_name("dossier")
        cedit_use_interruptible_getc()
        cedit_set_catch_signals(0)
        using_history()
        stifle_history(1000)
        if let historyFile { _ = read_history(historyFile) }
        cedit_set_word_breaks(LineEditor.wordBreaks)
        cedit_set_completion_entry(LineEditor.generator)
    }

    enum Input: Equatable {
        case line(String)
        /// Ctrl-C at the prompt: drop what was typed.
        case interrupted
        /// Ctrl-D on an empty line, or the end of input.
        case end
    }

    func read(prompt: String) -> Input {
        let before = (InterruptWatcher.interruptCount, cedit_interrupt_count())
        guard let raw = readline(prompt) else {
            return (InterruptWatcher.interruptCount, cedit_interrupt_count()) != before ? .interrupted : .end
        }
        defer { cedit_free(raw) }
        return .line(String(cString: raw))
    }

    /// Records a line and saves the history file at once, so a killed session loses nothing.
    func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        if entries.last == line { return }
        add_history(line)
        if let historyFile {
            _ = write_history(historyFile)
            _ = history_truncate_file(historyFile, 1000)
        }
    }

    /// The history, oldest first.
    var entries: [String] {
        (0..<cedit_history_length()).compactMap { offset in cedit_history_line(Int32(offset)).map { String(cString: $0) } }
    }

    /// readline's completion generator: state 0 computes the matches, later calls hand them out.
    private static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
        if state == 0 {
            let word = text.map { String(cString: $0) } ?? ""
            let line = cedit_line_buffer().map { String(cString: $0) } ?? ""
            let point = Int(cedit_point())
            let upToCursor = String(decoding: Array(line.utf8.prefix(point)), as: UTF8.self)
            let before = String(decoding: Array(upToCursor.utf8.dropLast(word.utf8.count)), as: UTF8.self)
            LineEditor.matches = LineEditor.completion.candidates(word: word, before: before, continuing: LineEditor.statementPending)
            LineEditor.nextMatch = 0
        }
        guard LineEditor.nextMatch < LineEditor.matches.count else { return nil }
        defer { LineEditor.nextMatch += 1 }
        return strdup(LineEditor.matches[LineEditor.nextMatch])
    }
}
