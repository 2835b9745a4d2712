import DossierModel

/// LOCATED_IN for firms from appositions and possessives that the pair rules do not read:
/// `Kairos Power, a California start-up`, `Abu Dhabi's MGX`, `Arm, the Cambridge, England-based
/// chip designer`, `le groupe de Redmond`.
enum PlaceCues {
    /// Nouns that stand before a place's name with `de / of` (`la province de Salta`, `the state of Texas`).
    static let placeNouns: Set<String> = Vocabulary.regionWords.union(["ville", "city", "town", "commune", "municipality", "municipalite", "departement"])
    /// Head nouns of firms and associations beyond `Vocabulary.companyHeads` (`trading house`, `consumer group`).
    static let extraHeads: Set<String> = ["house", "maison", "association", "ngo", "ong", "nonprofit", "cooperative", "cooperative", "fund", "investor", "investisseur", "firms", "pousse", "lab", "labs", "laboratoire", "champion", "specialist", "specialists"]
    /// Events whose venue says where people met, not where a firm is (`une conférence à Singapour`).
    static let eventNouns: Set<String> = ["conference", "conferences", "salon", "sommet", "summit", "forum", "congres", "congress", "fair", "foire",
                                          "exhibition", "exposition", "show", "event", "evenement", "meeting", "reunion", "rencontre", "visite", "visit",
                                          "speech", "discours", "interview", "entretien", "trip", "voyage", "tour", "tournee", "ceremony", "ceremonie"]
    /// Cues of `RelationCues.located` that name places of operation rather than a seat.
    static let operationCues: Set<String> = ["operations in", "presente en", "present en", "opere en", "operates in", "active en", "branch in", "branches in"]
    /// Participles of speaking that open a sentence on where someone spoke (`Speaking in Davos`, `Interrogé à Paris`).
    static let speakingWords: Set<String> = ["speaking", "talking", "addressing", "interviewed", "s'exprimant", "exprimant", "interroge", "interrogee",
                                             "intervenant", "testifying", "briefing", "told"]
    /// Words in the name of a listed organisation that is no public body.
    static let privateBodyWords: [String] = ["institute", "institut", "university", "universite", "foundation", "fondation", "association", "school", "ecole", "college", "think tank", "chamber", "chambre"]
    /// `X-based`, `Cyprus-registered`: the participle after a place and a hyphen.
    static let hyphenSeat: Set<String> = ["based", "headquartered", "registered", "incorporated", "domiciled"]
    /// Participles of a stock listing: the place after them is an exchange's, not the firm's seat.
    static let listingWords: Set<String> = ["cotee", "cote", "cotees", "cotes", "listed", "traded", "quoted"]
    /// Nouns before a title that may hold a place's possessive (`the report Africa's Digital Leap`).
    static let titleNouns: Set<String> = ["rapport", "report", "etude", "study", "survey", "enquete", "index", "indice", "classement", "ranking", "livre", "book", "film", "emission", "programme"]
    /// French and English participles of seat and registration, with every preposition and
    /// agreement, for the pair rules' `based in` list.
    static let participles: [String] = {
        let stems = ["base", "basee", "bases", "basees", "implante", "implantee", "implantes", "implantees", "installe", "installee", "installes", "installees",
                     "etabli", "etablie", "etablis", "etablies", "domicilie", "domiciliee", "immatricule", "immatriculee", "enregistre", "enregistree",
                     "situe", "situee", "headquartered", "based", "located", "situated", "registered", "incorporated", "established"]
        let preps = ["a", "en", "au", "aux", "dans", "in", "at"]
        // `dont le siège social se trouve au Texas`, `dont le siège est situé à Lyon`.
        let seats = ["siege", "siege social"].flatMap { n in ["est", "se trouve", "se situe", "est situe", "est installe", "est etabli"].map { "\(n) \($0)" } }
        return (stems + seats).flatMap { s in preps.map { "\(s) \($0)" } } + ["headquarters are in", "headquarters is in", "head office in", "siege a", "sieges a"]
    }()
}

