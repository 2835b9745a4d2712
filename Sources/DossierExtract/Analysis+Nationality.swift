import DossierModel

/// Nationality and home-town adjectives that the mention finder does not attach to a firm:
/// `led by Dutch fund X`, `le groupe moscovite X`, `les américains X ou Y`, `the Chinese firm`
/// (a firm named before), `sanctioned Russian lenders, including X`.
enum NationalityCues {
    /// Demonyms of major cities and regions (French and English), with the place's French and
    /// English names: news names firms by their home town as often as by their country.
    static let localDemonyms: [String: (fr: String, en: String)] = {
        let table: [(String, String, String)] = [
            ("moscovite moscovites muscovite", "Moscou", "Moscow"), ("petersbourgeois petersbourgeoise", "Saint-Pétersbourg", "Saint Petersburg"),
            ("pekinois pekinoise pekinoises", "Pékin", "Beijing"), ("shanghaien shanghaienne shanghaiens shanghaiennes", "Shanghai", "Shanghai"),
            ("parisien parisienne parisiens parisiennes parisian", "Paris", "Paris"), ("londonien londonienne londoniens londoniennes", "Londres", "London"),
            ("new-yorkais new-yorkaise", "New York", "New York"), ("berlinois berlinoise", "Berlin", "Berlin"), ("munichois munichoise", "Munich", "Munich"),
            ("lyonnais lyonnaise lyonnaises", "Lyon", "Lyon"), ("marseillais marseillaise marseillaises", "Marseille", "Marseille"),
            ("toulousain toulousaine toulousains toulousaines", "Toulouse", "Toulouse"), ("bordelais bordelaise", "Bordeaux", "Bordeaux"),
            ("nantais nantaise", "Nantes", "Nantes"), ("lillois lilloise", "Lille", "Lille"), ("grenoblois grenobloise", "Grenoble", "Grenoble"),
            ("strasbourgeois strasbourgeoise", "Strasbourg", "Strasbourg"), ("nicois nicoise", "Nice", "Nice"), ("rennais rennaise", "Rennes", "Rennes"),
            ("montpellierain montpellieraine", "Montpellier", "Montpellier"), ("bruxellois bruxelloise", "Bruxelles", "Brussels"),
            ("genevois genevoise", "Genève", "Geneva"), ("zurichois zurichoise", "Zurich", "Zurich"), ("lausannois lausannoise", "Lausanne", "Lausanne"),
            ("montrealais montrealaise montrealaises", "Montréal", "Montreal"), ("torontois torontoise", "Toronto", "Toronto"),
            ("quebecois quebecoise quebecoises", "Québec", "Quebec"), ("californien californienne californiens californiennes californian", "Californie", "California"),
            ("texan texane texans texanes", "Texas", "Texas"),
            ("milanais milanaise", "Milan", "Milan"), ("madrilene madrilenes", "Madrid", "Madrid"), ("barcelonais barcelonaise", "Barcelone", "Barcelona"),
            ("dubaiote dubaiotes", "Dubaï", "Dubai"), ("taiwanais taiwanaise", "Taïwan", "Taiwan"), ("hongkongais hongkongaise", "Hong Kong", "Hong Kong"),
            ("siberien siberienne siberiens siberiennes siberian", "Sibérie", "Siberia"), ("bavarois bavaroise bavarian", "Bavière", "Bavaria"),
            ("alsacien alsacienne alsaciens alsaciennes", "Alsace", "Alsace"), ("ontarien ontarienne ontariens ontariennes", "Ontario", "Ontario"),
            ("albertain albertaine albertains albertaines albertan", "Alberta", "Alberta"), ("floridien floridienne floridian", "Floride", "Florida"),
            ("kievien kievienne", "Kiev", "Kyiv"), ("stambouliote stambouliotes", "Istanbul", "Istanbul"), ("shenzhenois shenzhenoise", "Shenzhen", "Shenzhen"),
        ]
        var out: [String: (fr: String, en: String)] = [:]
        for (forms, fr, en) in table { for f in forms.split(separator: " ") { out[String(f)] = (fr, en) } }
        return out
    }()
    /// Plural nouns of people a measure may target as a group (`Russian individuals`, `des oligarques russes`).
    static let pluralPeopleNouns: Set<String> = ["individuals", "people", "persons", "nationals", "citizens", "oligarchs", "officials", "executives",
                                                 "personnes", "ressortissants", "citoyens", "oligarques", "responsables", "dirigeants"]
    /// Plural nouns of firms that a nationality adjective and `including X` describe (`Russian lenders, including X`).
    static let pluralFirmNouns: Set<String> = ["companies", "firms", "groups", "lenders", "banks", "miners", "operators", "suppliers", "customers", "clients", "makers",
                                               "manufacturers", "chipmakers", "exchanges", "platforms", "rivals", "competitors", "startups", "start-ups", "entities", "businesses",
                                               "societes", "entreprises", "firmes", "groupes", "banques", "mineurs", "operateurs", "fournisseurs", "fabricants", "plateformes",
                                               "rivaux", "concurrents", "entites", "producteurs", "producers", "developers", "developpeurs", "hebergeurs", "investors", "investisseurs", "funds", "partners", "partenaires",
                                               "automakers", "carmakers", "constructeurs", "titans", "giants", "geants", "majors", "insurers", "assureurs",
                                               "airlines", "carriers", "utilities", "refiners", "raffineurs", "providers", "traders", "negociants"]
    /// First halves of compound nationality adjectives (`franco-américain`, `Sino-Russian`), by ISO code.
    static let compoundPrefixes: [String: String] = [
        "franco": "FR", "germano": "DE", "anglo": "GB", "italo": "IT", "sino": "CN", "russo": "RU", "nippo": "JP", "hispano": "ES",
        "luso": "PT", "belgo": "BE", "helvetico": "CH", "americano": "US", "indo": "IN", "israelo": "IL", "turco": "TR", "greco": "GR",
        "polono": "PL", "austro": "AT", "suedo": "SE", "neerlando": "NL", "canado": "CA",
    ]
    /// The two countries of a compound nationality written as one hyphenated token (`franco-americain`).
    static func compoundCountries(_ key: String, demonyms: [String: String]) -> [String]? {
        let parts = key.split(separator: "-").map(String.init)
        guard parts.count == 2, let first = compoundPrefixes[parts[0]] ?? demonyms[parts[0]],
              let second = demonyms[parts[1]], second != first else { return nil }
        return [first, second]
    }
    /// `Greek shipowner X`, `Korean shipbuilder X`, `Chinese distributor X`: an English agent noun right before a
    /// firm's name describes the firm as a trade noun does (the list of trade nouns cannot hold them all).
    static func isAgentNoun(_ key: String) -> Bool {
        key.count >= 6 && ["er", "ers", "or", "ors"].contains(where: { key.hasSuffix($0) }) && key.allSatisfy(\.isLetter)
            && !["former", "other", "others", "another", "power", "water", "paper", "center", "centre", "number", "border", "member", "members", "neighbor", "neighbour", "minister", "senator"].contains(key)
    }
    /// Words that open the list of examples after a plural noun.
    static let exampleOpeners: [[String]] = Analysis.phrases(["including", "notamment", "dont", "namely", "a savoir", "such as", "like", "comme", "tels que", "telles que", "among them", "parmi lesquels", "parmi lesquelles", "among which", ":"])
    /// Verbs that give the members of a group named just before (`les sociétés chinoises citées sont X, Y`).
    static let memberVerbs: Set<String> = ["sont", "are", "include", "incluent", "comprennent"]
    /// Words a participle phrase between a group noun and its list may not hold: a finite verb or a
    /// clause word means the list belongs to another phrase (not `a`: it is also `à` and the English article).
    static let gapBreakers: Set<String> = ["ont", "est", "sont", "etait", "etaient", "sera", "seront", "has", "have", "had", "is", "are", "was",
                                           "were", "will", "qui", "que", "qu'", "which", "that", "who", "mais", "but"]
    /// Small words a French trade complement holds (`le géant américain des puces X`, `la société russe
    /// d'exploitation et de transformation du nickel X`).
    static let tradeLinks: Set<String> = ["de", "d'", "du", "des", "la", "l'", "le", "les", "et"]
    /// Heads that name a part of, or a party to, another firm: `la filiale française de X` is not in France.
    static let relationalHeads: Set<String> = ["filiale", "subsidiary", "unit", "client", "customer", "concurrent", "rival", "competitor"]
    /// Reporting verbs after which French and English invert the subject (`a déclaré mardi le groupe finlandais`).
    static let reportingVerbs: Set<String> = ["declare", "indique", "precise", "annonce", "explique", "ajoute", "souligne", "affirme", "assure", "estime", "confirme",
                                              "said", "says", "added", "told", "announced", "explained", "stated"]
    /// Words a phrase before a name may not cross (they end or change the phrase).
    static let phraseBreakers: Set<String> = ["of", "du", "des", "au", "aux", "and", "et", "or", "ou", "by", "par", "with", "avec", "from", "to", "for", "pour", "in", "en", "dans", "a", "at",
                                              "said", "says", "that", "which", "who", "qui", "que", "is", "was", "est", "has", "sur", "on", "its", "their", "son", "sa", "ses", "leur"]
}

