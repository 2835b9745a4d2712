/// Tokens → `QueryAST`, by recursive descent over openCypher's grammar (clauses here,
/// expressions and patterns in the sibling files). Every node keeps its source range.
struct Parser {
    var tokens: [Token]
    var position = 0
    let source: [Unicode.Scalar]
    /// Guards recursion so pathological nesting is an error, not a stack overflow.
    var depth = 0

    init(_ text: String) throws(QueryError) {
        tokens = try Lexer.tokenize(text)
        source = Array(text.unicodeScalars)
    }

    static func parse(_ text: String) throws(QueryError) -> QueryAST {
        var parser = try Parser(text)
        return try parser.parseQuery()
    }

    // MARK: Token helpers

    var current: Token { tokens[position] }
    func peekToken(_ k: Int = 1) -> Token { tokens[min(position + k, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return t
    }

    func at(_ keyword: String) -> Bool { current.isKeyword(keyword) }
    func atSymbol(_ s: String) -> Bool { current.isSymbol(s) }

    mutating func accept(_ keyword: String) -> Bool {
        if at(keyword) { position += 1; return true }
        return false
    }

    mutating func acceptSymbol(_ s: String) -> Bool {
        if atSymbol(s) { position += 1; return true }
        return false
    }

    mutating func expect(_ keyword: String) throws(QueryError) {
        guard accept(keyword) else { throw unexpected(expected: keyword) }
    }

    @discardableResult
    mutating func expectSymbol(_ s: String) throws(QueryError) -> Token {
        guard atSymbol(s) else { throw unexpected(expected: "'\(s)'") }
        return advance()
    }

    func unexpected(expected: String, detail: String = "UnexpectedSyntax") -> QueryError {
        .syntax(detail, "unexpected \(current.display), expected \(expected)", at: current.start)
    }

    /// End offset of the previously consumed token.
    var previousEnd: Int { position > 0 ? tokens[position - 1].end : 0 }

    func text(_ range: SourceRange) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: source[range.start..<min(range.end, source.count)])
        return String(v)
    }

    /// A name: identifier or quoted identifier (keywords allowed where a name is expected).
    mutating func parseName(_ what: String = "a name") throws(QueryError) -> String {
        switch current.kind {
        case .identifier(let w), .quotedIdentifier(let w): position += 1; return w
        default: throw unexpected(expected: what)
        }
    }

    /// A variable name: any identifier that is not a reserved clause word.
    var atVariable: Bool {
        switch current.kind {
        case .quotedIdentifier: return true
        case .identifier(let w): return !Parser.reserved.contains(w.uppercased())
        default: return false
        }
    }

    static let reserved: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "ORDER", "BY", "SKIP", "LIMIT", "UNWIND", "UNION",
        "CREATE", "DELETE", "DETACH", "SET", "REMOVE", "MERGE", "AS", "AND", "OR", "XOR", "NOT", "IN",
        "IS", "NULL", "TRUE", "FALSE", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS", "ENDS",
        "CONTAINS", "ASC", "DESC", "ASCENDING", "DESCENDING", "CALL", "YIELD",
    ]

    // MARK: Query and clauses

    mutating func parseQuery() throws(QueryError) -> QueryAST {
        var parts = [try parseSingleQuery()]
        var all: [Bool] = []
        var ranges: [SourceRange] = []
        while at("UNION") {
            let start = advance().start
            all.append(accept("ALL"))
            ranges.append(SourceRange(start: start, end: previousEnd))
            parts.append(try parseSingleQuery())
        }
        _ = acceptSymbol(";")
        guard current.kind == .end else { throw unexpected(expected: "a clause or end of input") }
        return QueryAST(parts: parts, unionAll: all, unionRanges: ranges)
    }

    mutating func parseSingleQuery() throws(QueryError) -> SingleQuery {
        var clauses: [Clause] = []
        while true {
            if at("MATCH") || (at("OPTIONAL") && peekToken().isKeyword("MATCH")) {
                clauses.append(try parseMatch())
            } else if at("UNWIND") {
                let start = advance().start
                let e = try parseExpression()
                try expect("AS")
                let alias = try parseName("a variable")
                clauses.append(.unwind(e, alias: alias, range: SourceRange(start: start, end: previousEnd)))
            } else if at("WITH") {
                let start = advance().start
                let projection = try parseProjection(start: start)
                var predicate: Expr?
                if accept("WHERE") { predicate = try parseExpression() }
                clauses.append(.with(projection, predicate: predicate))
            } else if at("RETURN") {
                let start = advance().start
                clauses.append(.return(try parseProjection(start: start)))
            } else if at("CREATE") {
                let start = advance().start
                let patterns = try parsePatternList()
                clauses.append(.create(patterns, range: SourceRange(start: start, end: previousEnd)))
            } else if at("MERGE") || at("SET") || at("DELETE") || at("DETACH") || at("REMOVE") || at("CALL") {
                throw .syntax("UnsupportedClause", "\(current.word?.uppercased() ?? "") is not supported by this query language", at: current.start)
            } else {
                break
            }
        }
        if clauses.isEmpty { throw unexpected(expected: "MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CREATE") }
        return SingleQuery(clauses: clauses)
    }

    mutating func parseMatch() throws(QueryError) -> Clause {
        let start = current.start
        let optional = accept("OPTIONAL")
        try expect("MATCH")
        let patterns = try parsePatternList()
        var predicate: Expr?
        if accept("WHERE") { predicate = try parseExpression() }
        return .match(optional: optional, patterns: patterns, predicate: predicate, range: SourceRange(start: start, end: previousEnd))
    }

    mutating func parsePatternList() throws(QueryError) -> [PatternPart] {
        var parts = [try parsePatternPart()]
        while acceptSymbol(",") { parts.append(try parsePatternPart()) }
        return parts
    }

    mutating func parseProjection(start: Int) throws(QueryError) -> Projection {
        var p = Projection(range: SourceRange(start: start, end: start))
        p.distinct = accept("DISTINCT")
        if atSymbol("*") {
            let t = advance()
            p.includeExisting = true
            p.starRange = SourceRange(start: t.start, end: t.end)
            if acceptSymbol(",") { try parseItems(into: &p) }
        } else {
            try parseItems(into: &p)
        }
        if at("ORDER") {
            position += 1
            try expect("BY")
            repeat {
                let e = try parseExpression()
                var ascending = true
                if accept("DESC") || accept("DESCENDING") { ascending = false } else { _ = accept("ASC") || accept("ASCENDING") }
                p.orderBy.append(SortItem(expression: e, ascending: ascending))
            } while acceptSymbol(",")
        }
        if accept("SKIP") { p.skip = try parseExpression() }
        if accept("LIMIT") { p.limit = try parseExpression() }
        p.range.end = previousEnd
        return p
    }

    mutating func parseItems(into p: inout Projection) throws(QueryError) {
        repeat {
            let e = try parseExpression()
            if accept("AS") {
                let aliasStart = current.start
                let alias = try parseName("an alias")
                p.items.append(ProjectionItem(expression: e, alias: alias, name: alias,
                                              aliasRange: SourceRange(start: aliasStart, end: previousEnd)))
            } else {
                p.items.append(ProjectionItem(expression: e, alias: nil, name: text(e.range)))
            }
        } while acceptSymbol(",")
    }
}
