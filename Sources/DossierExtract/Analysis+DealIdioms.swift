import DossierModel

/// Deal facts stated by an idiom or a structure the pair rules do not read: a takeover said with an
/// idiom (`X s'offre Y`, `X met la main sur Y`, `X s'empare de Y`, `X snapped up Y`), the parents of a
/// joint venture (`X and Y formed a joint venture, Z`, `Z, une coentreprise entre X et Y`: each parent
/// owns it and they are partners) and equipment installed for a customer (`X équipe les centres de
/// données de Y`, `X will equip Y's sites`).
enum DealIdiomCues {
    static let takeoverIdioms: [[String]] = Analysis.phrases(["s' offre", "s' est offert", "s' offrir", "met la main sur", "a mis la main sur", "mettre la main sur", "va mettre la main sur",
                                                              "s' empare de", "s' est empare de", "s' emparer de", "snapped up", "snaps up", "snap up", "scooped up", "scoops up"])
    static let ventureNouns: [[String]] = Analysis.phrases(["joint venture", "joint-venture", "coentreprise", "co-entreprise", "jv"])
    static let namingWords: Set<String> = ["called", "named", "dubbed", "baptisee", "baptise", "nommee", "appelee", "denommee", "known", "as"]
    /// Verbs of equipping or powering a customer's sites (`X équipe les centres de Y`, `X alimentera en électricité le campus de Y`).
    static let equipVerbs: Set<String> = ["equipe", "equipera", "equipait", "equiper", "equips", "equip", "alimente", "alimentera", "alimentait", "alimenter"]
    static let underControl: [[String]] = Analysis.phrases(["sous le controle de", "sous le controle du", "sous le controle d'", "sous le controle des", "under the control of", "under control of"])
    /// Verbs of a firm sold whole (`is selling Y to Z`, `a revendu Y au fonds Z`).
    static let sellVerbs: Set<String> = HoldingCues.sellVerbs.union(["revend", "revendu", "revendra", "revendre"])
    /// Verbs of acquiring in a relative on the firm acquired (`Y, which X acquired in 2022`, `Y, que X a rachetée`).
    /// Participles of a firm sold in the passive (`Y has been sold to Z`, `Y a été cédée au fonds Z`).
    static let soldParticiples: Set<String> = ["sold", "cede", "cedee", "vendu", "vendue", "revendu", "revendue", "transferred", "transfere", "transferee"]
    static let acquiredVerbs: Set<String> = ["acquired", "bought", "purchased", "rachete", "rachetee", "acquis", "acquise", "achete", "achetee"]
    static let heldVerbs: Set<String> = ["detient", "detenait", "possede", "possedait", "holds", "held", "owns", "owned", "controle", "controls"]
}