extension Analysis {
    func collectNationalityClauses() {
        for k in sentences.indices where !skip[k] {
            for sl in slots[k] where !sl.anaphor && isFirm(sl.entity) {
                nationalityBeforeName(sl, sentence: k)
                nationalityWithTrade(sl, sentence: k)
                compoundNationality(sl, sentence: k)
                demonymSeat(sl, sentence: k)
            }
            nationalityAnaphors(sentence: k)
            nationalityExamples(sentence: k)
        }
    }

    /// `le groupe franco-américain X`, `X, the Franco-Italian chipmaker`: a compound nationality
    /// places the firm in both countries.
    private func compoundNationality(_ firm: Slot, sentence k: Int) {
        let s = sentences[k]
        func codes(at i: Int) -> [String]? { NationalityCues.compoundCountries(tokens[i].key, demonyms: lex.demonyms) }
        // Before the name: `le groupe franco-américain X`, `the Franco-American telecoms maker X` (at most two
        // lower-case words between the adjective and the name).
        var found = (max(s.tokens.lowerBound, firm.tokens.lowerBound - 5)..<firm.tokens.lowerBound).lazy
            .filter { i in firm.tokens.lowerBound - (i + 1) <= 2 && (i + 1..<firm.tokens.lowerBound).allSatisfy { self.tokens[$0].kind == .word && !self.tokens[$0].isCapitalized } }
            .compactMap { i in codes(at: i).map { (i, $0) } }.first
        // After it, in apposition: `X, le groupe franco-italien,`, `X, a Franco-American maker`.
        if found == nil, firm.tokens.upperBound < s.tokens.upperBound, tokens[firm.tokens.upperBound].key == "," {
            let from = firm.tokens.upperBound + 1
            found = (from..<min(s.tokens.upperBound, from + 4)).lazy.compactMap { i in codes(at: i).map { (i, $0) } }.first
        }
        guard let (at, pair) = found else { return }
        for code in pair {
            guard let place = countryEntity(code) else { continue }
            relate(firm.entity, .locatedIn, .entity(place), cue: at..<(at + 1), sentence: k, rule: "rule:compound-nationality", confidence: 0.6)
        }
    }

