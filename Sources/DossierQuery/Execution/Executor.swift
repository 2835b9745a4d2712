import DossierModel

/// A step of the push pipeline: receives rows, returns false when it needs no more.
protocol RowSink: AnyObject {
    func push(_ row: inout [Val]) throws(QueryError) -> Bool
    func finish() throws(QueryError)
}

/// Runs a `QueryPlan` over a `MemoryGraph`: one push pipeline per UNION part, clause by clause.
final class Executor {
    let graph: MemoryGraph
    let evaluator: Evaluator
    let limits: ExecutionLimits

    init(graph: MemoryGraph, parameters: [String: Val], evidence: (any EvidenceSource)?, limits: ExecutionLimits) {
        self.graph = graph
        self.limits = limits
        evaluator = Evaluator(graph: graph, parameters: parameters, evidence: evidence, limits: limits)
    }

    func run(_ plan: QueryPlan) throws(QueryError) -> (columns: [String], rows: [[Val]]) {
        try run(plan) { $0 }
    }

    /// Runs the plan, handing each result row to `convert` as it arrives when nothing follows
    /// (no UNION to deduplicate), so a row's values are converted while they are still in cache
    /// and its `[Val]` array is freed at once.
    func run<Row>(_ plan: QueryPlan, converting convert: @escaping ([Val]) -> Row) throws(QueryError) -> (columns: [String], rows: [Row]) {
        if plan.parts.count == 1 {
            return (plan.columns, try run(plan.parts[0], converting: convert))
        }
        var all: [[Val]] = []
        for part in plan.parts { all.append(contentsOf: try run(part) { $0 }) }
        if !plan.unionAll {
            var seen: Set<[Val]> = []
            all = all.filter { seen.insert($0).inserted }
        }
        return (plan.columns, all.map(convert))
    }

    private func run<Row>(_ part: PartPlan, converting convert: @escaping ([Val]) -> Row) throws(QueryError) -> [Row] {
        let sink = CollectSink(limits: limits, convert: convert)
        var head: RowSink = sink
        for clause in part.clauses.reversed() { head = stage(for: clause, next: head) }
        var empty: [Val] = []
        _ = try head.push(&empty)
        try head.finish()
        return part.returnsRows ? sink.rows : []
    }

    private func stage(for clause: ClausePlan, next: RowSink) -> RowSink {
        switch clause {
        case .match(let plan): return MatchStage(plan, evaluator: evaluator, next: next)
        case .unwind(let e, let slot, let width): return UnwindStage(e, slot: slot, width: width, evaluator: evaluator, next: next)
        case .projection(let plan): return ProjectionStage(plan, evaluator: evaluator, limits: limits, next: next)
        case .create(let patterns, let width): return CreateStage(patterns, width: width, evaluator: evaluator, limits: limits, next: next)
        }
    }
}

final class CollectSink<Row>: RowSink {
    var rows: [Row] = []
    let limits: ExecutionLimits
    let convert: ([Val]) -> Row
    init(limits: ExecutionLimits, convert: @escaping ([Val]) -> Row) { self.limits = limits; self.convert = convert }
    func push(_ row: inout [Val]) throws(QueryError) -> Bool {
        rows.append(convert(row))
        try limits.checkBuffer(rows.count)
        return true
    }
    func finish() throws(QueryError) {}
}

final class MatchStage: RowSink {
    let plan: MatchPlan
    let evaluator: Evaluator
    let next: RowSink
    /// `WHERE n.key = constant` conjuncts, used as index lookups for new node variables.
    private let hintExpressions: [(slot: Int, key: String, value: Expr)]
    /// WHERE conjuncts about one new node only, by its slot: the matcher checks them as soon as
    /// the node is bound, so a rejected node is not expanded further.
    private let nodeFilters: [[Expr]]
    /// The other conjuncts, checked on each complete match.
    private let residual: [Expr]
    /// When the next step is a count-only aggregation: the slots it (and the residual WHERE) never
    /// reads. A last hop into such a node is then counted, not bound once per match (see
    /// `PatternMatcher.CountedLeaf`).
    private let countingSink: ProjectionStage?
    private let unreadSlots: [Bool]
    /// Slots read only as `count(DISTINCT x)`'s argument: a last hop into one is handed on as its list of nodes.
    private let distinctOnlySlots: [Bool]

