import DossierModel

/// Firm-to-firm clauses whose second name is a list, an anaphor or left implicit:
/// `Mira Okafor, who started X`, `raised $700 million
/// from investors including A and the venture firm B`, `Bpifrance en possède 5 %`,
/// `sold an 80% stake in X to funds managed by Y`.
enum FirmClauseCues {
    /// Verbs of starting a firm after `who/qui` (`who started X`, `qui a fondé l'entreprise`).
    static let startVerbs: Set<String> = ["started", "founded", "co-founded", "cofounded", "fonde", "cofonde", "cree", "launched", "set"]
    /// Words after `an agreement with Y` that make it a joint project (`to jointly develop`, `pour développer ensemble`).
    static let jointWords: Set<String> = ["jointly", "together", "co-develop", "codevelopper", "co-developper", "conjointement", "ensemble", "collaborate", "cooperate", "collaborer", "cooperer", "partner"]
    static let raiseVerbs: Set<String> = ["raised", "raises", "raising", "secured", "secures", "closed", "leve", "levee", "obtenu", "obtient", "boucle", "attracted", "landed"]
    /// Words that open the list of a round's investors.
    static let sourceCues: Set<String> = ["from", "aupres", "including", "notamment", "dont", "led", "mene", "menee", "pilote", "pilotee", "co-led"]
    /// Phrases naming a round's other investors after its lead.
    static let participation: [[String]] = Analysis.phrases(["participation from", "participation of", "participation de", "participation du", "participation des", "alongside",
                                                             "aux cotes de", "aux cotes du", "aux cotes des", "joined by", "rejoint par", "rejoints par"])
    static let holdVerbs: Set<String> = ["possede", "detient", "detenait", "possedait", "controle", "conserve", "garde"]
    static let stakeWords: Set<String> = ["stake", "stakes", "participation", "%", "shares", "actions", "interest", "part", "parts", "capital"]
    /// `est entré au capital de Y`, `monte à 30 % au capital de Y`, `renforce sa participation au capital de Y`.
    static let capitalVerbs: Set<String> = ["entre", "entree", "entrent", "entrer", "entrera", "monte", "montee", "renforce", "augmente", "detient", "possede"]
    /// A contract or an order the supplier wins from its customer (`won an order from Y`, `a remporté un contrat auprès de Y`).
    static let winVerbs: Set<String> = ["won", "wins", "win", "awarded", "secured", "secures", "landed", "lands", "bagged", "received", "receives", "remporte", "decroche", "obtient", "obtenu", "gagne", "signe",
                                        // `managed to attract bids for 60 jets from Y`, `booked orders from Y`
                                        "attract", "attracted", "attracts", "drew", "booked", "books", "took", "takes", "recu", "recoit", "engrange", "enregistre"]
    /// Participles of giving a contract, before its giver (`un contrat notifié par la DGA`, `a contract awarded by Y`).
    static let awardParticiples: Set<String> = ["notifie", "attribue", "accorde", "confie", "passe", "awarded", "granted", "issued", "let", "placed"]
    static let awardNouns: Set<String> = ["contract", "contracts", "order", "orders", "tender", "deal", "contrat", "contrats", "commande", "commandes", "marche", "bids", "bid"]
    /// `G42 will run its services on Microsoft's Azure cloud`: what a firm runs on another's platform it buys from it.
    static let runOnVerbs: Set<String> = ["run", "runs", "host", "hosts", "train", "trains", "deploy", "deploys", "build", "builds", "tourne", "tournent", "heberge", "entraine", "deploie"]
    /// Words around an agreement that declare a partnership rather than a sale (`memorandum of understanding
    /// with Y`, `protocole d'accord avec Y`, `accord de développement commun avec Y`).
    static let declaredAgreementWords: Set<String> = ["strategic", "strategique", "cooperation", "collaboration", "memorandum", "protocole", "mou", "commun", "commune",
                                                      "conjoint", "joint", "partenariat", "partnership", "alliance"]
    static let equipVerbs: Set<String> = ["equip", "equips", "equipped", "equipe", "equipera", "equipent", "outfit", "outfits"]
}

