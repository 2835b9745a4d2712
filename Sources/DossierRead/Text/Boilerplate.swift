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

    static let decoration = Set(" .:»›>→-–—|".unicodeScalars)
    static let leadDecoration = Set(" »›>→-–—•*#[(".unicodeScalars)

    /// True when the whole line (or block) is a teaser or chrome and should be dropped.
    static func isTeaser(_ line: String) -> Bool {
        // Fast exit for ordinary text: chrome lines are short, teaser leads end in a colon early.
        let utf8 = line.utf8
        if utf8.count > 48, !utf8.prefix(48).contains(UInt8(ascii: ":")), !utf8.prefix(48).contains(0xEF) { return false }
        let trimmed = line.trimmed
        guard !trimmed.isEmpty, trimmed.count < 400 else { return false }
        let lower = String(String.UnicodeScalarView(trimmed.lowercased().unicodeScalars.map {
            $0 == "\u{A0}" || $0 == "\u{202F}" ? " " : $0
        }))
        let bare = lower.trimmed { decoration.contains($0) }
        if chromeLines.contains(bare) { return true }
        guard let colon = lower.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let lead = lower[..<colon].trimmed { leadDecoration.contains($0) }
        return teaserLeads.contains(lead)
    }
}