    /// `Turkish-based X and Y`, `a Swiss-registered trader X`: a seat participle glued to a nationality adjective
    /// (at most two lower-case words between it and the name) places the firm, and the firms listed after it.
    private func demonymSeat(_ firm: Slot, sentence k: Int) {
        guard let j = gluedSeatParticiple(before: firm.tokens.lowerBound, sentence: k),
              isDemonym(tokens[j - 2].key), let place = placeOfDemonym(tokens[j - 2].key) else { return }
        let cue = (j - 2)..<firm.tokens.upperBound
        relate(firm.entity, .locatedIn, .entity(place), cue: cue, sentence: k, rule: "rule:demonym-based", confidence: 0.7)
        for other in coordinated(after: firm, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
            relate(other.entity, .locatedIn, .entity(place), cue: cue, sentence: k, rule: "rule:demonym-based.list", confidence: 0.6)
        }
    }

    /// The one home a sentence gives a group of firms (`plusieurs entreprises chinoises`, `three
    /// Russian banks`), if it gives exactly one.
    /// `adjectiveBetween`: one more word may stand between the nationality and the noun (`Chinese commercial firms`).
    func groupNationality(in range: Range<Int>, nouns: Set<String> = NationalityCues.pluralFirmNouns, adjectiveBetween: Bool = false) -> Int? {
        let ks = keys(range)
        // `Chinese and Russian companies`, `entreprises chinoises et russes`: a coordinated adjective adds a home.
        func coordinated(_ i: Int, step: Int) -> String? {
            let j = i + 2 * step
            return ks.indices.contains(j) && ["and", "et", "or", "ou", ","].contains(ks[i + step]) && isDemonym(ks[j]) ? ks[j] : nil
        }
        var homes: Set<String> = []
        for i in ks.indices.dropLast() {
            if isDemonym(ks[i]), nouns.contains(ks[i + 1]) || adjectiveBetween && i + 2 < ks.count && nouns.contains(ks[i + 2]) && !isDemonym(ks[i + 1]) {
                homes.insert(ks[i]); if let other = coordinated(i, step: -1) { homes.insert(other) }
            }
            if nouns.contains(ks[i]), isDemonym(ks[i + 1]) {
                homes.insert(ks[i + 1]); if let other = coordinated(i + 1, step: 1) { homes.insert(other) }
            }
        }
        guard homes.count == 1, let home = homes.first else { return nil }
        return placeOfDemonym(home)
    }

