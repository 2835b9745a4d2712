import DossierModel

extension Analysis {
    /// Facility nouns too vague to describe a site alone (`installation`, `site`, `complexe`).
    static let vagueFacilityNouns: Set<String> = ["installation", "installations", "complexe", "complexes", "reserve", "reserves",
                                                   "atelier", "ateliers", "site", "sites", "hub", "hubs", "fab", "fabs", "mine", "mines",
                                                   "reacteur", "reacteurs", "reactor", "reactors", "unit", "units", "works", "terminal",
                                                   "carriere", "complex", "centrale", "centrales", "park", "parc", "port", "ports", "field",
                                                   "office", "offices", "headquarters", "siege", "lab", "labs", "laboratoire", "warehouse",
                                                   "entrepot", "pipeline", "gisement", "deposit", "airport", "aeroport", "plant", "usine", "farm", "farms", "ferme", "fermes"]
    /// Nouns after which a facility noun is a modifier, not a site (`data-centre revenue`).
    static let qualifiedNouns: Set<String> = Set("""
    chip chips gpu gpus processor processors business businesses market markets revenue revenues sales segment demand
    operator operators developer developers industry sector customers customer clients products equipment space boom
    buildout spending investment investments deal deals firm firms company companies giant provider providers unit division
    workloads servers cooling consumption needs expansion portfolio assets arm platform fund funds venture ventures
    design designs blueprint blueprints
    strategy capacity operations footprint purchase purchases sale acquisition pipeline landlord landlords reit reits stocks stock shares player players owner owners
    proprietaire proprietaires exploitant exploitants subsidiary subsidiaries filiale filiales affiliate activites activite specialist specialiste
    goods produce exports imports subsidies bill lobby belt prices incomes income workers labor labour
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Nouns that take up a facility already described (`l'établissement`, `the facility`).
    static let facilityAnaphors: Set<String> = ["etablissement", "site", "installation", "facility", "plant", "usine", "campus", "centre", "center", "complexe", "complex", "projet", "project"]
    static let indefinite: Set<String> = ["un", "une", "a", "an", "new", "nouveau", "nouvel", "nouvelle", "its", "sa", "son", "leur", "their", "his", "her", "first", "premier", "premiere", "second", "largest", "biggest", "plus"]

    /// Trade words news capitalises inside a common noun (`a Bitcoin mine`, `a Bitcoin mining facility`).
    static let capitalizedTradeWords: Set<String> = ["bitcoin", "ethereum"]

    /// One Facility per site the text describes: a singular facility noun with an owner or a
    /// place; `ce centre de données` / `the facility` take up the last one of that kind.
    func collectFacilities() {
        retypeSiteTowns()
        var latest: [String: Int] = [:]
        var last: Int? = nil
        /// The last site whose noun had this word (`campus` → the data-centre campus, not the plant named since).
        var lastByWord: [String: Int] = [:]
        for (k, s) in sentences.enumerated() where !skip[k] {
            if let f = last { placeByOpeningParticiple(site: f, sentence: k) }
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                // `AI campus`, `GPU cluster`: an acronym may open a facility noun of several words.
                guard let (len, matched) = lex.facilityNouns.longestMatch(tokens, at: i, limit: s.tokens.upperBound),
                      !tokens[i].isCapitalized || i == s.tokens.lowerBound || (i + 1 < s.tokens.upperBound && (tokens[i + 1].key == "of" || Self.servedAreaAdjectives.contains(tokens[i + 1].key)) && siteTown(noun: i..<(i + len), kind: matched.kind, sentence: k) != nil) || ((tokens[i].isAllCaps || Self.capitalizedTradeWords.contains(tokens[i].key)) && len >= 2 && !slots[k].contains(where: { $0.tokens.contains(i) }) && !(tokens[i - 1].isNameLike && ValueReader.capacityUnits[tokens[i - 1].key] == nil)) else {
                    if Self.facilityAnaphors.contains(tokens[i].key), i > s.tokens.lowerBound,
                       ["l'", "le", "la", "the", "ce", "cet", "cette", "this"].contains(tokens[i - 1].key), let f = last,
                       !(i + 1 < s.tokens.upperBound && ["de", "d'", "of"].contains(tokens[i + 1].key) && lex.facilityNouns.longestMatch(tokens, at: i, limit: s.tokens.upperBound) != nil) {
                        addMention(entity: f, tokens: (i - 1)..<(i + 1), sentence: k, rule: "coref:facility", confidence: 0.55, anaphor: true)
                    } else if Self.phaseNouns.contains(tokens[i].key), let f = last, hasCapacity(noun: i..<(i + 1), sentence: k),
                              !slots[k].contains(where: { type($0.entity) == .facility }) {
                        // `Une première tranche de 100 MW`, `the first 40 MW phase`: a phase of the last site
                        // carries its capacity.
                        addMention(entity: f, tokens: i..<(i + 1), sentence: k, rule: "coref:facility.phase", confidence: 0.5, anaphor: true)
                    }
                    i += 1; continue
                }
                var r = i..<(i + len)
                var noun = matched
                // `an AI data center campus`, `a mining facility site`: an English facility noun before another
                // one modifies it; the two words describe one site.
                if language == "en", let (more, head) = lex.facilityNouns.longestMatch(tokens, at: r.upperBound, limit: s.tokens.upperBound),
                   !tokens[r.upperBound].isCapitalized, head.language == "en" {
                    r = r.lowerBound..<(r.upperBound + more)
                    noun = Lexicons.FacilityNoun(kind: noun.kind, plural: head.plural, language: "en", lemma: noun.lemma + " " + head.lemma)
                }
                i = r.upperBound
                let nounKey = keys(r).joined(separator: " ")
                // `fabriqué par Bitmain`, `les puces fabriquées en Chine`: a participle that folds to a site noun
                // (`fabrique`) is no site; no one-word site noun ends in `é`, and none stands right before `par`.
                if noun.language == "fr", len == 1, isParticiple(tokens[r.lowerBound]) || (r.upperBound < s.tokens.upperBound && tokens[r.upperBound].key == "par") { continue }
                // `la société ferme son usine`: a bare `ferme` is the noun (a mining farm) only after a determiner or an adjective;
                // so is `fabrique` (`A Tanger, X fabrique des tuyaux` is the verb, `la fabrique de X` the site).
                if ["ferme", "fermes", "fabrique"].contains(nounKey), !(r.lowerBound > s.tokens.lowerBound && Self.nounDeterminers.contains(tokens[r.lowerBound - 1].key)) { continue }
                // `the south pole of the moon`: a French noun written without its accent in English text is an English word.
                if language == "en", noun.language == "fr", text(r).lowercased() != noun.lemma.lowercased(), fold(text(r)) == fold(noun.lemma) { continue }
                // `mine`, `site`: a word both languages share is named in the text's own language.
                if language == "en", noun.language == "fr", text(r).lowercased() == noun.lemma.lowercased() {
                    noun = Lexicons.FacilityNoun(kind: noun.kind, plural: noun.plural, language: "en", lemma: noun.lemma)
                }
                // `dont le siège social se trouve à Paris`, `whose headquarters are in Y`: a seat clause places the firm; it describes no building.
                if noun.kind == "HEADQUARTERS", r.lowerBound - 2 >= s.tokens.lowerBound,
                   tokens[r.lowerBound - 1].key == "whose" || (tokens[r.lowerBound - 2].key == "dont" && ["le", "son"].contains(tokens[r.lowerBound - 1].key)) { continue }
                // A free or special economic zone is a territory that holds sites, not a site.
                if Self.areaNouns.contains(fold(noun.lemma)) { continue }
                // `le parc industriel`, `a business park`: an estate that holds sites, not one site.
                if ["parc", "park"].contains(nounKey), isEstate(noun: r, sentence: k) { continue }
                // `les activités de centres de données de X`, `spécialiste des centres de données`: a line of business.
                // `l'opérateur néerlandais de centres de données X`: a nationality may stand between.
                if r.lowerBound - 2 >= s.tokens.lowerBound, ["de", "des", "d'", "du"].contains(tokens[r.lowerBound - 1].key) {
                    var h = r.lowerBound - 2
                    while h > s.tokens.lowerBound, isDemonym(tokens[h].key) { h -= 1 }
                    if Self.businessHeads.contains(tokens[h].key) { continue }
                }
                // (`homologue de l'Eau et des mines Samou Adambi`: a name right after a plural noun that enumerates
                // nothing is no site's; its list is read above.)
                let named = namedSite(noun: r, kind: noun.kind, sentence: k).flatMap { noun.plural && $0.tokens.lowerBound == r.upperBound ? nil : $0 }
                let town = siteTown(noun: r, kind: noun.kind, sentence: k)
                let prevKey = r.lowerBound > s.tokens.lowerBound ? tokens[r.lowerBound - 1].key : ""
                // `the Boden site`, `le site`: a definite article before the noun or before the place that modifies it.
                let modifier = slots[k].last { $0.tokens.upperBound == r.lowerBound && type($0.entity) == .location }
                var articleAt = (modifier?.tokens.lowerBound ?? r.lowerBound) - 1
                // `its Kazakh facility`: a nationality between a possessive and a generic noun names no other site.
                while articleAt > s.tokens.lowerBound, lex.demonyms[tokens[articleAt].key] != nil { articleAt -= 1 }
                let possessiveGeneric = articleAt >= s.tokens.lowerBound && Self.possessives.contains(tokens[articleAt].key) && Self.genericSiteNouns.contains(nounKey)
                    && placeAfter(noun: r, sentence: k) == nil && !hasCapacity(noun: r, sentence: k)
                // `the Paraguayan facility`, `ce nouveau site`: the article may stand before a nationality or `new`.
                // `the 150 MW site`: a capacity may stand between too.
                while articleAt > s.tokens.lowerBound, Self.sameSiteAdjectives.contains(tokens[articleAt].key) || lex.demonyms[tokens[articleAt].key] != nil
                        || (tokens[articleAt].kind == .number && articleAt + 1 < r.lowerBound && ValueReader.capacityUnits[tokens[articleAt + 1].key] != nil)
                        || (ValueReader.capacityUnits[tokens[articleAt].key] != nil && tokens[articleAt - 1].kind == .number) { articleAt -= 1 }
                let isDefinite = articleAt >= s.tokens.lowerBound && (Self.definiteDeterminers.contains(tokens[articleAt].key) || ["du", "au"].contains(tokens[articleAt].key))
                // `the site`, `l'installation`, `the facility`: a generic noun after a definite article takes up the
                // last site described, whatever its kind; `the plant`, `l'usine` the last one of their kind.
                if !noun.plural, named == nil, isDefinite || possessiveGeneric,
                   let f = Self.genericSiteNouns.contains(nounKey) ? (Self.bareSiteNouns.contains(nounKey) ? last : lastByWord[nounKey] ?? last) : (len == 1 && Self.vagueFacilityNouns.contains(nounKey) ? latest[noun.kind] : nil),
                   !(r.upperBound < s.tokens.upperBound && ["de", "d'", "of"].contains(tokens[r.upperBound].key) && placeAfter(noun: r, sentence: k) != nil) {
                    addMention(entity: f, tokens: (r.lowerBound - 1)..<r.upperBound, sentence: k, rule: "coref:facility.generic", confidence: 0.55, anaphor: true)
                    adoptOwner(f, noun: r, sentence: k)
                    last = f
                    continue
                }
                // `its Hallett Creek site, a 240 MW mining facility near X`: an apposition describes the site just named.
                if !noun.plural, named == nil, let f = appositionSite(noun: r, sentence: k) {
                    addMention(entity: f, tokens: r, sentence: k, rule: "coref:facility.apposition", confidence: 0.6, anaphor: true)
                    if let p = facilityPlace(noun: r, sentence: k) {
                        for q in allPlaces(noun: r, sentence: k, primary: p) { relate(f, .locatedIn, .entity(q), cue: r, sentence: k, rule: "rule:facility.place", confidence: 0.65) }
                    }
                    last = f
                    continue
                }
                // `Kupol, the Izhevsk plant`, `l'usine d'Ulyanovsk du constructeur X`, `the plant in Y, owned by X`,
                // `l'usine de X près de Leipzig`: a definite site whose firm is named beside it.
                // `le site lyonnais de X`: a home-town or national adjective places the site as well.
                let firmBeside = isDefinite && named == nil && !noun.plural && (modifier != nil || placeAfter(noun: r, sentence: k) != nil || nationalPlace(noun: r, sentence: k) != nil || firmRightAfter(noun: r, sentence: k) != nil)
                    ? ownerAfterPlace(noun: r, sentence: k) ?? appositionFirm(before: articleAt, sentence: k) ?? participleAgent(noun: r, sentence: k, participles: Self.holderParticiples) ?? firmRightAfter(noun: r, sentence: k)
                        ?? demonymBeforeFirm(noun: r, sentence: k).flatMap { firmRightAfter(noun: r.lowerBound..<($0 + 1), sentence: k) } : nil
                // (`la mine d'or de Sadilo au Mali`: a weak name right after a site named from its ground is the site's own.)
                let besideOwner = firmBeside.flatMap { b in
                    Self.placeNamedKinds.contains(noun.kind) && drafts[b].strength <= 1 && !looksLikeFirm(b) && firmRightAfter(noun: r, sentence: k) == b ? nil : b }
                let ordinal = Self.siteOrdinals.contains(prevKey)
                // `les mines Agbaou et Ity en Côte d'Ivoire, Karma au Burkina Faso`: each site the noun enumerates.
                if noun.plural, let listed = enumeratedSites(noun: r, kind: noun.kind, sentence: k),
                   let f = addEnumeratedSites(listed, noun: r, lemma: noun.lemma, kind: noun.kind, sentence: k) {
                    latest[noun.kind] = f; last = f
                    continue
                }
                // `les sites de Lyon et de Nantes`, `its plants in Ohio and Texas`: one site in each place.
                // (`ses campus`: a noun in -s or -x has one form for both numbers; `sitesInTwoPlaces` checks the plural determiner.)
                if noun.plural || nounKey.hasSuffix("s") || nounKey.hasSuffix("x"), named == nil, let places = sitesInTwoPlaces(noun: r, sentence: k),
                   let o = facilityOwner(noun: r, kind: noun.kind, sentence: k) ?? salientAt[k] {
                    for p in places {
                        let name = facilityName(noun: r, lemma: noun.lemma, language: noun.language, owner: o, place: p)
                        var draft = facilityDraft(name: name, kind: noun.kind, owner: o)
                        draft.placedByList = true
                        let f = addEntity(draft)
                        addMention(entity: f, tokens: r, sentence: k, rule: "rule:facility-noun.each-place", confidence: 0.6)
                        relate(o, .operates, .entity(f), cue: r, sentence: k, rule: "rule:facility.owner", confidence: 0.65)
                        relate(f, .locatedIn, .entity(p), cue: r, sentence: k, rule: "rule:facility.place", confidence: 0.7)
                        if let m = modifier { relate(f, .locatedIn, .entity(m.entity), cue: r, sentence: k, rule: "rule:facility.place", confidence: 0.65) }
                        latest[noun.kind] = f; last = f
                    }
                    continue
                }
                // `deux mines d'or …, à savoir Boungou et Wahgnion`, `two plants, namely A and B`: each name is a site of its own.
                if noun.plural, named == nil, let listed = namedSitesListed(after: r, sentence: k), listed.count >= 2 {
                    for n in listed {
                        let own = text(n.tokens)
                        let primary = noun.language == "fr" ? "\(noun.lemma) de \(own)" : "\(own) \(noun.lemma)"
                        drafts[n.entity].suppressed = true
                        let f = addEntity(facilityDraft(name: (primary, [own]), kind: noun.kind, owner: nil))
                        addMention(entity: f, tokens: n.tokens, sentence: k, rule: "rule:facility-noun.named-list", confidence: 0.6)
                        latest[noun.kind] = f; last = f
                    }
                    continue
                }
                if noun.plural && named == nil {
                    // `l'un des plus grands centres de minage`, `one of the largest data centers`: one site.
                    let lead = keys(max(s.tokens.lowerBound, r.lowerBound - 6)..<r.lowerBound).joined(separator: " ")
                    if !(lead.contains("un des") || lead.contains("une des") || lead.contains("one of") || counted(noun: r, sentence: k) || relativeBuilder(noun: r, sentence: k) != nil
                         || isFirmsSitesInPlace(noun: r, kind: noun.kind, sentence: k)) { continue }
                }
                // `a 100 MW expansion`, `l'extension de 12 MW`: growth is a site of its own only with a capacity.
                if noun.kind == "EXPANSION", !hasCapacity(noun: r, sentence: k) { continue }
                // A vague noun (`plant`, `usine`, `fab`) describes a site only with its firm and a place, a capacity or a
                // rank (`Talmar's plant in Ohio`, `sa deuxième usine`, `a new 2 GW plant`).
                if len == 1 && Self.vagueFacilityNouns.contains(nounKey) && !(noun.kind == "DATA_CENTER") && named == nil && besideOwner == nil && town == nil
                    && !ownerlessSite(noun: r, sentence: k) {
                    // `X, une société dont l'installation de Y …`: the relative's firm owns the site, as with a possessive.
                    let relativeOwned = isDefinite && articleAt > s.tokens.lowerBound && ["dont", "whose"].contains(tokens[articleAt - 1].key)
                    // `its Ekibastuz farm`, `its Ohio plant`: a possessive before the place that modifies the noun.
                    let ownedInPlace = modifier != nil && articleAt >= s.tokens.lowerBound && Self.possessives.contains(tokens[articleAt].key)
                    // `X said the new plant in Gary would open in 2026`: a definite new site the text has not described yet.
                    let newInPlace = isDefinite && latest[noun.kind] == nil && Self.newSingleSiteAdjectives.contains(prevKey) && placeAfter(noun: r, sentence: k) != nil
                    guard Self.ownedVagueNouns.contains(nounKey), !isDefinite || newInPlace || relativeOwned, !tokens[r.lowerBound - (r.lowerBound > s.tokens.lowerBound ? 1 : 0)].isCapitalized || ValueReader.capacityUnits[prevKey] != nil || ownedInPlace || nationalPlace(noun: r, sentence: k) != nil,
                          let o = facilityOwner(noun: r, kind: noun.kind, sentence: k), drafts[o].strength >= 2 || Self.possessives.contains(prevKey) || ownedInPlace || relativeOwned || runsByVerb(o, noun: r, sentence: k)
                              || (ordinal && !isDefinite && facilityPlace(noun: r, sentence: k) != nil)
                              // `a site run by X in Texas`: the agent of a participle after the noun.
                              || participleAgent(noun: r, sentence: k) == o,
                          ordinal || facilityPlace(noun: r, sentence: k) != nil || hasCapacity(noun: r, sentence: k) || isConverted(noun: r, sentence: k)
                          || nationalPlace(noun: r, sentence: k) != nil else { continue }
                }
                // `data-centre revenue`, `data center chips`: the noun only qualifies another one.
                if r.upperBound < s.tokens.upperBound, Self.qualifiedNouns.contains(tokens[r.upperBound].key) { continue }
                let prev = r.lowerBound > s.tokens.lowerBound ? tokens[r.lowerBound - 1].key : ""
                // `a loan facility`, `the newly secured debt facility`: money lent, not a site.
                if ["loan", "credit", "pret", "financing", "debt", "revolving", "lending", "bridge", "liquidity", "funding", "borrowing"].contains(prev) { continue }
                // `la région ne compte pas de centre de données`, `no data center`: a site that does not exist.
                if prev == "no" || (["de", "d'"].contains(prev) && r.lowerBound - 2 >= s.tokens.lowerBound && ["pas", "jamais", "aucun"].contains(tokens[r.lowerBound - 2].key)) { continue }
                // `sur le site d'une ancienne base aérienne`, `a former steel plant`: the ground's past use.
                // `transformer son ancienne mine de X en …`, `turn its former mine in X into …`: the firm's own site, converted.
                if ["ancienne", "ancien", "former", "defunct", "desaffectee", "desaffecte"].contains(prev), !isConverted(noun: r, sentence: k) { continue }
                // `qu'elle fabrique pour Nvidia`: after a subject pronoun the word is a verb.
                // `Pellerin y fabrique des puces`: after a clitic the word is a verb too.
                // `Ardent, qui fabrique des refroidisseurs`: after a relative pronoun too.
                if Self.subjectPronouns.contains(prev) || ["y", "ne", "n'", "qui"].contains(prev) { continue }
                // `convert its mining facility in Boden into a data center`, `transformer son site en
                // centre de données`: the new use names the same site.
                if let f = convertedSite(noun: r, sentence: k) {
                    addMention(entity: f, tokens: r, sentence: k, rule: "coref:facility.converted", confidence: 0.6, anaphor: true)
                    continue
                }
                // `le site sera le plus grand campus d'IA d'Europe`: a superlative takes up the site of that
                // kind already described and places it (`the largest X in Y`).
                if !noun.plural, let f = latest[noun.kind], named == nil, isSuperlative(before: r, sentence: k) {
                    addMention(entity: f, tokens: r, sentence: k, rule: "coref:facility.superlative", confidence: 0.55, anaphor: true)
                    if let p = placeAfter(noun: r, sentence: k) { relate(f, .locatedIn, .entity(p), cue: r, sentence: k, rule: "rule:facility.place", confidence: 0.6) }
                    last = f
                    continue
                }
                let definite = ["le", "la", "l'", "the", "ce", "cet", "cette", "this", "that", "ces"].contains(prev)
                // (`la mine d'or de Yaramoko` after other mines: a named site is its own.)
                if definite, besideOwner == nil, named == nil, town == nil, let f = latest[noun.kind] {
                    addMention(entity: f, tokens: (r.lowerBound - 1)..<r.upperBound, sentence: k, rule: "coref:facility", confidence: 0.6, anaphor: true)
                    nameLater(f, noun: r, sentence: k)
                    adoptOwner(f, noun: r, sentence: k)
                    // `La centrale hydroélectrique de X est prévue à Tiassalé`: the sentence about the site places it
                    // (only as its subject: `À titre de comparaison, la méga-usine Tesla … près de Berlin` is another site).
                    if r.lowerBound - 1 == s.tokens.lowerBound, let p = facilityPlace(noun: r, sentence: k) {
                        relate(f, .locatedIn, .entity(p), cue: r, sentence: k, rule: "rule:facility.place-taken-up", confidence: 0.55)
                    }
                    last = f
                    continue
                }
                // `une centrale hydroélectrique en Côte d'Ivoire … La centrale hydroélectrique de Malibo est prévue …`: the one
                // site of its kind so far, described without a name, is named now (after others of its kind it would be its own).
                if definite, besideOwner == nil, !noun.plural, let n = named, weak(n), n.tokens.lowerBound == r.upperBound + 1, let f = latest[noun.kind], !drafts[f].properName, !firstWrittenWithAName(f),
                   drafts.indices.filter({ drafts[$0].type == .facility && drafts[$0].properties["kind"] == .string(noun.kind) && !drafts[$0].suppressed }).count == 1 {
                    addMention(entity: f, tokens: (r.lowerBound - 1)..<r.upperBound, sentence: k, rule: "coref:facility.named-later", confidence: 0.55, anaphor: true)
                    nameLater(f, noun: r, sentence: k)
                    last = f
                    continue
                }
                var owner = besideOwner ?? facilityOwner(noun: r, kind: noun.kind, sentence: k)
                // A name already read as another site's own name (`the Corrin gas plant`) runs nothing.
                if let o = owner, drafts[o].suppressed { owner = nil }
                // `near the Itaipu dam`, `à quelques kilomètres de la centrale`: a landmark takes neither the
                // firm nor the place of the site beside it.
                // (A port named by its town is run by its authority, which the text names apart: like a landmark, it takes
                // no firm of the sentence, which runs a terminal in it.)
                let landmark = town != nil || Self.infrastructureKinds.contains(noun.kind) && isLandmark(noun: r, sentence: k)
                let place = town?.entity ?? (landmark ? placeAfter(noun: r, sentence: k) : facilityPlace(noun: r, sentence: k) ?? nationalPlace(noun: r, sentence: k))
                // A weakly typed name right before or after the noun names the site itself
                // (`Lake Mariner data center`, `barrage de la Renaissance`, `Vega, a 205 MW campus`).
                var siteName: String? = nil
                if let n = named {
                    // (`Guzar 300-megawatt (MW) solar power plant` is named `Guzar solar power plant`; the capacity is its own fact.)
                    let between = ordered(n.tokens.upperBound, r.lowerBound).filter { !isCapacityWord(tokens[$0]) && !["(", ")"].contains(tokens[$0].text) }
                    siteName = n.tokens.lowerBound < r.lowerBound && isSiteApposition(ordered(n.tokens.upperBound, r.lowerBound)) ? text(n.tokens) + " " + text(r)
                        : n.tokens.lowerBound < r.lowerBound ? ([text(n.tokens)] + between.map { tokens[$0].text } + [text(r)]).joined(separator: " ")
                        : Self.namingParticiples.contains(tokens[r.upperBound].key) ? text(r) + " " + text(n.tokens) : text(ordered(r.lowerBound, n.tokens.upperBound))
                    drafts[n.entity].suppressed = true
                    if (owner == n.entity || owner == nil) && !isSupplySource(noun: r, sentence: k) {
                        owner = participleAgent(noun: r, sentence: k) ?? slots[k].last(where: { $0.tokens.upperBound <= min(n.tokens.lowerBound, r.lowerBound) && type($0.entity) == .company && drafts[$0.entity].strength >= 2 && !drafts[$0.entity].isMedia
                        && !isBystanderGap(keys(ordered($0.tokens.upperBound, min(n.tokens.lowerBound, r.lowerBound)))) })?.entity
                            ?? (owner == n.entity ? salientAt[k] : nil)
                    }
                } else if besideOwner == nil, let o = owner, drafts[o].strength <= 1, !looksLikeFirm(o), relativeBuilder(noun: r, sentence: k) == nil, let slot = slots[k].first(where: { $0.entity == o && !(isFirmBeforeItsSitesPlace($0, sentence: k) && !Self.placeNamedKinds.contains(noun.kind)) && ($0.tokens.upperBound == r.lowerBound || (r.upperBound..<(r.upperBound + 3)).contains($0.tokens.lowerBound) && !keys(r.upperBound..<$0.tokens.lowerBound).contains(where: { ["by", "par"].contains($0) }) || (keys(ordered($0.tokens.upperBound, r.lowerBound)).first == "," && r.lowerBound - $0.tokens.upperBound <= 6 && $0.tokens.upperBound + 1 < r.lowerBound && Self.appositionOpeners.contains(tokens[$0.tokens.upperBound + 1].key))) }) {
                    siteName = slot.tokens.upperBound <= r.lowerBound && keys(ordered(slot.tokens.upperBound, r.lowerBound)).first != "," ? text(ordered(slot.tokens.lowerBound, r.upperBound))
                        : (slot.tokens.upperBound <= r.lowerBound ? displayName(o) : text(ordered(r.lowerBound, slot.tokens.upperBound)))
                    drafts[o].suppressed = true
                    owner = participleAgent(noun: r, sentence: k) ?? slots[k].last(where: { $0.tokens.upperBound <= min(slot.tokens.lowerBound, r.lowerBound) && type($0.entity) == .company && drafts[$0.entity].strength >= 2 && !drafts[$0.entity].isMedia })?.entity ?? salientAt[k]
                }
                // `The project, dubbed Stargate, plans a campus`: a weak name given by a naming participle names
                // the project and so its site; it runs nothing.
                if let t = town, named == nil { siteName = text(r.lowerBound..<t.tokens.upperBound) }
                if siteName == nil, besideOwner == nil, let o = owner, drafts[o].strength <= 1,
                   let slot = slots[k].first(where: { $0.entity == o && $0.tokens.upperBound <= r.lowerBound && $0.tokens.lowerBound > s.tokens.lowerBound
                       && Self.namingParticiples.contains(tokens[$0.tokens.lowerBound - 1].key) }) {
                    siteName = text(slot.tokens)
                    drafts[o].suppressed = true
                    owner = salientAt[k] == o ? nil : salientAt[k]
                }
                if landmark { owner = participleAgent(noun: r, sentence: k) }
                guard owner != nil || place != nil || siteName != nil || hasCapacity(noun: r, sentence: k) else { continue }
                // The same firm's site of the same kind, described again, is the same facility.
                if let o = owner, siteName == nil, !noun.plural, !(ordinal && !["first", "premiere", "premier"].contains(prevKey)), let same = drafts.indices.first(where: { drafts[$0].type == .facility && drafts[$0].properties["kind"] == .string(noun.kind) && drafts[$0].properties["owner"] == .int(Int64(o)) && !isPlacedElsewhere($0, than: place) }) {
                    addMention(entity: same, tokens: r, sentence: k, rule: "coref:same-owner-facility", confidence: 0.55, anaphor: true)
                    if let p = place { relate(same, .locatedIn, .entity(p), cue: r, sentence: k, rule: "rule:facility.place", confidence: 0.6) }
                    latest[noun.kind] = same; last = same
                    continue
                }
                var name = facilityName(noun: r, lemma: noun.lemma, language: noun.language, owner: owner, place: place)
                // `a large data-centre project near X was unveiled… Y is developing an AI data center
                // campus`: the firm's site, with no other place, is the ownerless one the lede just described.
                if let o = owner, siteName == nil, !noun.plural, place == nil, !ordinal, let f = latest[noun.kind], f == last,
                   drafts[f].properties["owner"] == nil, drafts[f].properties["landmark"] == nil,
                   let first = drafts[f].mentions.first, (1...2).contains(k - sentenceIndex(ofToken: tokenIndex(atScalar: first.evidence.span.start))) {
                    drafts[f].properties["owner"] = .int(Int64(o))
                    drafts[f].extraAliases += [name.primary] + name.aliases
                    addMention(entity: f, tokens: r, sentence: k, rule: "coref:facility.owner-named", confidence: 0.55, anaphor: true)
                    relate(o, .operates, .entity(f), cue: r, sentence: k, rule: "rule:facility.owner", confidence: 0.6)
                    continue
                }
                // `sa deuxième usine`, `its second fab`: the rank tells the site apart from the firm's others.
                if ordinal, !["new", "nouvelle", "nouvel", "another", "autre"].contains(prevKey) {
                    let rank = text((r.lowerBound - 1)..<r.lowerBound)
                    name = (rank + " " + name.primary, [name.primary] + name.aliases)
                }
                if let n = siteName { name = (n, [name.primary] + name.aliases) }
                var draft = facilityDraft(name: name, kind: noun.kind, owner: owner)
                draft.properName = siteName != nil
                if landmark { draft.properties["landmark"] = .bool(true) }
                if let status = facilityStatus(s) { draft.properties["status"] = .string(status) }
                let f = addEntity(draft)
                addMention(entity: f, tokens: r, sentence: k, rule: "rule:facility-noun", confidence: 0.7)
                for w in keys(r) { lastByWord[w] = f }
                latest[noun.kind] = f
                last = f
                if let o = owner { relate(o, .operates, .entity(f), cue: r, sentence: k, rule: "rule:facility.owner", confidence: 0.7) }
                if let p = place {
                    for q in allPlaces(noun: r, sentence: k, primary: p) { relate(f, .locatedIn, .entity(q), cue: r, sentence: k, rule: "rule:facility.place", confidence: q == p ? 0.75 : 0.65) }
                    // `a data center in Frankfurt and another in Amsterdam`: a second site of the same kind and firm.
                    if !noun.plural, siteName == nil, let (cue, other) = anotherSite(after: r, place: p, sentence: k) {
                        let g = addEntity(facilityDraft(name: facilityName(noun: r, lemma: noun.lemma, language: noun.language, owner: owner, place: other), kind: noun.kind, owner: owner))
                        addMention(entity: g, tokens: cue, sentence: k, rule: "rule:facility-noun.another", confidence: 0.6)
                        if let o = owner { relate(o, .operates, .entity(g), cue: cue, sentence: k, rule: "rule:facility.owner", confidence: 0.65) }
                        relate(g, .locatedIn, .entity(other), cue: cue, sentence: k, rule: "rule:facility.place", confidence: 0.7)
                        latest[noun.kind] = g; last = g
                    }
                }
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// `une centrale hydroélectrique en Côte d'Ivoire … La centrale hydroélectrique de Singrobo-Ahouaty est
    /// prévue à …`: a site described first and named later takes the name (the description stays an alias).
    /// The name is capitalised words after `de` that no entity claims, or that only a weak guess does.
    private func nameLater(_ f: Int, noun r: Range<Int>, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard !drafts[f].properName, !firstWrittenWithAName(f), r.upperBound + 1 < end, tokens[r.upperBound].isOf else { return }
        var j = r.upperBound + 1
        var guesses: [Slot] = []
        while j < end, tokens[j].isCapitalized, tokens[j].kind == .word {
            if let sl = slots[k].first(where: { $0.tokens.contains(j) }) {
                guard weak(sl) else { return }
                if !guesses.contains(where: { $0.entity == sl.entity }) { guesses.append(sl) }
            }
            j += 1
        }
        guard j > r.upperBound + 1, j - r.upperBound <= 4, let old = drafts[f].descriptiveName else { return }
        for g in guesses { drafts[g.entity].suppressed = true }
        drafts[f].descriptiveName = text(r.lowerBound..<j)
        drafts[f].extraAliases.append(old)
        drafts[f].properName = true
    }

    /// Was the site first written `<noun> de <Name>` (`la centrale solaire de Kalomba`)? Then that name, read
    /// as its owner's or its place's, may be its own, and a later name is another site's.
    private func firstWrittenWithAName(_ f: Int) -> Bool {
        guard let first = drafts[f].mentions.first else { return false }
        let end = tokenIndex(atScalar: max(first.evidence.span.start, first.evidence.span.end - 1)) + 1
        return end + 1 < tokens.count && tokens[end].isOf && tokens[end + 1].isCapitalized
    }

    /// A name read only as a weak guess of a firm or a place, with no site kind and no firm's word: one a site may bear.
    func weak(_ slot: Slot) -> Bool {
        !slot.anaphor && drafts[slot.entity].strength <= 1 && [.company, .location].contains(type(slot.entity))
            && !drafts[slot.entity].suppressed && (drafts[slot.entity].properties["kind"] == nil || type(slot.entity) == .location) && !looksLikeFirm(slot.entity)
    }

    /// The weakly read names listed after `namely`, `à savoir` or a colon a few words after a plural site noun.
    private func namedSitesListed(after r: Range<Int>, sentence k: Int) -> [Slot]? {
        let end = sentences[k].tokens.upperBound
        guard let opener = ordered(r.upperBound, min(end, r.upperBound + 10)).first(where: { ["namely", "savoir", ":"].contains(tokens[$0].key) }),
              tokens[opener].key != "savoir" || tokens[opener - 1].key == "a" else { return nil }
        var names: [Slot] = []
        var at = opener + 1
        while let sl = slots[k].first(where: { $0.tokens.lowerBound == at }), weak(sl) {
            names.append(sl)
            at = sl.tokens.upperBound
            guard at < end, [",", "et", "and"].contains(tokens[at].key) else { break }
            at += 1
            if at < end, ["et", "and"].contains(tokens[at].key) { at += 1 }
        }
        return names.isEmpty ? nil : names
    }

    /// `son usine`, `sa nouvelle usine`, `ses deux sites`: a French possessive before the noun, across a few
    /// adjectives or a count.
    private func frenchPossessiveBefore(noun r: Range<Int>, sentence k: Int) -> Bool {
        var at = r.lowerBound - 1
        while at > sentences[k].tokens.lowerBound, r.lowerBound - at <= 3, !Self.possessives.contains(tokens[at].key),
              tokens[at].kind == .number || !tokens[at].isCapitalized && !["de", "d'", "du", "des", "la", "le", "les", "l'", "un", "une"].contains(tokens[at].key) { at -= 1 }
        return at >= sentences[k].tokens.lowerBound && Self.possessives.contains(tokens[at].key)
    }

    /// A name, read only as a weak guess, that names the site next to its noun: right before it
    /// (`Sweetwater hub`, `Cumulus data-centre campus`, `Horizon 1–4 data centers`), right after
    /// it (`centre de données Kalininski`), or behind `de/of` when the text names it nowhere
    /// else (`site de Panther Creek`, `centrale nucléaire de Leningrad`). A mine or a deposit is named after
    /// its ground, so `la mine de Kamoa` names it however often the text repeats the name.
    private func namedSite(noun r: Range<Int>, kind: String, sentence k: Int) -> Slot? {
        let s = sentences[k]
        // `un site baptisé Aurora`, `a campus named Phoenix`: after a naming participle even a known place's
        // name is the site's own.
        func given(_ slot: Slot) -> Bool {
            slot.tokens.lowerBound == r.upperBound + 1 && Self.namingParticiples.contains(tokens[r.upperBound].key) && !slot.anaphor
                && type(slot.entity) == .location && !drafts[slot.entity].suppressed && drafts[slot.entity].mentions.count == 1
        }
        for slot in slots[k] where weak(slot) || given(slot) || onlyNamesSites(slot) {
            if slot.tokens.upperBound <= r.lowerBound {
                let gap = ordered(slot.tokens.upperBound, r.lowerBound)
                if gap.count <= 2, gap.allSatisfy({ tokens[$0].kind == .number || ["-", "–", "—"].contains(tokens[$0].text) }), weak(slot) || given(slot) || gap.isEmpty { return slot }
                // `the Guzar 300-megawatt (MW) solar power plant`: a capacity and the kind of power may stand between.
                if weak(slot), gap.count <= 6, gap.contains(where: { isCapacityWord(tokens[$0]) }),
                   gap.allSatisfy({ isCapacityWord(tokens[$0]) || ["(", ")", "-"].contains(tokens[$0].text) || Self.powerKinds.contains(tokens[$0].key) }) { return slot }
                // `the Caserones copper-molybdenum mine`: what the ground yields may stand between.
                if weak(slot), (1...3).contains(gap.count), gap.allSatisfy({ isCommodity(tokens[$0].key) || tokens[$0].text == "-" }) { return slot }
                // `Velmora, a 500 MW solar plant`, `Rabigh 3, the world's largest desalination plant`: an apposition describes the name.
                if weak(slot), isSiteApposition(gap) { return slot }
            } else if slot.tokens.lowerBound == r.upperBound {
                // (`Le supercalculateur Jean Zay`: an article capitalised by the sentence start is still an article.)
                if tokens[slot.tokens.lowerBound].isCapitalized, r.lowerBound == s.tokens.lowerBound || !tokens[r.lowerBound - 1].isCapitalized
                    || Self.definiteDeterminers.contains(tokens[r.lowerBound - 1].key) { return slot }
            } else if slot.tokens.lowerBound == r.upperBound + 1 && (["de", "d'", "of"].contains(tokens[r.upperBound].key) || Self.namingParticiples.contains(tokens[r.upperBound].key))
                        // `la mine d'or ivoirienne de Tongon`: a nationality may stand between the noun and `de`.
                        || slot.tokens.lowerBound == r.upperBound + 2 && lex.demonyms[tokens[r.upperBound].key] != nil && ["de", "d'"].contains(tokens[r.upperBound + 1].key)
                        // `le gisement d'or de Toega`, `la mine de cuivre de Kolwezi`: what the ground yields, then its name.
                        || slot.tokens.lowerBound == r.upperBound + 3 && ["de", "d'"].contains(tokens[r.upperBound].key) && isCommodity(tokens[r.upperBound + 1].key)
                            && ["de", "d'"].contains(tokens[r.upperBound + 2].key) && ["MINE", "DEPOSIT"].contains(kind),
                      drafts[slot.entity].mentions.count == 1 || (["MINE", "DEPOSIT"].contains(kind) && weak(slot) && type(slot.entity) == .company),
                      !isFirmBeforeItsSitesPlace(slot, sentence: k),
                      // `son usine de Vénissieux`: with its firm given by a possessive, a town the lexicons know
                      // only as a minor place is where the site stands, not its name.
                      !(type(slot.entity) == .location && ["de", "d'"].contains(tokens[r.upperBound].key) && frenchPossessiveBefore(noun: r, sentence: k)) {
                return slot
            }
        }
        return nil
    }

    /// The words between a name and a site noun that describes it in apposition: a comma, an article, then only
    /// lower-case words, numbers and capacities (`, a 500 MW solar`, `, the world's largest`). English only: in French
    /// the noun leads and its name follows (`Linkebeek, le centre de recherche d'Engie` places the centre).
    func isSiteApposition(_ gap: Range<Int>) -> Bool {
        guard language == "en", (2...9).contains(gap.count), tokens[gap.lowerBound].text == ",", ["a", "an", "the"].contains(tokens[gap.lowerBound + 1].key) else { return false }
        return gap.dropFirst(2).allSatisfy { j in
            let t = tokens[j]
            return isCapacityWord(t) || ["'s", "-", "(", ")"].contains(t.key) || t.kind == .word && !t.isCapitalized && !Self.clauseOrLinkWords.contains(t.key)
        }
    }

    /// What a mine or a deposit yields (`copper`, `or`, `copper-molybdenum`).
    func isCommodity(_ key: String) -> Bool {
        key.split(separator: "-").allSatisfy { Self.commodities.contains(String($0)) }
    }

    static let commodities: Set<String> = ["gold", "or", "copper", "cuivre", "lithium", "nickel", "cobalt", "uranium", "iron", "fer", "zinc", "silver", "argent", "graphite",
                                           "potash", "potasse", "coal", "charbon", "bauxite", "diamond", "diamant", "manganese", "molybdenum", "molybdene", "tin", "etain",
                                           "platinum", "platine", "phosphate", "ore", "minerai", "rare", "earth", "earths"]

    static let powerKinds: Set<String> = ["solar", "wind", "hydro", "hydroelectric", "gas", "gas-fired", "coal", "coal-fired", "nuclear", "geothermal", "battery", "photovoltaic",
                                          "solaire", "eolien", "eolienne", "photovoltaique", "geothermique", "nucleaire"]

    /// A number, a capacity unit, or a number joined to its unit (`300-megawatt`, `100MW`).
    private func isCapacityWord(_ t: Token) -> Bool {
        if t.kind == .number || ValueReader.capacityUnits[t.key] != nil { return true }
        guard t.key.first?.isNumber == true else { return false }
        return ValueReader.capacityUnits[String(t.key.drop { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" })] != nil
    }

    /// `le supercalculateur Jean Zay`, `l'usine AP60`, `the Jean Zay supercomputer`: a name read as a person (by its first
    /// name) or a product (by its model code) that the text only ever writes against a site noun is the site's name.
    private func onlyNamesSites(_ slot: Slot) -> Bool {
        guard !slot.anaphor, [.person, .product].contains(type(slot.entity)), !drafts[slot.entity].suppressed else { return false }
        // (`Hugo Berthier siège au conseil`: a verb that folds to a site noun; a seat names no site.)
        func siteNoun(_ t: Int) -> Bool { lex.facilityNouns.value(tokens[t].key).map { $0.kind != "HEADQUARTERS" } ?? false }
        return drafts[slot.entity].mentions.allSatisfy { m in
            let a = tokenIndex(atScalar: m.evidence.span.start), b = tokenIndex(atScalar: max(m.evidence.span.start, m.evidence.span.end - 1)) + 1
            return a > 0 && siteNoun(a - 1) || language == "en" && b < tokens.count && siteNoun(b)
        }
    }

    /// `Enegix, qui exploitait à Ekibastouz une ferme`, `X operates a plant in Y`: a weakly read name is still the
    /// site's firm when a verb of running or building stands between it and the noun, with no other name.
    private func runsByVerb(_ o: Int, noun r: Range<Int>, sentence k: Int) -> Bool {
        guard let slot = slots[k].last(where: { $0.entity == o && $0.tokens.upperBound <= r.lowerBound }), r.lowerBound - slot.tokens.upperBound <= 8,
              !slots[k].contains(where: { $0.tokens.lowerBound >= slot.tokens.upperBound && $0.tokens.upperBound <= r.lowerBound && type($0.entity) != .location }) else { return false }
        return keys(slot.tokens.upperBound..<r.lowerBound).contains { key in
            Self.operatingVerbs.contains(key) || ["exploit", "operat", "construi", "develop"].contains { key.hasPrefix($0) }
        }
    }

    /// `le centre de données de Valcrest à Fos-sur-Mer`, `la gigafactory de X en Lorraine`: a name read as a firm
    /// with the site's place right after it is the site's firm, not its own name (a site named after a place
    /// is not placed again).
    /// Sites that take their names from the ground they stand on (`la mine d'or de Sadilo au Mali`, `le champ d'Avorel
    /// au Gabon`, `le barrage de Kossou`): a weak name after `de` is the site's own even when a place follows.
    static let placeNamedKinds: Set<String> = ["MINE", "DEPOSIT", "HYDRO_PLANT", "NUCLEAR_PLANT", "WIND_FARM", "SOLAR_FARM"]

    func isFirmBeforeItsSitesPlace(_ slot: Slot, sentence k: Int) -> Bool {
        let hi = sentences[k].tokens.upperBound
        let at = slot.tokens.upperBound
        guard type(slot.entity) == .company, at + 1 < hi, slot.tokens.lowerBound > sentences[k].tokens.lowerBound,
              tokens[slot.tokens.lowerBound - 1].isOf,
              ["a", "au", "en", "in", "near", "pres", "dans"].contains(tokens[at].key), tokens[at].key != "a" || tokens[at].isFrenchA else { return false }
        return slots[k].contains { type($0.entity) == .location && $0.tokens.lowerBound > at && $0.tokens.lowerBound <= at + 3 }
    }

    /// `son site de Granbury`, `le site de Grandville, exploité par X`, `le site de Tavrin, au Texas`: the
    /// name after `site de` reads as a news site's (`le site de X` → media) unless the site is a firm's own,
    /// run by an agent or placed in apposition; then the name is the site's town.
    func retypeSiteTowns() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for slot in slots[k] where !slot.anaphor && drafts[slot.entity].isMedia && drafts[slot.entity].mentions.count == 1 && slot.tokens.count <= 2 {
                let at = slot.tokens.lowerBound
                // `un nouveau site à Pecos`, `un site près de Pecos`: no news site stands after these.
                let siteNouns: Set<String> = ["site", "sites"]
                if at - 2 >= s.tokens.lowerBound, siteNouns.contains(tokens[at - 2].key) && ["a", "au", "en", "near", "in", "at"].contains(tokens[at - 1].key)
                    || at - 3 >= s.tokens.lowerBound && siteNouns.contains(tokens[at - 3].key) && keys((at - 2)..<at) == ["pres", "de"] {
                    drafts[slot.entity].type = .location
                    drafts[slot.entity].isMedia = false
                    continue
                }
                guard at - 2 >= s.tokens.lowerBound, siteNouns.contains(tokens[at - 2].key), ["de", "d'"].contains(tokens[at - 1].key) else { continue }
                // `le site de Veridian Hash à Ekibastouz`: the site's place right after the name makes it the site's firm.
                if isFirmBeforeItsSitesPlace(slot, sentence: k) { drafts[slot.entity].isMedia = false; continue }
                let owned = at - 3 >= s.tokens.lowerBound && Self.possessives.contains(tokens[at - 3].key)
                let after = keys(slot.tokens.upperBound..<min(s.tokens.upperBound, slot.tokens.upperBound + 4))
                let run = after.first == "," && after.dropFirst().prefix(2).contains { Self.holderParticiples.contains($0) }
                let placed = after.first == "," && slots[k].contains { $0.tokens.lowerBound > slot.tokens.upperBound && $0.tokens.lowerBound <= slot.tokens.upperBound + 3 && type($0.entity) == .location }
                guard owned || run || placed else { continue }
                drafts[slot.entity].type = .location
                drafts[slot.entity].isMedia = false
            }
        }
    }

    /// `Situé à Kemi, en Finlande, il affiche 40 MW`, `Located in Abilene, Texas, it draws 150 MW`: a sentence that
    /// opens on a participle of place and goes on with a subject pronoun places the site last described.
    func placeByOpeningParticiple(site f: Int, sentence k: Int) {
        let s = sentences[k]
        guard s.tokens.count > 4, Self.situatedParticiples.contains(tokens[s.tokens.lowerBound].key),
              let comma = (s.tokens.lowerBound..<min(s.tokens.upperBound - 1, s.tokens.lowerBound + 12)).last(where: { tokens[$0].text == "," && ["il", "elle", "it"].contains(tokens[$0 + 1].key) }),
              let place = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound > s.tokens.lowerBound && $0.tokens.upperBound <= comma }) else { return }
        addMention(entity: f, tokens: (comma + 1)..<(comma + 2), sentence: k, rule: "coref:facility.pronoun", confidence: 0.5, anaphor: true)
        for p in [place.entity] + chainedPlaces(after: place.entity, sentence: k) {
            relate(f, .locatedIn, .entity(p), cue: s.tokens.lowerBound..<comma, sentence: k, rule: "rule:facility.opening-participle", confidence: 0.6)
        }
    }

    /// `its Norwegian site`, `son site norvégien`: a nationality between a possessive and the noun (or right
    /// after the French noun) is the site's country when the text gives it no other place.
    func nationalPlace(noun r: Range<Int>, sentence k: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound, hi = sentences[k].tokens.upperBound
        let key: String?
        if r.lowerBound - 2 >= lo, Self.possessives.contains(tokens[r.lowerBound - 2].key), isDemonym(tokens[r.lowerBound - 1].key) {
            key = tokens[r.lowerBound - 1].key
        } else if r.lowerBound - 1 >= lo, r.upperBound < hi, Self.possessives.contains(tokens[r.lowerBound - 1].key), isDemonym(tokens[r.upperBound].key) {
            key = tokens[r.upperBound].key
        } else if let d = demonymBeforeFirm(noun: r, sentence: k) {
            key = tokens[d].key
        } else { key = nil }
        return key.flatMap { placeOfDemonym($0) }
    }

    /// `le site lyonnais de X`, `l'usine alsacienne de X`: a definite noun, a home-town or national adjective, then
    /// the firm behind `de` — the adjective's token.
    func demonymBeforeFirm(noun r: Range<Int>, sentence k: Int) -> Int? {
        let d = r.upperBound
        guard r.lowerBound - 1 >= sentences[k].tokens.lowerBound, Self.definiteDeterminers.contains(tokens[r.lowerBound - 1].key),
              d + 2 < sentences[k].tokens.upperBound, isDemonym(tokens[d].key), ["de", "d'", "du"].contains(tokens[d + 1].key),
              firmRightAfter(noun: r.lowerBound..<(d + 1), sentence: k) != nil else { return nil }
        return d
    }

    /// `le port de Lobito`, `the Port of Luanda`, `l'aéroport international de Conakry`: a port or an airport named by
    /// its town is the site itself, whatever its article; the slot of the town.
    func siteTown(noun r: Range<Int>, kind: String, sentence k: Int) -> Slot? {
        guard Self.townNamedKinds.contains(kind), r.count == 1 else { return nil }
        var of = r.upperBound
        if of < sentences[k].tokens.upperBound, Self.servedAreaAdjectives.contains(tokens[of].key) { of += 1 }
        guard of + 1 < sentences[k].tokens.upperBound, ["of", "de", "d'"].contains(tokens[of].key) else { return nil }
        // (`deuxième port d'Angola`: a country names no one port.)
        return slots[k].first { $0.tokens.lowerBound == of + 1 && !$0.anaphor && type($0.entity) == .location && drafts[$0.entity].properties["kind"] != .string("country") }
    }
    static let townNamedKinds: Set<String> = ["PORT", "AIRPORT"]
    /// `l'aéroport international de X`, `the regional airport of Y`.
    static let servedAreaAdjectives: Set<String> = ["international", "internationale", "regional", "regionale", "municipal", "municipale"]

    /// `to be built in Mesa`, `sera construit à Cambrai`: a building participle followed by a place places the site.
    static let placingBuilders: Set<String> = ["built", "construit", "construite", "erected", "edifie", "edifiee"]
    /// Words of a capacity apposition (`d'une puissance de 1,1 GW`, `with a capacity of 300 MW`).
    static let capacityAppositionWords: Set<String> = ["d'", "de", "une", "un", "with", "a", "of", "capacite", "capacity", "puissance", "power", "totale", "total", "installee", "installed", "jusqu'a", "up", "to"]
    /// Participles that place what they describe (`situé à`, `located in`, `sited at`).
    static let situatedParticiples: Set<String> = ["situe", "situee", "situes", "situees", "implante", "implantee", "implantes", "implantees",
                                                   "located", "sited", "situated", "localise", "localisee"]
    /// Nouns of a settlement that stand before `of`/`de` (`the town of Kemi`, `la ville russe de Norilsk`).
    static let townNouns: Set<String> = ["town", "city", "village", "municipality", "county", "township", "borough", "region", "province", "state",
                                         "ville", "port", "republique", "republic", "cite"]

    /// A French word with a participle's ending (`fabriqué`, `située`, `implantés`): never a site noun.
    func isParticiple(_ token: Token) -> Bool {
        let word = token.text.lowercased()
        return ["é", "ée", "és", "ées"].contains { word.hasSuffix($0) }
    }

    /// Participles that bring a site's runner or holder after `par`/`by`.
    static let holderParticiples: Set<String> = builderParticiples.union(["opere", "operee", "gere", "geree", "detenu", "detenue", "possede", "possedee", "owned", "managed"])

    /// `a campus named Horizon`, `un site baptisé Aurore`: the name that follows is the site's.
    static let namingParticiples: Set<String> = ["named", "called", "dubbed", "baptise", "baptisee", "nomme", "nommee", "appele", "appelee", "surnomme", "surnommee"]

    /// `le plus grand campus`, `the largest data center`, `the biggest plant`.
    private func isSuperlative(before r: Range<Int>, sentence k: Int) -> Bool {
        let lead = keys(max(sentences[k].tokens.lowerBound, r.lowerBound - 3)..<r.lowerBound)
        if lead.contains(where: { ["largest", "biggest"].contains($0) }) { return true }
        guard let plus = lead.lastIndex(of: "plus") else { return false }
        return lead[(plus + 1)...].contains { ["grand", "grande", "important", "importante", "vaste"].contains($0) }
    }

    /// The site a conversion verb turns into the facility at `r`: `into/en` right before the noun
    /// (an article allowed), a verb such as `convert`/`transformer` earlier in the sentence, and a
    /// facility already mentioned between them.
    private func convertedSite(noun r: Range<Int>, sentence k: Int) -> Int? {
        let s = sentences[k]
        // `into a 100 MW AI facility`: a capacity and `AI` may stand between `into` and the noun.
        let from = max(s.tokens.lowerBound, r.lowerBound - 6)
        let lead = keys(from..<r.lowerBound)
        guard let into = lead.lastIndex(where: { ["into", "en"].contains($0) }),
              lead.indices.dropFirst(into + 1).allSatisfy({ i in
                  let key = lead[i]
                  return Self.indefinite.contains(key) || ["un", "une", "a", "an", "des", "ai", "ia", "-"].contains(key)
                      || tokens[from + i].kind == .number || ValueReader.capacityUnits[key] != nil
              }) else { return nil }
        let verbAt = keys(s.tokens.lowerBound..<r.lowerBound).lastIndex { key in
            Self.conversionVerbs.contains { key.hasPrefix($0) }
        }
        guard let v = verbAt else { return nil }
        let verbToken = s.tokens.lowerBound + v
        return slots[k].last { $0.tokens.lowerBound > verbToken && $0.tokens.upperBound <= r.lowerBound && type($0.entity) == .facility }?.entity
    }

    /// `two advanced packaging plants`, `trois centres de données`: a counted plural describes sites
    /// the text goes on about (annotated as one facility).
    private func counted(noun r: Range<Int>, sentence k: Int) -> Bool {
        let s = sentences[k]
        var j = r.lowerBound - 1, steps = 0
        while j >= s.tokens.lowerBound, steps < 5 {
            let t = tokens[j]
            // `180 data centers en service`, `les 300 centres de données du pays`: a statistic, not sites described.
            if t.kind == .number && !t.text.contains(",") && !t.text.contains(".") { return (Int(t.text) ?? 10) < 10 }
            if Self.cardinals.contains(t.key) { return true }
            // `dix ans les activités de centres`: a number before an article or `de` counts something else.
            if ["de", "d'", "des", "du", "les", "the", "of", "le", "la"].contains(t.key) { return false }
            guard (t.kind == .word && !t.isCapitalized) || ["-", "–"].contains(t.text) else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// `les sites de Lyon, la capitale régionale, et de Nantes`, `its plants in Ohio and Texas`: a definite or
    /// possessive plural followed by exactly two places joined by `et/and` names one site in each. A place may
    /// modify the noun (`its Texas facilities in Corsicana and Rockdale`).
    private func sitesInTwoPlaces(noun r: Range<Int>, sentence k: Int) -> [Int]? {
        let s = sentences[k]
        let modifier = slots[k].last { $0.tokens.upperBound == r.lowerBound && type($0.entity) == .location }
        let determiner = (modifier?.tokens.lowerBound ?? r.lowerBound) - 1
        // (`ses campus existants en région parisienne et à Marseille`: an adjective may follow the noun.)
        var at = r.upperBound
        if at + 1 < s.tokens.upperBound, tokens[at].kind == .word, !tokens[at].isNameLike, !["de", "d'", "a", "en", "in", "et", "and"].contains(tokens[at].key),
           ["de", "d'", "a", "en", "in"].contains(tokens[at + 1].key) { at += 1 }
        guard determiner >= s.tokens.lowerBound, ["les", "ses", "leurs", "its", "their"].contains(tokens[determiner].key),
              at + 1 < s.tokens.upperBound, ["de", "d'", "a", "en", "in"].contains(tokens[at].key),
              let first = slots[k].first(where: { $0.tokens.lowerBound == at + 1 && type($0.entity) == .location }) else { return nil }
        let joined = slots[k].filter { slot in
            guard type(slot.entity) == .location, slot.tokens.lowerBound > first.tokens.upperBound, slot.tokens.lowerBound - first.tokens.upperBound <= 12 else { return false }
            let lead = keys(max(first.tokens.upperBound, slot.tokens.lowerBound - 2)..<slot.tokens.lowerBound)
            return lead.first.map { ["et", "and"].contains($0) } == true && (lead.count == 1 || ["de", "d'", "a", "au", "en", "in"].contains(lead[1]))
        }
        // A third place (`de Lyon, de Lille et de Nantes`) makes a fleet, not two sites.
        guard joined.count == 1, let second = joined.first, second.entity != first.entity else { return nil }
        let listed = slots[k].contains { slot in
            guard type(slot.entity) == .location, slot.tokens.lowerBound > first.tokens.upperBound, slot.tokens.upperBound <= second.tokens.lowerBound else { return false }
            let lead = keys(max(first.tokens.upperBound, slot.tokens.lowerBound - 2)..<slot.tokens.lowerBound)
            return lead.last == "," || (lead.first == "," && ["de", "d'", "a", "au", "en", "in"].contains(lead.last ?? ""))
        }
        return listed ? nil : [first.entity, second.entity]
    }

    /// `X bought the North Texas wind farm`, `X exploite désormais la centrale`: the firm whose running,
    /// building or buying verb takes up a site that had no firm yet runs it.
    private func adoptOwner(_ f: Int, noun r: Range<Int>, sentence k: Int) {
        guard drafts[f].properties["owner"] == nil, drafts[f].properties["landmark"] == nil,
              let subject = slots[k].first(where: { $0.tokens.upperBound <= r.lowerBound && type($0.entity) == .company && !drafts[$0.entity].isMedia }) else { return }
        let gap = keys(ordered(subject.tokens.upperBound, r.lowerBound))
        guard gap.count <= 6, gap.contains(where: { Self.operatingVerbs.contains($0) || Self.siteBuyingVerbs.contains($0) }),
              !slots[k].contains(where: { $0.tokens.lowerBound >= subject.tokens.upperBound && $0.tokens.upperBound <= r.lowerBound && [.company, .organization].contains(type($0.entity)) })
        else { return }
        drafts[f].properties["owner"] = .int(Int64(subject.entity))
        relate(subject.entity, .operates, .entity(f), cue: r, sentence: k, rule: "rule:facility.owner-adopts", confidence: 0.6)
    }
    static let siteBuyingVerbs: Set<String> = ["bought", "buys", "acquired", "acquires", "purchased", "purchases", "rachete", "racheter", "rachetera", "acquiert", "acquis", "achete", "acheter"]

    /// `Korvant investira dans des centres de données à Madrid`, `X will build new data centers in
    /// Ohio`: an indefinite plural with a firm that runs them and a place describes that firm's sites
    /// there (annotated as one facility); `les centres de données de la région` stays a class of sites.
    private func isFirmsSitesInPlace(noun r: Range<Int>, kind: String, sentence k: Int) -> Bool {
        let s = sentences[k]
        var j = r.lowerBound - 1
        while j > s.tokens.lowerBound, Self.newSiteAdjectives.contains(tokens[j].key) { j -= 1 }
        guard j >= s.tokens.lowerBound, Self.indefinitePlurals.contains(tokens[j].key) || (language == "en" && j < r.lowerBound - 1),
              keys(s.tokens.lowerBound..<r.lowerBound).contains(where: { Self.newSiteVerbs.contains($0) }),
              let p = placeAfter(noun: r, sentence: k), let place = slots[k].first(where: { $0.entity == p && $0.tokens.lowerBound >= r.upperBound }),
              let o = facilityOwner(noun: r, kind: kind, sentence: k), drafts[o].strength >= 2 else { return false }
        // `exploite des centres de données au Québec, au Nouveau-Brunswick et en Suède`: a fleet in several
        // places is where the firm operates, not one site.
        let next = place.tokens.upperBound..<min(s.tokens.upperBound, place.tokens.upperBound + 4)
        return !slots[k].contains { type($0.entity) == .location && next.contains($0.tokens.lowerBound) && keys(ordered(place.tokens.upperBound, $0.tokens.lowerBound)).contains { [",", "et", "and"].contains($0) } }
    }
    /// Verbs and nouns of a firm adding sites (building, developing, investing in, opening them).
    static let newSiteVerbs: Set<String> = ["construire", "construira", "construiront", "batir", "batira", "developper", "developpera", "investir", "investira",
                                            "investissement", "investissements", "implanter", "implantera", "ouvrir", "ouvrira", "build", "builds", "building",
                                            "develop", "develops", "developing", "invest", "invests", "investing", "investment", "open", "opens", "opening"]
    static let newSiteAdjectives: Set<String> = ["new", "nouveaux", "nouvelles", "futurs", "futures", "future", "additional", "supplementaires"]
    static let indefinitePlurals: Set<String> = ["des", "de", "d'"]

    /// `the three fabs that TSMC Arizona is building`, `les centres de données que la société construira`:
    /// the firm of a relative clause whose verb builds or runs the sites.
    func relativeBuilder(noun r: Range<Int>, sentence k: Int) -> Int? {
        let s = sentences[k]
        // `The data center, which X is developing`: a comma may open the clause.
        // `The 200 MW campus in Abilene, which X is developing`: the site's place may stand before the clause.
        var end = placePhraseEnd(after: r, sentence: k)
        // `le centre de données de 300 mégawatts que X construit`: the capacity may stand before the clause.
        if end + 2 < s.tokens.upperBound, ["de", "d'", "of"].contains(tokens[end].key), tokens[end + 1].kind == .number,
           ValueReader.capacityUnits[tokens[end + 2].key] != nil { end += 3 }
        let pronoun = end < s.tokens.upperBound && tokens[end].text == "," ? end + 1 : end
        // `the data center Quillon Cloud is building`: English may leave the pronoun out.
        let bare = language == "en" && pronoun == end && slots[k].contains { $0.tokens.lowerBound == end && isFirm($0.entity) }
        guard pronoun + 1 < s.tokens.upperBound, bare || ["that", "which", "que", "qu'"].contains(tokens[pronoun].key),
              let firm = slots[k].first(where: { bare ? $0.tokens.lowerBound == end : $0.tokens.lowerBound == pronoun + 1 || ($0.tokens.lowerBound == pronoun + 2 && ["la", "le", "l'", "the"].contains(tokens[pronoun + 1].key)) }),
              [.company, .organization].contains(type(firm.entity)), !firm.anaphor, !drafts[firm.entity].isMedia else { return nil }
        var j = firm.tokens.upperBound
        // `TSMC Arizona, its U.S. unit, is building`: an apposition between the firm and its verb.
        if j < s.tokens.upperBound, tokens[j].text == "," {
            var c = j + 1
            while c < s.tokens.upperBound, c - j <= 6, tokens[c].text != "," { c += 1 }
            if c < s.tokens.upperBound, tokens[c].text == "," { j = c + 1 }
        }
        let verbs = keys(ordered(j, min(s.tokens.upperBound, j + 3)))
        return verbs.contains(where: { key in RelationCues.operates.contains(key) || ["construira", "exploitera", "developpera", "construisent", "exploitent", "operera", "bati", "batira", "leases", "leased", "rents", "loue", "louera"].contains(key) }) ? firm.entity : nil
    }

    /// `alimenté par le barrage d'Itaipu`, `powered by a nearby gas plant`: a site that feeds the subject's,
    /// which the subject does not run.
    func isSupplySource(noun r: Range<Int>, sentence k: Int) -> Bool {
        let lead = keys(max(sentences[k].tokens.lowerBound, r.lowerBound - 5)..<r.lowerBound)
            .filter { !["le", "la", "l'", "les", "the", "a", "an", "un", "une", "des", "du", "nearby", "voisin", "voisine", "proche"].contains($0) && !$0.allSatisfy(\.isNumber) }
        guard let by = lead.lastIndex(where: { ["by", "par", "from", "de"].contains($0) }), by > 0 else { return false }
        return ["alimente", "alimentee", "alimentes", "alimentees", "powered", "fed", "supplied", "fourni", "fournie", "electricity", "power", "electricite", "energie"].contains(lead[by - 1])
    }

    static let builderParticiples: Set<String> = ["porte", "portee", "developpe", "developpee", "mene", "menee", "construit", "construite", "exploite", "exploitee",
                                                  "developed", "built", "led", "operated", "run", "backed", "proposed", "propose", "proposee"]

    /// Nouns that take up any kind of site (`the site`, `l'installation`, `the facility`).
    static let genericSiteNouns: Set<String> = ["site", "facility", "installation", "complex", "complexe", "campus"]
    /// Generic nouns so bare that they take up the last site described, whatever words its noun had
    /// (`ce nouveau site` after `un site de minage… un centre de données` is the data centre).
    static let bareSiteNouns: Set<String> = ["site", "facility", "installation"]
    /// `une mine de 20 MW à X`, `a 50 MW plant in Y`: an indefinite site with both its capacity and its
    /// place is described even when the text names no firm for it.
    private func ownerlessSite(noun r: Range<Int>, sentence k: Int) -> Bool {
        guard Self.ownedVagueNouns.contains(tokens[r.lowerBound].key) else { return false }
        var at = r.lowerBound - 1
        while at >= sentences[k].tokens.lowerBound, Self.sizeAdjectives.contains(tokens[at].key) || tokens[at].kind == .number
                || ValueReader.capacityUnits[tokens[at].key] != nil || tokens[at].text == "-" { at -= 1 }
        // `The site, located in Fort Stockton, …` before any other site: the first site described, by its place.
        // (The scan of the drafts comes last: it runs only for this rare shape.)
        let firstPlaced = at >= sentences[k].tokens.lowerBound && ["the", "le", "la", "l'"].contains(tokens[at].key)
            && r.upperBound + 1 < sentences[k].tokens.upperBound && tokens[r.upperBound].key == "," && Self.situatedParticiples.contains(tokens[r.upperBound + 1].key)
            && !drafts.contains { $0.type == .facility }
        guard at >= sentences[k].tokens.lowerBound, ["un", "une", "a", "an"].contains(tokens[at].key) || firstPlaced else { return false }
        if firstPlaced { return placeAfter(noun: r, sentence: k) != nil }
        return hasCapacity(noun: r, sentence: k) && (placeAfter(noun: r, sentence: k) != nil || facilityPlace(noun: r, sentence: k) != nil)
    }
    static let sizeAdjectives: Set<String> = ["new", "nouvelle", "nouvel", "nouveau", "large", "grande", "grand", "vaste", "huge", "immense", "enorme", "giant", "gigantesque", "big"]
    /// Vague nouns that still describe a site when a firm runs it and a place, capacity or rank is given.
    static let ownedVagueNouns: Set<String> = ["plant", "usine", "fab", "fabs", "mine", "site", "installation", "complex", "complexe", "unit", "centrale", "reacteur", "reactor", "farm", "ferme",
                                               "laboratoire", "lab", "atelier", "entrepot", "warehouse", "terminal", "port", "parc", "park"]
    /// Words that make a bare French `ferme` or `fabrique` a noun (`une ferme`, `la fabrique de X`), not the verb or adjective.
    static let nounDeterminers: Set<String> = ["une", "la", "sa", "cette", "leur", "leurs", "ses", "des", "les", "ces", "nouvelle", "grande", "premiere", "deuxieme", "seconde", "troisieme", "future", "vaste", "immense"]
    /// `the new plant in Gary`: adjectives that make a definite site one not described before.
    static let newSingleSiteAdjectives: Set<String> = ["new", "nouvelle", "nouvel", "nouveau", "future", "futur", "planned", "proposed", "prevue", "prevu"]
    /// Ranks and cues that make a site another one of the same firm (`its second fab`, `sa nouvelle usine`).
    static let siteOrdinals: Set<String> = ["first", "second", "third", "fourth", "premiere", "premier", "deuxieme", "troisieme", "quatrieme", "seconde",
                                            "new", "nouvelle", "nouvel", "another", "autre"]

    /// Parts of a site built in steps (`tranche`, `phase`, `bâtiment`).
    static let phaseNouns: Set<String> = ["tranche", "phase", "batiment", "building", "stage", "etape", "hall", "halls", "extension"]

    static let areaNouns: Set<String> = ["free zone", "special economic zone", "zone industrielle", "zone economique speciale", "zone franche"]

    static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "on", "nous", "je", "it", "they", "we"]

    static let cardinals: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]

    /// `a 100 MW data centre`, `une centrale de 1 GW`: a capacity describes one site.
    private func hasCapacity(noun r: Range<Int>, sentence k: Int) -> Bool {
        let s = sentences[k]
        // `une mine d'une capacité de 20 MW`, `a plant with a capacity of 75 MW`, `dont la capacité pourrait
        // atteindre 120 MW`: the capacity noun stretches the window.
        let stated = (r.upperBound..<min(s.tokens.upperBound, r.upperBound + 4)).contains { ["capacite", "capacity", "puissance"].contains(tokens[$0].key) }
        let window = max(s.tokens.lowerBound, r.lowerBound - 3)..<min(s.tokens.upperBound, r.upperBound + (stated ? 9 : 4))
        return window.contains { j in ValueReader.capacityUnits[tokens[j].key] != nil && j > window.lowerBound && tokens[j - 1].kind == .number }
    }

    /// How many tokens of a complement (`de batteries`, `de 12 MW`) follow the noun before a further `de`.
    private func complementAfter(noun r: Range<Int>, sentence k: Int) -> Int {
        let end = sentences[k].tokens.upperBound
        guard r.upperBound + 2 < end, tokens[r.upperBound].key == "de" else { return 0 }
        if tokens[r.upperBound + 1].kind == .number, ValueReader.capacityUnits[tokens[r.upperBound + 2].key] != nil { return 3 }
        let word = tokens[r.upperBound + 1]
        return word.kind == .word && !word.isCapitalized && !Self.articles.contains(word.key) ? 2 : 0
    }

    /// The firm that runs a facility: `de X` right after the noun, `X's`, the agent of `operated by X`,
    /// the subject of the verb that builds or runs it, or the nearest firm named before it in the
    /// sentence (not a media outlet, an investor, a customer or a rival).
    /// `100,000 NVIDIA GPUs`, `Nvidia-powered`: a maker named for the goods a site houses, not its runner.
    private func namesGoodsMaker(_ firm: Slot, sentence k: Int) -> Bool {
        let j = firm.tokens.upperBound, end = sentences[k].tokens.upperBound
        guard j < end else { return false }
        let next = tokens[j].key
        if next == "-", j + 1 < end, ["powered", "designed", "made", "built", "equipped"].contains(tokens[j + 1].key) { return true }
        return Vocabulary.isHead(next, of: Vocabulary.productHeads)
    }

    /// `in collaboration with X`, `en partenariat avec X`.
    private func isNamedPartner(_ firm: Slot, sentence k: Int) -> Bool {
        let lead = keys(max(sentences[k].tokens.lowerBound, firm.tokens.lowerBound - 3)..<firm.tokens.lowerBound)
        return lead.contains { ["collaboration", "partnership", "partenariat", "cooperation"].contains($0) }
    }

    func facilityOwner(noun r: Range<Int>, kind: String, sentence k: Int) -> Int? {
        if let builder = relativeBuilder(noun: r, sentence: k) { return builder }
        // `une centrale de 60 MW construite par X`, `the Bugey plant, operated by X`: an agent named
        // after the noun runs it, even when it feeds another firm's site.
        // `la gigafactory de batteries de X`, `l'extension de 12 MW de X`: a product or a capacity stands
        // between the noun and its firm's `de X`.
        let complement = complementAfter(noun: r, sentence: k)
        let after = slots[k].first { $0.tokens.lowerBound >= r.upperBound && $0.tokens.lowerBound <= r.upperBound + 3 + complement }
        let gapAfter = after.map { a -> [String] in
            let gap = keys(ordered(r.upperBound, a.tokens.lowerBound))
            return complement > 0 && gap.count == complement + 1 && ["de", "d'", "du"].contains(gap[complement]) ? Array(gap.suffix(1)) : gap } ?? []
        // `centrale nucléaire du Bugey`: a weak name behind `de` may name the site; it is read before any agent.
        if let a = after, drafts[a.entity].strength <= 1, [.company, .organization].contains(type(a.entity)), !drafts[a.entity].isMedia,
           ["de", "d'", "du"].contains(gapAfter.first ?? ""), gapAfter.count <= 2 { return a.entity }
        if let agent = participleAgent(noun: r, sentence: k) { return agent }
        if isSupplySource(noun: r, sentence: k) { return nil }
        if let a = after, [.company, .organization].contains(type(a.entity)), !drafts[a.entity].isMedia {
            let gap = gapAfter
            // `son site de Baie-Comeau`: after a possessive, `de X` names the place, not the firm.
            let possessed = r.lowerBound > sentences[k].tokens.lowerBound && Self.possessives.contains(tokens[r.lowerBound - 1].key)
            if let g = gap.first, ["de", "d'", "of", "du", "by", "par"].contains(g), gap.count <= 2, !(possessed && Token.isOfWord(g)) { return a.entity }
            // `un supercalculateur exploité par X`, `a campus operated by X`: the agent of a participle.
            if gap.count <= 3, ["by", "par"].contains(gap.last ?? ""), !gap.contains(where: { Self.nonRunningParticiples.contains($0) }) { return a.entity }
        }
        // A firm behind `with/from/for/avec/auprès de` is a counterpart (supplier, customer, lender),
        // not the one that runs the site.
        // A firm behind `with/avec` still runs the site when no other firm is named before it
        // (`the government signed a memorandum with X to build a data centre`).
        // `developing the Blue Mesa project, a 1 GW campus`: a weak name before `project` names the project, not a firm.
        let firms = slots[k].filter { $0.tokens.upperBound <= r.lowerBound && type($0.entity) == .company && !drafts[$0.entity].isMedia
            && !(drafts[$0.entity].strength <= 1 && $0.tokens.upperBound < sentences[k].tokens.upperBound && ["project", "projet"].contains(tokens[$0.tokens.upperBound].key))
            && !namesGoodsMaker($0, sentence: k) }
        // `avec l'Oman Investment Authority (OIA)`: the firm is a counterpart at every mention.
        let counterparts = Set(slots[k].filter { counterpartCue($0, sentence: k) != nil }.map(\.entity))
        let principal = firms.filter { !counterparts.contains($0.entity) }
        let active = principal.filter { !isBystander($0, sentence: k) && !isAgentOfEarlierSite($0, noun: r, sentence: k) }
        // (`in collaboration with X, the initiative will build…`: a partner named that way does not run the site alone.)
        let before = principal.isEmpty ? firms.filter { ["with", "avec"].contains(counterpartCue($0, sentence: k) ?? "") && !isNamedPartner($0, sentence: k) }
            : (active.isEmpty ? principal : active)
        // `with Nvidia at its data-centre park`, `its New Albany campus`: a possessive right before the
        // noun (or before the place or name that modifies it) is the subject's.
        let modifierStart = slots[k].last { $0.tokens.upperBound == r.lowerBound && $0.tokens.lowerBound < r.lowerBound }?.tokens.lowerBound ?? r.lowerBound
        // `X moved machines to Y's Ohio facility`: the firm of `'s` right before the noun (or
        // before the place that modifies it) runs the site, whoever the sentence is about.
        // `Tessaly's new campus`, `X's planned 200 MW site`: adjectives and a capacity may follow `'s`.
        var possessor = modifierStart - 1
        while possessor > sentences[k].tokens.lowerBound, Self.sameSiteAdjectives.contains(tokens[possessor].key) || tokens[possessor].kind == .number
                || ValueReader.capacityUnits[tokens[possessor].key] != nil { possessor -= 1 }
        if possessor > sentences[k].tokens.lowerBound, tokens[possessor].key == "'s" {
            if let firm = firms.last(where: { $0.tokens.upperBound == possessor }) { return firm.entity }
            // `a rival's facility`, `a customer's site`: someone else's, not the sentence's firm.
            if Self.bystanderCues.contains(tokens[possessor - 1].key) { return nil }
        }
        // `supplies chillers to the X campus`, `shipped machines to a X facility`: a firm's name between an
        // article and the noun names the site's runner, not the supplier that opens the sentence.
        if let firm = firms.last(where: { $0.tokens.upperBound == r.lowerBound && !$0.anaphor }), firm.tokens.lowerBound > sentences[k].tokens.lowerBound,
           ["the", "a", "an", "this"].contains(tokens[firm.tokens.lowerBound - 1].key) { return firm.entity }
        let near = keys(max(sentences[k].tokens.lowerBound, modifierStart - 2)..<modifierStart)
        if near.contains(where: { Self.possessives.contains($0) }) {
            // `signed a PPA with Y for electricity from its wind farm`, `avec Y pour la production de son parc éolien`: the seller's site.
            // (`pour sa ferme`, `for its farm`: the buyer's own site.)
            let source = keys(max(sentences[k].tokens.lowerBound, modifierStart - 6)..<modifierStart)
            if source.count >= 2, ["from", "de", "d'", "du"].contains(source[source.count - 2]),
               source.contains(where: { Self.outputNouns.contains($0) || ["energy", "energie"].contains($0) }),
               let seller = firms.last(where: { counterparts.contains($0.entity) }) { return seller.entity }
            // `signed with Y, which will house machines at its facility`: the antecedent of the relative clause.
            if let antecedent = firms.last, relativeAntecedent(antecedent, sentence: k) { return antecedent.entity }
            // `gravé par X dans son usine`: the agent named just before the possessive owns it.
            if let agent = before.last, agent.tokens.lowerBound > 0, ["par", "by"].contains(tokens[agent.tokens.lowerBound - 1].key),
               modifierStart - agent.tokens.upperBound <= 4 { return agent.entity }
            if let subject = before.first?.entity ?? salientAt[k] { return subject }
        }
        // `a farm at Hernandarias, near the Itaipu dam`: a power plant or dam named as a landmark nearby is not the firm's.
        if Self.infrastructureKinds.contains(kind), isLandmark(noun: r, sentence: k) { return nil }
        // `X will run two halls in Y's data centre, then a second site`: the subject of the verb that
        // runs or builds the site, not a firm named since.
        if let subject = operatingSubject(noun: r, sentence: k, among: before) { return subject }
        // `X, a subsidiary of Y, will open a data center`: a firm inside an apposition to another one is its complement.
        if let b = before.last(where: { !inApposition($0, sentence: k) }) ?? before.last {
            // A firm before a power plant, dam or port is usually its customer, unless it runs or builds it.
            let gap = keys(ordered(b.tokens.upperBound, r.lowerBound))
            // `X will supply GPUs to a supercomputer in Y`, `fournira des GPU pour un supercalculateur`: the site is the customer's.
            if SiteCustomerCues.suppliesSite(gap) { return nil }
            // `X provided a loan to finance the Y plant`, `X is the main customer of the Y campus`, `X buys the output of
            // the Y farm`: a lender, customer, insurer or buyer of the output is no operator unless a verb says it runs the site.
            if isBystanderGap(gap), !gap.contains(where: { Self.operatingVerbs.contains($0) || Self.commissioningWords.contains($0) }) { return nil }
            if !Self.infrastructureKinds.contains(kind) || gap.count <= 1 || gap.contains(where: { Self.operatingVerbs.contains($0) || Self.commissioningWords.contains($0) || Self.siteBuyingVerbs.contains($0) }) { return b.entity }
            return nil
        }
        let lead = keys(max(sentences[k].tokens.lowerBound, r.lowerBound - 3)..<r.lowerBound)
        if lead.contains(where: { Self.possessives.contains($0) }) { return salientAt[k] }
        return nil
    }

    /// Is the firm a complement inside an apposition that follows another firm (`X, a subsidiary of Y,`)?
    private func inApposition(_ slot: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        guard let comma = (max(lo, slot.tokens.lowerBound - 8)..<slot.tokens.lowerBound).last(where: { tokens[$0].key == "," }), comma > lo,
              slots[k].contains(where: { $0.tokens.upperBound == comma && isFirm($0.entity) }),
              (comma + 1..<slot.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && (!tokens[$0].isNameLike || isDemonym(tokens[$0].key)) }),
              tokens[slot.tokens.lowerBound - 1].isOf
                || (comma + 1..<slot.tokens.lowerBound).contains(where: { ["of", "de", "d'", "du", "des"].contains(tokens[$0].key) }) else { return false }
        return true
    }

    /// Words that put the firm after them on the other side of a deal (`a lease with X`, `bought from
    /// X`, `auprès de X`, `de la part de X`) or make it the exchange of a listing (`coté à la Bourse de X`).
    static let counterpartCues: Set<String> = ["with", "from", "for", "to", "avec", "aupres", "pour", "part", "cote", "cotee", "listed", "traded"]

    /// The counterpart cue the firm of `slot` follows (`with`, `from`, `avec`, `auprès de`), an
    /// article or apposition word allowed in between (`avec l'Oman Investment Authority`, `from rival X`).
    func counterpartCue(_ slot: Slot, sentence k: Int) -> String? {
        let lead = keys(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 4)..<slot.tokens.lowerBound)
        for (n, key) in lead.enumerated().reversed() {
            // `In addition to X's plants`: the firm of the sites listed first, no other party of a deal.
            if key == "to", n > 0, lead[n - 1] == "addition" { return nil }
            if Self.counterpartCues.contains(key) { return key }
            if !["l'", "la", "le", "les", "the", "de", "d'", "du", "son", "sa", "its", "rival", "concurrent", "partner", "partenaire", "a", "on"].contains(key) { return nil }
        }
        return nil
    }

    /// The place of a facility: a location named just before the noun or after it behind
    /// `in/en/à/dans/near/de`.
    /// A place given before the noun (`exploite à Bratsk, …, l'un des plus grands centres de Russie`) is
    /// more specific than a `de Russie` after it; both are places of the site.
    private func facilityPlace(noun r: Range<Int>, sentence k: Int) -> Int? {
        let after = placeAfter(noun: r, sentence: k)
        if let a = after, let slot = slots[k].first(where: { $0.entity == a && $0.tokens.lowerBound >= r.upperBound }),
           ["de", "d'", "du"].contains(keys(ordered(r.upperBound, slot.tokens.lowerBound)).last ?? ""), let b = placeBefore(noun: r, sentence: k) { return b }
        return after ?? placeBefore(noun: r, sentence: k) ?? placeHere(noun: r, sentence: k) ?? stateBetweenCommas(noun: r, sentence: k)
    }

    /// `its Rockdale, Texas, facility`, `X's Childress, Texas, site`: a town and its state between commas
    /// modify the possessed noun (the town may be unknown to the gazetteer; the state is the site's place).
    private func stateBetweenCommas(noun r: Range<Int>, sentence k: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound
        guard r.lowerBound - 4 >= lo, tokens[r.lowerBound - 1].key == ",",
              let state = slots[k].last(where: { $0.tokens.upperBound == r.lowerBound - 1 && type($0.entity) == .location }),
              state.tokens.lowerBound - 3 >= lo, tokens[state.tokens.lowerBound - 1].key == ",", tokens[state.tokens.lowerBound - 2].isNameLike else { return nil }
        var i = state.tokens.lowerBound - 2
        while i > lo, tokens[i - 1].isNameLike, state.tokens.lowerBound - i < 5 { i -= 1 }
        guard i > lo, Self.possessives.contains(tokens[i - 1].key) || tokens[i - 1].key == "'s" else { return nil }
        return state.entity
    }

    /// `ABILENE, Texas — … the Stargate campus here`: `here/ici` right after the noun is the
    /// dateline's place (the first words of the article).
    private func placeHere(noun r: Range<Int>, sentence k: Int) -> Int? {
        guard r.upperBound < sentences[k].tokens.upperBound, ["here", "ici"].contains(tokens[r.upperBound].key),
              let first = sentences.indices.first(where: { !skip[$0] }),
              let slot = slots[first].first, type(slot.entity) == .location,
              slot.tokens.lowerBound == sentences[first].tokens.lowerBound else { return nil }
        return slot.entity
    }

    /// Every place of a new site: the chosen one, the other side's, and the places chained to them.
    func allPlaces(noun r: Range<Int>, sentence k: Int, primary: Int) -> [Int] {
        let here = placeHere(noun: r, sentence: k)
        let datelineSentence = here == primary ? sentences.indices.first(where: { !skip[$0] }) ?? k : k
        var out = [primary] + chainedPlaces(after: primary, sentence: datelineSentence)
        let after = placeAfter(noun: r, sentence: k)
        // `a facility near Pecos, Texas, and … a second campus in Ward County`: a place after the
        // noun is the site's own; one further back belongs to it only when the noun's is a `de X`.
        let before = after == primary ? nil : placeBefore(noun: r, sentence: k)
        for p in [after, before].compactMap({ $0 }) where !out.contains(p) {
            out.append(p)
            out += chainedPlaces(after: p, sentence: k).filter { !out.contains($0) }
        }
        return out
    }

    /// Words of a meeting, talks or a court case: the place after them is where people met or pleaded.
    static let venueWords: Set<String> = PlaceCues.eventNouns.union(PlaceCues.speakingWords).union([
        "talks", "discussions", "discussion", "negotiations", "negociations", "pourparlers", "court", "tribunal", "lawsuit", "procedure", "judiciaire",
        "hearing", "dispute", "litige", "proces", "trial"])

    private func placeBefore(noun r: Range<Int>, sentence k: Int) -> Int? {
        // `X exploite à Bratsk, …, l'un des plus grands centres`: a place given before the noun.
        let before = slots[k].filter { type($0.entity) == .location && $0.tokens.upperBound <= r.lowerBound && r.lowerBound - $0.tokens.upperBound <= 15 }
        for slot in before.reversed() {
            let from = max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 2)
            // English `a` is an article; only the French `à` places the site.
            let lead = (from..<slot.tokens.lowerBound).map { tokens[$0].key == "a" && !tokens[$0].isFrenchA ? "" : tokens[$0].key }
            if isSeatOrListing(slot, sentence: k) || inOpeningParticipleOfFirm(slot, sentence: k) { continue }
            // `in talks in Riyadh … about a campus`, `une procédure judiciaire à Marseille concernant sa centrale`: a venue.
            if keys(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 3)..<slot.tokens.lowerBound).contains(where: { Self.venueWords.contains($0) }) { continue }
            if lead.contains(where: { ["a", "in", "en", "near", "pres", "au"].contains($0) }) {
                // `exploite à Boden, en Suède, un centre`: the town the region follows is the site's place.
                if let town = before.last(where: { $0.tokens.upperBound < slot.tokens.lowerBound }), chainedPlaces(after: town.entity, sentence: k).contains(slot.entity) { return town.entity }
                return slot.entity
            }
        }
        return nil
    }

    /// `Stockholm-based`, `based in Tempe`, `basée à Marseille`, `cotée à New York`: a firm's seat or
    /// listing, not a site's place.
    func isSeatOrListing(_ slot: Slot, sentence k: Int) -> Bool {
        let s = sentences[k]
        let next = slot.tokens.upperBound < s.tokens.upperBound ? tokens[slot.tokens.upperBound].key : ""
        let afterNext = slot.tokens.upperBound + 1 < s.tokens.upperBound ? tokens[slot.tokens.upperBound + 1].key : ""
        if next == "based" || (next == "-" && afterNext == "based") { return true }
        let lead = keys(max(s.tokens.lowerBound, slot.tokens.lowerBound - 3)..<slot.tokens.lowerBound)
        // `Founded in Berlin, X runs three data centers`: the firm's birthplace is no site's place.
        return lead.contains { Self.seatWords.contains($0) }
    }
    /// `Implantée à Lannion, …, la société X exploite un centre`: a place in a participle opening the sentence
    /// describes the firm that follows as subject, not the site the firm runs.
    private func inOpeningParticipleOfFirm(_ slot: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        guard Self.situatedParticiples.contains(tokens[lo].key) || ["installee", "installe", "installees", "basee", "base", "basees"].contains(tokens[lo].key),
              let firm = slots[k].first(where: { type($0.entity) == .company }) else { return false }
        return slot.tokens.upperBound <= firm.tokens.lowerBound && keys(slot.tokens.upperBound..<firm.tokens.lowerBound).contains(",")
    }

    static let seatWords: Set<String> = ["based", "basee", "base", "basees", "cotee", "cote", "listed", "headquartered", "siege", "registered", "immatriculee",
                                         "founded", "fondee", "fonde", "creee", "cree", "established"]

    private func placeAfter(noun r: Range<Int>, sentence k: Int) -> Int? {
        for slot in slots[k] where type(slot.entity) == .location {
            if slot.tokens.upperBound == r.lowerBound { return slot.entity }
            // `la mine d'or de Redstone, dans le Nevada`: the place may follow the site's own name or firm.
            let from = slots[k].first { $0.tokens.lowerBound == r.upperBound + 1 && ["de", "d'", "of"].contains(tokens[r.upperBound].key) && type($0.entity) != .location }?.tokens.upperBound ?? r.upperBound
            if slot.tokens.lowerBound >= from && slot.tokens.lowerBound - from <= 18 {
                var gap = keys(ordered(from, slot.tokens.lowerBound))
                // `…, d'une puissance de 1,1 GW, dans l'Ohio`: an apposition of capacity stands between.
                if gap.first == ",", let close = gap.dropFirst().firstIndex(of: ","), gap[1..<close].contains(where: { ValueReader.capacityUnits[$0] != nil }),
                   gap[1..<close].allSatisfy({ ValueReader.capacityUnits[$0] != nil || Self.capacityAppositionWords.contains($0) || $0.first?.isNumber == true }) {
                    gap = Array(gap[(close + 1)...])
                }
                // `le datacenter, développé par X et situé à Bordeaux`: a participle of place in the site's
                // apposition reaches past the comma (and past a longer apposition: `…, d'une capacité de 300 MW, sera implanté à`).
                let situated = gap.lastIndex(where: { Self.situatedParticiples.contains($0) || Self.placingBuilders.contains($0) }).map { gap.count - $0 <= 6 } ?? false
                if gap.count > 12 && !situated { continue }
                // `le centre de données d'Orvalis, basée à Paris`: the firm's seat, not the site's place.
                if gap.contains(where: { Self.seatWords.contains($0) }) { continue }
                // `The 300 MW campus, which X is developing in Ohio,`: a relative clause after the comma is still the site's.
                let relative = gap.count >= 3 && gap[0] == "," && ["which", "that", "qui", "que", "qu'"].contains(gap[1]) && !gap.dropFirst().contains(where: { [",", ";", "."].contains($0) })
                if gap.contains(where: { [",", ";", "."].contains($0) }) && gap.count > 4 && !(situated && !gap.contains(where: { [";", "."].contains($0) })) && !relative { continue }
                // `near the town of Kemi`, `sur la commune de Marcoussis`: the place's own noun stands between.
                let townOf = gap.count >= 2 && gap.last == "of" && Self.townNouns.contains(gap[gap.count - 2])
                // `in northern Chile`, `dans le nord du Chili`: a part of a country or region (not `au nord de Paris`)
                // is still in it.
                let plain = Array(gap.filter { !Self.chainArticles.contains($0) || ["in", "en", "dans", "au"].contains($0) }.suffix(3))
                if plain.count == 3, ["dans", "in", "au"].contains(plain[0]), Self.directionWords.contains(plain[1]), Token.isOfWord(plain[2]) {
                    if drafts[slot.entity].properties["kind"].map({ $0 != .string("city") }) == true { return slot.entity }
                    continue
                }
                if let p = gap.last(where: { !["la", "le", "l'", "les", "the"].contains($0) && !Self.compassAdjectives.contains($0) }),
                   // (`sa ferme de minage du Texas`, `son usine des États-Unis`: the contracted article places too.)
                   ["in", "en", "a", "dans", "near", "pres", "au", "aux", "de", "d'", "du", "des", "outside", "at", "around", "autour", "outre"].contains(p) || townOf { return slot.entity }
            }
        }
        return nil
    }

    /// `Denton, Texas`, `à Cambrai, dans le Nord`: the places that follow a place and contain it.
    func chainedPlaces(after place: Int, sentence k: Int) -> [Int] {
        var out: [Int] = []
        guard var at = slots[k].firstIndex(where: { $0.entity == place }) else { return out }
        while at + 1 < slots[k].count {
            let a = slots[k][at], b = slots[k][at + 1]
            guard type(b.entity) == .location, b.tokens.lowerBound >= a.tokens.upperBound else { break }
            let gap = keys(ordered(a.tokens.upperBound, b.tokens.lowerBound))
            // (`à Kokomo dans l'Indiana`, `in Rockdale in Milam County`: `dans` / `in` alone chains too.)
            // (`à Doniambo en Nouvelle-Calédonie`: French `en`/`au` before a country or region chains too.)
            let frenchContainer = gap.count == 1 && ["en", "au", "aux"].contains(gap[0])
                && drafts[b.entity].properties["kind"].map { [.string("country"), .string("region")].contains($0) } == true
            guard let first = gap.first, first == "," || first == "(" || ["dans", "in"].contains(first) && gap.count <= 3 || frenchContainer else { break }
            let rest = gap.dropFirst().filter { !Self.chainArticles.contains($0) }
            // `in Boden, in northern Sweden`: a compass adjective does not break the chain.
            let plain = gap.count <= 4 && rest.allSatisfy { Self.compassAdjectives.contains($0) }
            // `Velmora, la capitale de la Bulgarie`, `Kikuyo, dans la préfecture de Kumamoto`: the place's container.
            let container = gap.count <= 7 && rest.contains { Self.containerNouns.contains($0) }
                && rest.allSatisfy { Self.containerNouns.contains($0) || ["de", "d'", "du", "des", "of"].contains($0) }
            // `Aragon, au nord-est de l'Espagne`: a direction inside a country or region (not `au nord de Paris`).
            let inside = gap.count <= 7 && drafts[b.entity].properties["kind"].map { $0 != .string("city") } == true
                && rest.contains { Self.directionWords.contains($0) }
                && rest.allSatisfy { Self.directionWords.contains($0) || ["de", "d'", "du", "des", "of", "-"].contains($0) }
            guard plain || container || inside else { break }
            out.append(b.entity)
            at += 1
        }
        if let home = homeBefore(place: place, sentence: k), !out.contains(home), home != place { out.append(home) }
        return out
    }

    /// `la ville russe de Norilsk`, `the Russian city of Norilsk`: the country a place's own noun gives it.
    private func homeBefore(place: Int, sentence k: Int) -> Int? {
        guard let slot = slots[k].first(where: { $0.entity == place }) else { return nil }
        let lo = sentences[k].tokens.lowerBound, at = slot.tokens.lowerBound
        guard at - 3 >= lo else { return nil }
        let w = keys((at - 3)..<at)
        // French: noun, adjective, `de`; English: adjective, noun, `of`.
        if Self.townNouns.contains(w[0]), isDemonym(w[1]), ["de", "d'"].contains(w[2]) { return placeOfDemonym(w[1]) }
        if isDemonym(w[0]), Self.townNouns.contains(w[1]), w[2] == "of" { return placeOfDemonym(w[0]) }
        return nil
    }

    static let chainArticles: Set<String> = ["en", "in", "au", "aux", "dans", "le", "la", "l'", "les", "the", "(", "a", "à"]
    static let containerNouns: Set<String> = ["capitale", "capital", "prefecture", "province", "region", "state", "etat", "county", "comte", "departement", "district", "oblast", "canton"]
    static let directionWords: Set<String> = ["nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "north", "south", "east", "west",
                                              "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]

    static let compassAdjectives: Set<String> = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"]

    private func facilityName(noun r: Range<Int>, lemma: String, language: String, owner: Int?, place: Int?) -> (primary: String, aliases: [String]) {
        var noun = text(r)
        if fold(noun) != fold(lemma) && r.count <= 4 { noun = lemma }
        let ownerName = owner.map(displayName)
        let placeName = place.map(displayName)
        let placePart = placeName.map { " (\($0))" } ?? ""
        var primary: String
        var aliases: [String] = []
        let englishNoun = Self.englishFacilityNoun[fold(lemma)] ?? lemma
        func de(_ name: String) -> String { fold(String(name.prefix(1))).first.map { "aeiouyh".contains($0) } == true ? "d'" : "de " }
        if language == "fr" || self.language == "fr" {
            if let o = ownerName {
                primary = "\(noun) \(de(o))\(o)\(placePart)"
            } else { primary = "\(noun)\(placeName.map { " \(de($0))\($0)" } ?? "")" }
        } else {
            primary = [ownerName, noun].compactMap { $0 }.joined(separator: " ") + placePart
        }
        if let o = ownerName { aliases.append("\(o) \(englishNoun)\(placePart)") }
        if let p = placeName { aliases.append("\(p) \(englishNoun)") }
        let french = language == "fr" || self.language == "fr"
        // `raffinerie d'alumine`, `gisements de bauxite`, `usine de production de vaccins`: what the site is for,
        // written after a French noun, is part of how the site is usually named.
        let purpose = french ? purposeComplement(after: r.upperBound) : nil
        if let p = purpose, let o = ownerName { aliases.append("\(noun) \(p) \(de(o))\(o)\(placePart)") }
        // The owner's shorter names (`TSMC` beside `Taiwan Semiconductor Manufacturing Co`): the
        // site is often named after the firm's usual short form.
        if let o = owner {
            let shorter = Set(drafts[o].names + drafts[o].extraAliases).filter { $0.unicodeScalars.count < (ownerName?.unicodeScalars.count ?? 0) && !$0.isEmpty }
            for short in shorter.sorted().prefix(3) {
                aliases.append("\(short) \(englishNoun)\(placeName.map { " in \($0)" } ?? "")")
                if french { aliases.append("\(noun)\(purpose.map { " \($0)" } ?? "") \(de(short))\(short)\(placePart)") }
            }
        }
        // The noun as written, with the modifiers before it (`three gas-fired power plants`, `centres de données`):
        // descriptive names are often made of these words.
        var start = r.lowerBound
        let floor = sentenceIndex(ofToken: r.lowerBound)
        while start > sentences[floor].tokens.lowerBound, r.lowerBound - start < 3 {
            let t = tokens[start - 1]
            guard (t.kind == .word && !t.isCapitalized && !Self.nonModifiers.contains(t.key)) || t.text == "-" else { break }
            start -= 1
        }
        let written = text(start..<r.upperBound)
        if fold(written) != fold(noun) {
            if language == "fr" || self.language == "fr" {
                aliases.append(written + (ownerName.map { " de \($0)" } ?? "") + (placeName.map { " à \($0)" } ?? ""))
            } else {
                aliases.append([ownerName, written].compactMap { $0 }.joined(separator: " ") + (placeName.map { " in \($0)" } ?? ""))
                if ownerName != nil, let p = placeName { aliases.append("\(written) in \(p)") }
            }
        }
        return (primary, aliases.filter { $0 != primary })
    }

    /// `d'alumine`, `de bauxite`, `de production de vaccins`: a `de` complement of common nouns right after a French
    /// facility noun (a second one after a noun of process), as written.
    private func purposeComplement(after j: Int) -> String? {
        let end = sentences[sentenceIndex(ofToken: max(0, j - 1))].tokens.upperBound
        func common(_ i: Int) -> Bool { i < end && tokens[i].kind == .word && !tokens[i].isNameLike && !Self.nonModifiers.contains(tokens[i].key) && !Self.chainArticles.contains(tokens[i].key) }
        guard j + 1 < end, ["de", "d'"].contains(tokens[j].key), common(j + 1) else { return nil }
        var last = j + 1
        if ["production", "fabrication", "traitement", "transformation", "stockage"].contains(tokens[last].key), last + 2 < end, ["de", "d'"].contains(tokens[last + 1].key), common(last + 2) {
            last += 2
        }
        return text(j..<(last + 1))
    }

    /// Words before a facility noun that are not part of its description.
    static let nonModifiers: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "of", "in", "at", "to", "for", "and", "or",
                                            "with", "by", "on", "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "build", "builds",
                                            "building", "built", "operate", "operates", "run", "runs", "own", "owns", "said", "says", "le", "la", "les", "l'", "un", "une", "des",
                                            "du", "de", "d'", "sa", "son", "ses", "leur", "leurs", "ce", "cette", "ces", "aux", "au", "et", "ou", "which", "who", "what", "new"]

    static let englishFacilityNoun: [String: String] = [
        "centre de donnees": "data center", "centre de calcul": "computing center", "ferme de minage": "mining farm",
        "usine": "plant", "centrale": "power plant", "centrale electrique": "power plant", "mine": "mine", "raffinerie": "refinery",
        "fonderie": "smelter", "entrepot": "warehouse", "centre de minage": "mining center", "site de minage": "mining site",
        "aeroport": "airport", "chantier naval": "shipyard", "barrage": "dam", "cimenterie": "cement plant", "acierie": "steelworks",
    ]

    private func facilityStatus(_ s: Sentence) -> String? {
        let k = Set(keys(s.tokens))
        if k.contains("construction") { return "under construction" }
        if !k.isDisjoint(with: ["operationnel", "operationnelle", "operational", "online", "service", "operating"]) { return "operational" }
        if !k.isDisjoint(with: ["prevoit", "envisage", "plans", "planned", "plan", "projet", "will", "sera", "lancer", "construire", "build"]) { return "planned" }
        return nil
    }

    /// A described site: its built name, its kind, and the firm it belongs to when one is known.
    func facilityDraft(name: (primary: String, aliases: [String]), kind: String, owner: Int?) -> EntityDraft {
        var draft = EntityDraft(type: .facility, strength: 2)
        draft.descriptiveName = name.primary
        draft.extraAliases = name.aliases
        draft.properties["kind"] = .string(kind)
        if let o = owner { draft.properties["owner"] = .int(Int64(o)) }
        return draft
    }
}
