import DossierModel

extension Analysis {
    /// One site a plural noun enumerates: the name that tells it apart, the places written after it,
    /// and whether the name came behind `de` (`centrale de Tozeur`) or stood alone (`mine Agbaou`).
    struct ListedSite {
        let name: Slot
        var places: [Int] = []
        let behindOf: Bool
    }

    /// `les mines Agbaou et Ity en Côte d'Ivoire, Karma au Burkina Faso`, `des centrales de Tozeur (50 MW), de
    /// Gafsa (100 MW) et de Sidi Bouzid`, `the Andina and Chuquicamata mines`: a plural site noun that
    /// enumerates two or more sites by name describes each of them (annotators give every one its entity,
    /// its place and its capacity). A place written after an item places it and the items before it that
    /// had none. Places after a bare locative (`des centres au Québec, en Norvège`) name no site: that is
    /// a firm's fleet, read elsewhere.
    func enumeratedSites(noun r: Range<Int>, kind: String, sentence k: Int) -> [ListedSite]? {
        // `les centres de données Kolmar et Dravex`, `the Velkor and Orvane plants`: sites of these kinds are
        // named after their firms, so a list of names is a list of firms; only places name them.
        let groundNamed = !Self.firmNamedSiteKinds.contains(kind)
        if groundNamed, let before = sitesNamedBefore(noun: r, sentence: k) { return before }
        let end = sentences[k].tokens.upperBound
        var at = r.upperBound
        // `les mines d'or Agbaou et Ity`, `les centrales solaires de X`: what the ground yields or the kind of power.
        if at + 1 < end, ["de", "d'"].contains(tokens[at].key), isCommodity(tokens[at + 1].key) { at += 2 }
        while at < end, Self.powerKinds.contains(tokens[at].key) || lex.demonyms[tokens[at].key] != nil { at += 1 }
        let behindOf = at < end && Self.siteListOf.contains(tokens[at].key)
        var items: [ListedSite] = []
        var unplaced: [Int] = []
        while at < end {
            // (`les mines d'or de Boungou et Wahgnion`: after the first item the `de` may be left out.)
            if behindOf {
                if Self.siteListOf.contains(tokens[at].key) { at += 1 } else if items.isEmpty { break }
            }
            guard let slot = slots[k].first(where: { $0.tokens.lowerBound == at && !$0.anaphor }),
                  groundNamed && weak(slot) || (behindOf && isTownBehindOf(slot)) else { break }
            items.append(ListedSite(name: slot, behindOf: behindOf))
            unplaced.append(items.count - 1)
            at = skipParenthesis(from: slot.tokens.upperBound, end: end)
            if at + 1 < end, Self.siteListLocatives.contains(tokens[at].key) || tokens[at].isFrenchA,
               let place = slots[k].first(where: { $0.tokens.lowerBound == at + 1 && type($0.entity) == .location }) {
                for i in unplaced { items[i].places.append(place.entity) }
                unplaced = []
                at = skipParenthesis(from: place.tokens.upperBound, end: end)
            }
            guard at < end else { break }
            if tokens[at].key == "," {
                at += 1
                if at < end, Self.siteListJoins.contains(tokens[at].key) { at += 1 }
            } else if Self.siteListJoins.contains(tokens[at].key) {
                at += 1
            } else { break }
            // `Avocette, Atora ou encore Coucal`
            if at < end, tokens[at].key == "encore" { at += 1 }
        }
        return items.count >= 2 ? items : nil
    }

    /// `the Andina and Chuquicamata mines`: English names coordinated right before the plural noun; a place after
    /// the noun (`mines in Chile`) places them all.
    private func sitesNamedBefore(noun r: Range<Int>, sentence k: Int) -> [ListedSite]? {
        guard language == "en", let last = slots[k].first(where: { $0.tokens.upperBound == r.lowerBound && !$0.anaphor }), weak(last) else { return nil }
        var items = [ListedSite(name: last, behindOf: false)]
        var at = last.tokens.lowerBound
        let start = sentences[k].tokens.lowerBound
        while at - 2 >= start, [",", "and", "or"].contains(tokens[at - 1].key),
              let previous = slots[k].first(where: { $0.tokens.upperBound == at - 1 && !$0.anaphor }), weak(previous) {
            items.insert(ListedSite(name: previous, behindOf: false), at: 0)
            at = previous.tokens.lowerBound
        }
        // (Two names joined by a comma alone, `Velkor, Orvane mines`, are no list: an apposition may end there.)
        guard items.count >= 2, tokens[items[1].name.tokens.lowerBound - 1].key != "," || items.count > 2 else { return nil }
        let end = sentences[k].tokens.upperBound
        if r.upperBound + 1 < end, ["in", "at"].contains(tokens[r.upperBound].key),
           let place = slots[k].first(where: { $0.tokens.lowerBound == r.upperBound + 1 && type($0.entity) == .location }) {
            for i in items.indices { items[i].places.append(place.entity) }
        }
        return items
    }

