/// Pattern syntax: `p = (a:L {k: v})-[r:T|U*1..3]->(b)`, `shortestPath(...)`.
extension Parser {
    mutating func parsePatternPart() throws(QueryError) -> PatternPart {
        let start = current.start
        var pathVariable: String?
        if atVariable, peekToken().isSymbol("=") {
            pathVariable = try parseName()
            position += 1
        }
        var shortest = ShortestKind.none
        if let w = current.word?.lowercased(), w == "shortestpath" || w == "allshortestpaths", peekToken().isSymbol("(") {
            shortest = w == "shortestpath" ? .shortest : .all
            position += 2
        }
        let part = try parsePatternElement(start: start)
        if shortest != .none { try expectSymbol(")") }
        part.pathVariable = pathVariable
        part.shortest = shortest
        part.range = SourceRange(start: start, end: previousEnd)
        return part
    }

    mutating func parsePatternElement(start: Int) throws(QueryError) -> PatternPart {
        // `((a)-->(b))`: a parenthesised pattern element.
        if atSymbol("("), peekToken().isSymbol("(") {
            depth += 1
            defer { depth -= 1 }
            if depth > 80 { throw .syntax("UnexpectedSyntax", "pattern nested too deeply", at: current.start) }
            position += 1
            let inner = try parsePatternElement(start: start)
            try expectSymbol(")")
            return inner
        }
        let first = try parseNodePattern()
        var hops: [(RelationshipPattern, NodePattern)] = []
        while atSymbol("-") || atSymbol("<-") || atSymbol("<") {
            let rel = try parseRelationshipPattern()
            let node = try parseNodePattern()
            hops.append((rel, node))
        }
        return PatternPart(start: first, hops: hops, range: SourceRange(start: start, end: previousEnd))
    }

    mutating func parseNodePattern() throws(QueryError) -> NodePattern {
        let open = try expectSymbol("(")
        var node = NodePattern(variable: nil, labels: [], properties: nil, range: SourceRange(start: open.start, end: open.end))
        if atVariable { node.variable = try parseName() }
        while acceptSymbol(":") {
            node.labels.append(try parseName("a label"))
        }
        if atSymbol("{") || isParameter {
            node.properties = try parsePrimary()
        }
        try expectSymbol(")")
        node.range.end = previousEnd
        return node
    }

    var isParameter: Bool { if case .parameter = current.kind { return true } else { return false } }

    mutating func parseRelationshipPattern() throws(QueryError) -> RelationshipPattern {
        let start = current.start
        var leftArrow = false
        if acceptSymbol("<-") { leftArrow = true }
        else if acceptSymbol("<") { leftArrow = true; try expectSymbol("-") }
        else { try expectSymbol("-") }
        var rel = RelationshipPattern(variable: nil, types: [], direction: .both, length: nil, properties: nil,
                                      range: SourceRange(start: start, end: start))
        if acceptSymbol("[") {
            if atVariable { rel.variable = try parseName() }
            if acceptSymbol(":") {
                rel.types.append(try parseName("a relationship type"))
                while acceptSymbol("|") {
                    _ = acceptSymbol(":")
                    rel.types.append(try parseName("a relationship type"))
                }
            }
            if acceptSymbol("*") {
                var minimum: Int?, maximum: Int?
                if case .integer = current.kind { minimum = try parseHopCount() }
                if acceptSymbol("..") {
                    if case .integer = current.kind { maximum = try parseHopCount() }
                } else if minimum != nil {
                    maximum = minimum
                }
                guard atSymbol("]") || atSymbol("{") || isParameter else {
                    throw unexpected(expected: "a hop range like *1..3", detail: "InvalidRelationshipPattern")
                }
                rel.length = (minimum, maximum)
            } else if atSymbol("..") {
                throw unexpected(expected: "'*' before a hop range", detail: "InvalidRelationshipPattern")
            }
            if atSymbol("{") || isParameter { rel.properties = try parsePrimary() }
            try expectSymbol("]")
        }
        var rightArrow = false
        if acceptSymbol("->") { rightArrow = true }
        else {
            try expectSymbol("-")
            if acceptSymbol(">") { rightArrow = true }
        }
        switch (leftArrow, rightArrow) {
        case (true, false): rel.direction = .incoming
        case (false, true): rel.direction = .outgoing
        default: rel.direction = .both
        }
        rel.range.end = previousEnd
        return rel
    }

    mutating func parseHopCount() throws(QueryError) -> Int {
        let t = advance()
        guard case .integer(let s) = t.kind, let v = Int(s) else {
            throw .syntax("InvalidRelationshipPattern", "invalid hop count", at: t.start)
        }
        return v
    }
}
