import DossierModel

/// Frame rules that run after the pair rules: each fills a role that news text leaves implicit
/// (a product's maker, a sanction's targets and imposer, a site's operator) and spreads every
/// relation over coordinated names (`X, Y and Z`). They only add what no pair rule found, so
/// their confidence stays below the pair rules'.
extension Analysis {
    func collectFrames() {
        orphanProducts()
        passiveDesignations()
        sanctionFrames()
        groupMembersOfMeasures()
        carriedSanctionTargets()
        orphanFacilities()
        placesOfOperation()
        countryBracketLists()
        spreadOverConjuncts()
    }

    /// `American Bitcoin Corp.` cut at the stop leaves `Corp`: a weakly typed name that is only a
    /// legal form is not a firm.
    func dropLegalFormFragments() {
        var onlyForm: [Int: Bool] = [:]
        for k in sentences.indices {
            for sl in slots[k] where type(sl.entity) == .company && drafts[sl.entity].strength <= 1 {
                let isForm = lex.companySuffixes.longestMatch(tokens, at: sl.tokens.lowerBound, limit: sl.tokens.upperBound)?.0 == sl.tokens.count
                onlyForm[sl.entity] = (onlyForm[sl.entity] ?? true) && isForm
            }
        }
        for (e, only) in onlyForm where only { drafts[e].suppressed = true }
    }

    /// Entities that are already the object of a predicate (one pass, so frames stay linear).
    private func objects(of p: DossierModel.Predicate) -> Set<Int> {
        Set(relations.filter { $0.predicate == p }.compactMap(objectEntity))
    }

    /// Where each entity is first named (sentence, slot), skipping page chrome.
    private func firstSlots() -> [Int: (sentence: Int, slot: Slot)] {
        var out: [Int: (sentence: Int, slot: Slot)] = [:]
        for (k, ss) in slots.enumerated() where !skip[k] {
            for sl in ss where out[sl.entity] == nil { out[sl.entity] = (k, sl) }
        }
        return out
    }

    private func hasRelation(from s: Int, _ p: DossierModel.Predicate) -> Bool {
        relations.contains { $0.predicate == p && $0.subject == s }
    }

    private func objectEntity(_ r: ExtractedRelation) -> Int? {
        if case .entity(let o) = r.object { return o } else { return nil }
    }

    /// A company that is not a media outlet.
    func isFirm(_ e: Int) -> Bool { type(e) == .company && !drafts[e].isMedia }

    static let passiveTargetCues: Set<String> = ["under", "subject", "soumis", "soumise", "frappe", "frappee", "hit"]

