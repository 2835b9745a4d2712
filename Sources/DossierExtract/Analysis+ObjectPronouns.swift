import DossierModel

/// Object pronouns of a deal or a designation that stand for an actor of the previous sentence: `Ostara Group
/// acquired it in 2021`, `he sold it to X`, `The Treasury sanctioned him`, `Il l'a cédée au groupe X`, `Le fonds X
/// la contrôle`. English `it` / `him` / `her` after the verb becomes a slot the deal and designation rules read as a
/// name; a French clitic before its verb (which no rule reads as the object) gives the deal directly.
extension Analysis {
    static let objectPronounVerbs: Set<String> = ["acquired", "acquire", "acquires", "bought", "buy", "buys", "purchased", "purchase", "sold", "sell", "sells",
                                                  "controls", "controlled"]
    /// Verbs of a designation whose object may be a person (`The Treasury sanctioned him`) or a firm (`designated it`).
    static let designationPronounVerbs: Set<String> = ["sanctioned", "sanctions", "designated", "blacklisted"]
    /// French deal verbs after a clitic object (`l'a rachetée`, `la contrôle`): what each makes of the firm.
    private enum CliticDeal { case bought, sold, controlled }
    private static let cliticVerbs: [String: CliticDeal] = [
        "rachete": .bought, "rachetee": .bought, "acquis": .bought, "acquise": .bought, "achete": .bought, "achetee": .bought, "repris": .bought, "reprise": .bought,
        "absorbe": .bought, "absorbee": .bought,
        "cede": .sold, "cedee": .sold, "vendu": .sold, "vendue": .sold, "revendu": .sold, "revendue": .sold,
        "controle": .controlled, "controlait": .controlled, "controlent": .controlled]
    private static let auxiliaries: Set<String> = ["a", "avait", "aurait", "ont", "avaient", "auraient", "aura"]

    /// The firm an object pronoun of sentence `k` stands for: the one firm the previous sentence names, else that
    /// sentence's subject firm, never a firm already named (or meant) in sentence `k`. `nil` when the previous sentence
    /// describes a site or a product, which the pronoun may mean as well.
    private func objectAntecedent(sentence k: Int, previous p: Int, quoted: Set<Int>, fits: (Int) -> Bool) -> Int? {
        let prev = sentences[p]
        guard !slots[p].contains(where: { type($0.entity) == .product }),
              !prev.tokens.contains(where: { lex.facilityNouns.longestMatch(tokens, at: $0, limit: prev.tokens.upperBound) != nil }) else { return nil }
        let here = Set(slots[k].map(\.entity))
        let firms = slots[p].filter { isFirm($0.entity) && !here.contains($0.entity) && !isNamedAsSource($0, sentence: p) && !namesAProduct($0, sentence: p) && !quoted.contains($0.tokens.lowerBound) }
        let ids = Set(firms.map(\.entity))
        if ids.count == 1, let e = ids.first { return fits(e) ? e : nil }
        guard let subject = sentenceSubject(p, quoted: quoted)?.entity, ids.contains(subject), fits(subject) else { return nil }
        return subject
    }

    /// The person `him` / `her` stands for: the one person the previous sentence names and sentence `k` does not.
    private func onePerson(sentence k: Int, previous p: Int, quoted: Set<Int>) -> Int? {
        let here = Set(slots[k].map(\.entity))
        let people = Set(slots[p].filter { type($0.entity) == .person && !here.contains($0.entity) && !quoted.contains($0.tokens.lowerBound) }.map(\.entity))
        return people.count == 1 ? people.first : nil
    }

    /// Reads the object pronouns of sentence `k`.
    func resolveObjectPronouns(sentence k: Int, previous p: Int?, genders: [Int: Gender], quoted: Set<Int>, previousQuoted: Set<Int>) {
        guard let p else { return }
        let s = sentences[k]
        // The name or pronoun that ends right before each token: the subject of a French clitic (`Orsina la contrôle`).
        var endingAt: [Int: Slot] = [:]
        if language == "fr" { for sl in slots[k] { endingAt[sl.tokens.upperBound] = sl } }
        for i in s.tokens where i > s.tokens.lowerBound && !quoted.contains(i) {
            // `sanctioned him on Monday`; `sanctioned her husband` is a possessive.
            let designation = Self.designationPronounVerbs.contains(tokens[i - 1].key)
            let personal = designation && (tokens[i].key == "him" || tokens[i].key == "her" && (i + 1 == s.tokens.upperBound
                || [".", ",", ";", "on", "in", "for", "last", "and", "as", "under", "over", "after", "to"].contains(tokens[i + 1].key)))
            if tokens[i].key == "it" && (designation || Self.objectPronounVerbs.contains(tokens[i - 1].key)) || personal,
               // `X acquired Y in 2019 and sold it`: with two firms before it, the pronoun may mean either.
               Set(slots[k].filter { $0.tokens.upperBound <= i && isFirm($0.entity) }.map(\.entity)).count <= 1,
               let e = personal ? onePerson(sentence: k, previous: p, quoted: previousQuoted) : objectAntecedent(sentence: k, previous: p, quoted: previousQuoted, fits: { _ in true }) {
                addMention(entity: e, tokens: i..<(i + 1), sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
                // `he sold it to X`: the sale rules read only a named firm after the verb.
                if ["sold", "sell", "sells"].contains(tokens[i - 1].key), i + 1 < s.tokens.upperBound, tokens[i + 1].key == "to",
                   let buyer = partyAfter(i + 2, sentence: k, types: [.company, .person], reach: 3), buyer.entity != e, !drafts[buyer.entity].isMedia {
                    relateNewOwner(buyer.entity, of: e, cue: (i - 1)..<buyer.tokens.upperBound, sentence: k, rule: "coref:pronoun-sold-to")
                }
                return
            }
            if language == "fr", ["l'", "la", "le"].contains(tokens[i].key), let subject = endingAt[i],
               [.company, .person].contains(type(subject.entity)) {
                var v = i + 1
                if v < s.tokens.upperBound, Self.auxiliaries.contains(tokens[v].key) { v += 1 }
                guard v < s.tokens.upperBound, let deal = Self.cliticVerbs[tokens[v].key] else { continue }
                // `la` is a feminine firm, `le` a masculine one; after `l'` an agreeing participle (`cédée`) shows it.
                let feminine: Bool? = tokens[i].key == "la" ? true : tokens[i].key == "le" ? false
                    : tokens[v].key.hasSuffix("ee") || tokens[v].key.hasSuffix("ise") || tokens[v].key.hasSuffix("ue") ? true : nil
                let fits = { (e: Int) -> Bool in feminine.map { ($0 ? Gender.feminine : .masculine) == (genders[e] ?? .feminine) } ?? true }
                guard let firm = objectAntecedent(sentence: k, previous: p, quoted: previousQuoted, fits: fits) else { continue }
                addMention(entity: firm, tokens: i..<(i + 1), sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
                let buyer: Slot?
                switch deal {
                case .bought, .controlled: buyer = subject
                // `Il l'a cédée au groupe X`: the firm named after `à`.
                case .sold:
                    guard v + 1 < s.tokens.upperBound, ["a", "au", "aux"].contains(tokens[v + 1].key) else { continue }
                    buyer = slotStarting(at: v + 2, sentence: k, types: [.company, .person], skip: 2)
                }
                guard let b = buyer, b.entity != firm, !drafts[b.entity].isMedia else { continue }
                relateNewOwner(b.entity, of: firm, cue: i..<(v + 1), sentence: k, rule: "coref:clitic-deal")
                return
            }
        }
    }
}
