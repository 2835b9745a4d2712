import DossierModel

/// Types corrected by the role words around a name, before the relation rules read them: a name a
/// firm's officer is titled after (`le fondateur de Voltéa,`, `a Corvane spokesperson`) is a firm
/// even when a comma or an article made the finder guess a place; the firm of a board (`conseil
/// d'administration de X`) is no public body; a capitalised article (`Un porte-parole…`) is no name.
enum RoleTypeCues {
    /// Place guesses made from the words around the name only (no lexicon behind them).
    static let guessedPlaceRules: Set<String> = ["rule:place-comma-region", "rule:locative-preposition", "rule:en-place", "rule:dans-le-place",
                                                 "rule:near-place", "rule:site-at-place", "rule:parenthesised-place", "rule:coordinated-place"]
    /// Roles only a firm or a body gives (not `president`, which a country has too).
    static let officerRoles: Set<String> = ["CEO", "CFO", "COO", "CTO", "CIO", "CHAIR", "EXECUTIVE", "VICE_PRESIDENT", "MANAGING_DIRECTOR",
                                            "SPOKESPERSON", "CCO", "CSTRAT", "FOUNDER"]
    static let partyLabels: Set<String> = ["republican", "republicans", "democrat", "democrats", "democratic", "conservative", "labour", "liberal", "tory",
                                           "republicain", "republicaine", "democrate", "socialiste", "ecologiste", "centriste"]
    /// A board named before `de / of` and its firm (`conseil d'administration de`, `directoire de`).
    static let boards: [[String]] = Analysis.phrases(["conseil d' administration", "conseil d'administration", "conseil de surveillance", "directoire", "comite executif", "board of directors", "board"])
}

extension Analysis {
    /// Runs before the pair rules so that they see the corrected types.
    func retypeAroundRoleWords() {
        for (k, _) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where !sl.anaphor && !drafts[sl.entity].suppressed {
                switch type(sl.entity) {
                case .location where onlyGuessedAs(RoleTypeCues.guessedPlaceRules, sl.entity) && sl.tokens.count <= 3
                        && (officerTitleOf(before: sl, sentence: k) || officerTitleAfter(sl, sentence: k)):
                    retypeAsFirm(sl.entity)
                // (`Republican chairman of the committee`: a party label before a title names no firm.)
                case .company where drafts[sl.entity].strength <= 1 && sl.tokens.count <= 3 && !RoleTypeCues.partyLabels.contains(tokens[sl.tokens.lowerBound].key)
                        && (officerTitleOf(before: sl, sentence: k) || officerTitleAfter(sl, sentence: k)):
                    retypeAsFirm(sl.entity)
                case .person where onlyGuessedAs(["lexicon:first-names"], sl.entity) && jobAt(before: sl, sentence: k):
                    retypeAsFirm(sl.entity)
                // `said ▸Kessler Grid◂'s chief executive Y`, `Y, chief executive of ▸Kessler Grid◂, said`: a name typed
                // a person only by the speech verb or the title beside it is the officer's firm.
                case .person where onlyGuessedAs(["rule:title-before-name"], sl.entity) && (officerTitleOf(before: sl, sentence: k) || officerTitleAfter(sl, sentence: k)):
                    retypeAsFirm(sl.entity)
                // `cofondatrice et directrice technique de ▸Calvérie Data◂, a présenté la puce`: no product.
                case .product where onlyGuessedAs(["rule:product-cue"], sl.entity) && officerTitleOf(before: sl, sentence: k):
                    retypeAsFirm(sl.entity)
                case .organization where onlyGuessedAs(["rule:organization-head"], sl.entity) && boardOf(before: sl, sentence: k):
                    retypeAsFirm(sl.entity)
                default: break
                }
            }
        }
        // `Un porte-parole de…`: a sentence-initial article read as an acronym (`UN`).
        for e in drafts.indices where !drafts[e].suppressed && !drafts[e].mentions.isEmpty
            && drafts[e].mentions.allSatisfy({ m in Self.articles.contains(m.text.lowercased()) && m.text != m.text.uppercased() }) {
            drafts[e].suppressed = true
            for k in slots.indices { slots[k].removeAll { $0.entity == e } }
        }
    }

    /// The role words are the cue that keeps the name (an uncued guess would be dropped).
    private func retypeAsFirm(_ e: Int) {
        drafts[e].type = .company
        drafts[e].strength = max(drafts[e].strength, 2)
    }

    /// Were all the entity's names typed by one of these context rules (none by a lexicon)?
    func onlyGuessedAs(_ rules: Set<String>, _ e: Int) -> Bool {
        !drafts[e].mentions.isEmpty && drafts[e].mentions.allSatisfy { rules.contains($0.evidence.extractor) }
    }

    /// `le fondateur de ▸Voltéa`, `chief executive of ▸X`: an officer's title, `de / of` and an article before the name.
    private func officerTitleOf(before sl: Slot, sentence k: Int) -> Bool {
        var j = sl.tokens.lowerBound - 1
        // (`directeur technique de la société ▸X`: through the firm's noun as well.)
        while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || TitleCues.firmHeads.contains(tokens[j].key) { j -= 1 }
        guard j > sentences[k].tokens.lowerBound, tokens[j].isOf,
              let start = titlePhraseStart(endingAt: j, sentence: k, window: 5) else { return false }
        return roleTitles(in: start..<j).contains { RoleTypeCues.officerRoles.contains($0) }
    }

    /// `a ▸Corvane◂ spokesperson`, `▸X◂ chief executive Y`, `▸X◂'s chief executive`: an officer's title right after the name.
    private func officerTitleAfter(_ sl: Slot, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        let at = sl.tokens.upperBound < end && ["'s", "’s"].contains(tokens[sl.tokens.upperBound].key) ? sl.tokens.upperBound + 1 : sl.tokens.upperBound
        guard let (_, role) = lex.roleTitles.longestMatch(tokens, at: at, limit: end) else { return false }
        return RoleTypeCues.officerRoles.contains(role) && role != "FOUNDER"
    }

    /// `X, analyste chez ▸Bertin Recherche`, `X, an analyst at ▸Y`: a job noun and `chez / at` in the
    /// apposition of a person name the firm, even one that starts like a first name.
    private func jobAt(before sl: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        var j = sl.tokens.lowerBound - 1
        guard j - 1 > lo, ["chez", "at"].contains(tokens[j].key) else { return false }
        j -= 1
        var words = 0
        while j > lo, words < 4, tokens[j].kind == .word, !tokens[j].isNameLike, !PeopleCues.clauseWords.contains(tokens[j].key) || tokens[j].key == "a" { j -= 1; words += 1 }
        guard words > 0, tokens[j].key == "," else { return false }
        return slots[k].contains { type($0.entity) == .person && $0.entity != sl.entity && $0.tokens.upperBound == j }
    }

    /// `président du conseil d'administration de ▸X`, `board of ▸X`.
    private func boardOf(before sl: Slot, sentence k: Int) -> Bool {
        let j = sl.tokens.lowerBound - 1
        guard j > sentences[k].tokens.lowerBound, tokens[j].isOf else { return false }
        return RoleTypeCues.boards.contains { b in phrase(b, at: j - b.count, sentence: k) }
    }
}
