import DossierModel

/// Supply deals as news reports them, beyond a verb between two names: a contract signed with a firm
/// whose purpose says who delivers (`X a conclu un accord avec Y pour lui fournir …`, `X signed a
/// contract with Y to secure capacity`, `X entered an agreement with Y for 200,000 GPUs`), a firm chosen
/// as supplier (`Y a choisi X comme fournisseur`, `X, selected by Y as its provider`), and goods leased or
/// sold to a described customer far from the seller's name (`X, which …, plans to lease 16 MW in its
/// Ridgefield site to cloud provider Y`).
enum SupplyContractCues {
    static let contractNouns: Set<String> = ["accord", "contrat", "agreement", "contract", "deal", "commande", "order", "entente"]
    /// Verbs of `s'approvisionner auprès de X` / `se fournir chez X` (after the reflexive pronoun).
    static let sourceVerbs: Set<String> = ["approvisionne", "approvisionner", "fournit", "fournir", "fournissait"]
    /// Contract nouns after `supply` that make it a compound (`a power supply agreement`), not a verb.
    static let contractHeads: Set<String> = contractNouns.union(["agreement", "agreements", "contracts", "deals", "accords", "contrats"])
    /// Verbs of a purpose clause in which the subject delivers (`pour lui fournir`, `to supply`).
    static let deliverVerbs: Set<String> = ["fournir", "livrer", "equiper", "heberger", "alimenter", "supply", "provide", "deliver", "host", "power", "equip"]
    /// Nouns of a contract's purpose in which the subject delivers (`portant sur la fourniture de`, `for the supply of`).
    static let deliveryNouns: Set<String> = ["fourniture", "livraison", "supply", "delivery", "provision"]
    /// Nouns of works a contractor does for its customer (`le contrat des travaux de génie civil`).
    static let worksNouns: Set<String> = ["travaux", "construction", "works", "genie", "engineering", "ingenierie", "maintenance", "entretien", "installation"]
    /// Verbs of signing before `avec / with` and the customer (`a signé avec EDF le contrat`).
    static let signVerbs: Set<String> = ["signe", "signed", "conclu", "concluded", "passe", "noue"]
    /// Verbs of a purpose clause in which the subject buys (`to secure capacity`, `pour acheter`).
    static let obtainVerbs: Set<String> = ["secure", "access", "buy", "purchase", "obtain", "rent", "acheter", "obtenir", "acceder", "approvisionner", "louer", "acquerir"]
    /// Goods a contract is `for` (`an agreement with Y for roughly 200,000 GPUs`).
    static let goods: Set<String> = ["gpus", "gpu", "chips", "puces", "servers", "serveurs", "capacity", "capacite", "capacites", "power", "electricite", "electricity", "compute",
                                     "equipment", "equipements", "machines", "miners", "racks", "processors", "processeurs", "mw", "megawatts", "gw", "gigawatts"]
    /// Verbs of choosing a supplier (`a choisi X comme fournisseur`, `selected X as its provider`).
    static let chooseVerbs: Set<String> = ["choisi", "choisit", "choisie", "selectionne", "selectionnee", "retenu", "retenue", "designe", "designee",
                                           "chose", "chosen", "selected", "selects", "picked", "picks", "tapped", "taps", "named"]
    /// Nouns of the role a chosen firm plays for its customer.
    static let supplierRoles: Set<String> = DealCues.supplierNouns.union(["hebergeur", "operateur", "host", "equipementier"])
    /// Verbs of handing over goods or space to a customer named after `to / à`.
    static let handOverVerbs: Set<String> = ["lease", "leases", "leased", "leasing", "sell", "sells", "sold", "selling", "supply", "supplies", "supplying", "supplied",
                                             "deliver", "delivers", "delivering", "louer", "loue", "louera", "vendre", "vend", "vendra", "livrer", "livre", "livrera", "fournir", "fournit", "fournira"]
    /// Goods meant for a customer (`puces destinées à Y`, `chips destined for Y`).
    static let destinedWords: Set<String> = ["destine", "destinee", "destines", "destinees", "destined", "bound"]
    /// What is handed over that makes the deal a sale of a holding, not a supply (`sold its stake to Y`).
    static let holdingGoods: Set<String> = ["stake", "participation", "shares", "actions", "unit", "filiale", "subsidiary", "business", "activite", "division", "site", "campus", "%", "capital", "interest"]
}

