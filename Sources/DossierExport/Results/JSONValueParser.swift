import DossierModel

/// Parses JSON text into a `Value`, keeping `1` an integer and `1.0` a float
/// (Foundation's decoders blur the two). Used for `--param NAME=JSON` and `:param`.
public struct JSONValueParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Parses one complete JSON value; trailing text other than whitespace is an error.
    public static func parse(_ text: String) throws -> Value {
        var parser = JSONValueParser(scalars: Array(text.unicodeScalars))
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == parser.scalars.count else { throw parser.error("unexpected text after the value") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func error(_ message: String) -> Diagnostic {
        Diagnostic(code: "InvalidJSON", message: "\(message) at character \(index + 1)",
                   position: SourcePosition(line: 1, column: index + 1))
    }

    private mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1 }
    }

    private mutating func expect(_ word: String) throws {
        for s in word.unicodeScalars {
            guard current == s else { throw error("expected \(word)") }
            index += 1
        }
    }

    private mutating func parseValue() throws -> Value {
        skipWhitespace()
        guard let c = current else { throw error("expected a value") }
        switch c {
        case "n": try expect("null"); return .null
        case "t": try expect("true"); return .bool(true)
        case "f": try expect("false"); return .bool(false)
        case "\"": return .string(try parseString())
        case "[":
            index += 1
            var items: [Value] = []
            skipWhitespace()
            if current == "]" { index += 1; return .list(items) }
            while true {
                items.append(try parseValue())
                skipWhitespace()
                if current == "," { index += 1; continue }
                if current == "]" { index += 1; return .list(items) }
                throw error("expected , or ]")
            }
        case "{":
            index += 1
            var map: [String: Value] = [:]
            skipWhitespace()
            if current == "}" { index += 1; return .map(map) }
            while true {
                skipWhitespace()
                guard current == "\"" else { throw error("expected a key string") }
                let key = try parseString()
                skipWhitespace()
                guard current == ":" else { throw error("expected :") }
                index += 1
                map[key] = try parseValue()
                skipWhitespace()
                if current == "," { index += 1; continue }
                if current == "}" { index += 1; return .map(map) }
                throw error("expected , or }")
            }
        default:
            return try parseNumber()
        }
    }

    private mutating func parseNumber() throws -> Value {
        let start = index
        var isFloat = false
        if current == "-" { index += 1 }
        while let c = current, ("0"..."9").contains(c) || c == "." || c == "e" || c == "E" || c == "+" || c == "-" {
            if c == "." || c == "e" || c == "E" { isFloat = true }
            index += 1
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if !isFloat, let i = Int64(text) { return .int(i) }
        if let d = Double(text), !text.isEmpty, text != "-" { return .double(d) }
        index = start
        throw error("expected a value")
    }

    private mutating func parseString() throws -> String {
        index += 1  // opening quote
        var out = String.UnicodeScalarView()
        while let c = current {
            index += 1
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = current else { throw error("unfinished escape") }
                index += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "u": out.append(try parseUnicodeEscape())
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= scalars.count,
              let v = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
        else { throw error("bad \\u escape") }
        index += 4
        return v
    }

    /// A `\uXXXX` escape, joining UTF-16 surrogate pairs; a lone surrogate becomes U+FFFD.
    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800..<0xDC00).contains(high), current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
            index += 2
            let low = try parseHex4()
            if (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            }
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }
}
