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
/// open NER corpora, see `TrigramProfiles`) plus function-word counts, which carry short texts.
/// Latin text in which neither French nor English function words occur is matched against
/// small function-word lists of German, Spanish, Italian, Portuguese and Dutch.
public enum LanguageIdentifier {
    public static func identify(_ text: String) -> LanguageGuess {
        var latin = 0, cyrillic = 0, arabic = 0, greek = 0, han = 0, kana = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x41...0x24F: latin += 1
            case 0x370...0x3FF: greek += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x600...0x6FF: arabic += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF: han += 1
            default: break
            }
        }
        let letters = latin + cyrillic + arabic + greek + han + kana
        guard letters >= 3 else { return LanguageGuess(code: "und", confidence: 0) }
        let scripts: [(String, Int)] = [("ru", cyrillic), ("ar", arabic), ("el", greek), ("ja", kana), ("zh", han)]
        if let (code, count) = scripts.max(by: { $0.1 < $1.1 }), count > latin {
            return LanguageGuess(code: code, confidence: Double(count) / Double(letters))
        }
        return identifyLatin(text)
    }

    static func identifyLatin(_ text: String) -> LanguageGuess {
        let words = text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }.prefix(2_000)
        guard !words.isEmpty else { return LanguageGuess(code: "und", confidence: 0) }
        var french = 0.0, english = 0.0, trigrams = 0
        var frenchWords = 0, englishWords = 0
        for word in words {
            let bare = word.split { $0 == "'" || $0 == "’" }
            for piece in bare {
                if FunctionWords.french.contains(String(piece)) { frenchWords += 1 }
                if FunctionWords.english.contains(String(piece)) { englishWords += 1 }
            }
            let padded = Array(" \(word) ".replacingOccurrences(of: "’", with: "'"))
            guard padded.count >= 3 else { continue }
            for i in 0...(padded.count - 3) {
                let trigram = String(padded[i..<i + 3])
                french += TrigramProfiles.french[trigram] ?? TrigramProfiles.frenchFloor
                english += TrigramProfiles.english[trigram] ?? TrigramProfiles.englishFloor
                trigrams += 1
            }
        }
        // Per-trigram log-likelihood margin, plus one nat per function word of difference.
        let margin = (french - english) / Double(max(trigrams, 1)) * 4 + Double(frenchWords - englishWords)
        if words.count >= 6, let other = otherLanguage(words), other.hits > max(frenchWords, englishWords) {
            return other.guess
        }
        let confidence = 1 / (1 + exp(-abs(margin)))
        if abs(margin) < 0.3 { return LanguageGuess(code: "und", confidence: 0.5) }
        return LanguageGuess(code: margin > 0 ? "fr" : "en", confidence: confidence)
    }

    /// The other language whose function words occur most, with their count.
    static func otherLanguage(_ words: ArraySlice<Substring>) -> (guess: LanguageGuess, hits: Int)? {
        var best: (String, Int)?
        for (code, list) in FunctionWords.others {
            let hits = words.filter { list.contains(String($0)) }.count
            if hits > (best?.1 ?? 0) { best = (code, hits) }
        }
        guard let (code, hits) = best, hits * 8 >= words.count else { return nil }
        return (LanguageGuess(code: code, confidence: min(1, Double(hits * 4) / Double(words.count))), hits)
    }
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
