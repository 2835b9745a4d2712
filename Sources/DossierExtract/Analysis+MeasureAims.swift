import DossierModel

extension Analysis {
    /// Words that may stand between a measure and its verb (`the rules will restrict`).
    static let measureVerbFillers: Set<String> = ["will", "would", "could", "also", "further", "va", "vont", "egalement", "aussi"]

    /// `The new export rules, announced by BIS, restrict …`, `les nouvelles règles … restreignent …`, `The package
    /// bans …`: the measure named as the subject of a prohibition verb (directly, after a filler, or after an
    /// apposition between commas), so the verb describes that measure rather than a second one.
    func subjectMeasure(before i: Int, sentence k: Int) -> Int? {
        guard let m = slots[k].last(where: { $0.tokens.upperBound <= i && type($0.entity) == .sanction }), !isCitedRegime(m, sentence: k) else { return nil }
        var gap = keys(ordered(m.tokens.upperBound, i))
        if gap.first == ",", let close = gap.lastIndex(of: ","), close > 0, close <= 14 { gap = Array(gap[(close + 1)...]) }
        guard gap.allSatisfy({ Self.measureVerbFillers.contains($0) }) else { return nil }
        return measureFoldedInto(m.entity)
    }

    /// Whom a prohibition verb's clause aims at: a country or firm the trade goes to (`to China`, `vers la Chine`,
    /// `to Huawei`), the maker whose goods are barred (`exports of ASML's machines`, `des machines d'ASML`), a country
    /// whose goods are banned (`bans imports of Russian LNG`), and the firms a next predicate of the same subject
    /// lists (`… and lists X`).
    func aimOf(_ measure: Int, verb i: Int, end: Int, sentence k: Int) {
        let s = sentences[k]
        var aims: [Int] = []
        for slot in slots[k] where slot.tokens.lowerBound > i && slot.tokens.lowerBound < end {
            let t = type(slot.entity)
            let lead = keys(max(i, slot.tokens.lowerBound - 3)..<slot.tokens.lowerBound)
            let toward = lead.contains { ["vers", "to", "a", "into", "en"].contains($0) }
            let maker = t == .company && (slot.tokens.upperBound < end && ["'s", "’s"].contains(tokens[slot.tokens.upperBound].key)
                || ["d'", "de", "du"].contains(lead.last ?? ""))
            if t == .location && toward || [.company, .person].contains(t) && !drafts[slot.entity].isMedia && (toward || maker) { aims.append(slot.entity) }
        }
        let ks = Set(keys(ordered(i, end)))
        if (Self.measureNoun[tokens[i].key]?.en ?? "ban on") == "ban on", ks.isDisjoint(with: Self.outboundWords),
           let d = ordered(i + 1, min(end, i + 6)).first(where: { tokens[$0].kind == .word && isDemonym(tokens[$0].key) }), let home = placeOfDemonym(tokens[d].key),
           // `barred X from buying American technology`: goods the target may not acquire come from the imposer's side.
           !keys(ordered(i + 1, d)).contains(where: { SanctionBystanders.acquiringWords.contains($0) }) {
            aims.append(home)
        }
        for a in aims { relate(a, .subjectTo, .entity(measure), cue: i..<(i + 1), sentence: k, rule: "rule:prohibition.aim", confidence: 0.6) }
        guard end + 1 < s.tokens.upperBound, ["and", "et"].contains(tokens[end].key), Self.nextPredicateVerbs.contains(tokens[end + 1].key),
              drafts[measure].properties["designation"] != .bool(false) else { return }
        let bodies = imposers(of: measure)
        for t in coordinatedTargets(after: end + 1, end: clauseEnd(from: end + 1, s), sentence: k) {
            relate(t, .subjectTo, .entity(measure), cue: (end + 1)..<(end + 2), sentence: k, rule: "rule:measure.lists", confidence: 0.6)
            for o in bodies { relate(t, .sanctionedBy, .entity(o), cue: (end + 1)..<(end + 2), sentence: k, rule: "rule:measure.lists.designated-by", confidence: 0.6) }
        }
    }

