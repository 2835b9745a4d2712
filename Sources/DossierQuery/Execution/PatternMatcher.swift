/// Finds the bindings of a list of pattern parts by backtracking over adjacency lists.
/// Each part starts from its more selective end (the planner's choice, see `AnchorPlanner`);
/// relationships are never repeated within one MATCH (openCypher's isomorphism rule).
final class PatternMatcher {
    let graph: MemoryGraph
    /// The evaluator owns this matcher, so it outlives it; `unowned(unsafe)` skips the
    /// atomic liveness check an `unowned` read costs on every hop.
    unowned(unsafe) let evaluator: Evaluator
    private let limits: ExecutionLimits
    /// Default upper bound for `*` / `*2..` when the query gives none.
    static let defaultMaximumHops = 32

    init(graph: MemoryGraph, evaluator: Evaluator) {
        self.graph = graph; self.evaluator = evaluator; limits = evaluator.limits
        adjacency = graph.adjacency()
    }

    /// The steps of one part in the order they are matched. A class, so that the matcher's
    /// per-hop closures capture one reference instead of retaining every array inside.
    final class OrientedPart {
        let part: PatternPart
        let reversed: Bool
        let nodes: [NodePattern]
        let relationships: [RelationshipPattern]
        let nodeProperties: [[(String, Val)]?]
        let relationshipProperties: [[(String, Val)]?]
        /// Per node pattern: the label bits it requires, and whether some label has no bit (checked by name).
        let labelMasks: [(bits: UInt64, byName: Bool)]
        /// Per relationship pattern: allowed type ids (empty: any type).
        let typeSets: [[Int32]]
        /// Per hop, what the single-hop loop reads, as plain values (no pattern struct copied per call).
        let steps: [Step]
        /// Whether the part binds a path variable, the only reader of the path stacks.
        let tracksPath: Bool

        struct Step {
            let relationshipSlot: Int, nodeSlot: Int
            let direction: Direction
            let labelBits: UInt64
            let labelsByName: Bool
            let isSingleHop: Bool
        }

        init(part: PatternPart, reversed: Bool, nodes: [NodePattern], relationships: [RelationshipPattern],
             nodeProperties: [[(String, Val)]?], relationshipProperties: [[(String, Val)]?], graph: MemoryGraph) {
            self.part = part; self.reversed = reversed; self.nodes = nodes; self.relationships = relationships
            self.nodeProperties = nodeProperties; self.relationshipProperties = relationshipProperties
            tracksPath = part.pathSlot >= 0
            let masks = nodes.map { n in
                var bits: UInt64 = 0, byName = false
                for l in n.labels {
                    if let b = graph.labelBit(l) { bits |= b } else { byName = true }
                }
                return (bits: bits, byName: byName)
            }
            labelMasks = masks
            typeSets = relationships.map { r in r.types.map { graph.typeIDs[$0] ?? -1 } }
            steps = relationships.indices.map { i in
                Step(relationshipSlot: relationships[i].slot, nodeSlot: nodes[i + 1].slot, direction: relationships[i].direction,
                     labelBits: masks[i + 1].bits, labelsByName: masks[i + 1].byName, isSingleHop: relationships[i].length == nil)
            }
        }
    }

    typealias Emit = (inout [Val]) throws(QueryError) -> Bool

    /// Counting instead of binding: when nothing downstream reads a part's last node and
    /// relationship (`unreadSlots`), the matches of its last hop from one node are counted and
    /// handed on as one row with that multiplicity (the end slots left null).
    /// A last node read only by `count(DISTINCT x)` (`distinctOnlySlots`) is handed on as the list
    /// of its nodes instead.
    /// A class: the matcher reads it once per expanded node, one reference instead of three.
    final class CountedLeaf {
        let unreadSlots: [Bool]
        let distinctOnlySlots: [Bool]
        let emit: (inout [Val], Int, (slot: Int, nodes: [Int])?) throws(QueryError) -> Bool

        init(unreadSlots: [Bool], distinctOnlySlots: [Bool],
             emit: @escaping (inout [Val], Int, (slot: Int, nodes: [Int])?) throws(QueryError) -> Bool) {
            self.unreadSlots = unreadSlots; self.distinctOnlySlots = distinctOnlySlots; self.emit = emit
        }

