import Foundation

extension StringProtocol {
    /// Whether `needle`'s bytes occur in the string's UTF-8, by `memchr` on the first byte and
    /// `memcmp`: Foundation's `contains` bridges through NSString on Linux (it was a tenth of the
    /// HTML metadata time). Byte equality, no Unicode normalisation: callers look for ASCII markers.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            let found = utf8.withContiguousStorageIfAvailable { Self.search(n, in: $0) }
            return found ?? Array(utf8).withUnsafeBufferPointer { Self.search(n, in: $0) }
        }
    }

    private static func search(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = hay.baseAddress, hay.count >= needle.count else { return false }
        var i = 0
        let lastStart = hay.count - needle.count
        while i <= lastStart {
            guard let hit = memchr(base + i, Int32(first), lastStart - i + 1) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, needle.baseAddress!, needle.count) == 0 { return true }
            i += 1
        }
        return false
    }
}
