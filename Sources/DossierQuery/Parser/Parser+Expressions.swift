/// Expression syntax, lowest precedence first:
/// OR < XOR < AND < NOT < comparison < string/list/null predicates < + - < * / % < ^ < unary < postfix.
extension Parser {
    mutating func parseExpression() throws(QueryError) -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > 80 { throw .syntax("UnexpectedSyntax", "expression nested too deeply", at: current.start) }
        return try parseBinaryLevel(0)
    }

    private static let levels: [[(String, BinaryOperator)]] = [
        [("OR", .or)], [("XOR", .xor)], [("AND", .and)],
    ]

    private mutating func parseBinaryLevel(_ level: Int) throws(QueryError) -> Expr {
        if level == Parser.levels.count { return try parseNot() }
        var left = try parseBinaryLevel(level + 1)
        while let (_, op) = Parser.levels[level].first(where: { at($0.0) }) {
            position += 1
            let right = try parseBinaryLevel(level + 1)
            left = Expr(.binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseNot() throws(QueryError) -> Expr {
        if at("NOT") {
            let start = advance().start
            depth += 1
            defer { depth -= 1 }
            if depth > 80 { throw .syntax("UnexpectedSyntax", "expression nested too deeply", at: current.start) }
            let operand = try parseNot()
            return Expr(.unary(.not, operand), SourceRange(start: start, end: operand.range.end))
        }
        return try parseComparison()
    }

    private mutating func comparisonOperator() -> BinaryOperator? {
        switch current.kind {
        case .symbol("="): return .equal
        case .symbol("<>"), .symbol("!="): return .notEqual
        case .symbol("<"): return .less
        case .symbol(">"): return .greater
        case .symbol("<="): return .lessEqual
        case .symbol(">="): return .greaterEqual
        default: return nil
        }
    }

    /// `a < b < c` means `a < b AND b < c`.
    private mutating func parseComparison() throws(QueryError) -> Expr {
        let first = try parsePredicates()
        var operands = [first]
        var ops: [BinaryOperator] = []
        while true {
            if atSymbol("<-") {
                // `1<-1` lexes as an arrow; in an expression it is `<` then unary minus.
                let t = current
                tokens[position] = Token(kind: .symbol("<"), start: t.start, end: t.start + 1)
                tokens.insert(Token(kind: .symbol("-"), start: t.start + 1, end: t.end), at: position + 1)
            }
            guard let op = comparisonOperator() else { break }
            position += 1
            ops.append(op)
            operands.append(try parsePredicates())
        }
        if ops.isEmpty { return first }
        var result: Expr?
        for (i, op) in ops.enumerated() {
            let c = Expr(.binary(op, operands[i], operands[i + 1]),
                         SourceRange(start: operands[i].range.start, end: operands[i + 1].range.end))
            result = result.map { Expr(.binary(.and, $0, c), SourceRange(start: first.range.start, end: c.range.end)) } ?? c
        }
        return result!
    }

    private mutating func parsePredicates() throws(QueryError) -> Expr {
        var left = try parseAdditive()
        while true {
            let op: BinaryOperator
            if at("STARTS"), peekToken().isKeyword("WITH") { position += 2; op = .startsWith }
            else if at("ENDS"), peekToken().isKeyword("WITH") { position += 2; op = .endsWith }
            else if at("CONTAINS") { position += 1; op = .contains }
            else if at("IN") { position += 1; op = .in }
            else if atSymbol("=~") { position += 1; op = .regex }
            else if at("IS") {
                position += 1
                let negated = accept("NOT")
                guard accept("NULL") else { throw unexpected(expected: "NULL") }
                left = Expr(.isNull(left, negated: negated), SourceRange(start: left.range.start, end: previousEnd))
                continue
            } else { break }
            let right = try parseAdditive()
            left = Expr(.binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseAdditive() throws(QueryError) -> Expr {
        var left = try parseMultiplicative()
        while atSymbol("+") || atSymbol("-") {
            let op: BinaryOperator = advance().isSymbol("+") ? .add : .subtract
            let right = try parseMultiplicative()
            left = Expr(.binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseMultiplicative() throws(QueryError) -> Expr {
        var left = try parsePower()
        while atSymbol("*") || atSymbol("/") || atSymbol("%") {
            let t = advance()
            let op: BinaryOperator = t.isSymbol("*") ? .multiply : t.isSymbol("/") ? .divide : .modulo
            let right = try parsePower()
            left = Expr(.binary(op, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parsePower() throws(QueryError) -> Expr {
        var left = try parseUnary()
        while acceptSymbol("^") {
            let right = try parseUnary()
            left = Expr(.binary(.power, left, right), SourceRange(start: left.range.start, end: right.range.end))
        }
        return left
    }

    private mutating func parseUnary() throws(QueryError) -> Expr {
        if atSymbol("-") || atSymbol("+") {
            let t = advance()
            // A negative integer literal is read whole so that -9223372036854775808 fits.
            if t.isSymbol("-"), case .integer(let digits) = current.kind {
                let lit = advance()
                let value = try integerValue("-" + digits, at: lit.start)
                return try parsePostfix(Expr(.literal(.int(value)), SourceRange(start: t.start, end: lit.end)))
            }
            depth += 1
            defer { depth -= 1 }
            if depth > 80 { throw .syntax("UnexpectedSyntax", "expression nested too deeply", at: current.start) }
            let operand = try parseUnary()
            return Expr(.unary(t.isSymbol("-") ? .negate : .plus, operand), SourceRange(start: t.start, end: operand.range.end))
        }
        return try parsePostfix(try parsePrimary())
    }

    func integerValue(_ text: String, at offset: Int) throws(QueryError) -> Int64 {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        var radix = 10
        if body.hasPrefix("0x") { radix = 16; body = body.dropFirst(2) }
        else if body.hasPrefix("0o") { radix = 8; body = body.dropFirst(2) }
        guard !body.isEmpty, body.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
            throw .syntax("InvalidNumberLiteral", "invalid number literal '\(text)'", at: offset)
        }
        guard let v = Int64((negative ? "-" : "") + body, radix: radix) else {
            throw .syntax("IntegerOverflow", "integer literal '\(text)' does not fit in 64 bits", at: offset)
        }
        return v
    }

    // MARK: Postfix: property access, indexing, slicing, label tests

    private mutating func parsePostfix(_ base: Expr) throws(QueryError) -> Expr {
        var e = base
        while true {
            if atSymbol(".") {
                position += 1
                let key = try parseName("a property key")
                e = Expr(.property(e, key), SourceRange(start: e.range.start, end: previousEnd))
            } else if atSymbol("[") {
                position += 1
                if acceptSymbol("..") {
                    let to = atSymbol("]") ? nil : try parseExpression()
                    try expectSymbol("]")
                    e = Expr(.slice(e, nil, to), SourceRange(start: e.range.start, end: previousEnd))
                    continue
                }
                let first = try parseExpression()
                if acceptSymbol("..") {
                    let to = atSymbol("]") ? nil : try parseExpression()
                    try expectSymbol("]")
                    e = Expr(.slice(e, first, to), SourceRange(start: e.range.start, end: previousEnd))
                } else {
                    try expectSymbol("]")
                    e = Expr(.index(e, first), SourceRange(start: e.range.start, end: previousEnd))
                }
            } else if atSymbol(":"), case .identifier = peekToken().kind {
                var labels: [String] = []
                while acceptSymbol(":") { labels.append(try parseName("a label")) }
                e = Expr(.hasLabels(e, labels), SourceRange(start: e.range.start, end: previousEnd))
            } else if atSymbol(":"), case .quotedIdentifier = peekToken().kind {
                var labels: [String] = []
                while acceptSymbol(":") { labels.append(try parseName("a label")) }
                e = Expr(.hasLabels(e, labels), SourceRange(start: e.range.start, end: previousEnd))
            } else {
                return e
            }
        }
    }

    // MARK: Atoms

    mutating func parsePrimary() throws(QueryError) -> Expr {
        let t = current
        switch t.kind {
        case .integer(let s):
            position += 1
            return Expr(.literal(.int(try integerValue(s, at: t.start))), SourceRange(start: t.start, end: t.end))
        case .float(let s):
            position += 1
            guard let d = Double(s) else { throw .syntax("InvalidNumberLiteral", "invalid number '\(s)'", at: t.start) }
            if d.isInfinite { throw .syntax("FloatingPointOverflow", "float literal '\(s)' is too large", at: t.start) }
            return Expr(.literal(.double(d)), SourceRange(start: t.start, end: t.end))
        case .string(let s):
            position += 1
            return Expr(.literal(.string(s)), SourceRange(start: t.start, end: t.end))
        case .parameter(let p):
            position += 1
            return Expr(.parameter(p), SourceRange(start: t.start, end: t.end))
        case .symbol("["):
            return try parseBracket()
        case .symbol("{"):
            return try parseMapLiteral()
        case .symbol("("):
            if let pattern = try attemptPatternExpression() { return pattern }
            position += 1
            let inner = try parseExpression()
            try expectSymbol(")")
            // Parentheses widen the range so the column name keeps them.
            let e = Expr(inner.kind, SourceRange(start: t.start, end: previousEnd))
            e.slot = inner.slot
            return e
        case .identifier(let w):
            let upper = w.uppercased()
            switch upper {
            case "TRUE": position += 1; return Expr(.literal(.bool(true)), SourceRange(start: t.start, end: t.end))
            case "FALSE": position += 1; return Expr(.literal(.bool(false)), SourceRange(start: t.start, end: t.end))
            case "NULL": position += 1; return Expr(.literal(.null), SourceRange(start: t.start, end: t.end))
            case "CASE": return try parseCase()
            default: break
            }
            if peekToken().isSymbol("(") { return try parseCall() }
            // Namespaced function name: a.b.c(…)
            if let call = try attemptNamespacedCall() { return call }
            if Parser.reserved.contains(upper) { throw unexpected(expected: "an expression") }
            position += 1
            let v = Expr(.variable(w), SourceRange(start: t.start, end: t.end))
            if atSymbol("{") { return try parseMapProjection(v) }
            return v
        case .quotedIdentifier(let w):
            position += 1
            let v = Expr(.variable(w), SourceRange(start: t.start, end: t.end))
            if atSymbol("{") { return try parseMapProjection(v) }
            return v
        default:
            throw unexpected(expected: "an expression")
        }
    }

    private mutating func attemptNamespacedCall() throws(QueryError) -> Expr? {
        var k = 0
        var name = ""
        while case .identifier(let w) = peekToken(k).kind {
            name += (name.isEmpty ? "" : ".") + w
            if peekToken(k + 1).isSymbol("("), k > 0 {
                position += k
                return try parseCall(qualifiedName: name, start: tokens[position - k].start)
            }
            guard peekToken(k + 1).isSymbol(".") else { return nil }
            k += 2
        }
        return nil
    }

    /// `(a)-[:T]->(b)` used as a predicate. Backtracks when the parenthesis is just grouping.
    private mutating func attemptPatternExpression() throws(QueryError) -> Expr? {
        let saved = position
        let savedTokens = tokens
        do {
            let part = try parsePatternElement(start: current.start)
            if !part.hops.isEmpty {
                return Expr(.pattern(part), part.range)
            }
        } catch {}
        position = saved
        tokens = savedTokens
        return nil
    }

    private mutating func parseCall(qualifiedName: String? = nil, start: Int? = nil) throws(QueryError) -> Expr {
        let nameToken = current
        let name: String
        if let qualifiedName { name = qualifiedName } else { name = try parseName() }
        let begin = start ?? nameToken.start
        try expectSymbol("(")
        let lower = name.lowercased()
        if lower == "count", atSymbol("*") {
            position += 1
            try expectSymbol(")")
            return Expr(.countStar, SourceRange(start: begin, end: previousEnd))
        }
        if ["all", "any", "none", "single"].contains(lower), atVariable, peekToken().isKeyword("IN") {
            let variable = try parseName()
            try expect("IN")
            let source = try parseExpression()
            var predicate: Expr?
            if accept("WHERE") { predicate = try parseExpression() }
            try expectSymbol(")")
            return Expr(.quantifier(QuantifierKind(rawValue: lower)!, variable: variable, source: source, predicate: predicate),
                        SourceRange(start: begin, end: previousEnd))
        }
        if lower == "reduce", atVariable, peekToken().isSymbol("=") {
            let acc = try parseName()
            try expectSymbol("=")
            let initial = try parseExpression()
            try expectSymbol(",")
            let variable = try parseName()
            try expect("IN")
            let source = try parseExpression()
            try expectSymbol("|")
            let body = try parseExpression()
            try expectSymbol(")")
            return Expr(.reduce(accumulator: acc, initial: initial, variable: variable, source: source, body: body),
                        SourceRange(start: begin, end: previousEnd))
        }
        if (lower == "shortestpath" || lower == "allshortestpaths") {
            position -= 2
            let part = try parsePatternPart()
            return Expr(.pattern(part), part.range)
        }
        let distinct = accept("DISTINCT")
        var args: [Expr] = []
        if !atSymbol(")") {
            repeat { args.append(try parseExpression()) } while acceptSymbol(",")
        }
        try expectSymbol(")")
        return Expr(.function(name: name, distinct: distinct, args: args), SourceRange(start: begin, end: previousEnd))
    }

    private mutating func parseBracket() throws(QueryError) -> Expr {
        let open = advance()
        // List comprehension: [x IN list WHERE p | e]
        if atVariable, peekToken().isKeyword("IN") {
            let saved = position
            let variable = try parseName()
            position += 1
            if let source = try? parseExpression() {
                var predicate: Expr?, projection: Expr?
                if accept("WHERE") { predicate = try parseExpression() }
                if acceptSymbol("|") { projection = try parseExpression() }
                try expectSymbol("]")
                return Expr(.listComprehension(variable: variable, source: source, predicate: predicate, projection: projection),
                            SourceRange(start: open.start, end: previousEnd))
            }
            position = saved
        }
        // Pattern comprehension: [p = (a)-->(b) WHERE … | e]
        if atSymbol("(") || (atVariable && peekToken().isSymbol("=")) {
            let saved = position
            let savedTokens = tokens
            var pathVariable: String?
            if atVariable { pathVariable = try parseName(); position += 1 }
            if let part = try? parsePatternElement(start: current.start), !part.hops.isEmpty, at("WHERE") || atSymbol("|") {
                var predicate: Expr?
                if accept("WHERE") { predicate = try parseExpression() }
                try expectSymbol("|")
                let projection = try parseExpression()
                try expectSymbol("]")
                part.pathVariable = pathVariable
                return Expr(.patternComprehension(pathVariable: pathVariable, pattern: part, predicate: predicate, projection: projection),
                            SourceRange(start: open.start, end: previousEnd))
            }
            position = saved
            tokens = savedTokens
        }
        var items: [Expr] = []
        if !atSymbol("]") {
            repeat { items.append(try parseExpression()) } while acceptSymbol(",")
        }
        try expectSymbol("]")
        return Expr(.list(items), SourceRange(start: open.start, end: previousEnd))
    }

    private mutating func parseMapLiteral() throws(QueryError) -> Expr {
        let open = advance()
        var entries: [(String, Expr)] = []
        if !atSymbol("}") {
            repeat {
                let key = try parseName("a map key")
                try expectSymbol(":")
                entries.append((key, try parseExpression()))
            } while acceptSymbol(",")
        }
        try expectSymbol("}")
        return Expr(.map(entries), SourceRange(start: open.start, end: previousEnd))
    }

    private mutating func parseMapProjection(_ base: Expr) throws(QueryError) -> Expr {
        try expectSymbol("{")
        var items: [Expr.MapProjectionItem] = []
        if !atSymbol("}") {
            repeat {
                if acceptSymbol(".") {
                    if acceptSymbol("*") { items.append(.allProperties) } else { items.append(.property(try parseName())) }
                } else {
                    let name = try parseName("a map key")
                    if acceptSymbol(":") {
                        items.append(.literal(name, try parseExpression()))
                    } else {
                        // `n {x}` is `n {x: x}`.
                        let t = tokens[position - 1]
                        items.append(.literal(name, Expr(.variable(name), SourceRange(start: t.start, end: t.end))))
                    }
                }
            } while acceptSymbol(",")
        }
        try expectSymbol("}")
        return Expr(.mapProjection(base, items), SourceRange(start: base.range.start, end: previousEnd))
    }

    private mutating func parseCase() throws(QueryError) -> Expr {
        let start = advance().start
        var subject: Expr?
        if !at("WHEN") { subject = try parseExpression() }
        var branches: [(Expr, Expr)] = []
        while accept("WHEN") {
            let w = try parseExpression()
            try expect("THEN")
            branches.append((w, try parseExpression()))
        }
        if branches.isEmpty { throw unexpected(expected: "WHEN") }
        var otherwise: Expr?
        if accept("ELSE") { otherwise = try parseExpression() }
        try expect("END")
        return Expr(.caseOf(subject: subject, branches: branches, otherwise: otherwise), SourceRange(start: start, end: previousEnd))
    }
}