extension Analysis {
    func collectFirmClauses() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if FirmClauseCues.startVerbs.contains(key) { whoStarted(verb: i, sentence: k) }
                if FirmClauseCues.raiseVerbs.contains(key) { roundSources(verb: i, sentence: k) }
                if key == "en", i + 1 < s.tokens.upperBound, FirmClauseCues.holdVerbs.contains(tokens[i + 1].key) { cliticHolding(at: i, sentence: k) }
                if HoldingCues.sellVerbs.contains(key) { stakeSoldTo(verb: i, sentence: k) }
                if key == "capital", i >= 2, ["au", "du"].contains(tokens[i - 1].key) || tokens[i - 1].key == "le" && tokens[i - 2].key == "dans" { enteredCapital(at: i, sentence: k) }
                if FirmClauseCues.awardNouns.contains(key) { awardedBy(noun: i, sentence: k) }
                if FirmClauseCues.equipVerbs.contains(key) { equips(verb: i, sentence: k) }
                if TradeCues.contractNouns.contains(key) || ["memorandum", "mou"].contains(key) { jointAgreement(noun: i, sentence: k) }
                if TradeCues.hardwareUseVerbs.contains(key) || TradeCues.buyVerbs.contains(key) || FirmClauseCues.runOnVerbs.contains(key) { usesMakersGoods(verb: i, sentence: k) }
                if ["marque", "brand", "label"].contains(key) { brandOfTheClause(noun: i, sentence: k) }
            }
        }
    }

    /// The names of a list starting at or after token `i` (within `reach` words): members joined by
    /// `,`, `and/et` or a short descriptor (`and the engineer B`, `et le fonds C`).
    func listStarting(at i: Int, sentence k: Int, types: Set<EntityType>, reach: Int = 3) -> [Slot] {
        guard let first = slotStarting(at: i, sentence: k, types: types, skip: reach) else { return [] }
        return [first] + coordinated(after: first, sentence: k, descriptors: true) { types.contains(self.type($0.entity)) }
    }

    /// `Mira Okafor, who started Tessara in 2016`, `Octave Klaba, qui a fondé l'entreprise en 1999`.
    private func whoStarted(verb i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var r = i - 1
        if r > lo, ["a", "had", "has", "avait", "ont"].contains(tokens[r].key) { r -= 1 }
        // `X, who started Y`, or the person right before the verb (`Mira Okafor started Tessara in 2016`).
        let relative = r > lo && ["who", "qui"].contains(tokens[r].key) && tokens[r - 1].key == ","
        let subjectEnd = relative ? r - 1 : r + 1
        var object = i + 1
        // `set up Y`
        if tokens[i].key == "set" { guard object < sentences[k].tokens.upperBound, tokens[object].key == "up" else { return }; object += 1 }
        guard let person = slots[k].last(where: { $0.tokens.upperBound == subjectEnd && type($0.entity) == .person }),
              let firm = slotStarting(at: object, sentence: k, types: [.company], skip: 0), isFirm(firm.entity) else { return }
        // `launched` a firm only when the object is named as one (not `launched a fund`).
        if tokens[i].key == "launched", firm.anaphor { return }
        relate(person.entity, .founded, .entity(firm.entity), cue: person.tokens.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:who-started", confidence: 0.6)
    }

    /// `Since then, the company has raised $700 million from investors including Nvidia and the venture
    /// firm Accel`, `X a levé 20 M€ auprès de A, B et du fonds C`: every investor of the list.
    private func roundSources(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let cueAt = (i + 1..<min(end, i + 16)).first(where: { FirmClauseCues.sourceCues.contains(tokens[$0].key) }) else { return }
        let span = keys(ordered(i + 1, cueAt))
        // Money or a funding noun must be what was raised (`raised concerns from X` is not a round).
        guard !span.contains(where: { [".", ";", "which", "qui", "while", "tandis"].contains($0) }),
              namesMoneyOrRound(span) || (i + 1..<cueAt).contains(where: { tokens[$0].kind == .number }) else { return }
        var investors = investorList(after: cueAt, sentence: k)
        // `…, with participation from A and existing backer B`, `avec la participation de A`: the round's other investors.
        var j = investors.last?.tokens.upperBound ?? cueAt + 1
        while j < end, ![".", ";"].contains(tokens[j].key) {
            if let p = matchPhrase(FirmClauseCues.participation, at: j, sentence: k) {
                let more = investorList(after: j + p.count - 1, sentence: k)
                investors += more
                j = more.last?.tokens.upperBound ?? j + p.count
            } else { j += 1 }
        }
        guard let first = investors.first,
              let funded = subjectOfVerb(i, sentence: k, types: [.company], window: 14, excluding: first.entity), isFirm(funded.entity) else { return }
        for x in investors where x.entity != funded.entity && !drafts[x.entity].isMedia {
            relate(x.entity, .investsIn, .entity(funded.entity), cue: funded.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:round-sources", confidence: 0.5,
                   properties: amountProperties(k))
        }
    }

    /// The investors listed after a cue word (`from`, `led by`, `participation from`), past `investors such
    /// as`, `existing backers`, `de`/`par`.
    private func investorList(after cueAt: Int, sentence k: Int) -> [Slot] {
        let end = sentences[k].tokens.upperBound
        var start = cueAt + 1
        while start < end, ["de", "d'", "du", "des", "by", "par", "investors", "investisseurs", "such", "as", "comme", "backers", "funds", "fonds", "existing", "new", "other"].contains(tokens[start].key), start - cueAt <= 4 { start += 1 }
        return listStarting(at: start, sentence: k, types: [.company, .organization, .person], reach: 3)
    }

    /// `TSMC détient 86 % de JASM. … Sony, qui en possède 6 %`: `en` stands for the capital of the firm whose
    /// shares the text has just described (the last firm held in this or the two previous sentences).
    private func cliticHolding(at i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard (i + 2..<min(end, i + 9)).contains(where: { ["%", "pour-cent", "percent"].contains(tokens[$0].key) || tokens[$0].key.hasSuffix("%") }),
              var holder = clauseSubject(before: i, sentence: k, types: [.company, .person, .organization], window: 10) else { return }
        // `Sony Semiconductor Solutions, filiale de Sony Group, qui en possède 6 %`: the head of the apposition holds.
        if isComplement(holder, sentence: k), let head = clauseSubject(before: holder.tokens.lowerBound, sentence: k, types: [.company, .person, .organization], window: 8) { holder = head }
        let recentlyHeld = relations.last { r in
            guard r.predicate == .owns, case .entity(let o) = r.object, isFirm(o), o != holder.entity else { return false }
            let rk = sentenceIndex(ofToken: tokenIndex(atScalar: r.evidence.span.start))
            return rk <= k && k - rk <= 2
        }.flatMap { r -> Int? in if case .entity(let o) = r.object { return o } else { return nil } }
        guard let owned = recentlyHeld else { return }
        relate(holder.entity, .owns, .entity(owned), cue: holder.tokens.lowerBound..<(i + 2), sentence: k, rule: "rule:clitic-holding", confidence: 0.5)
    }

    /// `Halvorn Capital est entré au capital de Tessara`, `X monte à 30 % au capital de Y`, `l'entrée de X dans le capital de la
    /// compagnie italienne Y`: X holds part of Y (a few words may describe Y).
    private func enteredCapital(at i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let v = (max(sentences[k].tokens.lowerBound, i - 8)..<i).last(where: { FirmClauseCues.capitalVerbs.contains(tokens[$0].key) }),
              i + 1 < end, ["de", "d'", "du"].contains(tokens[i + 1].key),
              let owned = slotStarting(at: i + 2, sentence: k, types: [.company], skip: 4), isFirm(owned.entity) else { return }
        // (`l'entrée de X dans le capital`: the noun names who enters right after it, not the sentence's subject.)
        let entrant = tokens[v].key == "entree" && v + 2 < i && ["de", "d'", "du"].contains(tokens[v + 1].key)
            ? slotStarting(at: v + 2, sentence: k, types: [.company, .person, .organization]) : nil
        guard let holder = entrant ?? clauseSubject(before: i - 1, sentence: k, types: [.company, .person, .organization], window: 12, excluding: owned.entity) else { return }
        relate(holder.entity, .owns, .entity(owned.entity), cue: holder.tokens.lowerBound..<owned.tokens.upperBound, sentence: k, rule: "rule:entered-capital", confidence: 0.55)
    }

    /// `Korvant won an order from Tessara`, `X a remporté un contrat auprès de Y`, `X was awarded a contract by Y`:
    /// the firm that wins the order supplies the one that places it.
    private func awardedBy(noun i: Int, sentence k: Int) {
        let s = sentences[k], end = s.tokens.upperBound
        if contractAwardedBy(noun: i, sentence: k) { return }
        guard let winAt = (max(s.tokens.lowerBound, i - 5)..<i).last(where: { FirmClauseCues.winVerbs.contains(tokens[$0].key) }),
              !keys(ordered(winAt + 1, i)).contains(where: { [",", ".", ";", "in"].contains($0) }) else { return }
        // `signé un contrat avec Y` is read by the contract rules; here only the party that awards.
        // `bids for some 60 of the embattled 737 Max jet from Y`: the goods may take a dozen words.
        guard let fromAt = (i + 1..<min(end, i + 14)).first(where: { ["from", "by", "aupres", "par"].contains(tokens[$0].key) }),
              !keys(ordered(i + 1, fromAt)).contains(where: { [",", ".", ";", "with", "avec"].contains($0) }) else { return }
        let start = tokens[fromAt].key == "aupres" ? fromAt + 2 : fromAt + 1
        // `from Turkish-based carrier Y`: past a descriptor.
        guard let customer = slotStarting(at: start, sentence: k, types: [.company, .organization], skip: 2) ?? partyAfter(start, sentence: k, types: [.company, .organization]),
              isFirmOrBody(customer.entity),
              let supplier = clauseSubject(before: winAt, sentence: k, types: [.company], window: 14, excluding: customer.entity) else { return }
        // `secured financing from X` is a round, not an order.
        if keys(ordered(winAt, fromAt)).contains(where: { DealCues.fundingNouns.contains($0) }) { return }
        relate(supplier.entity, .supplies, .entity(customer.entity), cue: winAt..<customer.tokens.upperBound, sentence: k, rule: "rule:order-won-from", confidence: 0.55)
    }

    /// `X développe le drone dans le cadre d'un contrat notifié par la DGA`, `under a contract awarded by Y`: the
    /// participle's agent gave the contract, and the clause's firm carries it out.
    private func contractAwardedBy(noun i: Int, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        guard i + 2 < end, FirmClauseCues.awardParticiples.contains(tokens[i + 1].key), ["par", "by"].contains(tokens[i + 2].key),
              let customer = partyAfter(i + 3, sentence: k, types: [.company, .organization]), isFirmOrBody(customer.entity),
              // (`X développe le drone Patroller dans le cadre d'un contrat …`: the clause's first firm, not its object.)
              let supplier = slots[k].first(where: { $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 20 && isFirm($0.entity) && !$0.anaphor }),
              supplier.entity != customer.entity else { return false }
        relate(supplier.entity, .supplies, .entity(customer.entity), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:contract-awarded-by", confidence: 0.55)
        return true
    }

    /// `X signed an agreement with Y to jointly develop …`, `X a conclu un accord stratégique avec Y`: a declared
    /// joint project or strategic agreement is a partnership (a supply or lease deal alone is not).
    private func jointAgreement(noun i: Int, sentence k: Int) {
        let s = sentences[k], end = s.tokens.upperBound
        guard let w = (i + 1..<min(end, i + 6)).first(where: { ["with", "avec"].contains(tokens[$0].key) }),
              let partner = partyAfter(w + 1, sentence: k, types: [.company, .organization]), isFirmOrBody(partner.entity) else { return }
        let strategic = (max(s.tokens.lowerBound, i - 3)..<w).contains { FirmClauseCues.declaredAgreementWords.contains(tokens[$0].key) }
        let after = keys(ordered(partner.tokens.upperBound, min(end, partner.tokens.upperBound + 8)))
        let joint = after.prefix { ![".", ";", "while", "tandis"].contains($0) }.contains { FirmClauseCues.jointWords.contains($0) }
        guard strategic || joint, !after.prefix(4).contains(where: { ["buy", "purchase", "acheter", "supply", "fournir", "host", "heberger", "lease", "louer"].contains($0) }),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 16, excluding: partner.entity) else { return }
        relate(x.entity, .partnerOf, .entity(partner.entity), cue: x.tokens.lowerBound..<partner.tokens.upperBound, sentence: k, rule: "rule:joint-agreement", confidence: 0.5)
    }

    /// `Korvant Systems équipera Tessara en serveurs`, `X will equip Y with GPUs`.
    private func equips(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let customer = slotStarting(at: i + 1, sentence: k, types: [.company], skip: 0), isFirm(customer.entity),
              customer.tokens.upperBound < end, ["with", "en", "de", "d'"].contains(tokens[customer.tokens.upperBound].key),
              let supplier = clauseSubject(before: i, sentence: k, types: [.company], window: 12, excluding: customer.entity) else { return }
        relate(supplier.entity, .supplies, .entity(customer.entity), cue: supplier.tokens.lowerBound..<customer.tokens.upperBound, sentence: k, rule: "rule:equips", confidence: 0.55)
    }

    /// `Tessara will use Korvant Systems' GPUs`, `buys Korvant's servers`: the maker named with the goods supplies the user.
    private func usesMakersGoods(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var start = i + 1
        // `run its applications on Microsoft's Azure cloud`, `tourne sur les serveurs de X`: the platform after `on/sur`.
        if FirmClauseCues.runOnVerbs.contains(tokens[i].key) {
            guard let on = (i + 1..<min(end, i + 8)).first(where: { ["on", "sur"].contains(tokens[$0].key) }),
                  !keys(ordered(i + 1, on)).contains(where: { [",", ".", ";"].contains($0) }) else { return }
            start = on + 1
        }
        let goods = TradeCues.hardwareNouns.union(["cloud", "platform", "plateforme", "infrastructure", "datacenters", "data"])
        guard let maker = slotStarting(at: start, sentence: k, types: [.company], skip: 2), isFirm(maker.entity),
              maker.tokens.upperBound + 1 < end, ["'s", "'"].contains(tokens[maker.tokens.upperBound].key),
              (maker.tokens.upperBound + 1..<min(end, maker.tokens.upperBound + 4)).contains(where: { j in goods.contains(tokens[j].key) || slots[k].contains { $0.tokens.lowerBound == j && type($0.entity) == .product } }),
              let user = clauseSubject(before: i, sentence: k, types: [.company], window: 12, excluding: maker.entity) else { return }
        relate(maker.entity, .supplies, .entity(user.entity), cue: i..<(maker.tokens.upperBound + 2), sentence: k, rule: "rule:uses-makers-goods", confidence: 0.5)
    }

    /// `Sous la marque Taiga Cloud, la société exploite …`, `under the Quasar brand, X sells …`: the firm of
    /// the clause makes the product the brand names.
    private func brandOfTheClause(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let product = tokens[i].key == "brand"
            ? slots[k].last(where: { $0.tokens.upperBound == i && type($0.entity) == .product })
            : slots[k].first(where: { $0.tokens.lowerBound == i + 1 && type($0.entity) == .product })
        guard let p = product else { return }
        // The maker: the subject after the opening phrase's comma, else the clause's subject before it.
        var maker: Slot? = nil
        if let comma = (p.tokens.upperBound..<min(end, p.tokens.upperBound + 3)).first(where: { tokens[$0].key == "," }) {
            maker = slots[k].first { $0.tokens.lowerBound > comma && $0.tokens.lowerBound - comma <= 3 && isFirm($0.entity) }
        }
        guard let m = maker ?? clauseSubject(before: i, sentence: k, types: [.company], window: 10) else { return }
        relate(m.entity, .supplies, .entity(p.entity), cue: min(i, m.tokens.lowerBound)..<max(p.tokens.upperBound, m.tokens.upperBound), sentence: k, rule: "rule:brand-of-clause", confidence: 0.55)
    }

    /// `Meta sold an 80% stake in Hyperion to funds managed by Blue Owl`, `X a cédé 30 % de Y au fonds Z`.
    private func stakeSoldTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let lead = (i + 1..<min(end, i + 8))
        // The firm held after `in`/`de`/`dans`, past a share stated first (`sa participation de 35 % dans Y`).
        let markers = lead.filter { ["in", "of", "de", "du", "d'", "dans"].contains(tokens[$0].key) && keys(ordered(i + 1, $0)).contains(where: { FirmClauseCues.stakeWords.contains($0) || $0.hasSuffix("%") }) }
        // `its data-centre subsidiary Y`: a site word inside the descriptor is not what is sold.
        guard let held = markers.lazy.compactMap({ self.partyAfter($0 + 1, sentence: k, types: [.company], passing: [.location, .facility]) ?? self.partyAfter($0 + 1, sentence: k, types: [.company, .facility]) }).first else {
            stakeInItselfSoldTo(verb: i, sentence: k)
            return
        }
        var j = held.tokens.upperBound
        while j < min(end, held.tokens.upperBound + 10) {
            let key = tokens[j].key
            if [".", ";", "which", "qui"].contains(key) { return }
            if ["to", "a", "au", "aux"].contains(key) {
                var from = j + 1
                // `to funds managed by Y`, `au fonds géré par Y`
                if let by = (from..<min(end, from + 4)).first(where: { ["by", "par"].contains(tokens[$0].key) }),
                   keys(ordered(from, by)).contains(where: { ["funds", "fund", "fonds", "vehicles", "entities", "affiliates"].contains($0) }) { from = by + 1 }
                guard let buyer = partyAfter(from, sentence: k, types: [.company, .organization, .person]), buyer.entity != held.entity else { return }
                relate(buyer.entity, .owns, .entity(held.entity), cue: i..<buyer.tokens.upperBound, sentence: k, rule: "rule:stake-sold-to", confidence: 0.55)
                return
            }
            j += 1
        }
    }
}

