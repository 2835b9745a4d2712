import DossierModel

/// Countries that a firm's own name carries (`Korvant Nigeria`, `the National Velorian Oil Company`, `le Fonds
/// souverain russe`), and the small slot helpers the place rules share.
extension Analysis {
    /// LOCATED_IN from a country or nationality word inside a company's name, when the text also names
    /// that country on its own: the name alone is not a mention of the place, and a place the text never
    /// names is left to the reader.
    func collectPlacesInNames() {
        // Countries only: a town in a name (`Norilsk Metals`, `Lyon School of Trade`) often names a
        // founding site or a market, not the seat the annotators record.
        let places = drafts.indices.filter { drafts[$0].type == .location && !drafts[$0].suppressed && !drafts[$0].mentions.isEmpty
            && drafts[$0].properties["kind"] == .string("country") }
        guard !places.isEmpty else { return }
        for e in drafts.indices where drafts[e].type == .company && !drafts[e].suppressed && !drafts[e].isMedia {
            guard let m = drafts[e].mentions.first else { continue }
            let words = drafts[e].names.map { nameWords($0) }
            var found: Set<Int> = []
            for p in places {
                let placeNames = (drafts[p].names + drafts[p].extraAliases).map { nameWords($0) }.filter { !$0.isEmpty }
                // A firm named only by the place (`Québec` as a company) is the mention finder's call, not a seat.
                if words.contains(where: { w in placeNames.contains(w) }) { continue }
                // `U.S. IP` (intellectual property) is no firm of the country: the name needs a word of its own.
                if words.contains(where: { w in placeNames.contains { pn in containsRun(w, pn) && w.contains { $0.count >= 3 && !pn.contains($0) } } }) { found.insert(p) }
            }
            for w in words.joined() {
                guard let code = lex.demonyms[w], let p = places.first(where: { drafts[$0].properties["country"] == .string(code) }) else { continue }
                found.insert(p)
            }
            guard !found.isEmpty else { continue }
            let at = tokenIndex(atScalar: m.evidence.span.start)
            let k = sentenceIndex(ofToken: at)
            for p in found.sorted() {
                relate(e, .locatedIn, .entity(p), cue: at..<(at + 1), sentence: k, rule: "rule:place-in-name", confidence: 0.5)
            }
        }
    }

    /// `Colruyt France`, `Bonduelle Frais France`, `Sberbank (Suisse)`: a firm whose name is another firm's
    /// name the text uses on its own, then a country the text names, is that firm's arm in the country (the
    /// lexicon's firms have theirs read by `localArms`, this is for any firm the article names).
    func armsNamedAfterParents() {
        let countries = drafts.indices.filter { drafts[$0].type == .location && !drafts[$0].suppressed
            && drafts[$0].properties["kind"] == .string("country") }
            .map { p in (drafts[p].names + drafts[p].extraAliases).map { nameWords($0) }.filter { !$0.isEmpty } }
        let firms = drafts.indices.filter { drafts[$0].type == .company && !drafts[$0].suppressed && !drafts[$0].isMedia }
        // Each firm's names as words, once: the parent search below runs only for the few names ending on a country.
        let words = firms.map { drafts[$0].names.map { nameWords($0) } }
        for (n, e) in firms.enumerated() {
            guard let m = drafts[e].mentions.first else { continue }
            let heads: [[String]] = words[n].compactMap { w in
                for names in countries { for c in names where w.count > c.count && Array(w.suffix(c.count)) == c { return Array(w.dropLast(c.count)) } }
                return nil
            }
            guard !heads.isEmpty, let parent = firms.indices.first(where: { q in
                firms[q] != e && words[q].contains { pw in heads.contains { !pw.isEmpty && $0.count >= pw.count && Array($0.prefix(pw.count)) == pw } }
            }).map({ firms[$0] }) else { continue }
            let at = tokenIndex(atScalar: m.evidence.span.start)
            relate(e, .subsidiaryOf, .entity(parent), cue: at..<(at + 1), sentence: sentenceIndex(ofToken: at), rule: "rule:firm-country-arm", confidence: 0.6)
        }
    }

    /// Folded words of a name, split at spaces, hyphens and apostrophes.
    private func nameWords(_ name: String) -> [String] {
        fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// True when a firm's name starts at token `i` (`Texas-based Korvant Scientific`: the phrase premodifies it).
    func namesFirm(at i: Int, sentence k: Int) -> Bool {
        slots[k].contains { $0.tokens.lowerBound == i && !$0.anaphor && isFirm($0.entity) }
    }

    /// `companies X`, `firm Y`: a firm noun right before a firm's name.
    func firmNounNamesFirm(at i: Int, sentence k: Int) -> Bool {
        i < sentences[k].tokens.upperBound && (NationalityCues.pluralFirmNouns.contains(tokens[i].key) || Vocabulary.companyHeads.contains(tokens[i].key))
            && namesFirm(at: i + 1, sentence: k)
    }

    /// `their California-based company, X`: the firm named in apposition right after a noun slot.
    func apposedName(after noun: Slot, sentence k: Int) -> Slot? { apposedName(endingAt: noun.tokens.upperBound, sentence: k) }

    /// The firm named in apposition after a noun phrase that ends before token `i`.
    func apposedName(endingAt i: Int, sentence k: Int) -> Slot? {
        guard i + 1 < sentences[k].tokens.upperBound, tokens[i].key == "," else { return nil }
        return slots[k].first { $0.tokens.lowerBound == i + 1 && !$0.anaphor && isFirm($0.entity) }
    }
}
