import Foundation

/// Chooses among Windows-1251, KOI8-R and Windows-1252 for bytes that are not UTF-8.
///
/// Two observations carry the decision. Russian words are made of high bytes only, while
/// French or German words put one accented high byte between ASCII letters: so when most high
/// bytes have a high-byte neighbour the text is Cyrillic. Between the two Cyrillic code pages,
/// the same bytes decode to frequent lower-case letters in the right one and to rare or
/// upper-case letters in the wrong one (1251 and KOI8-R swap the cases), so the decoding with
/// the better letter-frequency score wins.
enum CodePageGuesser {
    static func guess(_ bytes: [UInt8]) -> TextEncoding {
        var high = 0, highWithHighNeighbour = 0
        for (i, b) in bytes.enumerated() where b >= 0x80 {
            high += 1
            let before = i > 0 && bytes[i - 1] >= 0x80
            let after = i + 1 < bytes.count && bytes[i + 1] >= 0x80
            if before || after { highWithHighNeighbour += 1 }
        }
        guard high > 0, highWithHighNeighbour * 2 > high else { return .windows1252 }
        let sample = bytes.count > 65_536 ? Array(bytes.prefix(65_536)) : bytes
        let score1251 = russianScore(TextDecoder.decode(sample[...], as: .windows1251))
        let scoreKOI8 = russianScore(TextDecoder.decode(sample[...], as: .koi8r))
        return scoreKOI8 > score1251 ? .koi8r : .windows1251
    }

    /// Relative frequencies (per mille) of lower-case Russian letters in running text.
    static let letterFrequency: [Character: Double] = [
        "о": 110, "е": 85, "а": 80, "и": 74, "н": 67, "т": 63, "с": 55, "р": 47, "в": 45,
        "л": 44, "к": 35, "м": 32, "д": 30, "п": 28, "у": 26, "я": 20, "ы": 19, "ь": 17,
        "г": 17, "з": 16, "б": 16, "ч": 14, "й": 12, "х": 10, "ж": 9, "ш": 7, "ю": 6,
        "ц": 5, "щ": 4, "э": 3, "ф": 3, "ё": 1, "ъ": 0.4,
    ]

    /// Sum of log-frequencies of the Cyrillic letters, with a penalty for an upper-case
    /// letter inside a word (the mark of the wrong code page).
    static func russianScore(_ text: String) -> Double {
        var score = 0.0
        var previousWasLetter = false
        for character in text {
            guard let scalar = character.unicodeScalars.first, (0x400...0x4FF).contains(scalar.value) else {
                previousWasLetter = character.isLetter
                continue
            }
            let lower = Character(character.lowercased())
            score += log2((letterFrequency[lower] ?? 0.05) / 1000)
            if character.isUppercase && previousWasLetter { score -= 8 }
            previousWasLetter = true
        }
        return score
    }
}

