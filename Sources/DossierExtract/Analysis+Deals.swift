import DossierModel

/// Deal phrasings the pair rules miss: a funding round led or joined by an investor
/// (`X led Y's Series B`, `X participe au tour de table de Y`), an investor or supplier named in
/// apposition (`X, an investor in Y`, `X, Y's supplier`, `X, fournisseur de Y`) and a French order
/// placed with the seller (`Y a commandé à X`).
enum DealCues {
    static let roundNouns: Set<String> = ["round", "series", "seed", "financing", "fundraising", "fundraise", "tour", "levee"]
    static let roundVerbs: Set<String> = ["led", "leads", "co-led", "colead", "co-leads", "joined", "joins", "participated", "participates", "participe", "participent", "participait",
                                          "mene", "menee", "pilote", "pilotee", "rejoint", "anchored", "headed",
                                          "codirige", "co-dirige", "codirigee", "co-dirigee", "comene", "co-mene", "dirige", "dirigee"]
    static let investorNouns: Set<String> = ["investor", "investors", "backer", "backers", "investisseur", "investisseurs", "bailleur", "financeur", "financeurs"]
    /// Money raised rather than goods bought (`secured $100 million in funding from X`).
    static let fundingNouns: Set<String> = ["funding", "financing", "investment", "investments", "investissement", "investissements", "financement", "financements", "capital",
                                            "round", "equity", "loan", "loans", "pret", "prets", "debt", "grant", "subvention", "fonds"]
    /// Verbs of receiving money: their subject is the firm backed (`a reçu un financement de Y`).
    static let receiveVerbs: Set<String> = ["recu", "recoit", "received", "receives", "obtenu", "obtient", "obtained", "secured", "secures", "leve", "raised", "raises", "decroche", "beneficie"]
    static let supplierNouns: Set<String> = ["supplier", "suppliers", "vendor", "vendors", "provider", "fournisseur", "fournisseurs", "prestataire"]
    static let orderVerbs: Set<String> = ["commande", "commandee", "commandes", "commandees", "achete", "achetee", "achetes", "achetees"]
}

extension Analysis {
    /// Do the words name money or a round (`$90 million`, `a Series B`, `40 M€`, `funding`)? What a firm
    /// raises must be one of them (`raised concerns from X` is no round).
    func namesMoneyOrRound(_ words: [String]) -> Bool {
        words.contains { $0.first?.isNumber == true || DealCues.fundingNouns.contains($0) || DealCues.roundNouns.contains($0) || lex.currencies.value($0) != nil
            || ["$", "€", "£", "million", "millions", "billion", "milliard", "milliards", "m", "md", "bn"].contains($0) }
    }

    /// `received a $117 million grant from`, `was awarded a loan from`, `a obtenu un prêt de 600 M€ de`: a verb of receiving
    /// (a passive `awarded` too), then money named as a grant, loan or funding, then the giver's preposition.
    func receivesFunding(_ words: [String]) -> Bool {
        var mid = words[...]
        while let last = mid.last, Self.articles.contains(last) { mid = mid.dropLast() }
        guard let last = mid.last, ["from", "de", "d'", "du", "aupres"].contains(last),
              let verb = mid.indices.first(where: { i in DealCues.receiveVerbs.contains(mid[i]) || mid[i] == "awarded" && i > mid.startIndex && ["was", "been", "is", "were"].contains(mid[i - 1]) })
        else { return false }
        let after = mid[(verb + 1)...]
        return after.count <= 12 && after.contains(where: { DealCues.fundingNouns.contains($0) })
    }

    /// A name inside a compound adjective (`a Nasdaq-listed miner`, `the Nvidia-backed start-up`) describes
    /// another firm; it is no party of the clause.
    func isCompoundModifier(_ s: Slot) -> Bool {
        let j = s.tokens.upperBound
        return j + 1 < tokens.count && tokens[j].text == "-" && !tokens[j].spaceBefore && tokens[j + 1].kind == .word && !tokens[j + 1].isNameLike
    }

