import DossierModel

/// Plural anaphors that open a sentence (`They will build…`, `The two companies are based in…`,
/// `Les deux groupes construiront…`, `Elles développeront…`) stand for the coordinated subject of the
/// previous sentence (`X and Y signed an agreement.`). The phrase becomes a slot of the first member, so
/// the relation rules read it as a name; `spreadPluralAnaphors` then gives every other member the facts
/// found for the first, and a partnership the sentence declares joins the members themselves.
extension Analysis {
    /// Plural nouns that follow `the two` / `both` / `les deux` and mean firms: the firm plurals the name finder reads
    /// (`rivals such as X`), with the collectives of big firms.
    static let pluralAnaphorFirmNouns: Set<String> = FirmEvidenceCues.firmPlurals.union(["giants", "utilities", "geants", "compagnies"])
    /// Plural nouns that follow `the two` / `both` / `les deux` and mean people (`The two men were charged`).
    static let pluralAnaphorPersonNouns: Set<String> = NationalityCues.pluralPeopleNouns.union(["men", "women", "founders", "brothers", "businessmen",
                                                                                               "hommes", "femmes", "fondateurs", "freres", "cofondateurs", "individus"])
    static let pluralPronouns: Set<String> = ["they", "ils", "elles"]
    static let speechVerbs: Set<String> = ["said", "say", "says", "told", "added", "noted", "warned", "argued", "believe", "expect", "estimate", "think", "claim", "claimed",
                                           "estiment", "affirment", "expliquent", "soulignent", "indiquent", "precisent", "jugent", "pensent", "assurent", "declarent",
                                           "indique", "declare", "affirme", "explique", "precise", "souligne", "estime", "assure", "confirme", "confirmed", "stated"]

    /// The plural anaphor opening sentence `k`: its tokens, whether it is a pronoun, and the kinds of actor it may mean.
    private func openingPluralAnaphor(sentence k: Int) -> (tokens: Range<Int>, pronoun: Bool, kinds: Set<EntityType>, count: Int?)? {
        let s = sentences[k], lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        var starts = [lo]
        if Self.pronounOpeners.contains(tokens[lo].key) { starts.append(lo + 1) }
        if let comma = (lo..<min(hi, lo + 12)).first(where: { tokens[$0].key == "," }) { starts.append(comma + 1) }
        for i in starts where i < hi && opensSentence(i, sentence: k) {
            // `They said demand in Texas was strong`: what a speaker says is not about the speakers.
            if Self.pluralPronouns.contains(tokens[i].key) {
                let verb = i + 2 < hi && ["ont", "have", "had", "avaient"].contains(tokens[i + 1].key) ? i + 2 : i + 1
                return verb < hi && Self.speechVerbs.contains(tokens[verb].key) ? nil : (i..<(i + 1), true, [.company, .organization, .person], nil)
            }
            // `Both are based in Dubai`, `Each of them was sanctioned`, `Toutes deux sont basées à Dubaï`: a pronoun of two.
            if let end = bareQuantifier(at: i, sentence: k) {
                return (i..<end, false, [.company, .organization, .person], tokens[i].key == "each" ? nil : 2)
            }
            if let np = pluralNounPhrase(at: i, sentence: k) { return (i..<np.end, false, np.kinds, np.count) }
        }
        return nil
    }

    /// Plural nouns that mean the firms just listed even without a number (`The companies are based…`, `ces entreprises`);
    /// `the customers`, `the rivals` or `the partners` may be other firms.
    private static let listFirmNouns: Set<String> = ["companies", "firms", "groups", "miners", "operators", "startups", "start-ups", "entities", "businesses", "utilities",
                                                     "societes", "entreprises", "firmes", "groupes", "mineurs", "operateurs", "entites", "start-up", "startup"]
    private static let numberWords: [String: Int] = ["two": 2, "three": 3, "four": 4, "deux": 2, "trois": 3, "quatre": 4]

