import DossierModel

/// The in-memory property graph queries run over: columnar node and relationship storage,
/// adjacency lists per direction, a label index and lazily built property-value indexes.
final class MemoryGraph: @unchecked Sendable {
    private(set) var nodeLabels: [[String]] = []
    private(set) var nodeExternalIDs: [Int64] = []

    private(set) var relType: [String] = []
    private(set) var relStart: [Int] = []
    private(set) var relEnd: [Int] = []
    private(set) var relExternalIDs: [Int64] = []

    /// Property keys, interned: a key's id indexes the columns below.
    private(set) var propertyKeys: [String] = []
    private var propertyKeyIndex: [String: Int] = [:]
    /// Properties as one column per key over node (relationship) indexes, `.null` where absent
    /// (a property never holds null): a read is one array element instead of a dictionary per
    /// element (several cache misses and a string hash), and there is no dictionary per element to
    /// keep. A column is only as long as its last element that has the key.
    private(set) var nodeColumns: [[Val]] = []
    private(set) var relColumns: [[Val]] = []

    /// One entry of an adjacency list: the relationship, the node at its other end, its type id and
    /// that node's label bits (labels never change after creation), side by side, so an expansion
    /// filters by type and label without a cache miss into the node or relationship columns.
    struct Adjacent {
        let relationship: Int32, other: Int32, type: Int32
        let otherLabels: UInt64
    }

    /// Relationships leaving / entering each node, as written (one array per node).
    private(set) var outgoing: [[Adjacent]] = []
    private(set) var incoming: [[Adjacent]] = []
    /// The same lists laid end to end for reading (built on first use, dropped on any write).
    private var frozenAdjacency: FrozenAdjacency?

    /// Adjacency lists in compressed sparse row form: node n's entries are
    /// `entries[start[n]..<start[n + 1]]`. Nodes are scanned in index order (label lists are
    /// ascending), so their lists are read as one stream instead of one scattered array per node.
    final class FrozenAdjacency: @unchecked Sendable {
        private let outStart: [Int], outEntries: [Adjacent]
        private let inStart: [Int], inEntries: [Adjacent]

        init(outgoing: [[Adjacent]], incoming: [[Adjacent]]) {
            func flatten(_ lists: [[Adjacent]]) -> ([Int], [Adjacent]) {
                var start = [Int](), entries = [Adjacent]()
                start.reserveCapacity(lists.count + 1)
                entries.reserveCapacity(lists.reduce(0) { $0 + $1.count })
                for list in lists { start.append(entries.count); entries.append(contentsOf: list) }
                start.append(entries.count)
                return (start, entries)
            }
            (outStart, outEntries) = flatten(outgoing)
            (inStart, inEntries) = flatten(incoming)
        }

        @inline(__always) func outgoing(_ n: Int) -> ArraySlice<Adjacent> { outEntries[outStart[n]..<outStart[n + 1]] }
        @inline(__always) func incoming(_ n: Int) -> ArraySlice<Adjacent> { inEntries[inStart[n]..<inStart[n + 1]] }
    }

    /// The read form of the adjacency lists (see `FrozenAdjacency`), built if a write dropped it.
    func adjacency() -> FrozenAdjacency {
        indexLock.lock()
        defer { indexLock.unlock() }
        if let frozen = frozenAdjacency { return frozen }
        let frozen = FrozenAdjacency(outgoing: outgoing, incoming: incoming)
        frozenAdjacency = frozen
        return frozen
    }
    private(set) var nodesByLabel: [String: [Int]] = [:]
    /// Relationships per type id (a type's string is hashed once per new relationship, not twice).
    private var relationshipCountByTypeID: [Int] = []
    var relationshipCountByType: [String: Int] {
        typeIDs.reduce(into: [:]) { counts, entry in counts[entry.key] = relationshipCountByTypeID[Int(entry.value)] }
    }

    /// (label or "", key) → value → nodes. Built on first use, dropped on any write.
    private var propertyIndexes: [String: [Val: [Int]]] = [:]
    private let indexLock = NSLockShim()

    private var nextExternalID: Int64 = 0

    /// Interned labels and types so the matcher's inner loop compares integers, not strings.
    private(set) var labelIDs: [String: Int] = [:]
    private(set) var nodeLabelBits: [UInt64] = []
    private(set) var typeIDs: [String: Int32] = [:]
    private(set) var relTypeIDs: [Int32] = []

    func labelBit(_ label: String) -> UInt64? {
        guard let id = labelIDs[label], id < 64 else { return nil }
        return 1 << UInt64(id)
    }

