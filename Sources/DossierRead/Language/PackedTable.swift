/// A read-only hash table keyed by non-zero packed integers (trigrams, short words), with open
/// addressing and a multiplicative hash: one multiply and usually one probe per lookup, where a
/// `Dictionary` runs SipHash over every key.
struct PackedTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let shift: UInt64
    private var mask: Int { keys.count - 1 }

    /// `entries` keys must be non-zero (zero marks an empty slot); a repeated key keeps its first value.
    init(_ entries: [(UInt64, Value)], filler: Value) {
        var capacity = 16, bits: UInt64 = 4
        while capacity < entries.count * 3 { capacity <<= 1; bits += 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: filler, count: capacity)
        shift = 64 - bits
        for (key, value) in entries where key != 0 {
            var slot = self.slot(key)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { keys[slot] = key; values[slot] = value }
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = self.slot(key)
        while true {
            let found = keys[slot]
            if found == 0 { return nil }
            if found == key { return values[slot] }
            slot = (slot + 1) & mask
        }
    }
}
