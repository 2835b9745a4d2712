import DossierModel

/// Products named by a maker and a model number (`Boeing 737 Max`, `Boeing 787-9 Dreamliner`), which
/// the name chunker leaves as the maker alone, and the buyers of a maker's products (`Brevia Air
/// ordered 30 Airbus A350 jets`: Airbus supplies Brevia Air).
extension Analysis {
    func collectProductClauses() {
        modelNumbers()
        variantsOfNamedProducts()
        makersAfterParticiple()
        makersBeforeVerb()
        dropLooseMakers()
        buyersOfMakersProducts()
    }

    /// Rules that read a maker right beside its product (`OpenAI's GPT-5`, `Nvidia H100`, `ChatGPT d'OpenAI`,
    /// `Velorra, made by X`).
    static let closeMakerRules: Set<String> = ["rule:maker-product", "rule:product-of-maker", "rule:product-named-after-maker", "rule:maker-model-number",
                                               "rule:made-by-described-maker", "rule:maker-verb-product"]

    /// Verbs whose subject makes, issues or launches their object.
    static let makerVerbs: Set<String> = ProductCues.launchVerbs.subtracting(["presente", "presentera"]).union(TradeCues.makeVerbs).union([
        "issues", "issued", "issue", "emet", "emis", "designs", "designed", "develops", "developed", "developpe", "concoit", "concu", "made", "built", "trained", "entraine"])

    /// `Circle issues USDC`, `Zentrix launched Stadora`, `Korvane a dévoilé sa nouvelle machine X`: the firm right
    /// before a verb of making or launching makes its object.
    private func makersBeforeVerb() {
        let fillers: Set<String> = Self.articles.union(["its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs", "new", "latest", "first", "own", "nouveau", "nouvelle",
                                                        "nouvel", "premier", "premiere", "propre", "flagship", "next-generation", "de", "d'"])
        let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "a", "ont", "avait", "va", "vient", "also", "aussi", "recently", "just", "already", "then", "officially"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .product && !p.anaphor {
                var v = p.tokens.lowerBound - 1
                // Up to four words of determiners, adjectives or product nouns (`its R1 reasoning model`, `sa nouvelle machine X`).
                var skipped = 0
                while v > s.tokens.lowerBound, skipped < 4, fillers.contains(tokens[v].key) || Vocabulary.productHeads.contains(tokens[v].key) || ProductCues.ownedNounsBefore.contains(tokens[v].key) {
                    v -= 1; skipped += 1
                }
                guard v > s.tokens.lowerBound, Self.makerVerbs.contains(tokens[v].key) else { continue }
                var f = v - 1
                while f > s.tokens.lowerBound, auxiliaries.contains(tokens[f].key) || tokens[f].key == "de" && tokens[f - 1].key == "vient" { f -= 1 }
                guard let maker = slots[k].last(where: { $0.tokens.upperBound == f + 1 }), isFirm(maker.entity) else { continue }
                relate(maker.entity, .supplies, .entity(p.entity), cue: maker.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:maker-verb-product", confidence: 0.6)
            }
        }
    }