    /// The country (ISO code) or home town that an adjective names, as a Location entity.
    func placeOfDemonym(_ key: String) -> Int? {
        if let code = lex.demonyms[key] { return countryEntity(code) }
        guard let local = NationalityCues.localDemonyms[key] else { return nil }
        let names = Set([fold(local.fr), fold(local.en)])
        if let known = drafts.indices.first(where: { e in drafts[e].type == .location && !drafts[e].suppressed && (drafts[e].names + drafts[e].extraAliases).contains { names.contains(fold($0)) } }) {
            return known
        }
        var d = EntityDraft(type: .location, strength: 2)
        d.names = [language == "fr" ? local.fr : local.en]
        d.extraAliases = [local.en, local.fr]
        return addEntity(d)
    }

    /// `led by Dutch fund X`, `Chinese chipmaker X`, `le mineur de bitcoins québécois X`, `le groupe moscovite X`,
    /// `l'américain X`: a verbless phrase right before the name that holds a nationality adjective and a firm noun
    /// (or only the adjective after a definite article, the French `le chinois X`). A plural phrase
    /// (`les américains X ou Y`) covers every name of the list.
    private func nationalityBeforeName(_ firm: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var j = firm.tokens.lowerBound - 1
        var demonym: Int? = nil, head: Int? = nil, words = 0
        while j >= lo, words < 5 {
            let t = tokens[j]
            if Self.articles.contains(t.key) || NationalityCues.phraseBreakers.contains(t.key) || t.kind != .word || slots[k].contains(where: { $0.tokens.contains(j) }) { break }
            // `la filiale française de X` describes a part of X: the adjective must not be before `de`.
            if ["de", "d'"].contains(t.key) { if demonym == nil { return }; j -= 1; words += 1; continue }
            if isDemonym(t.key) {
                if demonym == nil { demonym = j }
            } else if Vocabulary.companyHeads.contains(t.key) || PlaceCues.extraHeads.contains(t.key) || NationalityCues.pluralFirmNouns.contains(t.key)
                        || j == firm.tokens.lowerBound - 1 && NationalityCues.isAgentNoun(t.key) {
                head = head ?? j
            } else if t.isNameLike { break }
            j -= 1; words += 1
        }
        // The adjective and the noun frame the name: `Dutch fund X` (noun last) or `le groupe moscovite X` (adjective last).
        guard let d = demonym, d == firm.tokens.lowerBound - 1 || head == firm.tokens.lowerBound - 1 else { return }
        let opener = j >= lo ? tokens[j].key : ""
        // `le chinois X`: the adjective alone works as the noun after a definite article.
        let bare = head == nil && d == firm.tokens.lowerBound - 1 && ["le", "la", "l'", "les", "aux", "au", "du", "des"].contains(opener)
        guard head != nil || bare, let place = placeOfDemonym(tokens[d].key) else { return }
        let cue = (j + 1)..<firm.tokens.upperBound
        relate(firm.entity, .locatedIn, .entity(place), cue: cue, sentence: k, rule: "rule:nationality-before-name", confidence: 0.65)
        // `les américains Groq ou Cerebras`, `Chinese firms X and Y`: a plural phrase names a list.
        guard head.map({ NationalityCues.pluralFirmNouns.contains(tokens[$0].key) }) == true || ["les", "des", "aux"].contains(opener) else { return }
        for other in coordinated(after: firm, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
            relate(other.entity, .locatedIn, .entity(place), cue: cue, sentence: k, rule: "rule:nationality-before-name.list", confidence: 0.6)
        }
    }

