import DossierModel

/// Places of operation given as plural sites: `X operates data centres in Texas and British Columbia,
/// Canada`, `its global fleet, including sites in Norway, Ohio and Texas`, `run from offices in Moscow`,
/// `exploite des fermes de minage en Éthiopie et au Canada, ainsi qu'aux États-Unis`. Plural sites are
/// no described facility, so the firm itself is located in each place of the list.
enum OperationCues {
    /// Plural nouns of a firm's premises that the facility lexicon does not hold.
    static let premises: Set<String> = ["offices", "bureaux", "sites", "operations", "activites", "branches", "succursales", "stores", "magasins",
                                        "factories", "plants", "usines", "mines", "warehouses", "entrepots", "subsidiaries", "filiales",
                                        "people", "employees", "workers", "staff", "personnes", "salaries", "employes"]
    /// Verbs (and the example opener `including`) that tie the subject firm to the premises.
    static let verbs: Set<String> = ["operates", "operate", "operated", "operating", "runs", "run", "running", "owns", "own", "owned", "has", "have", "had",
                                     "manages", "manage", "builds", "built", "building", "develops", "developing", "leases", "leased", "opened", "opens",
                                     "maintains", "including", "exploite", "exploitent", "exploitait", "possede", "possedent", "gere", "dispose", "disposent",
                                     "construit", "construisent", "ouvert", "ouvre", "compte", "notamment", "dont", "avec", "with", "employs", "employ", "employed", "emploie", "emploient"]
    /// Verbs of weighing or giving up sites (`had considered sites in Texas`, `a fermé ses usines en`): no operation there.
    static let notOperating: Set<String> = ["considered", "considering", "scouted", "scouting", "weighed", "weighing", "explored", "exploring", "evaluated",
                                            "evaluating", "eyed", "eyeing", "rejected", "abandoned", "closed", "closing", "shut", "sold", "selling",
                                            "envisage", "envisageait", "etudie", "etudiait", "prospecte", "ferme", "fermer", "cede", "ceder", "vendu", "abandonne"]
    static let prepositions: Set<String> = ["in", "en", "au", "aux", "a", "dans", "across"]
    static let superlatives: Set<String> = ["largest", "biggest", "leading", "top", "second-largest", "third-largest", "grand", "grande", "grands", "grandes", "premier", "premiere",
                                            "premiers", "premieres", "principal", "principale", "principaux", "principales", "leader", "leaders"]
    /// Nouns of a firm's national part (`X's Kazakh subsidiary`).
    static let units: Set<String> = ["subsidiary", "unit", "arm", "branch", "division", "affiliate", "operations", "business", "filiale", "succursale", "branche"]
    /// Words that may stand between two places of one list (`Texas and British Columbia, Canada`, `en Éthiopie et au Canada,
    /// ainsi qu'aux États-Unis`).
    static let listGap: Set<String> = [",", "and", "et", "or", "ou", "as", "well", "ainsi", "qu'", "que", "in", "en", "au", "aux", "a", "dans",
                                       "the", "la", "le", "l'", "les"]
}

extension Analysis {
    func collectOperationPlaces() {
        for k in sentences.indices where !skip[k] {
            let s = sentences[k]
            for sl in slots[k] where !sl.anaphor && isFirm(sl.entity) {
                largestInPlace(sl, sentence: k)
                nationalUnit(of: sl, sentence: k)
            }
            for n in s.tokens {
                let length: Int
                if let m = lex.facilityNouns.longestMatch(tokens, at: n, limit: s.tokens.upperBound), m.value.plural { length = m.length }
                else if OperationCues.premises.contains(tokens[n].key) { length = 1 }
                else { continue }
                pluralSites(noun: n..<(n + length), sentence: k)
            }
        }
    }

    private func pluralSites(noun: Range<Int>, sentence k: Int) {
        let s = sentences[k]
        var p = noun.upperBound
        guard p + 1 < s.tokens.upperBound, OperationCues.prepositions.contains(tokens[p].key) else { return }
        p += 1
        if Self.articles.contains(tokens[p].key) { p += 1 }
        // The noun must be plain: no site entity (`data centres in Vineland` made a facility) and no name inside.
        guard !slots[k].contains(where: { $0.tokens.overlaps(noun) }),
              let first = slots[k].first(where: { $0.tokens.lowerBound == p && type($0.entity) == .location && !$0.anaphor }),
              let firm = operatingFirm(before: noun.lowerBound, sentence: k) else { return }
        var places = [first], last = first
        for sl in slots[k] where sl.tokens.lowerBound >= last.tokens.upperBound && sl.tokens.lowerBound > last.tokens.lowerBound {
            let gap = keys(ordered(last.tokens.upperBound, sl.tokens.lowerBound))
            guard type(sl.entity) == .location, !sl.anaphor, !gap.isEmpty, gap.count <= 4, gap.allSatisfy({ OperationCues.listGap.contains($0) }) else { break }
            places.append(sl); last = sl
        }
        // `sites in Texas's Permian basin`: the last place belongs to something else.
        if last.tokens.upperBound < s.tokens.upperBound, tokens[last.tokens.upperBound].key == "'s" { return }
        for place in places {
            relate(firm.entity, .locatedIn, .entity(place.entity), cue: min(firm.tokens.lowerBound, noun.lowerBound)..<place.tokens.upperBound, sentence: k,
                   rule: "rule:plural-sites-in-place", confidence: 0.5)
        }
    }