    func collectDealClauses() {
        collectFirmClauses()
        collectGoodsOrders()
        collectStakes()
        collectStakeReadings()
        collectTakeovers()
        collectSupplyContracts()
        collectContractAwards()
        collectOwnerAppositions()
        collectDealIdioms()
        collectRoundLeads()
        laterRoundInvestors()
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if DealCues.roundVerbs.contains(key) || key == "part" && i > s.tokens.lowerBound && ["took", "take", "takes", "taking"].contains(tokens[i - 1].key) {
                    roundJoined(verb: i, sentence: k)
                }
                if DealCues.investorNouns.contains(key) { investorInApposition(noun: i, sentence: k) }
                if DealCues.supplierNouns.contains(key) { supplierInApposition(noun: i, sentence: k) }
                if DealCues.orderVerbs.contains(key) { orderedFromSeller(verb: i, sentence: k) }
            }
        }
        serviceContractDirections()
        asideFirmsAreNoSubjects()
        coInvestors()
        tenancies()
    }

    /// `X led Y's $200 million Series B`, `X participe au tour de table de Y`, `X joined a round in Y`.
    private func roundJoined(verb i: Int, sentence k: Int) {
        let s = sentences[k]
        let end = min(s.tokens.upperBound, i + 12)
        guard let roundAt = (i + 1..<end).first(where: { DealCues.roundNouns.contains(tokens[$0].key) }),
              !keys(ordered(i, roundAt)).contains(where: { [".", ";", ",", "by", "par"].contains($0) }) else { return }
        // `tour de table`, `levée de fonds`: the French round noun needs its complement.
        if ["tour", "levee"].contains(tokens[roundAt].key) {
            guard roundAt + 2 < s.tokens.upperBound, ["table", "fonds"].contains(tokens[roundAt + 2].key) else { return }
        }
        // `after the round`, `avant le tour de table`: a round mentioned as a time, not joined.
        if keys(ordered(i, roundAt)).contains(where: { ["after", "before", "following", "since", "apres", "avant", "depuis", "board", "conseil"].contains($0) }) { return }
        var target: Slot? = slots[k].first { isFirm($0.entity) && $0.tokens.lowerBound > i && $0.tokens.upperBound < roundAt && roundAt - $0.tokens.upperBound <= 7 && tokens[$0.tokens.upperBound].key == "'s" }
        if target == nil {
            // `un tour de table de 30 millions d'euros dans la start-up Y`: the amount's `de` names no firm; the next preposition may.
            let after = roundAt + (["tour", "levee"].contains(tokens[roundAt].key) ? 3 : 1)
            for p in after..<min(s.tokens.upperBound, after + 10) where ["in", "into", "of", "de", "d'", "du", "dans", "for"].contains(tokens[p].key) {
                if keys(ordered(after, p)).contains(where: { [".", ";", ","].contains($0) }) { break }
                if let t = slotStarting(at: p + 1, sentence: k, types: [.company], skip: 2) { target = t; break }
            }
        }
        guard let y = target, isFirm(y.entity),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization, .person], window: 12, excluding: y.entity), !drafts[x.entity].isMedia else { return }
        relate(x.entity, .investsIn, .entity(y.entity), cue: x.tokens.lowerBound..<max(y.tokens.upperBound, roundAt + 1), sentence: k, rule: "rule:round-joined", confidence: 0.55,
               properties: amountProperties(k))
    }

    /// The named firm closing an apposition right before `i` (`X, an investor …`), or nil.
    private func appositionHead(before i: Int, sentence k: Int) -> Slot? {
        // (A name opening the sentence has nothing in apposition before it.)
        guard i > sentences[k].tokens.lowerBound else { return nil }
        var j = i - 1
        while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || ["early", "major", "key", "big", "main", "longtime", "long-time", "grand", "gros", "principal", "historique", "important"].contains(tokens[j].key) { j -= 1 }
        // `X is among the investors in Y`, `X figure parmi les investisseurs de Y`.
        if j - 1 > sentences[k].tokens.lowerBound, ["among", "parmi"].contains(tokens[j].key),
           ["is", "are", "was", "were", "remains", "figure", "figurent", "est", "sont"].contains(tokens[j - 1].key) { j -= 1 }
        // `X, an investor in Y` or `X is an investor in Y`, `X est fournisseur de Y`.
        guard [",", "is", "are", "was", "were", "est", "etait", "remains", "reste", "became", "devient", "figure", "figurent", "sont"].contains(tokens[j].key) else { return nil }
        return slots[k].last { $0.tokens.upperBound == j && [.company, .organization, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
    }

    /// The preposition opening a noun's complement, past up to two lower-case adjectives
    /// (`investisseur historique de`, `fournisseur principal de`).
    private func complementAfter(noun i: Int, sentence k: Int, prepositions: Set<String>) -> Int? {
        let end = sentences[k].tokens.upperBound
        var j = i + 1
        while j < min(end, i + 3), tokens[j].kind == .word, !tokens[j].isCapitalized, !prepositions.contains(tokens[j].key) { j += 1 }
        return j < end && prepositions.contains(tokens[j].key) ? j : nil
    }

    /// `X, an investor in Y`, `X, investisseur de Y`, `Y's investors include X`.
    private func investorInApposition(noun i: Int, sentence k: Int) {
        // `Y's investors`, `Y's previous / early investors`.
        let owner = (max(sentences[k].tokens.lowerBound, i - 3)..<i).last { tokens[$0].key == "'s" && ($0 + 1..<i).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isNameLike } }
        if let o = owner, let y = slots[k].last(where: { $0.tokens.upperBound == o && isFirm($0.entity) }) {
            investorsOfNamedFirm(y, noun: i, sentence: k)
            return
        }
        guard let p = complementAfter(noun: i, sentence: k, prepositions: ["in", "dans", "de", "d'", "du", "of"]),
              let y = slotStarting(at: p + 1, sentence: k, types: [.company, .facility], skip: 1),
              let x = appositionHead(before: i, sentence: k), x.entity != y.entity else { return }
        relate(x.entity, .investsIn, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:apposition.investor-in", confidence: 0.55)
    }

    /// `Y's investors include X and Z`, `X is among Y's backers`.
    private func investorsOfNamedFirm(_ y: Slot, noun i: Int, sentence k: Int) {
        let s = sentences[k]
        var investors: [Slot] = []
        if let cue = (i + 1..<min(s.tokens.upperBound, i + 3)).first(where: { ["include", "includes", "included", "including", "are", "such", ":"].contains(tokens[$0].key) }) {
            investors = slots[k].filter { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 12 && [.company, .organization, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
            if let stop = (cue..<s.tokens.upperBound).first(where: { [".", ";"].contains(tokens[$0].key) }) { investors = investors.filter { $0.tokens.upperBound <= stop } }
        } else if y.tokens.lowerBound >= 2, ["among", "parmi"].contains(tokens[y.tokens.lowerBound - 1].key),
                  let x = clauseSubject(before: y.tokens.lowerBound - 1, sentence: k, types: [.company, .organization, .person], window: 6, excluding: y.entity) {
            investors = [x]
        }
        for x in investors where x.entity != y.entity {
            relate(x.entity, .investsIn, .entity(y.entity), cue: min(x.tokens.lowerBound, y.tokens.lowerBound)..<max(x.tokens.upperBound, i + 1), sentence: k,
                   rule: "rule:investors-of", confidence: 0.55)
        }
    }

    /// `X, Y's supplier`, `X, the main supplier of Y`, `X, fournisseur de Y`.
    private func supplierInApposition(noun i: Int, sentence k: Int) {
        var customer: Slot? = nil
        var head = i
        if let p = complementAfter(noun: i, sentence: k, prepositions: ["of", "to", "de", "d'", "du", "for"]) {
            customer = slotStarting(at: p + 1, sentence: k, types: [.company], skip: 1)
        } else if let poss = (max(sentences[k].tokens.lowerBound, i - 3)..<i).last(where: { tokens[$0].key == "'s" }),
                  (poss + 1..<i).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike }) {
            // `X, Y's supplier`, `X, Y's electricity supplier`.
            customer = slots[k].last { $0.tokens.upperBound == poss && isFirm($0.entity) }
            head = customer?.tokens.lowerBound ?? i
        }
        guard let y = customer, isFirm(y.entity), let x = appositionHead(before: head, sentence: k), isFirm(x.entity), x.entity != y.entity else { return }
        relate(x.entity, .supplies, .entity(y.entity), cue: x.tokens.lowerBound..<max(i + 1, y.tokens.upperBound), sentence: k, rule: "rule:apposition.supplier-of", confidence: 0.55)
    }

    /// `Y a commandé à X 2 000 serveurs`, `Y a acheté 500 machines à X`: the firm after `à` sells to the subject.
    private func orderedFromSeller(verb i: Int, sentence k: Int) {
        // `commandé à X des serveurs`, `commandé 3 000 serveurs à X`: the goods may come first.
        let end = sentences[k].tokens.upperBound
        guard let to = (i + 1..<min(end, i + 9)).first(where: { ["a", "au", "aux"].contains(tokens[$0].key) }),
              !keys(ordered(i + 1, to)).contains(where: { [",", ".", ";", "pour", "afin", "qui", "que"].contains($0) }),
              let seller = slotStarting(at: to + 1, sentence: k, types: [.company], skip: 2), isFirm(seller.entity),
              let buyer = clauseSubject(before: i, sentence: k, types: [.company], window: 12, excluding: seller.entity) else { return }
        relate(seller.entity, .supplies, .entity(buyer.entity), cue: buyer.tokens.lowerBound..<seller.tokens.upperBound, sentence: k, rule: "rule:ordered-from", confidence: 0.55)
    }
}
