import DossierModel

extension Analysis {
    /// Verbs that designate targets (`OFAC designated X`, `Washington sanctionne X`,
    /// `a inscrit sur sa liste noire X`, `put X on the Entity List`).
    static let designationVerbs: Set<String> = [
        "designated", "designates", "designate", "re-designated", "redesignated", "sanctioned", "sanctions", "sanctionne", "sanctionnent",
        "blacklisted", "blacklists", "designe", "a designe", "inscrit", "inscrivait", "inscrits", "listed", "added", "ajoute", "placed", "put",
    ]
    /// Verbs that forbid a trade (`Washington interdit l'exportation`, `bans exports`).
    static let prohibitionVerbs: Set<String> = ["interdit", "interdisait", "interdire", "bans", "banned", "prohibits", "prohibited", "restricts", "restricted", "restreint", "bloque", "blocks", "blocked"]

    /// One Sanction per designation or prohibition stated by a verb rather than a noun.
    func collectDesignations() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let key = tokens[i].key
                if Self.designationVerbs.contains(key), let made = designation(at: i, sentence: k, s) { i = made; continue }
                if Self.prohibitionVerbs.contains(key), let made = prohibition(at: i, sentence: k, s) { i = made; continue }
                i += 1
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// Imposer: the nearest organisation (or place standing for a government) before the verb.
    private func imposer(before i: Int, sentence k: Int) -> (org: Int?, place: Int?) {
        // An apposition just before the verb (`le FinCEN, autre service du Trésor, a désigné`) is skipped.
        var limit = i
        var j = i - 1
        while j > sentences[k].tokens.lowerBound, i - j <= 3, !(tokens[j].text == ",") { j -= 1 }
        if j > sentences[k].tokens.lowerBound, tokens[j].text == "," {
            var o = j - 1
            while o > sentences[k].tokens.lowerBound, tokens[o].text != ",", j - o < 12 { o -= 1 }
            if tokens[o].text == "," { limit = o }
        }
        let before = slots[k].filter { $0.tokens.upperBound <= limit && i - $0.tokens.upperBound <= 22 }
        var orgIndex = before.lastIndex { type($0.entity) == .organization }
        // `le Bureau … (OFAC) du Trésor américain inscrivait`: the head body, not its parent in the complement.
        while let oi = orgIndex, oi > 0 {
            let prev = before[oi - 1]
            guard type(prev.entity) == .organization else { break }
            let gap = keys(ordered(prev.tokens.upperBound, before[oi].tokens.lowerBound))
            guard gap.allSatisfy({ ["du", "de", "d'", "la", "l'", "of", "the", "(", ")"].contains($0) || $0 == fold(shortName(prev.entity)) }), gap.contains(where: { ["du", "de", "d'", "of"].contains($0) }) else { break }
            orgIndex = oi - 1
        }
        let org = orgIndex.map { before[$0].entity }
        let place = before.last { type($0.entity) == .location && limit - $0.tokens.upperBound <= 3 && !keys(ordered($0.tokens.upperBound, limit)).contains(",")
            && ($0.tokens.lowerBound - sentences[k].tokens.lowerBound <= 3) }?.entity
        return (org, place)
    }

    /// The short name an imposer is cited by in a descriptive name (`OFAC`, not its expansion).
    func shortName(_ e: Int) -> String {
        let all = [displayName(e)] + drafts[e].names + drafts[e].extraAliases
        return all.first { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy { $0.isUppercase || $0 == "." } } ?? displayName(e)
    }

