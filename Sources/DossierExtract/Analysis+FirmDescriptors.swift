import DossierModel

/// LOCATED_IN from the descriptive phrases news uses instead of repeating a firm's name:
/// `the U.S. plane-maker`, `the Burbank entertainment giant`, `the French carmaker`, `le
/// constructeur américain`, `le géant californien`; and `Turkish-based carrier X`.
enum DescriptorCues {
    /// Nouns that say the descriptor names a maker: its referent is the firm last named with goods.
    static func isMakerNoun(_ key: String) -> Bool {
        key.hasSuffix("maker") || key.hasSuffix("makers") || ["manufacturer", "constructeur", "fabricant", "producer", "producteur", "motoriste", "avionneur", "designer", "builder"].contains(key)
    }
    /// Head nouns of a firm descriptor beyond `Vocabulary.companyHeads`.
    static let extraHeads: Set<String> = ["airline", "carrier", "conglomerate", "retailer", "studio", "broadcaster", "titan", "behemoth", "heavyweight", "compagnie", "enseigne", "distributeur",
                                          "chaine", "avionneur", "motoriste", "armateur", "laboratoire", "pharmaceutical", "pharma", "automaker", "carmaker", "airliner", "brewer", "brasseur"]
    /// Goods a maker is named with (`Boeing's jets`, `30 Airbus A350s`): the maker is the firm a
    /// `the plane-maker` descriptor stands for.
    static let goodsNouns: Set<String> = ["jets", "jet", "aircraft", "airliners", "airliner", "planes", "plane", "airplanes", "helicopters", "engines", "avions", "avion", "appareils",
                                          "helicopteres", "moteurs", "trains", "rames", "locomotives", "ships", "vessels", "navires", "trucks", "camions", "buses", "cars", "vehicles",
                                          "vehicules", "voitures", "satellites", "rockets", "fusees", "lanceurs", "turbines", "reactors", "reacteurs", "phones", "smartphones", "telephones",
                                          "consoles", "drones", "tanks", "missiles", "frigates", "fregates", "submarines", "sous-marins", "models", "modeles", "units"]

    static func isHead(_ key: String) -> Bool {
        Vocabulary.companyHeads.contains(key) || PlaceCues.extraHeads.contains(key) || extraHeads.contains(key) || isMakerNoun(key)
    }
}

