import Foundation
import DossierModel

/// The function catalogue: arities for analysis, and the scalar implementations.
enum Functions {
    static let aggregates: Set<String> = ["count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp"]

    static let arity: [String: ClosedRange<Int>] = [
        "count": 1...1, "collect": 1...1, "sum": 1...1, "avg": 1...1, "min": 1...1, "max": 1...1,
        "stdev": 1...1, "stdevp": 1...1,
        "labels": 1...1, "type": 1...1, "id": 1...1, "elementid": 1...1, "keys": 1...1, "properties": 1...1,
        "size": 1...1, "length": 1...1, "nodes": 1...1, "relationships": 1...1, "startnode": 1...1, "endnode": 1...1,
        "coalesce": 1...Int.max, "head": 1...1, "last": 1...1, "tail": 1...1, "range": 2...3, "reverse": 1...1,
        "tostring": 1...1, "tointeger": 1...1, "tofloat": 1...1, "toboolean": 1...1,
        "tolower": 1...1, "toupper": 1...1, "trim": 1...1, "ltrim": 1...1, "rtrim": 1...1,
        "replace": 3...3, "substring": 2...3, "split": 2...2, "left": 2...2, "right": 2...2,
        "abs": 1...1, "round": 1...1, "sqrt": 1...1, "sign": 1...1, "ceil": 1...1, "floor": 1...1,
        "exp": 1...1, "log": 1...1, "log10": 1...1, "sin": 1...1, "cos": 1...1, "tan": 1...1,
        "rand": 0...0, "pi": 0...0, "e": 0...0, "exists": 1...1,
        "evidence": 1...1, "matches": 2...2,
    ]

    static func argumentError(_ name: String, _ v: Val) -> QueryError {
        QueryError("TypeError", .runtime, "InvalidArgumentValue", "\(name)() cannot take a \(v.typeName)")
    }

    static func typeError(_ name: String, _ v: Val) -> QueryError {
        QueryError("TypeError", .runtime, "InvalidArgumentValue", "\(name)() cannot take a \(v.typeName)")
    }

