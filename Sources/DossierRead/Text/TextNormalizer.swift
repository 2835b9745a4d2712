/// Cleans the whitespace of one text block before it becomes a paragraph.
///
/// Non-breaking and other exotic spaces become plain spaces, soft hyphens and zero-width
/// characters disappear, runs of spaces shrink to one, and lines are trimmed; single line
/// breaks inside a block survive (they end a sentence), blank lines do not.
enum TextNormalizer {
    static func normalize(_ block: String) -> String {
        var block = block
        let changed: String? = block.withUTF8 { isNormalized($0) ? nil : normalize(utf8: $0) }
        return changed ?? block
    }

    /// True when `normalize` would give the same bytes back: every space or line break single and
    /// between two kept characters, nothing to drop or replace. Blocks from the HTML scanner
    /// usually are, and keep their string.
    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterKept = false
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead > 0x20 && lead < 0x7F { afterKept = true; i += 1; continue }
            if lead == 0x20 || lead == 0x0A {
                guard afterKept else { return false }
                afterKept = false; i += 1; continue
            }
            guard lead >= 0x80 else { return false }   // other control characters are dropped
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= bytes.count else { return false }
            switch scalarValue(bytes, at: i, length: length) {
            case 0x80...0xA0, 0xAD, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
                return false
            default:
                afterKept = true
            }
            i += length
        }
        return afterKept || bytes.isEmpty
    }

    /// Works on the UTF-8 bytes: printable ASCII is copied as is, and only multi-byte sequences
    /// are decoded to be classified (a Swift string is always valid UTF-8).
    static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false, pendingNewline = false
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= bytes.count else { break }
            if lead > 0x20 && lead < 0x7F {
                if pendingNewline { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
                pendingNewline = false; pendingSpace = false
                out.append(lead)
                i += 1
                continue
            }
            switch scalarValue(bytes, at: i, length: length) {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                pendingNewline = !out.isEmpty
                pendingSpace = false
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x00...0x1F, 0x7F...0x9F:
                break   // other control characters carry no text
            default:
                if pendingNewline { out.append(0x0A) } else if pendingSpace { out.append(0x20) }
                pendingNewline = false; pendingSpace = false
                out.append(contentsOf: bytes[i..<i + length])
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar encoded by the `length` bytes at `i`.
    @inline(__always)
    static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        switch length {
        case 1: return UInt32(bytes[i])
        case 2: return UInt32(bytes[i] & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: return UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        default:
            return UInt32(bytes[i] & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        }
    }
}
