import DossierModel

/// Parent and child in news wording the pair rules miss: a takeover named as a noun (`completed its
/// takeover of Y`, `X's $4 billion buyout of Y`), a unit sold to a buyer (`agreed to sell its Y unit to
/// Z`, `a cédé sa filiale Y au fonds Z`), a parent named as such (`X is the parent company of Y`, `X,
/// maison mère de Y`, `Y, an X company`), `Y, propriété du groupe X`, a partner named with a possessive
/// (`X and its partner Y`); and the annotation rule that a parent/child pair is not also a holding.
enum TakeoverCues {
    static let takeoverNouns: Set<String> = ["takeover", "buyout", "acquisition", "purchase", "rachat", "reprise", "absorption"]
    static let parentNouns: Set<String> = ["parent", "mere", "maison-mere", "societe-mere"]
    static let unitNouns: Set<String> = ["unit", "subsidiary", "division", "arm", "business", "filiale", "branche", "activite"]
    static let partnerNouns: Set<String> = ["partner", "partenaire"]
    /// Awarding a job to a firm (`Y awarded X a contract`, `Y a attribué à X le contrat`).
    static let awardVerbs: Set<String> = ["awarded", "awards", "granted", "gave", "attribue", "confie"]
    /// Verbs whose subject list is the partnership (`X and Y joined forces`, `X et Y s'allient`).
    static let reciprocal: [[String]] = Analysis.phrases(["s' allient", "s' associent", "s' unissent", "unissent leurs forces", "join forces", "joined forces", "joining forces",
                                                          "have joined forces", "team up", "teamed up", "have teamed up", "have partnered", "partnered", "cooperent", "collaborent",
                                                          "will cooperate", "will collaborate", "s' allieront", "s' associeront"])
}