        func allows(_ slot: Int) -> Bool { slot >= 0 && slot < unreadSlots.count && unreadSlots[slot] }
        func listsNodes(_ slot: Int) -> Bool { slot >= 0 && slot < distinctOnlySlots.count && distinctOnlySlots[slot] }
    }
    private var counted: CountedLeaf?
    /// The graph's adjacency lists in read form, fetched at the start of each `match` (a write
    /// between two matches rebuilds them).
    private var adjacency: MemoryGraph.FrozenAdjacency
    /// The end nodes of one counted hop, when they are handed on (reused buffer).
    private var leafNodes: [Int] = []

    private var usedRelationships: [Int] = []
    /// Nodes and relationships of the part being matched, as stacks (no allocation per hop).
    private var pathNodes: [Int] = []
    private var pathRelationships: [Int] = []
    /// Slots bound before the MATCH, by slot number (a flag array: this is asked per candidate).
    private var boundSlots: [Bool] = []
    private var hints: [Int: [(String, Val)]] = [:]
    /// WHERE tests on a single node, by slot, checked when that node is bound (see `MatchStage`).
    private var nodeFilters: [[Expr]] = []

    /// Calls `emit` for every match; `emit` returns false to stop early.
    /// `counted`: see `CountedLeaf`; used only for a single pattern part.
    func match(_ parts: [PatternPart], row: inout [Val], boundSlots: Set<Int>?, hints: [Int: [(String, Val)]] = [:],
               nodeFilters: [[Expr]] = [], counted: CountedLeaf? = nil, emit: @escaping Emit) throws(QueryError) {
        let savedUsed = usedRelationships, savedBound = self.boundSlots, savedHints = self.hints
        let savedFilters = self.nodeFilters, savedCounted = self.counted
        self.nodeFilters = nodeFilters
        self.counted = parts.count == 1 ? counted : nil
        adjacency = graph.adjacency()
        defer { self.nodeFilters = savedFilters; self.counted = savedCounted }
        let savedNodes = pathNodes, savedRels = pathRelationships
        usedRelationships = []
        pathNodes = []
        pathRelationships = []
        self.boundSlots = []
        for slot in boundSlots ?? [] {
            while self.boundSlots.count <= slot { self.boundSlots.append(false) }
            self.boundSlots[slot] = true
        }
        self.hints = hints
        defer {
            usedRelationships = savedUsed; self.boundSlots = savedBound; self.hints = savedHints
            pathNodes = savedNodes; pathRelationships = savedRels
        }
        for p in parts {
            for n in p.nodes where n.slot >= row.count { while row.count <= n.slot { row.append(.null) } }
            for (r, _) in p.hops where r.slot >= row.count { while row.count <= r.slot { row.append(.null) } }
            if p.pathSlot >= row.count { while row.count <= p.pathSlot { row.append(.null) } }
        }
        var oriented: [OrientedPart] = []
        for p in parts { oriented.append(try orient(p, row: &row)) }
        _ = try matchParts(oriented, remaining: Array(oriented.indices), row: &row, emit: emit)
    }

    // MARK: Planning

    private func orient(_ p: PatternPart, row: inout [Val]) throws(QueryError) -> OrientedPart {
        var nodeProps: [[(String, Val)]?] = []
        for n in p.nodes { nodeProps.append(try properties(n.properties, &row)) }
        var relProps: [[(String, Val)]?] = []
        for (r, _) in p.hops { relProps.append(try properties(r.properties, &row)) }
        let forward = OrientedPart(part: p, reversed: false, nodes: p.nodes, relationships: p.hops.map(\.0),
                                   nodeProperties: nodeProps, relationshipProperties: relProps, graph: graph)
        if p.hops.isEmpty || p.shortest != .none { return forward }
        let first = estimate(p.nodes.first!, nodeProps.first!, row) * graph.averageDegree(label: p.nodes.first!.labels.first, p.hops.first!.0.direction)
        let last = estimate(p.nodes.last!, nodeProps.last!, row) * graph.averageDegree(label: p.nodes.last!.labels.first, Self.flipped(p.hops.last!.0.direction))
        if last >= first { return forward }
        var reversedRels = Array(p.hops.map(\.0).reversed())
        for i in reversedRels.indices { reversedRels[i].direction = Self.flipped(reversedRels[i].direction) }
        let reversed = OrientedPart(part: p, reversed: true, nodes: p.nodes.reversed(), relationships: reversedRels,
                                    nodeProperties: nodeProps.reversed(), relationshipProperties: relProps.reversed(), graph: graph)
        return reversed
    }

