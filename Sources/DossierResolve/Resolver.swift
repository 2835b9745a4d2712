import DossierModel

/// An entity resolution may link to: its id, type and every name it is known by.
public struct ResolutionCandidate: Sendable, Hashable {
    public var id: Int64
    public var type: String
    public var names: [String]
    public init(id: Int64, type: String, names: [String]) { self.id = id; self.type = type; self.names = names }
}

/// A decision to link: which candidate, how sure, and why (kept with every merge).
public struct ResolutionMatch: Sendable, Equatable {
    public var id: Int64
    public var score: Double
    public var reasons: [String]
}

/// Canonical identities for entities found in many documents and languages.
///
/// Conservative by design: a wrong merge corrupts every later query, a missed one only leaves
/// two nodes. So only same-type entities link, and only on an exact normalised name, a known
/// EN/FR/RU equivalent, or (organisations only) an acronym of a multi-word name.
public enum Resolver {
    /// Below this score nothing is merged.
    public static let threshold = 0.7

    /// The key under which two names may denote the same actor of the same type.
    public static func blockingKey(type: EntityType, name: String) -> String {
        "\(type.rawValue):\(NameKey.key(name))"
    }

    /// Every key under which a stored entity with these names should be found again.
    public static func keys(type: String, names: [String]) -> [String] {
        var out: [String] = []
        for name in names {
            let key = NameKey.key(name)
            guard !key.isEmpty, canLinkAcrossDocuments(type: type, key: key) else { continue }
            out.append("n:" + key)
            if let g = KnownNames.group(of: name, type: type) { out.append("g:" + g) }
            if type == EntityType.organization.rawValue, let a = acronymKey(name) { out.append("a:" + a) }
        }
        var seen: Set<String> = []
        return out.filter { seen.insert($0).inserted }
    }

    /// A single word names no particular person outside its own article ("Vyaznikov").
    static func canLinkAcrossDocuments(type: String, key: String) -> Bool {
        type != EntityType.person.rawValue || key.contains(" ")
    }

    /// The best candidate for an entity with `names`, or nil when none is convincing or two are equally so.
    public static func match(type: String, names: [String], candidates: [ResolutionCandidate]) -> ResolutionMatch? {
        var scored: [ResolutionMatch] = []
        for c in candidates where c.type == type {
            if let m = score(type: type, names: names, candidate: c) { scored.append(m) }
        }
        scored.sort { ($0.score, -$0.id) > ($1.score, -$1.id) }
        guard let best = scored.first, best.score >= threshold else { return nil }
        // Two candidates that are equally good and not both exact-name matches: do not guess.
        if scored.count > 1, scored[1].score == best.score, best.score < 0.95 { return nil }
        return best
    }

    static func score(type: String, names: [String], candidate: ResolutionCandidate) -> ResolutionMatch? {
        var best: (Double, String)?
        func consider(_ s: Double, _ why: String) { if best == nil || s > best!.0 { best = (s, why) } }
        for a in names {
            let ka = NameKey.key(a)
            guard !ka.isEmpty, canLinkAcrossDocuments(type: type, key: ka) else { continue }
            for b in candidate.names {
                let kb = NameKey.key(b)
                guard !kb.isEmpty, canLinkAcrossDocuments(type: type, key: kb) else { continue }
                if ka == kb { consider(0.95, "same normalised name \"\(ka)\" (\(a) = \(b))"); continue }
                if let g = KnownNames.group(of: a, type: type), g == KnownNames.group(of: b, type: type) {
                    consider(0.9, "known equivalent names in \(g) (\(a) = \(b))"); continue
                }
                if type == EntityType.organization.rawValue, isAcronym(a, of: b) || isAcronym(b, of: a) {
                    consider(0.75, "acronym (\(a) = \(b))")
                }
            }
        }
        return best.map { ResolutionMatch(id: candidate.id, score: $0.0, reasons: [$0.1]) }
    }

    static let acronymStopWords: Set<String> = ["of", "the", "for", "and", "de", "du", "des", "la", "le", "les", "et", "d", "l", "on"]

    /// The initials of a multi-word name ("Office of Foreign Assets Control" → "ofac"), or the
    /// name itself when it is written as an acronym ("OFAC").
    static func acronymKey(_ name: String) -> String? {
        if let a = writtenAcronym(name) { return a }
        let words = NameKey.tokens(name).filter { !acronymStopWords.contains($0) }
        guard words.count >= 3 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// "OFAC", "FinCEN" → lower-cased; nil for ordinary words.
    static func writtenAcronym(_ name: String) -> String? {
        let letters = name.filter { !$0.isWhitespace && $0 != "." }
        guard (3...8).contains(letters.count), !name.contains(" "), letters.allSatisfy({ $0.isLetter }) else { return nil }
        let upper = letters.filter(\.isUppercase).count
        guard upper >= 3, upper * 2 > letters.count, letters.first?.isUppercase == true else { return nil }
        return NameKey.tokens(letters).joined()
    }

    static func isAcronym(_ short: String, of long: String) -> Bool {
        guard let a = writtenAcronym(short) else { return false }
        let words = NameKey.tokens(long).filter { !acronymStopWords.contains($0) }
        guard words.count >= 3 else { return false }
        return String(words.compactMap(\.first)) == a
    }
}
