/// An expected value in a TCK table cell, as upstream's value parser reads it.
indirect enum TCKValue {
    case null, bool(Bool), int(Int64), double(Double), string(String)
    case list([TCKValue]), map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// Nodes, and between them relationships with `forward` telling the written direction.
    case path(nodes: [TCKValue], relationships: [(TCKValue, Bool)])

    struct ParseError: Error { var message: String }

    static func parse(_ text: String) throws -> TCKValue {
        var p = ValueParser(Array(text.unicodeScalars))
        let v = try p.value()
        p.skipSpace()
        guard p.atEnd else { throw ParseError(message: "trailing text in '\(text)'") }
        return v
    }

    /// The value as a query parameter.
    var parameter: Val {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let l): return .list(l.map(\.parameter))
        case .map(let m): return .map(m.mapValues(\.parameter))
        default: return .null
        }
    }
}

private struct ValueParser {
    let s: [Unicode.Scalar]
    var i = 0
    init(_ s: [Unicode.Scalar]) { self.s = s }

    var atEnd: Bool { i >= s.count }
    mutating func skipSpace() { while i < s.count, s[i].properties.isWhitespace { i += 1 } }
    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func expect(_ c: Unicode.Scalar) throws {
        skipSpace()
        guard peek() == c else { throw TCKValue.ParseError(message: "expected '\(c)' at \(i)") }
        i += 1
    }

    mutating func accept(_ c: Unicode.Scalar) -> Bool {
        skipSpace()
        if peek() == c { i += 1; return true }
        return false
    }

    mutating func word() -> String {
        var out = String.UnicodeScalarView()
        while let c = peek(), c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" { out.append(c); i += 1 }
        return String(out)
    }

    mutating func key() throws -> String {
        skipSpace()
        if peek() == "`" {
            i += 1
            var out = String.UnicodeScalarView()
            while let c = peek(), c != "`" { out.append(c); i += 1 }
            i += 1
            return String(out)
        }
        let w = word()
        if w.isEmpty { throw TCKValue.ParseError(message: "expected a name at \(i)") }
        return w
    }

    mutating func value() throws -> TCKValue {
        skipSpace()
        guard let c = peek() else { throw TCKValue.ParseError(message: "unexpected end") }
        switch c {
        case "'": return .string(try string())
        case "[":
            if peek(1) == ":" { return try relationship() }
            i += 1
            var items: [TCKValue] = []
            if accept("]") { return .list([]) }
            repeat { items.append(try value()) } while accept(",")
            try expect("]")
            return .list(items)
        case "{": return .map(try properties())
        case "(": return try node()
        case "<": return try path()
        default:
            var text = String.UnicodeScalarView()
            while let d = peek(), !(d == "," || d == "]" || d == "}" || d.properties.isWhitespace) { text.append(d); i += 1 }
            let t = String(text)
            switch t {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "NaN": return .double(.nan)
            case "Inf": return .double(.infinity)
            case "-Inf": return .double(-.infinity)
            default:
                if let v = Int64(t) { return .int(v) }
                if let d = Double(t) { return .double(d) }
                throw TCKValue.ParseError(message: "cannot read value '\(t)'")
            }
        }
    }

    mutating func string() throws -> String {
        i += 1
        var out = String.UnicodeScalarView()
        while let c = peek() {
            i += 1
            if c == "'" { return String(out) }
            if c == "\\", let n = peek() {
                i += 1
                if n == "'" || n == "\\" { out.append(n) } else { out.append(c); out.append(n) }
                continue
            }
            out.append(c)
        }
        throw TCKValue.ParseError(message: "unterminated string")
    }

    mutating func properties() throws -> [String: TCKValue] {
        try expect("{")
        var m: [String: TCKValue] = [:]
        if accept("}") { return m }
        repeat {
            let k = try key()
            try expect(":")
            m[k] = try value()
        } while accept(",")
        try expect("}")
        return m
    }

    mutating func node() throws -> TCKValue {
        try expect("(")
        var labels: Set<String> = []
        while accept(":") { labels.insert(try key()) }
        skipSpace()
        let props = peek() == "{" ? try properties() : [:]
        try expect(")")
        return .node(labels: labels, properties: props)
    }

    mutating func relationship() throws -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try key()
        skipSpace()
        let props = peek() == "{" ? try properties() : [:]
        try expect("]")
        return .relationship(type: type, properties: props)
    }

    mutating func path() throws -> TCKValue {
        try expect("<")
        var nodes = [try node()]
        var rels: [(TCKValue, Bool)] = []
        while true {
            skipSpace()
            if accept(">") { break }
            if accept("<") {
                try expect("-")
                let r = try relationship()
                try expect("-")
                rels.append((r, false))
            } else {
                try expect("-")
                let r = try relationship()
                try expect("-")
                try expect(">")
                rels.append((r, true))
            }
            nodes.append(try node())
        }
        return .path(nodes: nodes, relationships: rels)
    }
}

/// Compares actual values with expected ones the way upstream's TCK does (1 ≠ 1.0, nodes by
/// labels and properties, lists in order unless told otherwise).
struct TCKComparator {
    let graph: MemoryGraph
    let ignoreListOrder: Bool

    func matches(_ actual: Val, _ expected: TCKValue) -> Bool {
        switch (actual, expected) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            if !ignoreListOrder { return zip(a, b).allSatisfy { matches($0, $1) } }
            var unused = Array(b.indices)
            for x in a {
                guard let k = unused.firstIndex(where: { matches(x, b[$0]) }) else { return false }
                unused.remove(at: k)
            }
            return true
        case (.map(let a), .map(let b)):
            return a.count == b.count && b.allSatisfy { k, v in a[k].map { matches($0, v) } ?? false }
        case (.node(let n), .node(let labels, let props)):
            return Set(graph.nodeLabels[n]) == labels && propertiesMatch(graph.nodeProperties(n), props)
        case (.relationship(let r), .relationship(let type, let props)):
            return graph.relType[r] == type && propertiesMatch(graph.relationshipProperties(r), props)
        case (.path(let ns, let rs), .path(let en, let er)):
            guard ns.count == en.count, rs.count == er.count else { return false }
            for (n, e) in zip(ns, en) where !matches(.node(n), e) { return false }
            for (k, r) in rs.enumerated() {
                let forward = graph.relStart[r] == ns[k] && graph.relEnd[r] == ns[k + 1]
                if forward != er[k].1 && !(graph.relStart[r] == graph.relEnd[r]) { return false }
                if !matches(.relationship(r), er[k].0) { return false }
            }
            return true
        default: return false
        }
    }

    private func propertiesMatch(_ actual: [String: Val], _ expected: [String: TCKValue]) -> Bool {
        actual.count == expected.count && expected.allSatisfy { k, v in actual[k].map { matches($0, v) } ?? false }
    }

    func rowsMatch(_ actual: [Val], _ expected: [TCKValue]) -> Bool {
        actual.count == expected.count && zip(actual, expected).allSatisfy { matches($0, $1) }
    }
}
