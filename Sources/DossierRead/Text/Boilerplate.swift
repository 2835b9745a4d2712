import Foundation

/// Teaser and chrome lines that point elsewhere ("Read more: …", "En savoir plus : …") and must
/// not reach the document text, in English and French, with either colon spacing.
enum Boilerplate {
    /// Lead-ins that, followed by a colon, announce a link to another article.
    static let teaserLeads: [String] = [
        "read more", "read also", "also read", "more", "related", "related articles", "related stories",
        "related content", "related news", "see also", "you may also like", "you might also like",
        "recommended", "recommended for you", "more on this", "more on this story", "further reading",
        "en savoir plus", "lire aussi", "lire également", "à lire aussi", "a lire aussi", "à lire également",
        "a lire également", "à lire", "vous pourriez aussi aimer", "vous pourriez également aimer",
        "vous aimerez aussi", "voir aussi", "sur le même sujet", "dans la même rubrique", "à voir aussi",
        "lisez aussi", "découvrir aussi", "à découvrir", "pour aller plus loin",
    ]
    /// Lines that are chrome on their own.
    static let chromeLines: Set<String> = [
        "advertisement", "publicité", "sponsored", "sponsorisé", "read more", "en savoir plus", "lire aussi",
        "à lire aussi", "a lire aussi", "share this article", "partager cet article", "share", "partager",
        "related", "related articles", "voir aussi",
    ]

    /// True when the whole line (or block) is a teaser or chrome and should be dropped.
    static func isTeaser(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count < 400 else { return false }
        let lower = trimmed.lowercased()
            .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        let bare = lower.trimmingCharacters(in: CharacterSet(charactersIn: " .:»›>→-–—|"))
        if chromeLines.contains(bare) { return true }
        guard let colon = lower.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let lead = lower[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " »›>→-–—•*#[("))
        return teaserLeads.contains(lead)
    }
}