    /// The firm whose premises these are: `Y's offices`, or the clause's subject firm when a verb of
    /// operation or a possessive (`its sites`) stands within a few words before the noun.
    /// Verbs of a plan or of growth still to come (`plans to`, `prévoit de`, `expand`, `s'implanter`).
    static let plannedGrowthWords: Set<String> = ["plans", "plan", "planning", "prevoit", "prevoient", "projette", "compte", "veut", "veulent", "wants", "aims",
                                                  "vise", "seeks", "cherche", "envisage", "considers", "considering", "entrer", "enter", "s'implanter", "implanter"]

    private func operatingFirm(before n: Int, sentence k: Int) -> Slot? {
        let lo = sentences[k].tokens.lowerBound
        // `Y's offices`, `Y's European manufacturing facilities`: a nationality or a modifier may follow the possessive.
        var owner = n - 1
        while owner > lo, n - owner <= 2, isDemonym(tokens[owner].key) || NameVocabulary.regionalAdjectives.contains(tokens[owner].key)
                || tokens[owner].kind == .word && !tokens[owner].isNameLike && tokens[owner].key != "'s" && !Self.complementMarkers.contains(tokens[owner].key) { owner -= 1 }
        if owner > lo, tokens[owner].key == "'s" {
            return slots[k].last { $0.tokens.upperBound == owner && isFirm($0.entity) }
        }
        let lead = ordered(max(lo, n - 6), n)
        // `sites of Y in`, another name or a clause break between the cue and the noun: not this rule's.
        guard let cue = lead.last(where: { OperationCues.verbs.contains(tokens[$0].key) || Self.possessives.contains(tokens[$0].key) }),
              !((cue + 1)..<n).contains(where: { j in tokens[j].kind != .word && tokens[j].kind != .number || slots[k].contains(where: { $0.tokens.contains(j) }) }),
              !(cue..<n).contains(where: { OperationCues.notOperating.contains(tokens[$0].key) }),
              let firm = clauseSubject(before: cue, sentence: k, types: [.company, .organization], window: 16),
              isFirm(firm.entity) || type(firm.entity) == .organization && !isGovernmentBody(firm.entity) else { return nil }
        // A firm of another clause (`X grew because rivals run data centres in Y`) is not the operator.
        if keys(ordered(firm.tokens.upperBound, cue)).contains(where: { ["because", "while", "whereas", "alors", "tandis", "car", "parce"].contains($0) }) { return nil }
        // `X prévoit d'étendre ses activités en Y`, `X plans to expand its operations in Y`: a plan, not a place it works in.
        // `X has invested in data centers in Y`: the sites of those it finances.
        if OperationPlaceCues.lastClause(keys(ordered(firm.tokens.upperBound, n))).contains(where: { Self.plannedGrowthWords.contains($0) || OperationPlaceCues.financing.contains($0) }) { return nil }
        // `X a accepté de céder à Y ses filiales au Bénin`: the sites sold are the buyer's from now on.
        if keys(ordered(firm.tokens.upperBound, n)).contains(where: { HoldingCues.sellVerbs.contains($0) }) {
            return slots[k].last { $0.tokens.lowerBound > firm.tokens.upperBound && $0.tokens.upperBound <= n && isFirm($0.entity)
                && $0.tokens.lowerBound > 0 && ["a", "to", "au"].contains(tokens[$0.tokens.lowerBound - 1].key) }
        }
        return firm
    }

    /// `X is the largest bitcoin miner in Kazakhstan`, `X, the biggest lender of Russia,`, `X est le plus grand
    /// mineur de bitcoins du Kazakhstan`, `X, one of the largest miners in Canada,`, and the same phrase fronted
    /// (`L'une des plus grandes sociétés minières au Canada, X a…`): the largest firm in a place is located there.
    private func largestInPlace(_ x: Slot, sentence k: Int) {
        let s = sentences[k]
        var i = x.tokens.upperBound
        if i < s.tokens.upperBound, ["is", "was", "remains", "became", "est", "etait", "reste", "devenu", "devenue", ","].contains(tokens[i].key) { i += 1 }
        var place = superlativePlace(from: i, end: s.tokens.upperBound, sentence: k)
        // The fronted phrase ends on the comma right before the name; it opens the sentence or follows a verb
        // (`a pris le contrôle de la première banque de Belgique, X,`).
        if place == nil, x.tokens.lowerBound - 1 > s.tokens.lowerBound, tokens[x.tokens.lowerBound - 1].key == "," {
            let comma = x.tokens.lowerBound - 1
            place = superlativePlace(from: s.tokens.lowerBound, end: comma, sentence: k)
                ?? (max(s.tokens.lowerBound, comma - 12)..<comma).lazy.filter({ ["the", "le", "la", "l'"].contains(self.tokens[$0].key) })
                    .compactMap({ self.superlativePlace(from: $0, end: comma, sentence: k) }).first
        }
        guard let place else { return }
        let cue = min(x.tokens.lowerBound, place.tokens.lowerBound)..<max(x.tokens.upperBound, place.tokens.upperBound)
        relate(x.entity, .locatedIn, .entity(place.entity), cue: cue, sentence: k, rule: "rule:largest-in-place", confidence: 0.55)
    }