    /// A sanction described in a sentence: the organisations of the sentence impose it, the
    /// firms and persons after a target cue are subject to it, and listed ones are designated.
    func sanctionFrames() {
        let targetCues: Set<String> = ["on", "against", "targeting", "targets", "contre", "visant", "vise", "sanctioned", "sanctionne", "sanctionnee", "designated", "designe", "designee",
                                       "listed", "inscrit", "inscrite", "added", "ajoute", "ajoutee", "put", "placed", "place", "placee", "blacklisted", "subject", "soumis", "soumise", "under", "frappe", "frappee", "hit", "including", "dont", "notamment", "told", "require", "required", "requires", "oblige", "obligeant", "impose", "imposee",
                                       "target", "visent", "ciblent", "frappent", "frappant", "ciblant"]
        var parentsOf: [Int: [Int]] = [:]
        for r in relations where r.predicate == .subsidiaryOf { if let o = objectEntity(r) { parentsOf[r.subject, default: []].append(o) } }
        for (k, s) in sentences.enumerated() where !skip[k] {
            let sanctions = slots[k].filter { type($0.entity) == .sanction }
            guard !sanctions.isEmpty else { continue }
            var named: [Int] = []   // in the sentence's order, so the imposers come out in the same order every run
            for sl in slots[k] where type(sl.entity) == .organization && !sl.anaphor && !isAdjudicator(sl.entity) && !isNamedAsTie(sl, sentence: k) && !isAgentOfOtherDeed(sl, sentence: k)
                && !named.contains(sl.entity) { named.append(sl.entity) }
            // `The Commerce Department's Bureau of Industry and Security added…`: the agency imposes, not its parent.
            let parents = Set(named.flatMap { parentsOf[$0] ?? [] })
            let orgs = named.filter { !parents.contains($0) }
            for sl in sanctions {
                let sanction = sl.entity
                let listing = ["list", "liste", "designation", "sdn", "entity", "entites", "entities", "blacklist", "noire", "gel des avoirs", "asset freeze"].contains { fold(displayName(sanction)).contains($0) }
                // `X, already under U.S. sanctions, was hit by new EU measures`: a body that imposes another measure of the
                // sentence is that measure's imposer, not this one's.
                let imposersOfOthers = Set(relations.filter { r in r.predicate == .imposedBy && r.subject != sanction && sanctions.contains { $0.entity == r.subject } }.compactMap(objectEntity))
                // `The banking federation criticised the sanctions`: a body that reacts to the measure did not impose it.
                // (`sanctions on a firm for sending imagery to the Wagner Group`: only a public body imposes a measure.)
                let imposers = hasRelation(from: sanction, .imposedBy) ? [] : orgs.filter { !imposersOfOthers.contains($0) && !reactsTo(sl, body: $0, sentence: k) && isGovernmentBody($0) }
                for o in imposers {
                    relate(sanction, .imposedBy, .entity(o), cue: sl.tokens, sentence: k, rule: "frame:sanction.imposer", confidence: 0.45)
                }
                let allImposers = relations.filter { $0.subject == sanction && $0.predicate == .imposedBy }.compactMap(objectEntity)
                // (`X froze the assets of Y after the Treasury designated the company`: an anaphor of a firm this sentence names
                // is read by the designation itself.)
                for t in slots[k] where [.company, .person].contains(type(t.entity)) && !drafts[t.entity].isMedia
                    && !(t.anaphor && slots[k].contains { !$0.anaphor && $0.entity == t.entity }) {
                    // A target is named after a target cue (`put X on`, `contre X`, `told X`), near the measure.
                    let lead = keys(ordered(max(s.tokens.lowerBound, t.tokens.lowerBound - 8), t.tokens.lowerBound))
                    let near = abs(t.tokens.lowerBound - sl.tokens.lowerBound) <= 20
                    // `X, which is under U.S. sanctions, kept … for Y`: a cue that puts its subject under the
                    // measure (`under`, `subject to`, `frappé par`) names a target before the measure only.
                    let before = t.tokens.lowerBound < sl.tokens.lowerBound
                    // `…, selon son PDG X`, `…, according to X`: a speaker named after the cue is no target.
                    let afterCue = lead.lastIndex(where: { targetCues.contains($0) }).map { Array(lead[$0...]) } ?? []
                    guard near, lead.contains(where: { targetCues.contains($0) && (before || !Self.passiveTargetCues.contains($0)) }),
                          !afterCue.contains(where: { SanctionBystanders.attributionWords.contains($0) }),
                          // (`contre les oligarques associés à Poutine`: the group's patron is not the target.)
                          !(type(t.entity) == .person && afterCue.contains(where: { Self.tiedTo.contains($0) })),
                          // `The sanctions on Russia pushed X to …`, `les sanctions contre la Russie ont poussé X`: past a verb, X is another clause's.
                          !afterCue.dropFirst().contains(where: { SanctionBystanders.finiteMarkers.contains($0) }),
                          // `The sanctions on X also hit its partner Y`: a measure aimed at another firm merely affects Y.
                          !(afterCue.first.map { SanctionBystanders.collateralCues.contains($0) } == true
                            && slots[k].contains { sl.tokens.contains($0.tokens.lowerBound) && [.company, .person].contains(type($0.entity)) && $0.entity != t.entity }),
                          !(afterCue.count > 1 && afterCue.last.map { $0.hasSuffix("ed") && !targetCues.contains($0) } == true),
                          // `the target of sanctions by the West`: the agent after `by` imposes the measure.
                          !agentBefore(t),
                          !startsNewClause(t, after: targetCues, sentence: k), !namedInDescription(t, sentence: k) else { continue }
                    relate(t.entity, .subjectTo, .entity(sanction), cue: t.tokens.lowerBound < sl.tokens.lowerBound ? t.tokens.lowerBound..<sl.tokens.upperBound : sl.tokens.lowerBound..<t.tokens.upperBound,
                           sentence: k, rule: "frame:sanction.target", confidence: 0.45)
                    if listing {
                        for o in allImposers { relate(t.entity, .sanctionedBy, .entity(o), cue: t.tokens, sentence: k, rule: "frame:sanction.listed", confidence: 0.45) }
                    }
                }
            }
        }
    }