    /// `the Chinese firm`, `la société russe`, `ce groupe allemand` with no name after it: the firm named
    /// last before it in the sentence (else the sentence's subject firm so far) has that nationality.
    private func nationalityAnaphors(sentence k: Int) {
        let s = sentences[k]
        var i = s.tokens.lowerBound
        while i + 2 < s.tokens.upperBound {
            defer { i += 1 }
            // `la tête du groupe finlandais`: `du`/`au` hold the definite article.
            guard Self.definiteDeterminers.contains(tokens[i].key) || ["du", "au"].contains(tokens[i].key) else { continue }
            let a = tokens[i + 1].key, b = tokens[i + 2].key
            // `le groupe franco-américain`: a compound nationality gives both countries; `la start-up
            // grenobloise` a home town.
            func nationality(_ key: String) -> Bool { isDemonym(key) || NationalityCues.compoundCountries(key, demonyms: lex.demonyms) != nil }
            let demonym: String
            var after = i + 3
            if nationality(a), Self.companyAnaphors.contains(b) { demonym = a }
            else if Self.companyAnaphors.contains(a), nationality(b) { demonym = b }
            // `le groupe informatique américain`: one adjective of the trade between the noun and the nationality.
            else if language == "fr", Self.companyAnaphors.contains(a), after < s.tokens.upperBound, tokens[i + 2].kind == .word, !tokens[i + 2].isCapitalized,
                    !isDemonym(b), nationality(tokens[after].key) { demonym = tokens[after].key; after += 1 }
            else { continue }
            guard after >= s.tokens.upperBound || !tokens[after].isNameLike && !slots[k].contains(where: { $0.tokens.lowerBound == after }),
                  !introducesName(afterNoun: i + 2, sentence: k),
                  // `la société` may already be an anaphor; only a name there ends the rule.
                  !slots[k].contains(where: { !$0.anaphor && ($0.tokens.contains(i + 1) || $0.tokens.contains(i + 2)) }) else { continue }
            // `X, the Chinese firm that …` is the apposition rule's; here the noun stands alone.
            // (`Avec ces projets, le groupe américain …`: after an opening phrase the noun is the subject.)
            if i > s.tokens.lowerBound, tokens[i - 1].key == ",", slots[k].contains(where: { $0.tokens.upperBound == i - 1 && isFirm($0.entity) }) { continue }
            // `la société russe de pipelines X` names X (`nationalityWithTrade`).
            if after < s.tokens.upperBound, tradeComplementNamesFirm(from: after, sentence: k) { continue }
            guard let firm = nationalityReferent(before: i, sentence: k) else { continue }
            let places = NationalityCues.compoundCountries(demonym, demonyms: lex.demonyms).map { $0.compactMap(countryEntity) } ?? placeOfDemonym(demonym).map { [$0] } ?? []
            for place in places { relate(firm, .locatedIn, .entity(place), cue: i..<(i + 3), sentence: k, rule: "rule:nationality-anaphor", confidence: 0.5) }
        }
    }