    /// The place closing a superlative phrase of firms that starts at `i` (`the largest bitcoin miner in Y`,
    /// `one of the biggest lenders of Y`, `l'une des plus grandes sociétés minières au Y`).
    private func superlativePlace(from start: Int, end: Int, sentence k: Int) -> Slot? {
        var i = start
        // `one of the`, `l'une des`, `un des`: one of several firms, each in the place.
        if i + 2 < end, tokens[i].key == "one", tokens[i + 1].key == "of" { i += 2 }
        if i + 1 < end, tokens[i].key == "l'" { i += 1 }
        if i + 1 < end, ["un", "une"].contains(tokens[i].key), tokens[i + 1].key == "des" { i += 1 }
        guard i + 3 < end, ["the", "le", "la", "l'", "des"].contains(tokens[i].key) else { return nil }
        let window = ordered(i + 1, min(end, i + 9))
        guard let sup = window.first(where: { OperationCues.superlatives.contains(tokens[$0].key) }),
              let head = window.first(where: { $0 > sup && Vocabulary.isHead(tokens[$0].key, of: Vocabulary.companyHeads) }),
              // (`le premier fournisseur de la Russie`: the place of a supplier or a customer is the other party's.)
              !OperationPlaceCues.otherParties.contains(tokens[head].key),
              !ordered(i + 1, head).contains(where: { j in tokens[j].kind != .word && tokens[j].kind != .number || slots[k].contains(where: { $0.tokens.contains(j) }) }) else { return nil }
        // Past the head's complements (`bitcoin miner`, `mineur de bitcoins`), then `in`/`du` and the place.
        var j = head + 1
        // (`mineur de bitcoins`, `sociétés minières de Bitcoin`: a `de` that opens no place is the head's complement.)
        func placeAt(_ p: Int) -> Bool {
            let q = p < end && ["the", "la", "l'", "le"].contains(tokens[p].key) ? p + 1 : p
            return slots[k].contains { $0.tokens.lowerBound == q && type($0.entity) == .location }
        }
        while j < end, j - head <= 4, !["in", "of", "du", "de", "d'", "en", "au", "a"].contains(tokens[j].key) || ["de", "d'"].contains(tokens[j].key) && !placeAt(j + 1) {
            guard tokens[j].kind == .word, !slots[k].contains(where: { $0.tokens.contains(j) }) else { return nil }
            j += 1
        }
        guard j + 1 < end else { return nil }
        var p = j + 1
        if ["the", "la", "l'", "le"].contains(tokens[p].key) { p += 1 }
        guard let place = slots[k].first(where: { $0.tokens.lowerBound == p && type($0.entity) == .location && !$0.anaphor }),
              place.tokens.upperBound <= end, place.tokens.upperBound >= sentences[k].tokens.upperBound || tokens[place.tokens.upperBound].key != "'s" else { return nil }
        return place
    }

    /// `X's Kazakh subsidiary`, `la filiale kazakhe de X`: a national unit is a branch of the firm in that country.
    private func nationalUnit(of x: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var demonym: Int? = nil
        if x.tokens.upperBound + 2 < end, tokens[x.tokens.upperBound].key == "'s", OperationCues.units.contains(tokens[x.tokens.upperBound + 2].key) {
            demonym = x.tokens.upperBound + 1
        } else if x.tokens.lowerBound - 3 >= lo, ["de", "d'", "du"].contains(tokens[x.tokens.lowerBound - 1].key),
                  OperationCues.units.contains(tokens[x.tokens.lowerBound - 3].key) {
            demonym = x.tokens.lowerBound - 2
        }
        guard let d = demonym, lex.demonyms[tokens[d].key] != nil, !slots[k].contains(where: { $0.tokens.contains(d) }),
              let country = placeOfDemonym(tokens[d].key) else { return }
        relate(x.entity, .locatedIn, .entity(country), cue: min(x.tokens.lowerBound, d)..<max(x.tokens.upperBound, d + 1), sentence: k, rule: "rule:national-unit", confidence: 0.5)
    }
}
