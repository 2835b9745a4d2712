/// Collects input lines until a `;` outside strings, back-quoted names and comments ends a
/// statement, so a statement may span lines and one line may hold several.
struct StatementBuffer {
    private(set) var text = ""
    /// The input line on which the pending statement began (1-based).
    private(set) var startLine = 0

    var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }

    /// Adds a line; returns the statements it completed with the line each began on.
    mutating func append(_ line: String, lineNumber: Int) -> [(statement: String, line: Int)] {
        if isEmpty {
            let trimmed = line.replTrimmed()
            // Blank and comment lines before a statement are not part of it.
            if trimmed.isEmpty || trimmed.hasPrefix("//") { return [] }
            text = ""
            startLine = lineNumber
        }
        text += (text.isEmpty ? "" : "\n") + line
        var complete: [(String, Int)] = []
        while let end = StatementBuffer.terminator(in: text) {
            let statement = String(text[..<end]).replTrimmed()
            let rest = String(text[text.index(after: end)...])
            let consumedLines = text[..<end].filter { $0 == "\n" }.count
            if !statement.isEmpty && !StatementBuffer.isOnlyComments(statement) { complete.append((statement, startLine)) }
            text = rest
            startLine += consumedLines
            if text.allSatisfy(\.isWhitespace) { text = ""; break }
        }
        return complete
    }

    /// Takes whatever is pending (the end of a script without a final `;`).
    mutating func flush() -> (statement: String, line: Int)? {
        defer { text = "" }
        let statement = text.replTrimmed()
        return statement.isEmpty || StatementBuffer.isOnlyComments(statement) ? nil : (statement, startLine)
    }

    mutating func clear() { text = "" }

    /// The first `;` that is not inside a string, a back-quoted name or a comment.
    static func terminator(in text: String) -> String.Index? {
        var quote: Character?
        var escaped = false
        var inLineComment = false, inBlockComment = false
        var previous: Character = " "
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            defer { previous = c; i = text.index(after: i) }
            if inLineComment { if c == "\n" { inLineComment = false }; continue }
            if inBlockComment { if previous == "*" && c == "/" { inBlockComment = false }; continue }
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q != "`" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "'", "\"", "`": quote = c
            case "/" where previous == "/": inLineComment = true
            case "*" where previous == "/": inBlockComment = true
            case ";": return i
            default: break
            }
        }
        return nil
    }

    static func isOnlyComments(_ statement: String) -> Bool {
        statement.split(separator: "\n").allSatisfy { $0.replTrimmed().hasPrefix("//") || $0.replTrimmed().isEmpty }
    }
}

extension StringProtocol {
    func replTrimmed() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
