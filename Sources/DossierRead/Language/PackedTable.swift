/// A read-only hash table keyed by non-zero packed integers (trigrams, short words), with open
/// addressing and a multiplicative hash: one multiply and usually one probe per lookup, where a
/// `Dictionary` runs SipHash over every key. Keys and values sit side by side, so a lookup touches
/// one cache line, not one in a key array and another in a value array (the trigram lookups were
/// waiting on memory).
struct PackedTable<Value: Sendable>: Sendable {
    private var slots: [(key: UInt64, value: Value)]
    private let shift: UInt64
    private var mask: Int { slots.count - 1 }

    /// `entries` keys must be non-zero (zero marks an empty slot); a repeated key keeps its first value.
    init(_ entries: [(UInt64, Value)], filler: Value) {
        var capacity = 16, bits: UInt64 = 4
        while capacity < entries.count * 2 { capacity <<= 1; bits += 1 }
        slots = Array(repeating: (0, filler), count: capacity)
        shift = 64 - bits
        for (key, value) in entries where key != 0 {
            var slot = self.slot(key)
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            if slots[slot].key == 0 { slots[slot] = (key, value) }
        }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = self.slot(key)
        while true {
            let found = slots[slot]
            if found.key == 0 { return nil }
            if found.key == key { return found.value }
            slot = (slot + 1) & mask
        }
    }
}
