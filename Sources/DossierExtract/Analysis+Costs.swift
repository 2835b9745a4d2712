import DossierModel

/// Sums that news copy states in a sentence of their own, after the site or the deal they pay for:
/// `L'investissement représente environ 420 millions d'euros`, `Cet investissement de 108 millions
/// d'euros…`, `development costs expected to total CAD $55 million`, `L'offre de 286,6 millions de
/// dollars d'Agnico…`. The annotation rules count such money as INVESTS_IN, from the firm that runs
/// the site (or buys the firm) to the site (or the firm).
enum CostCues {
    /// Nouns that name what a site costs or what is invested in it.
    static let costNouns: Set<String> = ["investissement", "investissements", "investment", "investments", "cout", "couts", "cost", "costs",
                                         "budget", "enveloppe", "spend", "depenser", "depensera", "spending"]
    /// Nouns that name a deal's price.
    static let priceNouns: Set<String> = ["offre", "offer", "bid", "prix", "price", "montant", "transaction", "operation", "deal"]
    /// How many tokens may stand between the noun and its sum.
    static let reach = 8
}

extension Analysis {
    /// INVESTS_IN from a cost sentence to the site described in it or in the two sentences before, paid by
    /// the firm that runs that site; only when the sentence names no other firm and no investment of its own.
    func siteCosts() {
        let invested = Set(relations.filter { $0.predicate == .investsIn }.map { sentenceIndex(ofToken: tokenIndex(atScalar: $0.evidence.span.start)) })
        for k in sentences.indices where !skip[k] && !invested.contains(k) {
            guard let (cue, money) = sumOf(CostCues.costNouns, sentence: k),
                  let site = lastSite(upTo: k), let runner = runner(of: site) else { continue }
            let firms = Set(slots[k].filter { isFirm($0.entity) && !drafts[$0.entity].isMedia }.map(\.entity))
            guard firms.subtracting([runner]).isEmpty else { continue }
            relate(runner, .investsIn, .entity(site), cue: min(cue, money.tokens.lowerBound)..<max(cue + 1, money.tokens.upperBound), sentence: k,
                   rule: "rule:site-cost", confidence: 0.5, properties: moneyProperties(money))
        }
    }

    /// INVESTS_IN for a takeover whose price only a later sentence gives (`L'offre de 286,6 millions de dollars`).
    func laterDealPrices() {
        let holdings = relations.filter { $0.predicate == .owns && AcquisitionReadings.isTakeover($0.evidence.extractor) }
        for r in holdings {
            guard case .entity(let firm) = r.object, !relations.contains(where: { $0.predicate == .investsIn && $0.subject == r.subject && $0.object == r.object }) else { continue }
            let k = sentenceIndex(ofToken: tokenIndex(atScalar: r.evidence.span.start))
            for j in (k + 1)..<min(sentences.count, k + 3) where !skip[j] {
                guard let (cue, money) = sumOf(CostCues.priceNouns, sentence: j) else { continue }
                // (Another firm bought or another deal in that sentence: its price is not this one's.)
                let firms = Set(slots[j].filter { isFirm($0.entity) && !drafts[$0.entity].isMedia }.map(\.entity))
                guard firms.subtracting([r.subject, firm]).isEmpty else { break }
                relate(r.subject, .investsIn, .entity(firm), cue: min(cue, money.tokens.lowerBound)..<max(cue + 1, money.tokens.upperBound), sentence: j,
                       rule: "rule:later-deal-price", confidence: 0.45, properties: moneyProperties(money))
                break
            }
        }
    }

    /// The one sum of money within reach of one of `nouns` in the sentence (`investissement de 108 millions`,
    /// `costs expected to total CAD $55 million`, `$750-million investment`).
    private func sumOf(_ nouns: Set<String>, sentence k: Int) -> (cue: Int, money: Quantity)? {
        let s = sentences[k]
        // The noun first: money is read only in the few sentences that have one.
        guard let cue = s.tokens.first(where: { i in nouns.contains(tokens[i].key) && !slots[k].contains { $0.tokens.contains(i) } }) else { return nil }
        let near = ValueReader.money(tokens, in: s.tokens, lex: lex).filter { q in
            // (`$9 million per megawatt`: a unit cost is not the site's.)
            let perUnit = q.tokens.upperBound < s.tokens.upperBound && ["per", "par", "a"].contains(tokens[q.tokens.upperBound].key)
            return !perUnit && ((q.tokens.lowerBound > cue && q.tokens.lowerBound - cue <= CostCues.reach) || (q.tokens.upperBound <= cue && cue - q.tokens.upperBound <= 2))
        }
        return near.first.map { (cue, $0) }
    }

    /// The facility named or taken up last, in sentence `k` or the two before it.
    private func lastSite(upTo k: Int) -> Int? {
        for j in stride(from: k, through: max(0, k - 2), by: -1) where !skip[j] {
            if let slot = slots[j].last(where: { type($0.entity) == .facility && !drafts[$0.entity].suppressed }) { return slot.entity }
        }
        return nil
    }

    /// The firm the relations found so far say runs the site.
    private func runner(of site: Int) -> Int? {
        let runners = Set(relations.compactMap { r -> Int? in
            guard r.predicate == .operates, r.object == .entity(site), isFirm(r.subject) else { return nil }
            return r.subject
        })
        return runners.count == 1 ? runners.first : nil
    }
}
