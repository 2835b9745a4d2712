import DossierModel

/// A runtime value. Nodes and relationships are indexes into the `MemoryGraph`, so rows stay
/// small and equality is identity.
enum Val: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([Val])
    case map([String: Val])
    case node(Int)
    case relationship(Int)
    case path(nodes: [Int], relationships: [Int])

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .list(let l): self = .list(l.map(Val.init))
        case .map(let m): self = .map(m.mapValues(Val.init))
        }
    }

    /// The storable form, or nil for graph elements (which cannot be property values).
    var storable: Value? {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let l):
            var out: [Value] = []
            for v in l { guard let s = v.storable else { return nil }; out.append(s) }
            return .list(out)
        case .map(let m):
            var out: [String: Value] = [:]
            for (k, v) in m { guard let s = v.storable else { return nil }; out[k] = s }
            return .map(out)
        default: return nil
        }
    }

    var isNull: Bool { if case .null = self { return true } else { return false } }

    var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .double: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        }
    }
}

/// Equality, ordering and comparability as openCypher defines them.
enum ValueOrder {
    /// `a = b` with three-valued logic: nil means null (unknown).
    static func equal(_ a: Val, _ b: Val) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .double(let y)): return Double(x) == y
        case (.double(let x), .int(let y)): return x == Double(y)
        case (.double(let x), .double(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)):
            if x.count != y.count { return false }
            var unknown = false
            for (p, q) in zip(x, y) {
                switch equal(p, q) {
                case .some(false): return false
                case .none: unknown = true
                default: break
                }
            }
            return unknown ? nil : true
        case (.map(let x), .map(let y)):
            if Set(x.keys) != Set(y.keys) { return false }
            var unknown = false
            for (k, p) in x {
                switch equal(p, y[k]!) {
                case .some(false): return false
                case .none: unknown = true
                default: break
                }
            }
            return unknown ? nil : true
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let n1, let r1), .path(let n2, let r2)): return n1 == n2 && r1 == r2
        default: return false
        }
    }

    /// `a < b` and friends: nil when incomparable or null.
    static func compare(_ a: Val, _ b: Val) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.int, .double), (.double, .int), (.double, .double):
            let x = a.numeric!, y = b.numeric!
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : x > y ? 1 : 0
        case (.string(let x), .string(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                if p.isNull || q.isNull { return nil }
                guard let c = compare(p, q) else { return nil }
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : x.count > y.count ? 1 : 0
        default: return nil
        }
    }

    /// The total order ORDER BY uses: map < node < relationship < list < path < string < boolean < number < null
    /// (ascending), with NaN above every other number.
    static func sortCompare(_ a: Val, _ b: Val) -> Int {
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.int, .double), (.double, .int), (.double, .double):
            let x = a.numeric!, y = b.numeric!
            if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
            return x < y ? -1 : x > y ? 1 : 0
        case (.string(let x), .string(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let c = sortCompare(p, q)
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : x.count > y.count ? 1 : 0
        case (.map(let x), .map(let y)):
            let kx = x.keys.sorted(), ky = y.keys.sorted()
            for (p, q) in zip(kx, ky) where p != q { return p < q ? -1 : 1 }
            if kx.count != ky.count { return kx.count < ky.count ? -1 : 1 }
            for k in kx {
                let c = sortCompare(x[k]!, y[k]!)
                if c != 0 { return c }
            }
            return 0
        case (.node(let x), .node(let y)), (.relationship(let x), .relationship(let y)):
            return x < y ? -1 : x > y ? 1 : 0
        case (.path(let n1, let r1), .path(let n2, let r2)):
            let c = sortCompare(.list(n1.map { .node($0) }), .list(n2.map { .node($0) }))
            return c != 0 ? c : sortCompare(.list(r1.map { .relationship($0) }), .list(r2.map { .relationship($0) }))
        default: return 0
        }
    }

    private static func rank(_ v: Val) -> Int {
        switch v {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .string: return 5
        case .bool: return 6
        case .int, .double: return 7
        case .null: return 8
        }
    }
}

extension Val {
    var numeric: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
}