extension Analysis {
    /// `X sold a 10% stake to Y`, `X a cédé 20 % de son capital au fonds Y`: a stake with no firm named is in the
    /// seller itself; the buyer holds the seller (and the pair rules' `X owns Y` is dropped).
    func stakeInItselfSoldTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let toWords: Set<String> = language == "fr" ? ["a", "au", "aux"] : ["to"]
        guard let to = (i + 1..<min(end, i + 8)).first(where: { toWords.contains(tokens[$0].key) }) else { return }
        let sold = keys(ordered(i + 1, to))
        guard sold.contains(where: { FirmClauseCues.stakeWords.contains($0) || $0.hasSuffix("%") }),
              !sold.contains(where: { [",", ".", ";", "in", "dans", "of"].contains($0) }),
              !slots[k].contains(where: { $0.tokens.lowerBound > i && $0.tokens.upperBound <= to }),
              let buyer = partyAfter(to + 1, sentence: k, types: [.company, .organization, .person]),
              let seller = subjectOfVerb(i, sentence: k, types: [.company], window: 14, excluding: buyer.entity), isFirm(seller.entity) else { return }
        relations.removeAll { r in
            r.subject == seller.entity && [.owns, .investsIn].contains(r.predicate) && r.object == .entity(buyer.entity) && r.evidence.sentence.start == sentences[k].start
        }
        relate(buyer.entity, .owns, .entity(seller.entity), cue: i..<buyer.tokens.upperBound, sentence: k, rule: "rule:stake-in-itself-sold-to", confidence: 0.55)
    }

    /// Words that close a descriptor before a party's name and start a clause instead.
    static let clauseWords: Set<String> = ["qui", "que", "dont", "which", "who", "that", "is", "are", "was", "were", "est", "sont", "has", "have", "had", "will", "said", "a", "par", "by",
                                           "with", "avec", "to", "pour", "for", "from", "de", "d'", "du", "of", "in", "en", "dans", "on", "sur", "and", "et", "while", "since"]

    /// The party named after token `i` past a descriptor of at most `reach` words: articles, lower-case
    /// nouns and adjectives, places and `X-based` (`to infrastructure fund Y`, `for Singapore-based cloud
    /// provider Y`, `par le groupe émirati Y`, `by the Oslo investment firm Y`).
    func partyAfter(_ i: Int, sentence k: Int, types: Set<EntityType>, reach: Int = 6, passing: Set<EntityType> = [.location]) -> Slot? {
        let end = sentences[k].tokens.upperBound
        var j = i
        while j < end, j - i <= reach {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                if types.contains(type(sl.entity)) { return sl }
                guard passing.contains(type(sl.entity)) else { return nil }
                j = sl.tokens.upperBound
                // `Australia's Y`, `France's Y`: a place in the genitive describes the party.
                if j < end, tokens[j].key == "'s" { j += 1 }
                continue
            }
            let t = tokens[j]
            if t.kind != .word && t.text != "-" { return nil }
            // `l'homme d'affaires Y`, `fonds d'investissement Y`: a preposition inside the descriptor, before a common noun.
            let nextIsCommon = j + 1 < end && tokens[j + 1].kind == .word && !tokens[j + 1].isNameLike && !slots[k].contains { $0.tokens.lowerBound == j + 1 }
            if Self.clauseWords.contains(t.key) && !Self.articles.contains(t.key) && !(["de", "d'"].contains(t.key) && nextIsCommon && j > i) { return nil }
            // `the Malaysian conglomerate Y`: a capitalised adjective before a common noun.
            if t.isNameLike && j > i && !Self.articles.contains(t.key) && tokens[j - 1].text != "-" && !nextIsCommon { return nil }
            j += 1
        }
        return nil
    }

    /// A name found inside an aside (`X, the Nasdaq-listed miner, said`, `X, which was founded by former
    /// Google staff, raised`, `X, fondée par …, est soutenue`) stands for the head before the aside: the
    /// name before the aside's opening comma, when the aside closes before `i`.
    func asideHead(_ found: Slot, before i: Int, sentence k: Int, types: Set<EntityType>) -> Slot {
        let lo = sentences[k].tokens.lowerBound
        guard let open = (max(lo, found.tokens.lowerBound - 14)..<found.tokens.lowerBound).last(where: { [",", ";", "."].contains(tokens[$0].key) }),
              tokens[open].key == ",", (found.tokens.upperBound..<i).contains(where: { tokens[$0].key == "," }),
              let head = slots[k].last(where: { $0.tokens.upperBound == open && types.contains(type($0.entity)) && !drafts[$0.entity].isMedia }),
              head.entity != found.entity else { return found }
        return head
    }

    /// A firm that only names a product's maker (`AMD` in `AMD Instinct MI300X`) is no party of the clause.
    func namesMakerOfProduct(_ sl: Slot, sentence k: Int) -> Bool {
        slots[k].contains { type($0.entity) == .product && ($0.tokens.lowerBound == sl.tokens.upperBound || $0.tokens.overlaps(sl.tokens)) }
    }

    /// The subject of the verb at `i`, past an aside closed right before it: `Quantrel, which was co-founded
    /// by …, raised`, `La start-up Veltara, qui conçoit …, a bouclé`, `Cobalt Ridge Mining, the …
    /// miner, said it had signed`; else the nearest subject of the clause.
    func subjectOfVerb(_ i: Int, sentence k: Int, types: Set<EntityType>, window: Int = 14, excluding: Int? = nil) -> Slot? {
        let lo = sentences[k].tokens.lowerBound
        var j = i - 1
        while j > lo, ["a", "has", "have", "had", "was", "is", "will", "would", "ont", "est", "sera", "avait", "it", "il", "elle", "said", "say", "says", "indique", "annonce"].contains(tokens[j].key) { j -= 1 }
        if j > lo, tokens[j].key == ",",
           let open = (max(lo, j - 30)..<j).last(where: { [",", ";", "."].contains(tokens[$0].key) }), tokens[open].key == ",",
           let head = slots[k].last(where: { $0.tokens.upperBound == open && types.contains(type($0.entity)) && $0.entity != excluding && !drafts[$0.entity].isMedia }),
           !isComplement(head, sentence: k) {
            return head
        }
        guard let found = clauseSubject(before: i, sentence: k, types: types, window: window, excluding: excluding) else { return nil }
        if namesMakerOfProduct(found, sentence: k), let other = slots[k].last(where: { $0.tokens.upperBound <= found.tokens.lowerBound && types.contains(type($0.entity)) && $0.entity != excluding && !namesMakerOfProduct($0, sentence: k) && !isComplement($0, sentence: k) }) {
            return other
        }
        let head = asideHead(found, before: i, sentence: k, types: types)
        return head.entity == excluding ? found : head
    }
}
