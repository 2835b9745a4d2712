import DossierModel

/// SUBSIDIARY_OF, OWNS and INVESTS_IN from clauses: `X, a G42 subsidiary`, `through a cloud unit,
/// Y`, `X (BIS), l’agence du département Y`, `Ampere's two main shareholders, Carlyle and Oracle`,
/// `X sold its campus … to Y`, `set up with backing from Y and from Z`.
enum HoldingCues {
    static let childNouns: Set<String> = ["subsidiary", "subsidiaries", "unit", "affiliate", "arm", "division", "filiale", "branche", "entite", "spin-off", "spinoff"]
    static let agencyNouns: Set<String> = ["agency", "agence", "service", "bureau", "office", "division", "unit", "arm", "branch", "branche", "direction", "department", "departement", "body", "organe", "regulator", "regulateur"]
    static let holderNouns: Set<String> = ["shareholder", "shareholders", "actionnaire", "actionnaires", "owner", "owners", "proprietaire", "proprietaires", "stakeholder", "stakeholders", "beneficiaire"]
    /// `détenue à 60 % par X`, `majority-owned by X`, `lui-même contrôlé par l’homme d’affaires X`.
    static let heldParticiples: Set<String> = ["detenue", "detenu", "detenus", "detenues", "owned", "majority-owned", "wholly-owned", "held", "controle", "controlee", "controles",
                                               "controlees", "controlled", "possedee", "possede"]
    /// Words before a percentage that make it a holding (`took 20% of Y`, `a deal worth $600 million for 51% of Y`).
    /// Of those, the verbs of buying a share (not of holding it).
    static let percentBuyingVerbs: Set<String> = ["pris", "took", "takes", "acquired", "acquiert", "rachete", "bought", "achete", "buy", "buys", "buying", "purchase", "purchased",
                                                  "acquire", "acquires", "acquiring", "take", "taking", "prend", "prendre", "racheter", "acquerir", "acheter", "reprend", "reprendre"]
    /// Words after `X % du/of` that say the share is not of a firm's capital, or that open another complement.
    static let notACapital: Set<String> = ["marche", "market", "ventes", "sales", "revenue", "revenues", "chiffre", "production", "output", "capacity", "capacite", "exports", "imports",
                                           "contrat", "contrats", "contract", "contracts", "commande", "order", "orders",
                                           "to", "a", "au", "aux", "for", "pour", "from", "aupres", "with", "avec", "in", "dans", "by", "par", "its", "son", "sa", "ses", "their", "leur", "leurs"]
    static let percentHoldingVerbs: Set<String> = ["pris", "took", "takes", "holds", "hold", "held", "detient", "detenait", "possede", "owns", "own", "acquired", "acquiert", "rachete", "a", "has", "bought", "achete", "porte", "raised", "increased", "controle",
                                         // `a deal worth $600 million for 51% of Y`, `agreed to pay … for 30% of Y`, `va racheter 40 % de Y`.
                                         "deal", "agreed", "pay", "paid", "pays", "paying", "buy", "buys", "buying", "purchase", "purchased", "acquire", "acquires", "acquiring", "take", "taking",
                                         "prend", "prendre", "racheter", "acquerir", "acheter", "reprend", "reprendre", "accord",
                                         // `l'État obtient 11,6 % des actions de Y`, `will receive 20% of Y`.
                                         "obtient", "obtenu", "obtiendra", "obtains", "obtained", "receives", "received", "receive", "recoit", "recevra"]

    /// `détenue majoritairement par X`, `wholly and indirectly owned by X`.
    /// Adverbs between a relative pronoun and its verb (`which already holds`, `qui est également`).
    static let clauseAdverbs: Set<String> = ["already", "now", "currently", "still", "also", "deja", "aussi", "egalement", "toujours", "desormais", "actuellement"]
    /// Concessive adverbs a writer slips into a clause (`une entreprise de droit privé détenue toutefois à 100 % par Y`).
    static let concessiveAdverbs: Set<String> = ["toutefois", "cependant", "neanmoins", "pourtant", "however", "nonetheless", "nevertheless"]
    static let shareAdverbs: Set<String> = ["majoritairement", "minoritairement", "entierement", "integralement", "conjointement", "indirectement", "directement", "partiellement",
                                            "majority", "wholly", "jointly", "indirectly", "directly", "partly", "fully"]
    /// `coentreprise`, `joint venture`, `JV`: a firm its parents hold together.
    static func isJointVentureNoun(at i: Int, tokens: [Token]) -> Bool {
        ["coentreprise", "co-entreprise", "jv", "joint-venture"].contains(tokens[i].key) || tokens[i].key == "venture" && i > 0 && tokens[i - 1].key == "joint"
    }
    /// `whose brands include A, B and C`, `dont les marques A et B`: the brands a group owns.
    static let brandNouns: Set<String> = ["brands", "marques", "labels", "enseignes"]
    static let brandListOpeners: Set<String> = ["include", "includes", "including", "are", "comprennent", "incluent", "sont", "comptent", ":", "notamment", "like", "such"]
    static let sellVerbs: Set<String> = ["sold", "sells", "sell", "selling", "vend", "vendu", "vendra", "vendre", "cede", "cedera", "ceder", "cession", "transfers", "transferred",
                                         "offloaded", "divested", "divests"]
    /// Words of a holding only weighed, not taken (`which considered acquiring a 20% stake`).
    static let weighingWords: Set<String> = ["considered", "considering", "envisage", "envisageait", "weighing", "weighed", "explored"]
    static let backing: [[String]] = Analysis.phrases([
        "backing from", "backing of", "support from", "financial support from", "funding from", "financing from", "investment from", "investments from", "capital from",
        "backed by", "funded by", "financed by", "bankrolled by", "soutien de", "soutien financier de", "le soutien de", "le soutien financier de", "financement de", "soutenue par",
        "soutenu par", "financee par", "finance par", "financees par", "finances par", "adossee a", "adosse a",
    ])
}

