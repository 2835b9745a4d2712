import DossierModel

/// Cabinet posts named with a portfolio but without their body: news writes `le ministre
/// britannique des Affaires étrangères David Lammy` or `La ministre des Affaires étrangères,
/// Mélanie Joly,` and names the ministry or the government in another sentence.
enum MinisterCues {
    /// Roles of a cabinet member: the post belongs to a ministry or to the government.
    static let cabinetRoles: Set<String> = ["MINISTER", "DEPUTY_MINISTER", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD_OF_GOVERNMENT"]
    /// Words of a ministry's name that are not its portfolio.
    static let ministryWords: Set<String> = ["ministere", "ministry", "department", "departement", "office"]
    /// Words of a government's name.
    static let governmentWords: Set<String> = ["gouvernement", "government"]
    /// Words of a cabinet title that say nothing of the portfolio.
    static let postWords: Set<String> = ["minister", "ministre", "secretary", "secretaire", "deputy", "delegue", "deleguee", "prime", "premier", "premiere", "vice", "chief", "chef"]
    /// Honorifics between a title and the name (`Mr. François Legault`, `M. X`).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "m", "mme", "dr", "sir", "dame"]
    /// Words between a title and a name that say nothing of the portfolio.
    static let linkWords: Set<String> = ["de", "d'", "du", "des", "la", "l'", "le", "les", "of", "the", "for", "et", "and", ",", "&"]
}

extension Analysis {
    /// A cabinet member with no body in the sentence works for the ministry of the title's
    /// portfolio that the document names, else for the one government it names. Several
    /// candidates, or none, give nothing. The portfolio is read after the title (`la ministre de la
    /// Transition numérique, X`), through a demonym (`le ministre britannique des Affaires
    /// étrangères X`), inside the lexicon's title, or before an English title (`Digital Development
    /// Minister X`, `Commerce Secretary X`). A ministry the text never names gets none (the
    /// annotation wants no world knowledge).
    func ministersOfDocumentBodies() {
        let bodies = drafts.indices.filter { type($0) == .organization && !drafts[$0].suppressed }
        let governments = bodies.filter { b in MinisterCues.governmentWords.contains { fold(displayName(b)).contains($0) } }
        // (A ministry read short — `ministère de X et de la Réforme ▸de l'administration` — is left alone:
        // its name is wrong.)
        let readShort = Set(slots.joined().filter { $0.tokens.upperBound < tokens.count && Token.isOfWord(tokens[$0.tokens.upperBound].key) }.map(\.entity))
        let ministries = bodies.filter { b in MinisterCues.ministryWords.contains { fold(displayName(b)).contains($0) } }
        for (k, s) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .person && !p.anaphor {
                // (`The Premier of Québec, Mr. François Legault`: an honorific may stand before the name.)
                var nameStart = p.tokens.lowerBound
                if nameStart - 2 > s.tokens.lowerBound, tokens[nameStart - 1].text == ".", MinisterCues.honorifics.contains(tokens[nameStart - 2].key) { nameStart -= 2 }
                else if nameStart - 1 > s.tokens.lowerBound, MinisterCues.honorifics.contains(tokens[nameStart - 1].key) { nameStart -= 1 }
                if nameStart > s.tokens.lowerBound, tokens[nameStart - 1].key == "," { nameStart -= 1 }
                let before: Int, end: Int, title: Range<Int>, role: String
                if let (t, r) = cabinetTitle(endingAt: nameStart, sentence: k) {
                    // `Commerce Secretary X`, `Foreign Minister X`: English puts the portfolio before the title.
                    guard let b = portfolioBefore(t.lowerBound, sentence: k) else { continue }
                    (before, end, title, role) = (b, nameStart, t, r)
                } else if let (t, r, close) = cabinetTitleAfter(p, sentence: k) {
                    // `X, secretary of state for business and trade`: the title may follow the name, up to the clause's end.
                    (before, end, title, role) = (t.lowerBound, close, t, r)
                } else { continue }
                // (`ministre des Affaires étrangères`, `Foreign Secretary`: the lexicon's title may hold the portfolio.)
                let portfolio = keys(before..<end).filter { !MinisterCues.linkWords.contains($0) && !MinisterCues.postWords.contains($0) && lex.demonyms[$0] == nil }
                let ofPortfolio = portfolio.isEmpty ? [] : ministries.filter { m in
                    let name = fold(displayName(m))
                    return portfolio.allSatisfy { name.contains($0) }
                }
                // (A ministry of the portfolio read short stands in the way of the government too.)
                guard !ofPortfolio.contains(where: readShort.contains) else { continue }
                let body = ofPortfolio.count == 1 ? ofPortfolio[0] : (ofPortfolio.isEmpty && governments.count == 1 ? governments[0] : nil)
                guard let b = body else { continue }
                relate(p.entity, .worksFor, .entity(b), cue: min(title.lowerBound, p.tokens.lowerBound)..<max(end, p.tokens.upperBound), sentence: k,
                       rule: "document:cabinet-post", confidence: 0.45, properties: ["role": .string(role)])
            }
        }
    }

