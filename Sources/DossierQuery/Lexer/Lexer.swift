/// Query text → tokens. Works on Unicode scalars so offsets match error positions.
struct Lexer {
    let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ source: String) { scalars = Array(source.unicodeScalars) }

    static func tokenize(_ source: String) throws(QueryError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let t = try lexer.next()
            tokens.append(t)
            if t.kind == .end { return tokens }
        }
    }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? {
        index + k < scalars.count ? scalars[index + k] : nil
    }

    private static let twoCharSymbols: Set<String> = ["<>", "<=", ">=", "=~", "..", "+=", "->", "<-", "!="]
    private static let oneCharSymbols: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "<", ">", "+", "-", "*", "/", "%", "^", "|", "$",
    ]

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }
    static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .connectorPunctuation
    }

    mutating func skipTrivia() throws(QueryError) {
        while let c = peek() {
            if c.properties.isWhitespace { index += 1; continue }
            if c == "/", peek(1) == "/" {
                while let d = peek(), d != "\n" { index += 1 }
                continue
            }
            if c == "/", peek(1) == "*" {
                let start = index
                index += 2
                while true {
                    guard let d = peek() else { throw .syntax("UnexpectedSyntax", "unterminated comment", at: start) }
                    if d == "*", peek(1) == "/" { index += 2; break }
                    index += 1
                }
                continue
            }
            return
        }
    }

    mutating func next() throws(QueryError) -> Token {
        try skipTrivia()
        let start = index
        guard let c = peek() else { return Token(kind: .end, start: index, end: index) }
        if Lexer.isIdentifierStart(c) {
            while let d = peek(), Lexer.isIdentifierPart(d) { index += 1 }
            return Token(kind: .identifier(text(start, index)), start: start, end: index)
        }
        if c == "`" {
            index += 1
            var name = String.UnicodeScalarView()
            while true {
                guard let d = peek() else { throw .syntax("UnexpectedSyntax", "unterminated quoted name", at: start) }
                index += 1
                if d == "`" {
                    if peek() == "`" { name.append("`"); index += 1; continue }
                    break
                }
                name.append(d)
            }
            return Token(kind: .quotedIdentifier(String(name)), start: start, end: index)
        }
        if c.properties.numericType != nil && c.value < 128 || (c == "." && (peek(1).map { $0.value >= 48 && $0.value <= 57 } ?? false)) {
            return try number(start)
        }
        if c == "'" || c == "\"" { return try string(quote: c, start: start) }
        if c == "$" {
            index += 1
            if let d = peek(), Lexer.isIdentifierStart(d) || (d.value >= 48 && d.value <= 57) {
                let nameStart = index
                while let e = peek(), Lexer.isIdentifierPart(e) { index += 1 }
                return Token(kind: .parameter(text(nameStart, index)), start: start, end: index)
            }
            if peek() == "`" {
                let quoted = try next()
                if case .quotedIdentifier(let n) = quoted.kind { return Token(kind: .parameter(n), start: start, end: index) }
            }
            throw .syntax("UnexpectedSyntax", "expected a parameter name after '$'", at: start)
        }
        if let d = peek(1) {
            var pair = String.UnicodeScalarView(); pair.append(c); pair.append(d)
            let s = String(pair)
            if Lexer.twoCharSymbols.contains(s) {
                index += 2
                return Token(kind: .symbol(s), start: start, end: index)
            }
        }
        if Lexer.oneCharSymbols.contains(c) {
            index += 1
            return Token(kind: .symbol(String(c)), start: start, end: index)
        }
        // Dashes and arrows from other scripts are a classic copy-paste accident.
        if c.value >= 128 { throw .syntax("InvalidUnicodeCharacter", "unexpected character '\(c)'", at: start) }
        throw .syntax("UnexpectedSyntax", "unexpected character '\(c)'", at: start)
    }

    private func text(_ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return String(v)
    }

    private func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 48 && $0.value <= 57 } ?? false }

    private mutating func number(_ start: Int) throws(QueryError) -> Token {
        if peek() == "0", let x = peek(1), x == "x" || x == "o" {
            index += 2
            while let d = peek(), Lexer.isIdentifierPart(d) { index += 1 }
            return Token(kind: .integer(text(start, index)), start: start, end: index)
        }
        var isFloat = false
        while isDigit(peek()) { index += 1 }
        if peek() == ".", isDigit(peek(1)) {
            isFloat = true
            index += 1
            while isDigit(peek()) { index += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            let save = index
            index += 1
            if let s = peek(), s == "-" || s == "+" { index += 1 }
            if isDigit(peek()) {
                isFloat = true
                while isDigit(peek()) { index += 1 }
            } else { index = save }
        }
        // `9223372h54775808`: a number running into letters is not a number.
        if let d = peek(), Lexer.isIdentifierPart(d) {
            while let e = peek(), Lexer.isIdentifierPart(e) { index += 1 }
            throw .syntax("InvalidNumberLiteral", "invalid number literal '\(text(start, index))'", at: start)
        }
        let t = text(start, index)
        return Token(kind: isFloat ? .float(t) : .integer(t), start: start, end: index)
    }

    private mutating func string(quote: Unicode.Scalar, start: Int) throws(QueryError) -> Token {
        index += 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw .syntax("UnexpectedSyntax", "unterminated string literal", at: start) }
            index += 1
            if c == quote { break }
            if c != "\\" { out.append(c); continue }
            guard let e = peek() else { throw .syntax("UnexpectedSyntax", "unterminated string literal", at: start) }
            index += 1
            switch e {
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "/": out.append("/")
            case "u", "U":
                let count = e == "u" ? 4 : 8
                var hex = ""
                for _ in 0..<count {
                    guard let h = peek(), h.properties.isASCIIHexDigit else {
                        throw .syntax("InvalidUnicodeLiteral", "invalid unicode escape", at: index - 2)
                    }
                    hex.unicodeScalars.append(h); index += 1
                }
                guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
                    throw .syntax("InvalidUnicodeLiteral", "invalid unicode escape", at: index - count - 2)
                }
                out.append(s)
            default:
                out.append("\\"); out.append(e)
            }
        }
        return Token(kind: .string(String(out)), start: start, end: index)
    }
}
