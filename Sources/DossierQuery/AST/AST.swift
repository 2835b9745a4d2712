/// Scalar offsets `[start, end)` of a syntax node in the query text.
struct SourceRange: Equatable, Sendable {
    var start: Int
    var end: Int
}

enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN", startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regex = "=~"
}

enum UnaryOperator: String, Sendable { case not = "NOT", negate = "-", plus = "+" }

enum QuantifierKind: String, Sendable { case all, any, none, single }

/// An expression node. A class so analysis can annotate it in place (variable slots,
/// aggregate indexes) and evaluation can look those annotations up by identity.
final class Expr: @unchecked Sendable {
    indirect enum Kind {
        case literal(Val)
        case parameter(String)
        case variable(String)
        case property(Expr, String)
        case list([Expr])
        case map([(String, Expr)])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case isNull(Expr, negated: Bool)
        case index(Expr, Expr)
        case slice(Expr, Expr?, Expr?)
        case hasLabels(Expr, [String])
        case function(name: String, distinct: Bool, args: [Expr])
        case countStar
        case caseOf(subject: Expr?, branches: [(Expr, Expr)], otherwise: Expr?)
        case listComprehension(variable: String, source: Expr, predicate: Expr?, projection: Expr?)
        case quantifier(QuantifierKind, variable: String, source: Expr, predicate: Expr?)
        case reduce(accumulator: String, initial: Expr, variable: String, source: Expr, body: Expr)
        case pattern(PatternPart)
        case patternComprehension(pathVariable: String?, pattern: PatternPart, predicate: Expr?, projection: Expr)
        case mapProjection(Expr, [MapProjectionItem])
    }

    enum MapProjectionItem {
        case property(String)
        case allProperties
        case literal(String, Expr)
    }

    var kind: Kind
    let range: SourceRange
    /// Row slot of a variable reference, or of the iteration variable of a comprehension.
    var slot: Int = -1
    /// For aggregate calls: index into the group's aggregate results.
    var aggregateIndex: Int = -1
    /// For property access: the graph's column id of the key, once resolved (see `Evaluator`).
    var propertyKeyID: Int = -1

    init(_ kind: Kind, _ range: SourceRange) { self.kind = kind; self.range = range }

    var isAggregateCall: Bool {
        switch kind {
        case .countStar: return true
        case .function(let name, _, _): return Functions.aggregates.contains(name.lowercased())
        default: return false
        }
    }

    /// Direct sub-expressions (not looking into nested patterns' own scopes).
    var children: [Expr] {
        switch kind {
        case .literal, .parameter, .variable, .countStar: return []
        case .property(let e, _), .unary(_, let e), .isNull(let e, _), .hasLabels(let e, _): return [e]
        case .list(let l): return l
        case .map(let m): return m.map(\.1)
        case .binary(_, let a, let b), .index(let a, let b): return [a, b]
        case .slice(let a, let b, let c): return [a] + [b, c].compactMap { $0 }
        case .function(_, _, let args): return args
        case .caseOf(let s, let br, let o): return [s].compactMap { $0 } + br.flatMap { [$0.0, $0.1] } + [o].compactMap { $0 }
        case .listComprehension(_, let s, let p, let m): return [s] + [p, m].compactMap { $0 }
        case .quantifier(_, _, let s, let p): return [s] + [p].compactMap { $0 }
        case .reduce(_, let i, _, let s, let b): return [i, s, b]
        case .pattern: return []
        case .patternComprehension(_, _, let p, let m): return [p].compactMap { $0 } + [m]
        case .mapProjection(let e, let items):
            return [e] + items.compactMap { if case .literal(_, let x) = $0 { return x } else { return nil } }
        }
    }

    /// True when this expression or a sub-expression (outside nested scopes) aggregates.
    var containsAggregate: Bool {
        if isAggregateCall { return true }
        return children.contains { $0.containsAggregate }
    }
}

enum Direction: Sendable { case outgoing, incoming, both }

struct NodePattern {
    var variable: String?
    var labels: [String]
    var properties: Expr?
    var range: SourceRange
    var slot: Int = -1
}

struct RelationshipPattern {
    var variable: String?
    var types: [String]
    var direction: Direction
    /// nil: exactly one hop. Otherwise a variable-length hop with optional bounds.
    var length: (min: Int?, max: Int?)?
    var properties: Expr?
    var range: SourceRange
    var slot: Int = -1
}

enum ShortestKind: Sendable { case none, shortest, all }

/// One comma-separated part of a pattern: a node, then (relationship, node) hops.
final class PatternPart: @unchecked Sendable {
    var pathVariable: String?
    var pathSlot: Int = -1
    var shortest: ShortestKind = .none
    var start: NodePattern
    var hops: [(RelationshipPattern, NodePattern)]
    var range: SourceRange

    init(start: NodePattern, hops: [(RelationshipPattern, NodePattern)], range: SourceRange) {
        self.start = start; self.hops = hops; self.range = range
    }

    var nodes: [NodePattern] { [start] + hops.map(\.1) }
}

struct ProjectionItem {
    var expression: Expr
    var alias: String?
    /// The column name: the alias, or the item's exact source text.
    var name: String
    var aliasRange: SourceRange?
}

struct SortItem {
    var expression: Expr
    var ascending: Bool
}

struct Projection {
    var distinct = false
    var includeExisting = false
    var starRange: SourceRange?
    var items: [ProjectionItem] = []
    var orderBy: [SortItem] = []
    var skip: Expr?
    var limit: Expr?
    var range: SourceRange
}

enum Clause {
    case match(optional: Bool, patterns: [PatternPart], predicate: Expr?, range: SourceRange)
    case unwind(Expr, alias: String, range: SourceRange)
    case with(Projection, predicate: Expr?)
    case `return`(Projection)
    case create([PatternPart], range: SourceRange)

    var range: SourceRange {
        switch self {
        case .match(_, _, _, let r), .unwind(_, _, let r), .create(_, let r): return r
        case .with(let p, _), .return(let p): return p.range
        }
    }
}

struct SingleQuery {
    var clauses: [Clause]
}

/// `q1 UNION [ALL] q2 …`; `unionAll[i]` joins parts i and i+1.
struct QueryAST {
    var parts: [SingleQuery]
    var unionAll: [Bool]
    var unionRanges: [SourceRange]
}
