/// A word, number or punctuation mark with its Unicode-scalar span in the document text.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }
    let start: Int
    let end: Int
    let text: String
    /// Lower-cased, accent-free form with ’ written as ' (the lexicons' convention).
    let key: String
    let kind: Kind
    /// First letter upper case (`Moscou`, `CoreWeave`, `A100`, `États-Unis`).
    let isCapitalized: Bool
    /// Two or more letters, all upper case (`OFAC`, `BIS`, `U.S.`).
    let isAllCaps: Bool
    /// An upper-case letter after a lower-case one (`CoreWeave`, `iPhone`).
    let isCamel: Bool
    let hasDigit: Bool
    /// The token starts a line of the text (a paragraph or a headline).
    let startsLine: Bool
    /// Whitespace separates this token from the previous one.
    let spaceBefore: Bool

    /// The words that open a complement in either language (`chief executive of X`, `directeur de
    /// X`, `l'usine d'Y`, `le site du groupe`).
    static func isOfWord(_ key: String) -> Bool { key == "of" || key == "de" || key == "d'" || key == "du" }
    var isOf: Bool { Token.isOfWord(key) }
    /// The French preposition `à`: its key `a` is also the English article and the French verb.
    var isFrenchA: Bool { key == "a" && text.lowercased() == "à" }

    var isWord: Bool { kind == .word }
    /// Looks like a name on its own, whatever its position: capitalised, acronym, camel case,
    /// a web domain (`crypto.news`) or a model number (`A100`).
    var isNameLike: Bool {
        guard kind == .word else { return false }
        return isCapitalized || isAllCaps || isCamel || isDomain
    }
    var isDomain: Bool {
        guard kind == .word, let dot = text.lastIndex(of: ".") else { return false }
        let tld = text[text.index(after: dot)...]
        return tld.count >= 2 && tld.allSatisfy { $0.isLetter && $0.isLowercase } && !text.hasPrefix(".")
    }
}