extension Analysis {
    func collectSupplyContracts() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if SupplyContractCues.contractNouns.contains(key) { contractWith(noun: i, sentence: k) }
                if ["avec", "with"].contains(key) { signedWithThenContract(at: i, sentence: k) }
                if key == "comme" || key == "as" { chosenAsSupplier(at: i, sentence: k) }
                if SupplyContractCues.handOverVerbs.contains(key) { handedOverTo(verb: i, sentence: k) }
                if SupplyContractCues.destinedWords.contains(key) { goodsDestinedFor(cue: i, sentence: k) }
                if SupplyContractCues.sourceVerbs.contains(key), i > s.tokens.lowerBound, ["s'", "se"].contains(tokens[i - 1].key) {
                    sourcedFrom(verb: i, sentence: k)
                }
            }
        }
    }

    /// `X a conclu un accord avec Y, le plus grand opérateur, pour lui fournir …` (X supplies Y); `X signed a
    /// $2 billion contract with Y on Monday to secure capacity`, `X entered an agreement last month with Y for
    /// 200,000 GPUs` (Y supplies X). A memorandum or joint project is a partnership, read elsewhere.
    private func contractWith(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        // (`un contrat d'1 milliard d'euros avec Y`, `a contract worth $2 billion with Y`: the amount may stand between.)
        guard let with = (i + 1..<min(end, i + 10)).first(where: { ["with", "avec"].contains(tokens[$0].key) }),
              case let gap = ordered(i + 1, with), gap.count < 4 && !keys(gap).contains(where: { [",", ".", ";", "(", "of", "de", "d'"].contains($0) }) || isAmountPhrase(Array(gap)),
              !keys(ordered(max(lo, i - 3), i)).contains(where: { ["memorandum", "protocole", "partenariat", "partnership", "cadre"].contains($0) }),
              let y = partyAfter(with + 1, sentence: k, types: [.company, .organization], reach: 6), isFirm(y.entity) || isPublicCustomer(y.entity), !y.anaphor,
              let x = subjectOfVerb(i, sentence: k, types: [.company], window: 16, excluding: y.entity), isFirm(x.entity), x.entity != y.entity else { return }
        // The purpose clause right after the customer (past one apposition and a time phrase).
        var j = afterApposition(y.tokens.upperBound, sentence: k)
        let stop = min(end, j + 8)
        var supplier: Slot? = nil, customer: Slot? = nil, purposeSaid = false
        while j < stop {
            let key = tokens[j].key
            if [".", ";", "which", "who", "qui", "que", "while", "tandis", "but", "mais"].contains(key) { break }
            if ["to", "pour", "afin"].contains(key) {
                purposeSaid = true
                let verb = keys(ordered(j + 1, min(end, j + 4))).first { SupplyContractCues.deliverVerbs.contains($0) || SupplyContractCues.obtainVerbs.contains($0) }
                if let v = verb { (supplier, customer) = SupplyContractCues.deliverVerbs.contains(v) ? (x, y) : (y, x) }
                break
            }
            if key == "for" || key == "portant" {
                let purpose = keys(ordered(j + 1, min(end, j + 6)))
                // `un contrat avec Y portant sur la fourniture de deux satellites`: the subject delivers.
                if purpose.contains(where: { SupplyContractCues.deliveryNouns.contains($0) }) { (supplier, customer) = (x, y) }
                else if purpose.contains(where: { SupplyContractCues.goods.contains($0) }) { (supplier, customer) = (y, x) }
                break
            }
            j += 1
        }
        // `X signe un contrat d'1 milliard d'euros avec l'armée`, `un contrat de travaux avec Y`: a firm contracted by a
        // public body, or for works, delivers.
        if supplier == nil, !purposeSaid, !keys(ordered(max(lo, i - 2), i)).contains("concession"), signerDelivers(to: y.entity, contractNoun: i, sentence: k) {
            (supplier, customer) = (x, y)
        }
        guard let s = supplier, let c = customer else { return }
        relate(s.entity, .supplies, .entity(c.entity), cue: min(x.tokens.lowerBound, i)..<max(y.tokens.upperBound, j + 1), sentence: k, rule: "rule:contract-with", confidence: 0.55)
    }

    /// `X a signé avec EDF le contrat des travaux de génie civil`: the customer named between the verb and the contract.
    private func signedWithThenContract(at w: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        guard w > lo, SupplyContractCues.signVerbs.contains(tokens[w - 1].key),
              let y = partyAfter(w + 1, sentence: k, types: [.company, .organization], reach: 3), !y.anaphor, isFirm(y.entity) || isPublicCustomer(y.entity),
              let noun = ordered(y.tokens.upperBound, min(end, y.tokens.upperBound + 3)).first(where: { SupplyContractCues.contractNouns.contains(tokens[$0].key) }),
              let x = subjectOfVerb(w - 1, sentence: k, types: [.company], window: 14, excluding: y.entity), isFirm(x.entity) else { return }
        guard signerDelivers(to: y.entity, contractNoun: noun, sentence: k) else { return }
        relate(x.entity, .supplies, .entity(y.entity), cue: x.tokens.lowerBound..<(noun + 1), sentence: k, rule: "rule:contract-with", confidence: 0.55)
    }

    /// A contract with a public body, or for works or a delivery (`le contrat des travaux de génie civil`), makes the
    /// signer the supplier.
    private func signerDelivers(to y: Int, contractNoun i: Int, sentence k: Int) -> Bool {
        isPublicCustomer(y) || keys(ordered(i + 1, min(sentences[k].tokens.upperBound, i + 6)))
            .contains { SupplyContractCues.worksNouns.contains($0) || SupplyContractCues.deliveryNouns.contains($0) }
    }

    /// A public body or an armed force as a customer (`l'Armée française`, `the Ministry of Defence`).
    func isPublicCustomer(_ e: Int) -> Bool {
        type(e) == .organization && (isGovernmentBody(e) || fold(displayName(e)).split(separator: " ").contains { ["armee", "army", "navy", "marine", "forces", "air"].contains(String($0)) })
    }

    /// Only an amount of money (`d'1 milliard d'euros`, `worth $2 billion`, `de 4 Md€`).
    func isAmountPhrase(_ r: [Int]) -> Bool {
        guard let first = r.first, let last = r.last, r.count <= 8 else { return false }
        let words = r.filter { tokens[$0].kind == .word }.map { tokens[$0].key }
        return !ValueReader.money(tokens, in: first..<(last + 1), lex: lex).isEmpty
            && words.allSatisfy { ["de", "d'", "of", "worth", "valued", "at", "about", "around", "environ", "plus", "more", "than", "million", "millions", "milliard", "milliards", "billion", "bn", "m", "md"].contains($0) || lex.currencies.value($0) != nil }
    }

    /// `Y a choisi X comme fournisseur`, `Y selected X as its cloud provider`, `X, sélectionné par Y comme
    /// fournisseur de son matériel`: the chosen firm supplies the one choosing.
    private func chosenAsSupplier(at i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        var j = i + 1
        while j < end, j - i <= 4, !SupplyContractCues.supplierRoles.contains(tokens[j].key) {
            guard tokens[j].kind == .word, !tokens[j].isNameLike else { return }
            j += 1
        }
        guard j < end, SupplyContractCues.supplierRoles.contains(tokens[j].key), i > lo else { return }
        // Passive: `X (a été) sélectionné par Y comme …`.
        if let agent = slots[k].last(where: { $0.tokens.upperBound == i && isFirm($0.entity) && !$0.anaphor }), agent.tokens.lowerBound - 1 > lo,
           ["par", "by"].contains(tokens[agent.tokens.lowerBound - 1].key),
           let verb = (max(lo, agent.tokens.lowerBound - 4)..<agent.tokens.lowerBound).last(where: { SupplyContractCues.chooseVerbs.contains(tokens[$0].key) }),
           let chosen = subjectOfVerb(verb, sentence: k, types: [.company], window: 12, excluding: agent.entity), isFirm(chosen.entity) {
            relate(chosen.entity, .supplies, .entity(agent.entity), cue: chosen.tokens.lowerBound..<(j + 1), sentence: k, rule: "rule:chosen-as-supplier", confidence: 0.55)
            return
        }
        // Active: `Y a choisi X comme …`.
        guard let chosen = slots[k].last(where: { $0.tokens.upperBound == i && isFirm($0.entity) && !$0.anaphor }),
              let verb = (max(lo, chosen.tokens.lowerBound - 3)..<chosen.tokens.lowerBound).last(where: { SupplyContractCues.chooseVerbs.contains(tokens[$0].key) }),
              keys(ordered(verb + 1, chosen.tokens.lowerBound)).allSatisfy({ Self.articles.contains($0) }),
              let chooser = subjectOfVerb(verb, sentence: k, types: [.company, .organization], window: 12, excluding: chosen.entity), !drafts[chooser.entity].isMedia else { return }
        relate(chosen.entity, .supplies, .entity(chooser.entity), cue: chooser.tokens.lowerBound..<(j + 1), sentence: k, rule: "rule:chosen-as-supplier", confidence: 0.55)
    }

    /// `X, which emerged from bankruptcy, plans to lease up to 16 MW in its Ridgefield datacenter to cloud provider Y`,
    /// `before supplying the chips to blacklisted Y`: the subject of the verb supplies the firm after `to / à`
    /// (a stake, a unit or a site handed over is a sale of a holding, read elsewhere).
    private func handedOverTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        // `was sold to`, `a été vendu à`: a passive names what is sold, not the seller.
        if i > lo, ["was", "were", "been", "be", "being", "ete", "est", "sont", "is", "are"].contains(tokens[i - 1].key) { return }
        // (`up to 16 MW`, `jusqu'à` are amounts, not the customer.)
        guard let to = (i + 1..<min(end, i + 16)).first(where: { ["to", "a", "au", "aux"].contains(tokens[$0].key) && !["up", "jusqu'", "jusque"].contains(tokens[$0 - 1].key) }) else { return }
        let goods = keys(ordered(i + 1, to))
        guard !goods.contains(where: { [".", ";", ",", "by", "par", "from", "which", "qui", "que", "who", "and", "et"].contains($0) || SupplyContractCues.holdingGoods.contains($0) || $0.hasSuffix("%") || TradeCues.negations.contains($0) }),
              // Nothing but places and products named between the verb and `to`.
              !slots[k].contains(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound < to && !$0.anaphor && [.company, .organization, .person].contains(type($0.entity)) }),
              let y = partyAfter(to + 1, sentence: k, types: [.company], reach: 4), isFirm(y.entity), !y.anaphor,
              let x = subjectOfVerb(i, sentence: k, types: [.company], window: 24, excluding: y.entity), isFirm(x.entity),
              !keys(ordered(max(lo, i - 4), i)).contains(where: { TradeCues.negations.contains($0) }) else { return }
        relate(x.entity, .supplies, .entity(y.entity), cue: i..<y.tokens.upperBound, sentence: k, rule: "rule:handed-over-to", confidence: 0.5)
    }

    /// `18 000 de ses dernières puces Veltra destinées à Y`, `X's K7 chips destined for Y`: the maker of the
    /// product (read before, else the firm the clause is about) supplies Y.
    private func goodsDestinedFor(cue i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, ["a", "au", "aux", "for"].contains(tokens[i + 1].key),
              let product = slots[k].last(where: { type($0.entity) == .product && $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 2 }),
              let y = partyAfter(i + 2, sentence: k, types: [.company], reach: 3), isFirm(y.entity), !y.anaphor else { return }
        let known = relations.first { r in
            guard r.predicate == .supplies, case .entity(let o) = r.object else { return false }
            return o == product.entity && r.subject != y.entity
        }?.subject
        guard let maker = known ?? clauseSubject(before: product.tokens.lowerBound, sentence: k, types: [.company], window: 40, excluding: y.entity)?.entity, isFirm(maker) else { return }
        if known == nil {
            relate(maker, .supplies, .entity(product.entity), cue: product.tokens, sentence: k, rule: "rule:destined-goods.maker", confidence: 0.5)
        }
        relate(maker, .supplies, .entity(y.entity), cue: product.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:destined-goods", confidence: 0.5)
    }

    /// `Y s'approvisionne en puces auprès de X`, `Y se fournit chez X`: X supplies Y.
    private func sourcedFrom(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let at = (i + 1..<min(end, i + 10)).first(where: { ["aupres", "chez"].contains(tokens[$0].key) }),
              !keys(ordered(i + 1, at)).contains(where: { [".", ";", ",", "qui", "que", "et"].contains($0) }) else { return }
        let from = tokens[at].key == "aupres" && at + 1 < end && ["de", "du", "d'", "des"].contains(tokens[at + 1].key) ? at + 2 : at + 1
        guard let x = partyAfter(from, sentence: k, types: [.company], reach: 3), isFirm(x.entity), !x.anaphor,
              let y = subjectOfVerb(i - 1, sentence: k, types: [.company, .organization], excluding: x.entity), !drafts[y.entity].isMedia else { return }
        relate(x.entity, .supplies, .entity(y.entity), cue: y.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:sourced-from", confidence: 0.55)
    }
}