    /// `Anthropic's Claude chatbot and OpenAI's GPT-5 model`: a firm named earlier in the sentence is not also
    /// the maker of a product whose maker stands right beside it.
    private func dropLooseMakers() {
        var close: [Int: Set<Int>] = [:]
        for r in relations where r.predicate == .supplies && Self.closeMakerRules.contains(r.evidence.extractor) {
            if case .entity(let o) = r.object, type(o) == .product { close[o, default: []].insert(r.subject) }
        }
        relations.removeAll { r in
            guard r.predicate == .supplies, r.evidence.extractor == "rule:maker-of-product", case .entity(let o) = r.object, let makers = close[o] else { return false }
            return !makers.contains(r.subject)
        }
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

    /// Nouns after a bare model number that make it a product (`its popular 737 Max jet`, `the 910C chips`).
    static let modelNouns: Set<String> = ["jet", "jets", "jetliner", "jetliners", "aircraft", "plane", "planes", "airliner", "airliners", "chip", "chips", "processor",
                                          "processors", "model", "models", "engine", "engines", "rocket", "rockets", "phone", "phones", "smartphone", "smartphones", "car",
                                          "cars", "vehicle", "vehicles", "helicopter", "helicopters", "avion", "avions", "puce", "puces", "moteur", "moteurs", "fusee"]

    /// `Boeing 737`, `Boeing's 787-9 Dreamliner jets`, `its popular 737 Max jet`: a model number of three or four
    /// digits (not a year, a date, an amount or a capacity) after a firm's name, or before a product noun, names a
    /// product; the chunker leaves such names as the maker alone.
    private func modelNumbers() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            let end = s.tokens.upperBound
            for i in s.tokens where i > s.tokens.lowerBound && ProductNames.isModelNumber(tokens[i]) && tokens[i].text.prefix(while: \.isNumber).count >= 3 && tokens[i].spaceBefore {
                guard !slots[k].contains(where: { $0.tokens.contains(i) }) else { continue }
                // `Boeing 737` (the maker in the name), `Boeing's 737 Max` (the product named without it).
                let direct = slots[k].first { $0.tokens.upperBound == i && isFirm($0.entity) && !$0.anaphor }
                let possessive = i >= s.tokens.lowerBound + 2 && tokens[i - 1].key == "'s" ? slots[k].first { $0.tokens.upperBound == i - 1 && isFirm($0.entity) && !$0.anaphor } : nil
                var j = i + 1
                // `787-9`: a variant number glued by a hyphen.
                if j + 1 < end, tokens[j].text == "-", !tokens[j].spaceBefore, tokens[j + 1].kind == .number, !tokens[j + 1].spaceBefore { j += 2 }
                if j < end {
                    let next = tokens[j].key
                    if ValueReader.multipliers[next] != nil || ValueReader.capacityUnits[next] != nil || ValueReader.months[next] != nil
                        || ["%", "percent", "pour", "per", "-", "/"].contains(next) { continue }
                }
                // `737 Max`, `787-9 Dreamliner`: one capitalised word after the number ends the name.
                var absorbed: Slot? = nil
                if j < end, tokens[j].kind == .word, tokens[j].isCapitalized || tokens[j].isCamel, !tokens[j].hasDigit, lex.places.value(tokens[j].key) == nil {
                    if let t = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                        if t.tokens.count == 1, type(t.entity) == .company || type(t.entity) == .product, drafts[t.entity].mentions.count == 1 || drafts[t.entity].strength <= 1 {
                            absorbed = t; j += 1
                        }
                    } else {
                        j += 1
                    }
                }
                let maker = direct ?? possessive
                // Without a maker, a determiner or an adjective before the number, and a family name or a singular noun after it
                // (`its popular 737 Max jet`, not a count: `a fleet of 270 aircraft`).
                let determined = ["its", "their", "the", "popular", "embattled", "grounded", "troubled", "best-selling", "new", "son", "sa", "ses", "leur", "le", "la", "les", "du"]
                    .contains(tokens[i - 1].key)
                guard maker != nil || determined && j < end && Self.modelNouns.contains(tokens[j].key) && (absorbed != nil || j > i + 1 && tokens[j - 1].isNameLike
                        || !tokens[j].key.hasSuffix("s") && tokens[j].key != "aircraft") else { continue }
                let r = (direct?.tokens.lowerBound ?? i)..<j
                let name = text(r)
                let product: Int
                if let known = keyToEntity[Self.groupKey(name)], type(known) == .product {
                    product = known
                } else {
                    product = addEntity(EntityDraft(type: .product, strength: 2))
                    keyToEntity[Self.groupKey(name)] = product
                }
                addMention(entity: product, tokens: r, sentence: k, rule: "rule:model-number", confidence: 0.6)
                if let a = absorbed {
                    slots[k].removeAll { $0.entity == a.entity && $0.tokens == a.tokens }
                    absorb(a.entity, into: product)
                }
                slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
                if let m = maker {
                    relate(m.entity, .supplies, .entity(product), cue: m.tokens.lowerBound..<j, sentence: k, rule: "rule:maker-model-number", confidence: 0.65)
                }
            }
        }
    }

    /// Words that name a variant of a product (`Stadora Pro`, `Halvio Ultra`, `Vela Mini`).
    static let variantWords: Set<String> = ["pro", "ultra", "max", "plus", "mini", "lite", "air", "edition", "premium", "go", "neo", "ultimate", "classic", "prime",
                                            "se", "xl", "xp", "turbo", "sport", "studio", "home", "business", "enterprise", "standard", "basic", "deluxe"]

    /// `Stadora Pro` when the text names the product `Stadora`: a name read as a firm only by default, made of a
    /// named product and variant words, is a product of the same maker. (A firm's name and a word is not: `Perdana
    /// Rackworks` is also called `Perdana`.)
    private func variantsOfNamedProducts() {
        for e in drafts.indices where type(e) == .company && !drafts[e].suppressed && !drafts[e].isMedia
            && !drafts[e].mentions.isEmpty && drafts[e].mentions.allSatisfy({ $0.evidence.extractor == "default:company" }) {
            let words = displayName(e).split(separator: " ")
            guard (2...3).contains(words.count), let base = keyToEntity[Self.groupKey(String(words[0]))], base != e, type(base) == .product, !drafts[base].suppressed,
                  words.dropFirst().allSatisfy({ Self.variantWords.contains(fold(String($0))) }) else { continue }
            drafts[e].type = .product
            relations.removeAll { r in
                if r.subject == e { return true }
                if case .entity(let o) = r.object, o == e { return ![.supplies, .owns].contains(r.predicate) || !isFirm(r.subject) }
                return false
            }
            if let maker = relations.first(where: { $0.predicate == .supplies && $0.object == .entity(base) && isFirm($0.subject) })?.subject, let at = drafts[e].mentions.first {
                let i = tokenIndex(atScalar: at.evidence.span.start)
                relate(maker, .supplies, .entity(e), cue: i..<(i + 1), sentence: sentenceIndex(ofToken: i), rule: "rule:variant-of-product", confidence: 0.55)
            }
        }
    }

    /// `Dreamliner`, read alone as a firm by default, is the family of the model it follows: its other mentions
    /// become the product's.
    private func absorb(_ e: Int, into product: Int) {
        drafts[product].mentions += drafts[e].mentions
        for n in drafts[e].names where !drafts[product].extraAliases.contains(n) { drafts[product].extraAliases.append(n) }
        drafts[e].suppressed = true
        for k in slots.indices { for x in slots[k].indices where slots[k][x].entity == e { slots[k][x].entity = product } }
        relations.removeAll { r in
            if r.subject == e { return true }
            if case .entity(let o) = r.object, o == e { return true }
            return false
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
