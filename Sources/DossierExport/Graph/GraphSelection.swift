import DossierModel

/// Cuts the part of a graph an export should show: the whole graph, a query's result,
/// one actor's neighbourhood, or what clears a confidence bar.
public enum GraphSelection {
    /// The graph without Document nodes and MENTIONS edges (the provenance layer).
    public static func withoutDocuments(_ snapshot: GraphSnapshot) -> GraphSnapshot {
        let documents = Set(snapshot.nodes.filter(GraphConventions.isDocument).map(\.id))
        return GraphSnapshot(
            nodes: snapshot.nodes.filter { !documents.contains($0.id) },
            relationships: snapshot.relationships.filter {
                $0.type != GraphConventions.mentionsType && !documents.contains($0.start) && !documents.contains($0.end)
            })
    }

    /// Nodes whose name or one of whose aliases has the same `NameKey` as `name`.
    public static func nodesNamed(_ name: String, in snapshot: GraphSnapshot) -> [GraphNode] {
        let wanted = NameKey.key(name)
        guard !wanted.isEmpty else { return [] }
        return snapshot.nodes.filter { node in
            var names: [String] = []
            if let n = node.properties["name"]?.stringValue { names.append(n) }
            if case .list(let aliases)? = node.properties["aliases"] { names += aliases.compactMap(\.stringValue) }
            return names.contains { NameKey.key($0) == wanted }
        }.sorted { $0.id < $1.id }
    }

    /// Every node within `depth` hops of `centres` (edges followed both ways), with all
    /// relationships among them.
    public static func neighbourhood(of centres: [GraphNode], depth: Int, in snapshot: GraphSnapshot) -> GraphSnapshot {
        var adjacency: [Int64: [Int64]] = [:]
        for r in snapshot.relationships {
            adjacency[r.start, default: []].append(r.end)
            adjacency[r.end, default: []].append(r.start)
        }
        var reached = Set(centres.map(\.id))
        var frontier = Array(reached)
        for _ in 0..<max(0, depth) where !frontier.isEmpty {
            var next: [Int64] = []
            for id in frontier {
                for other in adjacency[id] ?? [] where reached.insert(other).inserted { next.append(other) }
            }
            frontier = next
        }
        return induced(by: reached, in: snapshot)
    }

    /// The nodes, relationships and paths a query returned (also inside lists and maps),
    /// the end nodes of returned relationships, and every edge among the returned nodes.
    public static func result(_ result: QueryResult, in snapshot: GraphSnapshot) -> GraphSnapshot {
        var nodes: [Int64: GraphNode] = [:]
        var relationships: [Int64: GraphRelationship] = [:]
        func collect(_ value: QueryValue) {
            switch value {
            case .node(let n): nodes[n.id] = n
            case .relationship(let r): relationships[r.id] = r
            case .path(let ns, let rs):
                for n in ns { nodes[n.id] = n }
                for r in rs { relationships[r.id] = r }
            case .list(let items): items.forEach(collect)
            case .map(let m): m.values.forEach(collect)
            default: break
            }
        }
        result.rows.joined().forEach(collect)
        let byID = Dictionary(snapshot.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for r in relationships.values {
            for end in [r.start, r.end] where nodes[end] == nil { nodes[end] = byID[end] }
        }
        for r in snapshot.relationships where nodes[r.start] != nil && nodes[r.end] != nil && relationships[r.id] == nil {
            relationships[r.id] = r
        }
        return GraphSnapshot(
            nodes: nodes.values.sorted { $0.id < $1.id },
            relationships: relationships.values.filter { nodes[$0.start] != nil && nodes[$0.end] != nil }.sorted { $0.id < $1.id })
    }

    /// Drops relationships whose confidence is below `minimum`, then nodes whose every piece
    /// of evidence is below it. A confidence is the `confidence` property, else the best
    /// evidence; an element with neither is kept, since nothing says it is weak.
    public static func minimumConfidence(_ minimum: Double, in snapshot: GraphSnapshot, evidence: (any EvidenceSource)?) -> GraphSnapshot {
        func confidence(_ properties: [String: Value], _ notes: () -> [EvidenceNote]) -> Double? {
            if let c = properties["confidence"]?.doubleValue { return c }
            return notes().compactMap(\.confidence).max()
        }
        let nodes = snapshot.nodes.filter { n in
            guard let c = confidence(n.properties, { evidence?.notes(forNode: n.id) ?? [] }) else { return true }
            return c >= minimum
        }
        let kept = Set(nodes.map(\.id))
        let relationships = snapshot.relationships.filter { r in
            guard kept.contains(r.start), kept.contains(r.end) else { return false }
            guard let c = confidence(r.properties, { evidence?.notes(forRelationship: r.id) ?? [] }) else { return true }
            return c >= minimum
        }
        return GraphSnapshot(nodes: nodes, relationships: relationships)
    }

    static func induced(by ids: Set<Int64>, in snapshot: GraphSnapshot) -> GraphSnapshot {
        GraphSnapshot(
            nodes: snapshot.nodes.filter { ids.contains($0.id) },
            relationships: snapshot.relationships.filter { ids.contains($0.start) && ids.contains($0.end) })
    }
}