    /// `the two companies`, `both firms`, `les deux groupes`, `ces trois mineurs`, `The companies`, `these firms` at token `i`:
    /// where the phrase ends, the kinds of actor its noun means and how many it counts (`nil`: two or more).
    func pluralNounPhrase(at i: Int, sentence k: Int) -> (end: Int, kinds: Set<EntityType>, count: Int?)? {
        let hi = sentences[k].tokens.upperBound
        var n = i, count: Int? = nil
        if tokens[i].key == "both" { n = i + 1; count = 2 }
        else if ["the", "these", "those", "les", "ces"].contains(tokens[i].key) {
            n = i + 1
            if n < hi, let c = Self.numberWords[tokens[n].key] { count = c; n += 1 }
        } else { return nil }
        // `the two companies Kovrin and Belmar` names them itself.
        guard n < hi, !(n + 1 < hi && tokens[n + 1].isNameLike) else { return nil }
        let noun = tokens[n].key
        if count == nil { return Self.listFirmNouns.contains(noun) ? (n + 1, [.company, .organization], nil) : nil }
        if Self.pluralAnaphorFirmNouns.contains(noun) || noun == "start-up" || noun == "startup" { return (n + 1, [.company, .organization], count) }
        if Self.pluralAnaphorPersonNouns.contains(noun) { return (n + 1, [.person], count) }
        return nil
    }

    /// Verbs and auxiliaries that may follow a bare `both` standing for two actors (`Both are based…`, `Both operate…`).
    private static let verbsAfterBoth: Set<String> = ["are", "were", "have", "had", "will", "would", "operate", "own", "run", "supply", "face", "also", "remain", "deny", "denied",
                                                      "sont", "ont", "seront", "exploitent", "fournissent", "detiennent", "avaient", "etaient"]

    /// The end of a bare quantifier standing for two actors at token `i`: `both` before a verb, `both of them`,
    /// `each of them`, `toutes deux`, `tous les deux`; `nil` when the words go on to a noun (`both deals`).
    private func bareQuantifier(at i: Int, sentence k: Int) -> Int? {
        let hi = sentences[k].tokens.upperBound
        for p in [["both", "of", "them"], ["each", "of", "them"], ["toutes", "deux"], ["tous", "deux"], ["toutes", "les", "deux"], ["tous", "les", "deux"]] where phrase(p, at: i, sentence: k) {
            let end = i + p.count
            // `Tous deux sont…`, `Both of them were…`: a verb after, not a noun (`toutes deux sociétés`).
            return end < hi && Self.verbsAfterBoth.contains(tokens[end].key) || p.last == "them" ? end : nil
        }
        return tokens[i].key == "both" && i + 1 < hi && Self.verbsAfterBoth.contains(tokens[i + 1].key) ? i + 1 : nil
    }

    /// The head nouns that may introduce a firm before its name (`Le groupe X`, `the miner X`).
    private static let firmHeadNouns: Set<String> = companyAnaphors.union(tradeHeads).union(masculineHeads).union(feminineHeads)

    /// The names coordinated as the subject of sentence `p` (`X and Y signed…`, `Le groupe X et la société Y ont…`):
    /// at least two of one kind, opening the sentence or its clause with at most a determiner and a descriptor before them.
    func coordinatedSubject(_ p: Int, quoted: Set<Int>, kinds: Set<EntityType>) -> [Int]? {
        guard let first = sentenceSubject(p, quoted: quoted), kinds.contains(type(first.entity)), !first.anaphor else { return nil }
        // `Analysts expect X and Y to merge`: only a determiner and a head noun (`Les sociétés X et Y`) may come before the first name.
        let lo = sentences[p].tokens.lowerBound
        let clause = (lo..<first.tokens.lowerBound).last(where: { tokens[$0].key == "," }).map { $0 + 1 } ?? lo
        let before = keys(clause..<first.tokens.lowerBound)
        guard before.isEmpty || before.count <= 4 && Self.articles.contains(before[0]) && before.contains(where: { Self.firmHeadNouns.contains($0) || $0.hasSuffix("s") && Self.firmHeadNouns.contains(String($0.dropLast())) }) else { return nil }
        let others = coordinated(after: first, sentence: p, descriptors: true) { self.type($0.entity) == self.type(first.entity) && !self.drafts[$0.entity].isMedia }
        let members = ([first] + others).map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        return members.count >= 2 ? members : nil
    }

