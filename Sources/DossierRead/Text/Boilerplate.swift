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

    static let teaserLeadSet = Set(teaserLeads)
    /// Longest lead and chrome line in scalars, with room for decomposed accents: longer candidates
    /// cannot match, so no string is built for them.
    static let longestLead = (teaserLeads.map(\.unicodeScalars.count).max() ?? 0) + 8
    static let longestChromeLine = (chromeLines.map(\.unicodeScalars.count).max() ?? 0) + 8

    static func isDecoration(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x2E, 0x3A, 0xBB, 0x203A, 0x3E, 0x2192, 0x2D, 0x2013, 0x2014, 0x7C: return true   // space . : » › > → - – — |
        default: return false
        }
    }

    static func isLeadDecoration(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0xBB, 0x203A, 0x3E, 0x2192, 0x2D, 0x2013, 0x2014, 0x2022, 0x2A, 0x23, 0x5B, 0x28: return true   // space » › > → - – — • * # [ (
        default: return false
        }
    }

    /// True when the whole line (or block) is a teaser or chrome and should be dropped.
    /// Works on the line's lower-cased scalars and builds a string only for a candidate short
    /// enough to be a chrome line or a teaser lead.
    static func isTeaser(_ line: String) -> Bool {
        // Fast exit for ordinary text: chrome lines are short, teaser leads end in a colon early.
        let utf8 = line.utf8
        if utf8.count > 48, !utf8.prefix(48).contains(UInt8(ascii: ":")), !utf8.prefix(48).contains(0xEF) { return false }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }),
              let last = scalars.lastIndex(where: { !$0.isWhitespaceFast }) else { return false }
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(64)
        var count = 0
        for scalar in scalars[first...last] {
            count += 1
            guard count < 400 else { return false }
            if scalar.value < 0x80 {
                lower.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar)
            } else if scalar.value == 0xA0 || scalar.value == 0x202F {
                lower.append(" ")
            } else if scalar.properties.changesWhenLowercased {
                lower.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                lower.append(scalar)
            }
        }
        if let bare = trim(lower[...], isDecoration), bare.count <= longestChromeLine,
           chromeLines.contains(String(String.UnicodeScalarView(bare))) { return true }
        guard let colon = lower.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }),
              let lead = trim(lower[..<colon], isLeadDecoration), lead.count <= longestLead else { return false }
        return teaserLeadSet.contains(String(String.UnicodeScalarView(lead)))
    }

    private static func trim(_ s: ArraySlice<Unicode.Scalar>, _ drop: (Unicode.Scalar) -> Bool) -> ArraySlice<Unicode.Scalar>? {
        guard let first = s.firstIndex(where: { !drop($0) }), let last = s.lastIndex(where: { !drop($0) }) else { return nil }
        return s[first...last]
    }
}
