/// WITH / RETURN: projection, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT and WITH's WHERE.
/// Streams when it can (no aggregation, DISTINCT or ORDER BY); buffers otherwise.
final class ProjectionStage: RowSink {
    let plan: ProjectionPlan
    let evaluator: Evaluator
    let limits: ExecutionLimits
    let next: RowSink
    private var skip = 0
    private var limit = Int.max
    private var emitted = 0
    private var skipped = 0
    private var boundsEvaluated = false
    private let buffering: Bool

    // Buffered (input row, output row) pairs, or groups when aggregating.
    private var pairs: [([Val], [Val])] = []
    private var groupIndex: [[Val]: Int] = [:]
    /// The common single-key case, without a key array per row.
    private var singleKeyIndex: [Val: Int] = [:]
    /// Each group's first input row (`plan.inputWidth` values per group, side by side) and all
    /// groups' aggregators (`group * aggregates.count + k`) in flat arrays, so a new group costs no
    /// allocation of its own.
    private var groupRows: [Val] = []
    private var groupCount = 0
    private var aggregators: [Aggregator] = []
    private let templates: [Aggregator]
    /// How each aggregate call reads its argument, decided once from the AST.
    private let aggregateInputs: [AggregateInput]
    /// For a single grouping key read from one node (`n` or `n.key`): node index → group, so a
    /// row of an already seen node costs one integer lookup instead of evaluating and hashing the key.
    /// Sound because the graph does not change while a projection consumes its rows (CREATE buffers).
    private var groupOfNode = NodeIndexMap()
    private let groupingNodeSlot: Int?
    /// The plan's flags and grouping expressions, read once (the plan is a class with `var`s,
    /// each read of which is an exclusivity check on the per-row path).
    private let isAggregating: Bool
    private let groupingKeys: [Expr]
    /// Grouping on one node's key with only mergeable aggregates: rows are grouped by the node
    /// alone, and the groups of nodes whose keys turn out equal are merged when the stage
    /// finishes, so the key is evaluated and hashed once per node there instead of on arrival.
    private let mergesNodeGroups: Bool
    /// Per output item: when it is `v.key`, the variable's slot and key, read without a trip
    /// through the evaluator's general dispatch (the common shape of a returned column).
    private let propertyItems: [(slot: Int, key: String, expression: Expr)?]

    /// An aggregate's argument: none (`count(*)`), a variable read straight from its slot, or an expression.
    private enum AggregateInput {
        case none
        case slot(Int)
        case expression(Expr)
    }

    init(_ plan: ProjectionPlan, evaluator: Evaluator, limits: ExecutionLimits, next: RowSink) {
        self.plan = plan; self.evaluator = evaluator; self.limits = limits; self.next = next
        buffering = plan.isAggregating || plan.projection.distinct || !plan.projection.orderBy.isEmpty
        templates = plan.aggregates.map(Aggregator.init)
        isAggregating = plan.isAggregating
        groupingKeys = plan.groupingItems.map { plan.projection.items[$0].expression }
        aggregateInputs = plan.aggregates.map { call in
            guard case .function(_, _, let args) = call.kind, let argument = args.first else { return .none }
            if case .variable = argument.kind, argument.slot >= 0 { return .slot(argument.slot) }
            return .expression(argument)
        }
        groupingNodeSlot = {
            guard plan.groupingItems.count == 1 else { return nil }
            let e = plan.projection.items[plan.groupingItems[0]].expression
            switch e.kind {
            case .variable: return e.slot
            case .property(let base, _): if case .variable = base.kind { return base.slot }
            default: break
            }
            return nil
        }()
        mergesNodeGroups = groupingNodeSlot != nil && templates.allSatisfy(\.isMergeable)
        propertyItems = plan.projection.items.map { item in
            let e = item.expression
            guard case .property(let base, let key) = e.kind, case .variable = base.kind, base.slot >= 0 else { return nil }
            return (base.slot, key, e)
        }
    }

