import Foundation

/// Finds how an HTML page's bytes are encoded and hands libxml2 valid UTF-8 only, so the parser never
/// meets an encoding error mid-page (libxml2 2.9 would switch to Latin-1 or stop) and invalid bytes
/// become U+FFFD. Order: BOM, then a declaration in the first bytes (`<meta charset>`, `http-equiv`,
/// `<?xml encoding?>`), then UTF-8 if the bytes are valid, then a byte-statistics guess.
enum HTMLCharset {
    enum Encoding: Equatable, Sendable {
        case utf8, utf16LE, utf16BE
        case singleByte(SingleByteCodePage)

        var name: String {
            switch self {
            case .utf8: return "utf-8"
            case .utf16LE: return "utf-16le"
            case .utf16BE: return "utf-16be"
            case .singleByte(let page): return page.rawValue
            }
        }
    }

    /// Calls `body` with UTF-8 bytes of the page and the encoding that was detected.
    static func withUTF8<R>(_ data: Data, _ body: (UnsafeRawBufferPointer, Encoding) -> R) -> R {
        data.withUnsafeBytes { raw in
            let (encoding, bomLength) = detect(raw)
            let payload = UnsafeRawBufferPointer(rebasing: raw[bomLength...])
            switch encoding {
            case .utf8:
                if isValidUTF8(payload) { return body(payload, .utf8) }
                let repaired = Array(String(decoding: payload, as: UTF8.self).utf8)
                return repaired.withUnsafeBytes { body($0, .utf8) }
            case .utf16LE, .utf16BE:
                let converted = decodeUTF16(payload, littleEndian: encoding == .utf16LE)
                return converted.withUnsafeBytes { body($0, encoding) }
            case .singleByte(let page):
                let converted = page.decodeToUTF8(payload)
                return converted.withUnsafeBytes { body($0, encoding) }
            }
        }
    }

    /// A UTF-16 byte-order mark, or `<` as a UTF-16 code unit.
    static func utf16Start(_ bytes: UnsafeRawBufferPointer) -> (Encoding, Int)? {
        let n = bytes.count
        if n >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LE, 2) }
        if n >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BE, 2) }
        if n >= 4, bytes[0] == 0x3C, bytes[1] == 0, bytes[2] != 0, bytes[3] == 0 { return (.utf16LE, 0) }
        if n >= 4, bytes[0] == 0, bytes[1] == 0x3C, bytes[2] == 0, bytes[3] != 0 { return (.utf16BE, 0) }
        return nil
    }

    static func startsAsUTF16(_ bytes: UnsafeRawBufferPointer) -> Bool { utf16Start(bytes) != nil }

    /// The encoding, and how many leading bytes are a byte-order mark.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> (Encoding, Int) {
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if let utf16 = utf16Start(bytes) { return utf16 }
        if let declared = declaredEncoding(UnsafeRawBufferPointer(rebasing: bytes.prefix(8192))) {
            return (declared, 0)
        }
        if isValidUTF8(bytes) { return (.utf8, 0) }
        return (.singleByte(guessSingleByte(bytes)), 0)
    }

    /// Maps a charset label to an encoding we decode; UTF-16 labels in an ASCII-compatible page mean UTF-8.
    static func encoding(label: String) -> Encoding? {
        let l = label.lowercased().trimmed
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso-8859-15", "latin-9", "iso8859-15": return .singleByte(.windows1252)
        case "windows-1251", "cp1251", "x-cp1251": return .singleByte(.windows1251)
        case "koi8-r", "koi8r", "koi8", "koi8-u", "cskoi8r": return .singleByte(.koi8R)
        default: return nil
        }
    }

    /// `charset=` inside a `<meta …>` tag or `encoding=` in an XML declaration, in the page's first bytes.
    /// A plain byte scan: this runs on every page, before parsing.
    static func declaredEncoding(_ head: UnsafeRawBufferPointer) -> Encoding? {
        let n = head.count
        func lower(_ i: Int) -> UInt8 { let c = head[i]; return c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        func matches(_ word: StaticString, at i: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= n else { return false }
            for k in 0..<count where lower(i + k) != word.utf8Start[k] { return false }
            return true
        }
        /// The label after `key` `=` (optional spaces and quotes) within `i..<end`.
        func label(after key: StaticString, from start: Int, to end: Int) -> String? {
            var i = start
            while i < end {
                if matches(key, at: i) {
                    var j = i + key.utf8CodeUnitCount
                    while j < end, head[j] == 0x20 { j += 1 }
                    if j < end, head[j] == 0x3D {
                        j += 1
                        while j < end, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                        var k = j
                        while k < end, isLabelByte(lower(k)) { k += 1 }
                        if k > j { return String(decoding: UnsafeRawBufferPointer(rebasing: head[j..<k]), as: UTF8.self) }
                    }
                }
                i += 1
            }
            return nil
        }
        if matches("<?xml", at: 0), let end = (0..<n).first(where: { head[$0] == 0x3E }),
           let l = label(after: "encoding", from: 5, to: end), let e = encoding(label: l) {
            return e
        }
        var i = 0
        while i + 5 < n {
            if head[i] == 0x3C, matches("<meta", at: i) {
                var end = i + 5
                while end < n, head[end] != 0x3E { end += 1 }
                if let l = label(after: "charset", from: i + 5, to: end), let e = encoding(label: l) { return e }
                i = end
            }
            i += 1
        }
        return nil
    }

    private static func isLabelByte(_ c: UInt8) -> Bool {
        c == 0x2D || c == 0x5F || c == 0x3A || c == 0x2E || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A)
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates), with an ASCII fast path.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        while i < n {
            // 32, then eight ASCII bytes at a time: most of a page is markup.
            while i + 32 <= n, (base.loadUnaligned(fromByteOffset: i, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                    & 0x8080_8080_8080_8080 == 0 { i += 32 }
            while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard i + length <= n, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return false }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    /// Undeclared, not UTF-8: Cyrillic pages have most letters above 0x7F; in Windows-1251 the
    /// frequent lower-case letters (о е а и н т с р) sit at 0xE0–0xFF, in KOI8-R at 0xC0–0xDF.
    static func guessSingleByte(_ bytes: UnsafeRawBufferPointer) -> SingleByteCodePage {
        var asciiLetters = 0, high = 0, cp1251Score = 0, koi8Score = 0
        let frequent1251: Set<UInt8> = [0xEE, 0xE5, 0xE0, 0xE8, 0xED, 0xF2, 0xF1, 0xF0]
        let frequentKOI8: Set<UInt8> = [0xCF, 0xC5, 0xC1, 0xC9, 0xCE, 0xD4, 0xD3, 0xD2]
        for c in bytes {
            if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { asciiLetters += 1 } else if c >= 0xC0 {
                high += 1
                if frequent1251.contains(c) { cp1251Score += 1 }
                if frequentKOI8.contains(c) { koi8Score += 1 }
            }
        }
        // Markup is ASCII, so compare against letters and require a real share of high bytes.
        guard high > 20, Double(high) > 0.15 * Double(asciiLetters + high) else { return .windows1252 }
        return koi8Score > cp1251Score ? .koi8R : .windows1251
    }

    private static func decodeUTF16(_ bytes: UnsafeRawBufferPointer, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
