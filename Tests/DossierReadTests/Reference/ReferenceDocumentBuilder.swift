import DossierModel
@testable import DossierRead
import Foundation

// The document-building path as it was before the performance rewrite (byte-level normalisation,
// open-addressing language tables), kept verbatim so `BuilderEquivalenceTests` can show the new
// path gives identical documents.

enum ReferenceDocumentBuilder {
    /// Builds a document whose paragraphs are the non-empty blocks, separated by a blank line.
    ///
    /// Blocks that are teaser or chrome lines ("Read more: …") are dropped. The language is the
    /// one the text shows when it is confident, else the declared one; paragraphs whose
    /// language differs from the document's are listed in `metadata["paragraph_languages"]`.
    static func build(source: String, blocks: [String], format: String,
                             metadata: DocumentMetadata = .init()) -> Document {
        let kept = blocks.map(ReferenceTextNormalizer.normalize).filter { !$0.isEmpty && !Boilerplate.isTeaser($0) }
        let text = kept.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var paragraphs: [TextSpan] = [], sentences: [TextSpan] = []
        var offset = 0
        for block in kept {
            let span = TextSpan(start: offset, end: offset + block.unicodeScalars.count)
            paragraphs.append(span)
            sentences += ReferenceSentenceSegmenter.sentences(in: scalars, range: span.start..<span.end)
            offset = span.end + 2
        }
        var doc = Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, format: format)
        metadata.apply(to: &doc)
        let (language, perParagraph) = languages(of: kept, declared: metadata.language)
        doc.language = language
        if let perParagraph { doc.metadata["paragraph_languages"] = perParagraph }
        return doc
    }

    /// The document language and, when some paragraphs differ, every paragraph's language.
    /// Each paragraph is scored once; the document's evidence is the sum of its paragraphs'.
    static func languages(of blocks: [String], declared: String?) -> (String, String?) {
        let evidence = blocks.map { ReferenceLanguageEvidence($0) }
        let whole = evidence.reduce(ReferenceLanguageEvidence(), +).guess
        let declaredCode = declared.flatMap(primaryLanguage)
        let detectedIsSure = whole.code != "und" && whole.confidence >= 0.9
        let language = detectedIsSure || declaredCode == nil ? whole.code : declaredCode ?? "und"
        let perParagraph = evidence.map { e -> String in
            guard e.words >= 5 else { return language }
            let guess = e.guess
            return guess.code == "und" || guess.confidence < 0.8 ? language : guess.code
        }
        let differs = perParagraph.contains { $0 != language }
        return (language, differs ? perParagraph.joined(separator: ",") : nil)
    }

    /// `fr-FR` → `fr`; nil for empty or non-alphabetic tags.
    static func primaryLanguage(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return (2...3).contains(primary.count) && primary.allSatisfy(\.isLetter) ? primary : nil
    }
}


enum ReferenceSentenceSegmenter {
    /// Sentence spans (absolute scalar offsets) inside `range` of `scalars`, trimmed of whitespace.
    static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [TextSpan] {
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
        let marks = String(String.UnicodeScalarView(s[markStart..<markEnd]))
        let following = s[next]
        let nextWord = word(in: s, from: next, limit: range.upperBound)
        let startsLikeSentence = following.properties.isUppercase || Punctuation.isOpening(following)
            || Punctuation.isDash(following) || ("0"..."9").contains(following)
        if marks.contains("!") || marks.contains("?") { return startsLikeSentence }
        if marks.contains("…") || marks.hasPrefix("..") { return startsLikeSentence && !following.properties.isLowercase }
        guard startsLikeSentence else { return false }
        // A single period: look at the word it closes.
        var wordStart = markStart
        while wordStart > range.lowerBound, !s[wordStart - 1].isWhitespaceFast { wordStart -= 1 }
        var token = String(String.UnicodeScalarView(s[wordStart..<markStart]))
        while let first = token.unicodeScalars.first, Punctuation.isOpening(first) || first == "(" { token.removeFirst() }
        if token.isEmpty { return true }
        if Abbreviations.neverFinal.contains(token) { return false }
        if token.count == 1, token.first?.isUppercase == true { return false }   // an initial: J. P. Morgan
        let atLineStart = wordStart == range.lowerBound || s[wordStart - 1] == "\n"
        if token.allSatisfy(\.isNumber), atLineStart { return false }   // list marker "1."
        if Abbreviations.maybeFinal.contains(token) || Abbreviations.isDottedAcronym(token) {
            return Abbreviations.sentenceStarters.contains(nextWord)
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


struct ReferenceLanguageEvidence {
    var latin = 0, cyrillic = 0, arabic = 0, greek = 0, han = 0, kana = 0
    var french = 0.0, english = 0.0, trigrams = 0
    var frenchWords = 0, englishWords = 0, words = 0
    var otherWords = [Int](repeating: 0, count: FunctionWords.others.count)

    init() {}

    /// Scores at most `wordLimit` words: enough to decide, and it bounds the cost on long pages.
    init(_ text: String, wordLimit: Int = 400) {
        var key: UInt64 = 0, length = 0   // the word so far, packed by `FunctionWords.pack`
        var window: (UInt64, UInt64) = (32, 32)   // the two previous scalars of the padded word
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
            if isLetter {
                count(script: value)
                let lower = Self.lowercase(scalar).value
                if length == 0 { window = (32, 32) }
                addTrigram(window.0, window.1, UInt64(lower))
                window = (window.1, UInt64(lower))
                if length == 0 { key = lower < 512 ? UInt64(lower) : 0 }
                else if key != 0, length < 7, lower < 512 { key = key << 9 | UInt64(lower) }
                else { key = 0 }
                length += 1
            } else if length > 0 {
                // An apostrophe ends a word too: French elisions ("l'", "d'") are function words.
                addTrigram(window.0, window.1, 32)
                finishWord(key, length: length)
                key = 0; length = 0
                if words >= wordLimit { return }
            }
        }
        if length > 0 { addTrigram(window.0, window.1, 32); finishWord(key, length: length) }
    }

    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20) ?? scalar : scalar }
        guard scalar.properties.isUppercase else { return scalar }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    private mutating func count(script value: UInt32) {
        switch value {
        case 0x41...0x24F: latin += 1
        case 0x370...0x3FF: greek += 1
        case 0x400...0x4FF: cyrillic += 1
        case 0x600...0x6FF: arabic += 1
        case 0x3040...0x30FF: kana += 1
        case 0x4E00...0x9FFF: han += 1
        default: break
        }
    }