    /// The two firms (or people) sentence `p` names, when it names no other (sources, makers of products and quoted names aside)
    /// and the first is its subject: `Le mouvement rappelle celui de X, qui a racheté Y. Les deux groupes…` may mean other firms.
    private func onlyTwo(_ p: Int, quoted: Set<Int>, people: Bool) -> [Int]? {
        let firms = slots[p].filter { !$0.anaphor && (people ? type($0.entity) == .person : isFirm($0.entity)) && !isNamedAsSource($0, sentence: p)
            && !namesAProduct($0, sentence: p) && !quoted.contains($0.tokens.lowerBound) }
        let ids = firms.map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        guard ids.count == 2 else { return nil }
        // `The Treasury sanctioned X and Y. Both companies…`: a pair joined by `and` is one antecedent wherever it stands.
        if let a = firms.first(where: { $0.entity == ids[0] }), let b = firms.first(where: { $0.entity == ids[1] && $0.tokens.lowerBound > a.tokens.lowerBound }),
           joinsList(keys(ordered(a.tokens.upperBound, b.tokens.lowerBound)), descriptors: true) { return ids }
        guard let subject = sentenceSubject(p, quoted: quoted), !subject.anaphor, subject.entity == ids[0] else { return nil }
        return ids
    }

    /// The one list of two or more names of one kind that sentence `p` coordinates (`The Treasury sanctioned X and Y`,
    /// `Malvec owns Pelitra and Quorvane`), quoted names, sources and makers of products aside; `nil` when it holds two lists.
    func listedGroup(_ p: Int, quoted: Set<Int>, kinds: Set<EntityType>) -> [Int]? {
        let usable = { (sl: Slot) -> Bool in
            kinds.contains(self.type(sl.entity)) && !sl.anaphor && !self.drafts[sl.entity].isMedia && !quoted.contains(sl.tokens.lowerBound)
                && !self.isNamedAsSource(sl, sentence: p) && !self.namesAProduct(sl, sentence: p)
        }
        var groups: [[Int]] = []
        var taken = Set<Int>()
        for sl in slots[p] where usable(sl) && !taken.contains(sl.tokens.lowerBound) {
            // Only list words between the names (`X and Y`, `X, Y et Z`, `les sociétés X et Y`), no descriptor of a next name.
            let others = coordinated(after: sl, sentence: p, descriptors: false) { usable($0) && self.type($0.entity) == self.type(sl.entity) }
            for o in others { taken.insert(o.tokens.lowerBound) }
            let members = ([sl] + others).map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            if members.count >= 2 { groups.append(members) }
        }
        return groups.count == 1 ? groups[0] : nil
    }

    /// Reads the plural anaphor of sentence `k` against the previous sentence `p`, adds its slot and remembers its members.
    func resolvePluralAnaphor(sentence k: Int, previous p: Int?, genders: [Int: Gender], quoted: Set<Int>, previousQuoted: Set<Int>) {
        guard let p, let (r, pronoun, kinds, count) = openingPluralAnaphor(sentence: k), !quoted.contains(r.lowerBound) else { return }
        // `X supplies power to Y. The two firms announced a partnership`: a numbered noun may also mean the only two firms named.
        guard let members = coordinatedSubject(p, quoted: previousQuoted, kinds: kinds)
                ?? (pronoun ? nil : onlyTwo(p, quoted: previousQuoted, people: kinds == [.person]))
                // `Malvec owns Pelitra and Quorvane. Both companies are based in Lyon`: the one pair the sentence lists.
                ?? (pronoun ? nil : listedGroup(p, quoted: previousQuoted, kinds: kinds == [.person] ? [.person] : [.company])) else { return }
        // `the two companies` means exactly two, `ces trois mineurs` three; French `elles` no firm shown masculine.
        if let count, members.count != count { return }
        if tokens[r.lowerBound].key == "elles" && members.contains(where: { type($0) == .person || genders[$0] == .masculine }) { return }
        pluralAnaphors[k] = members
        addMention(entity: members[0], tokens: r, sentence: k, rule: "coref:plural", confidence: 0.5, anaphor: true)
    }

