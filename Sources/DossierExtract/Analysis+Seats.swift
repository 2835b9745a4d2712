import DossierModel

/// More ways news gives a firm's seat or field of operation: `X and Y, both based in Z`,
/// `X (Paris)`, `Samsung of South Korea`, `present in 30 countries including A and B`,
/// `X, qui conçoit à Grenoble des processeurs`.
enum SeatCues {
    static let participles: Set<String> = ["based", "headquartered", "located", "registered", "incorporated", "basee", "basees", "bases", "base", "etablies", "etablis",
                                           "implantees", "implantes", "installees", "installes", "situees", "situes", "domiciliees", "domicilies"]
    static let quantifiers: Set<String> = ["both", "all", "tous", "toutes", "deux", "trois", "three"]
    static let prepositions: Set<String> = ["in", "a", "en", "au", "aux", "dans"]
    static let areaNouns: Set<String> = ["countries", "pays", "markets", "marches", "nations", "states", "etats", "cities", "villes", "regions", "continents"]
    static let operationWords: Set<String> = ["operates", "operate", "operating", "present", "presente", "presence", "active", "actif", "offices", "bureaux", "operations",
                                              "activites", "opere", "operent", "implante", "implantee", "serves", "sells", "vend", "customers", "clients", "employees", "salaries", "sites", "facilities"]
    static let seatNouns: Set<String> = ["headquarters", "hq", "siege", "head", "headquarter"]
    /// Branches a firm opens or keeps in a place (`a ouvert un bureau de vente à X`, `opened an office in Y`).
    static let branchNouns: Set<String> = ["bureau", "bureaux", "office", "offices", "succursale", "succursales", "branch", "branches", "agence", "agences",
                                           "antenne", "representation", "filiale", "filiales", "subsidiary", "subsidiaries"]
    static let openVerbs: Set<String> = ["opened", "opens", "open", "opening", "ouvert", "ouvre", "ouvrira", "ouvrir", "inaugure", "established", "etabli", "set", "launched", "cree", "created", "ouverture", "implantation"]
    /// Participles that tie plural firms to a place before their examples (`companies operating in Russia, including X`).
    static let pluralSeatWords: Set<String> = ["operating", "based", "active", "registered", "located", "headquartered", "incorporated", "operant", "actives", "actifs",
                                               "basees", "bases", "etablies", "etablis", "implantees", "implantes", "installees", "installes", "enregistrees", "immatriculees"]
    /// What a firm moves to a place (`moved most of its staff to Shenzhen`) besides its seat.
    static let movedNouns: Set<String> = ["staff", "operations", "activites", "employees", "salaries", "equipes", "teams", "workforce", "effectifs"]
    static let moveVerbs: Set<String> = ["moved", "moving", "moves", "relocated", "relocating", "relocates", "transferred", "transfers", "transfere", "transferer", "transferera",
                                         "demenage", "demenager", "deplace", "deplacer", "shifted", "shifting"]
    static let holdVerbs: Set<String> = ["has", "have", "had", "a", "avait", "keeps", "kept", "garde", "conserve", "established", "etabli", "opened", "ouvert", "installe", "set", "maintains", "maintient"]
    static let operateVerbs: Set<String> = ["exploitent", "operate", "run", "own", "possedent", "gerent", "manage", "have", "ont", "disposent", "build", "construisent"]
    /// Verbs of a firm's own work that, in a relative clause, place it (`qui conçoit à Grenoble`, `which makes chips in Taiwan`).
    static let workVerbs: Set<String> = ["concoit", "developpe", "fabrique", "produit", "assemble", "emploie", "designs", "develops", "makes", "manufactures",
                                         "produces", "assembles", "employs", "builds", "construit"]
}

extension Analysis {
    func collectSeatClauses() {
        for k in sentences.indices where !skip[k] {
            for sl in slots[k] where !sl.anaphor && type(sl.entity) == .organization && !isGovernmentBody(sl.entity) {
                bodyInPlace(sl, sentence: k)
            }
            for sl in slots[k] where !sl.anaphor && isFirm(sl.entity) {
                placeInParentheses(after: sl, sentence: k)
                seatAfterComma(after: sl, sentence: k)
                placeOfWithoutComma(after: sl, sentence: k)
                placeOfWork(after: sl, sentence: k)
            }
            for sl in slots[k] where type(sl.entity) == .location {
                bothBasedIn(sl, sentence: k)
                countriesIncluding(sl, sentence: k)
                seatNounBefore(sl, sentence: k)
                branchOpened(sl, sentence: k)
                firmNounInPlaceNamed(sl, sentence: k)
                pluralFirmsInPlace(sl, sentence: k)
                coordinatedOperators(sl, sentence: k)
            }
        }
    }