    init(_ plan: MatchPlan, evaluator: Evaluator, next: RowSink) {
        self.plan = plan; self.evaluator = evaluator; self.next = next
        var filters = [[Expr]](repeating: [], count: plan.width)
        var residual: [Expr] = []
        let nodeSlots = Set(plan.patterns.flatMap { $0.nodes.map(\.slot) })
        let otherSlots = Set(plan.patterns.flatMap { p in p.hops.map(\.0.slot) + [p.pathSlot] })
        for conjunct in MatchStage.conjuncts(plan.predicate) {
            var slots: Set<Int> = []
            if MatchStage.isErrorFreeTest(conjunct, &slots), slots.count == 1, let slot = slots.first,
               slot >= 0, slot < plan.width, nodeSlots.contains(slot), !otherSlots.contains(slot), !plan.boundSlots.contains(slot) {
                filters[slot].append(conjunct)
            } else {
                residual.append(conjunct)
            }
        }
        nodeFilters = filters
        self.residual = residual
        var read: Set<Int>? = nil
        var distinctOnly: Set<Int> = []
        if plan.patterns.count == 1, !plan.optional, plan.patterns[0].pathSlot < 0,
           let projection = next as? ProjectionStage, let reads = projection.slotsReadByCounting() {
            var slots = reads.read
            if residual.allSatisfy({ MatchStage.collectReadSlots($0, &slots) }) {
                read = slots.union(reads.distinctOnly)
                distinctOnly = reads.distinctOnly.subtracting(slots)
            }
        }
        countingSink = read == nil ? nil : next as? ProjectionStage
        unreadSlots = (0..<plan.width).map { slot in read.map { !$0.contains(slot) } ?? false }
        distinctOnlySlots = (0..<plan.width).map { distinctOnly.contains($0) }
        var hints: [(Int, String, Expr)] = []
        func collect(_ e: Expr) {
            switch e.kind {
            case .binary(.and, let a, let b): collect(a); collect(b)
            case .binary(.equal, let a, let b):
                for (p, v) in [(a, b), (b, a)] {
                    if case .property(let base, let key) = p.kind, case .variable = base.kind, !plan.boundSlots.contains(base.slot),
                       MatchStage.isConstant(v) {
                        hints.append((base.slot, key, v))
                    }
                }
            default: break
            }
        }
        if let p = plan.predicate { collect(p) }
        hintExpressions = hints
    }

    static func conjuncts(_ e: Expr?) -> [Expr] {
        guard let e else { return [] }
        if case .binary(.and, let a, let b) = e.kind { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    /// A boolean test that cannot raise an error whatever the row (comparisons, IS NULL, label
    /// tests over properties, variables and constants), so checking it earlier than the complete
    /// match changes no result and no error. Collects the variable slots it reads.
    static func isErrorFreeTest(_ e: Expr, _ slots: inout Set<Int>) -> Bool {
        switch e.kind {
        case .binary(.and, let a, let b), .binary(.or, let a, let b), .binary(.xor, let a, let b):
            return isErrorFreeTest(a, &slots) && isErrorFreeTest(b, &slots)
        case .binary(let op, let a, let b):
            switch op {
            case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .startsWith, .endsWith, .contains:
                return isErrorFreeValue(a, &slots) && isErrorFreeValue(b, &slots)
            default: return false
            }
        case .isNull(let x, _): return isErrorFreeValue(x, &slots)
        default: return false
        }
    }

    private static func isErrorFreeValue(_ e: Expr, _ slots: inout Set<Int>) -> Bool {
        switch e.kind {
        case .literal: return true
        case .variable: slots.insert(e.slot); return true
        case .property(let base, _):
            guard case .variable = base.kind else { return false }
            slots.insert(base.slot)
            return true
        default: return false
        }
    }

    /// The slots an expression reads; false when it opens a scope of its own (patterns, comprehensions).
    static func collectReadSlots(_ e: Expr, _ slots: inout Set<Int>) -> Bool {
        switch e.kind {
        case .variable: slots.insert(e.slot); return true
        case .pattern, .patternComprehension, .listComprehension, .quantifier, .reduce: return false
        default: return e.children.allSatisfy { collectReadSlots($0, &slots) }
        }
    }

    static func isConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .literal, .parameter: return true
        default: return false
        }
    }

