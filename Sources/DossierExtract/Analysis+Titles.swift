import DossierModel

/// Title phrases as real news writes them before or after a name: titles joined by `and`, with
/// modifiers between them (`founder and former CEO`, `founder and legendary CEO`, `recently named
/// executive chair`, `co-CEO`).
enum TitleCues {
    /// Words that qualify a title without changing whose title it is.
    static let modifiers: Set<String> = ["former", "legendary", "longtime", "long-time", "then", "interim", "new", "current", "outgoing", "incoming", "acting",
                                         "recently", "newly", "named", "appointed", "founding", "ancien", "ancienne", "actuel", "actuelle", "nouveau", "nouvelle",
                                         "futur", "future", "emblematique", "historique", "charismatique", "charismatic", "veteran", "serial", "influential", "controversial",
                                         "nomme", "nommee", "elu", "elue", "promu", "promue", "elected", "promoted"]
    static let joiners: Set<String> = ["and", "et", "&"]
    /// Capitalised titles before a name that are public offices (`Representative X`, `Senator X`).
    static let publicHonorifics: Set<String> = ["representative", "rep.", "senator", "sen.", "president", "governor", "minister", "secretary", "congressman", "congresswoman", "ministre", "senateur", "depute", "deputee"]
    /// Public offices no firm holds (`its deputy minister, X` speaks of a government, not a firm).
    static let publicOffices: Set<String> = ["minister", "ministre", "senator", "senateur", "congressman", "congresswoman", "depute", "deputee", "governor", "gouverneur", "ambassador", "ambassadeur"]
    /// Head nouns of a descriptor before a firm's name (`at tech market research firm IDC`,
    /// `chez le cabinet X`).
    static let firmHeads: Set<String> = ["firm", "company", "group", "bank", "startup", "start-up", "maker", "giant", "fund", "institute", "agency", "consultancy", "provider",
                                         "operator", "developer", "insurer", "lender", "carrier", "airline", "retailer", "broker", "brokerage", "house", "outfit", "think-tank", "tank",
                                         "cabinet", "groupe", "societe", "entreprise", "banque", "fonds", "institut", "agence", "assureur", "operateur", "fabricant", "geant", "compagnie",
                                         "producer", "manufacturer", "miner", "exporter", "trader", "supplier", "producteur", "exportateur", "fournisseur", "negociant"]
}

extension Analysis {
    /// Does a title (with a `co-` prefix or not) start at token `i`, before `limit`?
    func titleStarts(at i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        if lex.roleTitles.longestMatch(tokens, at: i, limit: limit) != nil { return true }
        return tokens[i].key.hasPrefix("co-") && lex.roleTitles.value(String(tokens[i].key.dropFirst(3))) != nil
    }

    /// Is the range made only of titles, modifiers and `and` (one person's title phrase), with at
    /// least one title?
    func isTitlePhrase(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound, titles = 0
        while i < r.upperBound {
            if let (length, _) = lex.roleTitles.longestMatch(tokens, at: i, limit: r.upperBound) { i += length; titles += 1; continue }
            if titleStarts(at: i, limit: r.upperBound) { i += 1; titles += 1; continue }
            guard TitleCues.modifiers.contains(tokens[i].key) || TitleCues.joiners.contains(tokens[i].key) && i > r.lowerBound else { return false }
            i += 1
        }
        return titles > 0 && !TitleCues.joiners.contains(tokens[r.upperBound - 1].key)
    }

    /// The start of the title phrase that ends at `end` (`Salesforce founder and co-CEO ▸X`), searched
    /// back at most `window` tokens; nil when no title ends there.
    func titlePhraseStart(endingAt end: Int, sentence k: Int, window: Int = 8) -> Int? {
        let lo = max(sentences[k].tokens.lowerBound, end - window)
        return (lo..<end).first { isTitlePhrase($0..<end) }
    }
}

extension Analysis {
    /// Lower-case words only, none a preposition or article: the adjectives after a descriptor's
    /// head (`la société ▸énergétique▸ Y`, `l'entreprise ▸américaine▸ Y`).
    func isAdjectiveRun(_ r: Range<Int>) -> Bool {
        r.allSatisfy { tokens[$0].kind == .word && !tokens[$0].isNameLike && !Self.complementMarkers.contains(tokens[$0].key) && !Self.articles.contains(tokens[$0].key) }
    }

    /// `X, et le cofondateur de Y, Z`: a comma and `and` open the next member of a list, whose
    /// title belongs to the name after it, not to X.
    func startsNewListMember(_ mid: [String]) -> Bool {
        mid.count >= 2 && mid[0] == "," && TitleCues.joiners.contains(mid[1])
    }