    init() {}

    init(snapshot: GraphSnapshot) {
        var position: [Int64: Int] = [:]
        nodeLabels.reserveCapacity(snapshot.nodes.count)
        for n in snapshot.nodes {
            position[n.id] = addNode(labels: n.labels, properties: n.properties.mapValues(Val.init), externalID: n.id)
        }
        for r in snapshot.relationships {
            guard let s = position[r.start], let e = position[r.end] else { continue }
            addRelationship(type: r.type, start: s, end: e, properties: r.properties.mapValues(Val.init), externalID: r.id)
        }
    }

    var nodeCount: Int { nodeLabels.count }
    var relationshipCount: Int { relType.count }

    @discardableResult
    func addNode(labels: [String], properties: [String: Val], externalID: Int64? = nil) -> Int {
        let index = nodeLabels.count
        var unique: [String] = []
        for l in labels where !unique.contains(l) { unique.append(l) }
        nodeLabels.append(unique)
        var bits: UInt64 = 0
        for l in unique {
            let id = labelIDs[l] ?? labelIDs.count
            labelIDs[l] = id
            if id < 64 { bits |= 1 << UInt64(id) }
        }
        nodeLabelBits.append(bits)
        for (key, value) in properties where !value.isNull { Self.store(value, at: index, in: &nodeColumns[internKey(key)]) }
        let id = externalID ?? nextExternalID
        nodeExternalIDs.append(id)
        nextExternalID = max(nextExternalID, id + 1)
        outgoing.append([])
        incoming.append([])
        frozenAdjacency = nil
        for l in unique { nodesByLabel[l, default: []].append(index) }
        if !propertyIndexes.isEmpty { propertyIndexes = [:] }
        if !degreeCache.isEmpty { degreeCache = [:] }
        return index
    }

    @discardableResult
    func addRelationship(type: String, start: Int, end: Int, properties: [String: Val], externalID: Int64? = nil) -> Int {
        let index = relType.count
        relType.append(type)
        let typeID: Int32
        if let known = typeIDs[type] { typeID = known } else {
            typeID = Int32(typeIDs.count)
            typeIDs[type] = typeID
            relationshipCountByTypeID.append(0)
        }
        relTypeIDs.append(typeID)
        relStart.append(start)
        relEnd.append(end)
        for (key, value) in properties where !value.isNull { Self.store(value, at: index, in: &relColumns[internKey(key)]) }
        relExternalIDs.append(externalID ?? Int64(index))
        outgoing[start].append(Adjacent(relationship: Int32(index), other: Int32(end), type: typeID, otherLabels: nodeLabelBits[end]))
        incoming[end].append(Adjacent(relationship: Int32(index), other: Int32(start), type: typeID, otherLabels: nodeLabelBits[start]))
        frozenAdjacency = nil
        relationshipCountByTypeID[Int(typeID)] += 1
        if !degreeCache.isEmpty { degreeCache = [:] }
        return index
    }

    private var degreeCache: [String: Int] = [:]

    // MARK: Properties

    func propertyKeyID(_ key: String) -> Int? { propertyKeyIndex[key] }

    private func internKey(_ key: String) -> Int {
        if let id = propertyKeyIndex[key] { return id }
        let id = propertyKeys.count
        propertyKeys.append(key)
        propertyKeyIndex[key] = id
        nodeColumns.append([])
        relColumns.append([])
        return id
    }

    private static func store(_ value: Val, at index: Int, in column: inout [Val]) {
        if column.count <= index { column.append(contentsOf: repeatElement(.null, count: index - column.count + 1)) }
        column[index] = value
    }

    @inline(__always)
    func nodeProperty(_ n: Int, keyID: Int) -> Val {
        n < nodeColumns[keyID].count ? nodeColumns[keyID][n] : .null
    }

    @inline(__always)
    func relationshipProperty(_ r: Int, keyID: Int) -> Val {
        r < relColumns[keyID].count ? relColumns[keyID][r] : .null
    }

    func nodeProperty(_ n: Int, _ key: String) -> Val {
        propertyKeyIndex[key].map { nodeProperty(n, keyID: $0) } ?? .null
    }

    func relationshipProperty(_ r: Int, _ key: String) -> Val {
        propertyKeyIndex[key].map { relationshipProperty(r, keyID: $0) } ?? .null
    }

    /// All properties of a node as a map (for `properties(n)`, `keys(n)`, `n{.*}`, conversions).
    func nodeProperties(_ n: Int) -> [String: Val] { Self.properties(n, nodeColumns, propertyKeys) }