    /// Targets after a designation verb: the first, then those coordinated with it (`X et son administrateur, Y`).
    private func coordinatedTargets(after i: Int, end: Int, sentence k: Int) -> [Int] {
        // A media outlet in the clause reports the designation; it is not one of its targets.
        let candidates = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.lowerBound < end && [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
        guard let first = candidates.first else { return [] }
        var out = [first.entity]
        var last = first
        for c in candidates.dropFirst() {
            let gap = keys(ordered(last.tokens.upperBound, c.tokens.lowerBound))
            let joined = gap.contains { [",", "et", "and", "ainsi", "as"].contains($0) }
            let detached = gap.contains { ["that", "which", "qui", "que", "associe", "associee", "lie", "liee", "linked", "tied", "owned", "detenu", "detenue", "run", "exploitee", "enregistree", "registered", "a", "to", "for", "pour", "with", "avec", "by", "par"].contains($0) }
            guard joined && !detached && gap.count <= 6 else { break }
            if !out.contains(c.entity) { out.append(c.entity) }
            last = c
        }
        return out
    }

    private func clauseEnd(from i: Int, _ s: Sentence, limit: Int = 24) -> Int {
        var j = i + 1
        while j < s.tokens.upperBound, j - i < limit, ![".", ";", ":", "—"].contains(tokens[j].text) {
            if ["for", "pour", "accusing", "accusant", "because", "car", "after", "apres", "which", "qui", "who", "comme"].contains(tokens[j].key) && j > i + 3 { break }
            j += 1
        }
        return j
    }

    private func designation(at i: Int, sentence k: Int, _ s: Sentence) -> Int? {
        // `the sanctioned Russian platform`: an adjective, not an act.
        if tokens[i].key == "sanctioned", i > s.tokens.lowerBound, ["the", "a", "an"].contains(tokens[i - 1].key) { return nil }
        if tokens[i].key == "sanctions", i > s.tokens.lowerBound, !(tokens[i - 1].isNameLike) { return nil }
        let (org, place) = imposer(before: i, sentence: k)
        guard org != nil || place != nil else { return nil }
        let end = clauseEnd(from: i, s)
        let targets = coordinatedTargets(after: i, end: end, sentence: k)
        // `put`, `added`, `placed`, `inscrit` need a list to be a designation.
        if ["put", "added", "ajoute", "placed", "inscrit", "inscrivait", "inscrits", "listed"].contains(tokens[i].key) {
            let clause = Set(keys(ordered(i, end)))
            guard !clause.isDisjoint(with: ["list", "liste", "blacklist"]) else { return nil }
        }
        guard !targets.isEmpty else { return nil }
        let imposerName = org.map(shortName) ?? place.map(displayName) ?? ""
        let targetNames = targets.map(displayName)
        let fr = language == "fr"
        let listed = fr ? targetNames.joined(separator: " et ") : targetNames.joined(separator: " and ")
        let name = fr ? "désignation de \(listed) par \(imposerName)" : "\(imposerName) designation of \(listed)"
        var draft = EntityDraft(type: .sanction, strength: 2)
        draft.descriptiveName = name
        draft.extraAliases = targetNames.map { fr ? "sanctions de \(imposerName) contre \($0)" : "\(imposerName) sanctions on \($0)" }
        draft.properties["designation"] = .bool(true)
        if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb", confidence: 0.65)
        // A list described in the clause (`to its list of strategic end users, meaning …`) is how the article names the measure.
        if let l = (i..<end).first(where: { ["list", "liste"].contains(tokens[$0].key) }), l + 1 < end, ["of", "des", "de", "du"].contains(tokens[l + 1].key) {
            var e = l + 2
            while e < s.tokens.upperBound, e - l < 16, ![",", ";", ".", "in", "en", "on", "after", "apres", "since", "depuis", "for", "pour"].contains(tokens[e].key) { e += 1 }
            if e - l >= 3 { drafts[sanction].extraAliases.append(text(l..<e)) }
        }
        // A list named in the same clause (`liste SDN`, `Entity List`) is this designation's other name.
        for slot in slots[k] where type(slot.entity) == .sanction && slot.entity != sanction && drafts[slot.entity].descriptiveName == nil
            && slot.tokens.lowerBound > i - 3 && slot.tokens.lowerBound < end {
            drafts[sanction].extraAliases += [displayName(slot.entity)] + drafts[slot.entity].extraAliases.prefix(4)
            drafts[slot.entity].suppressed = true
        }
        for t in targets {
            relate(t, .subjectTo, .entity(sanction), cue: i..<(i + 1), sentence: k, rule: "rule:designation.target", confidence: 0.65)
            if let o = org { relate(t, .sanctionedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:designation.designated-by", confidence: 0.65) }
        }
        if let o = org { relate(sanction, .imposedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:designation.imposer", confidence: 0.65) }
        return end
    }

    static let measureNoun: [String: (en: String, fr: String)] = [
        "restricted": ("restrictions on", "restrictions sur"), "restricts": ("restrictions on", "restrictions sur"), "restreint": ("restrictions on", "restrictions sur"),
        "banned": ("ban on", "interdiction de"), "bans": ("ban on", "interdiction de"), "interdit": ("ban on", "interdiction de"),
        "interdisait": ("ban on", "interdiction de"), "interdire": ("ban on", "interdiction de"), "prohibits": ("prohibition of", "interdiction de"),
        "prohibited": ("prohibition of", "interdiction de"), "bloque": ("block on", "blocage de"), "blocks": ("block on", "blocage de"), "blocked": ("block on", "blocage de"),
    ]

    private func prohibition(at i: Int, sentence k: Int, _ s: Sentence) -> Int? {
        var end = clauseEnd(from: i, s)
        if let comma = (i..<end).first(where: { tokens[$0].text == "," }), comma > i + 2 { end = comma }
        let clause = keys(ordered(i, end))
        guard clause.contains(where: { Self.measureContext.contains($0) || ["exporter", "export", "exports", "ship", "vendre", "sell"].contains($0) }) else { return nil }
        let (org, place) = imposer(before: i, sentence: k)
        guard org != nil || place != nil else { return nil }
        let fr = language == "fr"
        var from = i + 1
        while from < end, ["l'", "la", "le", "les", "the"].contains(tokens[from].key) { from += 1 }
        let object = text(ordered(from, end))
        let noun = Self.measureNoun[tokens[i].key] ?? ("ban on", "interdiction de")
        let name = fr ? "\(noun.fr) \(object)" : "\(noun.en) \(object)"
        var draft = EntityDraft(type: .sanction, strength: 2)
        draft.descriptiveName = name
        if let o = org ?? place { draft.extraAliases = [(fr ? "\(noun.fr) \(object) (\(shortName(o)))" : "\(shortName(o)) \(noun.en) \(object)")] }
        draft.properties["designation"] = .bool(false)
        if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: i..<end, sentence: k, rule: "rule:prohibition-verb", confidence: 0.6)
        if let o = org { relate(sanction, .imposedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:prohibition.imposer", confidence: 0.6) }
        for slot in slots[k] where slot.tokens.lowerBound > i && slot.tokens.lowerBound < end && type(slot.entity) == .location {
            let lead = keys(max(i, slot.tokens.lowerBound - 3)..<slot.tokens.lowerBound)
            if lead.contains(where: { ["vers", "to", "a", "into", "en"].contains($0) }) {
                relate(slot.entity, .subjectTo, .entity(sanction), cue: i..<(i + 1), sentence: k, rule: "rule:prohibition.country", confidence: 0.6)
            }
        }
        return end
    }
}