/// Splits text into tokens with scalar offsets. Linear in the text size.
///
/// French elisions (`l'`, `d’`, `qu'`) become their own token, English `'s` too; hyphenated
/// words (`États-Unis`, `Texas-based`), domains (`crypto.news`), dotted acronyms (`U.S.`) and
/// decimal numbers (`44,7`, `1.4`) stay whole.
enum Tokenizer {
    static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var atLineStart = true
        var sawSpace = true
        while i < n {
            let s = scalars[i]
            if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" { atLineStart = true; sawSpace = true; i += 1; continue }
            if s == " " || s == "\t" { sawSpace = true; i += 1; continue }
            if s.properties.isWhitespace || s.properties.generalCategory == .control || s.properties.generalCategory == .format {
                sawSpace = true; i += 1; continue
            }
            let start = i
            if isWordScalar(s) {
                var j = i + 1
                while j < n {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    let next: Unicode.Scalar? = j + 1 < n ? scalars[j + 1] : nil
                    let nextIsWord = next.map(isWordScalar) ?? false
                    if isApostrophe(c) {
                        let sofar = fold(String(String.UnicodeScalarView(scalars[start..<j])))
                        if elisions.contains(sofar) && nextIsWord { j += 1; break }  // keep the apostrophe with the elision
                        if (next == "s" || next == "S"), j + 2 >= n || !isWordScalar(scalars[j + 2]) { break }  // English possessive
                        if nextIsWord { j += 1; continue }
                        break
                    }
                    if (c == "-" || c == "\u{2011}") && nextIsWord && isQualifierSuffix(scalars, j + 1) { break }
                    // `En+ Group`: a plus sign closing a capitalised word.
                    if c == "+", scalars[start].properties.isUppercase, next.map({ $0 == " " }) ?? true { j += 1; break }
                    if (c == "-" || c == "\u{2011}" || c == "&") && nextIsWord { j += 1; continue }
                    if (c == "." || c == ",") && nextIsWord, let nx = next {
                        let prev = scalars[j - 1]
                        let digits = prev.properties.numericType != nil && nx.properties.numericType != nil
                        let letters = c == "." && prev.properties.isAlphabetic && nx.properties.isAlphabetic
                        // `communiqué.Libéralisé`: two sentences glued when a page lost the space at a block end.
                        // `St.Petersburg` stays whole: the word before the dot must be longer than an abbreviation.
                        let glued = letters && prev.properties.isLowercase && nx.properties.isUppercase
                            && j + 2 < n && scalars[j + 2].properties.isLowercase && j - start >= 3
                        if (digits || letters) && !glued { j += 1; continue }
                    }
                    break
                }
                // Dotted acronym (U.S., U.K.): keep the final dot.
                if j < n, scalars[j] == ".", j - start >= 3, scalars[j - 2] == ".", scalars[j - 1].properties.isUppercase { j += 1 }
                tokens.append(makeToken(scalars, start, j, atLineStart, sawSpace))
                i = j
            } else if isApostrophe(s), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", i + 2 >= n || !isWordScalar(scalars[i + 2]) {
                tokens.append(makeToken(scalars, i, i + 2, atLineStart, sawSpace, kind: .punct))
                i += 2
            } else if isPluralPossessive(scalars, at: i, spaceBefore: sawSpace) {
                // `Meta Platforms’ data center`: after a final s the apostrophe alone is the possessive, read as `'s`.
                let t = makeToken(scalars, i, i + 1, atLineStart, sawSpace, kind: .punct)
                tokens.append(Token(start: t.start, end: t.end, text: t.text, key: "'s", kind: .punct, isCapitalized: false, isAllCaps: false,
                                   isCamel: false, hasDigit: false, startsLine: t.startsLine, spaceBefore: t.spaceBefore))
                i += 1
            } else {
                tokens.append(makeToken(scalars, i, i + 1, atLineStart, sawSpace, kind: .punct))
                i += 1
            }
            atLineStart = false
            sawSpace = false
        }
        return tokens
    }

    /// An apostrophe right after a word ending in `s`, before a space and a word, that closes no quotation
    /// opened earlier on the line (`‘Titans’ said`).
    private static func isPluralPossessive(_ scalars: [Unicode.Scalar], at i: Int, spaceBefore: Bool) -> Bool {
        let n = scalars.count
        guard isApostrophe(scalars[i]), !spaceBefore, i >= 2, ["s", "S"].contains(scalars[i - 1]), isWordScalar(scalars[i - 2]),
              i + 2 < n, scalars[i + 1] == " ", isWordScalar(scalars[i + 2]) else { return false }
        var k = i - 1
        while k >= 0, i - k < 120, scalars[k] != "\n" {
            if scalars[k] == "\u{2018}" { return false }
            if isApostrophe(scalars[k]), k == 0 || !isWordScalar(scalars[k - 1]) { return false }
            k -= 1
        }
        return true
    }

    /// `Moscow-based`, `state-owned`: the word before the hyphen is a name of its own.
    static let qualifierSuffixes: Set<String> = ["based", "headquartered", "owned", "listed", "registered", "born", "backed", "made", "linked", "controlled", "focused"]

    private static func isQualifierSuffix(_ scalars: [Unicode.Scalar], _ from: Int) -> Bool {
        var k = from
        var word = ""
        var lower = true
        while k < scalars.count, scalars[k].properties.isAlphabetic, word.count < 20 {
            if !scalars[k].properties.isLowercase { lower = false }
            word.unicodeScalars.append(scalars[k]); k += 1
        }
        if qualifierSuffixes.contains(word) { return true }
        // `Trump-branded`, `Nvidia-powered`: a capitalised word before a final lower-case English participle.
        let ends = k >= scalars.count || !(scalars[k] == "-" || scalars[k].properties.isAlphabetic)
        return lower && ends && word.count >= 4 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
    }

    private static func makeToken(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, _ lineStart: Bool, _ space: Bool,
                                  kind forced: Token.Kind? = nil) -> Token {
        let text = String(String.UnicodeScalarView(scalars[a..<b]))
        var letters = 0, upper = 0, digits = 0
        var camel = false, prevLower = false
        var firstLetterUpper: Bool? = nil
        for s in scalars[a..<b] {
            if s.value < 0x80 {
                let v = s.value
                if v >= 0x41 && v <= 0x5A {
                    letters += 1; upper += 1; if prevLower { camel = true }
                    if firstLetterUpper == nil { firstLetterUpper = true }
                    prevLower = false
                } else if v >= 0x61 && v <= 0x7A {
                    letters += 1
                    if firstLetterUpper == nil { firstLetterUpper = false }
                    prevLower = true
                } else if v >= 0x30 && v <= 0x39 { digits += 1 }
                continue
            }
            let p = s.properties
            if p.isAlphabetic {
                letters += 1
                if p.isUppercase { upper += 1; if prevLower { camel = true } }
                if firstLetterUpper == nil { firstLetterUpper = p.isUppercase }
                prevLower = p.isLowercase
            } else if p.numericType != nil { digits += 1 }
        }
        let kind: Token.Kind = forced ?? (letters == 0 && digits > 0 ? .number : (letters == 0 ? .punct : .word))
        let firstIsUpper = scalars[a].properties.isUppercase || (scalars[a].properties.numericType != nil && (firstLetterUpper ?? false))
        return Token(start: a, end: b, text: text, key: fold(text), kind: kind,
                     isCapitalized: kind == .word && firstIsUpper,
                     isAllCaps: letters >= 2 && upper == letters,
                     isCamel: camel, hasDigit: digits > 0, startsLine: lineStart, spaceBefore: space)
    }
}