    func push(_ row: inout [Val]) throws(QueryError) -> Bool {
        while row.count < plan.width { row.append(.null) }
        var hints: [Int: [(String, Val)]] = [:]
        for h in hintExpressions {
            let v = try evaluator.eval(h.value, &row)
            if case .list = v { continue }
            hints[h.slot, default: []].append((h.key, v))
        }
        var found = false
        var wantMore = true
        var counted: PatternMatcher.CountedLeaf? = nil
        if let sink = countingSink {
            counted = PatternMatcher.CountedLeaf(unreadSlots: unreadSlots, distinctOnlySlots: distinctOnlySlots) {
                (r: inout [Val], multiplicity: Int, leaf: (slot: Int, nodes: [Int])?) throws(QueryError) -> Bool in
                for p in self.residual where !(try self.evaluator.truth(p, &r)) { return true }
                found = true
                var copy = r
                wantMore = try sink.push(&copy, multiplicity: multiplicity, leaf: leaf)
                return wantMore
            }
        }
        try evaluator.matcher.match(plan.patterns, row: &row, boundSlots: plan.boundSlots, hints: hints,
                                    nodeFilters: nodeFilters, counted: counted) { (r: inout [Val]) throws(QueryError) -> Bool in
            for p in self.residual where !(try self.evaluator.truth(p, &r)) { return true }
            found = true
            var copy = r
            wantMore = try self.next.push(&copy)
            return wantMore
        }
        if !found && plan.optional {
            var copy = row
            for s in plan.newSlots { copy[s] = .null }
            for p in plan.patterns where p.pathSlot >= 0 { copy[p.pathSlot] = .null }
            return try next.push(&copy)
        }
        return wantMore
    }

    func finish() throws(QueryError) { try next.finish() }
}

final class UnwindStage: RowSink {
    let expression: Expr, slot: Int, width: Int
    let evaluator: Evaluator
    let next: RowSink

    init(_ e: Expr, slot: Int, width: Int, evaluator: Evaluator, next: RowSink) {
        expression = e; self.slot = slot; self.width = width; self.evaluator = evaluator; self.next = next
    }

    func push(_ row: inout [Val]) throws(QueryError) -> Bool {
        while row.count < width { row.append(.null) }
        let v = try evaluator.eval(expression, &row)
        let items: [Val]
        switch v {
        case .null: items = []
        case .list(let l): items = l
        default: items = [v]
        }
        for item in items {
            try evaluator.limits.tick()
            var copy = row
            copy[slot] = item
            if !(try next.push(&copy)) { return false }
        }
        return true
    }

    func finish() throws(QueryError) { try next.finish() }
}

final class CreateStage: RowSink {
    let patterns: [PatternPart], width: Int
    let evaluator: Evaluator
    let limits: ExecutionLimits
    let next: RowSink
    private var buffered: [[Val]] = []

    init(_ patterns: [PatternPart], width: Int, evaluator: Evaluator, limits: ExecutionLimits, next: RowSink) {
        self.patterns = patterns; self.width = width; self.evaluator = evaluator; self.limits = limits; self.next = next
    }

    /// Rows are buffered so that every MATCH before this CREATE sees the graph as it was.
    func push(_ row: inout [Val]) throws(QueryError) -> Bool {
        buffered.append(row)
        try limits.checkBuffer(buffered.count)
        return true
    }

    func finish() throws(QueryError) {
        let graph = evaluator.graph
        var outputs: [[Val]] = []
        for var row in buffered {
            while row.count < width { row.append(.null) }
            for part in patterns {
                var nodes: [Int] = []
                for node in part.nodes {
                    if case .node(let n) = row[node.slot] { nodes.append(n); continue }
                    let props = try properties(node.properties, &row)
                    let n = graph.addNode(labels: node.labels, properties: props)
                    row[node.slot] = .node(n)
                    nodes.append(n)
                }
                var rels: [Int] = []
                for (i, (rel, _)) in part.hops.enumerated() {
                    let props = try properties(rel.properties, &row)
                    let (s, e) = rel.direction == .incoming ? (nodes[i + 1], nodes[i]) : (nodes[i], nodes[i + 1])
                    let r = graph.addRelationship(type: rel.types.first ?? "", start: s, end: e, properties: props)
                    row[rel.slot] = .relationship(r)
                    rels.append(r)
                }
                if part.pathSlot >= 0 { row[part.pathSlot] = .path(nodes: nodes, relationships: rels) }
            }
            outputs.append(row)
        }
        buffered = []
        for var row in outputs { if !(try next.push(&row)) { break } }
        try next.finish()
    }

    private func properties(_ e: Expr?, _ row: inout [Val]) throws(QueryError) -> [String: Val] {
        guard let e else { return [:] }
        let v = try evaluator.eval(e, &row)
        guard case .map(let m) = v else {
            if v.isNull { return [:] }
            throw QueryError.type("InvalidArgumentType", "properties must be a map", at: e.range.start)
        }
        for (k, value) in m where value.storable == nil {
            throw QueryError.type("InvalidPropertyType", "property '\(k)' cannot hold a \(value.typeName)", at: e.range.start)
        }
        return m
    }
}