    /// Scalar functions whose arguments are already evaluated.
    static func call(_ name: String, _ args: [Val], graph: MemoryGraph, evidence: (any EvidenceSource)?) throws(QueryError) -> Val {
        let a = args.first ?? .null
        switch name {
        case "coalesce": return args.first { !$0.isNull } ?? .null
        case "rand": return .double(Double.random(in: 0..<1))
        case "pi": return .double(Double.pi)
        case "e": return .double(M_E)
        default: break
        }
        if a.isNull && name != "tostring" { return .null }
        switch name {
        case "labels":
            guard case .node(let n) = a else { throw typeError(name, a) }
            return .list(graph.nodeLabels[n].map { .string($0) })
        case "type":
            guard case .relationship(let r) = a else { throw typeError(name, a) }
            return .string(graph.relType[r])
        case "id", "elementid":
            switch a {
            case .node(let n): return .int(graph.nodeExternalIDs[n])
            case .relationship(let r): return .int(graph.relExternalIDs[r])
            default: throw typeError(name, a)
            }
        case "keys":
            switch a {
            case .node(let n): return .list(graph.nodeProperties(n).keys.sorted().map { .string($0) })
            case .relationship(let r): return .list(graph.relationshipProperties(r).keys.sorted().map { .string($0) })
            case .map(let m): return .list(m.keys.sorted().map { .string($0) })
            default: throw typeError(name, a)
            }
        case "properties":
            switch a {
            case .node(let n): return .map(graph.nodeProperties(n))
            case .relationship(let r): return .map(graph.relationshipProperties(r))
            case .map: return a
            default: throw typeError(name, a)
            }
        case "size":
            switch a {
            case .list(let l): return .int(Int64(l.count))
            case .string(let s): return .int(Int64(s.count))
            default: throw typeError(name, a)
            }
        case "length":
            switch a {
            case .path(_, let rs): return .int(Int64(rs.count))
            case .list(let l): return .int(Int64(l.count))
            case .string(let s): return .int(Int64(s.count))
            default: throw typeError(name, a)
            }
        case "nodes":
            guard case .path(let ns, _) = a else { throw typeError(name, a) }
            return .list(ns.map { .node($0) })
        case "relationships":
            guard case .path(_, let rs) = a else { throw typeError(name, a) }
            return .list(rs.map { .relationship($0) })
        case "startnode", "endnode":
            guard case .relationship(let r) = a else { throw typeError(name, a) }
            return .node(name == "startnode" ? graph.relStart[r] : graph.relEnd[r])
        case "head", "last", "tail", "reverse":
            if name == "reverse", case .string(let s) = a { return .string(String(s.reversed())) }
            guard case .list(let l) = a else { throw typeError(name, a) }
            switch name {
            case "head": return l.first ?? .null
            case "last": return l.last ?? .null
            case "tail": return .list(Array(l.dropFirst()))
            default: return .list(l.reversed())
            }
        case "range":
            var ints: [Int64] = []
            for v in args {
                guard case .int(let i) = v else { throw typeError(name, v) }
                ints.append(i)
            }
            let step = ints.count == 3 ? ints[2] : 1
            if step == 0 { throw QueryError("ArgumentError", .runtime, "NumberOutOfRange", "range() step must not be zero") }
            var out: [Val] = []
            var i = ints[0]
            while step > 0 ? i <= ints[1] : i >= ints[1] {
                out.append(.int(i))
                if out.count > 10_000_000 { throw QueryError("ResourceLimit", .runtime, "ResultTooLarge", "range() is too large") }
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return .list(out)
        case "tostring":
            switch a {
            case .null: return .null
            case .string: return a
            case .int(let i): return .string(String(i))
            case .double(let d): return .string(formatFloat(d))
            case .bool(let b): return .string(b ? "true" : "false")
            default: throw argumentError(name, a)
            }
        case "tointeger":
            switch a {
            case .int: return a
            case .double(let d):
                guard d.isFinite, let i = Int64(exactly: d.rounded(.towardZero)) else { return .null }
                return .int(i)
            case .string(let s):
                let t = s.trimmingCharacters(in: .whitespaces)
                if let i = Int64(t) { return .int(i) }
                if let d = Double(t), d.isFinite, let i = Int64(exactly: d.rounded(.towardZero)) { return .int(i) }
                return .null
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw argumentError(name, a)
            }
        case "tofloat":
            switch a {
            case .double: return a
            case .int(let i): return .double(Double(i))
            case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).map { .double($0) } ?? .null
            default: throw argumentError(name, a)
            }
        case "toboolean":
            switch a {
            case .bool: return a
            case .string(let s):
                switch s.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let i): return .bool(i != 0)
            default: throw argumentError(name, a)
            }
        case "tolower", "toupper", "trim", "ltrim", "rtrim":
            guard case .string(let s) = a else { throw argumentError(name, a) }
            switch name {
            case "tolower": return .string(s.lowercased())
            case "toupper": return .string(s.uppercased())
            case "trim": return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
            case "ltrim": return .string(String(s.drop { $0.isWhitespace }))
            default: return .string(String(s.reversed().drop { $0.isWhitespace }.reversed()))
            }
        case "replace":
            guard case .string(let s) = a else { throw argumentError(name, a) }
            guard case .string(let from) = args[1], case .string(let to) = args[2] else {
                return args[1].isNull || args[2].isNull ? .null : .string(s)
            }
            if from.isEmpty { return .string(s) }
            return .string(s.replacingOccurrences(of: from, with: to))
        case "substring", "left", "right":
            guard case .string(let s) = a else { throw argumentError(name, a) }
            let chars = Array(s)
            func int(_ v: Val) throws(QueryError) -> Int {
                guard case .int(let i) = v else { throw argumentError(name, v) }
                if i < 0 { throw QueryError("ArgumentError", .runtime, "NegativeIntegerArgument", "\(name)() needs a non-negative integer") }
                return Int(clamping: i)
            }
            switch name {
            case "left": let n = min(try int(args[1]), chars.count); return .string(String(chars[..<n]))
            case "right": let n = min(try int(args[1]), chars.count); return .string(String(chars[(chars.count - n)...]))
            default:
                let start = min(try int(args[1]), chars.count)
                let length = args.count > 2 ? try int(args[2]) : chars.count
                let end = min(chars.count, start + min(length, chars.count))
                return .string(String(chars[start..<end]))
            }
        case "split":
            guard case .string(let s) = a else { throw argumentError(name, a) }
            guard case .string(let sep) = args[1] else { return .null }
            if sep.isEmpty { return .list(s.map { .string(String($0)) }) }
            return .list(s.components(separatedBy: sep).map { .string($0) })
        case "abs":
            switch a {
            case .int(let i):
                if i == .min { throw QueryError("ArithmeticError", .runtime, "IntegerOverflow", "abs() overflows") }
                return .int(Swift.abs(i))
            case .double(let d): return .double(Swift.abs(d))
            default: throw argumentError(name, a)
            }
        case "sign":
            switch a {
            case .int(let i): return .int(i.signum())
            case .double(let d): return .int(d > 0 ? 1 : d < 0 ? -1 : 0)
            default: throw argumentError(name, a)
            }
        case "round", "ceil", "floor", "sqrt", "exp", "log", "log10", "sin", "cos", "tan":
            guard let d = a.numeric else { throw argumentError(name, a) }
            switch name {
            case "round": return .double(d.rounded(.toNearestOrAwayFromZero))
            case "ceil": return .double(d.rounded(.up))
            case "floor": return .double(d.rounded(.down))
            case "sqrt": return .double(d.squareRoot())
            case "exp": return .double(Foundation.exp(d))
            case "log": return .double(Foundation.log(d))
            case "log10": return .double(Foundation.log10(d))
            case "sin": return .double(Foundation.sin(d))
            case "cos": return .double(Foundation.cos(d))
            default: return .double(Foundation.tan(d))
            }
        case "evidence":
            guard let evidence else { return .list([]) }
            switch a {
            case .node(let n): return .list(evidence.evidence(forNode: graph.nodeExternalIDs[n]).map(Val.init))
            case .relationship(let r): return .list(evidence.evidence(forRelationship: graph.relExternalIDs[r]).map(Val.init))
            default: throw typeError(name, a)
            }
        case "matches":
            guard case .string(let pattern) = args[1] else { return args[1].isNull ? .null : .bool(false) }
            return .bool(NameMatching.matches(a, pattern))
        default:
            throw .syntax("UnknownFunction", "unknown function '\(name)'", at: nil)
        }
    }

    /// Floats print the way Cypher does: always with a fraction or an exponent.
    static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        var s = "\(d)"
        if !s.contains(".") && !s.contains("e") { s += ".0" }
        return s
    }
}

/// `matches(x, 'pattern')`: the name comparison entity resolution uses (NameKey), so
/// "ООО «БитРивер»", "Bitriver LLC" and "BITRIVER" all match 'bitriver'.
enum NameMatching {
    static func matches(_ value: Val, _ pattern: String) -> Bool {
        let wanted = NameKey.key(pattern)
        if wanted.isEmpty { return false }
        switch value {
        case .string(let s):
            let key = NameKey.key(s)
            return key == wanted || key.contains(wanted) || key.replacingOccurrences(of: " ", with: "").contains(wanted.replacingOccurrences(of: " ", with: ""))
        case .list(let l): return l.contains { matches($0, pattern) }
        default: return false
        }
    }
}