    /// `by the West`, `par les États-Unis`: the name follows `by`/`par` (an article between).
    func agentBefore(_ t: Slot) -> Bool {
        var k = t.tokens.lowerBound - 1
        while k >= 0, ["the", "le", "la", "les", "l'"].contains(tokens[k].key) { k -= 1 }
        return k >= 0 && ["by", "par"].contains(tokens[k].key)
    }

    /// `sanctions on X, the owner of Y`, `X, propriétaire de Y`: Y is named in the apposition that describes X;
    /// `sanctioned X's chief executive, Y`: X only names Y's post.
    func namedInDescription(_ t: Slot, sentence k: Int) -> Bool {
        if let person = slots[k].first(where: { $0.tokens.lowerBound > t.tokens.upperBound && type($0.entity) == .person }),
           namesPost(of: person, firm: t, sentence: k) { return true }
        guard let head = slots[k].last(where: { $0.tokens.upperBound < t.tokens.lowerBound && [.company, .person].contains(type($0.entity)) }),
              tokens[head.tokens.upperBound].text == ",", t.tokens.lowerBound - head.tokens.upperBound <= 8 else { return false }
        let gap = keys(ordered(head.tokens.upperBound + 1, t.tokens.lowerBound))
        return !gap.contains(",") && gap.contains { Token.isOfWord($0) } && !gap.contains { ["and", "et"].contains($0) }
    }

    /// `Despite the sanctions against Russia, X kept importing`: past a comma after the cue's own
    /// object, a name is the next clause's subject, unless it stands in a list (`against A, B and C`).
    func startsNewClause(_ t: Slot, after cues: Set<String>, sentence k: Int) -> Bool {
        let s = sentences[k]
        var cue = t.tokens.lowerBound - 1
        while cue > max(s.tokens.lowerBound, t.tokens.lowerBound - 8), !cues.contains(tokens[cue].key) { cue -= 1 }
        guard cue < t.tokens.lowerBound - 1, let comma = (cue + 1..<t.tokens.lowerBound).last(where: { tokens[$0].text == "," }) else { return false }
        // `X, sanctionné par l'UE, contrôle Y`: a plain lower-case word opening the words after the comma is the next clause's verb.
        if comma + 1 < t.tokens.lowerBound, tokens[comma + 1].kind == .word, !tokens[comma + 1].isNameLike, !Self.listJoiners.contains(tokens[comma + 1].key),
           !Self.articles.contains(tokens[comma + 1].key), !Self.possessives.contains(tokens[comma + 1].key), lex.demonyms[tokens[comma + 1].key] == nil,
           !Vocabulary.isHead(tokens[comma + 1].key, of: Vocabulary.companyHeads) { return true }
        let previous = tokens[t.tokens.lowerBound - 1].key
        let next = t.tokens.upperBound < s.tokens.upperBound ? tokens[t.tokens.upperBound].key : "."
        return !((previous != "," && Self.listJoiners.contains(previous)) || [",", "and", "et", "or", "ou", ".", ")", ";"].contains(next))
    }

    /// `Lambda intends to fill them with X`, `importer 20 000 puces X`: a firm that buys, imports or uses a
    /// product before naming it is its customer, not its maker.
    /// Words that name a rival's product (`to rival X`, `concurrent de X`): not the firm's own make.
    static let rivalWords: Set<String> = ["rival", "rivals", "rivaling", "rivalling", "compete", "competes", "competing", "competitor", "competitors",
                                          "concurrent", "concurrente", "concurrents", "concurrencer", "versus", "vs", "challenger", "alternative"]
    static let customerVerbs: Set<String> = TradeCues.buyVerbs.union(TradeCues.useVerbs).union([
        "fill", "import", "imports", "imported", "importer", "importe", "equip", "equipped", "equipe", "equipee",
        "receive", "receives", "received", "recoit", "recu", "livrera", "livre", "delivered", "ships", "shipped", "obtenu", "obtain", "secure"])

