/// A small JSON reader over one line's bytes, for the benchmark graphs' JSON lines: it decodes
/// straight into `Val` without Foundation's boxed `Any` tree, which made loading the 1M graph take
/// minutes. It accepts standard JSON (objects, arrays, strings with escapes, numbers, literals);
/// it returns nil on anything it does not understand, and the loader then falls back to
/// `JSONSerialization` for that line, so an odd line costs time, never correctness.
struct JSONLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The line's top-level object, or nil when the line is not plain JSON this scanner reads.
    static func object(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Val]? {
        var scanner = JSONLineScanner(bytes)
        guard case .map(let m)? = scanner.value() else { return nil }
        scanner.skipSpace()
        return scanner.at == bytes.count ? m : nil
    }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0D || bytes[at] == 0x0A { at += 1 }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private mutating func value() -> Val? {
        skipSpace()
        guard at < bytes.count else { return nil }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            at += 1
            var map: [String: Val] = [:]
            if consume(UInt8(ascii: "}")) { return .map(map) }
            repeat {
                skipSpace()
                guard let key = string(), consume(UInt8(ascii: ":")), let v = value() else { return nil }
                map[key] = v
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "}")) ? .map(map) : nil
        case UInt8(ascii: "["):
            at += 1
            var list: [Val] = []
            if consume(UInt8(ascii: "]")) { return .list(list) }
            repeat {
                guard let v = value() else { return nil }
                list.append(v)
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "]")) ? .list(list) : nil
        case UInt8(ascii: "\""): return string().map { .string($0) }
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString, _ v: Val) -> Val? {
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count else { return nil }
        for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return nil }
        at += n
        return v
    }

    /// Integers stay integers (as JSONSerialization's loader kept them); a fraction or exponent makes a float.
    private mutating func number() -> Val? {
        let start = at
        var isFloat = false
        while at < bytes.count {
            let b = bytes[at]
            if b >= 0x30 && b <= 0x39 || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                isFloat = true
            } else { break }
            at += 1
        }
        guard at > start else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        if !isFloat, let i = Int64(text) { return .int(i) }
        return Double(text).map { .double($0) }
    }

    /// A string at the cursor (which must be on its opening quote); escapes decoded.
    private mutating func string() -> String? {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
        at += 1
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
        guard at < bytes.count else { return nil }
        if bytes[at] == UInt8(ascii: "\"") {
            defer { at += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        }
        var utf8 = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") { at += 1; return String(decoding: utf8, as: UTF8.self) }
            if b != UInt8(ascii: "\\") { utf8.append(b); at += 1; continue }
            guard at + 1 < bytes.count else { return nil }
            let e = bytes[at + 1]
            at += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(e)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(code) {
                    guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return nil }
                    at += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            at += 1
        }
        return v
    }
}