    /// The firm a `the Chinese firm` stands for: one named earlier in the sentence, across a clause boundary
    /// (`placed X on its list, alleging that the Chinese firm …`), else the firm the text was about, unless
    /// that firm acts in the same clause (`Apple also relies on the Taiwanese company`).
    private func nationalityReferent(before i: Int, sentence k: Int) -> Int? {
        let earlier = slots[k].filter { $0.tokens.upperBound <= i && !$0.anaphor && isFirm($0.entity) }
        // `X a conclu un accord avec Y, …, a déclaré mardi le groupe finlandais`: after a reporting verb the
        // noun is the inverted subject of the quoted clause, the firm that opens the sentence.
        let lo = sentences[k].tokens.lowerBound
        if (max(lo, i - 3)..<i).contains(where: { NationalityCues.reportingVerbs.contains(tokens[$0].key) }),
           let first = earlier.first, !isComplement(first, sentence: k) {
            return first.entity
        }
        if let last = earlier.last, keys(ordered(last.tokens.upperBound, i)).contains(where: { [",", "that", "que", "qu'", "which", "qui", "after", "apres", "because", "car"].contains($0) }) {
            return last.entity
        }
        guard let salient = salientAt[k], isFirm(salient), !earlier.contains(where: { $0.entity == salient }) else { return nil }
        return salient
    }

    /// `sanctioned Russian lenders, including X`, `ses clients chinois, dont le fondeur X`, `des banques
    /// russes comme X et Y`: each firm given as an example of a plural noun with a nationality. The
    /// noun may carry a participle phrase before the list (`les 21 entités chinoises ajoutées à la
    /// liste, dont X et Y`), and a list verb may give the members (`les sociétés chinoises citées sont X, Y`).
    private func nationalityExamples(sentence k: Int) {
        let s = sentences[k]
        for i in s.tokens where i - 2 >= s.tokens.lowerBound {
            // `three Russian banks, X, Y and Z`: a bare comma opens the list as well.
            let bareComma = tokens[i].key == ","
            let listVerb = NationalityCues.memberVerbs.contains(tokens[i].key)
            guard let opener = matchPhrase(NationalityCues.exampleOpeners, at: i, sentence: k) ?? (bareComma || listVerb ? [tokens[i].key] : nil) else { continue }
            guard let (n, home) = groupNounBefore(i, sentence: k, bareComma: bareComma),
                  let first = slotStarting(at: i + opener.count, sentence: k, types: [.company], skip: bareComma || listVerb ? 0 : 2), isFirm(first.entity), !first.anaphor,
                  let place = home.country ?? home.demonym.flatMap(placeOfDemonym) else { continue }
            for firm in [first] + coordinated(after: first, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
                relate(firm.entity, .locatedIn, .entity(place), cue: (n - 1)..<first.tokens.upperBound, sentence: k, rule: "rule:nationality-examples", confidence: 0.55)
            }
        }
    }

