import DossierModel

/// Splits a paragraph into sentences for French and English news text.
///
/// A boundary is only ever placed after terminal punctuation (`.`, `!`, `?`, `…`), optionally
/// followed by closing quotes or brackets, and only at whitespace, so a sentence never cuts a
/// word, a number (`1.5`, `12,000`) or an acronym (`U.S.`). A period then needs the next word
/// to look like a sentence start, and the word before it must not be an abbreviation or an
/// initial. A line break inside a paragraph (a `<br>`, a list in plain text) always ends a sentence.
public enum SentenceSegmenter {
    /// Sentence spans (absolute scalar offsets) inside `range` of `scalars`, trimmed of whitespace.
    public static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = range.lowerBound
        func close(at end: Int) {
            var a = start, b = end
            while a < b, scalars[a].isWhitespaceFast { a += 1 }
            while b > a, scalars[b - 1].isWhitespaceFast { b -= 1 }
            if a < b { spans.append(TextSpan(start: a, end: b)) }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let c = scalars[i]
            if c == "\n" || c == "\u{2028}" {
                close(at: i); start = i + 1; i += 1; continue
            }
            guard Punctuation.isTerminal(c) else { i += 1; continue }
            // The run of terminal marks ("?!", "...") and the closers after it (» ” ) ').
            var j = i
            while j < range.upperBound, Punctuation.isTerminal(scalars[j]) { j += 1 }
            var k = j
            while k < range.upperBound {
                if Punctuation.isClosing(scalars[k]) { k += 1; continue }
                // French spacing: ". »" keeps the guillemet with its sentence.
                if Punctuation.isSpace(scalars[k]), k + 1 < range.upperBound, scalars[k + 1] == "»" { k += 2; continue }
                break
            }
            guard k == range.upperBound || scalars[k].isWhitespaceFast else { i = max(j, i + 1); continue }
            var next = k
            while next < range.upperBound, Punctuation.isSpace(scalars[next]) { next += 1 }
            if next < range.upperBound, scalars[next] == "\n" { i = next; continue }
            if next == range.upperBound || endsSentence(scalars, markStart: i, markEnd: j, next: next, range: range) {
                close(at: k); start = next
            }
            i = max(next, i + 1)
        }
        close(at: range.upperBound)
        return spans
    }

    static func endsSentence(_ s: [Unicode.Scalar], markStart: Int, markEnd: Int, next: Int, range: Range<Int>) -> Bool {
        // The marks are terminal scalars only, so scalar tests stand for the string tests.
        let marks = s[markStart..<markEnd]
        let following = s[next]
        let startsLikeSentence = following.properties.isUppercase || Punctuation.isOpening(following)
            || Punctuation.isDash(following) || ("0"..."9").contains(following)
        if marks.contains("!") || marks.contains("?") { return startsLikeSentence }
        if marks.contains("…") || (marks.count >= 2 && marks.prefix(2).allSatisfy { $0 == "." }) {
            return startsLikeSentence && !following.properties.isLowercase
        }
        guard startsLikeSentence else { return false }
        // A single period: look at the word it closes.
        var wordStart = markStart
        while wordStart > range.lowerBound, !s[wordStart - 1].isWhitespaceFast { wordStart -= 1 }
        if let verdict = Abbreviations.ordinaryWordEnds(s, wordStart..<markStart) { return verdict }
        var token = String(String.UnicodeScalarView(s[wordStart..<markStart]))
        while let first = token.unicodeScalars.first, Punctuation.isOpening(first) || first == "(" { token.removeFirst() }
        if token.isEmpty { return true }
        if Abbreviations.neverFinal.contains(token) { return false }
        if token.count == 1, token.first?.isUppercase == true { return false }   // an initial: J. P. Morgan
        let atLineStart = wordStart == range.lowerBound || s[wordStart - 1] == "\n"
        if token.allSatisfy(\.isNumber), atLineStart { return false }   // list marker "1."
        if Abbreviations.maybeFinal.contains(token) || Abbreviations.isDottedAcronym(token) {
            return Abbreviations.sentenceStarters.contains(word(in: s, from: next, limit: range.upperBound))
        }
        return true
    }

    /// The letters of the word starting at `from` (after any opening quote).
    static func word(in s: [Unicode.Scalar], from: Int, limit: Int) -> String {
        var i = from
        while i < limit, Punctuation.isOpening(s[i]) || Punctuation.isSpace(s[i]) { i += 1 }
        var view = String.UnicodeScalarView()
        while i < limit, s[i].properties.isAlphabetic { view.append(s[i]); i += 1 }
        return String(view)
    }
}

