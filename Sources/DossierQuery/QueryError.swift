import DossierModel

/// A failed query: the TCK's (type, phase, detail) triple plus a human message and a position.
///
/// `type` is `SyntaxError`, `TypeError`, `ArgumentError`, `EntityNotFound`, `SemanticError` or
/// `QueryCancelled`/`ResourceLimit`; `detail` uses the TCK's names (`UndefinedVariable`, …).
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Phase: String, Sendable { case compile = "compile time", runtime }
    public var type: String
    public var phase: Phase
    public var detail: String
    public var message: String
    /// Scalar offset in the query text, when the error points at a token.
    public var offset: Int?
    /// Filled in by `attach(source:)` so the error prints without the query at hand.
    public var position: SourcePosition?
    public var sourceLine: String?

    public init(_ type: String, _ phase: Phase, _ detail: String, _ message: String, at offset: Int? = nil) {
        self.type = type; self.phase = phase; self.detail = detail; self.message = message; self.offset = offset
    }

    static func syntax(_ detail: String, _ message: String, at offset: Int?) -> QueryError {
        QueryError("SyntaxError", .compile, detail, message, at: offset)
    }
    static func type(_ detail: String, _ message: String, at offset: Int? = nil) -> QueryError {
        QueryError("TypeError", .runtime, detail, message, at: offset)
    }
    static func argument(_ detail: String, _ message: String, at offset: Int? = nil) -> QueryError {
        QueryError("ArgumentError", .runtime, detail, message, at: offset)
    }

    /// Resolves `offset` into line:column and keeps the offending line for the caret display.
    public func attach(source: String) -> QueryError {
        var copy = self
        let scalars = Array(source.unicodeScalars)
        let at = min(max(offset ?? 0, 0), scalars.count)
        var line = 1, lineStart = 0
        for i in 0..<at where scalars[i] == "\n" { line += 1; lineStart = i + 1 }
        var lineEnd = lineStart
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[lineStart..<lineEnd])
        copy.position = SourcePosition(file: "query", line: line, column: at - lineStart + 1)
        copy.sourceLine = String(text).replacingOccurrences(of: "\r", with: "")
        return copy
    }

    /// `query:1:25: error: … [UndefinedVariable]`, the query line, and a caret under the token.
    public var description: String {
        var out = "\(position?.description ?? "query"): error: \(message) [\(detail)]"
        if let line = sourceLine, let column = position?.column {
            out += "\n  " + line + "\n  " + String(repeating: " ", count: max(column - 1, 0)) + "^"
        }
        return out
    }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, code: detail, message: message, position: position)
    }
}