    /// The plural firm noun with a nationality (`entités chinoises`, `Russian lenders`) whose list opens at
    /// token `i`: its last token and the demonym. Right before the opener, or (for an opener other than a
    /// bare comma) across a participle phrase that holds no name, clause word or finite verb.
    /// The home is a nationality (`Russian lenders`), or a country named as the noun's modifier (`U.S. companies`).
    private func groupNounBefore(_ i: Int, sentence k: Int, bareComma: Bool) -> (noun: Int, home: (demonym: String?, country: Int?))? {
        let lo = sentences[k].tokens.lowerBound
        var n = i - 1
        if tokens[n].key == "," { n -= 1 }
        let farthest = bareComma ? n : max(lo + 1, n - 12)
        while n >= farthest, n - 1 >= lo {
            let pair = (tokens[n - 1].key, tokens[n].key)
            if NationalityCues.pluralFirmNouns.contains(pair.1), let country = slots[k].first(where: { $0.tokens.upperBound == n && type($0.entity) == .location }) {
                return (n, (nil, country.entity))
            }
            // `three Hong Kong-registered firms, X, Y`: the place joined to the seat participle.
            if NationalityCues.pluralFirmNouns.contains(pair.1), SeatCues.participles.contains(pair.0), n - 2 > lo, tokens[n - 2].text == "-",
               let place = slots[k].first(where: { $0.tokens.upperBound == n - 2 && type($0.entity) == .location && !$0.anaphor }) {
                return (n, (nil, place.entity))
            }
            // `five firms from Hong Kong on the list, namely X`, `deux sociétés de Chine continentale : X`: the place after `from`.
            if let place = slots[k].first(where: { $0.tokens.upperBound == n + 1 && type($0.entity) == .location && !$0.anaphor }) {
                var p = place.tokens.lowerBound - 1
                if p > lo, tokens[p].kind == .word, !tokens[p].isNameLike, !["from", "de", "d'", "du", "des"].contains(tokens[p].key) { p -= 1 }
                if p > lo, ["from", "de", "d'", "du", "des"].contains(tokens[p].key), NationalityCues.pluralFirmNouns.contains(tokens[p - 1].key) {
                    return (p - 1, (nil, place.entity))
                }
            }
            // (A nationality inside a name, `Russian Railways`, is no group's; a measure's phrase around the group,
            // `sanctions against four Kyrgyzstani companies: X, Y`, is no name.)
            let inName = slots[k].contains(where: { ($0.tokens.contains(n) || $0.tokens.contains(n - 1)) && type($0.entity) != .sanction })
            if lex.demonyms[pair.0] != nil, NationalityCues.pluralFirmNouns.contains(pair.1) { return inName ? nil : (n, (pair.0, nil)) }
            if NationalityCues.pluralFirmNouns.contains(pair.0), lex.demonyms[pair.1] != nil { return inName ? nil : (n, (pair.1, nil)) }
            // `U.S. auto titans`, `Russian oil majors`, `les constructeurs automobiles américains`: one trade word between.
            if n - 2 >= lo, !inName, tokens[n - 1].kind == .word {
                let outer = (tokens[n - 2].key, tokens[n].key)
                if NationalityCues.pluralFirmNouns.contains(outer.1), lex.demonyms[outer.0] != nil { return (n, (outer.0, nil)) }
                if NationalityCues.pluralFirmNouns.contains(outer.0), lex.demonyms[outer.1] != nil { return (n, (outer.1, nil)) }
            }
            let t = tokens[n]
            if slots[k].contains(where: { $0.tokens.contains(n) }) || NationalityCues.gapBreakers.contains(t.key) || [".", ";", ":", "(", ")"].contains(t.key) { return nil }
            n -= 1
        }
        return nil
    }

