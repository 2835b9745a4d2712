import DossierModel

extension Analysis {
    /// `Gabon : Eramet annonce l'ouverture d'une mine`, `Cameroun : le barrage de Nachtigal se précise`: a headline
    /// that opens on a country and a colon files the story under that country, and annotators place there the firm
    /// the headline is about (the first it names) and the sites it names. Only a country does: `Afrique :` or
    /// `Nucléaire :` files nothing, and a firm or site the body never describes gets no entity from the headline.
    func placeHeadlineSubjects() {
        guard let h = headlineSentence else { return }
        let s = sentences[h]
        guard let country = headlineNames.first(where: { $0.type == .location && $0.tokens.lowerBound == s.tokens.lowerBound }),
              let id = country.lexicon, lex.entries[id].kind == "country",
              country.tokens.upperBound < s.tokens.upperBound, tokens[country.tokens.upperBound].text == ":",
              let place = keyToEntity[Self.groupKey(text(country.tokens))] else { return }
        let rest = (country.tokens.upperBound + 1)..<s.tokens.upperBound
        // (`Paraguay : le canadien Borealis prend le contrôle d'un site`: a firm given its own nationality is a visitor.)
        if let firm = headlineFirms.first(where: { rest.contains($0.tokens.lowerBound) }),
           !(firm.tokens.lowerBound > rest.lowerBound && lex.demonyms[tokens[firm.tokens.lowerBound - 1].key] != nil),
           let e = keyToEntity[Self.groupKey(text(firm.tokens))], type(e) == .company, !drafts[e].suppressed, !drafts[e].isMedia {
            relate(e, .locatedIn, .entity(place), cue: firm.tokens, sentence: h, rule: "rule:headline-country", confidence: 0.55)
        }
        let spelled = fold(text(rest))
        for f in drafts.indices where drafts[f].type == .facility && !drafts[f].suppressed {
            let name = fold(displayName(f))
            guard name.split(separator: " ").count >= 2, spelled.contains(name) else { continue }
            relate(f, .locatedIn, .entity(place), cue: rest, sentence: h, rule: "rule:headline-country", confidence: 0.55)
        }
    }
}
