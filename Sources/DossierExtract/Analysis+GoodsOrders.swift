import DossierModel

/// SUPPLIES from goods bought of a maker: `X finalized a deal to purchase 30 of Boeing's jets`,
/// `X announced an order of 50 Airbus jets`, `X agreed to buy 30 jets from Y`, `X a commandé 60
/// avions d'Airbus`; and a firm hired for a job: `X contracted Y to build …`, `X a mandaté Y pour …`.
/// A maker named with the goods is the seller, not a firm bought (`purchase 30 of Boeing's jets`
/// makes no takeover): the pair rules' acquisition reading of such a sentence is withdrawn.
enum GoodsOrderCues {
    static let buyWords: Set<String> = ["purchase", "purchases", "purchased", "purchasing", "buy", "buys", "bought", "buying", "order", "orders", "ordered", "ordering",
                                        "acquire", "acquires", "acquired", "acquiring", "commande", "commandes", "commander", "commandera", "achat", "achats", "achete",
                                        "acheter", "achetera", "acquerir", "acquiert", "acquis"]
    /// Verbs of hiring a firm for a job (`contracted Y to`, `a mandaté Y pour`).
    static let hireVerbs: Set<String> = ["contracted", "hired", "hires", "commissioned", "mandated", "retained", "mandate", "missionne"]
}

extension Analysis {
    func collectGoodsOrders() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if GoodsOrderCues.buyWords.contains(key) { goodsOfMaker(cue: i, sentence: k) }
                if GoodsOrderCues.hireVerbs.contains(key) { hiredFor(verb: i, sentence: k) }
            }
        }
    }

    /// After a buying word: a quantity, then the maker as a possessive or an attribute (`30 of Boeing's
    /// jets`, `50 Airbus A350-900 jets`) or after the goods (`30 jets from Y`, `60 avions d'Airbus`).
    private func goodsOfMaker(cue i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let window = i + 1..<min(end, i + 8)
        // A counted order (`30 jets`) is a deal with the maker; `hundreds of X chips` may come through traders.
        guard let quantity = window.first(where: { tokens[$0].kind == .number }),
              !keys(ordered(i + 1, quantity)).contains(where: { [",", ".", ";", "from", "de", "d'", "with", "avec"].contains($0) }) else { return }
        var j = quantity + 1
        // `30 of Boeing's`, `some 60 of the`
        while j < end, j - quantity <= 2, [ "of", "the", "million", "billion" ].contains(tokens[j].key) || tokens[j].kind == .number { j += 1 }
        var maker: Slot? = nil
        if let m = slots[k].first(where: { $0.tokens.lowerBound == j && isFirm($0.entity) }), namedWithGoods(m, sentence: k) {
            maker = m
        } else if j < end, DescriptorCues.goodsNouns.contains(tokens[j].key) || slots[k].contains(where: { $0.tokens.lowerBound == j && type($0.entity) == .product }) {
            // `30 jets from Y`, `60 avions d'Airbus`, `20 A350 from Y`
            var g = slots[k].first(where: { $0.tokens.lowerBound == j && type($0.entity) == .product })?.tokens.upperBound ?? j + 1
            if g < end, DescriptorCues.goodsNouns.contains(tokens[g].key) { g += 1 }
            if g < end, ["from", "de", "d'", "du", "aupres"].contains(tokens[g].key) {
                maker = slotStarting(at: tokens[g].key == "aupres" ? g + 2 : g + 1, sentence: k, types: [.company], skip: 0)
            }
        }
        guard let seller = maker, isFirm(seller.entity),
              let buyer = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 16, excluding: seller.entity),
              !drafts[buyer.entity].isMedia else { return }
        relate(seller.entity, .supplies, .entity(buyer.entity), cue: buyer.tokens.lowerBound..<seller.tokens.upperBound, sentence: k, rule: "rule:goods-of-maker", confidence: 0.55)
        withdrawTakeover(of: seller.entity, by: buyer.entity, sentence: k)
    }

    /// The pair rules read `X … purchase … Y` as a takeover; goods bought of Y are no holding.
    private func withdrawTakeover(of seller: Int, by buyer: Int, sentence k: Int) {
        let s = sentences[k]
        relations.removeAll { r in
            guard r.evidence.sentence.start == s.start, case .entity(let o) = r.object else { return false }
            return r.predicate == .subsidiaryOf && r.subject == seller && o == buyer || r.predicate == .owns && r.subject == buyer && o == seller
        }
    }

    /// `X contracted Y to build the plant`, `X hired Y to run`, `X a mandaté Y pour`: Y supplies X a service.
    private func hiredFor(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let y = slotStarting(at: i + 1, sentence: k, types: [.company], skip: 1), isFirm(y.entity),
              y.tokens.upperBound + 1 < end, ["to", "pour", "de", "d'", "as", "comme"].contains(tokens[y.tokens.upperBound].key),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 12, excluding: y.entity), !drafts[x.entity].isMedia else { return }
        relate(y.entity, .supplies, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:hired-firm", confidence: 0.5)
    }
}
