/// One lexical unit of a query, with its scalar range in the source.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case identifier(String)
        /// `` `name` `` — never a keyword.
        case quotedIdentifier(String)
        case integer(String)
        case float(String)
        case string(String)
        case parameter(String)
        case symbol(String)
        case end
    }
    var kind: Kind
    var start: Int
    var end: Int

    /// The identifier text, for keyword tests (case-insensitive) and names.
    var word: String? {
        if case .identifier(let w) = kind { return w }
        return nil
    }

    func isKeyword(_ keyword: String) -> Bool {
        if case .identifier(let w) = kind { return w.uppercased() == keyword }
        return false
    }

    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }

    var display: String {
        switch kind {
        case .identifier(let w): return "'\(w)'"
        case .quotedIdentifier(let w): return "`\(w)`"
        case .integer(let s), .float(let s): return s
        case .string: return "a string"
        case .parameter(let p): return "$\(p)"
        case .symbol(let s): return "'\(s)'"
        case .end: return "end of input"
        }
    }
}
