import Foundation

/// The comparison key of a name: what two spellings of one actor have in common.
///
/// Used by entity resolution and by the query language's `matches()` predicate, so both
/// agree on what "the same name" means: case, accents and punctuation folded, Cyrillic
/// transliterated to Latin, leading articles and company-form words dropped
/// ("ООО «БитРивер»" → "bitriver", "Intelion Inc." → "intelion").
public enum NameKey {
    public static func key(_ name: String) -> String {
        let words = joiningInitials(tokens(name))
        let kept = words.filter { !companyFormWords.contains($0) }
        var trimmed = kept.isEmpty ? words : kept
        while trimmed.count > 1, let first = trimmed.first, leadingArticles.contains(first) { trimmed.removeFirst() }
        return trimmed.joined(separator: " ")
    }

    /// Lower-cased, accent-free, Latin-script words of a name, punctuation removed.
    public static func tokens(_ name: String) -> [String] {
        var latin = ""
        for scalar in name.unicodeScalars {
            if let t = cyrillicToLatin[scalar] { latin += t } else { latin.unicodeScalars.append(scalar) }
        }
        let folded = latin.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch) }
            else if ch == "+" && !current.isEmpty {
                // `Disney+` is a service of Disney's, and the same name as `Disney Plus`.
                words.append(current); words.append("plus"); current = ""
            } else if ch == "'" || ch == "’" {
                // Elided French articles (l', d') belong to the next word's slot, not to it.
                if ["l", "d"].contains(current) { current = "" } else if !current.isEmpty { words.append(current); current = "" }
            } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Runs of single letters are one word written with dots or spaces ("U.S." → "us",
    /// "S.A." → "sa"), so "U.S. Treasury" and "US Treasury" share a key.
    static func joiningInitials(_ words: [String]) -> [String] {
        var out: [String] = []
        var run = ""
        func flush() {
            if !run.isEmpty { out.append(run) }
            run = ""
        }
        for w in words {
            if w.count == 1, w.first?.isLetter == true { run += w } else { flush(); out.append(w) }
        }
        flush()
        return out
    }

    static let leadingArticles: Set<String> = ["the", "le", "la", "les", "l", "un", "une", "a", "an"]

    /// Company-form words that do not distinguish one firm from another.
    static let companyFormWords: Set<String> = [
        "inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "plc", "co",
        "gmbh", "ag", "sa", "sas", "sarl", "spa", "nv", "bv", "pjsc", "ojsc", "cjsc", "jsc", "ooo",
        "oao", "zao", "pao", "ao", "llp", "lp", "company", "kk", "ab", "asa", "oy", "oyj", "srl",
    ]

    static let cyrillicToLatin: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"),
            ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"),
            ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"),
            ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"),
            ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"),
            ("і", "i"), ("ї", "yi"), ("є", "ye"), ("ґ", "g"), ("ў", "u"), ("қ", "k"), ("ғ", "g"),
            ("ң", "n"), ("ө", "o"), ("ү", "u"), ("ұ", "u"), ("һ", "h"), ("ә", "a"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (cyr, lat) in pairs {
            let lower = cyr.unicodeScalars.first!
            table[lower] = lat
            if let upper = cyr.uppercased().unicodeScalars.first, upper != lower {
                table[upper] = lat.isEmpty ? "" : lat.prefix(1).uppercased() + lat.dropFirst()
            }
        }
        return table
    }()
}
