/// A set of node indexes for `count(DISTINCT n)`: hashed while small, a bitmap
/// once it holds more than 1/128 of the universe (where the bitmap is the smaller of the two),
/// so a distinct count over many nodes costs a bit test per row instead of a hash insertion.
struct NodeIndexSet {
    private var hashed: Set<Int> = []
    private var bits: [UInt64] = []

    /// Inserts `n`; true when it was new. `universe` is the number of nodes in the graph.
    @inline(__always)
    mutating func insert(_ n: Int, universe: Int) -> Bool {
        if bits.isEmpty {
            guard hashed.insert(n).inserted else { return false }
            if hashed.count > 1024 && hashed.count > universe / 128 { switchToBitmap(universe) }
            return true
        }
        let word = n >> 6, mask = UInt64(1) << UInt64(n & 63)
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word - bits.count + 1)) }
        if bits[word] & mask != 0 { return false }
        bits[word] |= mask
        return true
    }

    private mutating func switchToBitmap(_ universe: Int) {
        bits = [UInt64](repeating: 0, count: max(universe, (hashed.max() ?? 0) + 1) / 64 + 1)
        for n in hashed { bits[n >> 6] |= UInt64(1) << UInt64(n & 63) }
        hashed = []
    }
}

/// Node index → small integer (a group number): a dictionary while few nodes are mapped, a dense
/// array over all nodes once many are, so a grouping by node costs an array read per row.
struct NodeIndexMap {
    private var hashed: [Int: Int32] = [:]
    private var dense: [Int32] = []

    subscript(_ n: Int) -> Int? {
        if dense.isEmpty { return hashed[n].map(Int.init) }
        guard n < dense.count, dense[n] >= 0 else { return nil }
        return Int(dense[n])
    }

    mutating func set(_ n: Int, _ value: Int, universe: Int) {
        guard dense.isEmpty else {
            if n >= dense.count { dense.append(contentsOf: repeatElement(-1, count: n - dense.count + 1)) }
            dense[n] = Int32(truncatingIfNeeded: value)
            return
        }
        hashed[n] = Int32(truncatingIfNeeded: value)
        if hashed.count > 4096 && hashed.count > universe / 64 {
            dense = [Int32](repeating: -1, count: max(universe, (hashed.keys.max() ?? 0) + 1))
            for (k, v) in hashed { dense[k] = v }
            hashed = [:]
        }
    }
}
