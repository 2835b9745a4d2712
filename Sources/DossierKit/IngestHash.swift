import Foundation

/// SHA-256 (FIPS 180-4), hex-encoded: the content id of documents and files. Foundation on
/// Linux has no CryptoKit, and one small function is cheaper than a package.
enum IngestHash {
    static func sha256Hex(_ data: Data) -> String {
        hex(sha256(Array(data)))
    }

    static func sha256Hex(_ text: String) -> String { sha256Hex(Data(text.utf8)) }

    fileprivate static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func sha256(_ message: [UInt8]) -> [UInt8] {
        var hasher = Hasher256()
        hasher.update(message)
        return hasher.finish()
    }

    /// SHA-256 fed in pieces, so a large file can be hashed while it is read in chunks.
    struct Hasher256 {
        private var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        private var pending: [UInt8] = []
        private var length: UInt64 = 0
        private var w = [UInt32](repeating: 0, count: 64)

        mutating func update<S: Collection>(_ bytes: S) where S.Element == UInt8 {
            length += UInt64(bytes.count)
            pending.append(contentsOf: bytes)
            let whole = pending.count - pending.count % 64
            guard whole > 0 else { return }
            pending.withUnsafeBufferPointer { buffer in
                for chunk in stride(from: 0, to: whole, by: 64) { compress(buffer, at: chunk) }
            }
            pending.removeFirst(whole)
        }

        mutating func finish() -> [UInt8] {
            let bitLength = length * 8
            var tail: [UInt8] = [0x80]
            while (pending.count + tail.count) % 64 != 56 { tail.append(0) }
            for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
            pending.append(contentsOf: tail)
            pending.withUnsafeBufferPointer { buffer in
                for chunk in stride(from: 0, to: buffer.count, by: 64) { compress(buffer, at: chunk) }
            }
            pending = []
            return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - UInt32($0) * 8)) } }
        }

        /// One 64-byte block. Raw pointers and locals keep the debug build fast enough to hash
        /// the extractor's lexicons on every ingest (exclusivity checks dominate otherwise).
        private mutating func compress(_ bytes: UnsafeBufferPointer<UInt8>, at chunk: Int) {
            @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
            var state = h
            w.withUnsafeMutableBufferPointer { w in
                IngestHash.k.withUnsafeBufferPointer { k in
                    state.withUnsafeMutableBufferPointer { h in
                        let p = bytes.baseAddress! + chunk
                        for t in 0..<16 {
                            w[t] = UInt32(p[t * 4]) << 24 | UInt32(p[t * 4 + 1]) << 16 | UInt32(p[t * 4 + 2]) << 8 | UInt32(p[t * 4 + 3])
                        }
                        for t in 16..<64 {
                            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                        for t in 0..<64 {
                            let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
                        }
                        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
                    }
                }
            }
            h = state
        }
    }

    static func hex(_ digest: [UInt8]) -> String { digest.map { String(format: "%02x", $0) }.joined() }

    /// The SHA-256 of a file read 1 MB at a time (imports can be hundreds of megabytes).
    static func sha256Hex(fileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = Hasher256()
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            hasher.update(chunk)
        }
        return hex(hasher.finish())
    }
}