    /// A product no rule gave a maker: the firm named nearest before it in its sentence, else the
    /// firm the sentence is about (`its flagship processors`, `the company's next chip`).
    /// `X answered with cut-down versions of its flagship processors`: the firm's possessive before a noun of goods.
    private func speaksOfOwnGoods(_ firm: Slot, sentence j: Int) -> Bool {
        let end = sentences[j].tokens.upperBound
        return (firm.tokens.upperBound..<end).contains { i in
            Self.possessives.contains(tokens[i].key)
                && (i + 1..<min(end, i + 5)).contains { Vocabulary.isHead(tokens[$0].key, of: Vocabulary.productHeads) }
        }
    }

    /// `l'Airbus A350, le Boeing Dreamliner, Ariane 6 et le Rafale`: a list of products whose members already have two
    /// different makers gives none to the others.
    private func listsSeveralMakes(_ at: Slot, sentence k: Int) -> Bool {
        let products = slots[k].filter { type($0.entity) == .product && !$0.anaphor }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard var i = products.firstIndex(where: { $0.tokens == at.tokens }) else { return false }
        func joined(_ a: Slot, _ b: Slot) -> Bool { joinsList(keys(ordered(a.tokens.upperBound, b.tokens.lowerBound)).filter { !Self.articles.contains($0) }, descriptors: false) }
        while i > 0, joined(products[i - 1], products[i]) { i -= 1 }
        var list = [products[i]]
        while i + 1 < products.count, joined(products[i], products[i + 1]) { i += 1; list.append(products[i]) }
        let members = Set(list.map(\.entity))
        let makes = Set(relations.compactMap { r -> Int? in
            guard r.predicate == .supplies, case .entity(let o) = r.object, members.contains(o) else { return nil }
            return r.subject
        })
        return makes.count >= 2
    }

    func orphanProducts() {
        // Firms the document already shows as makers are the likeliest makers of the other products.
        var makers: Set<Int> = []
        var owned: Set<String> = []
        for r in relations {
            guard case .entity(let o) = r.object else { continue }
            if r.predicate == .supplies && type(o) == .product { makers.insert(r.subject) }
            if r.predicate == .owns { owned.insert("\(r.subject)|\(o)") }
        }
        let supplied = objects(of: .supplies), first = firstSlots()
        for p in drafts.indices where drafts[p].type == .product && !drafts[p].suppressed && !supplied.contains(p) {
            guard let found = first[p] else { continue }
            let k = found.sentence, at = found.slot
            var earlier: [Slot] = []
            for j in max(0, k - 2)...k {
                for sl in slots[j] where isFirm(sl.entity) && sl.tokens.upperBound <= at.tokens.lowerBound { earlier.append(sl) }
            }
            let before = slots[k].last { isFirm($0.entity) && $0.tokens.upperBound <= at.tokens.lowerBound && at.tokens.lowerBound - $0.tokens.upperBound <= 25 }
            var buyer = false
            // `Velnor, Arkis-2 et plusieurs banques`, `ceux d'AWS ou Azure`: a product listed with a firm is its peer, not its make.
            if let b = before, joinsList(keys(ordered(b.tokens.upperBound, at.tokens.lowerBound)), descriptors: false) { continue }
            if let b = before {
                buyer = keys(ordered(b.tokens.upperBound, at.tokens.lowerBound)).contains { Self.customerVerbs.contains($0) }
            }
            // `concurrent de ChatGPT`, `to rival ChatGPT`: a product named as a rival is another firm's.
            if at.tokens.lowerBound > sentences[k].tokens.lowerBound,
               keys(max(sentences[k].tokens.lowerBound, at.tokens.lowerBound - 3)..<at.tokens.lowerBound).contains(where: { Self.rivalWords.contains($0) }) { continue }
            var candidate: Int? = earlier.last(where: { makers.contains($0.entity) })?.entity
            // Without a maker in the document, a firm in the product's own sentence is guessed, or one of the two
            // sentences before that speaks of its own goods (`versions of its flagship processors`): the article's
            // salient firm or any earlier one named the maker of only one product in ten on unseen articles.
            if candidate == nil, makers.isEmpty, !buyer {
                candidate = before?.entity ?? earlier.last(where: { speaksOfOwnGoods($0, sentence: sentenceIndex(ofToken: $0.tokens.lowerBound)) })?.entity
            }
            // A firm that runs or bought the product (`X runs a fleet of Y GPUs`) is its owner, not its maker.
            guard let maker = candidate, !owned.contains("\(maker)|\(p)"), !listsSeveralMakes(at, sentence: k) else { continue }
            relate(maker, .supplies, .entity(p), cue: at.tokens, sentence: k, rule: "frame:product.maker", confidence: 0.4)
        }
    }