    /// `ASML and NXP Semiconductors, both based in the Netherlands`, `X et Y, toutes deux basées à Paris`.
    private func bothBasedIn(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var i = place.tokens.lowerBound - 1
        while i > lo, ["la", "le", "l'", "les", "the"].contains(tokens[i].key) { i -= 1 }
        guard i - 2 > lo, SeatCues.prepositions.contains(tokens[i].key), SeatCues.participles.contains(tokens[i - 1].key) else { return }
        var c = i - 2, sawQuantifier = false
        while c > lo, i - c <= 5, tokens[c].key != "," {
            guard SeatCues.quantifiers.contains(tokens[c].key) else { return }
            sawQuantifier = true; c -= 1
        }
        // (`les fintechs A, B et C, basées à Moscou`: a French plural participle agrees with the whole list.)
        let pluralParticiple = language == "fr" && SeatCues.participles.contains(tokens[i - 1].key) && tokens[i - 1].key.hasSuffix("s")
        guard sawQuantifier || pluralParticiple, tokens[c].key == ",", let firms = firmList(endingAt: c, sentence: k), firms.count >= 2 || sawQuantifier, let first = firms.last else { return }
        let places = [place.entity] + chainedPlaces(after: place.entity, sentence: k)
        for f in firms { for p in places {
            relate(f.entity, .locatedIn, .entity(p), cue: first.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:both-based-in", confidence: 0.7)
        } }
    }

    /// `Mistral AI (Paris)`, `Northvolt (Stockholm, Sweden)`: a bracket holding only places.
    private func placeInParentheses(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        // `Albemarle Corporation's (NYSE:ALB) (Charlotte, North Carolina) announcement`: a possessive and a ticker or
        // acronym in brackets may come first.
        if i < end, tokens[i].key == "'s" { i += 1 }
        if i + 3 < end, tokens[i].key == "(", let close = (i + 1..<min(end, i + 6)).first(where: { tokens[$0].key == ")" }),
           close + 1 < end, tokens[close + 1].key == "(" { i = close + 1 }
        guard i + 2 < end, tokens[i].key == "(" else { return }
        i += 1
        // `Velnor (ex-Korvant Gaz)`, `X (formerly Y)`: a former name, not a place.
        if ["ex", "ex-", "formerly", "anciennement", "former"].contains(tokens[i].key) || tokens[i].key.hasPrefix("ex-") { return }
        var places: [Int] = []
        while i < end, let p = slots[k].first(where: { $0.tokens.lowerBound == i && type($0.entity) == .location }) {
            places.append(p.entity)
            i = p.tokens.upperBound
            if i < end, tokens[i].key == "," { i += 1 }
        }
        guard !places.isEmpty, i < end, tokens[i].key == ")" else { return }
        for p in places { relate(x.entity, .locatedIn, .entity(p), cue: x.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:place-in-parentheses", confidence: 0.6) }
    }

    /// `Velmar Aluminium (VMA), Dubai, United Arab Emirates, and Corland Metals Co., Chicago, have agreed …`: a press
    /// release gives each party's seat after its name, a town and perhaps its region or country, between commas.
    /// (A second town after the first is a list of places, `X, Paris, Londres, Berlin`, not a seat.)
    private func seatAfterComma(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        if i + 2 < end, tokens[i].key == "(", tokens[i + 1].isAllCaps, tokens[i + 2].key == ")" { i += 3 }
        func place(at j: Int) -> (slot: Slot, kind: String)? {
            guard let p = slots[k].first(where: { $0.tokens.lowerBound == j && type($0.entity) == .location }),
                  let (len, id) = lex.places.longestMatch(tokens, at: j, limit: end), j + len == p.tokens.upperBound else { return nil }
            return (p, lex.entries[id].kind)
        }
        guard i + 1 < end, tokens[i].key == ",", let town = place(at: i + 1), town.kind == "city" else { return }
        var seat = [town.slot]
        var j = town.slot.tokens.upperBound
        if j + 1 < end, tokens[j].key == ",", let region = place(at: j + 1) {
            guard region.kind != "city" else { return }
            seat.append(region.slot)
            j = region.slot.tokens.upperBound
        }
        guard j < end, tokens[j].key == "," else { return }
        for p in seat { relate(x.entity, .locatedIn, .entity(p.entity), cue: x.tokens.lowerBound..<j, sentence: k, rule: "rule:seat-after-comma", confidence: 0.6) }
    }

    /// `Samsung Electronics of South Korea`, `ASML of the Netherlands`: a firm's origin after `of`.
    private func placeOfWithoutComma(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        guard i + 1 < end, tokens[i].key == "of" else { return }
        i += 1
        if tokens[i].key == "the" { i += 1 }
        guard let place = slots[k].first(where: { $0.tokens.lowerBound == i && type($0.entity) == .location }) else { return }
        // `X of Texas's grid`, `X of Singapore Airlines`: the place belongs to something else.
        let after = place.tokens.upperBound
        if after < end, tokens[after].key == "'s" || tokens[after].isNameLike { return }
        relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<after, sentence: k, rule: "rule:firm-of-place", confidence: 0.55)
        // `X of Rosemount, Minnesota`: the region after the town too.
        for q in chainedPlaces(after: place.entity, sentence: k) {
            relate(x.entity, .locatedIn, .entity(q), cue: x.tokens.lowerBound..<after, sentence: k, rule: "rule:firm-of-place.chain", confidence: 0.5)
        }
    }

    /// `La start-up X, qui conçoit à Grenoble des processeurs`, `X, which makes chips in Taiwan`: a relative
    /// clause of the firm's own work, with the place within three words of the verb and no site described.
    private func placeOfWork(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        if i < end, tokens[i].key == "," { i += 1 }
        guard i + 2 < end, ["qui", "which", "that"].contains(tokens[i].key), SeatCues.workVerbs.contains(tokens[i + 1].key) else { return }
        for j in (i + 2)..<min(end, i + 6) where SeatCues.prepositions.contains(tokens[j].key) {
            guard let place = slots[k].first(where: { $0.tokens.lowerBound == j + 1 && type($0.entity) == .location }) else { continue }
            if ((i + 2)..<j).contains(where: { t in tokens[t].kind != .word || slots[k].contains(where: { $0.tokens.contains(t) }) }) { return }
            let next = ordered(place.tokens.upperBound, min(end, place.tokens.upperBound + 6))
            if slots[k].contains(where: { type($0.entity) == .facility && next.contains($0.tokens.lowerBound) }) { return }
            relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:relative-work-in-place", confidence: 0.5)
            return
        }
    }

    /// `X operates in 30 countries, including France and Germany`, `présent dans 12 pays, dont le Maroc`:
    /// the example places of a firm's area of operation (the list's other places follow by conjunction).
    private func countriesIncluding(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var i = place.tokens.lowerBound - 1
        while i > lo, ["la", "le", "l'", "les", "the"].contains(tokens[i].key) { i -= 1 }
        let openerAt = NationalityCues.exampleOpeners.compactMap { p -> Int? in
            let at = i - p.count + 1
            return phrase(p, at: at, sentence: k) ? at : nil
        }.min()
        guard let o = openerAt else { return }
        let lead = ordered(max(lo, o - 14), o)
        guard let area = lead.last(where: { SeatCues.areaNouns.contains(tokens[$0].key) }), o - area <= 2,
              let verb = lead.last(where: { $0 < area && SeatCues.operationWords.contains(tokens[$0].key) }),
              !(verb..<o).contains(where: { [".", ";"].contains(tokens[$0].key) || tokens[$0].key == "," && $0 != o - 1 }),
              let firm = clauseSubject(before: verb, sentence: k, types: [.company], window: 14), isFirm(firm.entity) else { return }
        relate(firm.entity, .locatedIn, .entity(place.entity), cue: verb..<place.tokens.upperBound, sentence: k, rule: "rule:countries-including", confidence: 0.5)
    }

    /// `X, dont le siège est lui aussi à Marseille`, `X's headquarters in Austin`, `le siège de X à Lyon`,
    /// `X has its headquarters in Y`, `X had moved most of its staff to Shenzhen`: a seat noun tied to the
    /// firm, then the place. A former seat (`ancien siège`, `former headquarters`) says nothing.
    private func seatNounBefore(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var p = place.tokens.lowerBound - 1
        while p > lo, ["la", "le", "l'", "les", "the"].contains(tokens[p].key) { p -= 1 }
        // `son siège de Zoug`: `de` right after the seat noun gives its town.
        guard p > lo, ["in", "at", "a", "en", "au", "aux", "dans", "to", "vers"].contains(tokens[p].key)
                || ["de", "d'"].contains(tokens[p].key) && SeatCues.seatNouns.contains(tokens[p - 1].key)
                    && !(place.tokens.upperBound < sentences[k].tokens.upperBound && ["a", "au", "vers"].contains(tokens[place.tokens.upperBound].key)) else { return }
        let window = ordered(max(lo, p - 8), p)
        guard let n = window.last(where: { SeatCues.seatNouns.contains(tokens[$0].key) || SeatCues.movedNouns.contains(tokens[$0].key) }),
              !keys(ordered(max(lo, n - 3), n)).contains(where: { ["former", "old", "ancien", "ex", "previous", "precedent"].contains($0) }) else { return }
        let seat = SeatCues.seatNouns.contains(tokens[n].key) && (tokens[n].key != "head" || n + 1 < p && ["office", "offices"].contains(tokens[n + 1].key))
        var firm: Slot? = nil
        // `le siège de X à Lyon`, `the headquarters of X in Austin`
        if seat, n + 2 < p, tokens[n + 1].isOf,
           let f = slotStarting(at: n + 2, sentence: k, types: [.company], skip: 0), f.tokens.upperBound == p {
            firm = f
        }
        // `moved its headquarters from Zug to Lugano`: the former town between is skipped; the seat is the new one.
        let source = n + 2 < p && ["from", "de", "d'", "du"].contains(tokens[n + 1].key) && ["to", "a", "au", "vers"].contains(tokens[p].key)
            ? slots[k].first { $0.tokens.lowerBound == n + 2 && $0.tokens.upperBound == p && type($0.entity) == .location } : nil
        let gapOK = source != nil || !(n + 1..<p).contains { j in tokens[j].kind != .word || slots[k].contains { $0.tokens.contains(j) } }
        if firm == nil, seat, gapOK {
            var b = n - 1
            while b > lo, ["le", "la", "son", "sa", "social", "new", "nouveau", "nouvel", "main", "principal", "global", "european", "europeen"].contains(tokens[b].key) { b -= 1 }
            if ["dont", "whose"].contains(tokens[b].key) {
                // `X, dont le siège est … à`, `X, whose headquarters are in`
                let c = tokens[b - 1].key == "," ? b - 1 : b
                firm = slots[k].last { $0.tokens.upperBound == c && !$0.anaphor && isFirm($0.entity) }
            } else if tokens[b].key == "'s" {
                firm = slots[k].last { $0.tokens.upperBound == b && isFirm($0.entity) }
            }
        }
        // `X has its headquarters in Y`, `X a transféré son siège à Y`, `X moved its staff to Y`.
        if firm == nil, gapOK, let poss = (max(lo, n - 4)..<n).last(where: { Self.possessives.contains(tokens[$0].key) }) {
            let verbs = seat ? SeatCues.moveVerbs.union(SeatCues.holdVerbs) : SeatCues.moveVerbs
            if let v = (max(lo, poss - 4)..<poss).last(where: { verbs.contains(tokens[$0].key) }),
               let f = clauseSubject(before: v, sentence: k, types: [.company], window: 12) { firm = f }
        }
        // `Depuis son siège de Zoug, la société X a annoncé`, `From its headquarters in Zug, X said`: the subject after the fronted phrase.
        if firm == nil, seat, gapOK, n - 1 >= lo, Self.possessives.contains(tokens[n - 1].key), place.tokens.upperBound < sentences[k].tokens.upperBound,
           tokens[place.tokens.upperBound].key == ",",
           let f = slots[k].first(where: { $0.tokens.lowerBound > place.tokens.upperBound && $0.tokens.lowerBound <= place.tokens.upperBound + 4 && isFirm($0.entity) }),
           (place.tokens.upperBound + 1..<f.tokens.lowerBound).allSatisfy({ Self.articles.contains(tokens[$0].key) || Vocabulary.companyHeads.contains(tokens[$0].key) }) {
            firm = f
        }
        guard let f = firm, isFirm(f.entity) else { return }
        relate(f.entity, .locatedIn, .entity(place.entity), cue: min(f.tokens.lowerBound, n)..<place.tokens.upperBound, sentence: k, rule: "rule:seat-noun", confidence: 0.65)
        for q in chainedPlaces(after: place.entity, sentence: k) {
            relate(f.entity, .locatedIn, .entity(q), cue: min(f.tokens.lowerBound, n)..<place.tokens.upperBound, sentence: k, rule: "rule:seat-noun.chain", confidence: 0.6)
        }
    }

    /// `Orange Côte d'Ivoire et MTN exploitent déjà des centres de données à Abidjan`, `X and Y run data
    /// centres in Z`: plural sites are no described facility, so each firm of the subject list operates there.
    private func coordinatedOperators(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var p = place.tokens.lowerBound - 1
        while p > lo, ["la", "le", "l'", "les", "the"].contains(tokens[p].key) { p -= 1 }
        guard p > lo, ["in", "a", "en", "au", "aux", "dans", "across"].contains(tokens[p].key) else { return }
        let lead = ordered(max(lo, p - 8), p)
        guard let n = lead.last(where: { j in lex.facilityNouns.longestMatch(tokens, at: j, limit: p).map { $0.value.plural } == true }),
              let v = (max(lo, n - 4)..<n).last(where: { SeatCues.operateVerbs.contains(tokens[$0].key) }),
              !(v..<p).contains(where: { [",", ";", "."].contains(tokens[$0].key) }) else { return }
        var e = v - 1
        if e > lo, ["deja", "already", "also", "aussi", "both", "tous", "toutes", "each"].contains(tokens[e].key) { e -= 1 }
        guard let firms = firmList(endingAt: e + 1, sentence: k), let first = firms.last else { return }
        for f in firms {
            relate(f.entity, .locatedIn, .entity(place.entity), cue: first.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:coordinated-operators", confidence: 0.5)
        }
    }

    /// The coordinated firms (`X, Y and Z`) whose last name ends at token `end`, last first; nil unless two or more.
    private func firmList(endingAt end: Int, sentence k: Int) -> [Slot]? {
        guard var cur = slots[k].last(where: { $0.tokens.upperBound == end && !$0.anaphor }), isFirm(cur.entity) else { return nil }
        var firms = [cur]
        for sl in slots[k].reversed() where sl.tokens.upperBound <= cur.tokens.lowerBound && !sl.anaphor {
            let gap = keys(ordered(sl.tokens.upperBound, cur.tokens.lowerBound))
            guard joinsList(gap, descriptors: false), isFirm(sl.entity) else { break }
            firms.append(sl); cur = sl
        }
        return firms.count >= 2 ? firms : nil
    }

    /// `a scholar with the American Enterprise Institute in Washington`, `l'Institut X à Genève`: a think tank,
    /// association or university followed by its town (a public body gets no LOCATED_IN).
    private func bodyInPlace(_ body: Slot, sentence k: Int) {
        var i = body.tokens.upperBound
        // `the International Institute for Strategic Studies (IISS) in London`: past the acronym.
        if i < sentences[k].tokens.upperBound, tokens[i].key == "(", let close = (i..<min(sentences[k].tokens.upperBound, i + 4)).first(where: { tokens[$0].key == ")" }) { i = close + 1 }
        guard i + 1 < sentences[k].tokens.upperBound, ["in", "a"].contains(tokens[i].key),
              let place = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && type($0.entity) == .location && !$0.anaphor }),
              drafts[place.entity].strength >= 2 || drafts[place.entity].properties["kind"] != nil,
              // `in Washington, D.C.`, `in Paris.`: the place ends the phrase (not `in Paris Saint-Germain`).
              place.tokens.upperBound >= sentences[k].tokens.upperBound || !tokens[place.tokens.upperBound].isNameLike else { return }
        relate(body.entity, .locatedIn, .entity(place.entity), cue: body.tokens.lowerBound..<place.tokens.upperBound, sentence: k, rule: "rule:body-in-place", confidence: 0.5)
    }

    /// `X a ouvert un bureau de vente à Novossibirsk, en Sibérie`, `X opened an office in Dubai`: a branch
    /// is a place of the firm (the annotation rules), not a described facility.
    private func branchOpened(_ place: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var p = place.tokens.lowerBound - 1
        while p > lo, ["la", "le", "l'", "les", "the"].contains(tokens[p].key) { p -= 1 }
        guard p > lo, ["in", "a", "en", "au", "aux", "dans"].contains(tokens[p].key),
              let n = (max(lo, p - 5)..<p).last(where: { SeatCues.branchNouns.contains(tokens[$0].key) }),
              !((n + 1)..<p).contains(where: { tokens[$0].kind != .word || tokens[$0].isNameLike }) else { return }
        // `un bureau`, `son nouveau bureau`, `an office`, `its first office`: then the verb of opening.
        var d = n - 1
        while d > lo, n - d <= 3, ["new", "first", "nouveau", "nouvel", "nouvelle", "premier", "premiere", "regional", "european", "europeen"].contains(tokens[d].key) { d -= 1 }
        guard d > lo, ["un", "une", "des", "a", "an", "its", "son", "sa", "ses", "their", "leur", "leurs"].contains(tokens[d].key),
              let v = (max(lo, d - 2)..<d).last(where: { SeatCues.openVerbs.contains(tokens[$0].key) }) else { return }
        // `X, un spécialiste …, a ouvert`: after an apposition closed by a comma the subject opens the sentence.
        var aux = v - 1
        while aux > lo, ["a", "has", "have", "had", "avait", "va", "will", "also", "aussi", "recently", "recemment"].contains(tokens[aux].key) { aux -= 1 }
        var firm: Slot? = nil
        if tokens[aux].key == ",", let first = slots[k].first(where: { !$0.anaphor && isFirm($0.entity) && !isComplement($0, sentence: k) }),
           first.tokens.upperBound < sentences[k].tokens.upperBound, tokens[first.tokens.upperBound].key == "," {
            firm = first
        } else {
            firm = clauseSubject(before: aux + 1, sentence: k, types: [.company], window: 10)
        }
        guard let f = firm, isFirm(f.entity) else { return }
        relate(f.entity, .locatedIn, .entity(place.entity), cue: v..<place.tokens.upperBound, sentence: k, rule: "rule:branch-opened", confidence: 0.55)
        for q in chainedPlaces(after: place.entity, sentence: k) {
            relate(f.entity, .locatedIn, .entity(q), cue: v..<place.tokens.upperBound, sentence: k, rule: "rule:branch-opened.chain", confidence: 0.5)
        }
    }

    /// The preposition before a place (after its article), with two words before it for a firm noun and
    /// its participle (`entreprises basées en`, `société basée à`).
    private func seatPreposition(before place: Slot, sentence k: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound
        var p = place.tokens.lowerBound - 1
        while p > lo, ["la", "le", "l'", "les", "the"].contains(tokens[p].key) { p -= 1 }
        return p - 2 >= lo && SeatCues.prepositions.contains(tokens[p].key) ? p : nil
    }

    /// `une autre société basée à Dubaï, X, accusée de …`, `des entreprises basées en Chine, A et B`: a firm
    /// noun placed, then its name (or, plural, its names) right after a comma.
    private func firmNounInPlaceNamed(_ place: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let p = seatPreposition(before: place, sentence: k), SeatCues.participles.contains(tokens[p - 1].key),
              case let plural = NationalityCues.pluralFirmNouns.contains(tokens[p - 2].key), plural || Vocabulary.companyHeads.contains(tokens[p - 2].key),
              place.tokens.upperBound + 1 < end, tokens[place.tokens.upperBound].key == ",",
              let first = slots[k].first(where: { $0.tokens.lowerBound == place.tokens.upperBound + 1 && isFirm($0.entity) && !$0.anaphor }) else { return }
        for firm in [first] + (plural ? coordinated(after: first, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) : []) {
            relate(firm.entity, .locatedIn, .entity(place.entity), cue: (p - 2)..<first.tokens.upperBound, sentence: k, rule: "rule:firm-noun-in-place.named", confidence: 0.55)
        }
    }

    /// `companies operating in Russia's mining industry, including X and Y`, `des entreprises basées en
    /// Chine, dont X`: each example of plural firms tied to a place.
    private func pluralFirmsInPlace(_ place: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let p = seatPreposition(before: place, sentence: k), SeatCues.pluralSeatWords.contains(tokens[p - 1].key),
              NationalityCues.pluralFirmNouns.contains(tokens[p - 2].key) else { return }
        // The examples follow within a few words (`'s virtual currency mining industry, including`).
        var i = place.tokens.upperBound
        while i < end, i - place.tokens.upperBound <= 8 {
            if let opener = matchPhrase(NationalityCues.exampleOpeners, at: i, sentence: k) {
                guard let first = slotStarting(at: i + opener.count, sentence: k, types: [.company], skip: 2), isFirm(first.entity), !first.anaphor else { return }
                for firm in [first] + coordinated(after: first, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
                    relate(firm.entity, .locatedIn, .entity(place.entity), cue: (p - 2)..<first.tokens.upperBound, sentence: k, rule: "rule:plural-firms-in-place", confidence: 0.55)
                }
                return
            }
            let t = tokens[i]
            if [".", ";"].contains(t.key) || t.isNameLike || slots[k].contains(where: { $0.tokens.lowerBound == i }) { return }
            i += 1
        }
    }
}
