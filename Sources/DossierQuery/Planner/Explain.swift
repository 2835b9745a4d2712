/// `:explain` — the operator tree of a plan, innermost (first executed) at the bottom.
enum Explain {
    static func render(_ plan: QueryPlan, graph: MemoryGraph) -> String {
        var lines: [String] = []
        for (i, part) in plan.parts.enumerated() {
            if i > 0 { lines.append(plan.unionAll ? "UnionAll" : "Union (distinct)") }
            var depth = 0
            for clause in part.clauses.reversed() {
                // Operators nest one level each; "pattern"/"filter" lines detail the operator above.
                for line in describe(clause, graph: graph) {
                    let isDetail = line.hasPrefix("pattern ") || line.hasPrefix("filter ")
                    if isDetail {
                        lines.append(String(repeating: "  ", count: depth) + "· " + line)
                    } else {
                        lines.append(String(repeating: "  ", count: depth) + line)
                        depth += 1
                    }
                }
            }
            lines.append(String(repeating: "  ", count: depth) + "Argument (one empty row)")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ clause: ClausePlan, graph: MemoryGraph) -> [String] {
        switch clause {
        case .match(let m):
            var out = [(m.optional ? "OptionalExpand" : "Expand") + " (adjacency lists, relationship isomorphism)"]
            for p in m.patterns { out.append("pattern " + describe(p, graph: graph, bound: m.boundSlots)) }
            if m.predicate != nil { out.append("filter WHERE (equality on a property of a new node → index seek)") }
            return out
        case .unwind: return ["Unwind"]
        case .create(let patterns, _): return ["Create \(patterns.count) pattern(s) (eager: reads finish first)"]
        case .projection(let p):
            var ops: [String] = []
            if p.predicate != nil { ops.append("Filter") }
            if p.projection.limit != nil { ops.append("Limit") }
            if p.projection.skip != nil { ops.append("Skip") }
            if !p.projection.orderBy.isEmpty { ops.append("Sort") }
            if p.projection.distinct { ops.append("Distinct") }
            ops.append((p.isReturn ? "Return" : "With") + " [" + p.columns.joined(separator: ", ") + "]")
            if p.isAggregating { ops.append("Aggregate (hash grouping: \(p.groupingItems.count) key(s), \(p.aggregates.count) aggregate(s))") }
            return ops
        }
    }

    private static func describe(_ p: PatternPart, graph: MemoryGraph, bound: Set<Int>) -> String {
        func node(_ n: NodePattern) -> String {
            let anchor: String
            if bound.contains(n.slot) { anchor = "bound" }
            else if n.properties != nil { anchor = "property index seek" }
            else if let l = n.labels.first { anchor = "label scan :\(l) (\(graph.nodes(withLabel: l).count))" }
            else { anchor = "all nodes (\(graph.nodeCount))" }
            return "(\(n.variable ?? "")\(n.labels.map { ":" + $0 }.joined()) — \(anchor))"
        }
        var s = p.pathVariable.map { $0 + " = " } ?? ""
        if p.shortest != .none { s += p.shortest == .shortest ? "shortestPath[BFS] " : "allShortestPaths[BFS] " }
        s += node(p.start)
        for (r, n) in p.hops {
            let types = r.types.isEmpty ? "" : ":" + r.types.joined(separator: "|")
            let length = r.length.map { "*\($0.min ?? 1)..\($0.max ?? PatternMatcher.defaultMaximumHops)" } ?? ""
            let body = "[\(r.variable ?? "")\(types)\(length)]"
            switch r.direction {
            case .outgoing: s += "-\(body)->"
            case .incoming: s += "<-\(body)-"
            case .both: s += "-\(body)-"
            }
            s += node(n)
        }
        return s + "  (starts from the end with fewer candidates)"
    }
}