    static func flipped(_ d: Direction) -> Direction {
        switch d {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }

    private func properties(_ e: Expr?, _ row: inout [Val]) throws(QueryError) -> [(String, Val)]? {
        guard let e else { return nil }
        let v = try evaluator.eval(e, &row)
        switch v {
        case .map(let m): return m.sorted { $0.key < $1.key }
        case .null: return []
        default: throw QueryError.type("InvalidArgumentType", "property map expected", at: e.range.start)
        }
    }

    private func isBound(_ slot: Int, _ row: [Val]) -> Bool {
        if slot < boundSlots.count && boundSlots[slot] { return true }
        return !row[slot].isNull
    }

    /// Estimated number of candidate nodes for a pattern node (1 when already bound).
    private func estimate(_ n: NodePattern, _ props: [(String, Val)]?, _ row: [Val]) -> Int {
        if isBound(n.slot, row) { return 1 }
        let all = (props ?? []) + (hints[n.slot] ?? [])
        if let (k, v) = all.first(where: { !$0.1.isNull }) {
            return graph.nodes(label: n.labels.first, key: k, value: v).count
        }
        if !n.labels.isEmpty { return n.labels.map { graph.nodes(withLabel: $0).count }.min() ?? 0 }
        return graph.nodeCount
    }

    private func candidates(_ n: NodePattern, _ props: [(String, Val)]?, _ row: [Val]) -> [Int]? {
        if isBound(n.slot, row) {
            if case .node(let id) = row[n.slot] { return [id] }
            return []
        }
        let all = (props ?? []) + (hints[n.slot] ?? [])
        if let (k, v) = all.first(where: { !$0.1.isNull }) {
            return graph.nodes(label: n.labels.first, key: k, value: v)
        }
        if !n.labels.isEmpty {
            return n.labels.map { graph.nodes(withLabel: $0) }.min { $0.count < $1.count }
        }
        return nil
    }

    // MARK: Matching

    private func matchParts(_ parts: [OrientedPart], remaining: [Int], row: inout [Val], emit: @escaping Emit) throws(QueryError) -> Bool {
        guard !remaining.isEmpty else { return try emit(&row) }
        // Next part: one whose end is already bound, else the most selective.
        var best = remaining[0]
        var bestCost = Int.max
        for i in remaining {
            let p = parts[i]
            let c = min(estimate(p.nodes.first!, p.nodeProperties.first!, row), estimate(p.nodes.last!, p.nodeProperties.last!, row))
            if c < bestCost { bestCost = c; best = i }
        }
        var part = parts[best]
        if !part.reversed, part.part.shortest == .none, !part.relationships.isEmpty {
            part = try orient(part.part, row: &row)
        }
        let rest = remaining.filter { $0 != best }
        // The last part hands its matches straight to `emit` (one closure call less per match).
        let continueWith: Emit = rest.isEmpty ? emit : { (r: inout [Val]) throws(QueryError) -> Bool in
            try self.matchParts(parts, remaining: rest, row: &r, emit: emit)
        }
        if part.part.shortest != .none { return try matchShortest(part, row: &row, emit: continueWith) }
        let first = part.nodes[0]
        if let list = candidates(first, part.nodeProperties[0], row) {
            for n in list {
                if !(try bindNode(n, first, part.nodeProperties[0], &row, mask: part.labelMasks[0], then: { (r: inout [Val]) throws(QueryError) -> Bool in
                    try self.expandFromStart(part, n, row: &r, emit: continueWith)
                })) { return false }
            }
        } else {
            for n in 0..<graph.nodeCount {
                if !(try bindNode(n, first, part.nodeProperties[0], &row, mask: part.labelMasks[0], then: { (r: inout [Val]) throws(QueryError) -> Bool in
                    try self.expandFromStart(part, n, row: &r, emit: continueWith)
                })) { return false }
            }
        }
        return true
    }

    private func nodeMatches(_ n: Int, _ p: NodePattern, _ props: [(String, Val)]?, mask: (bits: UInt64, byName: Bool)? = nil) -> Bool {
        if let mask {
            if mask.bits != 0 && graph.nodeLabelBits[n] & mask.bits != mask.bits { return false }
            if mask.byName { for l in p.labels where !graph.hasLabel(n, l) { return false } }
        } else {
            for l in p.labels where !graph.hasLabel(n, l) { return false }
        }
        if let props {
            for (k, v) in props where ValueOrder.equal(graph.nodeProperty(n, k), v) != true { return false }
        }
        return true
    }

    private func relationshipMatches(_ r: Int, _ p: RelationshipPattern, _ props: [(String, Val)]?, types: [Int32]? = nil) -> Bool {
        if let types {
            if !types.isEmpty && !types.contains(graph.relTypeIDs[r]) { return false }
        } else if !p.types.isEmpty && !p.types.contains(graph.relType[r]) { return false }
        if let props {
            for (k, v) in props where ValueOrder.equal(graph.relationshipProperty(r, k), v) != true { return false }
        }
        return true
    }

    /// Binds (or checks) a node variable, runs `then`, and unbinds.
    private func bindNode(_ n: Int, _ p: NodePattern, _ props: [(String, Val)]?, _ row: inout [Val],
                          mask: (bits: UInt64, byName: Bool)? = nil, then: Emit) throws(QueryError) -> Bool {
        if isBound(p.slot, row) {
            guard case .node(let m) = row[p.slot], m == n else { return true }
            guard nodeMatches(n, p, props, mask: mask) else { return true }
            return try then(&row)
        }
        guard nodeMatches(n, p, props, mask: mask) else { return true }
        row[p.slot] = .node(n)
        defer { row[p.slot] = .null }
        if p.slot >= 0 && p.slot < nodeFilters.count {
            for f in nodeFilters[p.slot] where !(try evaluator.truth(f, &row)) { return true }
        }
        return try then(&row)
    }

    private func adjacent(_ n: Int, _ direction: Direction, _ body: (Int, Int) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        if direction != .incoming {
            for a in adjacency.outgoing(n) { if !(try body(Int(a.relationship), Int(a.other))) { return false } }
        }
        if direction != .outgoing {
            for a in adjacency.incoming(n) where direction == .incoming || Int(a.other) != n {
                if !(try body(Int(a.relationship), Int(a.other))) { return false }
            }
        }
        return true
    }

    /// Matches the rest of `part` with the first node fixed; the part's path stacks restart
    /// here and are restored afterwards, since parts match one after another.
    private func expandFromStart(_ part: OrientedPart, _ n: Int, row: inout [Val], emit: @escaping Emit) throws(QueryError) -> Bool {
        if !part.tracksPath { return try expand(part, hop: 0, from: n, row: &row, emit: emit) }
        let savedNodes = pathNodes, savedRels = pathRelationships
        pathNodes = [n]
        pathRelationships = []
        defer { pathNodes = savedNodes; pathRelationships = savedRels }
        return try expand(part, hop: 0, from: n, row: &row, emit: emit)
    }

    private func expand(_ part: OrientedPart, hop: Int, from node: Int,
                        row: inout [Val], emit: @escaping Emit) throws(QueryError) -> Bool {
        try limits.tick()
        if hop == part.relationships.count {
            if part.part.pathSlot >= 0 {
                let nodes = part.reversed ? Array(pathNodes.reversed()) : pathNodes
                let rs = part.reversed ? Array(pathRelationships.reversed()) : pathRelationships
                row[part.part.pathSlot] = .path(nodes: nodes, relationships: rs)
                defer { row[part.part.pathSlot] = .null }
                return try emit(&row)
            }
            return try emit(&row)
        }
        let step = part.steps[hop]
        if step.isSingleHop { return try expandOneHop(part, hop: hop, step: step, from: node, row: &row, emit: emit) }
        let relPattern = part.relationships[hop]
        let nextNode = part.nodes[hop + 1]
        let relProps = part.relationshipProperties[hop]
        let nodeProps = part.nodeProperties[hop + 1]
        let nextMask = part.labelMasks[hop + 1]
        let types = part.typeSets[hop]
        if let length = relPattern.length {
            let minimum = length.min ?? 1
            let maximum = length.max ?? PatternMatcher.defaultMaximumHops
            var segment: [Int] = []
            var segmentNodes: [Int] = []
            func walk(_ at: Int) throws(QueryError) -> Bool {
                try limits.tick()
                if segment.count >= minimum {
                    let ok = try bindSegment(relPattern, segment, reversed: part.reversed, &row) { (r: inout [Val]) throws(QueryError) -> Bool in
                        try self.bindNode(at, nextNode, nodeProps, &r, mask: nextMask) { (r2: inout [Val]) throws(QueryError) -> Bool in
                            if !part.tracksPath { return try self.expand(part, hop: hop + 1, from: at, row: &r2, emit: emit) }
                            let nodeMark = self.pathNodes.count, relMark = self.pathRelationships.count
                            self.pathNodes.append(contentsOf: segmentNodes)
                            self.pathRelationships.append(contentsOf: segment)
                            defer {
                                self.pathNodes.removeLast(self.pathNodes.count - nodeMark)
                                self.pathRelationships.removeLast(self.pathRelationships.count - relMark)
                            }
                            return try self.expand(part, hop: hop + 1, from: at, row: &r2, emit: emit)
                        }
                    }
                    if !ok { return false }
                }
                if segment.count >= maximum { return true }
                return try adjacent(at, relPattern.direction) { (r: Int, other: Int) throws(QueryError) -> Bool in
                    guard self.relationshipMatches(r, relPattern, relProps, types: types), !self.usedRelationships.contains(r) else { return true }
                    segment.append(r); segmentNodes.append(other); self.usedRelationships.append(r)
                    defer { segment.removeLast(); segmentNodes.removeLast(); self.usedRelationships.removeLast() }
                    return try walk(other)
                }
            }
            return try walk(node)
        }
        return true
    }

    /// One single-length hop. The hot loop: cheap integer tests (type, label bits, reuse) before any binding work.
    private func expandOneHop(_ part: OrientedPart, hop: Int, step: OrientedPart.Step, from node: Int,
                              row: inout [Val], emit: @escaping Emit) throws(QueryError) -> Bool {
        let relProps = part.relationshipProperties[hop]
        let nodeProps = part.nodeProperties[hop + 1]
        let types = part.typeSets[hop]
        let relationshipWasBound = isBound(step.relationshipSlot, row)
        let direction = step.direction
        if hop + 1 == part.relationships.count && !part.tracksPath && nodeProps == nil && !step.labelsByName
            && !isBound(step.nodeSlot, row) && !hasNodeFilter(step.nodeSlot) {
            if let counted, !relationshipWasBound, counted.allows(step.relationshipSlot) {
                if counted.allows(step.nodeSlot) {
                    let n = try countLeaf(part, hop: hop, step: step, from: node, listing: false)
                    return n == 0 ? true : try counted.emit(&row, n, nil)
                }
                if counted.listsNodes(step.nodeSlot) {
                    leafNodes.removeAll(keepingCapacity: true)
                    let n = try countLeaf(part, hop: hop, step: step, from: node, listing: true)
                    return n == 0 ? true : try counted.emit(&row, n, (step.nodeSlot, leafNodes))
                }
            }
            return try expandLeaf(part, hop: hop, step: step, from: node, relationshipWasBound: relationshipWasBound, row: &row, emit: emit)
        }
        let relSlot = step.relationshipSlot
        let nextNode = part.nodes[hop + 1]
        let nextMask = (bits: step.labelBits, byName: step.labelsByName)
        for pass in 0..<2 {
            if pass == 0 && direction == .incoming || pass == 1 && direction == .outgoing { continue }
            let list = pass == 0 ? adjacency.outgoing(node) : adjacency.incoming(node)
            for adjacent in list {
                if !types.isEmpty && !types.contains(adjacent.type) { continue }
                let r = Int(adjacent.relationship), other = Int(adjacent.other)
                if pass == 1 && direction == .both && other == node { continue }
                if adjacent.otherLabels & nextMask.bits != nextMask.bits { continue }
                if relProps != nil && !relationshipMatches(r, part.relationships[hop], relProps) { continue }
                if usedRelationships.contains(r) { continue }
                if relationshipWasBound {
                    guard case .relationship(let bound) = row[relSlot], bound == r else { continue }
                } else {
                    row[relSlot] = .relationship(r)
                }
                usedRelationships.append(r)
                // The label bits were just checked from the adjacency entry; only names beyond the bits remain.
                let more = try bindNode(other, nextNode, nodeProps, &row, mask: (0, nextMask.byName)) { (r2: inout [Val]) throws(QueryError) -> Bool in
                    if !part.tracksPath { return try self.expand(part, hop: hop + 1, from: other, row: &r2, emit: emit) }
                    self.pathNodes.append(other)
                    self.pathRelationships.append(r)
                    defer { self.pathNodes.removeLast(); self.pathRelationships.removeLast() }
                    return try self.expand(part, hop: hop + 1, from: other, row: &r2, emit: emit)
                }
                usedRelationships.removeLast()
                if !relationshipWasBound { row[relSlot] = .null }
                if !more { return false }
            }
        }
        return true
    }

    /// The number of matches `expandLeaf` would emit (its end slots unbound and unread); with
    /// `listing`, their end nodes are appended to `leafNodes`.
    private func countLeaf(_ part: OrientedPart, hop: Int, step: OrientedPart.Step, from node: Int, listing: Bool) throws(QueryError) -> Int {
        var n = 0
        _ = try forEachLeafMatch(part, hop: hop, step: step, from: node) { (_: Int, other: Int) throws(QueryError) -> Bool in
            n += 1
            if listing { self.leafNodes.append(other) }
            return true
        }
        return n
    }

    /// Calls `body(relationship, end node)` for each adjacency entry of `node` that the last hop
    /// of `part` accepts (type, end labels by bits, relationship properties, not already used);
    /// false when `body` stopped early. The relationships in use do not change during the loop.
    @inline(__always)
    private func forEachLeafMatch(_ part: OrientedPart, hop: Int, step: OrientedPart.Step, from node: Int,
                                  _ body: (Int, Int) throws(QueryError) -> Bool) throws(QueryError) -> Bool {
        let direction = step.direction, mask = step.labelBits
        let types = part.typeSets[hop]
        let relProps = part.relationshipProperties[hop]
        let used = usedRelationships
        for pass in 0..<2 {
            if pass == 0 && direction == .incoming || pass == 1 && direction == .outgoing { continue }
            let list = pass == 0 ? adjacency.outgoing(node) : adjacency.incoming(node)
            for adjacent in list {
                if !types.isEmpty && !types.contains(adjacent.type) { continue }
                if adjacent.otherLabels & mask != mask { continue }
                let r = Int(adjacent.relationship), other = Int(adjacent.other)
                if pass == 1 && direction == .both && other == node { continue }
                if relProps != nil && !relationshipMatches(r, part.relationships[hop], relProps) { continue }
                if used.contains(r) { continue }
                if !(try body(r, other)) { return false }
            }
        }
        return true
    }

    private func hasNodeFilter(_ slot: Int) -> Bool {
        slot >= 0 && slot < nodeFilters.count && !nodeFilters[slot].isEmpty
    }

    /// The last hop of a part whose end node is new and unconstrained beyond its label bits (no
    /// property map, no WHERE test on it alone, no path variable): each adjacency entry that passes
    /// the integer tests is a match, emitted without a binding closure, recursion or path bookkeeping.
    /// The slots are cleared once after the loop; `emit` copies what it keeps.
    private func expandLeaf(_ part: OrientedPart, hop: Int, step: OrientedPart.Step, from node: Int, relationshipWasBound: Bool,
                            row: inout [Val], emit: Emit) throws(QueryError) -> Bool {
        let relSlot = step.relationshipSlot, nodeSlot = step.nodeSlot
        defer {
            row[nodeSlot] = .null
            if !relationshipWasBound { row[relSlot] = .null }
        }
        // `emit` restores the relationships it adds, as `forEachLeafMatch` requires.
        return try forEachLeafMatch(part, hop: hop, step: step, from: node) { (r: Int, other: Int) throws(QueryError) -> Bool in
            if relationshipWasBound {
                guard case .relationship(let bound) = row[relSlot], bound == r else { return true }
            } else {
                row[relSlot] = .relationship(r)
            }
            row[nodeSlot] = .node(other)
            return try emit(&row)
        }
    }

    /// Binds a variable-length relationship variable to its list of relationships.
    private func bindSegment(_ p: RelationshipPattern, _ segment: [Int], reversed: Bool, _ row: inout [Val],
                             then: Emit) throws(QueryError) -> Bool {
        let value = Val.list((reversed ? segment.reversed() : segment).map { .relationship($0) })
        if isBound(p.slot, row) {
            guard ValueOrder.equal(row[p.slot], value) == true else { return true }
            return try then(&row)
        }
        row[p.slot] = value
        defer { row[p.slot] = .null }
        return try then(&row)
    }

    // MARK: shortestPath / allShortestPaths

    private func matchShortest(_ part: OrientedPart, row: inout [Val], emit: @escaping Emit) throws(QueryError) -> Bool {
        guard part.relationships.count == 1 else {
            throw QueryError.syntax("InvalidRelationshipPattern", "shortestPath needs exactly one relationship pattern", at: part.part.range.start)
        }
        let relPattern = part.relationships[0]
        let relProps = part.relationshipProperties[0]
        let starts = candidates(part.nodes[0], part.nodeProperties[0], row) ?? Array(0..<graph.nodeCount)
        let ends = candidates(part.nodes[1], part.nodeProperties[1], row) ?? Array(0..<graph.nodeCount)
        let minimum = relPattern.length?.min ?? 1
        let maximum = relPattern.length == nil ? 1 : (relPattern.length?.max ?? Int.max)
        for s in starts where nodeMatches(s, part.nodes[0], part.nodeProperties[0]) {
            // Breadth-first layers with every predecessor, so all shortest paths can be rebuilt.
            var distance: [Int: Int] = [s: 0]
            var predecessors: [Int: [(rel: Int, from: Int)]] = [:]
            var frontier = [s]
            var depth = 0
            let targets = Set(ends.filter { nodeMatches($0, part.nodes[1], part.nodeProperties[1]) })
            var found: Set<Int> = []
            while !frontier.isEmpty, depth < maximum, found.count < targets.count || minimum > depth {
                depth += 1
                var next: [Int] = []
                for n in frontier {
                    try limits.tick()
                    _ = try adjacent(n, relPattern.direction) { (r: Int, other: Int) throws(QueryError) -> Bool in
                        guard self.relationshipMatches(r, relPattern, relProps) else { return true }
                        if let d = distance[other], d < depth { return true }
                        if distance[other] == nil { distance[other] = depth; next.append(other) }
                        predecessors[other, default: []].append((r, n))
                        return true
                    }
                }
                for t in next where targets.contains(t) && depth >= minimum { found.insert(t) }
                frontier = next
            }
            for t in targets.sorted() where found.contains(t) {
                var paths: [([Int], [Int])] = []
                func rebuild(_ n: Int, _ nodes: [Int], _ rels: [Int]) {
                    if n == s { paths.append(([s] + nodes, rels)); return }
                    for (r, from) in predecessors[n] ?? [] where (distance[from] ?? -1) == (distance[n] ?? 0) - 1 {
                        rebuild(from, [n] + nodes, [r] + rels)
                        if part.part.shortest == .shortest && !paths.isEmpty { return }
                    }
                }
                rebuild(t, [], [])
                for (nodes, rels) in paths {
                    let ok = try bindNode(s, part.nodes[0], nil, &row) { (r: inout [Val]) throws(QueryError) -> Bool in
                        try self.bindNode(t, part.nodes[1], nil, &r) { (r2: inout [Val]) throws(QueryError) -> Bool in
                            let wasBound = self.isBound(relPattern.slot, r2)
                            if !wasBound {
                                r2[relPattern.slot] = relPattern.length == nil ? .relationship(rels[0]) : .list(rels.map { .relationship($0) })
                            }
                            if part.part.pathSlot >= 0 { r2[part.part.pathSlot] = .path(nodes: nodes, relationships: rels) }
                            defer {
                                if !wasBound { r2[relPattern.slot] = .null }
                                if part.part.pathSlot >= 0 { r2[part.part.pathSlot] = .null }
                            }
                            return try emit(&r2)
                        }
                    }
                    if !ok { return false }
                }
            }
        }
        return true
    }
}
