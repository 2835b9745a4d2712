import Foundation

/// A language guess with a confidence in [0, 1].
public struct LanguageGuess: Sendable, Equatable {
    /// ISO 639-1 code, or `und` when the text says too little.
    public var code: String
    public var confidence: Double
}

/// Identifies French, English and a few other languages from the text itself.
///
/// The script decides first (Cyrillic → `ru`, Arabic → `ar`, Greek → `el`, Han/Kana → `zh`/`ja`).
/// Latin-script text is scored with character-trigram profiles of French and English (trained on
/// open NER corpora, see `TrigramProfiles`) plus function-word counts, which carry short texts;
/// a text whose function words are mostly German, Spanish, Italian, Portuguese or Dutch gets
/// that code. The evidence is additive, so a document's guess is the sum of its paragraphs'.
public enum LanguageIdentifier {
    public static func identify(_ text: String) -> LanguageGuess {
        LanguageEvidence(text).guess
    }
}

/// Counts gathered from a text; adding two texts' evidence gives the evidence of both.
struct LanguageEvidence {
    var latin = 0, cyrillic = 0, arabic = 0, greek = 0, han = 0, kana = 0
    var french = 0.0, english = 0.0, trigrams = 0
    var frenchWords = 0, englishWords = 0, words = 0
    var otherWords = [Int](repeating: 0, count: FunctionWords.others.count)

    init() {}

    init(_ text: String, wordLimit: Int = 400) {
        self.init(scalars: text.unicodeScalars, wordLimit: wordLimit)
    }

