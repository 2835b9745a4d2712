import DossierModel

/// Object pronouns of a deal or a designation that stand for an actor of the previous sentence: `Ostara Group
/// acquired it in 2021`, `he sold it to X`, `The Treasury sanctioned him`, `Il l'a cédée au groupe X`, `Le fonds X
/// la contrôle`. English `it` / `him` / `her` after the verb becomes a slot the deal and designation rules read as a
/// name; a French clitic before its verb (which no rule reads as the object) gives the deal directly.
extension Analysis {
    static let objectPronounVerbs: Set<String> = ["acquired", "acquire", "acquires", "bought", "buy", "buys", "purchased", "purchase", "sold", "sell", "sells",
                                                  "controls", "controlled"]
    /// Verbs of supply whose object is the customer (`Heliane Power supplies it with electricity`, `provides them with chips`).
    static let supplyPronounVerbs: Set<String> = ["supplies", "supply", "supplied", "provides", "provide", "provided", "powers", "power", "powered"]
    /// Verbs of a designation whose object may be a person (`The Treasury sanctioned him`) or a firm (`designated it`).
    static let designationPronounVerbs: Set<String> = ["sanctioned", "sanctions", "designated", "blacklisted"]
    /// French deal verbs after a clitic object (`l'a rachetée`, `la contrôle`): what each makes of the firm.
    private enum CliticDeal { case bought, sold, controlled }
    private static let cliticVerbs: [String: CliticDeal] = [
        "rachete": .bought, "rachetee": .bought, "acquis": .bought, "acquise": .bought, "achete": .bought, "achetee": .bought, "repris": .bought, "reprise": .bought,
        "absorbe": .bought, "absorbee": .bought,
        "cede": .sold, "cedee": .sold, "vendu": .sold, "vendue": .sold, "revendu": .sold, "revendue": .sold,
        "controle": .controlled, "controlait": .controlled, "controlent": .controlled,
        // Plural agreement after `les` (`Il les a rachetées`, `les a revendus à X`).
        "achetes": .bought, "achetees": .bought, "rachetes": .bought, "rachetees": .bought, "acquises": .bought, "reprises": .bought, "absorbes": .bought, "absorbees": .bought,
        "cedes": .sold, "cedees": .sold, "vendus": .sold, "vendues": .sold, "revendus": .sold, "revendues": .sold, "controles": .controlled, "controlees": .controlled]
    /// French participles and verbs of a designation after a clitic (`Washington l'a sanctionnée`, `les a désignés`).
    static let cliticDesignationVerbs: Set<String> = ["sanctionne", "sanctionnee", "sanctionnes", "sanctionnees", "sanctionnent", "designe", "designee", "designes", "designees"]
    static let auxiliaries: Set<String> = ["a", "avait", "aurait", "ont", "avaient", "auraient", "aura"]

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
        guard let subject = sentenceSubject(p, quoted: quoted)?.entity, ids.contains(subject) else { return nil }
        if fits(subject) { return subject }
        // `Le groupe Dornach a fondé la société Lisara. Le fonds Ravel l'a rachetée`: the agreement leaves one firm.
        let fitting = ids.filter { $0 != subject && fits($0) }
        return fitting.count == 1 ? fitting.first : nil
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
            if let group = pluralObject(at: i, sentence: k, previous: p, quoted: previousQuoted) {
                readPluralObject(group, at: i, sentence: k)
                return
            }
            if tokens[i].key == "it" && (designation || Self.objectPronounVerbs.contains(tokens[i - 1].key) || Self.supplyPronounVerbs.contains(tokens[i - 1].key)) || personal,
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
            if language == "fr", ["l'", "la", "le", "les", "leur"].contains(tokens[i].key), let subject = endingAt[i] {
                var v = i + 1
                if v < s.tokens.upperBound, Self.auxiliaries.contains(tokens[v].key) { v += 1 }
                guard v < s.tokens.upperBound else { continue }
                // `Le Trésor les a sanctionnées`, `Heliane Power leur fournit`: a plural clitic stands for the previous sentence's list.
                if ["les", "leur"].contains(tokens[i].key) {
                    let designates = Self.cliticDesignationVerbs.contains(tokens[v].key)
                    let supplies = tokens[i].key == "leur" && TradeCues.supplyVerbs.contains(tokens[v].key)
                    let deal = tokens[i].key == "les" ? Self.cliticVerbs[tokens[v].key] : nil
                    guard designates && [.organization, .location].contains(type(subject.entity)) || supplies && isFirmOrBody(subject.entity)
                            || deal != nil && [.company, .person].contains(type(subject.entity)),
                          let group = pluralAntecedent(sentence: k, previous: p, quoted: previousQuoted, kinds: designates ? [.company, .person] : [.company]) else { continue }
                    addMention(entity: group[0], tokens: i..<(i + 1), sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
                    if pluralAnaphors[k] == nil { pluralAnaphors[k] = group }
                    if let deal { relateCliticDeal(deal, buyer: subject, firms: group, clitic: i, verb: v, sentence: k) }
                    return
                }
                // `Washington l'a sanctionnée mardi`: the designation is read once the sanctions are collected.
                if Self.cliticDesignationVerbs.contains(tokens[v].key), [.organization, .location].contains(type(subject.entity)) {
                    let feminine: Bool? = tokens[i].key == "la" || tokens[v].key.hasSuffix("ee") ? true : tokens[i].key == "le" ? false : nil
                    let fits = { (e: Int) -> Bool in feminine.map { ($0 ? Gender.feminine : .masculine) == (genders[e] ?? .feminine) } ?? true }
                    guard let firm = objectAntecedent(sentence: k, previous: p, quoted: previousQuoted, fits: fits) else { continue }
                    addMention(entity: firm, tokens: i..<(i + 1), sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
                    return
                }
                guard [.company, .person].contains(type(subject.entity)), let deal = Self.cliticVerbs[tokens[v].key] else { continue }
                // `la` is a feminine firm, `le` a masculine one; after `l'` an agreeing participle (`cédée`) shows it.
                let feminine: Bool? = tokens[i].key == "la" ? true : tokens[i].key == "le" ? false
                    : tokens[v].key.hasSuffix("ee") || tokens[v].key.hasSuffix("ise") || tokens[v].key.hasSuffix("ue") ? true : nil
                let fits = { (e: Int) -> Bool in feminine.map { ($0 ? Gender.feminine : .masculine) == (genders[e] ?? .feminine) } ?? true }
                guard let firm = objectAntecedent(sentence: k, previous: p, quoted: previousQuoted, fits: fits) else { continue }
                addMention(entity: firm, tokens: i..<(i + 1), sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
                relateCliticDeal(deal, buyer: subject, firms: [firm], clitic: i, verb: v, sentence: k)
                return
            }
        }
    }

    /// `Il l'a rachetée`, `Le fonds X la contrôle`, `Il les a cédées au groupe X`: the subject (or the firm after `à`) now owns the firms.
    private func relateCliticDeal(_ deal: CliticDeal, buyer subject: Slot, firms: [Int], clitic i: Int, verb v: Int, sentence k: Int) {
        let s = sentences[k]
        let buyer: Slot?
        switch deal {
        case .bought, .controlled: buyer = subject
        // `Il l'a cédée au groupe X`: the firm named after `à`.
        case .sold:
            guard v + 1 < s.tokens.upperBound, ["a", "au", "aux"].contains(tokens[v + 1].key) else { return }
            buyer = slotStarting(at: v + 2, sentence: k, types: [.company, .person], skip: 2)
        }
        guard let b = buyer, !drafts[b.entity].isMedia else { return }
        for firm in firms where firm != b.entity {
            relateNewOwner(b.entity, of: firm, cue: i..<(v + 1), sentence: k, rule: "coref:clitic-deal")
        }
    }

    /// The actors a plural object stands for: the previous sentence's coordinated subject, else the one list it names,
    /// none of them named again in sentence `k`.
    func pluralAntecedent(sentence k: Int, previous p: Int, quoted: Set<Int>, kinds: Set<EntityType>) -> [Int]? {
        guard let group = coordinatedSubject(p, quoted: quoted, kinds: kinds) ?? listedGroup(p, quoted: quoted, kinds: kinds) else { return nil }
        let here = Set(slots[k].filter { !$0.anaphor }.map(\.entity))
        return group.contains(where: here.contains) ? nil : group
    }

    /// `The Treasury sanctioned them`, `Heliane Power supplies them with power`, `sold both companies to X`: the words of a plural
    /// object at token `i` (after a verb of designation, deal or supply) and the actors of the previous sentence they stand for.
    private func pluralObject(at i: Int, sentence k: Int, previous p: Int, quoted: Set<Int>) -> (tokens: Range<Int>, members: [Int], seller: Bool)? {
        let verb = tokens[i - 1].key, hi = sentences[k].tokens.upperBound
        // `invested in both startups`, `a investi dans les deux start-up`: the verb before the preposition.
        let invest = ["in", "dans"].contains(verb) && i - 2 >= sentences[k].tokens.lowerBound && RelationCues.invests.contains(tokens[i - 2].key)
        let designation = Self.designationPronounVerbs.contains(verb) || Self.cliticDesignationVerbs.contains(verb)
        let deal = Self.objectPronounVerbs.contains(verb), supply = Self.supplyPronounVerbs.contains(verb)
        guard designation || deal || supply || invest else { return nil }
        let end: Int, count: Int?
        if tokens[i].key == "them" { (end, count) = (i + 1, nil) }
        // `both` alone only before a preposition or the end (`sanctioned both on Monday`), not before another noun.
        else if tokens[i].key == "both", i + 1 == hi || [".", ",", "with", "on", "in", "under", "for", "to", "last", "over"].contains(tokens[i + 1].key) { (end, count) = (i + 1, 2) }
        // `both companies`, `the two firms`, `les deux sociétés`, `these firms`; `the two sites` is no actor.
        else if let np = pluralNounPhrase(at: i, sentence: k) { (end, count) = (np.end, np.count) }
        else { return nil }
        // `X acquired Y and Z and sold them`: firms named before the pronoun besides its subject may be meant.
        guard Set(slots[k].filter { $0.tokens.upperBound <= i && isFirm($0.entity) }.map(\.entity)).count <= 1 else { return nil }
        // A deal's `them` after a sentence about sites or products means those.
        let prev = sentences[p]
        if slots[p].contains(where: { type($0.entity) == .product }) { return nil }
        if deal, prev.tokens.contains(where: { lex.facilityNouns.longestMatch(tokens, at: $0, limit: prev.tokens.upperBound) != nil }) { return nil }
        guard let members = pluralAntecedent(sentence: k, previous: p, quoted: quoted, kinds: designation ? [.company, .person] : [.company]),
              count.map({ members.count == $0 }) ?? true else { return nil }
        return (i..<end, members, ["sold", "sell", "sells"].contains(verb))
    }

    /// Adds the plural object's slot (its first member, which the rules read as a name) and, after `sold them to X`, the new owner of each.
    private func readPluralObject(_ group: (tokens: Range<Int>, members: [Int], seller: Bool), at i: Int, sentence k: Int) {
        addMention(entity: group.members[0], tokens: group.tokens, sentence: k, rule: "coref:object-pronoun", confidence: 0.5, anaphor: true)
        if pluralAnaphors[k] == nil { pluralAnaphors[k] = group.members }
        let end = group.tokens.upperBound
        guard group.seller, end < sentences[k].tokens.upperBound, tokens[end].key == "to",
              let buyer = partyAfter(end + 1, sentence: k, types: [.company, .person], reach: 3), !group.members.contains(buyer.entity), !drafts[buyer.entity].isMedia else { return }
        for m in group.members { relateNewOwner(buyer.entity, of: m, cue: (i - 1)..<buyer.tokens.upperBound, sentence: k, rule: "coref:pronoun-sold-to") }
    }
}