extension Analysis {
    func collectDescriptorPlaces() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where Self.definiteDeterminers.contains(tokens[i].key) { definiteDescriptor(at: i, sentence: k) }
            for i in s.tokens where tokens[i].text == "-" && i > s.tokens.lowerBound && i + 1 < s.tokens.upperBound && (PlaceCues.hyphenSeat.contains(tokens[i + 1].key) || Self.nationalOwnership.contains(tokens[i + 1].key)) {
                demonymBased(hyphen: i, sentence: k)
            }
            for i in s.tokens where SeatCues.seatNouns.contains(tokens[i].key) || ["offices", "siege"].contains(tokens[i].key) { placedSeat(noun: i, sentence: k) }
            for sl in slots[k] where !sl.anaphor && isFirm(sl.entity) { oneOfThePlacesFirms(sl, sentence: k) }
        }
    }

    /// `the U.S. plane-maker`, `the Burbank entertainment giant`, `le constructeur européen`, `le géant
    /// américain` standing alone: the firm it stands for is located at the place it names.
    private func definiteDescriptor(at det: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        // `X, the U.S. plane-maker`: an apposition, read by the apposition rules.
        if det > sentences[k].tokens.lowerBound, tokens[det - 1].key == "," { return }
        // The place: a Location's entity, or a nationality adjective resolved once the phrase is read
        // (resolving it adds the country to the entities).
        var i = det + 1, place: Int? = nil, demonym: String? = nil, head: Int? = nil, words = 0
        while i < end, words < 5 {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == i }) {
                // A place may open the phrase (`the U.S. plane-maker`); any other name ends it.
                guard type(sl.entity) == .location, place == nil, demonym == nil, !sl.anaphor else { break }
                place = sl.entity; i = sl.tokens.upperBound; words += 1; continue
            }
            let t = tokens[i]
            guard t.kind == .word, !t.isNameLike || isDemonym(t.key) else { break }
            if place == nil, demonym == nil, isDemonym(t.key) {
                demonym = t.key
            } else if DescriptorCues.isHead(t.key) {
                head = i
                // French adjectives follow the noun (`le constructeur européen`).
                if place == nil, demonym == nil, i + 1 < end, lex.demonyms[tokens[i + 1].key] != nil || NationalityCues.localDemonyms[tokens[i + 1].key] != nil {
                    demonym = tokens[i + 1].key; i += 1
                }
                i += 1
                break
            } else if PeopleCues.clauseWords.contains(t.key) || NationalityCues.phraseBreakers.contains(t.key) || Self.articles.contains(t.key) || ["comme", "as"].contains(t.key) {
                // `positionner la France comme un leader`: another article or `comme` opens a second phrase.
                break
            }
            i += 1; words += 1
        }
        // `the Chinese firm` alone is `nationalityAnaphors`' reading.
        // A name right after the noun is what the phrase describes (`the U.S. plane-maker Boeing`): `placeBeforeHead`'s.
        guard let h = head, place != nil || demonym != nil, !(demonym != nil && i - det <= 3 && Self.companyAnaphors.contains(tokens[h].key)),
              !(i < end && (tokens[i].isNameLike || slots[k].contains(where: { $0.tokens.lowerBound == i }))),
              !slots[k].contains(where: { !$0.anaphor && $0.tokens.lowerBound > det && $0.tokens.lowerBound <= h && type($0.entity) != .location }),
              let firm = descriptorReferent(before: det, head: h, sentence: k), let p = place ?? demonym.flatMap({ placeOfDemonym($0) }) else { return }
        relate(firm, .locatedIn, .entity(p), cue: det..<i, sentence: k, rule: "rule:descriptor-place", confidence: 0.5)
    }

    /// What a descriptor stands for: a maker noun means the firm named last with goods in this or the two
    /// previous sentences; another noun the firm named last before it in the sentence, else the salient one.
    private func descriptorReferent(before det: Int, head: Int, sentence k: Int) -> Int? {
        // `the American manufacturing giant`: a maker word anywhere in the phrase.
        if (det + 1...head).contains(where: { DescriptorCues.isMakerNoun(tokens[$0].key) || ["manufacturing", "industrial", "industriel", "industrielle"].contains(tokens[$0].key) }) {
            for q in stride(from: k, through: max(0, k - 2), by: -1) where !skip[q] {
                let named = slots[q].filter { isFirm($0.entity) && !$0.anaphor && (q < k || $0.tokens.upperBound <= det) }
                if let maker = named.last(where: { namedWithGoods($0, sentence: q) }) { return maker.entity }
            }
            return nil
        }
        // `majority-owned by the US investment firm`: after a preposition the phrase names another party.
        if det > sentences[k].tokens.lowerBound, Self.complementMarkers.contains(tokens[det - 1].key) { return nil }
        if let last = slots[k].last(where: { $0.tokens.upperBound <= det && isFirm($0.entity) && !namesMakerOfProduct($0, sentence: k) }) { return last.entity }
        return salientAt[k].flatMap { isFirm($0) ? $0 : nil }
    }

    /// `Boeing's 787-9 jets`, `30 Airbus A350-900 jets`, `Airbus A330neo`: a firm named as the maker of goods.
    func namedWithGoods(_ sl: Slot, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        // `Boeing's 787-9 Dreamliner jets`: a name inside another maker's model name is no maker.
        if sl.tokens.lowerBound > sentences[k].tokens.lowerBound, tokens[sl.tokens.lowerBound - 1].kind == .number || tokens[sl.tokens.lowerBound - 1].key == "'s" { return false }
        var j = sl.tokens.upperBound
        if j < end, ["'s", "'"].contains(tokens[j].key) { j += 1 }
        if namesMakerOfProduct(sl, sentence: k) { return true }
        // `60 avions d'Airbus`, `jets from Boeing`
        let lo = sentences[k].tokens.lowerBound, at = sl.tokens.lowerBound
        if at - 2 >= lo, ["de", "d'", "du", "from"].contains(tokens[at - 1].key), DescriptorCues.goodsNouns.contains(tokens[at - 2].key) { return true }
        // `Boeing's 787-9 Dreamliner jets`: the goods noun closes a model name of a few tokens.
        guard let g = (j..<min(end, j + 6)).first(where: { DescriptorCues.goodsNouns.contains(tokens[$0].key) }) else { return false }
        return !(j..<g).contains { [",", ".", ";", "and", "et", "of", "de"].contains(tokens[$0].key) }
    }

    /// `Russian-owned X`, `the Chinese-controlled miner X`: after a nationality (never after `state-`), the firm's
    /// national tie, read like `-based` (the annotators give the nationality's country as for `the Russian miner X`).
    static let nationalOwnership: Set<String> = ["owned", "controlled"]

    /// `Turkish-based carrier SunExpress`, `a French-headquartered group, X`: a nationality adjective before
    /// `-based` places the firm it describes in that country.
    private func demonymBased(hyphen i: Int, sentence k: Int) {
        let key = tokens[i - 1].key
        guard isDemonym(key),
              !slots[k].contains(where: { $0.tokens.contains(i - 1) }) else { return }
        var firm = slotStarting(at: i + 2, sentence: k, types: [.company], skip: 3)
        if firm == nil {
            // `X, a Turkish-based carrier`
            var j = i - 2
            while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) { j -= 1 }
            if j > sentences[k].tokens.lowerBound, tokens[j].key == "," { firm = slots[k].last { $0.tokens.upperBound == j && isFirm($0.entity) } }
        }
        guard let f = firm, isFirm(f.entity), let place = placeOfDemonym(key) else { return }
        // The firm may stand before the adjective (`X, a Turkish-based carrier`): the cue spans both.
        relate(f.entity, .locatedIn, .entity(place), cue: min(i - 1, f.tokens.lowerBound)..<max(i + 2, f.tokens.upperBound), sentence: k,
               rule: "rule:demonym-based", confidence: 0.6)
    }

    /// `Tessara's Denver headquarters`, `at its Denver headquarters`, `le siège lyonnais de X`: the seat's place.
    private func placedSeat(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var firm: Int? = nil, place: Int? = nil, demonym: String? = nil
        if tokens[i].key == "siege", i + 3 < end, lex.demonyms[tokens[i + 1].key] != nil || NationalityCues.localDemonyms[tokens[i + 1].key] != nil,
           ["de", "d'", "du"].contains(tokens[i + 2].key), let f = slotStarting(at: i + 3, sentence: k, types: [.company], skip: 1), isFirm(f.entity) {
            // `le siège lyonnais de X`
            firm = f.entity; demonym = tokens[i + 1].key
        } else if let p = slots[k].last(where: { $0.tokens.upperBound == i && type($0.entity) == .location && !$0.anaphor }), p.tokens.lowerBound > lo {
            // `X's Denver headquarters`, `its Denver headquarters`
            let before = p.tokens.lowerBound - 1
            if tokens[before].key == "'s", let f = slots[k].last(where: { $0.tokens.upperBound == before && isFirm($0.entity) }) { firm = f.entity }
            else if Self.possessives.contains(tokens[before].key), let f = slots[k].first(where: { $0.tokens.lowerBound == before && $0.anaphor && isFirm($0.entity) }) { firm = f.entity }
            else if Self.possessives.contains(tokens[before].key), let f = clauseSubject(before: before, sentence: k, types: [.company], window: 12) { firm = f.entity }
            place = p.entity
        }
        guard let f = firm, let seat = place ?? demonym.flatMap({ placeOfDemonym($0) }) else { return }
        relate(f, .locatedIn, .entity(seat), cue: max(lo, i - 3)..<(i + 1), sentence: k, rule: "rule:placed-seat", confidence: 0.6)
    }

    /// `X, one of Japan's largest banks`, `X, one of the largest German carmakers`, `X, l'un des principaux
    /// opérateurs japonais`: the place of the group the firm is one of.
    private func oneOfThePlacesFirms(_ x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        guard i + 3 < end, tokens[i].key == "," else { return }
        i += 1
        if tokens[i].key == "l'" { i += 1 }
        guard i + 2 < end, ["one", "un", "une"].contains(tokens[i].key), ["of", "des", "d'entre"].contains(tokens[i + 1].key) else { return }
        var j = i + 2, place: Int? = nil, demonym: String? = nil, head = false
        while j < min(end, i + 9) {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                guard type(sl.entity) == .location, sl.tokens.upperBound < end, tokens[sl.tokens.upperBound].key == "'s", place == nil else { break }
                place = sl.entity; j = sl.tokens.upperBound + 1; continue
            }
            let key = tokens[j].key
            if [",", ".", ";", "(", "which", "who", "qui", "that", "in", "en", "dans", "a"].contains(key) && !(key == "a" && j == i + 2) { break }
            if isDemonym(key) { demonym = demonym ?? key }
            if NationalityCues.pluralFirmNouns.contains(key) || DescriptorCues.isHead(key) { head = true }
            j += 1
        }
        guard head, let p = place ?? demonym.flatMap({ placeOfDemonym($0) }) else { return }
        relate(x.entity, .locatedIn, .entity(p), cue: x.tokens.lowerBound..<j, sentence: k, rule: "rule:one-of-the-places-firms", confidence: 0.6)
    }
}
