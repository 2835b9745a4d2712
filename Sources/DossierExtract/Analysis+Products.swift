import DossierModel

/// Products named by a maker and a model number (`Boeing 737 Max`, `Boeing 787-9 Dreamliner`), which
/// the name chunker leaves as the maker alone, and the buyers of a maker's products (`Brevia Air
/// ordered 30 Airbus A350 jets`: Airbus supplies Brevia Air).
extension Analysis {
    func collectProductClauses() {
        modelNumbersAfterMakers()
        makersAfterParticiple()
        buyersOfMakersProducts()
    }

    /// `la plateforme Yasnor, développée par le groupe moscovite X`, `Velorra, made by the Swedish carmaker X`:
    /// the firm after `by / par` and a short description made the product.
    private func makersAfterParticiple() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .product && !p.anaphor {
                var j = p.tokens.upperBound
                if j < s.tokens.upperBound, tokens[j].key == "," { j += 1 }
                guard j + 1 < s.tokens.upperBound, ProductCues.madeParticiples.contains(tokens[j].key), ["by", "par"].contains(tokens[j + 1].key),
                      let maker = slots[k].first(where: { $0.tokens.lowerBound > j + 1 && $0.tokens.lowerBound - j <= 7 }), isFirm(maker.entity),
                      // Only articles and lower-case descriptors between `par` and the firm.
                      (j + 2..<maker.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike || Self.articles.contains(tokens[$0].key) }) else { continue }
                relate(maker.entity, .supplies, .entity(p.entity), cue: p.tokens.lowerBound..<maker.tokens.upperBound, sentence: k, rule: "rule:made-by-described-maker", confidence: 0.6)
            }
        }
    }

    /// `Boeing 737`, `Boeing 787-9 Dreamliner`, `Boeing 737 Max`: a firm's name followed by a model number
    /// of three or four digits (not a year, a date, an amount or a capacity) names one of its products.
    private func modelNumbersAfterMakers() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for maker in slots[k] where isFirm(maker.entity) && !maker.anaphor {
                var j = maker.tokens.upperBound
                // `Boeing's 737 Max`: the product is named after the possessive, without its maker.
                let possessive = j + 1 < s.tokens.upperBound && tokens[j].key == "'s"
                if possessive { j += 1 }
                let start = possessive ? j : maker.tokens.lowerBound
                guard j < s.tokens.upperBound, tokens[j].spaceBefore, ProductNames.isModelNumber(tokens[j]), tokens[j].text.prefix { $0.isNumber }.count >= 3,
                      !slots[k].contains(where: { $0.tokens.contains(j) }) else { continue }
                j += 1
                // `787-9`: a variant number glued by a hyphen.
                if j + 1 < s.tokens.upperBound, tokens[j].text == "-", !tokens[j].spaceBefore, tokens[j + 1].kind == .number, !tokens[j + 1].spaceBefore { j += 2 }
                if j < s.tokens.upperBound {
                    let next = tokens[j].key
                    if ValueReader.multipliers[next] != nil || ValueReader.capacityUnits[next] != nil || ValueReader.months[next] != nil
                        || ["%", "percent", "pour", "per", "-", "/"].contains(next) { continue }
                }
                // `Boeing 737 Max`, `787-9 Dreamliner`: one capitalised word after the number ends the name when no other name starts there.
                var absorbed: Slot? = nil
                if j < s.tokens.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized || tokens[j].isCamel, !tokens[j].hasDigit,
                   lex.places.value(tokens[j].key) == nil {
                    let there = slots[k].first { $0.tokens.lowerBound == j }
                    if let t = there {
                        if t.tokens.count == 1, type(t.entity) == .company || type(t.entity) == .product, drafts[t.entity].mentions.count == 1 { absorbed = t; j += 1 }
                    } else {
                        j += 1
                    }
                }
                let r = start..<j
                let name = text(r)
                let product: Int
                if let known = keyToEntity[Self.groupKey(name)], type(known) == .product {
                    product = known
                } else {
                    product = addEntity(EntityDraft(type: .product, strength: 2))
                    keyToEntity[Self.groupKey(name)] = product
                }
                if let a = absorbed {
                    drafts[a.entity].suppressed = true
                    slots[k].removeAll { $0.entity == a.entity && $0.tokens == a.tokens }
                }
                addMention(entity: product, tokens: r, sentence: k, rule: "rule:maker-model-number", confidence: 0.6)
                slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                relate(maker.entity, .supplies, .entity(product), cue: r, sentence: k, rule: "rule:maker-model-number", confidence: 0.65)
            }
        }
    }

    /// `Brevia Air ordered 30 Airbus A350 jets`, `X a commandé 30 Airbus A350`: the buyer of a product
    /// whose maker is known is the maker's customer.
    private func buyersOfMakersProducts() {
        var makerOf: [Int: Int] = [:]
        for r in relations where r.predicate == .supplies {
            if case .entity(let o) = r.object, type(o) == .product, isFirm(r.subject), makerOf[o] == nil { makerOf[o] = r.subject }
        }
        // Orders and purchases (not rentals: `rents out clusters of X H100` sells a service).
        let orderVerbs: Set<String> = ["ordered", "orders", "order", "ordering", "bought", "buys", "buy", "buying", "purchased", "purchases", "purchase", "acquired", "picked", "chose",
                                       "selected", "commande", "commandee", "commandes", "commandees", "commander", "achete", "achetee", "achetes", "achetees", "acheter", "achetera",
                                       "choisi", "retenu", "acquis"]
        // `… through shell companies`, `… livrés par l'intégrateur X`: another seller stands between the maker and the buyer.
        let otherSeller: Set<String> = ["from", "by", "par", "via", "through", "aupres", "chez", "intermediaries", "intermediaire", "distributor", "distributors", "distributeur",
                                        "reseller", "resellers", "revendeur", "dealers", "integrator", "integrateur"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .product {
                guard let maker = makerOf[p.entity] else { continue }
                let lo = max(s.tokens.lowerBound, p.tokens.lowerBound - 8)
                guard let verb = (lo..<p.tokens.lowerBound).last(where: { orderVerbs.contains(tokens[$0].key) }),
                      !keys(ordered(verb, p.tokens.lowerBound)).contains(where: { [".", ";", "by", "par", "from", "who", "qui", "which", "que"].contains($0) }),
                      !keys(ordered(max(s.tokens.lowerBound, verb - 3), verb)).contains(where: { TradeCues.negations.contains($0) }),
                      !keys(ordered(p.tokens.upperBound, s.tokens.upperBound)).contains(where: { otherSeller.contains($0) }),
                      !(verb + 1 < s.tokens.upperBound && tokens[verb + 1].key == "out"),
                      // Another firm between the verb and the product is the seller or a second buyer, read by the other rules.
                      !slots[k].contains(where: { isFirm($0.entity) && $0.entity != maker && $0.tokens.lowerBound > verb && $0.tokens.upperBound <= p.tokens.lowerBound }),
                      let buyer = firmSubject(before: verb, sentence: k, window: 14, excluding: maker), isFirm(buyer.entity) else { continue }
                relate(maker, .supplies, .entity(buyer.entity), cue: buyer.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:buys-makers-product", confidence: 0.55)
            }
        }
    }

    /// The firm a clause before token `i` is about, not the maker inside an earlier product's name
    /// (`X a commandé 30 Airbus A350 et a acheté …` is about X, not Airbus).
    func firmSubject(before i: Int, sentence k: Int, window: Int, excluding: Int? = nil) -> Slot? {
        var limit = i
        while let found = clauseSubject(before: limit, sentence: k, types: [.company], window: window - (i - limit), excluding: excluding) {
            guard let product = slots[k].first(where: { type($0.entity) == .product && $0.tokens.overlaps(found.tokens) }) else { return found }
            limit = product.tokens.lowerBound
            if i - limit >= window { return nil }
        }
        return nil
    }
}