/// Character classes of the segmenter, as switches: a `Set` lookup hashes every scalar of the text.
enum Punctuation {
    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x2E, 0x21, 0x3F, 0x2026, 0x203D: return true; default: return false }
    }
    /// `"` `'` `»` `”` `’` `)` `]` `›`
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0x27, 0xBB, 0x201D, 0x2019, 0x29, 0x5D, 0x203A: return true; default: return false }
    }
    /// `"` `'` `«` `“` `‘` `(` `[` `‹` `„`
    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x22, 0x27, 0xAB, 0x201C, 0x2018, 0x28, 0x5B, 0x2039, 0x201E: return true; default: return false }
    }
    /// `-` `–` `—` `•`
    static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value { case 0x2D, 0x2013, 0x2014, 0x2022: return true; default: return false }
    }
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{A0}" || c == "\u{202F}" }
}

/// Abbreviations of English and French news text, written without their final period.
enum Abbreviations {
    /// Never end a sentence: titles, "No.", month and reference abbreviations.
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Ste", "Sr", "Gen", "Gov", "Sen", "Rep", "Rev", "Hon",
        "Col", "Lt", "Capt", "Sgt", "Adm", "Maj", "Pres", "Mt", "Ft", "No", "Nos", "no", "nos", "vs",
        "v", "cf", "Cf", "p", "pp", "ex", "éd", "ed", "vol", "Vol", "art", "Art", "al", "fig", "Fig",
        "approx", "ca", "env", "chap", "min", "max", "tel", "Tel", "tél", "Tél", "av", "Av", "bd", "Bd",
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Pr", "Dr", "Drs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
        "p.ex", "P.ex", "e.g", "i.e", "c.-à-d", "c.à.d",
    ]
    /// End a sentence only when the next word is a usual sentence opener ("… Acme Inc. The firm").
    static let maybeFinal: Set<String> = [
        "Inc", "Corp", "Ltd", "Co", "Cie", "Bros", "plc", "Plc", "Jr", "etc", "cie", "Ltée", "Intl",
    ]
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "In", "On", "At", "But", "And",
        "This", "That", "These", "Those", "His", "Her", "Their", "There", "As", "For", "However", "Meanwhile",
        "Le", "La", "Les", "L", "Il", "Elle", "Ils", "Elles", "Un", "Une", "Des", "Ce", "Cette", "Ces",
        "Selon", "Mais", "Et", "En", "Dans", "Pour", "Sur", "Au", "Aux", "Du", "De", "D", "On", "Son", "Sa", "Ses",
    ]
    /// Abbreviations made of letters below U+0200 only, packed like function words (9 bits per
    /// letter): 1 never final, 2 maybe final.
    static let packedLetterAbbreviations: PackedTable<UInt8> = {
        var entries: [(UInt64, UInt8)] = []
        for (set, flag) in [(neverFinal, UInt8(1)), (maybeFinal, UInt8(2))] {
            for word in set where word.unicodeScalars.allSatisfy({ isPackableLetter($0.value) }) {
                if let key = FunctionWords.pack(word) { entries.append((key, flag)) }
            }
        }
        return PackedTable(entries, filler: 0)
    }()

    static let longestAbbreviation = neverFinal.union(maybeFinal).map(\.unicodeScalars.count).max() ?? 0

    /// Latin letters below U+0200 (ASCII, Latin-1 and Latin Extended-A/B), which pack in 9 bits.
    static func isPackableLetter(_ v: UInt32) -> Bool {
        v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : v >= 0xC0 && v < 0x200 && v != 0xD7 && v != 0xF7
    }

    /// Whether a period after the word at `range` (opening quotes included) ends the sentence, when
    /// the word is two or more packable letters: true unless it is an abbreviation; nil for every
    /// other word (and for "maybe final" ones), which the string rules decide. Most periods close such
    /// a word, and no string is built for them.
    static func ordinaryWordEnds(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool? {
        var start = range.lowerBound
        while start < range.upperBound, Punctuation.isOpening(s[start]) || s[start] == "(" { start += 1 }
        guard range.upperBound - start >= 2 else { return nil }
        var key: UInt64 = 0
        for i in start..<range.upperBound {
            let v = s[i].value
            guard isPackableLetter(v) else { return nil }
            key = key << 9 | UInt64(v)
        }
        guard range.upperBound - start <= 7 else { return range.upperBound - start > longestAbbreviation ? true : nil }
        switch packedLetterAbbreviations[key] {
        case 1: return false
        case 2: return nil
        default: return true
        }
    }

    /// `U.S`, `U.K`, `S.A` — letters separated by periods.
    static func isDottedAcronym(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.allSatisfy(\.isLetter) }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` with an ASCII fast path: the property lookup dominated segmentation.
    var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || (value >= 0x09 && value <= 0x0D) : properties.isWhitespace
    }
}