    /// The plural readings that need the relations of every rule: clitic designations, sales of firms, the facts of
    /// plural anaphors, coordinated subjects and plural possessives, and the lists a negation denies.
    func spreadPluralAnaphors() {
        readCliticDesignations()
        dropSalesOfFirmsReadAsSupply()
        spreadOverAnaphors()
        spreadOverCoordinatedSubjects()
        spreadOverPluralPossessives()
        dropNegatedLists()
    }

    /// Gives every member of a plural anaphor the facts the rules found for its first member in that sentence, and
    /// joins the members as partners when the sentence declares a partnership among them alone.
    private func spreadOverAnaphors() {
        let asSubject: Set<DossierModel.Predicate> = [.operates, .locatedIn, .subjectTo, .sanctionedBy, .investsIn, .owns, .supplies, .partnerOf, .worksFor, .founded, .subsidiaryOf]
        // `They bought Quorvane` (Quorvane SUBSIDIARY_OF the first), `Z owns them`.
        let asObject: Set<DossierModel.Predicate> = [.supplies, .investsIn, .partnerOf, .subsidiaryOf, .owns]
        guard !pluralAnaphors.isEmpty else { return }
        // The relations of each sentence, read once (a document may hold many plural anaphors).
        let bySentence = Dictionary(grouping: relations, by: { $0.evidence.sentence.start })
        for (k, members) in pluralAnaphors.sorted(by: { $0.key < $1.key }) {
            let first = members[0]
            // Named again in the sentence: its facts there are its own.
            guard !slots[k].contains(where: { $0.entity == first && !$0.anaphor }) else { continue }
            for r in bySentence[sentences[k].start] ?? [] {
                let cue = tokenIndex(atScalar: r.evidence.span.start)
                if r.subject == first, asSubject.contains(r.predicate) {
                    if case .entity(let o) = r.object, members.contains(o) { continue }
                    for m in members.dropFirst() {
                        relate(m, r.predicate, r.object, cue: cue..<(cue + 1), sentence: k, rule: r.evidence.extractor + "+plural", confidence: r.evidence.confidence * 0.9, properties: r.properties)
                    }
                } else if case .entity(let o) = r.object, o == first, asObject.contains(r.predicate), !members.contains(r.subject) {
                    for m in members.dropFirst() {
                        relate(r.subject, r.predicate, .entity(m), cue: cue..<(cue + 1), sentence: k, rule: r.evidence.extractor + "+plural", confidence: r.evidence.confidence * 0.9, properties: r.properties)
                    }
                }
            }
            // `The two firms announced a partnership`; not `They will partner with Z`, a partnership with another firm.
            let s = sentences[k]
            guard members.allSatisfy(isFirmOrBody), keys(s.tokens).contains(where: RelationCues.partner.contains),
                  !slots[k].contains(where: { !$0.anaphor && isFirmOrBody($0.entity) && !members.contains($0.entity) }),
                  let anaphor = slots[k].first(where: { $0.anaphor && $0.entity == first }) else { continue }
            for a in members.indices { for b in (a + 1)..<members.count {
                relate(members[a], .partnerOf, .entity(members[b]), cue: anaphor.tokens, sentence: k, rule: "coref:plural.partners", confidence: 0.5)
            } }
        }
    }
}
