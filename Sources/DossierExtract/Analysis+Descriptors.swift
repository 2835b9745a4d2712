import DossierModel

/// Descriptive noun phrases that stand for a firm named earlier: `the chipmaker`, `the Canadian miner`,
/// `le géant américain`, `le fabricant` (the firm last introduced with that head noun, as in `au
/// fabricant chinois X`, else the salient firm), and `the latter` / `ce dernier` / `cette dernière`.
extension Analysis {
    /// Head nouns that describe a firm by its trade; `companyAnaphors` holds the generic ones.
    static let tradeHeads: Set<String> = ["chipmaker", "maker", "manufacturer", "giant", "producer", "supplier", "provider", "developer", "utility",
                                          "carrier", "insurer", "retailer", "automaker", "conglomerate", "specialist", "hyperscaler", "designer", "builder",
                                          "fabricant", "geant", "specialiste", "constructeur", "fournisseur", "editeur", "producteur", "hebergeur",
                                          "equipementier", "concepteur", "developpeur", "assureur", "conglomerat", "fondeur", "distributeur"]
    /// The nouns of `companyAnaphors` (`la société`, `the Chinese company`) are left to `resolveAnaphora`: they describe
    /// too many firms for the firm last introduced with one, or the salient one, to be a safe guess.
    private func isHead(_ key: String) -> Bool { Self.tradeHeads.contains(key) }

    /// The head noun that introduces a named firm (`le fabricant chinois X`, `the Canadian miner X`), if any.
    func introducingHead(of sl: Slot, sentence k: Int) -> String? {
        var j = sl.tokens.lowerBound - 1
        while j >= sentences[k].tokens.lowerBound, sl.tokens.lowerBound - j <= 4, tokens[j].kind == .word, !Self.descriptorStops.contains(tokens[j].key) {
            if isHead(tokens[j].key) || Self.specificFirmNouns.contains(tokens[j].key) { return tokens[j].key }
            j -= 1
        }
        return nil
    }

    /// `the chipmaker`, `the Canadian miner`, `the tech giant`, `le fabricant`, `le géant américain`: a determiner,
    /// at most two modifiers and a head noun, with no name after it. Returns the phrase's end and its firm.
    func descriptorAnaphor(at i: Int, sentence k: Int, previous: Int?, salient: Int?, heads: [String: Int]) -> (end: Int, entity: Int)? {
        let s = sentences[k]
        // Only a phrase that opens the sentence (`The chipmaker plans…`, `En 2021, le fabricant a…`) is read: inside a
        // clause the phrase may be an apposition (`BT, le plus grand opérateur,`) or mean a firm of another sentence.
        guard Self.definiteDeterminers.contains(tokens[i].key), tokens[i].key != "this", opensSentence(i, sentence: k) else { return nil }
        var h = i + 1, modifiers = 0
        while h < s.tokens.upperBound, !isHead(tokens[h].key), modifiers < 2, tokens[h].kind == .word, !Self.descriptorStops.contains(tokens[h].key),
              !slots[k].contains(where: { $0.tokens.contains(h) && type($0.entity) != .location }) {
            h += 1; modifiers += 1
        }
        guard h < s.tokens.upperBound, isHead(tokens[h].key) else { return nil }
        let head = tokens[h].key
        guard !(h + 1 < s.tokens.upperBound && tokens[h + 1].isNameLike), !introducesName(afterNoun: h, sentence: k),
              !slots[k].contains(where: { $0.tokens.contains(h) }) else { return nil }
        // `X bought machines from Y. The Chinese manufacturer…`: after a sentence naming two firms the noun may mean
        // either, so only a firm introduced with that noun answers it (`au fabricant chinois Y. Le fabricant…`).
        let previousFirms = Set((previous.map { slots[$0] } ?? []).filter { !$0.anaphor && isFirm($0.entity) }.map(\.entity))
        // Otherwise the salient firm, only when the previous sentence names it as its subject and no other firm.
        let previousSubject = previous.flatMap { sentenceSubject($0, quoted: []) }?.entity
        let fallback = previousFirms.count <= 1 && previousSubject != nil && previousSubject == salient ? salient : nil
        guard let e = heads[head] ?? fallback, isFirm(e) else { return nil }
        return (h + 1, e)
    }

    /// Does token `i` open sentence `k`, after at most a connective (`But`, `Mais`) or a fronted phrase of time or place and its comma?
    func opensSentence(_ i: Int, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        if i == lo || (i == lo + 1 && Self.pronounOpeners.contains(tokens[lo].key)) { return true }
        guard i > lo + 1, i - lo <= 12, tokens[i - 1].key == ",", Self.frontedOpeners.contains(tokens[lo].key) || tokens[lo].kind == .number || Self.pronounOpeners.contains(tokens[lo].key) else { return false }
        return !(lo..<(i - 1)).contains { tokens[$0].key == "," } && !slots[k].contains { $0.tokens.upperBound < i && [.company, .organization, .person].contains(type($0.entity)) }
    }

    /// `the latter`, `the former`, `ce dernier`, `cette dernière`: the last (or first) actor named before it in the
    /// sentence, else in the previous one, of the French gender the phrase shows.
    func latterAnaphor(at i: Int, sentence k: Int, previous p: Int?, genders: [Int: Gender]) -> Int? {
        guard i + 1 < sentences[k].tokens.upperBound else { return nil }
        let first = tokens[i].key, second = tokens[i + 1].key
        let latter = (first == "the" && second == "latter") || (["ce", "cette"].contains(first) && ["dernier", "derniere"].contains(second))
        let former = first == "the" && second == "former"
        guard latter || former else { return nil }
        let feminine: Bool? = first == "cette" ? true : first == "ce" ? false : nil
        let fits = { (sl: Slot) -> Bool in
            guard !sl.anaphor, [.company, .organization, .person].contains(self.type(sl.entity)), !self.drafts[sl.entity].isMedia else { return false }
            guard let feminine, self.type(sl.entity) != .person else { return true }
            let g = genders[sl.entity] ?? (self.type(sl.entity) == .company ? .feminine : nil)
            return g == nil || (g == .feminine) == feminine
        }
        var candidates = slots[k].filter { $0.tokens.upperBound <= i && fits($0) }
        if Set(candidates.map(\.entity)).count < 2, let p { candidates = slots[p].filter(fits) }
        guard Set(candidates.map(\.entity)).count >= 2 else { return nil }
        return latter ? candidates.last?.entity : candidates.first?.entity
    }
}