    /// Nouns of the act of listing a target (`its designation`, `son inscription sur la liste …`).
    static let listingNouns: Set<String> = ["designation", "listing", "inscription", "blacklisting", "delisting", "radiation", "maintien"]
    static let possessiveDeterminers: Set<String> = ["its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"]

    /// `X said it would appeal against its designation by the EU`, `X conteste son inscription sur la liste des
    /// sanctions de l'UE`: the owner of the possessive before the listing is the firm or person named before it.
    func possessedListing(before np: Range<Int>, sentence k: Int, head: Int?) -> Int? {
        let start = sentences[k].tokens.lowerBound
        var noun = head ?? np.lowerBound
        if !(Self.listingNouns.contains(tokens[noun].key) && noun == np.lowerBound) {
            // `son inscription sur la liste …`: the listing noun stands before the measure's phrase.
            var j = np.lowerBound - 1
            while j > start, np.lowerBound - j <= 3, ["la", "the", "l'", "le", "sur", "on", "to", "from", "de", "du", "des"].contains(tokens[j].key) { j -= 1 }
            noun = j
        }
        guard noun > start, Self.listingNouns.contains(tokens[noun].key),
              Self.possessiveDeterminers.contains(tokens[noun - 1].key) else { return nil }
        // `Après son inscription sur l'Entity List en 2020, X a perdu …`: a fronted phrase's possessive is the subject's after the comma.
        let fronted = slots[k].contains { $0.tokens.upperBound <= noun - 1 } ? nil : ordered(np.upperBound, sentences[k].tokens.upperBound).first { tokens[$0].text == "," }
        let owner = fronted.flatMap { c in slots[k].first { $0.tokens.lowerBound > c && $0.tokens.lowerBound <= c + 4 } } ?? slots[k].last { $0.tokens.upperBound <= noun - 1 }
        guard let o = owner, [.company, .person].contains(type(o.entity)), !drafts[o.entity].isMedia else { return nil }
        return o.entity
    }

    /// `China-based`, `basé en Chine`: the place is where a firm sits.
    func isBase(_ place: Slot, sentence k: Int) -> Bool {
        let s = sentences[k]
        let after = keys(ordered(place.tokens.upperBound, min(s.tokens.upperBound, place.tokens.upperBound + 2)))
        if ["based", "-based"].contains(after.first ?? "") || after.first == "-" && after.dropFirst().first.map({ PlaceCues.hyphenSeat.contains($0) }) == true { return true }
        let before = keys(ordered(max(s.tokens.lowerBound, place.tokens.lowerBound - 2), place.tokens.lowerBound))
        return before.contains { ["base", "basee", "bases", "basees", "based", "implante", "implantee", "implantes", "implantees"].contains($0) }
    }

    static let licenceNouns: Set<String> = ["licence", "license", "licences", "licenses"]

    /// `sanctions against 14 Russian individuals`, `des sanctions contre des entreprises chinoises`: a measure aimed at a
    /// group of one nationality is aimed at that country.
    func aimedGroupHome(np: Range<Int>) -> Int? {
        guard let cue = np.first(where: { ["contre", "against", "on", "visant", "targeting"].contains(tokens[$0].key) }) else { return nil }
        return groupNationality(in: cue..<min(np.upperBound, cue + 7), nouns: NationalityCues.pluralFirmNouns.union(NationalityCues.pluralPeopleNouns).union(Self.tycoonNouns))
    }

    /// `un 15e paquet de sanctions`, `the 12th sanctions package`: a numbered package is a measure even when the
    /// sentence names neither its imposer nor its targets.
    func isNumberedPackage(head i: Int, np: Range<Int>) -> Bool {
        ["package", "paquet"].contains(tokens[i].key) && ordered(max(np.lowerBound, i - 3), i).contains { Self.isOrdinal(tokens[$0].key) || tokens[$0].key.hasSuffix("e") && tokens[$0].key.first?.isNumber == true }
    }
}
