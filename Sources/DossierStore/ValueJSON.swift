import DossierModel

/// JSON text ↔ `Value` without Foundation: the store decodes millions of property maps when
/// it loads a snapshot or imports a graph, and JSONSerialization is the bottleneck there.
public enum ValueJSON {
    /// Compact JSON with sorted keys, so equal maps give equal text.
    public static func encode(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    public static func encode(_ map: [String: Value]) -> String { encode(.map(map)) }

    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite { var s = String(d); if !s.contains(".") && !s.contains("e") { s += ".0" }; out += s } else { out += "null" }
        case .string(let s): writeString(s, into: &out)
        case .list(let l):
            out += "["
            for (i, v) in l.enumerated() { if i > 0 { out += "," }; write(v, into: &out) }
            out += "]"
        case .map(let m):
            out += "{"
            for (i, k) in m.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                writeString(k, into: &out); out += ":"; write(m[k]!, into: &out)
            }
            out += "}"
        }
    }

    static func writeString(_ s: String, into out: inout String) { out += JSONString.quoted(s) }

    /// Parses one JSON value; nil when the text is not valid JSON.
    public static func decode(_ text: String) -> Value? {
        var text = text
        return text.withUTF8 { buf in
            var p = Parser(bytes: buf)
            guard let v = p.value() else { return nil }
            p.skipSpace()
            return p.i == buf.count ? v : nil
        }
    }

    public static func decodeMap(_ text: String) -> [String: Value] {
        if text == "{}" { return [:] }
        if case .map(let m)? = decode(text) { return m }
        return [:]
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func literal(_ word: StaticString, _ v: Value) -> Value? {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return nil }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return nil }
            i += n
            return v
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var m: [String: Value] = [:]
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                while true {
                    skipSpace()
                    guard let k = string() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    m[k] = v
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(m) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                var l: [Value] = []
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .list(l) }
                while true {
                    guard let v = value() else { return nil }
                    l.append(v)
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(l) }
                    return nil
                }
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func number() -> Value? {
            let start = i
            var isDouble = false
            while i < bytes.count {
                let c = bytes[i]
                if (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { i += 1 }
                else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isDouble = true; i += 1 }
                else { break }
            }
            guard i > start else { return nil }
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            if !isDouble, let v = Int64(s) { return .int(v) }
            return Double(s).map(Value.double)
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var raw = Array(bytes[start..<i])
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") { i += 1; return String(decoding: raw, as: UTF8.self) }
                if c != UInt8(ascii: "\\") { raw.append(c); i += 1; continue }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]; i += 1
                switch e {
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        guard let low = hex4() else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
                    }
                    raw.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                default: raw.append(e)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + 4]), as: UTF8.self)
            i += 4
            return UInt32(s, radix: 16)
        }
    }
}