extension Analysis {
    func collectDealIdioms() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                if let cue = matchPhrase(DealIdiomCues.takeoverIdioms, at: i, sentence: k) { takeoverIdiom(cue: i..<(i + cue.count), sentence: k) }
                if let cue = matchPhrase(DealIdiomCues.ventureNouns, at: i, sentence: k) { jointVenture(noun: i..<(i + cue.count), sentence: k) }
                if DealIdiomCues.equipVerbs.contains(tokens[i].key) { equipsCustomer(verb: i, sentence: k) }
                if let cue = matchPhrase(DealIdiomCues.underControl, at: i, sentence: k) { cameUnderControl(cue: i..<(i + cue.count), sentence: k) }
                if DealIdiomCues.sellVerbs.contains(tokens[i].key) { firmSoldTo(verb: i, sentence: k) }
                if DealIdiomCues.soldParticiples.contains(tokens[i].key) { soldToInPassive(participle: i, sentence: k) }
                if ["which", "que", "qu'", "dont"].contains(tokens[i].key) { acquirerInRelative(pronoun: i, sentence: k) }
            }
        }
    }

    /// `Le groupe Delvaux s'offre la start-up Quorane`, `X a mis la main sur Y`: Y becomes X's, as with `rachète`.
    private func takeoverIdiom(cue: Range<Int>, sentence k: Int) {
        guard let y = slotStarting(at: cue.upperBound, sentence: k, types: [.company], skip: 3) ?? partyAfter(cue.upperBound, sentence: k, types: [.company], reach: 4),
              isFirm(y.entity), !y.anaphor, !namesGoods(after: y, sentence: k),
              let x = subjectOfVerb(cue.lowerBound, sentence: k, types: [.company], window: 12, excluding: y.entity), !drafts[x.entity].isMedia else { return }
        relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:takeover-idiom", confidence: 0.55)
    }

    /// `snapped up Nvidia chips`, `s'offre des serveurs Dell`: a maker's name before a common noun names goods, not the firm taken over.
    private func namesGoods(after y: Slot, sentence k: Int) -> Bool {
        let j = y.tokens.upperBound
        guard j < sentences[k].tokens.upperBound else { return false }
        return namesMakerOfProduct(y, sentence: k) || tokens[j].kind == .word && !tokens[j].isNameLike && tokens[j].key.count > 3
            && !["from", "pour", "dans", "with", "avec", "last", "this", "earlier", "lors", "apres", "after", "before", "avant", "depuis", "since", "which", "dont", "while", "alors"].contains(tokens[j].key)
    }

    /// `X and Y formed a joint venture, Z,`, `X a créé avec Y une coentreprise baptisée Z`, `Z, a joint
    /// venture between X and Y`, `Z, une coentreprise de X et Y`: each parent owns Z; the parents are partners.
    private func jointVenture(noun r: Range<Int>, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var venture: Slot? = nil
        var parents: [Slot] = []
        // The venture in apposition before the noun, the parents after it: `Z, a joint venture between X and Y`.
        var h = r.lowerBound - 1
        while h > lo, Self.articles.contains(tokens[h].key) { h -= 1 }
        if h > lo, tokens[h].key == ",", let z = slots[k].last(where: { $0.tokens.upperBound == h && isFirm($0.entity) && !$0.anaphor }),
           r.upperBound < end, ["between", "of", "entre", "de", "du", "des", "owned", "detenue"].contains(tokens[r.upperBound].key) {
            venture = z
            parents = firmsListed(from: r.upperBound + (["owned", "detenue"].contains(tokens[r.upperBound].key) ? 2 : 1), sentence: k)
        } else {
            // The venture named after the noun: `a joint venture, Z,`, `une coentreprise baptisée Z`.
            var j = r.upperBound
            while j < min(end, r.upperBound + 4), [","].contains(tokens[j].key) || DealIdiomCues.namingWords.contains(tokens[j].key) || Self.articles.contains(tokens[j].key) { j += 1 }
            guard j > r.upperBound, let z = slots[k].first(where: { $0.tokens.lowerBound == j && isFirm($0.entity) && !$0.anaphor }) else { return }
            venture = z
            // The parents: the firms of the clause before the noun (`X and Y formed`, `X a créé avec Y`).
            let clauseStart = (lo..<r.lowerBound).last(where: { [";", ".", ":"].contains(tokens[$0].key) }).map { $0 + 1 } ?? lo
            parents = slots[k].filter { $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= r.lowerBound && isFirm($0.entity) && !$0.anaphor && !isComplement($0, sentence: k) || $0.tokens.upperBound <= r.lowerBound && $0.tokens.lowerBound > clauseStart && ["with", "avec"].contains(tokens[$0.tokens.lowerBound - 1].key) && isFirm($0.entity) }
        }
        guard let z = venture else { return }
        let owners = parents.filter { $0.entity != z.entity }
        guard !owners.isEmpty, owners.count <= 4 else { return }
        for p in owners {
            relate(p.entity, .owns, .entity(z.entity), cue: min(p.tokens.lowerBound, z.tokens.lowerBound)..<max(p.tokens.upperBound, z.tokens.upperBound), sentence: k, rule: "rule:joint-venture.parent", confidence: 0.55)
        }
        for a in owners.indices { for b in (a + 1)..<owners.count where owners[a].entity != owners[b].entity {
            relate(owners[a].entity, .partnerOf, .entity(owners[b].entity), cue: owners[a].tokens.lowerBound..<owners[b].tokens.upperBound, sentence: k, rule: "rule:joint-venture.partners", confidence: 0.55)
        } }
    }

    /// The firms listed from token `i` on: `X and Y`, `X, Y et Z`, `de X et de Y`.
    func firmsListed(from i: Int, sentence k: Int) -> [Slot] {
        var out: [Slot] = []
        var j = i
        let end = sentences[k].tokens.upperBound
        while j < end {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                guard isFirm(sl.entity) else { break }
                out.append(sl); j = sl.tokens.upperBound; continue
            }
            guard [",", "and", "et", "de", "du", "d'", "des", "by", "par"].contains(tokens[j].key) || Self.articles.contains(tokens[j].key) else { break }
            if tokens[j].key == ",", out.isEmpty { break }
            j += 1
        }
        return out
    }

    /// `Le fabricant Corvel équipe les centres de données d'Ardenne Cloud`, `X will equip Y's data centres`,
    /// `X alimentera en électricité le campus de Y`:
    /// the verb right after its subject (the noun `l'équipe` is no verb), the customer just after.
    private func equipsCustomer(verb i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        guard i > lo, !Self.articles.contains(tokens[i - 1].key), !Self.possessives.contains(tokens[i - 1].key),
              !["cette", "une", "un", "notre", "votre", "leur", "chaque", "toute", "team"].contains(tokens[i - 1].key),
              // A passive (`le site est alimenté par Y`) names the supplier after the verb.
              !["est", "sont", "sera", "is", "are", "was", "were", "ete", "been", "be"].contains(tokens[i - 1].key),
              let y = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 7 && isFirm($0.entity) }), !y.anaphor,
              !keys(ordered(i + 1, y.tokens.lowerBound)).contains(where: { [",", ".", ";", "and", "et", "qui", "which", "with", "avec", "pour", "for", "par", "by"].contains($0) }),
              y.tokens.lowerBound == i + 1 || ["de", "d'", "du", "des"].contains(tokens[y.tokens.lowerBound - 1].key),
              let x = subjectOfVerb(i, sentence: k, types: [.company], window: 8, excluding: y.entity), !drafts[x.entity].isMedia,
              x.tokens.upperBound <= i, i - x.tokens.upperBound <= 3 else { return }
        relate(x.entity, .supplies, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:equips-customer", confidence: 0.55)
    }

    /// `Petrelle est passée sous le contrôle du groupe Valmorin`, `Y came under the control of X`.
    private func cameUnderControl(cue: Range<Int>, sentence k: Int) {
        guard let x = partyAfter(cue.upperBound, sentence: k, types: [.company, .organization, .person], reach: 4), !drafts[x.entity].isMedia,
              let y = subjectOfVerb(cue.lowerBound, sentence: k, types: [.company], window: 8, excluding: x.entity), isFirm(y.entity), !y.anaphor else { return }
        relateNewOwner(x.entity, of: y.entity, cue: y.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:under-control-of")
        // `A et B, toutes deux sous le contrôle de X`, `A and B, both under the control of X`: every firm of the pair.
        let gap = keys(ordered(y.tokens.upperBound, cue.lowerBound))
        guard gap.first == ",", gap.contains(where: { ["both", "deux", "toutes", "tous", "all"].contains($0) }) else { return }
        for other in coordinatedBefore(y.entity, limit: y.tokens.upperBound, sentence: k) where isFirm(other) {
            relateNewOwner(x.entity, of: other, cue: y.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:under-control-of+pair")
        }
    }

    /// `Kestrel is selling Brightmoor Systems to Yarrow Group`, `Delvaux a revendu Trivane au fonds Caradel`:
    /// a firm sold whole (the name right after the verb, the buyer right after the firm) becomes the
    /// buyer's; the seller supplied no goods.
    private func firmSoldTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let y = slotStarting(at: i + 1, sentence: k, types: [.company], skip: 0), isFirm(y.entity), !y.anaphor,
              y.tokens.upperBound < end, ["to", "a", "au", "aux", "shares", "stock", "actions", "titres"].contains(tokens[y.tokens.upperBound].key) else { return }
        // The firm (or its shares) sold is never supplied goods; `sold Y shares to Z` names no new parent.
        let z = ["to", "a", "au", "aux"].contains(tokens[y.tokens.upperBound].key) ? partyAfter(y.tokens.upperBound + 1, sentence: k, types: [.company, .organization, .person], reach: 4) : nil
        let s = sentences[k]
        relations.removeAll { r in
            guard r.evidence.sentence.start == s.start, r.predicate == .supplies, case .entity(let o) = r.object else { return false }
            return o == y.entity || o == z?.entity && r.subject != y.entity
        }
        guard let z, z.entity != y.entity, !drafts[z.entity].isMedia else { return }
        relateNewOwner(z.entity, of: y.entity, cue: i..<z.tokens.upperBound, sentence: k, rule: "rule:firm-sold-to")
    }

    /// `Tellis has been sold to the fund Ravenna for $2bn`, `Tellis a été cédée au fonds Ravenna`: the buyer becomes
    /// the parent, and the firm sold supplies no one.
    private func soldToInPassive(participle i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        guard i > lo, ["been", "was", "is", "being", "were", "ete", "est", "fut"].contains(tokens[i - 1].key), i + 1 < end, ["to", "a", "au", "aux"].contains(tokens[i + 1].key),
              let z = partyAfter(i + 2, sentence: k, types: [.company, .organization, .person], reach: 5), !drafts[z.entity].isMedia,
              let y = subjectOfVerb(i, sentence: k, types: [.company], window: 12, excluding: z.entity), isFirm(y.entity), y.tokens.upperBound <= i else { return }
        let s = sentences[k]
        relations.removeAll { r in
            guard r.evidence.sentence.start == s.start, r.predicate == .supplies, case .entity(let o) = r.object else { return false }
            return r.subject == y.entity && o == z.entity
        }
        relateNewOwner(z.entity, of: y.entity, cue: y.tokens.lowerBound..<z.tokens.upperBound, sentence: k, rule: "rule:sold-to.passive")
    }

    /// `Norvik, which Tessaly Bank acquired in 2022`, `Trivane, que le groupe Delvaux a rachetée`: Y is X's
    /// child; `Sorlane, dont le groupe Ambrelle détient 30 %`: X owns Y.
    private func acquirerInRelative(pronoun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        guard i - 1 > lo, tokens[i - 1].key == ",", let y = slots[k].last(where: { $0.tokens.upperBound == i - 1 && !$0.anaphor }), isFirm(y.entity),
              let x = partyAfter(i + 1, sentence: k, types: [.company, .organization, .person], reach: 3), x.entity != y.entity, !drafts[x.entity].isMedia else { return }
        var j = x.tokens.upperBound
        while j < end, ["a", "has", "had", "avait", "have", "already", "deja", "recently", "recemment"].contains(tokens[j].key) { j += 1 }
        guard j < end else { return }
        let verb = tokens[j].key
        if tokens[i].key == "dont" {
            guard DealIdiomCues.heldVerbs.contains(verb) else { return }
            relate(x.entity, .owns, .entity(y.entity), cue: y.tokens.lowerBound..<(j + 1), sentence: k, rule: "rule:relative.holder", confidence: 0.55)
        } else if DealIdiomCues.acquiredVerbs.contains(verb), tokens[i].key != "which" || !["in", "to"].contains(tokens[i - 2].key) {
            relateNewOwner(x.entity, of: y.entity, cue: y.tokens.lowerBound..<(j + 1), sentence: k, rule: "rule:relative.acquirer")
        }
    }

    /// A firm that passes to a new owner: a person owns it, a firm or body becomes its parent.
    func relateNewOwner(_ owner: Int, of firm: Int, cue: Range<Int>, sentence k: Int, rule: String) {
        if type(owner) == .person {
            relate(owner, .owns, .entity(firm), cue: cue, sentence: k, rule: rule, confidence: 0.55)
        } else {
            relate(firm, .subsidiaryOf, .entity(owner), cue: cue, sentence: k, rule: rule, confidence: 0.55)
        }
    }
}