/// Lower case, accents removed, typographic apostrophes as ASCII: the key used for every lookup.
func fold(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
    var out = String.UnicodeScalarView()
    for sc in s.unicodeScalars {
        if sc == "\u{2019}" || sc == "\u{02BC}" || sc == "\u{2018}" { out.append("'"); continue }
        if sc.value < 0x80 { out.append(sc); continue }
        let decomposed = String(sc).decomposedStringWithCanonicalMapping.unicodeScalars
        for d in decomposed where d.properties.generalCategory != .nonspacingMark { out.append(d) }
    }
    return String(out).lowercased()
}

/// A sentence as a range of token indices plus its scalar span.
struct Sentence: Sendable {
    let tokens: Range<Int>
    let start: Int
    let end: Int
}

/// Sentence boundaries over tokens: line breaks, and `.`/`!`/`?` before a capital, unless
/// the word before is an abbreviation (`M.`, `Dr.`). After a company form (`Corp.`, `Plc.`) the
/// period ends the sentence only before a usual sentence opener (`… Acme Corp. The firm …`), so
/// `a plan by Acme Corp. to build` and `Acme Corp. Chief Executive …` stay whole. Very long runs
/// are cut so later steps stay linear.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "m", "mme", "mlle", "jr", "sr", "gen", "sen",
        "rep", "gov", "no", "vs", "prof", "pr", "ste", "av", "approx", "fig", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec", "lt", "col", "capt", "mt", "ft",
    ]
    /// Legal forms and `etc`: a period after them may or may not close the sentence.
    static let companyForms: Set<String> = ["inc", "corp", "ltd", "co", "cie", "plc", "llc", "ltee", "intl", "bros", "pty", "etc"]
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
        "these", "those", "his", "her", "their", "there", "as", "for", "however", "meanwhile", "le", "la", "les", "l'",
        "il", "elle", "ils", "elles", "un", "une", "des", "ce", "cette", "ces", "selon", "mais", "et", "en", "dans",
        "pour", "sur", "au", "aux", "du", "de", "d'", "on", "son", "sa", "ses", "from",
    ]
    static let maxTokens = 120
    /// Words a letter ranks (`Series C`, `série B`, `Class A`): the letter is no initial.
    static let seriesWords: Set<String> = ["series", "serie", "class", "classe", "categorie", "category", "tranche", "phase", "plan", "type", "grade"]

    /// `… in a Series C. The round …`: a period after a series letter closes the sentence when a
    /// sentence opener follows (a name's initial, `John F. Kennedy`, follows a capitalised word).
    static func closesSeriesLetter(_ tokens: [Token], period i: Int) -> Bool {
        guard i >= 2, i + 1 < tokens.count, seriesWords.contains(tokens[i - 2].key) else { return false }
        return sentenceOpeners.contains(tokens[i + 1].key) && tokens[i + 1].isCapitalized
    }

    static func split(_ tokens: [Token]) -> [Sentence] {
        var result: [Sentence] = []
        var begin = 0
        func close(_ end: Int) {
            if end > begin { result.append(Sentence(tokens: begin..<end, start: tokens[begin].start, end: tokens[end - 1].end)) }
            begin = end
        }
        for i in tokens.indices {
            if i > begin && tokens[i].startsLine { close(i) }
            if i - begin >= maxTokens { close(i) }
            let t = tokens[i]
            // `… in the U.S. From there, …`: a dotted acronym keeps its period, which closes the sentence before an opener.
            if t.kind == .word, t.text.hasSuffix("."), t.text.count >= 4, i + 1 < tokens.count, !tokens[i + 1].startsLine, tokens[i + 1].isCapitalized,
               sentenceOpeners.contains(tokens[i + 1].key) { close(i + 1); continue }
            guard t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" || t.text == "…" else { continue }
            if t.text == ".", i > begin {
                let prev = tokens[i - 1]
                if prev.end == t.start && (abbreviations.contains(prev.key) || (prev.text.count == 1 && prev.isCapitalized)),
                   !closesSeriesLetter(tokens, period: i) { continue }
            }
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if t.text == ".", i > begin, tokens[i - 1].end == t.start, companyForms.contains(tokens[i - 1].key),
               let next, !next.startsLine, !sentenceOpeners.contains(next.key) { continue }
            if let next, !next.startsLine {
                let opensNext = next.isCapitalized || next.kind == .number || "«\"“(".contains(next.text)
                if !opensNext { continue }
            }
            close(i + 1)
        }
        close(tokens.count)
        return result
    }
}
