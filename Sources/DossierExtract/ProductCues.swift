/// How news names a product that carries no model number: after its maker (`Apple Arcade`), with an
/// owner and a product noun (`its Halo service`, `sa plateforme Nimbus`), as the object of a launch
/// (`launched Stadia`, `a lancé Quill`), or with its maker after a participle (`Velora, made by X`,
/// `the X-made Aquila`). Cue words only, no product list.
enum ProductCues {
    /// Words after a maker that name one of its divisions or subsidiaries, not a product
    /// (`Google Cloud`, `Sony Music`, `Airbus Helicopters`, `Microsoft Research`).
    static let divisionWords: Set<String> = Set("""
        cloud research lab labs ventures studio studios pictures music entertainment games motor trucks helicopters defence defense
        space aerospace aviation airways air health healthcare bio biologics biosciences pharmaceuticals therapeutics telekom mobile mobility
        services service international global worldwide business enterprise enterprises foundation academy institute university
        school hospital solar wind nuclear renewables renewable chemical chemicals materials automotive electric capital credit
        polska italia espana deutschland osterreich schweiz suisse nederland belgique belgie sverige norge danmark suomi magyarorszag ceska
        hellas romania rossiya turkiye brasil maroc algerie tunisie nippon japan korea india africa afrique asia asie europe americas
        energi energia energetica kraft elektro electrica electricidad strom vind banca banco finans seguros assurances logistik gruppe grupo gruppo
        inc corp co ltd llc plc sa sas ag gmbh nv bv spa ab asa oyj kk
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Product nouns after a name owned by a firm (`its Halo service`, `Pharmakon's Veltrexa drug`), beyond the hardware nouns.
    static let ownedNounsAfter: Set<String> = ["service", "app", "apps", "application", "platform", "drug", "drugs", "vaccine", "vaccines", "therapy", "pill", "medicine",
                                               "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "aircraft", "plane", "planes", "helicopter", "helicopters",
                                               "console", "consoles", "phone", "phones", "smartphone", "smartphones", "handset", "handsets", "headset", "headsets", "tablet", "tablets",
                                               "laptop", "laptops", "car", "cars", "sedan", "suv", "suvs", "truck", "trucks", "vehicle", "vehicles", "satellite", "satellites",
                                               "browser", "game", "assistant", "chatbot", "software", "subscription", "model", "models", "engine", "engines", "brand", "drone", "drones",
                                               "vehicle", "lander", "rover", "rocket", "rockets", "solution", "spacecraft", "franchise", "series"]
    /// Product nouns that name a product after `the` as well (`the Orbis headset`, `the Veltrexa vaccine`): nouns a firm's name rarely qualifies.
    static let strongNounsAfter: Set<String> = ["drug", "vaccine", "therapy", "pill", "jetliner", "airliner", "console", "smartphone", "handset", "headset", "sedan", "suv",
                                                "chatbot", "browser", "assistant", "tablet", "laptop", "service", "app", "solution", "game", "lander", "rover", "spacecraft"]
    /// Plural product nouns whose examples follow (`streaming services such as X`, `franchises like X, Y and Z`).
    static let pluralProductNouns: Set<String> = ["apps", "applications", "games", "titles", "franchises", "films", "movies", "shows", "devices", "phones", "smartphones",
                                                  "handsets", "chips", "processors", "drugs", "vaccines", "consoles", "jets", "aircraft", "models", "chatbots", "tokens",
                                                  "stablecoins", "products", "brands", "tools", "gadgets", "jeux", "appareils", "puces", "medicaments", "vaccins", "modeles",
                                                  "produits", "marques", "outils", "logiciels", "software"]
    /// Words that introduce the examples of a class (`such as`, `including`, `comme`).
    static let exampleCues: Set<String> = ["as", "including", "like", "comme", "notamment", "dont", "incluant"]
    /// Participles that give a product its name (`a solution called X`, `une puce baptisée X`).
    static let namingWords: Set<String> = ["called", "named", "dubbed", "branded", "baptise", "baptisee", "baptises", "baptisees", "appele", "appelee", "nomme", "nommee", "denomme", "denommee"]
    /// Modifiers allowed between the name and its noun (`its Halo streaming service`, `the Vela AI model`).
    static let nounModifiers: Set<String> = ["streaming", "gaming", "video", "music", "payment", "payments", "messaging", "search", "ai", "cloud", "electric", "cancer",
                                             "weight-loss", "obesity", "diabetes", "covid-19", "language", "voice", "mobile", "online", "subscription", "social", "wide-body", "narrow-body",
                                             "widebody", "narrowbody", "passenger", "cargo", "mixed-reality", "virtual", "reality", "coding", "chat"]
    /// Nouns before a product name when an owner precedes (`son service Halo`, `sa plateforme Nimbus`).
    static let ownedNounsBefore: Set<String> = ["service", "services", "plateforme", "application", "appli", "offre", "avion", "avions", "voiture", "voitures", "vehicule",
                                                "jeu", "console", "smartphone", "telephone", "assistant", "medicament", "vaccin", "traitement", "navigateur", "casque",
                                                "abonnement", "satellite", "satellites", "moteur", "drone", "drones", "marque", "logiciel", "modele", "robot",
                                                // English, `its drug Veltrexa`, `its streaming service Halo`.
                                                "drug", "vaccine", "app", "platform", "chatbot", "model", "smartphone", "console", "browser", "jet", "aircraft", "car", "game", "brand"]
    /// French nouns that name a product after any article (`le médicament Veltrexa`, `la console Orbis`).
    static let strongNounsBefore: Set<String> = ["medicament", "medicaments", "vaccin", "vaccins", "console", "consoles", "smartphone", "smartphones", "casque", "navigateur",
                                                 "berline", "tablette", "ordinateur"]
    static let ownersBefore: Set<String> = ["its", "their", "'s", "'", "son", "sa", "ses", "leur", "leurs", "notre", "nos"]
    /// Every product noun a name may stand in apposition to (`its chip, the Helix 3`).
    static let apposedProductNouns: Set<String> = ownedNounsBefore.union(ownedNounsAfter).union(strongNounsAfter)
        .union(ProductNames.nounsBeforeProduct).union(ProductNames.ownedProductNouns)
    /// Verbs that launch a product: their object is one (`launched Stadia`, `a dévoilé Quill`).
    static let launchVerbs: Set<String> = ["launched", "launches", "launch", "launching", "unveiled", "unveils", "unveil", "unveiling", "released", "releases", "debuted",
                                           "debuts", "introduced", "introduces", "rolled", "rolls", "showcased", "lance", "lancee", "lancera", "lancent", "lancer", "devoile",
                                           "devoilee", "devoilera", "devoiler", "commercialise", "commercialisera", "commercialiser", "presente", "presentera"]
    /// Participles that name a product's maker after `by / par` (`Velora, made by X`, `Quill, conçu par X`).
    static let madeParticiples: Set<String> = ["made", "manufactured", "designed", "developed", "produced", "built", "created", "fabrique", "fabriquee", "fabriques", "fabriquees",
                                               "concu", "concue", "concus", "concues", "developpe", "developpee", "developpes", "developpees", "produit", "produite", "cree", "creee"]
    /// Compounds that name the maker before a hyphen (`X-made`, `X-designed`).
    static let hyphenMade: Set<String> = ["made", "built", "designed", "developed", "manufactured", "branded"]
}

extension MentionFinder {
    /// A name that could be a product's: no word of a firm or a body, not a person's, not a place.
    func couldNameProduct(_ r: Range<Int>) -> Bool {
        !r.contains { Vocabulary.companyWords.contains(tokens[$0].key) || Vocabulary.organizationWords.contains(tokens[$0].key) || ProductCues.divisionWords.contains(tokens[$0].key) }
            && !(lex.firstNames.contains(tokens[r.lowerBound].key) && r.count >= 2) && lex.places.longestMatch(tokens, at: r.lowerBound, limit: tokens.count) == nil
    }

    /// `its Halo service`, `Pharmakon's Veltrexa drug`, `the Orbis headset`, `its Halo streaming service`.
    func productNounAfterOwned(_ r: Range<Int>, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        guard r.upperBound < end, r.lowerBound > s.tokens.lowerBound, couldNameProduct(r) else { return false }
        var n = r.upperBound
        if ProductCues.nounModifiers.contains(tokens[n].key), n + 1 < end { n += 1 }
        let before = tokens[r.lowerBound - 1].key
        let owned = ProductCues.ownersBefore.contains(before) || ownerBeforeAdjective(r, in: s)
        // `its Starship reusable launch vehicle`: up to two lower-case descriptors before an owned product's noun.
        if owned, !ProductCues.ownedNounsAfter.contains(tokens[n].key) {
            var d = n
            while d < min(end, n + 2), tokens[d].kind == .word, !tokens[d].isNameLike, !Vocabulary.commonStarters.contains(tokens[d].key),
                  !ProductCues.ownedNounsAfter.contains(tokens[d].key) { d += 1 }
            if d < end, d > n, ProductCues.ownedNounsAfter.contains(tokens[d].key) { n = d }
        }
        let noun = tokens[n].key
        // `its Halo service provider`, `the Orbis headset maker`: the noun qualifies a firm.
        if n + 1 < end, Vocabulary.companyHeads.contains(tokens[n + 1].key) || ["maker", "makers", "unit", "division", "provider", "operator"].contains(tokens[n + 1].key) { return false }
        if owned { return ProductCues.ownedNounsAfter.contains(noun) }
        return ["the", "a", "an"].contains(before) && ProductCues.strongNounsAfter.contains(noun)
    }

    /// `son service Halo`, `sa nouvelle plateforme Nimbus`, `le médicament Veltrexa`.
    func productNounBeforeOwned(_ r: Range<Int>, in s: Sentence) -> Bool {
        var n = r.lowerBound - 1
        guard n > s.tokens.lowerBound, couldNameProduct(r) else { return false }
        // `son service de streaming Halo`: one complement between the noun and the name.
        if n - 2 > s.tokens.lowerBound, ["de", "d'"].contains(tokens[n - 1].key), !tokens[n].isCapitalized, ProductCues.ownedNounsBefore.contains(tokens[n - 2].key) { n -= 2 }
        let noun = tokens[n].key
        if r.upperBound < s.tokens.upperBound, ["de", "d'", "du"].contains(tokens[r.upperBound].key), ProductCues.ownedNounsBefore.contains(noun) { return false }
        var o = n - 1
        // `its streaming service Halo`, `son nouveau service Halo`.
        if o > s.tokens.lowerBound, ProductCues.nounModifiers.contains(tokens[o].key) { o -= 1 }
        if o > s.tokens.lowerBound, ["new", "latest", "own", "flagship", "nouveau", "nouvelle", "nouvel", "propre", "dernier", "derniere", "premier", "premiere"].contains(tokens[o].key) { o -= 1 }
        // `son assistant Marc`: a person's name after a noun that is also a job.
        if noun == "assistant", lex.firstNames.contains(tokens[r.lowerBound].key) { return false }
        if ProductCues.ownersBefore.contains(tokens[o].key) && ProductCues.ownedNounsBefore.contains(noun) { return true }
        return ProductCues.strongNounsBefore.contains(noun) && ["le", "la", "l'", "les", "un", "une", "du", "des", "au"].contains(tokens[n - 1].key)
    }

    /// `Calverton's game streaming service, Skyreach,`, `its new chip, the Helix 3,`, `le service de streaming de
    /// Calverton, Skyreach,`: a firm's product noun, then the name in apposition. The noun needs its owner (a
    /// possessive before it, or `de` + a capitalised name after it), so that `the service, Skyreach` alone stays unread.
    func productApposedAfterOwnedNoun(_ r: Range<Int>, in s: Sentence) -> Bool {
        let lo = s.tokens.lowerBound, end = s.tokens.upperBound
        var c = r.lowerBound - 1
        if c > lo, ["the", "le", "la", "l'"].contains(tokens[c].key) { c -= 1 }
        guard c > lo + 1, tokens[c].key == ",", couldNameProduct(r), !isKnownFirm(r),
              r.upperBound >= end || [",", ".", ";", "(", "—", "–"].contains(tokens[r.upperBound].key) || tokens[r.upperBound].kind == .word && !tokens[r.upperBound].isCapitalized && !tokens[r.upperBound].isOf else { return false }
        let nouns = ProductCues.apposedProductNouns
        var n = c - 1
        // `… de Calverton Systems, Skyreach`: the owner's name right before the comma, after `de`.
        var ownerAfter = false
        while n > lo, n > c - 7, tokens[n].kind == .word, tokens[n].isCapitalized || tokens[n].isAllCaps { n -= 1 }
        if n < c - 1 {
            guard n > lo, tokens[n].isOf else { return false }
            ownerAfter = true; n -= 1
        }
        // The noun stands within five lower-case words (`service de streaming de jeux`); an owner before it if none after.
        for m in stride(from: n, through: max(lo, n - 5), by: -1) {
            guard tokens[m].kind == .word, !tokens[m].isCapitalized else { return false }
            guard nouns.contains(tokens[m].key) else { continue }
            return ownerAfter || (max(lo, m - 4)..<m).contains { ProductCues.ownersBefore.contains(tokens[$0].key) }
        }
        return false
    }

    /// `launched Stadia`, `unveiled the Orbis`, `a lancé Quill`: the object of a launch, not followed by a possessive.
    func launchedObject(_ r: Range<Int>, in s: Sentence) -> Bool {
        var v = r.lowerBound - 1
        if v > s.tokens.lowerBound, ["new", "nouveau", "nouvelle", "nouvel"].contains(tokens[v].key) { v -= 1 }
        if v > s.tokens.lowerBound, ["the", "a", "an", "le", "la", "l'", "un", "une"].contains(tokens[v].key) { v -= 1 }
        if v > s.tokens.lowerBound, tokens[v].key == "out", ["rolled", "rolls", "rolling"].contains(tokens[v - 1].key) { v -= 1 }
        guard v >= s.tokens.lowerBound, ProductCues.launchVerbs.contains(tokens[v].key), !["rolled", "rolls"].contains(tokens[v].key) || tokens[v + 1].key == "out" else { return false }
        // `« … », a lancé Jensen Huang`: after a quotation the French verb reports speech.
        var a = v - 1
        if a >= s.tokens.lowerBound, ["a", "avait", "has", "had"].contains(tokens[a].key) { a -= 1 }
        if a >= s.tokens.lowerBound, [",", "»", "\"", "”", ":"].contains(tokens[a].text) { return false }
        let end = s.tokens.upperBound
        if r.upperBound < end, ["'s", "'", "-"].contains(tokens[r.upperBound].key) || Vocabulary.companyHeads.contains(tokens[r.upperBound].key) { return false }
        // `launched Zentrix, a startup`: an apposition that names a firm.
        if r.upperBound + 2 < end, tokens[r.upperBound].key == ",",
           (r.upperBound + 1..<min(end, r.upperBound + 6)).contains(where: { Vocabulary.companyHeads.contains(tokens[$0].key) || Vocabulary.organizationHeads.contains(tokens[$0].key) }) { return false }
        return couldNameProduct(r)
    }

    /// `Velora, made by X`, `le modèle Vela, conçu par X`, `the X-made Aquila trains`: a maker named around the product.
    func madeByAround(_ r: Range<Int>, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        var j = r.upperBound
        if j < end, tokens[j].key == "," { j += 1 }
        if j + 1 < end, ProductCues.madeParticiples.contains(tokens[j].key), ["by", "par"].contains(tokens[j + 1].key), couldNameProduct(r) { return true }
        let b = r.lowerBound
        return b - 3 >= s.tokens.lowerBound && ProductCues.hyphenMade.contains(tokens[b - 1].key) && tokens[b - 2].text == "-" && tokens[b - 3].isNameLike && couldNameProduct(r)
    }

    /// `a new alarm management solution called X`, `une puce baptisée X`: a product noun, then a naming participle.
    func namedAfterProductNoun(_ r: Range<Int>, in s: Sentence) -> Bool {
        let c = r.lowerBound - 1
        guard c - 1 >= s.tokens.lowerBound, ProductCues.namingWords.contains(tokens[c].key), couldNameProduct(r) else { return false }
        var n = c - 1
        if tokens[n].key == ",", n - 1 >= s.tokens.lowerBound { n -= 1 }
        // `la nouvelle puce de Brightwater Compute, baptisée Helix 3`: back over the owner after `de`.
        var m = n
        while m > s.tokens.lowerBound, m > n - 6, tokens[m].kind == .word, tokens[m].isCapitalized || tokens[m].isAllCaps { m -= 1 }
        if m < n, m - 1 >= s.tokens.lowerBound, tokens[m].isOf { n = m - 1 }
        let noun = tokens[n].key
        return ProductCues.ownedNounsAfter.contains(noun) || ProductCues.ownedNounsBefore.contains(noun) || Vocabulary.productHeads.contains(noun)
            || ProductCues.pluralProductNouns.contains(noun) || ProductNames.nounsBeforeProduct.contains(noun)
    }

    /// `streaming services, such as X`, `franchises such as A, B, C and D`: an example of a class of products,
    /// perhaps further down a list of names.
    func exampleOfProducts(_ r: Range<Int>, in s: Sentence) -> Bool {
        // `Assassin's Creed`: a possessive splits one title in two; neither half is named alone.
        guard couldNameProduct(r), r.lowerBound > s.tokens.lowerBound, !["'s", "'"].contains(tokens[r.lowerBound - 1].key),
              !(r.upperBound < s.tokens.upperBound && ["'s", "'"].contains(tokens[r.upperBound].key)) else { return false }
        var i = r.lowerBound - 1
        // Back over the earlier names of the list (`A, B, C and`).
        var steps = 0
        while i > s.tokens.lowerBound, steps < 24, tokens[i].isNameLike || [",", "and", "et", "or", "ou", "'s", "'", "\"", "“", "”", "«", "»", "the", "le", "la", "l'"].contains(tokens[i].key) || tokens[i].kind == .number {
            if ProductCues.exampleCues.contains(tokens[i].key) { break }
            i -= 1; steps += 1
        }
        guard i > s.tokens.lowerBound, ProductCues.exampleCues.contains(tokens[i].key) else { return false }
        var n = i - 1
        if tokens[i].key == "as" { guard tokens[n].key == "such" else { return false }; n -= 1 }
        if n > s.tokens.lowerBound, tokens[n].key == "," { n -= 1 }
        guard n >= s.tokens.lowerBound else { return false }
        let noun = tokens[n].key
        // `services such as X`: only streaming, cloud or online services are products.
        if ["services", "platforms"].contains(noun) { return n > s.tokens.lowerBound && ["streaming", "cloud", "online", "video", "music", "gaming", "subscription"].contains(tokens[n - 1].key) }
        // `a handheld device, such as the Korvo Myra 2`: a singular noun of the class before its example.
        return ProductCues.pluralProductNouns.contains(noun) || ProductCues.pluralProductNouns.contains(noun + "s") && !["tool", "product", "brand", "model", "title"].contains(noun)
    }
}