    private func evaluateBounds() throws(QueryError) {
        if boundsEvaluated { return }
        boundsEvaluated = true
        func count(_ e: Expr?, _ clause: String) throws(QueryError) -> Int? {
            guard let e else { return nil }
            var empty: [Val] = []
            let v = try evaluator.eval(e, &empty)
            guard case .int(let i) = v else {
                throw QueryError("SyntaxError", .runtime, "InvalidArgumentType", "\(clause) needs an integer, got \(v.typeName)", at: e.range.start)
            }
            if i < 0 { throw QueryError("SyntaxError", .runtime, "NegativeIntegerArgument", "\(clause) must not be negative", at: e.range.start) }
            return Int(clamping: i)
        }
        skip = try count(plan.projection.skip, "SKIP") ?? 0
        limit = try count(plan.projection.limit, "LIMIT") ?? Int.max
    }

    private func output(_ row: inout [Val]) throws(QueryError) -> [Val] {
        var out: [Val] = []
        out.reserveCapacity(plan.columns.count)
        try output(into: &out, &row)
        return out
    }

    private func output(into out: inout [Val], _ row: inout [Val]) throws(QueryError) {
        out.removeAll(keepingCapacity: true)
        for s in plan.carried { out.append(s < row.count ? row[s] : .null) }
        for (i, item) in plan.projection.items.enumerated() {
            if let p = propertyItems[i] {
                out.append(try evaluator.property(of: p.slot < row.count ? row[p.slot] : .null, p.key, in: p.expression))
            } else {
                out.append(try evaluator.eval(item.expression, &row))
            }
        }
    }

    /// Starts a group whose representative row is `row`; returns its index.
    private func newGroup(_ row: [Val]) throws(QueryError) -> Int {
        let width = plan.inputWidth
        groupRows.append(contentsOf: row.prefix(width))
        if row.count < width { groupRows.append(contentsOf: repeatElement(.null, count: width - row.count)) }
        aggregators.append(contentsOf: templates)
        groupCount += 1
        try limits.checkBuffer(groupCount)
        return groupCount - 1
    }

    /// Group `g`'s first input row, rebuilt in `row`.
    private func groupRow(_ g: Int, into row: inout [Val]) {
        let width = plan.inputWidth
        row.removeAll(keepingCapacity: true)
        row.append(contentsOf: groupRows[(g * width)..<(g * width + width)])
    }

    func push(_ row: inout [Val]) throws(QueryError) -> Bool {
        try push(&row, multiplicity: 1)
    }

    /// The slots this aggregation reads from its input rows, when every aggregate is a count
    /// (so `push(_:multiplicity:leaf:)` may stand for that many rows differing only in other
    /// slots), and apart from them the node variables read only as `count(DISTINCT x)`'s argument
    /// (which `leaf` may hand over as a list of nodes); nil otherwise, or when an expression opens
    /// a scope of its own (patterns, comprehensions).
    func slotsReadByCounting() -> (read: Set<Int>, distinctOnly: Set<Int>)? {
        guard isAggregating, templates.allSatisfy(\.acceptsMultiplicity) else { return nil }
        var slots = Set(plan.carried)
        var distinctArguments: Set<Int> = []
        for call in plan.aggregates {
            guard case .function(_, let distinct, let args) = call.kind, let argument = args.first else { continue }
            if distinct, case .variable = argument.kind { distinctArguments.insert(argument.slot); continue }
            if !Self.collectSlots(argument, &slots) { return nil }
        }
        var expressions = groupingKeys + plan.projection.items.map(\.expression)
        expressions += plan.projection.orderBy.map(\.expression) + [plan.predicate].compactMap { $0 }
        for e in expressions where !Self.collectSlots(e, &slots) { return nil }
        return (slots, distinctArguments.subtracting(slots))
    }

    /// Reads outside aggregate calls (those read their group's results; their arguments are
    /// collected above).
    private static func collectSlots(_ e: Expr, _ slots: inout Set<Int>) -> Bool {
        if e.isAggregateCall { return true }
        switch e.kind {
        case .variable: slots.insert(e.slot); return true
        case .pattern, .patternComprehension, .listComprehension, .quantifier, .reduce: return false
        default: return e.children.allSatisfy { collectSlots($0, &slots) }
        }
    }