    /// A place, or a name read as a person from its first word alone (`de Sidi Bouzid`): behind `de` in an
    /// enumeration of sites, a town.
    private func isTownBehindOf(_ slot: Slot) -> Bool {
        guard !drafts[slot.entity].suppressed else { return false }
        return type(slot.entity) == .location
            || type(slot.entity) == .person && drafts[slot.entity].mentions.count == 1 && onlyGuessedAs(["lexicon:first-names"], slot.entity)
    }

    /// Past a parenthesis of a few words (`(100 MW)`, `(40%)`, `(Hauts-de-France)`).
    private func skipParenthesis(from at: Int, end: Int) -> Int {
        guard at < end, tokens[at].text == "(", let close = (at..<min(end, at + 8)).first(where: { tokens[$0].text == ")" }) else { return at }
        return close + 1
    }

    /// Adds the sites a plural noun enumerates, with the firm that runs them all when the sentence gives one.
    func addEnumeratedSites(_ listed: [ListedSite], noun r: Range<Int>, lemma: String, kind: String, sentence k: Int) -> Int? {
        let names = Set(listed.map { $0.name.entity })
        let found = facilityOwner(noun: r, kind: kind, sentence: k)
        // (When the nearest name is one of the sites, the firm the text is about runs them, as for a single named site.)
        let owner = found.flatMap { names.contains($0) || drafts[$0].suppressed ? nil : $0 }
            ?? found.flatMap { names.contains($0) ? salientAt[k].flatMap { isFirm($0) ? $0 : nil } : nil }
        var site: Int? = nil
        for item in listed {
            let own = text(item.name.tokens)
            if item.behindOf, type(item.name.entity) == .person { drafts[item.name.entity].type = .location }
            let isPlace = type(item.name.entity) == .location
            let primary: String
            if item.behindOf {
                // (An item whose `de` was left out takes the plain form: `mine d'or de Wahgnion`.)
                let written = tokens[item.name.tokens.lowerBound - 1]
                let of = Self.siteListOf.contains(written.key) ? written.text : own.first.map { "AEIOUYÉÈÊHaeiouyéèêh".contains($0) } == true ? "d'" : "de"
                primary = lemma + " " + of + (of.hasSuffix("'") || of.hasSuffix("’") ? "" : " ") + own
            } else {
                primary = language == "fr" ? "\(lemma) \(own)" : "\(own) \(lemma)"
            }
            if !isPlace { drafts[item.name.entity].suppressed = true }
            let f = addEntity(facilityDraft(name: (primary, isPlace ? [] : [own]), kind: kind, owner: owner))
            addMention(entity: f, tokens: item.name.tokens, sentence: k, rule: "rule:facility-noun.enumerated", confidence: 0.6)
            if let o = owner { relate(o, .operates, .entity(f), cue: r, sentence: k, rule: "rule:facility.owner", confidence: 0.6) }
            if isPlace { relate(f, .locatedIn, .entity(item.name.entity), cue: item.name.tokens, sentence: k, rule: "rule:facility.place", confidence: 0.65) }
            for p in item.places { relate(f, .locatedIn, .entity(p), cue: item.name.tokens, sentence: k, rule: "rule:facility.place", confidence: 0.65) }
            site = f
        }
        return site
    }

    /// Kinds of sites that news names after the firm that runs them.
    static let firmNamedSiteKinds: Set<String> = ["DATA_CENTER", "MINING_FARM", "CAMPUS", "HEADQUARTERS", "PLANT", "FAB", "LAB", "WAREHOUSE", "HUB", "EXPANSION"]
    /// `de`, `d'`, `du` before each name of a French enumeration.
    static let siteListOf: Set<String> = ["de", "d'", "du"]
    /// Words that coordinate the names of an enumeration.
    static let siteListJoins: Set<String> = ["et", "ou", "and", "or"]
    /// Prepositions that place one item of an enumeration (the French `à` is tested apart).
    static let siteListLocatives: Set<String> = ["en", "au", "aux", "in", "at"]
}