    /// A site no rule gave an operator: the firm that is the subject of the sentence describing it,
    /// or its owner when the site was named after one; a site without a place takes the place
    /// named right after it.
    static let infrastructureKinds: Set<String> = ["POWER_PLANT", "NUCLEAR_PLANT", "HYDRO_PLANT", "SUBSTATION", "AIRPORT", "PORT", "PIPELINE", "TERMINAL", "WIND_FARM", "SOLAR_FARM"]

    func orphanFacilities() {
        let notOperator: Set<String> = ["by", "par", "with", "avec", "from", "de", "d'", "to", "a", "for", "pour", "selon", "according"]
        let operated = objects(of: .operates), first = firstSlots()
        for f in drafts.indices where drafts[f].type == .facility && !drafts[f].suppressed {
            // A landmark beside another site (`near the X dam`) gets no operator from the sentence's subject.
            guard !operated.contains(f), drafts[f].properties["landmark"] == nil else { continue }
            if case .int(let owner)? = drafts[f].properties["owner"], drafts.indices.contains(Int(owner)), isFirm(Int(owner)) {
                if let m = drafts[f].mentions.first {
                    let i = tokenIndex(atScalar: m.evidence.span.start)
                    relate(Int(owner), .operates, .entity(f), cue: i..<(i + 1), sentence: sentenceIndex(ofToken: i), rule: "frame:facility.owner", confidence: 0.45)
                }
                continue
            }
            if let (k, at) = first[f] {
                let s = sentences[k]
                // `a rival's facility`: a site possessed by someone the text does not name runs under no firm of the sentence.
                if at.tokens.lowerBound > s.tokens.lowerBound, tokens[at.tokens.lowerBound - 1].key == "'s" { continue }
                let firms = slots[k].filter { isFirm($0.entity) && $0.tokens.upperBound <= at.tokens.lowerBound }
                let subject = firms.first { sub in
                    let lead = sub.tokens.lowerBound > s.tokens.lowerBound ? tokens[sub.tokens.lowerBound - 1].key : ""
                    return !notOperator.contains(lead)
                }
                guard let op = subject?.entity ?? salientAt[k].flatMap({ isFirm($0) ? $0 : nil }) else { continue }
                // `X will supply GPUs to a supercomputer in Y`: the site is X's customer's.
                if SiteCustomerCues.suppliesSite(keys(ordered(subject?.tokens.upperBound ?? s.tokens.lowerBound, at.tokens.lowerBound))) { continue }
                // `X, which financed the Y plant`, `X, a tenant at the Y campus`: a lender, customer or tenant runs nothing.
                let gap = keys(ordered(subject?.tokens.upperBound ?? s.tokens.lowerBound, at.tokens.lowerBound))
                if isBystanderGap(gap), !gap.contains(where: { Self.operatingVerbs.contains($0) || Self.commissioningWords.contains($0) }) { continue }
                // A firm next to a power plant, dam or port is usually its customer: it needs a verb of running or building.
                if case .string(let kind)? = drafts[f].properties["kind"], Self.infrastructureKinds.contains(kind),
                   !keys(ordered(subject?.tokens.upperBound ?? s.tokens.lowerBound, at.tokens.lowerBound)).contains(where: { RelationCues.operates.contains($0) }) { continue }
                relate(op, .operates, .entity(f), cue: at.tokens, sentence: k, rule: "frame:facility.subject", confidence: 0.4)
            }
        }
    }

