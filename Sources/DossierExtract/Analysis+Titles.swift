import DossierModel

/// Title phrases as real news writes them before or after a name: titles joined by `and`, with
/// modifiers between them (`founder and former CEO`, `founder and legendary CEO`, `recently named
/// executive chair`, `co-CEO`).
enum TitleCues {
    /// Words that qualify a title without changing whose title it is.
    static let modifiers: Set<String> = ["former", "legendary", "longtime", "long-time", "then", "interim", "new", "current", "outgoing", "incoming", "acting",
                                         "recently", "newly", "named", "appointed", "founding", "ancien", "ancienne", "actuel", "actuelle", "nouveau", "nouvelle",
                                         "futur", "future", "emblematique", "historique", "charismatique", "charismatic", "veteran", "serial", "influential", "controversial"]
    static let joiners: Set<String> = ["and", "et", "&"]
    /// Head nouns of a descriptor before a firm's name (`at tech market research firm IDC`,
    /// `chez le cabinet X`).
    static let firmHeads: Set<String> = ["firm", "company", "group", "bank", "startup", "start-up", "maker", "giant", "fund", "institute", "agency", "consultancy", "provider",
                                         "operator", "developer", "insurer", "lender", "carrier", "airline", "retailer", "broker", "brokerage", "house", "outfit", "think-tank", "tank",
                                         "cabinet", "groupe", "societe", "entreprise", "banque", "fonds", "institut", "agence", "assureur", "operateur", "fabricant", "geant", "compagnie"]
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