    /// Where the capitalised portfolio words right before a title start (`▸Commerce Secretary`), or
    /// nil when a body is named there: `Treasury Secretary X` is the pair rules' to read.
    private func portfolioBefore(_ title: Int, sentence k: Int) -> Int? {
        var i = title
        while i > sentences[k].tokens.lowerBound, title - i < 2, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
              lex.demonyms[tokens[i - 1].key] == nil, !Self.articles.contains(tokens[i - 1].key) {
            // (A firm there holds no public office: `Digital Development Minister X` is a portfolio read as a firm.)
            if slots[k].contains(where: { $0.tokens.contains(i - 1) && type($0.entity) == .organization && drafts[$0.entity].strength >= 2 }) { return nil }
            i -= 1
        }
        return i
    }

    /// `X, secretary of state for business and trade,`, `Y, ministre de l'Industrie.`: a cabinet title right after the
    /// name's comma, with only its portfolio up to the next comma or the sentence's end. Returns the title, its role and
    /// where the portfolio ends.
    private func cabinetTitleAfter(_ p: Slot, sentence k: Int) -> (Range<Int>, String, Int)? {
        let end = sentences[k].tokens.upperBound, start = p.tokens.upperBound + 1
        guard start < end, tokens[p.tokens.upperBound].key == ",", let (length, role) = lex.roleTitles.longestMatch(tokens, at: start, limit: end),
              MinisterCues.cabinetRoles.contains(role) else { return nil }
        let close = (start..<min(end, start + 12)).first { [",", ".", ";", "(", ")"].contains(tokens[$0].key) } ?? min(end, start + 12)
        guard (start + length..<close).allSatisfy({ tokens[$0].kind == .word }),
              !slots[k].contains(where: { (start..<close).overlaps($0.tokens) && [.company, .organization, .person].contains(type($0.entity)) && drafts[$0.entity].strength >= 2 }) else { return nil }
        return (start..<(start + length), role, close)
    }

    /// The cabinet title before a name (`le ministre ▸britannique des Affaires étrangères▸ X`):
    /// only a demonym, link words and the portfolio may stand between; a named body there is the
    /// pair rules' to read (a demonym's place may).
    private func cabinetTitle(endingAt end: Int, sentence k: Int) -> (Range<Int>, String)? {
        let lo = max(sentences[k].tokens.lowerBound, end - 10)
        for i in stride(from: end - 1, through: lo, by: -1) {
            guard let (length, role) = lex.roleTitles.longestMatch(tokens, at: i, limit: end) else { continue }
            guard MinisterCues.cabinetRoles.contains(role) else { return nil }
            let between = (i + length)..<end
            // (A weak guess there, `Affaires` in `des Affaires étrangères`, is no body.)
            if slots[k].contains(where: { between.overlaps($0.tokens) && [.company, .organization, .person].contains(type($0.entity)) && drafts[$0.entity].strength >= 2 }) { return nil }
            guard between.allSatisfy({ tokens[$0].kind == .word || tokens[$0].key == "," }) else { return nil }
            return (i..<(i + length), role)
        }
        return nil
    }
}