    /// `X exploite des sites au Québec`, `X operates mines in Chile`: a firm's places of operation
    /// (no single site is described, so the place goes to the firm).
    func placesOfOperation() {
        let verbs: Set<String> = ["operates", "operate", "operating", "runs", "run", "exploite", "exploitait", "exploiter", "opere", "mines", "has", "possede", "dispose", "compte", "active", "present", "presente", "presence", "activities", "activites", "operations",
                                  "gere", "gerait", "manages", "manage", "owns"]
        // Plural sites are places of operation too (`ses centres de données en France`, `its mines in Chile`).
        let pluralSites: Set<String> = ["centres", "centers", "datacenters", "datacentres", "sites", "mines", "farms", "fermes", "usines", "plants", "factories", "offices", "bureaux",
                                        "campuses", "facilities", "installations", "hubs", "fabs", "warehouses", "entrepots", "branches", "succursales", "fermes", "stores", "magasins"]
        let into: Set<String> = ["in", "au", "aux", "en", "a", "dans", "across"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for place in slots[k] where type(place.entity) == .location && place.tokens.lowerBound > s.tokens.lowerBound {
                let prep = tokens[place.tokens.lowerBound - 1].key
                // `a stake in the Lisbon-based firm`: the place qualifies the firm after it (read by `placeBased`).
                let after = place.tokens.upperBound
                if after + 1 < s.tokens.upperBound, tokens[after].text == "-", PlaceCues.hyphenSeat.contains(tokens[after + 1].key) { continue }
                guard into.contains(prep) || ["la", "le", "l'", "the"].contains(prep) && place.tokens.lowerBound - 2 >= s.tokens.lowerBound && into.contains(tokens[place.tokens.lowerBound - 2].key) else { continue }
                let lo = max(s.tokens.lowerBound, place.tokens.lowerBound - 8)
                let lead = keys(ordered(lo, place.tokens.lowerBound))
                guard let v = lead.indices.last(where: { verbs.contains(lead[$0]) || pluralSites.contains(lead[$0]) || OperationPlaceCues.isPossessedGrowth(lead, at: $0) }),
                      !lead[v...].contains(","), !lead[v...].contains("."), !OperationPlaceCues.isOtherPartysPlace(lead, verb: v, pluralSite: pluralSites.contains(lead[v])),
                      !slots[k].contains(where: { type($0.entity) == .facility && $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= place.tokens.lowerBound }) else { continue }
                // `X exploite à Bratsk … l’un des plus grands centres`, `… à Ekibastouz une ferme de …`: the place is the described site's.
                let next = ordered(place.tokens.upperBound, min(s.tokens.upperBound, place.tokens.upperBound + 14))
                if slots[k].contains(where: { type($0.entity) == .facility && next.contains($0.tokens.lowerBound) })
                    || next.prefix(4).contains(where: { j in lex.facilityNouns.longestMatch(tokens, at: j, limit: s.tokens.upperBound).map { !$0.value.plural } == true }) { continue }
                // `X n'est pas présente aux États-Unis`, `X does not operate in Y`: a denied presence places nothing.
                if lead[max(0, v - 3)..<v].contains(where: { ["pas", "n'", "ne", "not", "never", "jamais", "no"].contains($0) }) { continue }
                let verbAt = lo + v
                // `Its founder owns a property in Y`: a possessive before a verb of holding is its subject's, a person.
                let possessive = OperationPlaceCues.holdingVerbs.contains(lead[v]) ? nil : (lo..<verbAt).last { Self.possessives.contains(tokens[$0].key) }
                let owner = possessive.flatMap { p in slots[k].first { $0.anaphor && $0.tokens.lowerBound == p }?.entity }
                // `un site exploité par X à Y`: a passive participle runs the site before it, which holds the place.
                if verbAt + 1 < s.tokens.upperBound, ["by", "par"].contains(tokens[verbAt + 1].key) { continue }
                var subjectSlot = clauseSubject(before: verbAt, sentence: k, types: [.company], window: possessive == nil ? 14 : 30)
                // `Its founder owns …`: a possessive determiner before a noun is not the verb's subject.
                if let sub = subjectSlot, sub.anaphor, Self.possessives.contains(tokens[sub.tokens.lowerBound].key), sub.tokens.upperBound < verbAt { subjectSlot = nil }
                // `le centre de données que X exploite à Y`: the relative clause places the site, not X.
                if let sub = subjectSlot, isSubjectOfSiteRelative(sub, sentence: k) { continue }
                let subject = subjectSlot?.entity
                // `X vendra des puces à des centres de données en Y`, `X prévoit d'étendre ses activités en Y`: buyers' sites or a plan.
                if let sub = subjectSlot, OperationPlaceCues.lastClause(keys(ordered(sub.tokens.upperBound, verbAt))).contains(where: { Self.plannedGrowthWords.contains($0) || RelationCues.supplies.contains($0) || OperationPlaceCues.financing.contains($0) }) { continue }
                // A plural site noun needs its firm in the clause; a verb may lean on the sentence's firm.
                // `The 26-year-old owns a property in Y`: a verb of holding leans on no firm of the text.
                let fallback = pluralSites.contains(lead[v]) || OperationPlaceCues.holdingVerbs.contains(lead[v]) ? nil : salientAt[k].flatMap({ isFirm($0) ? $0 : nil })
                guard let firm = owner ?? subject ?? fallback else { continue }
                relate(firm, .locatedIn, .entity(place.entity), cue: verbAt..<place.tokens.upperBound, sentence: k, rule: "frame:place-of-operation", confidence: 0.45)
                for q in chainedPlaces(after: place.entity, sentence: k) {
                    relate(firm, .locatedIn, .entity(q), cue: verbAt..<place.tokens.upperBound, sentence: k, rule: "frame:place-of-operation.chain", confidence: 0.4)
                }
            }
        }
    }