extension Analysis {
    func collectTakeovers() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if TakeoverCues.takeoverNouns.contains(key) { takeoverOf(noun: i, sentence: k) }
                if HoldingCues.sellVerbs.contains(key) { unitSoldTo(verb: i, sentence: k) }
                if TakeoverCues.parentNouns.contains(key) { parentOf(noun: i, sentence: k) }
                if ["company", "firm", "brand"].contains(key) { companyOfParent(noun: i, sentence: k) }
                if key == "propriete" { propertyOf(noun: i, sentence: k) }
                if TakeoverCues.partnerNouns.contains(key) { possessivePartner(noun: i, sentence: k) }
                if TakeoverCues.awardVerbs.contains(key) { awardedTo(verb: i, sentence: k) }
                if let cue = matchPhrase(TakeoverCues.reciprocal, at: i, sentence: k) { partiesJoining(cue: i..<(i + cue.count), sentence: k) }
            }
        }
        parentPairsAreNoHoldings()
    }

    /// `X completed its takeover of Y`, `X's $4 billion buyout of Y`, `X a finalisé la reprise de Y`: Y becomes X's.
    private func takeoverOf(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        if buyerBeforeTarget(noun: i, sentence: k) { return }
        guard i + 1 < end, tokens[i + 1].isOf,
              // (`acquisition of Spanish producer Y`: past a descriptor.)
              let y = slotStarting(at: i + 2, sentence: k, types: [.company], skip: 1) ?? partyAfter(i + 2, sentence: k, types: [.company], reach: 4), isFirm(y.entity), !y.anaphor else { return }
        // `the acquisition of Y by X` is the pair rules'.
        if y.tokens.upperBound < end, ["by", "par"].contains(tokens[y.tokens.upperBound].key) { return }
        // The buyer: `X's … takeover`, or `its takeover` / `completed the takeover` with X the clause's subject.
        var buyer: Slot? = nil
        if let poss = (max(lo, i - 6)..<i).last(where: { tokens[$0].key == "'s" }), !(poss + 1..<i).contains(where: { [",", ".", ";"].contains(tokens[$0].key) }) {
            buyer = slots[k].last { $0.tokens.upperBound == poss && isFirm($0.entity) }
        } else if let v = (max(lo, i - 4)..<i).first(where: { Self.possessives.contains(tokens[$0].key) || ["completed", "finalized", "finalised", "closed", "announced", "finalise", "boucle", "annonce", "acheve"].contains(tokens[$0].key) }) {
            buyer = subjectOfVerb(v, sentence: k, types: [.company], window: 12, excluding: y.entity)
            // `Following its acquisition of Y in 2023, X aims …`: a fronted phrase's buyer is the subject after the comma.
            if buyer == nil, let comma = (y.tokens.upperBound..<min(end, y.tokens.upperBound + 6)).first(where: { tokens[$0].key == "," }) {
                buyer = slots[k].first { $0.tokens.lowerBound == comma + 1 && isFirm($0.entity) && !$0.anaphor }
            }
        }
        guard let x = buyer, x.entity != y.entity, !drafts[x.entity].isMedia else { return }
        relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: min(x.tokens.lowerBound, i)..<y.tokens.upperBound, sentence: k, rule: "rule:takeover-of", confidence: 0.55)
    }

    /// `l'acquisition par le groupe américain X de Y`, `the acquisition by X of Y`: the buyer named before what it buys.
    private func buyerBeforeTarget(noun i: Int, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        guard i + 2 < end, ["par", "by"].contains(tokens[i + 1].key),
              let x = partyAfter(i + 2, sentence: k, types: [.company], reach: 5), isFirm(x.entity) else { return false }
        // (`l'acquisition par X, filiale à 100 % de Z, de 15 % du capital de Y`: past an apposition of the buyer.)
        var of = x.tokens.upperBound
        if of < end, tokens[of].key == ",", let close = (of + 1..<min(end, of + 12)).first(where: { tokens[$0].key == "," }), close + 1 < end, tokens[close + 1].isOf { of = close + 1 }
        guard of + 1 < end, tokens[of].isOf, let y = partyAfter(of + 1, sentence: k, types: [.company], reach: 5) ?? sharedOrUnitTarget(after: of, sentence: k),
              isFirm(y.entity), x.entity != y.entity else { return false }
        relate(x.entity, .owns, .entity(y.entity), cue: i..<y.tokens.upperBound, sentence: k, rule: "rule:nominal.acquisition-by.fronted", confidence: 0.55)
        return true
    }

    /// The firm bought after a share or a unit noun: `de 15 % du capital de Y`, `de la filiale d'EDF Exaion` (the unit
    /// named right after its parent).
    private func sharedOrUnitTarget(after of: Int, sentence k: Int) -> Slot? {
        let end = sentences[k].tokens.upperBound, window = (of + 1)..<min(end, of + 10)
        guard var y = slots[k].first(where: { window.contains($0.tokens.lowerBound) && isFirm($0.entity) && !$0.anaphor }) else { return nil }
        let gap = ordered(of + 1, y.tokens.lowerBound)
        guard gap.allSatisfy({ tokens[$0].kind == .number || tokens[$0].text == "%" || tokens[$0].kind == .word && !tokens[$0].isNameLike }),
              gap.contains(where: { tokens[$0].text == "%" || RelationCues.subsidiary.contains(tokens[$0].key) }) else { return nil }
        // (`de la filiale de Z, W`: the unit, not its parent Z, is bought.)
        if gap.contains(where: { RelationCues.subsidiary.contains(tokens[$0].key) }) {
            guard let unit = slots[k].first(where: { $0.tokens.lowerBound == y.tokens.upperBound && isFirm($0.entity) && !$0.anaphor }) else { return nil }
            y = unit
        }
        return y
    }

    /// `X agreed to sell its Y unit to Z`, `X a cédé sa filiale Y au fonds Z`: the buyer becomes Y's parent; the
    /// pair rules' `X sells … Y` supply and `Y unit to Z` parent readings are withdrawn.
    private func unitSoldTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, (i + 1..<min(end, i + 3)).contains(where: { Self.possessives.contains(tokens[$0].key) }),
              let y = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 5 && isFirm($0.entity) && !$0.anaphor }),
              (i + 1..<min(end, y.tokens.upperBound + 2)).contains(where: { TakeoverCues.unitNouns.contains(tokens[$0].key) }) else { return }
        var j = y.tokens.upperBound
        if j < end, TakeoverCues.unitNouns.contains(tokens[j].key) { j += 1 }
        // `its towers unit, Tamar Towers, to Z`: the name in apposition to the unit.
        if j < end, tokens[j].key == ",", tokens[y.tokens.lowerBound - 1].key == "," { j += 1 }
        guard j < end, ["to", "a", "au", "aux"].contains(tokens[j].key),
              let z = partyAfter(j + 1, sentence: k, types: [.company, .organization, .person]), z.entity != y.entity else { return }
        let seller = subjectOfVerb(i, sentence: k, types: [.company], window: 12, excluding: y.entity)
        let s = sentences[k]
        relations.removeAll { r in
            guard r.evidence.sentence.start == s.start, case .entity(let o) = r.object else { return false }
            return r.predicate == .subsidiaryOf && r.subject == z.entity && o == y.entity || r.predicate == .supplies && r.subject == seller?.entity && o == y.entity
        }
        relateNewOwner(z.entity, of: y.entity, cue: i..<z.tokens.upperBound, sentence: k, rule: "rule:unit-sold-to")
    }

    /// `Google parent Alphabet`, `TikTok parent company ByteDance`: the parent noun used as a title of the
    /// firm named after it; the firm before is its child.
    func attributiveParent(after y: Slot, sentence k: Int) -> Slot? {
        let end = sentences[k].tokens.upperBound
        var j = y.tokens.upperBound
        guard j < end, tokens[j].key == "parent" else { return nil }
        j += 1
        if j < end, ["company", "group", "firm"].contains(tokens[j].key) { j += 1 }
        return slots[k].first { $0.tokens.lowerBound == j && isFirm($0.entity) && !$0.anaphor && $0.entity != y.entity }
    }

    /// `X is the parent company of Y`, `X, the parent of Y`, `X, maison mère de Y`, `X, la société mère de Y`.
    private func parentOf(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        if let child = slots[k].last(where: { $0.tokens.upperBound == i && isFirm($0.entity) && !$0.anaphor }), let x = attributiveParent(after: child, sentence: k) {
            relate(child.entity, .subsidiaryOf, .entity(x.entity), cue: child.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:attributive-parent", confidence: 0.6)
            return
        }
        var j = i + 1
        if tokens[i].key == "parent", j < end, ["company", "group", "firm"].contains(tokens[j].key) { j += 1 }
        // `maison-mère notamment de l'opérateur Y`
        if j < end, ["notamment", "notably", "aussi", "also", "entre"].contains(tokens[j].key) { j += tokens[j].key == "entre" ? 2 : 1 }
        guard j < end, tokens[j].isOf,
              let y = slotStarting(at: j + 1, sentence: k, types: [.company], skip: 1) ?? partyAfter(j + 1, sentence: k, types: [.company], reach: 3), isFirm(y.entity) else { return }
        // The parent before: `X is the`, `X, the`, `X, maison`
        var h = i - 1
        if tokens[i].key == "mere", h > lo, ["maison", "societe", "groupe"].contains(tokens[h].key) { h -= 1 }
        while h > lo, Self.articles.contains(tokens[h].key) { h -= 1 }
        guard h > lo, [",", "is", "was", "est", "etait", "remains", "reste", "became", "devient"].contains(tokens[h].key),
              let x = slots[k].last(where: { $0.tokens.upperBound == h }), isFirmOrBody(x.entity), x.entity != y.entity else {
            // `La maison mère de Y, le groupe X, …`, `The parent company of Y, X, said`: the parent in apposition.
            if h <= lo, let x = parentInApposition(after: y, sentence: k) {
                relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: i..<x.tokens.upperBound, sentence: k, rule: "rule:parent-of.apposition", confidence: 0.55)
            }
            return
        }
        relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:parent-of", confidence: 0.6)
    }

    /// The firm named between commas right after `y` (`de Y, le groupe X,`), closing its apposition.
    private func parentInApposition(after y: Slot, sentence k: Int) -> Slot? {
        let end = sentences[k].tokens.upperBound
        guard y.tokens.upperBound < end, tokens[y.tokens.upperBound].key == ",",
              let x = slotStarting(at: y.tokens.upperBound + 1, sentence: k, types: [.company], skip: 3), isFirm(x.entity), x.entity != y.entity, !x.anaphor,
              x.tokens.upperBound < end, [",", "said", "says", "a", "has", "will", "va", "is", "est"].contains(tokens[x.tokens.upperBound].key) else { return nil }
        return x
    }

    /// `Korvant Labs, a Halvorn Industries company`, `Nest, an Alphabet company`: a firm named as the
    /// attribute of `company` in apposition is the parent.
    private func companyOfParent(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        guard let parent = slots[k].last(where: { $0.tokens.upperBound == i && !$0.anaphor }), isFirm(parent.entity),
              parent.tokens.lowerBound - 2 > lo, ["a", "an"].contains(tokens[parent.tokens.lowerBound - 1].key), tokens[parent.tokens.lowerBound - 2].key == ",",
              let child = slots[k].last(where: { $0.tokens.upperBound == parent.tokens.lowerBound - 2 && !$0.anaphor }), isFirm(child.entity), child.entity != parent.entity else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: child.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:apposition.parent-company", confidence: 0.6)
    }

    /// `Tessara, propriété du groupe Halvorn`, `X, propriété de l'homme d'affaires Y`.
    private func propertyOf(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        guard i + 1 < end, ["de", "du", "d'"].contains(tokens[i + 1].key), i - 1 > lo, tokens[i - 1].key == ",",
              let x = slots[k].last(where: { $0.tokens.upperBound == i - 1 && !$0.anaphor }), [.company, .facility].contains(type(x.entity)),
              let y = partyAfter(i + 2, sentence: k, types: [.company, .organization, .person]), y.entity != x.entity else { return }
        relate(y.entity, .owns, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:property-of", confidence: 0.6)
    }

    /// `X and its partner Y`, `X, Y's partner,`, `son partenaire Y`: a partner named as such.
    private func possessivePartner(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        guard i > lo, i + 1 < end else { return }
        var x: Slot? = nil
        if Self.possessives.contains(tokens[i - 1].key) {
            // `its partner`: the firm named last before it, `X and its partner Y`.
            x = slots[k].last { $0.tokens.upperBound < i - 1 && isFirmOrBody($0.entity) && !$0.anaphor && !isComplement($0, sentence: k) }
        } else if tokens[i - 1].key == "'s" {
            x = slots[k].last { $0.tokens.upperBound == i - 1 && isFirmOrBody($0.entity) }
        }
        guard let a = x else { return }
        var j = i + 1
        if j < end, tokens[j].key == "," { j += 1 }
        guard let b = slotStarting(at: j, sentence: k, types: [.company, .organization], skip: 2), isFirmOrBody(b.entity), b.entity != a.entity, !b.anaphor else { return }
        relate(a.entity, .partnerOf, .entity(b.entity), cue: a.tokens.lowerBound..<b.tokens.upperBound, sentence: k, rule: "rule:possessive-partner", confidence: 0.55)
    }

    /// `Halvorn awarded Tessara a $200 million contract`, `X a attribué à Y le contrat`: Y supplies X.
    private func awardedTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var j = i + 1
        if j < end, ["a", "au"].contains(tokens[j].key) { j += 1 }
        if contractsAwardedTo(verb: i, sentence: k) { return }
        guard let y = slotStarting(at: j, sentence: k, types: [.company], skip: 0), isFirm(y.entity),
              (y.tokens.upperBound..<min(end, y.tokens.upperBound + 7)).contains(where: { FirmClauseCues.awardNouns.contains(tokens[$0].key) }),
              !keys(ordered(y.tokens.upperBound, min(end, y.tokens.upperBound + 7))).prefix(while: { !FirmClauseCues.awardNouns.contains($0) }).contains(where: { [",", ".", ";", "and", "et"].contains($0) }),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 12, excluding: y.entity), !drafts[x.entity].isMedia else { return }
        relate(y.entity, .supplies, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:awarded-contract", confidence: 0.55)
    }

    /// `Y has awarded satellite contracts totaling $1.6 billion to A, based in Long Beach, and B`, `Y a attribué le
    /// contrat à A et B`: each firm the contract goes to supplies the one awarding it.
    private func contractsAwardedTo(verb i: Int, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        guard let noun = (i + 1..<min(end, i + 5)).first(where: { FirmClauseCues.awardNouns.contains(tokens[$0].key) }),
              let to = (noun + 1..<min(end, noun + 10)).first(where: { ["to", "a", "au", "aux"].contains(tokens[$0].key) }),
              let first = partyAfter(to + 1, sentence: k, types: [.company], reach: 4), isFirm(first.entity),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 12, excluding: first.entity), !drafts[x.entity].isMedia else { return false }
        // (A place in apposition may stand between two of the firms.)
        let rest = coordinated(after: first, sentence: k, descriptors: true) { isFirm($0.entity) || type($0.entity) == .location }
        for y in [first] + rest where isFirm(y.entity) && y.entity != x.entity {
            relate(y.entity, .supplies, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:awarded-contract", confidence: 0.55)
        }
        return true
    }

    /// A parent/child pair is not also a holding (the annotation rules): an OWNS between a parent and its
    /// child is withdrawn, unless it states a part (`appartient à 40 % à Y`), which then withdraws the
    /// whole-firm reading `appartient à Y` instead.
    private func parentPairsAreNoHoldings() {
        let partRules: Set<String> = ["rule:share-of-capital", "rule:belongs-in-part", "rule:clitic-holding"]
        func pair(_ r: ExtractedRelation) -> String? {
            guard case .entity(let o) = r.object else { return nil }
            return r.predicate == .subsidiaryOf ? "\(o)>\(r.subject)" : "\(r.subject)>\(o)"
        }
        let parts = Set(relations.filter { $0.predicate == .owns && partRules.contains($0.evidence.extractor) }.compactMap(pair))
        let parents = Set(relations.filter { $0.predicate == .subsidiaryOf && !($0.evidence.extractor == "rule:part-of" && parts.contains(pair($0) ?? "")) }.compactMap(pair))
        // The parent under a shorter form of its name (`Borealis Minage a pris le contrôle de Y … Borealis détient
        // 51 % de Y`) when the two forms were kept apart.
        let parentOf = Dictionary(relations.compactMap { r -> (Int, [Int])? in
            guard r.predicate == .subsidiaryOf, case .entity(let p) = r.object else { return nil }
            return (r.subject, [p])
        }, uniquingKeysWith: +)
        relations.removeAll { r in
            guard let key = pair(r) else { return false }
            if r.predicate == .subsidiaryOf { return r.evidence.extractor == "rule:part-of" && parts.contains(key) }
            guard r.predicate == .owns else { return false }
            if parents.contains(key) { return true }
            guard case .entity(let child) = r.object, !partRules.contains(r.evidence.extractor) else { return false }
            return (parentOf[child] ?? []).contains { isShortForm(r.subject, of: $0) }
        }
    }

    /// Is `a` a leading part of `b`'s name (`Borealis` of `Borealis Minage`), both firms?
    private func isShortForm(_ a: Int, of b: Int) -> Bool {
        guard a != b, type(a) == .company, type(b) == .company else { return false }
        let short = fold(displayName(a)).split(separator: " "), long = fold(displayName(b)).split(separator: " ")
        return !short.isEmpty && short.count < long.count && Array(long.prefix(short.count)) == short
    }

    /// `Tessara et Korvant s'allient pour …`, `X and Y joined forces to …`: the firms of the subject list are partners.
    private func partiesJoining(cue: Range<Int>, sentence k: Int) {
        guard let last = slots[k].last(where: { $0.tokens.upperBound <= cue.lowerBound && cue.lowerBound - $0.tokens.upperBound <= 2 && isFirmOrBody($0.entity) && !$0.anaphor }),
              keys(ordered(last.tokens.upperBound, cue.lowerBound)).allSatisfy({ ["have", "ont", "will", "vont", "both", "tous", "toutes", "deux"].contains($0) }) else { return }
        // The list before the verb, read back from its last member (`A, B et C s'allient`).
        var members = [last]
        while let prev = slots[k].last(where: { $0.tokens.upperBound <= members[0].tokens.lowerBound && !$0.anaphor }), isFirmOrBody(prev.entity),
              joinsList(keys(ordered(prev.tokens.upperBound, members[0].tokens.lowerBound)), descriptors: false) {
            members.insert(prev, at: 0)
        }
        guard members.count >= 2 else { return }
        for a in members.indices { for b in (a + 1)..<members.count where members[a].entity != members[b].entity {
            relate(members[a].entity, .partnerOf, .entity(members[b].entity), cue: members[a].tokens.lowerBound..<cue.upperBound, sentence: k, rule: "rule:parties-joining", confidence: 0.55)
        } }
    }
}
