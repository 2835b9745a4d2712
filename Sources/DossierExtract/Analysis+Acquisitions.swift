import DossierModel

/// A firm bought outright is a holding of its buyer, as the annotation rules have it ("OWNS: holdings —
/// stakes, acquisitions"); SUBSIDIARY_OF is kept for a parent and child the text describes as such
/// (`filiale de`, `a unit of`, `wholly owned`). The deal readings find a takeover in many phrasings and
/// relate it as parent and child, which the cross-sentence readings (sanction spreading, plural
/// anaphors) use; once they have run, this pass restates each takeover as the buyer's holding, and
/// the price, when the clause states it, as money the buyer put into the firm.
enum AcquisitionReadings {
    /// The readings of a takeover (a buyer and the firm it buys), as opposed to a described parent.
    static let rules: Set<String> = ["rule:verb.acquires-firm", "rule:takeover-idiom", "rule:takeover-of", "rule:took-control", "rule:unit-sold-to",
                                     "rule:under-control-of", "rule:firm-sold-to", "rule:sold-to.passive", "rule:relative.acquirer",
                                     "coref:pronoun-sold-to", "coref:clitic-deal", "rule:takeover-noun-by"]
    /// A takeover reading, also when carried to another name (`rule:verb.acquires-firm+plural`).
    static func isTakeover(_ rule: String) -> Bool {
        rules.contains(rule) || rules.contains(String(rule.prefix { $0 != "+" }))
    }
    /// Verbs and nouns of buying: a holding read with one of them in its cue was paid for.
    static let buyingWords: Set<String> = DealIdiomCues.acquiredVerbs.union(TakeoverCues.takeoverNouns).union(
        ["acquire", "acquires", "acquiring", "buy", "buys", "buying", "purchase", "purchases", "rachete", "racheter", "rachetera", "achete", "acheter", "acquiert", "acquerir"])
    /// A sum right before one of these is the deal's size (`a $56 million deal`, `$37 billion acquisition`).
    static let dealNouns: Set<String> = TakeoverCues.takeoverNouns.union(["deal", "offer", "bid", "transaction", "operation", "offre"])
    /// Words that end the clause after the firm bought: the price is no longer the deal's beyond them.
    static let clauseEnds: Set<String> = [",", ";", ":", "which", "who", "qui", "que", "dont", "while", "alors", "tandis", "after", "apres", "since", "depuis"]
}

extension Analysis {
    func restateAcquisitionsAsHoldings() {
        let described = Set(relations.compactMap { r -> String? in
            guard r.predicate == .subsidiaryOf, !AcquisitionReadings.isTakeover(r.evidence.extractor), case .entity(let p) = r.object else { return nil }
            return "\(p)>\(r.subject)"
        })
        var bought: [(buyer: Int, firm: Int, relation: ExtractedRelation)] = []
        relations.removeAll { r in
            guard r.predicate == .subsidiaryOf, AcquisitionReadings.isTakeover(r.evidence.extractor), case .entity(let buyer) = r.object else { return false }
            if type(buyer) == .company || type(buyer) == .organization, !described.contains("\(buyer)>\(r.subject)") { bought.append((buyer, r.subject, r)) }
            return true
        }
        forgetWithdrawnRelations()
        var priced: [(buyer: Int, asset: Int, relation: ExtractedRelation)] = []
        for (buyer, firm, r) in bought {
            let cue = cueTokens(r)
            relate(buyer, .owns, .entity(firm), cue: cue, sentence: sentenceIndex(ofToken: cue.lowerBound), rule: r.evidence.extractor,
                   confidence: r.evidence.confidence, properties: r.properties)
            priced.append((buyer, firm, r))
        }
        // A site or a firm bought by the holding readings (`sold its campus to Y for $650m`, `acquired the mine for $56 million`).
        for r in relations where r.predicate == .owns && (r.evidence.extractor == "rule:sold-to" || r.evidence.extractor == "rule:verb.owns" && keys(cueTokens(r)).contains(where: { AcquisitionReadings.buyingWords.contains($0) })) {
            if case .entity(let asset) = r.object { priced.append((r.subject, asset, r)) }
        }
        for (buyer, asset, r) in priced {
            let cue = cueTokens(r)
            let k = sentenceIndex(ofToken: cue.lowerBound)
            if let price = acquisitionPrice(cue: cue, sentence: k) {
                relate(buyer, .investsIn, .entity(asset), cue: price.tokens, sentence: k, rule: r.evidence.extractor + ".price", confidence: 0.5, properties: moneyProperties(price))
            }
        }
    }

    private func cueTokens(_ r: ExtractedRelation) -> Range<Int> {
        let first = tokenIndex(atScalar: r.evidence.span.start)
        return first..<max(first + 1, tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1)) + 1)
    }

    /// The amount stated right after the firm bought (`to buy Y for about $38 billion`, `acquire Y, a maker of
    /// chips, for $2 billion`, `pour 1,4 milliard d'euros`) or as the deal's own size inside its cue (`X's $37
    /// billion acquisition of Y`, `a $56 million deal to acquire Y`) — not any sum of the sentence (`X, which had
    /// revenue of $3 billion, acquired Y`).
    private func acquisitionPrice(cue: Range<Int>, sentence k: Int) -> Quantity? {
        let s = sentences[k]
        let lo = max(s.tokens.lowerBound, cue.lowerBound)
        let from = min(s.tokens.upperBound, cue.upperBound)
        var hi = from
        let reach = min(s.tokens.upperBound, hi + 20)
        while hi < reach {
            // `acquire Y, a maker of cooling systems, for $2 billion`: an apposition to the firm is stepped over.
            if tokens[hi].key == ",", hi + 1 < reach, Self.articles.contains(tokens[hi + 1].key),
               let close = (hi + 2..<reach).first(where: { tokens[$0].key == "," }) {
                hi = close + 1
                continue
            }
            if AcquisitionReadings.clauseEnds.contains(tokens[hi].key) { break }
            hi += 1
        }
        let after = from < hi ? ValueReader.money(tokens, in: from..<hi, lex: lex) : []
        if after.count == 1 { return after[0] }
        guard after.isEmpty, lo < from else { return nil }
        let sized = ValueReader.money(tokens, in: lo..<from, lex: lex).filter { q in
            (q.tokens.upperBound..<min(from, q.tokens.upperBound + 3)).contains { AcquisitionReadings.dealNouns.contains(tokens[$0].key) }
        }
        return sized.count == 1 ? sized[0] : nil
    }

    func moneyProperties(_ q: Quantity) -> [String: Value] {
        var p: [String: Value] = ["amount": .string(text(q.tokens)), "amount_value": .double(q.value), "currency": .string(q.unit)]
        if let qual = q.qualifier { p["qualifier"] = .string(qual) }
        return p
    }
}