    /// `Hien Sié, le patron de TERRA, Régis Oliveira`: a title opened by its article after `comma`, whose firm is followed
    /// by a comma and a person's name, is that next person's.
    func titlesNextName(comma: Int, firm: Slot, sentence k: Int) -> Bool {
        let c = firm.tokens.upperBound
        return comma + 1 < firm.tokens.lowerBound && Self.definiteDeterminers.contains(tokens[comma + 1].key)
            && c < sentences[k].tokens.upperBound && tokens[c].key == ","
            && slots[k].contains { $0.tokens.lowerBound == c + 1 && type($0.entity) == .person && !$0.anaphor }
    }

    /// `en présence du directeur de A, X, du patron de B, Y`: after a comma, `du`/`des`/`de la` and a title open
    /// the next member of a list of complements; the title is the next name's, not the one before the comma.
    func opensParallelTitle(after comma: Int, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        var j = comma + 1
        if j < end, ["du", "des"].contains(tokens[j].key) { j += 1 }
        else if j + 1 < end, tokens[j].key == "de", ["la", "l'"].contains(tokens[j + 1].key) { j += 2 }
        else { return false }
        return lex.roleTitles.longestMatch(tokens, at: j, limit: end) != nil
    }

    /// `Andrei Kostin, chair of VTB Bank, Alexei Miller, chief executive of Gazprom`: a title between commas right
    /// after a person's name describes that person, not the name after the firm.
    func titleBelongsToPersonBefore(_ firm: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        var j = firm.tokens.lowerBound - 1
        while j > lo, firm.tokens.lowerBound - j <= 6, ![",", ";", ":", "(", "."].contains(tokens[j].key) { j -= 1 }
        // (`X, et le président de Y, Z`: `and` opens the next member, whose title it is.)
        // (`Hien Sié, le patron de TERRA, Régis Oliveira`: a title with its article between two names is the next one's.)
        guard j > lo, tokens[j].key == ",", !TitleCues.joiners.contains(tokens[j + 1].key), !opensParallelTitle(after: j, sentence: k),
              !titlesNextName(comma: j, firm: firm, sentence: k),
              roleTitle(in: (j + 1)..<firm.tokens.lowerBound) != nil else { return false }
        return slots[k].contains { $0.tokens.upperBound == j && type($0.entity) == .person }
    }

    /// `président de la société publique russe de pipelines Y`: a descriptor read as an anaphor
    /// stands before the name it describes (a firm within five lower-case words).
    func namesFollow(_ descriptor: Slot, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        var j = descriptor.tokens.upperBound
        while j < end, j - descriptor.tokens.upperBound < 5, tokens[j].kind == .word, !tokens[j].isNameLike { j += 1 }
        return slots[k].contains { $0.tokens.lowerBound == j && !$0.anaphor && isFirmOrBody($0.entity) }
    }

    /// `Ukrainian president X`, `le président français X`, `Representative X`: a nationality beside
    /// the title, or a capitalised public title mid-sentence, marks a public office, which the firm of
    /// the sentence does not employ.
    func publicOfficeBefore(_ lo: Int, sentence k: Int) -> Bool {
        let s = sentences[k].tokens
        if lo > s.lowerBound, tokens[lo].isCapitalized, !tokens[lo].isAllCaps, TitleCues.publicHonorifics.contains(tokens[lo].key) { return true }
        return lo > s.lowerBound && lex.demonyms[tokens[lo - 1].key] != nil || lo + 1 < s.upperBound && lex.demonyms[tokens[lo + 1].key] != nil
    }

    /// `Treasury terrorism and financial intelligence head X`, `Acme cloud unit head X`: a body named a
    /// few lower-case words before the title employs the person (read here, as the pair rules want
    /// the title right after the name). True when such a body was found.
    func unitHead(_ p: Slot, titleAt lo: Int, end: Int, sentence k: Int) -> Bool {
        var j = lo
        while j > sentences[k].tokens.lowerBound, lo - j < 5, tokens[j - 1].kind == .word, !tokens[j - 1].isNameLike,
              !Self.articles.contains(tokens[j - 1].key), !PeopleCues.clauseWords.contains(tokens[j - 1].key),
              !Self.complementMarkers.contains(tokens[j - 1].key) || TitleCues.joiners.contains(tokens[j - 1].key) { j -= 1 }
        guard j < lo, let body = slots[k].first(where: { $0.tokens.upperBound == j && isFirmOrBody($0.entity) && !$0.anaphor }) else { return false }
        for role in roleTitles(in: lo..<end) where role != "FOUNDER" && !RoleCues.notPosts.contains(role) {
            relate(p.entity, .worksFor, .entity(body.entity), cue: body.tokens.lowerBound..<p.tokens.upperBound, sentence: k,
                   rule: "rule:title-before-name.unit-head", confidence: 0.5, properties: ["role": .string(role)])
        }
        return true
    }
}