    private mutating func addTrigram(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
        guard !(a == 32 && b == 32) else { return }   // "  x" is not a trigram of the padded word
        if let (fr, en) = ReferenceTables.trigrams[a << 42 | b << 21 | c] {
            french += fr; english += en
        } else {
            french += TrigramProfiles.frenchFloor; english += TrigramProfiles.englishFloor
        }
        trigrams += 1
    }

    private mutating func finishWord(_ key: UInt64, length: Int) {
        words += 1
        guard length <= 7, key != 0, let languages = ReferenceTables.functionWords[key] else { return }
        if languages & 1 != 0 { frenchWords += 1 }
        if languages & 2 != 0 { englishWords += 1 }
        for i in otherWords.indices where languages & (4 << i) != 0 { otherWords[i] += 1 }
    }

    static func + (a: ReferenceLanguageEvidence, b: ReferenceLanguageEvidence) -> ReferenceLanguageEvidence {
        var s = a
        s.latin += b.latin; s.cyrillic += b.cyrillic; s.arabic += b.arabic; s.greek += b.greek; s.han += b.han; s.kana += b.kana
        s.french += b.french; s.english += b.english; s.trigrams += b.trigrams
        s.frenchWords += b.frenchWords; s.englishWords += b.englishWords; s.words += b.words
        for i in s.otherWords.indices { s.otherWords[i] += b.otherWords[i] }
        return s
    }

    var guess: LanguageGuess {
        let letters = latin + cyrillic + arabic + greek + han + kana
        guard letters >= 3 else { return LanguageGuess(code: "und", confidence: 0) }
        let scripts: [(String, Int)] = [("ru", cyrillic), ("ar", arabic), ("el", greek), ("ja", kana), ("zh", han)]
        if let (code, count) = scripts.max(by: { $0.1 < $1.1 }), count > latin {
            return LanguageGuess(code: code, confidence: Double(count) / Double(letters))
        }
        if words >= 6, let best = otherWords.indices.max(by: { otherWords[$0] < otherWords[$1] }),
           otherWords[best] > max(frenchWords, englishWords), otherWords[best] * 8 >= words {
            let confidence = min(1, Double(otherWords[best] * 4) / Double(words))
            return LanguageGuess(code: FunctionWords.others[best].0, confidence: confidence)
        }
        // Per-trigram log-likelihood margin, plus one nat per function word of difference.
        let margin = (french - english) / Double(max(trigrams, 1)) * 4 + Double(frenchWords - englishWords)
        if abs(margin) < 0.3 { return LanguageGuess(code: "und", confidence: 0.5) }
        return LanguageGuess(code: margin > 0 ? "fr" : "en", confidence: 1 / (1 + exp(-abs(margin))))
    }
}

enum ReferenceTables {
    /// Both profiles keyed by three 21-bit scalars packed in one integer: one hash per trigram,
    /// no allocation. A trigram missing from one profile gets that profile's floor.
    static let trigrams: [UInt64: (Double, Double)] = {
        var table: [UInt64: (Double, Double)] = [:]
        func key(_ trigram: String) -> UInt64? {
            let s = trigram.unicodeScalars.map { UInt64($0.value) }
            return s.count == 3 ? s[0] << 42 | s[1] << 21 | s[2] : nil
        }
        for trigram in Set(TrigramProfiles.french.keys).union(TrigramProfiles.english.keys) {
            guard let k = key(trigram) else { continue }
            table[k] = (TrigramProfiles.french[trigram] ?? TrigramProfiles.frenchFloor, TrigramProfiles.english[trigram] ?? TrigramProfiles.englishFloor)
        }
        return table
    }()
    static let functionWords: [UInt64: UInt8] = {
        var table: [UInt64: UInt8] = [:]
        let lists = [FunctionWords.french, FunctionWords.english] + FunctionWords.others.map(\.1)
        for (i, list) in lists.enumerated() {
            for word in list { if let k = FunctionWords.pack(word) { table[k, default: 0] |= UInt8(1 << i) } }
        }
        return table
    }()

}

enum ReferenceTextNormalizer {
    static func normalize(_ block: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false, pendingNewline = false
        for scalar in block.unicodeScalars {
            switch scalar.value {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                pendingNewline = !out.isEmpty
                pendingSpace = false
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x00...0x1F, 0x7F...0x9F:
                continue   // other control characters carry no text
            default:
                if pendingNewline { out.append("\n") } else if pendingSpace { out.append(" ") }
                pendingNewline = false; pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
