import Foundation

/// The character encodings the reader decodes itself, independent of the platform's Foundation.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "windows-1252"
    case windows1251 = "windows-1251"
    case koi8r = "KOI8-R"

    /// The encoding an IANA label names (`utf-8`, `ISO-8859-1`, `cp1251`, `koi8-r`, …), nil when unknown.
    ///
    /// ISO-8859-1 and US-ASCII are read as Windows-1252, as browsers do: 1252 is a superset of
    /// both for every byte that occurs in real text, and pages labelled Latin-1 often hold 1252 quotes.
    public init?(label: String) {
        let key = label.lowercased().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16", "utf-16le", "ucs-2", "unicode": self = .utf16LE
        case "utf-16be": self = .utf16BE
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252",
             "cp1252", "x-cp1252", "iso-8859-15", "latin-9", "cp819", "ibm819": self = .windows1252
        case "windows-1251", "cp1251", "x-cp1251": self = .windows1251
        case "koi8-r", "koi8r", "koi8", "cskoi8r", "koi8-u": self = .koi8r
        default: return nil
        }
    }
}

/// Text decoded from bytes, with how the encoding was chosen (for `--json` and diagnostics).
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
    /// How the encoding was chosen: `bom`, `zero-bytes` (UTF-16 without BOM), `declared`, `valid-utf8`, `statistics`.
    public var evidence: String
}

/// Bytes → String for every encoding the reader supports; invalid bytes become U+FFFD.
public enum TextDecoder {
    /// The encoding named by a byte-order mark, and the mark's length.
    public static func byteOrderMark(_ bytes: some Collection<UInt8>) -> (TextEncoding, Int)? {
        let b = Array(bytes.prefix(3))
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 without a BOM, recognised by the zero high bytes of ASCII characters.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let n = min(bytes.count, 512) & ~1
        guard n >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { zeroEven += 1 }
            if bytes[i + 1] == 0 { zeroOdd += 1 }
        }
        let pairs = n / 2
        if zeroOdd * 10 >= pairs * 7, zeroEven * 10 <= pairs { return .utf16LE }
        if zeroEven * 10 >= pairs * 7, zeroOdd * 10 <= pairs { return .utf16BE }
        return nil
    }

    /// Decodes with the BOM when present, else the declared encoding, else UTF-8 when the bytes
    /// are valid UTF-8, else the single-byte code page the letter statistics favour.
    public static func decode(_ data: Data, declared: TextEncoding? = nil) -> DecodedText {
        let bytes = [UInt8](data)
        if let (encoding, length) = byteOrderMark(bytes) {
            return DecodedText(text: decode(bytes[length...], as: encoding), encoding: encoding, evidence: "bom")
        }
        if let utf16 = unmarkedUTF16(bytes) {
            return DecodedText(text: decode(bytes[...], as: utf16), encoding: utf16, evidence: "zero-bytes")
        }
        if let declared, declared != .utf8 {
            return DecodedText(text: decode(bytes[...], as: declared), encoding: declared, evidence: "declared")
        }
        if let text = String(validatingUTF8Bytes: bytes) {
            return DecodedText(text: text, encoding: .utf8, evidence: declared == nil ? "valid-utf8" : "declared")
        }
        let guess = CodePageGuesser.guess(bytes)
        return DecodedText(text: decode(bytes[...], as: guess), encoding: guess, evidence: "statistics")
    }

    /// Decodes bytes in a known encoding; never fails.
    public static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = bytes.startIndex
            while i + 1 < bytes.endIndex {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(encoding == .utf16LE ? a | b << 8 : a << 8 | b)
                i += 2
            }
            if i < bytes.endIndex { units.append(0xFFFD) }
            return String(decoding: units, as: UTF16.self)
        case .windows1252: return decodeSingleByte(bytes, upperHalf: CodePageTables.windows1252)
        case .windows1251: return decodeSingleByte(bytes, upperHalf: CodePageTables.windows1251)
        case .koi8r: return decodeSingleByte(bytes, upperHalf: CodePageTables.koi8r)
        }
    }

    static func decodeSingleByte(_ bytes: ArraySlice<UInt8>, upperHalf: [UInt16]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let code = b < 0x80 ? UInt32(b) : UInt32(upperHalf[Int(b) - 0x80])
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// The encoding named in an XML declaration (`<?xml version="1.0" encoding="…"?>`), read
    /// from the first bytes as ASCII; nil when absent or unknown.
    public static func declaredXMLEncoding(_ bytes: some Collection<UInt8>) -> TextEncoding? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.dropFirst().hasPrefix("<?xml"),
              let end = head.range(of: "?>"),
              let attribute = head[..<end.lowerBound].range(of: "encoding") else { return nil }
        let rest = head[attribute.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let label = rest.dropFirst().prefix { $0 != quote }
        return TextEncoding(label: String(label))
    }
}

extension String {
    /// The string when the bytes are valid UTF-8, nil otherwise (no replacement).
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard UTF8Validation.isValid(bytes) else { return nil }
        self = String(decoding: bytes, as: UTF8.self)
    }
}

enum UTF8Validation {
    /// True when every byte sequence is well-formed UTF-8; runs over the bytes without copying them.
    static func isValid(_ bytes: some Sequence<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
