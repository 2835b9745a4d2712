/// The upper halves (bytes 0x80–0xFF) of the single-byte code pages that pages still declare.
/// The tables are `CodePageTables` (shared with the text reader) rather than iconv, so undefined bytes become U+FFFD instead of stopping libxml2.
enum SingleByteCodePage: String, Sendable {
    case latin1 = "iso-8859-1"
    case windows1252 = "windows-1252"
    case windows1251 = "windows-1251"
    case koi8R = "koi8-r"

    /// Decodes bytes to UTF-8 bytes.
    func decodeToUTF8(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        let high: [UInt16]
        switch self {
        case .latin1: high = []
        case .windows1252: high = CodePageTables.windows1252
        case .windows1251: high = CodePageTables.windows1251
        case .koi8R: high = CodePageTables.koi8r
        }
        for byte in bytes {
            if byte < 0x80 { out.append(byte); continue }
            let scalar = high.isEmpty ? UInt32(byte) : UInt32(high[Int(byte) - 0x80])
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6))); out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12))); out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}