    /// Words that end a list left open (`… and others`, `… et d'autres`, `…, etc.`).
    static let openListEnds: [[String]] = phrases(["and others", "and more", "among others", "et d' autres", "entre autres", "parmi d' autres", "etc"])

    private func openListEnd(after i: Int, sentence k: Int) -> Bool {
        var at = i
        if at < sentences[k].tokens.upperBound, tokens[at].key == "," { at += 1 }
        return at < sentences[k].tokens.upperBound && matchPhrase(Self.openListEnds, at: at, sentence: k) != nil
    }

    /// A firm or a person: the parties a measure designates together.
    private func isParty(_ e: Int) -> Bool { [.company, .person].contains(type(e)) }

    /// `Biren Technology and Moore Threads`, `au Québec, au Nouveau-Brunswick et en Suède`: every
    /// conjunct of a coordinated list takes the relation found for one of them.
    func spreadOverConjuncts() {
        let spread: Set<DossierModel.Predicate> = [.supplies, .operates, .owns, .investsIn, .subjectTo, .sanctionedBy, .locatedIn, .partnerOf, .imposedBy, .reportedBy]
        // A place, a maker or a partner of one firm in a list is not the others'; a target or an investor is.
        let subjectSpread: Set<DossierModel.Predicate> = [.subjectTo, .sanctionedBy, .investsIn, .operates, .owns, .reportedBy]
        let joiners: Set<String> = [",", "and", "et", "&", "ainsi", "que", "as", "well", "au", "aux", "en", "a", "in", "la", "le", "l'", "the"]
        var conjuncts: [[Int: [Int]]] = Array(repeating: [:], count: sentences.count)
        /// The tokens of each listed mention, to tell a relation read on another mention of the same name.
        var listed: [[Int: [Range<Int>]]] = Array(repeating: [:], count: sentences.count)
        for k in sentences.indices where !skip[k] {
            let ss = slots[k].filter { !$0.anaphor }
            var run: [Slot] = []
            var closed = false
            func flush() {
                // In the list's order, so that the relations spread over it come out in the same order every run.
                var ids: [Int] = []
                for sl in run where !ids.contains(sl.entity) { ids.append(sl.entity) }
                // (`the brands A, B, C and others`, `A, B, C, etc.`: an open end closes a list as well.)
                if let last = run.last, openListEnd(after: last.tokens.upperBound, sentence: k) { closed = true }
                // Only a list closed by a conjunction: `X, Y` alone is an apposition or a clause boundary.
                if ids.count >= 2, ids.count <= 8, closed {
                    for e in ids { conjuncts[k][e] = ids }
                    for sl in run { listed[k][sl.entity, default: []].append(sl.tokens) }
                }
                closed = false
                run = []
            }
            // (`A (Iraq), B (Dubai), and C`: a home in brackets after a member is skipped; the list goes on after it.)
            var bracketEnd: Int? = nil
            for sl in ss {
                if let last = run.last, type(sl.entity) == .location, type(last.entity) != .location, last.tokens.upperBound == sl.tokens.lowerBound - 1,
                   tokens[last.tokens.upperBound].key == "(", sl.tokens.upperBound < sentences[k].tokens.upperBound, tokens[sl.tokens.upperBound].key == ")" {
                    bracketEnd = sl.tokens.upperBound + 1
                    continue
                }
                defer { bracketEnd = nil }
                if let last = run.last {
                    var gap = keys(ordered(bracketEnd ?? last.tokens.upperBound, sl.tokens.lowerBound))
                    // (`X (OUCC), Y`: an acronym in brackets repeats the name before it; the list goes on after it.)
                    if gap == ["("], sl.entity == last.entity { run.append(sl); continue }
                    if gap.first == ")", run.count >= 2, run[run.count - 2].entity == last.entity { gap.removeFirst() }
                    let joins = !gap.isEmpty && gap.count <= 4 && gap.allSatisfy { joiners.contains($0) } && gap.contains { [",", "and", "et", "&", "que", "well"].contains($0) }
                    // (`with the Consumer Counselor, Microsoft, Google and the Coalition`: firms and bodies listed together.)
                    // (`A (Iraq), B (Dubai), and C, a person`: firms and people designated together, once two members make it
                    // a list; `A, owned by B, and C` joins no owner to the firms.)
                    let sameKind = type(last.entity) == type(sl.entity) || isFirmOrBody(last.entity) && isFirmOrBody(sl.entity)
                        || run.count >= 2 && isParty(last.entity) && isParty(sl.entity)
                    if joins && sameKind {
                        closed = gap.contains { ["and", "et", "&", "que", "well"].contains($0) }
                        run.append(sl); continue
                    }
                    flush()
                }
                run.append(sl)
            }
            flush()
        }
        // `Microsoft's Azure and Google Cloud`: a product named after its maker says nothing of the product beside it.
        for r in relations where spread.contains(r.predicate) && r.evidence.extractor != "rule:product-named-after-maker" {
            guard case .entity(let o) = r.object else { continue }
            let k = sentenceIndex(ofToken: tokenIndex(atScalar: r.evidence.span.start))
            guard conjuncts.indices.contains(k) else { continue }
            // (A list may mix firms and bodies; only a partnership spreads from one kind to the other.)
            for s2 in conjuncts[k][r.subject] ?? [] where subjectSpread.contains(r.predicate) && s2 != r.subject && s2 != o
                && (type(s2) == type(r.subject) || [.subjectTo, .sanctionedBy].contains(r.predicate) && isParty(s2) && isParty(r.subject)) {
                relate(s2, r.predicate, .entity(o), cue: tokenIndex(atScalar: r.evidence.span.start)..<(tokenIndex(atScalar: r.evidence.span.start) + 1), sentence: k,
                       rule: r.evidence.extractor + "+conjunct", confidence: r.evidence.confidence * 0.9, properties: r.properties)
            }
            // `… figurent A, B et C ; ainsi que X, qui est actionnaire de B`: read on a mention of B outside the list, the
            // relation is B's alone.
            let cue = tokenIndex(atScalar: r.evidence.span.start)..<(tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1)) + 1)
            let onOtherMention = slots[k].contains { $0.entity == o && !$0.anaphor && $0.tokens.overlaps(cue) && !(listed[k][o] ?? []).contains($0.tokens) }
                && !(listed[k][o] ?? []).contains { $0.overlaps(cue) }
            // `Le spécialiste français X … en France et en Europe`: a nationality adjective names one country, not the list the country is in.
            for o2 in conjuncts[k][o] ?? [] where !onOtherMention && o2 != o && o2 != r.subject && (r.predicate == .partnerOf || type(o2) == type(o)) && !(r.predicate == .locatedIn && (r.evidence.extractor.contains("nationality") || drafts[r.subject].placedByList)) {
                relate(r.subject, r.predicate, .entity(o2), cue: tokenIndex(atScalar: r.evidence.span.start)..<(tokenIndex(atScalar: r.evidence.span.start) + 1), sentence: k,
                       rule: r.evidence.extractor + "+conjunct", confidence: r.evidence.confidence * 0.9, properties: r.properties)
            }
        }
    }
}
