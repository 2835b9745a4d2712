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

    static let frozenParticiples: Set<String> = ["frozen", "geles", "gelees", "gele", "gelee"]
    static let freezeAuxiliaries: Set<String> = ["been", "were", "was", "are", "is", "be", "ete", "sont", "seront", "etaient"]

    /// `the assets of X had been frozen (by Y)`, `les avoirs de la société X ont été gelés par Y`: a passive asset
    /// freeze designates the owner of the assets; the body after `by`/`par`, else the one that reports it, imposes it.
    func passiveFreeze(at i: Int, sentence k: Int) -> Int? {
        let s = sentences[k]
        guard i > s.tokens.lowerBound, Self.freezeAuxiliaries.contains(tokens[i - 1].key),
              let assets = ordered(max(s.tokens.lowerBound, i - 12), i).last(where: { ["assets", "avoirs", "funds", "fonds"].contains(tokens[$0].key) }),
              assets + 1 < i, tokens[assets + 1].isOf,
              let owner = slots[k].first(where: { $0.tokens.lowerBound > assets && $0.tokens.upperBound < i }), [.company, .person].contains(type(owner.entity)) else { return nil }
        let agent = i + 1 < s.tokens.upperBound && ["by", "par"].contains(tokens[i + 1].key)
            ? slots[k].first(where: { $0.tokens.lowerBound > i + 1 && $0.tokens.lowerBound <= i + 3 && [.organization, .location].contains(type($0.entity)) })?.entity : nil
        let body = agent ?? imposer(before: assets, sentence: k).org
        designateTarget(owner, cue: i..<(i + 1), sentence: k, imposer: body.flatMap { type($0) == .organization ? $0 : nil }, designated: true, rule: "rule:passive-freeze")
        return i + 1
    }
}
