import DossierModel

/// Holdings and investments in the wording of news reports: a holder in apposition with a
/// possessive (`SoftBank, its largest investor`, `by its largest shareholder, X`, `son actionnaire
/// majoritaire, X`), a parent (`X's parent Y`, `sa maison mère Y`), money put into a firm (`agreed to
/// inject $6.5 billion … into Y`, `a injecté 50 M€ dans Y`), what a firm owns named with a possessive
/// (`Disney's flagship ESPN channels`, `Alphabet's Waymo unit`) and `Y-owned X`.
enum StakeCues {
    /// Adjectives between a possessive and a holder noun (`its largest shareholder`, `son premier actionnaire`).
    static let rankWords: Set<String> = ["largest", "biggest", "main", "principal", "principaux", "principale", "majority", "controlling", "single", "sole", "leading", "top",
                                         "key", "major", "new", "former", "longtime", "long-time", "early", "premier", "plus", "gros", "grand", "majoritaire", "unique",
                                         "historique", "nouveau", "nouvel", "ancien", "minority", "minoritaire", "reference", "de"]
    static let shareholderNouns: Set<String> = ["shareholder", "owner", "actionnaire", "proprietaire", "stakeholder"]
    static let investorNouns: Set<String> = ["investor", "backer", "investisseur", "bailleur", "financeur", "funder"]
    static let parentNouns: Set<String> = ["parent", "mere"]
    /// Verbs of putting money into a firm; the money must come before `into/in/dans`.
    static let injectVerbs: Set<String> = ["inject", "injects", "injected", "injecting", "pours", "poured", "pump", "pumps", "pumped", "plow", "plows", "plowed",
                                           "plough", "ploughed", "sink", "sank", "sunk", "invest", "invests", "invested", "investing", "injecte", "injecter", "injectera",
                                           "injectent", "investit", "investi", "investir", "investira", "investissent"]
    /// What a firm owns, named after its possessive (`Disney's ESPN channels`, `its Hulu service`).
    static let ownedNouns: Set<String> = ["channel", "channels", "network", "networks", "brand", "brands", "station", "stations", "studio", "studios", "label", "labels",
                                          "chain", "chains", "stores", "newspaper", "newspapers", "magazine", "airline", "hotels", "restaurants", "service", "streaming", "website"]
    static let childNouns: Set<String> = ["unit", "subsidiary", "division", "arm", "affiliate"]
}