extension Analysis {
    func collectPlaceClauses() {
        for (k, _) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where !sl.anaphor && (isFirm(sl.entity) || type(sl.entity) == .organization && !isGovernmentBody(sl.entity)) {
                placeApposition(after: sl, sentence: k)
                countedListApposition(after: sl, sentence: k)
                placeOfApposition(after: sl, sentence: k)
                placeOfApposedHead(after: sl, sentence: k)
            }
            for sl in slots[k] where type(sl.entity) == .location {
                placePossessive(sl, sentence: k)
                placeBased(sl, sentence: k)
                placeBeforeHead(sl, sentence: k)
            }
            for sl in slots[k] where sl.anaphor && isFirm(sl.entity) {
                anaphorFromPlace(sl, sentence: k)
            }
            for sl in slots[k] where !sl.anaphor && type(sl.entity) == .facility && tokens[sl.tokens.lowerBound].isCapitalized {
                namedSiteCommaPlace(sl, sentence: k)
            }
            openingPlace(sentence: k)
            openingNationality(sentence: k)
        }
        collectNationalityClauses()
        collectSeatClauses()
        collectDescriptorPlaces()
        collectOperationPlaces()
        withdrawListedPossessivePlaces()
        collectPlacesInNames()
        collectFirmListPlaces()
    }

    /// Words that end a descriptor's adjectives: a complement, a clause or a list.
    static let clauseOrLinkWords: Set<String> = ["de", "d'", "du", "des", "qui", "que", "qu'", "dont", "et", "ou", "a", "au", "aux", "en", "par", "pour", "avec", "sur", "dans",
                                                 "of", "in", "for", "with", "and", "or", "to", "at", "by", "from", "that", "which", "who"]

    /// `Huawei and ZTE, two Chinese technology giants`, `A et B, deux groupes chinois`: a counted apposition after a
    /// list of firms gives each of them the nationality.
    private func countedListApposition(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let comma = x.tokens.upperBound
        guard comma + 3 < end, tokens[comma].key == ",", Self.listCounts.contains(tokens[comma + 1].key) else { return }
        let firms = [x.entity] + coordinatedBefore(x.entity, limit: comma, sentence: k).filter { isFirm($0) }
        guard firms.count >= 2 else { return }
        let words = ((comma + 2)..<min(end, comma + 7)).prefix { tokens[$0].kind == .word && (!tokens[$0].isNameLike || isDemonym(tokens[$0].key)) && !Self.clauseOrLinkWords.contains(tokens[$0].key) }
        guard words.contains(where: { Vocabulary.companyHeads.contains(tokens[$0].key) || PlaceCues.extraHeads.contains(tokens[$0].key) }),
              let d = words.first(where: { isDemonym(tokens[$0].key) }), let country = placeOfDemonym(tokens[d].key) else { return }
        for f in firms {
            relate(f, .locatedIn, .entity(country), cue: x.tokens.lowerBound..<(d + 1), sentence: k, rule: "rule:apposition.nationality.list", confidence: 0.6)
        }
    }
    static let listCounts: Set<String> = ["two", "three", "four", "both", "deux", "trois", "quatre"]

    /// `Kairos Power, a California start-up`, `G42, the Abu Dhabi artificial-intelligence group`,
    /// `Ampere Computing, a Silicon Valley designer of server processors`.
    private func placeApposition(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        // `Japan Advanced Semiconductor Manufacturing (JASM), la filiale japonaise`: past the acronym.
        // `Electrabel (filiale belge d'Engie)`: a descriptor in brackets is an apposition like one after a comma.
        let bracketedDescriptor = i + 1 < end && tokens[i].key == "(" && (MentionFinder.appositionArticles.contains(tokens[i + 1].key) || DescriptorCues.isHead(tokens[i + 1].key))
        if i < end, tokens[i].key == "(", !bracketedDescriptor, let close = (i..<min(end, i + 4)).first(where: { tokens[$0].key == ")" }) { i = close + 1 }
        guard i + 2 < end, tokens[i].key == "," || bracketedDescriptor else { return }
        i += 1
        // `Velmora, start-up nantaise spécialisée dans l'IA`: French drops the article before a firm noun.
        // In French `a` after the comma is the verb (`X, a ouvert un bureau à Y`), not an article.
        if MentionFinder.appositionArticles.contains(tokens[i].key), !(language == "fr" && tokens[i].key == "a") { i += 1 }
        else { guard DescriptorCues.isHead(tokens[i].key), !tokens[i].isNameLike else { return } }
        // `Arctura Components FZE, an Emirati trading house`: a nationality adjective in the apposition.
        if let d = [i, i + 1].first(where: { j in j < end && isDemonym(tokens[j].key) && !slots[k].contains(where: { $0.tokens.contains(j) }) }),
           ordered(d + 1, min(end, d + 6)).prefix(while: { tokens[$0].key != "," && !tokens[$0].isNameLike }).contains(where: { Vocabulary.companyHeads.contains(tokens[$0].key) || PlaceCues.extraHeads.contains(tokens[$0].key) }),
           let country = placeOfDemonym(tokens[d].key) {
            relate(x.entity, .locatedIn, .entity(country), cue: x.tokens.lowerBound..<(d + 1), sentence: k, rule: "rule:apposition.nationality", confidence: 0.6)
            return
        }
        // `Kora Labs, une jeune pousse nigériane`: the French adjective after the head noun.
        // `Sonatel, opérateur historique sénégalais`: one or two plain adjectives may stand between.
        if let h = (i..<min(end, i + 3)).first(where: { Vocabulary.companyHeads.contains(tokens[$0].key) || PlaceCues.extraHeads.contains(tokens[$0].key) }),
           let d = ((h + 1)..<min(end, h + 4)).first(where: { isDemonym(tokens[$0].key) }),
           ((h + 1)..<d).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike && !Self.clauseOrLinkWords.contains(tokens[$0].key) }),
           !slots[k].contains(where: { $0.tokens.contains(d) }),
           // `…, la start-up française Mistral AI`: a descriptor of the next name, not of X.
           !(d + 1 < end && tokens[d + 1].isNameLike), let country = placeOfDemonym(tokens[d].key) {
            relate(x.entity, .locatedIn, .entity(country), cue: x.tokens.lowerBound..<(d + 1), sentence: k, rule: "rule:apposition.nationality", confidence: 0.6)
            return
        }
        descriptorInPlace(x, from: i, sentence: k)
        var words = 0
        while i < end, words <= 2, !slots[k].contains(where: { $0.tokens.lowerBound == i }) {
            // `a subsidiary of the Kazan-based operator Y` describes Y, not X.
            if ["of", "de", "du", "d'", "des"].contains(tokens[i].key) { return }
            words += 1; i += 1
        }
        guard let place = slots[k].first(where: { $0.tokens.lowerBound == i && type($0.entity) == .location }) else { return }
        // A head noun of firms must follow within a few words (`start-up`, `group`, `designer`).
        let tail = keys(ordered(place.tokens.upperBound, min(place.tokens.upperBound + 4, end)))
        guard let h = tail.firstIndex(where: { Vocabulary.companyHeads.contains($0) || PlaceCues.extraHeads.contains($0) }), !tail[..<h].contains(","), !tail[..<h].contains("'s") else { return }
        relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<(place.tokens.upperBound + h + 1), sentence: k,
               rule: "rule:apposition.place-head", confidence: 0.65)
    }

    /// `Zvezda-Radio, a maker of military radios in Yekaterinburg`, `X, une société de négoce à
    /// Istanbul`: a verbless descriptor that ends on a place.
    private func descriptorInPlace(_ x: Slot, from start: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = start
        while i < end, i - start <= 7 {
            let key = tokens[i].key
            // `société cotée à New York`, `listed in Hong Kong`: a stock listing is no seat.
            if PlaceCues.listingWords.contains(key) { return }
            if ["in", "a", "en", "au", "near", "pres", "outside"].contains(key), i + 1 < end,
               let place = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && type($0.entity) == .location }) {
                relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k,
                       rule: "rule:apposition.descriptor-in-place", confidence: 0.55)
                for q in chainedPlaces(after: place.entity, sentence: k) {
                    relate(x.entity, .locatedIn, .entity(q), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:apposition.descriptor-in-place.chain", confidence: 0.5)
                }
                return
            }
            // Another name (the place would be its), a verb or a clause ends the descriptor.
            if slots[k].contains(where: { $0.tokens.lowerBound == i }) || tokens[i].kind != .word || PeopleCues.clauseWords.contains(key) && key != "a" { return }
            i += 1
        }
    }

    /// `Dell, of Round Rock, Texas,`: a home town in apposition.
    private func placeOfApposition(after x: Slot, sentence k: Int) {
        let i = x.tokens.upperBound
        guard i + 2 < sentences[k].tokens.upperBound, tokens[i].key == ",", ["of", "from"].contains(tokens[i + 1].key),
              let place = slots[k].first(where: { $0.tokens.lowerBound == i + 2 && type($0.entity) == .location }) else { return }
        relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:apposition.of-place", confidence: 0.6)
        for q in chainedPlaces(after: place.entity, sentence: k) {
            relate(x.entity, .locatedIn, .entity(q), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:apposition.of-place.chain", confidence: 0.55)
        }
    }

    /// A nationality adjective or a home-town one (`lyonnais`, `moscovite`).
    func isDemonym(_ key: String) -> Bool { lex.demonyms[key] != nil || NationalityCues.localDemonyms[key] != nil }

    /// A public body gets no LOCATED_IN (the annotation rules); other organisations may.
    func isGovernmentBody(_ e: Int) -> Bool {
        let n = fold(displayName(e))
        if ["ministere", "ministry", "department", "departement", "commission", "government", "gouvernement", "bureau", "office", "agency", "agence", "council", "conseil", "treasury", "tresor", "parliament", "parlement", "senate", "senat", "congress", "regulator", "administration"].contains(where: { n.contains($0) }) { return true }
        // A listed body is public unless its name says think tank, school or association (`American Enterprise Institute`).
        return drafts[e].properties["kind"] != nil && !PlaceCues.privateBodyWords.contains { n.contains($0) }
    }

    /// `the New Jersey company DataOne`, `le groupe marseillais …`: a place before a head noun and the name.
    private func placeBeforeHead(_ place: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = place.tokens.upperBound, words = 0
        while i < end, words < 2, Vocabulary.companyHeads.contains(tokens[i].key) || tokens[i].key.contains("-") || (words == 0 && tokens[i].kind == .word && !tokens[i].isNameLike && i + 1 < end && Vocabulary.companyHeads.contains(tokens[i + 1].key)) {
            words += 1; i += 1
        }
        // `a Texas miner, Orlan Energy,`: the name in apposition, closed by a comma or the sentence end.
        var at = i
        if at + 1 < end, tokens[at].key == ",", let f = slots[k].first(where: { $0.tokens.lowerBound == at + 1 }),
           f.tokens.upperBound >= end || [",", ".", ")", ";"].contains(tokens[f.tokens.upperBound].key) { at += 1 }
        guard words >= 1, Vocabulary.companyHeads.contains(tokens[i - 1].key), let firm = slots[k].first(where: { $0.tokens.lowerBound == at }), isFirm(firm.entity), !firm.anaphor,
              // A sentence may open on the place (`US chipmaker X said`).
              place.tokens.lowerBound == sentences[k].tokens.lowerBound || place.tokens.lowerBound > sentences[k].tokens.lowerBound && ["the", "a", "an", "le", "la", "l'", "un", "une", "by", "par", "with", "avec", "for", "pour", "to", "from", ","].contains(tokens[place.tokens.lowerBound - 1].key) else { return }
        relate(firm.entity, .locatedIn, .entity(place.entity), cue: place.tokens.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:place-head-name", confidence: 0.6)
    }

    /// `Plus au nord, à Krasnoïarsk, Yenisei Hash a dû renoncer…`, `In Abilene, X is …`: a sentence that opens on a
    /// place and goes on with a firm as subject places the firm there (unless a site is described).
    private func openingPlace(sentence k: Int) {
        let s = sentences[k]
        guard !slots[k].contains(where: { type($0.entity) == .facility }),
              let place = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound - s.tokens.lowerBound <= 6 }),
              place.tokens.lowerBound > s.tokens.lowerBound, ["a", "in", "en", "au", "at"].contains(tokens[place.tokens.lowerBound - 1].key),
              // `X has many customers in Europe, X said`: the place is inside a clause, not a fronted phrase.
              !slots[k].contains(where: { $0.tokens.upperBound <= place.tokens.lowerBound && isFirm($0.entity) }),
              // `Lors d'une conférence à Singapour, X …`, `At a summit in Riyadh, X …`: an event's venue, not the firm's place.
              // `Speaking in Davos, X …`, `Interrogé à Paris, le patron de X …`: where someone spoke, not the firm's place.
              !keys(s.tokens.lowerBound..<place.tokens.lowerBound).contains(where: { PlaceCues.eventNouns.contains($0) || PlaceCues.speakingWords.contains($0) }),
              // (`"We will expand in Norway," X said`: a quotation, not a fronted phrase.)
              !keys(s.tokens.lowerBound..<place.tokens.lowerBound).contains(where: { Vocabulary.quoteMarks.contains($0) }),
              // (`Selon un analyste basé à Dubaï, X`: a seat participle after a noun places that noun.)
              !participleAfterNoun(s.tokens.lowerBound..<place.tokens.lowerBound),
              case let places = openingPlaceList(from: place, sentence: k), let last = places.last,
              last.tokens.upperBound < s.tokens.upperBound, tokens[last.tokens.upperBound].key == ",",
              let firm = slotStarting(at: last.tokens.upperBound + 1, sentence: k, types: [.company], skip: 1), isFirm(firm.entity),
              // (`A Tanger, X, filiale de Y, fabrique …`: an apposition may follow the firm; another name would start a list.)
              firm.tokens.upperBound < s.tokens.upperBound, tokens[firm.tokens.upperBound].kind == .word
                || firm.tokens.upperBound + 1 < s.tokens.upperBound && tokens[firm.tokens.upperBound].key == ","
                    && tokens[firm.tokens.upperBound + 1].kind == .word && !tokens[firm.tokens.upperBound + 1].isNameLike else { return }
        for p in places {
            relate(firm.entity, .locatedIn, .entity(p.entity), cue: place.tokens.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:opening-place", confidence: 0.5)
        }
    }

    /// `Au Sénégal, au Mali, au Congo Brazzaville et au Gabon, X …`: the places of a fronted list, each after its
    /// preposition (a place written in two names, `Congo Brazzaville`, stays one item).
    private func openingPlaceList(from first: Slot, sentence k: Int) -> [Slot] {
        var places = [first]
        var j = first.tokens.upperBound
        while j < sentences[k].tokens.upperBound {
            var n = j
            if [",", "et", "and"].contains(tokens[n].key) { n += 1 }
            if n < sentences[k].tokens.upperBound, ["et", "and"].contains(tokens[n].key) { n += 1 }
            if n < sentences[k].tokens.upperBound, ["a", "au", "aux", "en", "in"].contains(tokens[n].key) { n += 1 }
            guard let next = slots[k].first(where: { $0.tokens.lowerBound == n && type($0.entity) == .location }) else { break }
            places.append(next)
            j = next.tokens.upperBound
        }
        return places
    }

    /// `Atlantic City Airport, New Jersey, and …`, `the Korvex Mine, Nevada.`: a site named by its own name, then a
    /// place between commas (or before the sentence's end): the place is the site's.
    private func namedSiteCommaPlace(_ site: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, c = site.tokens.upperBound
        guard c + 1 < end, tokens[c].key == ",", let place = slots[k].first(where: { $0.tokens.lowerBound == c + 1 && type($0.entity) == .location && !$0.anaphor }) else { return }
        let after = place.tokens.upperBound
        guard after >= end || [",", ".", ";", ")", "and", "et"].contains(tokens[after].key) else { return }
        relate(site.entity, .locatedIn, .entity(place.entity), cue: site.tokens.lowerBound..<after, sentence: k, rule: "rule:named-site.comma-place", confidence: 0.55)
        for q in chainedPlaces(after: place.entity, sentence: k) {
            relate(site.entity, .locatedIn, .entity(q), cue: site.tokens.lowerBound..<after, sentence: k, rule: "rule:named-site.comma-place.chain", confidence: 0.5)
        }
    }

    /// `Pépite française de l'IA, X a choisi…`, `Géant américain des puces, X…`, `A Swiss trading house, X…`: a fronted
    /// descriptor with a nationality, closed by a comma before the firm it describes.
    private func openingNationality(sentence k: Int) {
        let s = sentences[k].tokens
        var i = s.lowerBound
        if i < s.upperBound, ["le", "la", "l'", "un", "une", "the", "a", "an"].contains(tokens[i].key) { i += 1 }
        guard let comma = (i..<min(s.upperBound, i + 10)).first(where: { tokens[$0].key == "," }), comma > i + 1,
              let head = (i..<min(comma, i + 4)).first(where: { Vocabulary.companyHeads.contains(tokens[$0].key) || PlaceCues.extraHeads.contains(tokens[$0].key) }),
              let d = (i..<min(comma, head + 3)).first(where: { $0 != head && isDemonym(tokens[$0].key) }),
              // (Only the descriptor's own words: no other name, no clause, before the comma.)
              (i..<comma).allSatisfy({ $0 == d || tokens[$0].kind == .word && ($0 == s.lowerBound || !tokens[$0].isNameLike)
                  && !["qui", "que", "who", "which", "that"].contains(tokens[$0].key) }),
              !slots[k].contains(where: { $0.tokens.lowerBound < comma }),
              let firm = slots[k].first(where: { $0.tokens.lowerBound == comma + 1 }), isFirm(firm.entity), !firm.anaphor,
              let country = placeOfDemonym(tokens[d].key) else { return }
        relate(firm.entity, .locatedIn, .entity(country), cue: i..<firm.tokens.upperBound, sentence: k, rule: "rule:opening-descriptor.nationality", confidence: 0.6)
    }

    /// `un analyste basé à`, `the bank's Dubai-based unit`: an article, then a seat participle, in the words before a place.
    /// (The key `a` is also French `à`; only the English article counts.)
    func participleAfterNoun(_ r: Range<Int>) -> Bool {
        guard let participle = r.first(where: { SeatCues.participles.contains(tokens[$0].key) }) else { return false }
        return (r.lowerBound..<participle).contains { ["un", "une", "le", "la", "l'", "les", "the", "an"].contains(tokens[$0].key) || tokens[$0].text == "a" }
    }

    /// `Abu Dhabi's MGX`, `China's Huawei`, `Kazakhstan's largest bitcoin miner, X`.
    private func placePossessive(_ place: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let i = place.tokens.upperBound
        guard i + 1 < end, tokens[i].key == "'s" else { return }
        // `le rapport Africa's Digital Leap`: the possessive is inside a title.
        if place.tokens.lowerBound > sentences[k].tokens.lowerBound, PlaceCues.titleNouns.contains(tokens[place.tokens.lowerBound - 1].key) { return }
        possessiveAfterFirm(place, sentence: k)
        // Lower-case descriptors ending on a firm noun may stand between (`third-largest mobile operator`).
        var j = i + 1
        // (`state-owned` is three tokens: a hyphen glued on both sides joins its words.)
        func gluedHyphen(_ j: Int) -> Bool { tokens[j].text == "-" && !tokens[j].spaceBefore && j + 1 < end && !tokens[j + 1].spaceBefore }
        while j < end, j - i <= 7, tokens[j].kind == .word && !tokens[j].isNameLike || gluedHyphen(j), !slots[k].contains(where: { $0.tokens.lowerBound == j }) { j += 1 }
        if j > i + 1 {
            // (`Russia's state-owned X`: an ownership participle describes a firm as well as a firm noun does.)
            // (`INDIA'S telecoms major X`: a leader of its trade.)
            guard Vocabulary.companyHeads.contains(tokens[j - 1].key) || PlaceCues.extraHeads.contains(tokens[j - 1].key)
                || ["owned", "run", "controlled", "backed", "major", "majors"].contains(tokens[j - 1].key) else { return }
            if j < end, tokens[j].key == "," { j += 1 }
        }
        // `Norway's Tellenes Wind Park`, `Norway's Velmo hydropower plant`: a site the place possesses, its name before the noun.
        if j == i + 1, let site = slots[k].first(where: { type($0.entity) == .facility && !$0.anaphor && (j...j + 2).contains($0.tokens.lowerBound)
            && (j..<$0.tokens.lowerBound).allSatisfy { tokens[$0].isCapitalized } }) {
            relate(site.entity, .locatedIn, .entity(place.entity), cue: place.tokens.lowerBound..<site.tokens.upperBound, sentence: k,
                   rule: "rule:place-possessive.site", confidence: 0.6)
            return
        }
        guard let firm = slots[k].first(where: { $0.tokens.lowerBound == j }), isFirm(firm.entity), !firm.anaphor else { return }
        relate(firm.entity, .locatedIn, .entity(place.entity), cue: place.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:place-possessive", confidence: 0.6)
        // `Israel's NSO Group and Candiru`: the place's possessive reaches every firm of a bare list; not past a
        // descriptor (`China's producer X and Y`), nor from inside a longer list (`A, Singapore's GIC and B`).
        let insideList = place.tokens.lowerBound > sentences[k].tokens.lowerBound && [",", "and", "et"].contains(tokens[place.tokens.lowerBound - 1].key)
        for other in j == i + 1 && !insideList ? coordinated(after: firm, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) : [] {
            relate(other.entity, .locatedIn, .entity(place.entity), cue: place.tokens.lowerBound..<other.tokens.upperBound, sentence: k,
                   rule: "rule:place-possessive.list", confidence: 0.55)
        }
    }

    /// `X, which is Russia's main producer of drones`, `X, that was China's largest lender`: a relative
    /// clause that ranks the firm before it in the place.
    private func possessiveAfterFirm(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var j = place.tokens.upperBound + 1, found = false
        while j < end, j - place.tokens.upperBound <= 4, tokens[j].kind == .word, !tokens[j].isNameLike {
            if DescriptorCues.isHead(tokens[j].key) { found = true; break }
            j += 1
        }
        var b = place.tokens.lowerBound - 1
        guard found, b - 3 >= lo, ["is", "was", "remains", "becomes", "became"].contains(tokens[b].key) else { return }
        b -= 1
        guard ["which", "that"].contains(tokens[b].key), tokens[b - 1].key == "," else { return }
        b -= 1
        guard let firm = slots[k].last(where: { $0.tokens.upperBound == b }), isFirm(firm.entity), !firm.anaphor else { return }
        relate(firm.entity, .locatedIn, .entity(place.entity), cue: firm.tokens.lowerBound..<(j + 1), sentence: k,
               rule: "rule:place-possessive.relative", confidence: 0.6)
    }

    /// `Arm, the Cambridge, England-based chip designer`: every place of the chain before
    /// `-based`, for the firm named after it or before it in apposition.
    private func placeBased(_ last: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        let i = last.tokens.upperBound
        guard i + 1 < end, tokens[i].text == "-", PlaceCues.hyphenSeat.contains(tokens[i + 1].key) else { return }
        var chain = [last]
        while let at = slots[k].firstIndex(where: { $0.tokens == chain[0].tokens }), at > 0 {
            let prev = slots[k][at - 1]
            guard type(prev.entity) == .location, keys(ordered(prev.tokens.upperBound, chain[0].tokens.lowerBound)) == [","] else { break }
            chain.insert(prev, at: 0)
        }
        let head = chain[0].tokens.lowerBound
        // `the Amsterdam-based company said`: a bare noun of firms, no name after it.
        let bareNoun = i + 2 < end && Self.companyAnaphors.contains(tokens[i + 2].key) && (i + 3 >= end || !tokens[i + 3].isNameLike)
            && !slots[k].contains(where: { $0.tokens.contains(i + 2) })
        var firm: Slot? = bareNoun ? nil : slotStarting(at: i + 2, sentence: k, types: [.company], skip: 3)
        if firm == nil, head >= 2 {
            // `X, the … -based company`
            var j = head - 1
            while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) { j -= 1 }
            if tokens[j].key == "," { firm = slots[k].last { $0.tokens.upperBound == j && isFirm($0.entity) } }
            // `X is a Shenzhen-based maker`: the subject of the copula.
            else if ["is", "was", "remains", "est", "etait", "reste"].contains(tokens[j].key) { firm = slots[k].last { $0.tokens.upperBound == j && isFirm($0.entity) && !$0.anaphor } }
        }
        // Otherwise the bare noun stands for the firm the sentence is about, unless a preposition
        // makes it a complement (`a stake in the Lisbon-based firm` is another firm).
        if firm == nil, bareNoun, head > sentences[k].tokens.lowerBound, Self.definiteDeterminers.contains(tokens[head - 1].key),
           !(head - 2 >= sentences[k].tokens.lowerBound && Self.complementMarkers.contains(tokens[head - 2].key)) {
            firm = sentenceSubjectFirm(before: head, sentence: k)
        }
        // `their California-based company, X`: the noun stands before the name it introduces.
        if let f = firm, f.anaphor, let named = apposedName(after: f, sentence: k) { firm = named }
        if firm == nil, bareNoun, let named = apposedName(endingAt: i + 3, sentence: k) { firm = named }
        guard let f = firm, isFirm(f.entity) else { return }
        for p in chain {
            relate(f.entity, .locatedIn, .entity(p.entity), cue: head..<(i + 2), sentence: k, rule: "rule:x-based.chain", confidence: 0.7)
        }
    }

    /// The first firm named as a subject before token `i` in the sentence, else the firm the text is about.
    private func sentenceSubjectFirm(before i: Int, sentence k: Int) -> Slot? {
        if let sl = slots[k].first(where: { $0.tokens.upperBound <= i && !$0.anaphor && isFirm($0.entity) && !drafts[$0.entity].isMedia && !isComplement($0, sentence: k) }) { return sl }
        guard let e = salientAt[k], isFirm(e) else { return nil }
        return Slot(entity: e, tokens: i..<i, anaphor: true)
    }

    /// `le groupe de Redmond`, `la société de Shenzhen`, `the company from Austin`: an anaphor
    /// for the firm with its home town.
    private func anaphorFromPlace(_ a: Slot, sentence k: Int) {
        let i = a.tokens.upperBound
        guard Self.companyAnaphors.contains(tokens[i - 1].key), i + 1 < sentences[k].tokens.upperBound, ["de", "d'", "from"].contains(tokens[i].key),
              let place = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && type($0.entity) == .location }),
              drafts[place.entity].properties["kind"] != .string("country") else { return }
        relate(a.entity, .locatedIn, .entity(place.entity), cue: a.tokens.lowerBound..<place.tokens.upperBound, sentence: k,
               rule: "rule:anaphor-from-place", confidence: 0.6)
    }

    /// `from Turkish carrier X, Kazakhstan's Air Astana and …`: a place's possessive that names the next
    /// firm of a list is that firm's (`rule:place-possessive`), not an apposition of the firm before it
    /// (the pair rule `MGX, Abu Dhabi's AI investment vehicle` reading is withdrawn).
    private func withdrawListedPossessivePlaces() {
        relations.removeAll { r in
            guard r.predicate == .locatedIn, r.evidence.extractor == "rule:apposition.place-possessive" else { return false }
            let comma = tokenIndex(atScalar: r.evidence.span.start)
            let k = sentenceIndex(ofToken: comma)
            guard let place = slots[k].first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 2 && type($0.entity) == .location }),
                  place.tokens.upperBound + 1 < sentences[k].tokens.upperBound, tokens[place.tokens.upperBound].key == "'s" else { return false }
            return slots[k].contains { $0.tokens.lowerBound == place.tokens.upperBound + 1 && [.company, .organization].contains(type($0.entity)) }
        }
    }
}