extension Analysis {
    func collectHoldingClauses() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if HoldingCues.childNouns.contains(key) {
                    childBeforeName(noun: i, sentence: k)
                    parentBeforeChildNoun(noun: i, sentence: k)
                    childOfDescribedParent(noun: i, sentence: k)
                }
                if HoldingCues.holderNouns.contains(key) { holders(noun: i, sentence: k) }
                if HoldingCues.heldParticiples.contains(key) { heldBy(participle: i, sentence: k) }
                if HoldingCues.brandNouns.contains(key) { brandsOf(noun: i, sentence: k) }
                if HoldingCues.sellVerbs.contains(key) { soldTo(verb: i, sentence: k) }
                if let cue = matchPhrase(HoldingCues.backing, at: i, sentence: k) { backedBy(cue: i..<(i + cue.count), sentence: k) }
                if ["%", "pour-cent", "percent"].contains(key) || key.hasSuffix("%") { shareOfCapital(percent: i, sentence: k) }
                if ["appartient", "appartiennent", "appartenait", "appartiendra"].contains(key) { belongsInPart(verb: i, sentence: k) }
                if HoldingCues.isJointVentureNoun(at: i, tokens: tokens) { jointVentureOf(noun: i, sentence: k) }
                if ["vehicle", "vehicule"].contains(key) { investmentVehicle(noun: i, sentence: k) }
                if ["filiales", "subsidiaries"].contains(key) { childrenListed(noun: i, sentence: k) }
            }
            agencyApposition(sentence: k)
        }
    }

    /// `through a cloud unit, YTL AI Cloud`, `ainsi qu’une filiale de cloud GPU, Buzz HPC`, `sa filiale X`.
    private func childBeforeName(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i > sentences[k].tokens.lowerBound else { return }
        let det = tokens[i - 1].key
        // `a cloud unit`: one descriptive word may sit between the article and the noun.
        let detBefore = i >= 2 ? tokens[i - 2].key : ""
        guard ["a", "an", "une", "its", "sa", "son", "their", "leur", "new", "nouvelle"].contains(det) || ["a", "an", "une", "its", "sa", "their"].contains(detBefore) else { return }
        var j = i + 1, words = 0
        while j < end, words <= 4, tokens[j].key != ",", !slots[k].contains(where: { $0.tokens.lowerBound == j }) {
            if ["of", "de", "du", "d'", "des"].contains(tokens[j].key), slots[k].contains(where: { $0.tokens.lowerBound == j + 1 || $0.tokens.lowerBound == j + 2 }) { return }
            if ["which", "qui", "that", "dont"].contains(tokens[j].key) { return }
            words += 1; j += 1
        }
        // `a subsidiary of the state conglomerate ▸Y`: a complement reaching a name without a comma names the parent.
        if j < end, tokens[j].key != ",", keys(ordered(i + 1, j)).contains(where: { ["of", "de", "du", "d'", "des"].contains($0) }) { return }
        if j < end, tokens[j].key == "," { j += 1 }
        guard let child = slots[k].first(where: { $0.tokens.lowerBound == j }), isFirmOrBody(child.entity), !child.anaphor else { return }
        let possessive = slots[k].first { $0.anaphor && ($0.tokens.lowerBound == i - 1 || $0.tokens.lowerBound == i - 2) && Self.possessives.contains(tokens[$0.tokens.lowerBound].key) }
        guard let parent = possessive ?? clauseSubject(before: i, sentence: k, types: [.company, .organization], window: 24, excluding: child.entity) else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: i..<child.tokens.upperBound, sentence: k, rule: "rule:child-noun-apposition", confidence: 0.6)
    }

    /// `Khazna Data Centers, a G42 subsidiary`, `X, an Alphabet unit`.
    private func parentBeforeChildNoun(noun i: Int, sentence k: Int) {
        guard let parent = slots[k].last(where: { $0.tokens.upperBound == i || ($0.tokens.upperBound == i - 1 && tokens[i - 1].key == "'s") }),
              isFirmOrBody(parent.entity), !parent.anaphor else { return }
        var j = parent.tokens.lowerBound - 1
        while j > sentences[k].tokens.lowerBound, ["a", "an", "the", "un", "une"].contains(tokens[j].key) { j -= 1 }
        // (`Exaion — an EDF subsidiary —`: a dash opens the apposition as a comma does.)
        guard j > sentences[k].tokens.lowerBound, j < parent.tokens.lowerBound - 1, [",", "—", "–"].contains(tokens[j].key),
              let child = slots[k].last(where: { $0.tokens.upperBound == j }), isFirmOrBody(child.entity) else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: child.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:apposition.parent-child-noun", confidence: 0.65)
    }

    /// `Le Bureau … (BIS), l’agence du département américain du Commerce`, `X, an agency of the Y`.
    private func agencyApposition(sentence k: Int) {
        let bodies = slots[k].filter { type($0.entity) == .organization && !$0.anaphor }
        for (a, x) in bodies.enumerated() where a + 1 < bodies.count {
            let y = bodies[a + 1]
            guard y.tokens.lowerBound > x.tokens.upperBound, y.entity != x.entity else { continue }
            let mid = midWithoutParentheses(keys(ordered(x.tokens.upperBound, y.tokens.lowerBound)))
            guard mid.first == ",", mid.count <= 7, let n = mid.firstIndex(where: { HoldingCues.agencyNouns.contains($0) }),
                  mid[1..<n].allSatisfy({ Self.articles.contains($0) || ["autre", "another", "other", "federal", "federale"].contains($0) }),
                  let p = mid.last, ["of", "du", "de", "within", "d'"].contains(p) || mid.suffix(2) == ["of", "the"] || mid.suffix(2) == ["de", "la"] || mid.suffix(2) == ["de", "l'"] else { continue }
            // Between them only names inside parentheses (`(BIS)`).
            guard slots[k].allSatisfy({ $0.tokens.lowerBound <= x.tokens.lowerBound || $0.tokens.lowerBound >= y.tokens.lowerBound || $0.entity == x.entity || $0.entity == y.entity || tokens[$0.tokens.lowerBound - 1].key == "(" }) else { continue }
            relate(x.entity, .subsidiaryOf, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:agency-of", confidence: 0.6)
        }
    }

    /// `Ampere's two main shareholders, the private-equity firm Carlyle and the software group Oracle`,
    /// `les actionnaires de Y, X et Z`, `X, actionnaire majoritaire de Y`.
    private func holders(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var owned: Slot? = nil
        // `Y's (two main) shareholders`
        var j = i - 1, words = 0
        while j > sentences[k].tokens.lowerBound, words < 3, !["'s", "'"].contains(tokens[j].key) { words += 1; j -= 1 }
        // (A noun opening the text has no token before it.)
        if j >= sentences[k].tokens.lowerBound, ["'s", "'"].contains(tokens[j].key), let y = slots[k].last(where: { $0.tokens.upperBound == j }), isFirmOrBody(y.entity) { owned = y }
        // `son bénéficiaire effectif, X`, `its main shareholder, X`
        if owned == nil, let pos = slots[k].last(where: { $0.anaphor && ($0.tokens.lowerBound == i - 1 || $0.tokens.lowerBound == i - 2) && Self.possessives.contains(tokens[$0.tokens.lowerBound].key) }) {
            owned = pos; j = i + 1
            while j < end, j <= i + 2, tokens[j].key != "," { j += 1 }
            if j < end, tokens[j].key == ",", let h = slots[k].first(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound - j <= 6 && [.person, .company].contains(type($0.entity)) }),
               isDescriptorGap(keys(ordered(j, h.tokens.lowerBound))) || keys(ordered(j, h.tokens.lowerBound)) == [","] {
                relate(h.entity, .owns, .entity(pos.entity), cue: i..<h.tokens.upperBound, sentence: k, rule: "rule:possessive-holder", confidence: 0.55)
            }
            return
        }
        // `shareholders of Y`, `actionnaire (majoritaire) de Y`
        if owned == nil {
            // (`actionnaire de référence de Y`: the qualifier's `de` is not the holding's.)
            var m = i + 2 < end && tokens[i + 1].key == "de" && tokens[i + 2].key == "reference" ? i + 3 : i + 1, w = 0
            // (`actionnaire à plus de 20 % de Y`, `a 30 per cent shareholder of Y`: a share's `de` is not the holding's.)
            while m < end, w <= 1 || (w <= 6 && isShareWording(m)), !["of", "de", "du", "d'", "in", "dans"].contains(tokens[m].key) || isShareWording(m) { w += 1; m += 1 }
            if m < end, let y = slotStarting(at: m + 1, sentence: k, types: [.company], skip: 0) { owned = y; j = m }
        }
        guard let target = owned else { return }
        // Holders: the list after the noun (`, X and Z`), else the name in apposition before it (`X, actionnaire de Y`).
        var found: [Slot] = []
        var at = target.tokens.lowerBound > i ? target.tokens.upperBound : i + 1
        // (A phrase taking up a firm, `…, the company said`, is no new holder.)
        // `les principaux actionnaires de Y (A, B et C)`: the list may stand in parentheses.
        while let f = slots[k].first(where: { $0.tokens.lowerBound >= at && $0.tokens.lowerBound - at <= 7 }), !f.anaphor,
              [.company, .person, .organization].contains(type(f.entity)),
              isDescriptorGap(keys(ordered(at, f.tokens.lowerBound))) || found.isEmpty && target.tokens.lowerBound > i && keys(ordered(at, f.tokens.lowerBound)) == ["("] {
            found.append(f); at = f.tokens.upperBound
        }
        // `12 GWh pour Renault, actionnaire de Y`: the name right before the apposition, even as a complement.
        if found.isEmpty, i - 1 > sentences[k].tokens.lowerBound, tokens[i - 1].key == ",",
           let head = slots[k].last(where: { $0.tokens.upperBound == i - 1 && !$0.anaphor && [.company, .person, .organization].contains(type($0.entity)) && !drafts[$0.entity].isMedia }), head.entity != target.entity {
            found = [head]
        }
        // `X, basée à Chypre, qui est également un actionnaire majoritaire de Y`: the relative's antecedent.
        var copula = i - 1
        while copula > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[copula].key) || ["un", "une", "a", "an"].contains(tokens[copula].key) || HoldingCues.clauseAdverbs.contains(tokens[copula].key) { copula -= 1 }
        if found.isEmpty, copula >= sentences[k].tokens.lowerBound, ["est", "is", "was", "etait", "reste", "remains", "demeure"].contains(tokens[copula].key),
           let head = relativeAntecedent(before: copula, sentence: k, types: [.company, .person, .organization]), head.entity != target.entity {
            found = [head]
        }
        // (`X et les actionnaires de Y`: a subject coordinated with the holders is not one of them.)
        if found.isEmpty, let before = clauseSubject(before: min(i, j), sentence: k, types: [.company, .person, .organization], window: 10, excluding: target.entity),
           case let gap = keys(ordered(before.tokens.upperBound, min(i, j))), gap.count <= 6, !gap.contains(where: { ["et", "and"].contains($0) }) {
            found = [before]
        }
        for h in found where h.entity != target.entity {
            relate(h.entity, .owns, .entity(target.entity), cue: min(i, target.tokens.lowerBound, h.tokens.lowerBound)..<max(i + 1, h.tokens.upperBound, target.tokens.upperBound), sentence: k, rule: "rule:shareholder", confidence: 0.55)
        }
    }

    /// A word of a share's size between a holder noun and its firm: `à plus de 20 %`, `30 per cent`, `majoritaire`.
    private func isShareWording(_ m: Int) -> Bool {
        let t = tokens[m]
        if t.kind == .number || ["%", "a", "pour", "per", "cent", "plus", "moins", "pres", "more", "than", "hauteur", "about", "around", "environ", "majoritaire", "minoritaire", "majority", "minority"].contains(t.key) { return true }
        // `de` inside `plus de 20 %`, `à hauteur de 40 %`: a number follows it.
        return ["de", "d'", "of"].contains(t.key) && m + 1 < tokens.count && tokens[m + 1].kind == .number
    }

    /// `le Fonds X a pris 15 % du capital de Y`, `X holds 30% of Y`, `a 20% stake in Y`: a holding.
    private func shareOfCapital(percent i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var j = i + 1
        if j < end, ["du", "of", "de", "d'", "des", "in", "dans"].contains(tokens[j].key), j + 1 < end, ["capital", "shares", "actions", "stake", "participation"].contains(tokens[j + 1].key) {
            j += 2
            // `11,6 % des actions ordinaires de Y`, `5% of the common shares of Y`.
            if j < end, ["ordinaires", "ordinary", "common", "preferred", "privilegiees"].contains(tokens[j].key) { j += 1 }
        }
        if j < end, ["stake", "participation", "interest"].contains(tokens[j].key) { j += 1 }
        guard j < end, ["du", "of", "de", "d'", "in", "dans"].contains(tokens[j].key),
              let owned = slotStarting(at: j + 1, sentence: k, types: [.company], skip: 0) ?? firmAfterDescriptor(from: j + 1, sentence: k), isFirm(owned.entity) else { return }
        let leadStart = max(sentences[k].tokens.lowerBound, i - 8)
        // The holder is the subject of the verb (`Aurora, a London-based fund, which already holds about 9% of the miner`).
        guard let verbAt = (leadStart..<i).last(where: { HoldingCues.percentHoldingVerbs.contains(tokens[$0].key) }),
              // `agreed to sell 30% of Y`: the subject parts with the stake; `considered acquiring 20% of Y`: only weighed it.
              !(verbAt..<i).contains(where: { HoldingCues.sellVerbs.contains(tokens[$0].key) }),
              !(max(leadStart, verbAt - 2)..<verbAt).contains(where: { HoldingCues.weighingWords.contains(tokens[$0].key) }),
              // `une filiale à 100 % de Y` names the parent, not a share the subject holds.
              !(max(leadStart, verbAt - 1)..<i).contains(where: { HoldingCues.childNouns.contains(tokens[$0].key) }),
              let holder = relativeAntecedent(before: verbAt, sentence: k, types: [.company, .person, .organization])
                ?? clauseSubject(before: verbAt, sentence: k, types: [.company, .person, .organization], window: 16, excluding: owned.entity),
              holder.entity != owned.entity else { return }
        relate(holder.entity, .owns, .entity(owned.entity), cue: holder.tokens.lowerBound..<owned.tokens.upperBound, sentence: k, rule: "rule:share-of-capital", confidence: 0.55)
        // `a annoncé un accord pour acquérir 74 % de Y`: a share bought is money put into Y too (as `acquired a stake in Y`).
        if HoldingCues.percentBuyingVerbs.contains(tokens[verbAt].key) {
            relate(holder.entity, .investsIn, .entity(owned.entity), cue: holder.tokens.lowerBound..<owned.tokens.upperBound, sentence: k, rule: "rule:share-of-capital.bought", confidence: 0.5,
                   properties: amountProperties(k))
        }
    }

    /// `74 % du producteur et fournisseur alternatif d'électricité Y`, `30% of the German chipmaker Y`: the
    /// firm named after a descriptive phrase (lower-case words only, no preposition that opens another
    /// complement, no share of a market or of sales).
    private func firmAfterDescriptor(from i: Int, sentence k: Int) -> Slot? {
        let end = sentences[k].tokens.upperBound
        var j = i
        while j < min(end, i + 12) {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) { return type(sl.entity) == .company && !sl.anaphor ? sl : nil }
            let t = tokens[j]
            // (`the German chipmaker`: a nationality adjective is part of the description.)
            guard t.kind == .word, !t.isNameLike || lex.demonyms[t.key] != nil, !HoldingCues.notACapital.contains(t.key) else { return nil }
            j += 1
        }
        return nil
    }

    /// `Stellantis, whose iconic brands include Fiat, Opel and Jeep`, `le groupe X, dont les marques Y et Z …`: the group before
    /// `whose`/`dont` owns each brand of the list that follows the noun (a firm or a product by its name).
    private func brandsOf(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        // Back over the determiner and adjectives to the relative word (`whose iconic`, `dont les célèbres`).
        var r = i - 1
        while r > lo, i - r <= 3, tokens[r].kind == .word, !["whose", "dont"].contains(tokens[r].key) { r -= 1 }
        guard r > lo, ["whose", "dont"].contains(tokens[r].key),
              let group = slots[k].last(where: { $0.tokens.upperBound <= r && r - $0.tokens.upperBound <= 6 && isFirm($0.entity) && !$0.anaphor }) else { return }
        var j = i + 1
        while j < end, j - i <= 3, tokens[j].kind != .word || HoldingCues.brandListOpeners.contains(tokens[j].key) || tokens[j].key == "as" || Self.articles.contains(tokens[j].key) {
            if slots[k].contains(where: { $0.tokens.lowerBound == j }) { break }
            j += 1
        }
        guard let first = slots[k].first(where: { $0.tokens.lowerBound == j && [.company, .product].contains(type($0.entity)) && !$0.anaphor }) else { return }
        let brands = [first] + coordinated(after: first, sentence: k, descriptors: false, accepts: { [.company, .product].contains(self.type($0.entity)) })
        for brand in brands where brand.entity != group.entity {
            relate(group.entity, .owns, .entity(brand.entity), cue: group.tokens.lowerBound..<brand.tokens.upperBound, sentence: k, rule: "rule:brands-of", confidence: 0.6)
        }
        relativeLists.append((k, group.entity, Set(brands.map(\.entity)), brands.last!.tokens.upperBound))
    }

    /// `X, whose brands include A and B, has invested in Y`: a relation read from the verb after the relative clause on a
    /// member of its list is the group's.
    func verbsAfterRelativeLists() {
        for list in relativeLists {
            let misread = relations.filter { r in list.members.contains(r.subject) && inSentence(r, list.sentence)
                && tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1)) >= list.end }
            relations.removeAll { r in misread.contains { $0.subject == r.subject && $0.predicate == r.predicate && $0.object == r.object } }
            for r in misread where r.object != .entity(list.group) {
                relate(list.group, r.predicate, r.object, cue: tokenIndex(atScalar: r.evidence.span.start)..<(tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1)) + 1),
                       sentence: list.sentence, rule: r.evidence.extractor, confidence: r.evidence.confidence, properties: r.properties)
            }
        }
    }

    /// `la société commune sera détenue à 60 % par Phoenix Group et à 40 % par l’OIA`, `En+, lui-même contrôlé par
    /// l’homme d’affaires X`: each holder after `par/by` owns what the participle describes (a firm that
    /// controls another firm is its parent).
    private func heldBy(participle i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var j = i + 1, holders: [Slot] = []
        while j < min(end, i + 16) {
            let key = tokens[j].key
            if [".", ";", "qui", "which", "who"].contains(key) { break }
            if ["par", "by"].contains(key), let h = partyAfter(j + 1, sentence: k, types: [.company, .organization, .person]) {
                holders.append(h); j = h.tokens.upperBound; continue
            }
            // Only percentages, `et/and` and articles may sit between the participle and the agents.
            if !(tokens[j].kind == .number || ["%", "/", "a", "et", "and", "pour", "cent", "percent", ","].contains(key) || key.hasSuffix("%") || Self.articles.contains(key)
                 || HoldingCues.shareAdverbs.contains(key) || HoldingCues.concessiveAdverbs.contains(key) || HoldingCues.clauseAdverbs.contains(key)) { break }
            j += 1
        }
        // `construits par X, une société détenue par …`: the name an apposition describes, though it is an agent itself.
        var head = i - 1
        while head > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[head].key) || ["un", "une", "a", "an"].contains(tokens[head].key) || Vocabulary.companyHeads.contains(tokens[head].key) { head -= 1 }
        let apposed = head < i - 1 && tokens[head].key == "," ? slots[k].last(where: { $0.tokens.upperBound == head && !$0.anaphor && [.company, .facility].contains(type($0.entity)) }) : nil
        guard !holders.isEmpty, let held = apposed ?? describedBefore(i, sentence: k, types: [.company, .facility], window: 10).map({ asideHead($0, before: i, sentence: k, types: [.company, .facility]) })
                ?? dashApposed(before: i, sentence: k) else { return }
        // `racheter la part de 9 % détenue par Y dans Z`: the participle describes a stake in another firm.
        if keys(ordered(held.tokens.upperBound, i)).contains(where: { RelationCues.stakeNouns.contains($0) }) { return }
        let control = ["controle", "controlee", "controles", "controlees", "controlled"].contains(tokens[i].key)
        // `une coentreprise, Y, détenue à 70 % par A et à 30 % par B`: the parents of a joint venture are partners.
        let lead = max(sentences[k].tokens.lowerBound, held.tokens.lowerBound - 4)
        if holders.count >= 2, (lead..<held.tokens.lowerBound).contains(where: { HoldingCues.isJointVentureNoun(at: $0, tokens: tokens) }) {
            relate(holders[0].entity, .partnerOf, .entity(holders[1].entity), cue: holders[0].tokens.lowerBound..<holders[1].tokens.upperBound, sentence: k, rule: "rule:joint-venture-parents", confidence: 0.5)
        }
        // `A, qui possède …, ainsi que B, …, toutes deux contrôlées par X`, `A and B, both owned by X`: the two firms named last.
        let both = [["toutes", "deux"], ["tous", "deux"], ["both"], ["les", "deux"]].contains { keys(max(sentences[k].tokens.lowerBound, i - $0.count)..<i) == $0 }
        let lastTwo = Array(slots[k].filter { $0.tokens.upperBound <= i && type($0.entity) == .company && !$0.anaphor }.suffix(2))
        for held in both && lastTwo.count == 2 ? lastTwo : [held] {
            for h in holders where h.entity != held.entity {
                // (`contrôlé à 22 % par X`: a minority share is a holding, not control.)
                if control && type(h.entity) != .person && !minorityShare(in: (i + 1)..<h.tokens.lowerBound) {
                    if type(held.entity) == .company { relate(held.entity, .subsidiaryOf, .entity(h.entity), cue: i..<h.tokens.upperBound, sentence: k, rule: "rule:controlled-by", confidence: 0.55) }
                } else {
                    relate(h.entity, .owns, .entity(held.entity), cue: i..<h.tokens.upperBound, sentence: k, rule: "rule:held-by", confidence: 0.55)
                }
            }
        }
    }

    /// `SQM – l'un des principaux producteurs mondiaux de lithium, contrôlé par …`: the firm a dash apposition of
    /// lower-case words describes, when the participle closes that apposition.
    private func dashApposed(before i: Int, sentence k: Int) -> Slot? {
        guard let firm = slots[k].last(where: { $0.tokens.upperBound < i }), !firm.anaphor, type(firm.entity) == .company,
              ["–", "—"].contains(tokens[firm.tokens.upperBound].text), i - firm.tokens.upperBound <= 16 else { return nil }
        let gap = (firm.tokens.upperBound + 1)..<i
        return gap.allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike || tokens[$0].key == "," }) ? firm : nil
    }

    /// A percentage under 50 among the tokens (`à 22 %`, `22% by`).
    private func minorityShare(in range: Range<Int>) -> Bool {
        range.contains { j in
            let key = tokens[j].key
            let number = key.hasSuffix("%") ? String(key.dropLast()) : (j + 1 < range.upperBound && tokens[j + 1].key == "%" ? key : "")
            return Double(number.replacingOccurrences(of: ",", with: ".")).map { $0 < 50 } ?? false
        }
    }

    /// `Veltara Calcul appartient à 40 % au fonds régional Y`, `X appartient à 75 % à l'homme d'affaires Y`:
    /// a share of a firm belongs to each holder named after the percentage (a whole firm that belongs to
    /// another is a subsidiary, read by the pair rules).
    private func belongsInPart(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let percent = (i + 1..<min(end, i + 5)).first(where: { ["%", "pour-cent"].contains(tokens[$0].key) || tokens[$0].key.hasSuffix("%") }),
              percent + 1 < end, ["a", "au", "aux"].contains(tokens[percent + 1].key),
              let holder = partyAfter(percent + 2, sentence: k, types: [.company, .organization, .person]),
              let held = subjectOfVerb(i, sentence: k, types: [.company, .facility], window: 10, excluding: holder.entity) else { return }
        relate(holder.entity, .owns, .entity(held.entity), cue: held.tokens.lowerBound..<holder.tokens.upperBound, sentence: k, rule: "rule:belongs-in-part", confidence: 0.55)
    }

    /// `Bleu, la coentreprise d'Orange et Capgemini`, `Y, a joint venture between A and B`: each parent holds the
    /// venture and the parents are partners.
    private func jointVentureOf(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, ["de", "d'", "du", "of", "between", "entre"].contains(tokens[i + 1].key) else { return }
        let parents = listStarting(at: i + 2, sentence: k, types: [.company, .organization], reach: 2)
        guard parents.count >= 2, parents.allSatisfy({ isFirmOrBody($0.entity) }) else { return }
        // The venture: the name in apposition before the noun (`Y, la coentreprise de …`).
        var j = i - 1
        while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || ["new", "nouvelle", "50-50", "paritaire"].contains(tokens[j].key) || tokens[j].key == "joint" { j -= 1 }
        guard tokens[j].key == ",", let venture = slots[k].last(where: { $0.tokens.upperBound == j && isFirm($0.entity) }),
              !parents.contains(where: { $0.entity == venture.entity }) else { return }
        for p in parents {
            relate(p.entity, .owns, .entity(venture.entity), cue: venture.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:joint-venture-of", confidence: 0.55)
        }
        for (n, a) in parents.enumerated() {
            for b in parents[(n + 1)...] {
                relate(a.entity, .partnerOf, .entity(b.entity), cue: a.tokens.lowerBound..<b.tokens.upperBound, sentence: k, rule: "rule:joint-venture-of", confidence: 0.5)
            }
        }
    }

    /// `Norvale Holding (NVH), the investment vehicle of Czech billionaire X`, `Y, le véhicule d'investissement de la
    /// famille Z`: the firm in apposition is held by whoever the vehicle serves.
    private func investmentVehicle(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var of = i + 1
        var open = i - 1
        if tokens[i].key == "vehicle" {
            guard open > lo, tokens[open].key == "investment" else { return }
            open -= 1
        } else {
            guard of + 1 < end, tokens[of].key == "d'", ["investissement", "investissements"].contains(tokens[of + 1].key) else { return }
            of += 2
        }
        if open > lo, Self.articles.contains(tokens[open].key) || ["its", "son", "sa", "their", "leur"].contains(tokens[open].key) { open -= 1 }
        guard open > lo, tokens[open].key == "," else { return }
        // (`Norvale Holding (NVH), the …`: the short form in parentheses is skipped.)
        let nameEnd = open - 3 > lo && tokens[open - 1].key == ")" && tokens[open - 3].key == "(" ? open - 3 : open
        guard of < end, ["of", "de", "du", "d'"].contains(tokens[of].key),
              let vehicle = slots[k].last(where: { $0.tokens.upperBound == nameEnd && isFirm($0.entity) && !$0.anaphor }),
              let owner = slotStarting(at: of + 1, sentence: k, types: [.person, .company, .organization], skip: 3),
              owner.entity != vehicle.entity else { return }
        relate(owner.entity, .owns, .entity(vehicle.entity), cue: vehicle.tokens.lowerBound..<owner.tokens.upperBound, sentence: k, rule: "rule:investment-vehicle", confidence: 0.6)
    }

    /// `le groupe Varnel, via ses filiales Palmex et Sorvan`, `Varnel, through its subsidiaries A and B`: every firm of the
    /// list after the possessive plural is a child of the firm the possessive points back to, the last one named before.
    private func childrenListed(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        guard i - 1 > lo, ["ses", "its", "their", "leurs"].contains(tokens[i - 1].key),
              let parent = slots[k].last(where: { $0.tokens.upperBound <= i - 1 && isFirm($0.entity) }) else { return }
        let children = listStarting(at: i + 1, sentence: k, types: [.company], reach: 0).filter { isFirm($0.entity) && $0.entity != parent.entity }
        for child in children {
            relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: parent.tokens.lowerBound..<child.tokens.upperBound, sentence: k, rule: "rule:children-listed", confidence: 0.6)
        }
    }

    /// `Talen Energy sold its Cumulus campus, next to …, to Amazon Web Services`: the buyer owns the site.
    private func soldTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let site = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 5 && type($0.entity) == .facility }) else { return }
        var j = site.tokens.upperBound
        while j < end, j - site.tokens.upperBound <= 20 {
            // (`according to Bloomberg`, `next to Y`, `a rapporté Bloomberg`: no buyer; French `a` buys only as `à`.)
            let toBuyer = ["to", "au"].contains(tokens[j].key) && !["according", "next", "close", "due", "similar"].contains(tokens[j - 1].key)
                || tokens[j].isFrenchA
            if toBuyer, let buyer = slotStarting(at: j + 1, sentence: k, types: [.company, .organization, .person], skip: 2), !drafts[buyer.entity].isMedia {
                relate(buyer.entity, .owns, .entity(site.entity), cue: i..<buyer.tokens.upperBound, sentence: k, rule: "rule:sold-to", confidence: 0.6)
                // A site sold is an asset changing hands, not goods the seller supplies to the buyer.
                relations.removeAll { $0.predicate == .supplies && $0.object == .entity(buyer.entity) && $0.evidence.extractor == "rule:verb.supplies" && inSentence($0, k) }
                return
            }
            if [".", ";"].contains(tokens[j].key) { return }
            j += 1
        }
    }

    /// `A7, a … firm set up with backing from Promsvyazbank and from Ilan Shor`, `soutenue par le fonds X`,
    /// `un fabricant soutenu par Toyota, Sony et NTT`: every backer of the list.
    private func backedBy(cue: Range<Int>, sentence k: Int) {
        let investorTypes: Set<EntityType> = [.company, .organization, .person]
        // The list after the cue: names joined by `,`, `and/et`, `from/de`; a mistyped member keeps the list going.
        guard let first = slotStarting(at: cue.upperBound, sentence: k, types: investorTypes.union([.location]), skip: 3) else { return }
        var members = [first]
        while let next = slots[k].first(where: { $0.tokens.lowerBound > members.last!.tokens.upperBound && $0.tokens.lowerBound - members.last!.tokens.upperBound <= 4 }),
              keys(ordered(members.last!.tokens.upperBound, next.tokens.lowerBound)).allSatisfy({ [",", "and", "et", "&", "from", "de", "du", "d'", "par", "by", "the", "le", "la", "l'"].contains($0) }),
              keys(ordered(members.last!.tokens.upperBound, next.tokens.lowerBound)).contains(where: { [",", "and", "et", "&"].contains($0) }) {
            members.append(next)
        }
        let backers = members.filter { investorTypes.contains(type($0.entity)) }
        guard let lead = backers.first,
              let backed = describedBefore(cue.lowerBound, sentence: k, types: [.company]).map({ asideHead($0, before: cue.lowerBound, sentence: k, types: [.company]) }).flatMap({ $0.entity == lead.entity ? nil : $0 })
                ?? clauseSubject(before: cue.lowerBound, sentence: k, types: [.company], window: 16, excluding: lead.entity) else { return }
        for (n, b) in backers.enumerated() where b.entity != backed.entity {
            relate(b.entity, .investsIn, .entity(backed.entity), cue: backed.tokens.lowerBound..<b.tokens.upperBound, sentence: k,
                   rule: n == 0 ? "rule:backing-from" : "rule:backing-from+conjunct", confidence: n == 0 ? 0.55 : 0.5)
        }
    }

    /// `VT Cloud, a subsidiary of the Kazan-based telecommunications operator Volga Telecom`, `X, filiale du
    /// groupe moscovite Y`: the parent after a descriptor (a place inside it does not end the phrase).
    private func childOfDescribedParent(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 2 < end, tokens[i + 1].isOf,
              let parent = partyAfter(i + 2, sentence: k, types: [.company, .organization]), isFirmOrBody(parent.entity) else { return }
        // The child: the name in apposition before the noun (`X, a [wholly owned] subsidiary of`).
        var j = i - 1
        while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || tokens[j].kind == .word && !tokens[j].isNameLike && i - j <= 3 && tokens[j].key != "," { j -= 1 }
        // (`Filiale de Y, X …` opening the text has no token before the noun.)
        guard j >= sentences[k].tokens.lowerBound, tokens[j].key == ",", let child = slots[k].last(where: { $0.tokens.upperBound == j && !$0.anaphor }), isFirmOrBody(child.entity), child.entity != parent.entity else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: child.tokens.lowerBound..<parent.tokens.upperBound, sentence: k, rule: "rule:child-of-described-parent", confidence: 0.6)
    }

    /// `Aurora Capital Partners, a London-based fund, which already holds 9% of Y`: the name a relative
    /// clause opens on, past an apposition.
    func relativeAntecedent(before verb: Int, sentence k: Int, types: Set<EntityType>) -> Slot? {
        let lo = sentences[k].tokens.lowerBound
        var j = verb - 1
        while j > lo, HoldingCues.clauseAdverbs.contains(tokens[j].key) { j -= 1 }
        guard j > lo, ["which", "who", "qui"].contains(tokens[j].key), tokens[j - 1].key == "," else { return nil }
        let comma = j - 1
        if let head = slots[k].last(where: { $0.tokens.upperBound == comma && types.contains(type($0.entity)) && !drafts[$0.entity].isMedia }) { return head }
        // Past one apposition opened by a comma after the name.
        guard let open = (max(lo, comma - 12)..<comma).last(where: { [",", ".", ";"].contains(tokens[$0].key) }), tokens[open].key == "," else { return nil }
        return slots[k].last { $0.tokens.upperBound == open && types.contains(type($0.entity)) && !drafts[$0.entity].isMedia }
    }
}
