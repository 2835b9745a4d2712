import DossierModel

extension Analysis {
    /// `Maroc Telecom est présent dans neuf pays : Mauritanie (Mauritel), Mali (Sotelma) …`, `subsidiaries in Ghana (MTN
    /// Ghana) and Benin (MTN Benin)`: a list of countries, each with its local firm in brackets. Each firm is in its
    /// country; the firm the clause says is present there, or has them as subsidiaries, is in every country and is their parent.
    func countryBracketLists() {
        let presence: Set<String> = ["present", "presente", "presence", "operates", "operate", "active", "actif", "opere", "implante", "implantee",
                                     "subsidiaries", "filiales", "markets", "marches", "operations", "activites"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            var pairs: [(country: Slot, firm: Slot)] = []
            for c in slots[k] where type(c.entity) == .location && isCountryName(c.tokens) {
                let p = c.tokens.upperBound
                guard let f = slots[k].first(where: { $0.tokens.lowerBound == p + 1 && type($0.entity) == .company && !$0.anaphor }),
                      tokens[p].text == "(", f.tokens.upperBound < s.tokens.upperBound, tokens[f.tokens.upperBound].text == ")" else { continue }
                pairs.append((c, f))
            }
            guard pairs.count >= 2 else { continue }
            for (c, f) in pairs {
                relate(f.entity, .locatedIn, .entity(c.entity), cue: c.tokens.lowerBound..<(f.tokens.upperBound + 1), sentence: k, rule: "rule:country-bracketed-firm", confidence: 0.6)
            }
            let first = pairs[0].country.tokens.lowerBound
            guard let cue = ordered(s.tokens.lowerBound, first).last(where: { presence.contains(tokens[$0].key) }),
                  let group = clauseSubject(before: cue, sentence: k, types: [.company], window: 14) else { continue }
            for (c, f) in pairs {
                relate(group.entity, .locatedIn, .entity(c.entity), cue: cue..<c.tokens.upperBound, sentence: k, rule: "rule:country-list.group", confidence: 0.55)
                relate(f.entity, .subsidiaryOf, .entity(group.entity), cue: cue..<(f.tokens.upperBound + 1), sentence: k, rule: "rule:country-list.local-firm", confidence: 0.5)
            }
        }
    }

    /// Whether the tokens spell a country of the lexicon (not a town or region).
    func isCountryName(_ r: Range<Int>) -> Bool {
        lex.places.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound).map { $0.0 == r.count && lex.entries[$0.1].kind == "country" } == true
    }
}