    /// `multiplicity` equal rows at once (above 1 only when `slotsReadByCounting` allowed it);
    /// `leaf`: the nodes these rows bind to a slot read only by `count(DISTINCT …)`, left null in `row`.
    func push(_ row: inout [Val], multiplicity: Int, leaf: (slot: Int, nodes: [Int])? = nil) throws(QueryError) -> Bool {
        try evaluateBounds()
        if limit == 0 { return false }
        try limits.tick()
        if isAggregating {
            let index: Int
            if let slot = groupingNodeSlot, slot < row.count, case .node(let n) = row[slot], let g = groupOfNode[n] {
                index = g
            } else if mergesNodeGroups, let slot = groupingNodeSlot, slot < row.count, case .node(let n) = row[slot] {
                index = try newGroup(row)
                groupOfNode.set(n, index, universe: evaluator.graph.nodeCount)
            } else if groupingKeys.count == 1 {
                let key = try evaluator.eval(groupingKeys[0], &row)
                if let g = singleKeyIndex[key] { index = g } else {
                    index = try newGroup(row)
                    singleKeyIndex[key] = index
                }
                if let slot = groupingNodeSlot, slot < row.count, case .node(let n) = row[slot] {
                    groupOfNode.set(n, index, universe: evaluator.graph.nodeCount)
                }
            } else if groupingKeys.isEmpty && groupCount > 0 {
                index = 0
            } else {
                var key: [Val] = []
                for e in groupingKeys { key.append(try evaluator.eval(e, &row)) }
                if let g = groupIndex[key] { index = g } else {
                    index = try newGroup(row)
                    groupIndex[key] = index
                }
            }
            let base = index * templates.count, nodeCount = evaluator.graph.nodeCount
            for k in aggregateInputs.indices {
                let v: Val
                switch aggregateInputs[k] {
                case .none: v = .null
                case .slot(let slot) where slot == leaf?.slot:
                    for n in leaf?.nodes ?? [] { try aggregators[base + k].add(.node(n), nodeCount: nodeCount) }
                    continue
                case .slot(let slot): v = slot < row.count ? row[slot] : .null
                case .expression(let e): v = try evaluator.eval(e, &row)
                }
                try aggregators[base + k].add(v, nodeCount: nodeCount, multiplicity: Int64(multiplicity))
            }
            return true
        }
        // One output buffer reused row after row: it is copied only when a later step keeps it.
        try output(into: &rowOutput, &row)
        if buffering {
            pairs.append((row, rowOutput))
            try limits.checkBuffer(pairs.count)
            return true
        }
        return try emit(row, rowOutput)
    }

    private var rowOutput: [Val] = []

    /// Applies SKIP/LIMIT and WITH's WHERE to one output row, then pushes it on.
    private func emit(_ input: [Val], _ out: [Val]) throws(QueryError) -> Bool {
        if skipped < skip { skipped += 1; return true }
        if emitted >= limit { return false }
        emitted += 1
        if let p = plan.predicate {
            var combined = combinedRow(input, out)
            if !(try evaluator.truth(p, &combined)) { return emitted < limit }
        }
        var copy = out
        let more = try next.push(&copy)
        return more && emitted < limit
    }