    /// `le géant américain des semi-conducteurs X`, `la société publique russe de pipelines X`, `le spécialiste
    /// français des datacenters X`: French puts the trade after the nationality, between it and the name.
    private func nationalityWithTrade(_ firm: Slot, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var j = firm.tokens.lowerBound - 1
        // `la société minière chinoise de bitcoin (BTC) X`: a bracketed ticker before the name.
        if j > lo, tokens[j].key == ")", let open = (max(lo, j - 4)..<j).last(where: { tokens[$0].key == "(" }) { j = open - 1 }
        // The trade: lower-case words and small links back to `de`/`des` right after the adjective.
        var demonym: Int? = nil, content = 0, lastContent: String? = nil
        while j > lo, firm.tokens.lowerBound - j <= 14 {
            let t = tokens[j]
            if t.text == "-" { j -= 1; continue }
            guard t.kind == .word, !t.isNameLike, !slots[k].contains(where: { $0.tokens.contains(j) }) else { return }
            if NationalityCues.tradeLinks.contains(t.key) {
                if ["de", "d'", "du", "des"].contains(t.key), isDemonym(tokens[j - 1].key) { demonym = j - 1; break }
            } else if NationalityCues.phraseBreakers.contains(t.key) || Self.descriptorStops.contains(t.key) || isDemonym(t.key) {
                return
            } else {
                content += 1
                if lastContent == nil { lastContent = t.key }
            }
            j -= 1
        }
        // `la filiale française du groupe X`: a trade that ends on a firm noun names X's owner, not X's trade.
        guard let d = demonym, content >= 1, content <= 6, let last = lastContent, !DescriptorCues.isHead(last) else { return }
        // Adjectives, then the firm noun, then a determiner: `la société (publique) russe`.
        var h = d - 1, head: Int? = nil
        while h >= lo, d - h <= 3 {
            let key = tokens[h].key
            if DescriptorCues.isHead(key) || Vocabulary.isHead(key, of: Vocabulary.companyHeads) { head = h; break }
            guard tokens[h].kind == .word, !tokens[h].isNameLike, !NationalityCues.phraseBreakers.contains(key) else { return }
            h -= 1
        }
        guard let hd = head, !NationalityCues.relationalHeads.contains(tokens[hd].key), hd > lo,
              ["le", "la", "l'", "les", "un", "une", "du", "des", "au", "aux", "de", "d'"].contains(tokens[hd - 1].key) || tokens[hd - 1].kind == .word && ["plus", "premier", "premiere", "grand", "grande", "numero"].contains(tokens[hd - 1].key),
              let place = placeOfDemonym(tokens[d].key) else { return }
        relate(firm.entity, .locatedIn, .entity(place), cue: hd..<firm.tokens.upperBound, sentence: k, rule: "rule:nationality-with-trade", confidence: 0.65)
        // `des géants chinois de la technologie X et Y`: a plural noun names a list.
        guard tokens[hd].key.hasSuffix("s") || tokens[hd].key.hasSuffix("x") else { return }
        for other in coordinated(after: firm, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
            relate(other.entity, .locatedIn, .entity(place), cue: hd..<other.tokens.upperBound, sentence: k, rule: "rule:nationality-with-trade.list", confidence: 0.6)
        }
    }

    /// True when a trade complement starting at token `i` (`de pipelines`, `des semi-conducteurs`) ends on a
    /// firm's name: the nationality phrase before it names that firm (`la société russe de pipelines X`).
    private func tradeComplementNamesFirm(from i: Int, sentence k: Int) -> Bool {
        guard ["de", "d'", "du", "des"].contains(tokens[i].key) else { return false }
        var j = i + 1
        let end = sentences[k].tokens.upperBound
        while j < end, j - i <= 12 {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j && !$0.anaphor }) { return isFirm(sl.entity) && j > i + 1 }
            let t = tokens[j]
            // `de bitcoin (BTC) X`: a bracketed ticker; `des semi-conducteurs`: a hyphenated word.
            if t.key == "(", let close = (j..<min(end, j + 4)).first(where: { tokens[$0].key == ")" }) { j = close + 1; continue }
            if t.text == "-" { j += 1; continue }
            let link = NationalityCues.tradeLinks.contains(t.key)
            guard t.kind == .word, !t.isNameLike, link || !NationalityCues.phraseBreakers.contains(t.key) && !Self.descriptorStops.contains(t.key) else { return false }
            j += 1
        }
        return false
    }
}
