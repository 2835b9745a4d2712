import DossierModel

extension Analysis {
    /// Verbs that take a target off a sanctions list (`the Treasury delisted X`, `removed X from its SDN list`,
    /// `Bruxelles a retiré de sa liste noire X`). The target was designated by that body: it is subject to the
    /// designation and sanctioned by the body, as when the body lifts sanctions on it.
    static let delistingVerbs: Set<String> = ["delisted", "delists", "delist", "de-listed", "removed", "removes", "remove", "retire", "retiree", "retires",
                                              "retirees", "retirer", "radie", "radiee", "radies", "radiees", "struck"]
    /// Delisting verbs that say the list themselves; the others need a sanctions list in their clause.
    static let plainDelistingVerbs: Set<String> = ["delisted", "delists", "delist", "de-listed"]
    /// Words that make a list in the clause a sanctions list (`sanctions list`, `liste noire`, `Entity List`).
    static let sanctionsListWords: Set<String> = ["sanctions", "sanction", "noire", "blacklist", "sdn", "designated", "entity", "entites", "designes"]

    func delisting(at i: Int, sentence k: Int, _ s: Sentence) -> Int? {
        let key = tokens[i].key
        if Self.plainDelistingVerbs.contains(key) { return designation(at: i, sentence: k, s, needsList: false) }
        let clause = ordered(i + 1, min(s.tokens.upperBound, i + 20))
        let ks = Set(keys(clause))
        guard !ks.isDisjoint(with: Self.listWords),
              !ks.isDisjoint(with: Self.sanctionsListWords) || slots[k].contains(where: { clause.contains($0.tokens.lowerBound) && type($0.entity) == .sanction }) else { return nil }
        return designation(at: i, sentence: k, s, needsList: true)
    }
}
