/// A position in some source text: a file or query, 1-based line and column (in characters).
public struct SourcePosition: Hashable, Codable, Sendable, CustomStringConvertible {
    public var file: String?
    public var line: Int
    public var column: Int
    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }
    public var description: String { "\(file.map { $0 + ":" } ?? "")\(line):\(column)" }
}

/// A problem reported to a human: what went wrong, where, and how bad it is.
/// Stages throw or return these instead of printing, so every surface renders them alike.
public struct Diagnostic: Error, Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case error, warning, note }
    public var severity: Severity
    /// A stable code tests can match on (`InvalidEncoding`, `EntityExpansion`, …).
    public var code: String
    public var message: String
    public var position: SourcePosition?

    public init(_ severity: Severity = .error, code: String, message: String, position: SourcePosition? = nil) {
        self.severity = severity; self.code = code; self.message = message; self.position = position
    }

    public var description: String {
        "\(position.map { "\($0): " } ?? "")\(severity.rawValue): \(message) [\(code)]"
    }
}