extension Analysis {
    func collectStakes() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if Self.possessives.contains(key) { possessiveHolder(at: i, sentence: k) }
                if StakeCues.injectVerbs.contains(key) { moneyInto(verb: i, sentence: k) }
                if key == "'s" {
                    possessiveHoldings(at: i, sentence: k)
                    if let y = slots[k].last(where: { $0.tokens.upperBound == i && !$0.anaphor }), isFirm(y.entity) { possessiveHolder(at: i, owner: y, sentence: k) }
                }
                if key == "owned", i >= 2, tokens[i - 1].text == "-" { hyphenOwned(at: i, sentence: k) }
                if ["stake", "participation"].contains(key) { stakeInTheFirmOfTheSentence(noun: i, sentence: k) }
            }
        }
    }

    /// The holder noun after a possessive and rank words: `its largest shareholder`, `sa maison mère`.
    private func holderNoun(after i: Int, sentence k: Int) -> Int? {
        let end = sentences[k].tokens.upperBound
        var j = i + 1
        while j < end, j - i <= 3, StakeCues.rankWords.contains(tokens[j].key) { j += 1 }
        guard j < end else { return nil }
        let key = tokens[j].key
        // `sa maison mère`, `sa société mère`
        if ["maison", "societe", "groupe"].contains(key), j + 1 < end, tokens[j + 1].key == "mere" { return j + 1 }
        if StakeCues.parentNouns.contains(key) { return j + 1 < end && ["company", "group", "firm"].contains(tokens[j + 1].key) ? j + 1 : j }
        return StakeCues.shareholderNouns.contains(key) || StakeCues.investorNouns.contains(key) ? j : nil
    }

    /// `SoftBank, its largest investor,`, `by its largest shareholder, Japanese … company SoftBank Group
    /// Corp`, `son actionnaire majoritaire, le fonds X`, `sa maison mère Y`.
    /// With `Y's` (`owner`), Y is what is held: `WeWork's largest shareholder, SoftBank`, `X's parent Y`, `Z, X's parent,`.
    private func possessiveHolder(at i: Int, owner: Slot? = nil, sentence k: Int) {
        guard let n = holderNoun(after: i, sentence: k) else { return }
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var holder: Slot? = nil
        // `X, its largest investor`, `X, Y's parent`: the name in apposition before.
        let opening = owner?.tokens.lowerBound ?? i
        if opening - 1 > lo, tokens[opening - 1].key == "," { holder = slots[k].last { $0.tokens.upperBound == opening - 1 && !$0.anaphor } }
        var referentEnd = holder?.tokens.lowerBound ?? i
        if holder == nil {
            // `its largest shareholder, [descriptor] X`, `sa maison mère Y`
            var j = n + 1
            if j < end, tokens[j].key == "," { j += 1 }
            holder = partyAfter(j, sentence: k, types: [.company, .organization, .person])
            referentEnd = i
        }
        guard let h = holder, [.company, .organization, .person].contains(type(h.entity)), !drafts[h.entity].isMedia else { return }
        // The firm the possessive stands for: the last firm named before, else the salient one.
        let before = slots[k].last { $0.tokens.upperBound <= referentEnd && isFirm($0.entity) && $0.entity != h.entity && !isComplement($0, sentence: k) || $0.anaphor && $0.tokens.upperBound <= referentEnd && isFirm($0.entity) && $0.entity != h.entity }
        guard let owned = owner?.entity ?? before?.entity ?? salientAt[k].flatMap({ isFirm($0) && $0 != h.entity ? $0 : nil }), owned != h.entity else { return }
        let noun = tokens[n].key
        let cue = min(i, h.tokens.lowerBound)..<max(n + 1, h.tokens.upperBound)
        if StakeCues.parentNouns.contains(noun) || noun == "mere" || ["company", "group", "firm"].contains(noun) {
            guard isFirmOrBody(h.entity) else { return }
            relate(owned, .subsidiaryOf, .entity(h.entity), cue: cue, sentence: k, rule: "rule:possessive-parent", confidence: 0.55)
        } else if StakeCues.shareholderNouns.contains(noun) {
            relate(h.entity, .owns, .entity(owned), cue: cue, sentence: k, rule: "rule:possessive-shareholder", confidence: 0.55)
        } else {
            relate(h.entity, .investsIn, .entity(owned), cue: cue, sentence: k, rule: "rule:possessive-investor", confidence: 0.55)
        }
    }

    /// `SoftBank agreed to inject $6.5 billion in debt and equity into WeWork`, `X a injecté 50 M€ dans Y`:
    /// money put into a firm (the money must come first: `invest in AI` names no firm).
    private func moneyInto(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var j = i + 1, sawMoney = false
        while j < min(end, i + 14) {
            let key = tokens[j].key
            if [".", ";", "which", "who", "qui", "while", "tandis", "but", "mais"].contains(key) { return }
            if namesMoneyOrRound([key]) && (tokens[j].kind == .number || !DealCues.roundNouns.contains(key)) { sawMoney = true }
            if sawMoney, ["into", "in", "dans"].contains(key), let y = slotStarting(at: j + 1, sentence: k, types: [.company], skip: 2), isFirm(y.entity) {
                guard let x = subjectOfVerb(i, sentence: k, types: [.company, .organization, .person], window: 14, excluding: y.entity), !drafts[x.entity].isMedia else { return }
                relate(x.entity, .investsIn, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:money-into", confidence: 0.55,
                       properties: amountProperties(k))
                return
            }
            j += 1
        }
    }

    /// `Disney's flagship ESPN channels, Disney Channel and other cable networks` (OWNS), `Alphabet's Waymo
    /// unit` (SUBSIDIARY_OF): a firm named between a possessive and a noun of things owned.
    private func possessiveHoldings(at i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let y = slots[k].last(where: { $0.tokens.upperBound == i && !$0.anaphor }), isFirm(y.entity) else { return }
        var j = i + 1
        // Up to two lower-case adjectives (`flagship`, `popular`).
        while j < end, j - i <= 2, tokens[j].kind == .word, !tokens[j].isNameLike, !StakeCues.ownedNouns.contains(tokens[j].key), !StakeCues.childNouns.contains(tokens[j].key) { j += 1 }
        guard let x = slots[k].first(where: { $0.tokens.lowerBound == j && !$0.anaphor }), isFirm(x.entity), x.entity != y.entity, x.tokens.upperBound < end else { return }
        let noun = tokens[x.tokens.upperBound].key
        let cue = y.tokens.lowerBound..<(x.tokens.upperBound + 1)
        if StakeCues.childNouns.contains(noun) {
            relate(x.entity, .subsidiaryOf, .entity(y.entity), cue: cue, sentence: k, rule: "rule:possessive-unit", confidence: 0.55)
        } else if StakeCues.ownedNouns.contains(noun) {
            relate(y.entity, .owns, .entity(x.entity), cue: cue, sentence: k, rule: "rule:possessive-holding", confidence: 0.5)
            // `…, Disney Channel and other cable networks`: the list goes on after the noun.
            let named = Slot(entity: x.entity, tokens: x.tokens.lowerBound..<(x.tokens.upperBound + 1), anaphor: false)
            for z in coordinated(after: named, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) where z.entity != y.entity {
                relate(y.entity, .owns, .entity(z.entity), cue: y.tokens.lowerBound..<z.tokens.upperBound, sentence: k, rule: "rule:possessive-holding.list", confidence: 0.45)
            }
        }
    }

    /// `the Disney-owned ESPN`, `Tessara-owned Korvant`: the firm before the hyphen owns the one named after
    /// (`state-owned`, `family-owned` name no firm).
    private func hyphenOwned(at i: Int, sentence k: Int) {
        guard let y = slots[k].last(where: { $0.tokens.upperBound == i - 1 && !$0.anaphor }), isFirmOrBody(y.entity),
              let x = slotStarting(at: i + 1, sentence: k, types: [.company, .facility], skip: 2), x.entity != y.entity else { return }
        relate(y.entity, .owns, .entity(x.entity), cue: y.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:x-owned", confidence: 0.55)
    }

    /// `The company was majority-owned by Y until March, when X, a Cyprus-registered vehicle, took a 40%
    /// stake.`: a stake taken with no `in/of` complement is in the firm the sentence is about.
    private func stakeInTheFirmOfTheSentence(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        // The stake closes the clause (`took a 40% stake.`, `a pris une participation majoritaire.`).
        let closing = (i + 1..<min(end, i + 3)).first { !["majoritaire", "minoritaire", "minority", "majority"].contains(tokens[$0].key) } ?? end
        guard closing >= end || [".", ",", ";"].contains(tokens[closing].key),
              (max(lo, i - 4)..<closing).contains(where: { ["%", "percent", "majority", "minority", "majoritaire", "minoritaire", "controlling"].contains(tokens[$0].key) || tokens[$0].key.hasSuffix("%") }),
              let verb = (max(lo, i - 6)..<i).last(where: { ["took", "takes", "take", "acquired", "bought", "pris", "prend", "acquis", "holds", "detient"].contains(tokens[$0].key) }),
              let holder = subjectOfVerb(verb, sentence: k, types: [.company, .organization, .person], window: 14) else { return }
        // The firm of the sentence: its first firm (named or `the company`) that is no complement, else the salient one.
        let first = slots[k].first { isFirm($0.entity) && $0.entity != holder.entity && $0.tokens.upperBound <= holder.tokens.lowerBound && !isComplement($0, sentence: k) }
        guard let owned = first?.entity ?? salientAt[k].flatMap({ isFirm($0) && $0 != holder.entity ? $0 : nil }) else { return }
        relate(holder.entity, .owns, .entity(owned), cue: holder.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:stake-in-the-firm-of-the-sentence", confidence: 0.5)
    }
}