    func relationshipProperties(_ r: Int) -> [String: Val] { Self.properties(r, relColumns, propertyKeys) }

    private static func properties(_ index: Int, _ columns: [[Val]], _ keys: [String]) -> [String: Val] {
        var out: [String: Val] = [:]
        for (id, column) in columns.enumerated() where index < column.count && !column[index].isNull {
            out[keys[id]] = column[index]
        }
        return out
    }

    /// 1 + the average number of relationships per node of `label` in `direction`, rounded up:
    /// the planner's cost of expanding one candidate. Cached until the next write.
    func averageDegree(label: String?, _ direction: Direction) -> Int {
        let key = (label ?? "") + "\u{1}" + "\(direction)"
        indexLock.lock()
        defer { indexLock.unlock() }
        if let d = degreeCache[key] { return d }
        let nodes = label.map { self.nodes(withLabel: $0) } ?? Array(0..<nodeCount)
        var total = 0
        for n in nodes {
            if direction != .incoming { total += outgoing[n].count }
            if direction != .outgoing { total += incoming[n].count }
        }
        let d = 1 + (nodes.isEmpty ? 0 : (total + nodes.count - 1) / nodes.count)
        degreeCache[key] = d
        return d
    }

    func hasLabel(_ node: Int, _ label: String) -> Bool { nodeLabels[node].contains(label) }

    func nodes(withLabel label: String) -> [Int] { nodesByLabel[label] ?? [] }

    /// Nodes carrying `label` (any node when nil) whose `key` equals `value` exactly.
    func nodes(label: String?, key: String, value: Val) -> [Int] {
        let indexKey = (label ?? "") + "\u{1}" + key
        indexLock.lock()
        defer { indexLock.unlock() }
        if propertyIndexes[indexKey] == nil {
            var index: [Val: [Int]] = [:]
            let candidates = label.map { nodes(withLabel: $0) } ?? Array(0..<nodeCount)
            if let id = propertyKeyIndex[key] {
                for n in candidates {
                    let v = nodeProperty(n, keyID: id)
                    if !v.isNull { index[Self.indexable(v), default: []].append(n) }
                }
            }
            propertyIndexes[indexKey] = index
        }
        return propertyIndexes[indexKey]![Self.indexable(value)] ?? []
    }

    /// Integers and integral floats share one index key, since `1 = 1.0` in a match.
    static func indexable(_ v: Val) -> Val {
        if case .int(let i) = v { return .double(Double(i)) }
        return v
    }

    // MARK: Statistics for the TCK's side effects

    struct Statistics: Equatable {
        var nodes: Int, relationships: Int, properties: Int, labels: Set<String>
    }

    var statistics: Statistics {
        let present = { (column: [Val]) in column.reduce(0) { $1.isNull ? $0 : $0 + 1 } }
        let props = nodeColumns.reduce(0) { $0 + present($1) } + relColumns.reduce(0) { $0 + present($1) }
        return Statistics(nodes: nodeCount, relationships: relationshipCount, properties: props,
                          labels: Set(nodesByLabel.filter { !$0.value.isEmpty }.keys))
    }

    // MARK: Conversion to the shared result types

    func graphNode(_ n: Int) -> GraphNode {
        GraphNode(id: nodeExternalIDs[n], labels: nodeLabels[n], properties: nodeProperties(n).compactMapValues(\.storable))
    }

    func graphRelationship(_ r: Int) -> GraphRelationship {
        GraphRelationship(id: relExternalIDs[r], type: relType[r], start: nodeExternalIDs[relStart[r]],
                          end: nodeExternalIDs[relEnd[r]], properties: relationshipProperties(r).compactMapValues(\.storable))
    }

    func queryValue(_ v: Val) -> QueryValue {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let l): return .list(l.map(queryValue))
        case .map(let m): return .map(m.mapValues(queryValue))
        case .node(let n): return .node(graphNode(n))
        case .relationship(let r): return .relationship(graphRelationship(r))
        case .path(let ns, let rs): return .path(nodes: ns.map(graphNode), relationships: rs.map(graphRelationship))
        }
    }

    /// Nodes and relationships created since `baseline`, as a snapshot for the store.
    func created(since baseline: Statistics) -> GraphSnapshot {
        GraphSnapshot(nodes: (baseline.nodes..<nodeCount).map(graphNode),
                      relationships: (baseline.relationships..<relationshipCount).map(graphRelationship))
    }
}