    /// Scores at most `wordLimit` words: enough to decide, and it bounds the cost on long pages.
    init<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars, wordLimit: Int = 400) {
        var key: UInt64 = 0, length = 0   // the word so far, packed by `FunctionWords.pack`
        var window: (UInt64, UInt64) = (32, 32)   // the two previous scalars of the padded word
        let profiles = TrigramProfiles.packed   // once, not a lazy-global check per trigram
        let letters = Self.lowerLetters   // once, not a lazy-global check per scalar
        for scalar in scalars {
            let value = scalar.value
            // Latin, Greek and Cyrillic from the table; Unicode properties only beyond.
            let lower = value < 0x400 ? letters[Int(value)] : Self.isPunctuationOrCurrency(value) ? 0
                : scalar.properties.isAlphabetic ? Self.lowercase(scalar).value : 0
            if lower != 0 {
                count(script: value)
                if length == 0 { window = (32, 32) }
                addTrigram(window.0, window.1, UInt64(lower), profiles)
                window = (window.1, UInt64(lower))
                if length == 0 { key = lower < 512 ? UInt64(lower) : 0 }
                else if key != 0, length < 7, lower < 512 { key = key << 9 | UInt64(lower) }
                else { key = 0 }
                length += 1
            } else if length > 0 {
                // An apostrophe ends a word too: French elisions ("l'", "d'") are function words.
                addTrigram(window.0, window.1, 32, profiles)
                finishWord(key, length: length)
                key = 0; length = 0
                if words >= wordLimit { return }
            }
        }
        if length > 0 { addTrigram(window.0, window.1, 32, profiles); finishWord(key, length: length) }
    }

    /// For every scalar below U+0400: its lower case when it is a letter, else 0 (property lookups
    /// per scalar were a third of the language evidence's time).
    static let lowerLetters: [UInt32] = (0..<0x400).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let isLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        return isLetter ? lowercase(scalar).value : 0
    }

    /// General Punctuation (quotes, dashes, ellipsis, spaces) and currency signs: frequent in news
    /// text and never letters.
    static func isPunctuationOrCurrency(_ value: UInt32) -> Bool {
        (0x2000...0x206F).contains(value) || (0x20A0...0x20CF).contains(value)
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

    private mutating func addTrigram(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ profiles: PackedTable<(Double, Double)>) {
        guard !(a == 32 && b == 32) else { return }   // "  x" is not a trigram of the padded word
        if let (fr, en) = profiles[a << 42 | b << 21 | c] {
            french += fr; english += en
        } else {
            french += TrigramProfiles.frenchFloor; english += TrigramProfiles.englishFloor
        }
        trigrams += 1
    }

    private mutating func finishWord(_ key: UInt64, length: Int) {
        words += 1
        guard length <= 7, key != 0, let languages = FunctionWords.index[key] else { return }
        if languages & 1 != 0 { frenchWords += 1 }
        if languages & 2 != 0 { englishWords += 1 }
        for i in otherWords.indices where languages & (4 << i) != 0 { otherWords[i] += 1 }
    }

    static func + (a: LanguageEvidence, b: LanguageEvidence) -> LanguageEvidence {
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

extension TrigramProfiles {
    /// Both profiles keyed by three 21-bit scalars packed in one integer: one multiplicative hash
    /// per trigram, no allocation. A trigram missing from one profile gets that profile's floor.
    static let packed: PackedTable<(Double, Double)> = {
        func key(_ trigram: String) -> UInt64? {
            let s = trigram.unicodeScalars.map { UInt64($0.value) }
            return s.count == 3 ? s[0] << 42 | s[1] << 21 | s[2] : nil
        }
        let entries = Set(french.keys).union(english.keys).compactMap { trigram in
            key(trigram).map { ($0, (french[trigram] ?? frenchFloor, english[trigram] ?? englishFloor)) }
        }
        return PackedTable(entries, filler: (0, 0))
    }()
}

/// Frequent function words: articles, pronouns, prepositions, auxiliaries.
enum FunctionWords {
    static let french: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "est", "sont", "à", "au",
        "aux", "en", "dans", "par", "pour", "sur", "avec", "que", "qui", "qu", "ne", "pas", "plus",
        "il", "elle", "ils", "elles", "nous", "vous", "on", "ce", "cette", "ces", "son", "sa", "ses",
        "leur", "leurs", "mais", "ou", "où", "a", "été", "être", "selon", "aussi", "comme", "s", "se",
        "n", "c", "j", "lui", "y", "sous", "entre", "après", "avant", "depuis", "dont", "notre",
    ]
    static let english: Set<String> = [
        "the", "a", "an", "of", "and", "is", "are", "was", "were", "to", "in", "on", "at", "by",
        "for", "with", "that", "which", "who", "not", "it", "its", "he", "she", "they", "we", "you",
        "this", "these", "those", "his", "her", "their", "but", "or", "from", "has", "have", "had",
        "be", "been", "as", "will", "would", "said", "also", "than", "into", "after", "before",
        "s", "t", "about", "over", "more", "our", "there",
    ]
    static let others: [(String, Set<String>)] = [
        ("de", ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "auf", "für", "sich", "von", "zu", "auch"]),
        ("es", ["el", "la", "los", "las", "y", "es", "del", "de", "en", "un", "al", "lo", "que", "por", "con", "una", "para", "se", "como", "pero", "más", "su"]),
        ("it", ["il", "la", "le", "un", "in", "gli", "della", "di", "che", "è", "per", "con", "non", "una", "del", "nel", "sono", "anche", "lo"]),
        ("pt", ["o", "os", "as", "do", "da", "dos", "das", "em", "não", "com", "uma", "para", "que", "é", "mais", "ao"]),
        ("nl", ["het", "een", "van", "en", "is", "niet", "met", "op", "voor", "zijn", "dat", "ook", "worden", "naar"]),
    ]
}

extension FunctionWords {
    /// Every function word packed (9 bits per lower-case scalar below U+0200) → a bit set of its
    /// languages: 1 French, 2 English, 4 << i the i-th of `others`.
    static let index: PackedTable<UInt8> = {
        var table: [UInt64: UInt8] = [:]
        let lists = [french, english] + others.map(\.1)
        for (i, list) in lists.enumerated() {
            for word in list { if let k = pack(word) { table[k, default: 0] |= UInt8(1 << i) } }
        }
        return PackedTable(table.map { ($0.key, $0.value) }, filler: 0)
    }()

    static func pack(_ word: String) -> UInt64? {
        var key: UInt64 = 0
        for scalar in word.unicodeScalars {
            guard scalar.value < 512 else { return nil }
            key = key << 9 | UInt64(scalar.value)
        }
        return word.unicodeScalars.count <= 7 ? key : nil
    }
}
