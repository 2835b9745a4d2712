import Foundation
import DossierModel

/// Evaluates expressions against a row. Comprehension variables are written into the row
/// (at the slots analysis gave them) and restored afterwards, so nothing is copied per element.
final class Evaluator {
    let graph: MemoryGraph
    let parameters: [String: Val]
    let evidence: (any EvidenceSource)?
    let limits: ExecutionLimits
    /// Results of the current group's aggregates, by `Expr.aggregateIndex`.
    var aggregateValues: [Val] = []
    lazy var matcher = PatternMatcher(graph: graph, evaluator: self)
    private var regexCache: [String: NSRegularExpression] = [:]

    init(graph: MemoryGraph, parameters: [String: Val], evidence: (any EvidenceSource)?, limits: ExecutionLimits) {
        self.graph = graph; self.parameters = parameters; self.evidence = evidence; self.limits = limits
    }

    func truth(_ e: Expr, _ row: inout [Val]) throws(QueryError) -> Bool {
        if case .bool(true) = try eval(e, &row) { return true }
        return false
    }

    func eval(_ e: Expr, _ row: inout [Val]) throws(QueryError) -> Val {
        switch e.kind {
        case .literal(let v): return v
        case .variable:
            return e.slot < row.count ? row[e.slot] : .null
        case .parameter(let name):
            guard let v = parameters[name] else {
                throw QueryError("ParameterMissing", .runtime, "MissingParameter", "parameter $\(name) was not given", at: e.range.start)
            }
            return v
        case .property(let base, let key):
            return try property(of: try eval(base, &row), key, in: e)
        case .list(let items):
            var out: [Val] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try eval(i, &row)) }
            return .list(out)
        case .map(let entries):
            var out: [String: Val] = [:]
            for (k, v) in entries { out[k] = try eval(v, &row) }
            return .map(out)
        case .unary(let op, let x):
            let v = try eval(x, &row)
            switch op {
            case .not:
                switch v {
                case .null: return .null
                case .bool(let b): return .bool(!b)
                default: throw QueryError.type("InvalidArgumentType", "NOT needs a boolean, got \(v.typeName)", at: x.range.start)
                }
            case .negate:
                switch v {
                case .null: return .null
                case .int(let i):
                    if i == .min { throw QueryError("ArithmeticError", .runtime, "IntegerOverflow", "integer overflow", at: e.range.start) }
                    return .int(-i)
                case .double(let d): return .double(-d)
                default: throw QueryError.type("InvalidArgumentType", "cannot negate a \(v.typeName)", at: x.range.start)
                }
            case .plus:
                switch v {
                case .null, .int, .double: return v
                default: throw QueryError.type("InvalidArgumentType", "unary + needs a number", at: x.range.start)
                }
            }
        case .binary(let op, let a, let b):
            return try binary(op, a, b, &row, at: e.range.start)
        case .isNull(let x, let negated):
            let v = try eval(x, &row)
            return .bool(v.isNull != negated)
        case .index(let base, let index):
            let b = try eval(base, &row), i = try eval(index, &row)
            return try subscriptValue(b, i, at: e.range.start)
        case .slice(let base, let from, let to):
            let b = try eval(base, &row)
            let f = try from.map { (x: Expr) throws(QueryError) -> Val in try eval(x, &row) }
            let t = try to.map { (x: Expr) throws(QueryError) -> Val in try eval(x, &row) }
            if b.isNull || f?.isNull == true || t?.isNull == true { return .null }
            guard case .list(let l) = b else { throw QueryError.type("InvalidArgumentType", "cannot slice a \(b.typeName)", at: e.range.start) }
            func bound(_ v: Val?, _ d: Int) throws(QueryError) -> Int {
                guard let v else { return d }
                guard case .int(let i) = v else { throw QueryError.type("InvalidArgumentType", "slice bounds must be integers", at: e.range.start) }
                let n = Int(clamping: i)
                return n < 0 ? max(l.count + n, 0) : min(n, l.count)
            }
            let lo = try bound(f, 0), hi = try bound(t, l.count)
            return lo < hi ? .list(Array(l[lo..<hi])) : .list([])
        case .hasLabels(let x, let labels):
            let v = try eval(x, &row)
            switch v {
            case .null: return .null
            case .node(let n): return .bool(labels.allSatisfy { graph.hasLabel(n, $0) })
            case .relationship(let r): return .bool(labels.allSatisfy { graph.relType[r] == $0 })
            default: throw QueryError.type("InvalidArgumentType", "label test needs a node", at: x.range.start)
            }
        case .countStar:
            return e.aggregateIndex >= 0 && e.aggregateIndex < aggregateValues.count ? aggregateValues[e.aggregateIndex] : .null
        case .function(let name, _, let args):
            if e.aggregateIndex >= 0 {
                return e.aggregateIndex < aggregateValues.count ? aggregateValues[e.aggregateIndex] : .null
            }
            let lower = name.lowercased()
            if lower == "exists" {
                if case .pattern = args[0].kind { return try eval(args[0], &row) }
                return .bool(!(try eval(args[0], &row)).isNull)
            }
            var values: [Val] = []
            values.reserveCapacity(args.count)
            for a in args { values.append(try eval(a, &row)) }
            do {
                return try Functions.call(lower, values, graph: graph, evidence: evidence)
            } catch {
                var located = error
                if located.offset == nil { located.offset = e.range.start }
                throw located
            }
        case .caseOf(let subject, let branches, let otherwise):
            if let subject {
                let s = try eval(subject, &row)
                for (w, t) in branches where ValueOrder.equal(s, try eval(w, &row)) == true { return try eval(t, &row) }
            } else {
                for (w, t) in branches where try truth(w, &row) { return try eval(t, &row) }
            }
            return try otherwise.map { (x: Expr) throws(QueryError) -> Val in try eval(x, &row) } ?? .null
        case .listComprehension(_, let source, let predicate, let projection):
            let s = try eval(source, &row)
            if s.isNull { return .null }
            guard case .list(let l) = s else { throw QueryError.type("InvalidArgumentType", "expected a list", at: source.range.start) }
            var out: [Val] = []
            try withLocal(e.slot, &row) { (r: inout [Val]) throws(QueryError) in
                for x in l {
                    r[e.slot] = x
                    if let predicate, !(try truth(predicate, &r)) { continue }
                    out.append(try projection.map { (p: Expr) throws(QueryError) -> Val in try eval(p, &r) } ?? x)
                }
            }
            return .list(out)
        case .quantifier(let kind, _, let source, let predicate):
            let s = try eval(source, &row)
            if s.isNull { return .null }
            guard case .list(let l) = s else { throw QueryError.type("InvalidArgumentType", "expected a list", at: source.range.start) }
            var trues = 0, nulls = 0
            try withLocal(e.slot, &row) { (r: inout [Val]) throws(QueryError) in
                for x in l {
                    r[e.slot] = x
                    let v = try predicate.map { (p: Expr) throws(QueryError) -> Val in try eval(p, &r) } ?? x
                    if case .bool(true) = v { trues += 1 } else if v.isNull { nulls += 1 }
                }
            }
            let falses = l.count - trues - nulls
            switch kind {
            case .all: return falses > 0 ? .bool(false) : nulls > 0 ? .null : .bool(true)
            case .any: return trues > 0 ? .bool(true) : nulls > 0 ? .null : .bool(false)
            case .none: return trues > 0 ? .bool(false) : nulls > 0 ? .null : .bool(true)
            case .single: return trues > 1 ? .bool(false) : nulls > 0 ? .null : .bool(trues == 1)
            }
        case .reduce(_, let initial, _, let source, let body):
            var acc = try eval(initial, &row)
            let s = try eval(source, &row)
            if s.isNull { return .null }
            guard case .list(let l) = s else { throw QueryError.type("InvalidArgumentType", "expected a list", at: source.range.start) }
            let accSlot = initial.aggregateIndex
            try withLocal(max(accSlot, e.slot), &row) { (r: inout [Val]) throws(QueryError) in
                for x in l {
                    r[accSlot] = acc
                    r[e.slot] = x
                    acc = try eval(body, &r)
                }
            }
            return acc
        case .pattern(let part):
            var found = false
            try matcher.match([part], row: &row, boundSlots: nil) { (_: inout [Val]) throws(QueryError) -> Bool in
                found = true
                return false
            }
            return .bool(found)
        case .patternComprehension(_, let part, let predicate, let projection):
            var out: [Val] = []
            try matcher.match([part], row: &row, boundSlots: nil) { (r: inout [Val]) throws(QueryError) -> Bool in
                if let predicate, !(try self.truth(predicate, &r)) { return true }
                out.append(try self.eval(projection, &r))
                return true
            }
            return .list(out)
        case .mapProjection(let base, let items):
            let b = try eval(base, &row)
            if b.isNull { return .null }
            var out: [String: Val] = [:]
            for item in items {
                switch item {
                case .property(let k): out[k] = try property(b, k, at: e.range.start)
                case .allProperties:
                    switch b {
                    case .node(let n): out.merge(graph.nodeProperties(n)) { $1 }
                    case .relationship(let r): out.merge(graph.relationshipProperties(r)) { $1 }
                    case .map(let m): out.merge(m) { $1 }
                    default: break
                    }
                case .literal(let k, let x): out[k] = try eval(x, &row)
                }
            }
            return .map(out)
        }
    }

    /// Runs `body` with `slot` available in the row, restoring the row's width afterwards.
    private func withLocal(_ slot: Int, _ row: inout [Val], _ body: (inout [Val]) throws(QueryError) -> Void) throws(QueryError) {
        let originalCount = row.count
        let saved = slot < row.count ? row[slot] : .null
        while row.count <= slot { row.append(.null) }
        defer {
            if originalCount < row.count { row.removeLast(row.count - originalCount) }
            if slot < originalCount { row[slot] = saved }
        }
        try body(&row)
    }

    /// `b.key` for the property expression `e`: the key's column id is looked up once per
    /// expression, not hashed per row (ids never change).
    @inline(__always)
    func property(of b: Val, _ key: String, in e: Expr) throws(QueryError) -> Val {
        if e.propertyKeyID < 0 {
            switch b {
            case .node, .relationship:
                guard let id = graph.propertyKeyID(key) else { return .null }
                e.propertyKeyID = id
            default: return try property(b, key, at: e.range.start)
            }
        }
        switch b {
        case .node(let n): return graph.nodeProperty(n, keyID: e.propertyKeyID)
        case .relationship(let r): return graph.relationshipProperty(r, keyID: e.propertyKeyID)
        default: return try property(b, key, at: e.range.start)
        }
    }

    func property(_ b: Val, _ key: String, at offset: Int) throws(QueryError) -> Val {
        switch b {
        case .null: return .null
        case .node(let n): return graph.nodeProperty(n, key)
        case .relationship(let r): return graph.relationshipProperty(r, key)
        case .map(let m): return m[key] ?? .null
        default: throw QueryError.type("InvalidArgumentType", "cannot read property '\(key)' of a \(b.typeName)", at: offset)
        }
    }

    private func subscriptValue(_ b: Val, _ i: Val, at offset: Int) throws(QueryError) -> Val {
        switch (b, i) {
        case (.null, _), (_, .null): return .null
        case (.list(let l), .int(let k)):
            let idx = k < 0 ? Int64(l.count) + k : k
            return idx >= 0 && idx < Int64(l.count) ? l[Int(idx)] : .null
        case (.list, _):
            throw QueryError.type("InvalidArgumentType", "list index must be an integer, got \(i.typeName)", at: offset)
        case (.map, .string(let k)), (.node, .string(let k)), (.relationship, .string(let k)):
            return try property(b, k, at: offset)
        case (.map, _), (.node, _), (.relationship, _):
            throw QueryError.type("MapElementAccessByNonString", "map keys are strings, got \(i.typeName)", at: offset)
        default:
            throw QueryError.type("InvalidArgumentType", "cannot index a \(b.typeName)", at: offset)
        }
    }

    private func binary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ row: inout [Val], at offset: Int) throws(QueryError) -> Val {
        switch op {
        case .and, .or, .xor:
            let x = try eval(a, &row)
            let bx = try logical(x, op, a.range.start)
            if op == .and, bx == false { _ = try logical(try eval(b, &row), op, b.range.start); return .bool(false) }
            if op == .or, bx == true { _ = try logical(try eval(b, &row), op, b.range.start); return .bool(true) }
            let by = try logical(try eval(b, &row), op, b.range.start)
            switch op {
            case .and: return bx == false || by == false ? .bool(false) : (bx == nil || by == nil ? .null : .bool(true))
            case .or: return bx == true || by == true ? .bool(true) : (bx == nil || by == nil ? .null : .bool(false))
            default:
                guard let bx, let by else { return .null }
                return .bool(bx != by)
            }
        default: break
        }
        let x = try eval(a, &row), y = try eval(b, &row)
        if op == .regex {
            guard case .string(let s) = x, case .string(let p) = y else { return .null }
            guard let r = regex(p) else {
                throw QueryError.argument("InvalidArgumentValue", "invalid regular expression '\(p)'", at: offset)
            }
            return .bool(r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil)
        }
        return try Operators.apply(op, x, y, at: offset)
    }

    private func logical(_ v: Val, _ op: BinaryOperator, _ offset: Int) throws(QueryError) -> Bool? {
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw QueryError.type("InvalidArgumentType", "\(op.rawValue) needs booleans, got \(v.typeName)", at: offset)
        }
    }

    private func regex(_ pattern: String) -> NSRegularExpression? {
        if let r = regexCache[pattern] { return r }
        let r = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
        regexCache[pattern] = r
        return r
    }
}