    func finish() throws(QueryError) {
        try evaluateBounds()
        if plan.isAggregating {
            if groupCount == 0 && plan.groupingItems.isEmpty && limit > 0 { _ = try newGroup([]) }
            let width = templates.count
            let wanted = limit == Int.max ? Int.max : skip + limit
            // ORDER BY … LIMIT k over groups: keep the first k as they come, so a group that does not
            // make it costs no arrays of its own (its output and key are built in scratch buffers).
            let streamTopK = !plan.projection.orderBy.isEmpty && !plan.projection.distinct && wanted <= 1000
            var best: [(key: [Val], row: [Val], out: [Val])] = []
            var out: [Val] = [], row: [Val] = []
            for g in try mergedGroups() {
                evaluator.aggregateValues.removeAll(keepingCapacity: true)
                for k in (g * width)..<(g * width + width) { evaluator.aggregateValues.append(aggregators[k].result) }
                groupRow(g, into: &row)
                if streamTopK && sortKeysReadInputOnly {
                    // Most groups lose to the k-th kept one on the first key: decide before building anything.
                    if best.count == wanted, let last = best.last, !(try inputPrecedes(&row, last.key)) { continue }
                    keyScratch.removeAll(keepingCapacity: true)
                    for k in sortSources.indices { keyScratch.append(try sortValue(k, &row)) }
                }
                try output(into: &out, &row)
                if streamTopK {
                    if !sortKeysReadInputOnly { try sortKey(into: &keyScratch, row, out) }
                    if best.count == wanted, let last = best.last, !keyPrecedes(keyScratch, last.key) { continue }
                    var lo = 0, hi = best.count
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if keyPrecedes(keyScratch, best[mid].key) { hi = mid } else { lo = mid + 1 }
                    }
                    best.insert((keyScratch, row, out), at: lo)
                    if best.count > wanted { best.removeLast() }
                    continue
                }
                pairs.append((row, out))
                if !plan.projection.orderBy.isEmpty {
                    // Keep this group's aggregate results for sorting: evaluate keys now.
                    sortKeys.append(try sortKey(row, out))
                }
            }
            if streamTopK {
                pairs = best.map { ($0.row, $0.out) }
                sortKeys = best.map(\.key)
                alreadyOrdered = true
            }
            groupRows = []
            groupCount = 0
            aggregators = []
            groupIndex = [:]
            singleKeyIndex = [:]
            groupOfNode = NodeIndexMap()
        }
        if plan.projection.distinct {
            var seen: Set<[Val]> = []
            var kept: [([Val], [Val])] = []
            var keptKeys: [[Val]] = []
            for (i, p) in pairs.enumerated() where seen.insert(p.1).inserted {
                kept.append(p)
                if i < sortKeys.count { keptKeys.append(sortKeys[i]) }
            }
            pairs = kept
            sortKeys = keptKeys
        }
        if !plan.projection.orderBy.isEmpty && !alreadyOrdered {
            if sortKeys.count != pairs.count {
                sortKeys = []
                for p in pairs { sortKeys.append(try sortKey(p.0, p.1)) }
            }
            let directions = plan.projection.orderBy.map(\.ascending)
            let keys = sortKeys
            func precedes(_ a: Int, _ b: Int) -> Bool {
                for (k, ascending) in directions.enumerated() {
                    let c = ValueOrder.sortCompare(keys[a][k], keys[b][k])
                    if c != 0 { return ascending ? c < 0 : c > 0 }
                }
                return a < b
            }
            let wanted = limit == Int.max ? Int.max : skip + limit
            let order = wanted <= 1000 && wanted < pairs.count / 4
                ? Self.smallest(wanted, of: pairs.count, by: precedes)
                : pairs.indices.sorted(by: precedes)
            pairs = order.map { pairs[$0] }
        }
        for p in pairs {
            if !(try emit(p.0, p.1)) { break }
        }
        pairs = []
        try next.finish()
    }

    private var sortKeys: [[Val]] = []

    /// The groups to output, in order of first arrival: all of them, or with `mergesNodeGroups`
    /// the first group of each grouping key, the others' counts merged into it.
    private func mergedGroups() throws(QueryError) -> [Int] {
        guard mergesNodeGroups else { return Array(0..<groupCount) }
        let width = templates.count
        var firstOfKey: [Val: Int] = [:]
        firstOfKey.reserveCapacity(groupCount)
        var kept: [Int] = []
        var row: [Val] = []
        for g in 0..<groupCount {
            groupRow(g, into: &row)
            let key = try evaluator.eval(groupingKeys[0], &row)
            if let first = firstOfKey[key] {
                for k in 0..<width { aggregators[first * width + k].merge(aggregators[g * width + k]) }
            } else {
                firstOfKey[key] = g
                kept.append(g)
            }
        }
        return kept
    }

    private var keyScratch: [Val] = []
    /// Set when the aggregation already produced its groups in ORDER BY order.
    private var alreadyOrdered = false

    /// Strictly before in ORDER BY's order (equal keys keep their arrival order).
    private func keyPrecedes(_ a: [Val], _ b: [Val]) -> Bool {
        for (k, item) in plan.projection.orderBy.enumerated() {
            let c = ValueOrder.sortCompare(a[k], b[k])
            if c != 0 { return item.ascending ? c < 0 : c > 0 }
        }
        return false
    }

    /// ORDER BY … LIMIT k: the first `k` of `0..<count` in order, kept in a sorted buffer of at
    /// most k entries (n·log k comparisons instead of sorting everything). `precedes` is a total
    /// order (ties broken by index), so the result equals the head of a full sort.
    static func smallest(_ k: Int, of count: Int, by precedes: (Int, Int) -> Bool) -> [Int] {
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for i in 0..<count {
            if best.count == k, let last = best.last, !precedes(i, last) { continue }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if precedes(best[mid], i) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(i, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    private func combinedRow(_ input: [Val], _ out: [Val]) -> [Val] {
        var combined = input
        while combined.count < plan.inputWidth { combined.append(.null) }
        if combined.count > plan.inputWidth { combined.removeLast(combined.count - plan.inputWidth) }
        combined.append(contentsOf: out)
        return combined
    }

    /// The input row then the output row, rebuilt in place for each sort key (no array per group).
    private var sortScratch: [Val] = []

    private func sortKey(_ input: [Val], _ out: [Val]) throws(QueryError) -> [Val] {
        var key: [Val] = []
        key.reserveCapacity(plan.projection.orderBy.count)
        try sortKey(into: &key, input, out)
        return key
    }

    private func sortKey(into key: inout [Val], _ input: [Val], _ out: [Val]) throws(QueryError) {
        key.removeAll(keepingCapacity: true)
        var inputRow = input, combinedBuilt = false
        for source in sortSources {
            switch source {
            case .output(let i): key.append(i < out.count ? out[i] : .null)
            case .input(let e): key.append(try evaluator.eval(e, &inputRow))
            case .combined(let e):
                if !combinedBuilt {
                    combinedBuilt = true
                    sortScratch.removeAll(keepingCapacity: true)
                    sortScratch.append(contentsOf: input.prefix(plan.inputWidth))
                    while sortScratch.count < plan.inputWidth { sortScratch.append(.null) }
                    sortScratch.append(contentsOf: out)
                }
                key.append(try evaluator.eval(e, &sortScratch))
            }
        }
    }

    /// Where an ORDER BY key comes from: an output column, an expression over the input row alone
    /// (no combined row to build), or an expression over input and output.
    private enum SortSource {
        case output(Int)
        case input(Expr)
        case combined(Expr)
    }

    private lazy var sortKeysReadInputOnly = sortSources.allSatisfy { if case .combined = $0 { false } else { true } }

    /// ORDER BY key `k` from the input row alone (an output column is its item's expression, which
    /// reads only the input row and the group's aggregate results).
    private func sortValue(_ k: Int, _ row: inout [Val]) throws(QueryError) -> Val {
        switch sortSources[k] {
        case .output(let i):
            if i < plan.carried.count { return plan.carried[i] < row.count ? row[plan.carried[i]] : .null }
            return try evaluator.eval(plan.projection.items[i - plan.carried.count].expression, &row)
        case .input(let e), .combined(let e): return try evaluator.eval(e, &row)
        }
    }

    /// `keyPrecedes(key of row, other)`, evaluating the row's key only as far as needed.
    private func inputPrecedes(_ row: inout [Val], _ other: [Val]) throws(QueryError) -> Bool {
        for (k, item) in plan.projection.orderBy.enumerated() {
            let c = ValueOrder.sortCompare(try sortValue(k, &row), other[k])
            if c != 0 { return item.ascending ? c < 0 : c > 0 }
        }
        return false
    }

    private lazy var sortSources: [SortSource] = plan.projection.orderBy.map { item in
        let e = item.expression, inputWidth = plan.inputWidth
        if case .variable = e.kind, e.slot >= inputWidth { return .output(e.slot - inputWidth) }
        var slots: Set<Int> = []
        if Self.collectSlots(e, &slots), slots.allSatisfy({ $0 >= 0 && $0 < inputWidth }) { return .input(e) }
        return .combined(e)
    }
}
