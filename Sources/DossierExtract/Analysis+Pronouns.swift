import DossierModel

/// Subject pronouns that open a sentence (`It plans to build…`, `Elle prévoit…`, `He was appointed…`)
/// stand for the previous sentence's subject when it is of the pronoun's kind: a firm or body for
/// `it`, a person for `he`/`she`, and in French a person or a firm whose head noun has the
/// pronoun's gender (`la société` → `elle`, `le groupe` → `il`). Impersonal `il y a`, `il faut`,
/// `it is unclear whether` stand for nothing.
extension Analysis {
    /// Grammatical gender of a French antecedent; `nil` when the text does not show it.
    enum Gender { case masculine, feminine }

    /// Words that may open a sentence before its subject pronoun (`But it…`, `Mais elle…`).
    static let pronounOpeners: Set<String> = ["but", "and", "yet", "so", "now", "then", "mais", "et", "puis", "ensuite", "or", "donc", "depuis"]
    /// `il faut`, `il y a`, `il s'agit`, `il semble`: French verbs whose `il` is impersonal.
    static let impersonalFrenchVerbs: Set<String> = ["y", "faut", "fallait", "faudra", "faudrait", "fallu", "semble", "semblait", "suffit", "suffisait",
                                                     "reste", "restait", "restera", "existe", "existait", "convient", "importe", "manque", "manquait", "parait",
                                                     "apparait", "vaut", "valait", "pleut", "advient", "arrive", "arrivait", "devrait", "pourrait", "peut"]
    /// `il est prévu que`, `it is unclear whether`: adjectives and participles that make the copula impersonal.
    static let impersonalAttributes: Set<String> = ["prevu", "possible", "probable", "impossible", "improbable", "necessaire", "important", "difficile", "facile",
                                                    "clair", "certain", "vrai", "evident", "rare", "envisage", "question", "temps", "interdit", "precise", "indique",
                                                    "estime", "exclu", "permis", "inutile", "utile", "urgent", "normal", "logique", "essentiel", "crucial", "indispensable",
                                                    "a", "peu", "fort", "bon", "prevue", "souhaitable", "dommage",
                                                    "unclear", "clear", "likely", "unlikely", "possible", "impossible", "important", "hard", "difficult", "easy",
                                                    "true", "time", "worth", "understood", "believed", "thought", "estimated", "expected", "reported", "said",
                                                    "known", "too", "uncertain", "necessary", "essential", "crucial", "notable", "striking", "telling", "significant"]
    /// `It seems`, `It remains to be seen`, `it takes`: English verbs whose `it` is impersonal.
    static let impersonalEnglishVerbs: Set<String> = ["seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took", "means", "meant",
                                                      "follows", "followed", "matters", "mattered", "turns", "turned", "happens", "happened", "helps", "helped", "costs"]
    static let copulas: Set<String> = ["is", "was", "'s", "will", "would", "be", "been", "has", "had", "may", "might", "could", "est", "etait", "sera", "serait", "fut", "not", "n'", "ne", "pas", "also", "still"]
    static let masculineHeads: Set<String> = ["groupe", "fonds", "geant", "fabricant", "mineur", "operateur", "specialiste", "constructeur", "fournisseur", "editeur",
                                              "producteur", "exploitant", "leader", "conglomerat", "hebergeur", "equipementier", "industriel", "assureur", "armateur",
                                              "numero", "champion", "acteur", "developpeur", "concepteur", "distributeur", "negociant", "courtier", "gestionnaire",
                                              "ministere", "departement", "tresor", "bureau", "conseil", "gouvernement", "office", "parlement", "senat", "congres",
                                              "comite", "service", "parquet", "tribunal", "regulateur", "gendarme", "organisme", "etablissement", "cabinet", "laboratoire"]
    static let feminineHeads: Set<String> = ["societe", "entreprise", "firme", "compagnie", "start-up", "startup", "banque", "plateforme", "agence", "commission",
                                             "autorite", "administration", "association", "organisation", "federation", "union", "cour", "direction", "filiale",
                                             "maison", "coentreprise", "holding", "jeune", "pousse", "licorne", "chaine", "plate-forme", "mutuelle", "cooperative"]

    /// The pronoun at the head of sentence `k` (after an opening connective or a fronted phrase and its comma), if any.
    private func openingPronoun(sentence k: Int) -> Int? {
        let s = sentences[k]
        var i = s.tokens.lowerBound
        // `Situé à Kemi, il affiche 40 MW`: the site, which the facility reading places.
        if Self.situatedParticiples.contains(tokens[i].key) { return nil }
        if Self.pronounOpeners.contains(tokens[i].key) { i += 1 }
        if i < s.tokens.upperBound, tokens[i].key == "," { i += 1 }
        if i < s.tokens.upperBound, Self.subjectPronounKeys.contains(tokens[i].key), !isImpersonal(at: i, sentence: k) { return i }
        // `Last year, it acquired…`, `En 2021, elle a racheté…`: a fronted phrase that names no actor.
        let limit = min(s.tokens.upperBound - 1, s.tokens.lowerBound + 10)
        guard let comma = (s.tokens.lowerBound..<limit).first(where: { tokens[$0].key == "," }),
              Self.subjectPronounKeys.contains(tokens[comma + 1].key), !isImpersonal(at: comma + 1, sentence: k),
              // `Selon X, il…` keeps X out: a source or an actor in the phrase may be what the pronoun means.
              !slots[k].contains(where: { $0.tokens.upperBound <= comma && [.company, .organization, .person].contains(type($0.entity)) }),
              !(s.tokens.lowerBound..<comma).contains(where: { ["selon", "according", "d'apres", "said", "indique", "declare"].contains(tokens[$0].key) }),
              // `Il y a deux ans, il a racheté` opens on an impersonal phrase, which is fine; any other pronoun before the comma is a clause.
              !(s.tokens.lowerBound..<comma).contains(where: { Self.subjectPronounKeys.contains(tokens[$0].key) && !isImpersonal(at: $0, sentence: k) }) else { return nil }
        return comma + 1
    }

    static let subjectPronounKeys: Set<String> = ["it", "he", "she", "il", "elle"]
    /// First words of a phrase of time or circumstance fronted before the subject.
    static let frontedOpeners: Set<String> = ["in", "on", "at", "after", "before", "since", "during", "last", "earlier", "later", "this", "next", "for", "with",
                                              "under", "following", "despite", "as", "while", "when", "meanwhile", "however", "separately", "yesterday", "today",
                                              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also", "by", "through", "amid",
                                              "en", "depuis", "apres", "avant", "lors", "dans", "pour", "malgre", "face", "fin", "debut", "hier", "aujourd'hui",
                                              "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "par", "avec", "sans", "outre", "des", "au", "a", "d'ici"]

    /// The tokens of sentence `k` inside quotation marks; `open` carries a quotation into the next
    /// sentence of the same paragraph.
    func quotedTokens(sentence k: Int, open: inout Bool) -> Set<Int> {
        var out: Set<Int> = []
        if tokens[sentences[k].tokens.lowerBound].startsLine { open = false }
        for i in sentences[k].tokens {
            switch tokens[i].text {
            case "«", "“": open = true
            case "»", "”": open = false
            case "\"": open.toggle()
            default: if open { out.insert(i) }
            }
        }
        return out
    }

    /// `il y a`, `il faut`, `il s'agit`, `il est prévu que`, `it is unclear whether`, `it seems`.
    private func isImpersonal(at i: Int, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        let key = tokens[i].key
        guard key == "il" || key == "it" else { return false }
        var j = i + 1
        while j < end, ["ne", "n'"].contains(tokens[j].key) { j += 1 }
        guard j < end else { return true }
        if key == "il" {
            if Self.impersonalFrenchVerbs.contains(tokens[j].key) { return true }
            if tokens[j].key == "s'" || tokens[j].key == "se" { return true }
        } else if Self.impersonalEnglishVerbs.contains(tokens[j].key) {
            return true
        }
        // Past the copula and its adverbs to the attribute.
        var a = j
        while a < end, a - j < 4, Self.copulas.contains(tokens[a].key) { a += 1 }
        return a > j && a < end && Self.impersonalAttributes.contains(tokens[a].key)
    }

    /// Links the sentence's opening subject pronoun to the previous sentence's subject of its kind.
    /// `previous` is the last sentence read before `k`; `genders` the French gender each antecedent was shown with.
    func resolveSubjectPronoun(sentence k: Int, previous p: Int?, genders: [Int: Gender], quoted: Set<Int>, previousQuoted: Set<Int>) {
        guard let p, let i = openingPronoun(sentence: k), !quoted.contains(i) else { return }
        let key = tokens[i].key
        let kinds: Set<EntityType> = key == "it" ? [.company, .organization] : key == "he" || key == "she" ? [.person] : [.person, .company, .organization]
        let fits = { (e: Int) -> Bool in
            guard kinds.contains(self.type(e)) else { return false }
            guard key == "il" || key == "elle", self.type(e) != .person else { return true }
            // A firm is `elle` unless its head noun was masculine; a body only when its gender is known.
            let g = genders[e] ?? (self.type(e) == .company ? .feminine : nil)
            return g == nil || (g == .masculine) == (key == "il")
        }
        let actors = slots[p].filter { [.person, .company, .organization].contains(type($0.entity)) && !drafts[$0.entity].isMedia && !isNamedAsSource($0, sentence: p) && !namesAProduct($0, sentence: p) }
        var antecedent: Int?
        if let subject = sentenceSubject(p, quoted: previousQuoted) {
            if fits(subject.entity) {
                antecedent = subject.entity
            } else if [.person, .company, .organization].contains(type(subject.entity)) {
                // `X was founded by Mara Okonkwo. She…`: the one actor of the pronoun's kind the sentence names.
                let others = Set(actors.map(\.entity).filter(fits))
                if others.count == 1 { antecedent = others.first }
            }
        }
        guard let e = antecedent else { return }
        addMention(entity: e, tokens: i..<(i + 1), sentence: k, rule: "coref:pronoun", confidence: 0.5, anaphor: true)
    }

    /// The subject of sentence `k`: its first name (or anaphor) that is no complement, source, maker of a
    /// product, possessive, quotation or place used as a qualifier (`Texas-based`), and that opens the
    /// sentence or its clause after a fronted phrase (`On Monday, X said`), not one deep in a complement
    /// (`The deal needs approval from the authority, Y`).
    func sentenceSubject(_ k: Int, quoted: Set<Int>) -> Slot? {
        let lo = sentences[k].tokens.lowerBound
        let limit = min(sentences[k].tokens.upperBound, lo + 15)
        // `On Monday, X said`, `En 2021, X a racheté`: a fronted phrase of time or circumstance before the subject.
        let fronted = Self.frontedOpeners.contains(tokens[lo].key) || tokens[lo].kind == .number || Self.openingParticiples.contains(tokens[lo].key)
        let clauseStart = fronted ? (lo..<limit).first(where: { tokens[$0].key == "," }).map { $0 + 1 } ?? lo : lo
        return slots[k].first { sl in
            guard [.person, .company, .organization, .location, .product].contains(type(sl.entity)), !drafts[sl.entity].isMedia, !quoted.contains(sl.tokens.lowerBound) else { return false }
            guard sl.tokens.lowerBound - lo <= 6 || (sl.tokens.lowerBound >= clauseStart && sl.tokens.lowerBound - clauseStart <= 6) else { return false }
            if Self.possessives.contains(tokens[sl.tokens.lowerBound].key) || isComplement(sl, sentence: k) || isNamedAsSource(sl, sentence: k) || namesAProduct(sl, sentence: k) { return false }
            let after = sl.tokens.upperBound
            return !(type(sl.entity) == .location && after < sentences[k].tokens.upperBound && (tokens[after].text == "-" || slots[k].contains { $0.tokens.lowerBound == after }))
        }
    }

    /// The gender a French text shows for a name: the determiner or head noun just before it
    /// (`la société X`, `le groupe X`, `le géant américain X`), or the anaphor's own word.
    func frenchGender(of sl: Slot, sentence k: Int) -> Gender? {
        let lo = sentences[k].tokens.lowerBound
        if sl.anaphor {
            switch tokens[sl.tokens.lowerBound].key {
            case "il", "le", "ce", "cet": return .masculine
            case "elle", "la", "cette": return .feminine
            default: break
            }
            let words = keys(sl.tokens)
            if words.contains(where: { Self.masculineHeads.contains($0) }) { return .masculine }
            if words.contains(where: { Self.feminineHeads.contains($0) }) { return .feminine }
            return nil
        }
        // A body's own head noun: `le ministère…`, `la Commission…`.
        if type(sl.entity) == .organization {
            let first = tokens[sl.tokens.lowerBound].key
            if Self.masculineHeads.contains(first) { return .masculine }
            if Self.feminineHeads.contains(first) { return .feminine }
        }
        var j = sl.tokens.lowerBound - 1
        // Only over the descriptor itself: a preposition or a verb ends it (`un accord avec X` says nothing of X).
        while j >= lo, sl.tokens.lowerBound - j <= 4, tokens[j].kind == .word, !tokens[j].isNameLike,
              !Self.complementMarkers.contains(tokens[j].key), !Self.descriptorStops.contains(tokens[j].key) {
            let key = tokens[j].key
            if Self.masculineHeads.contains(key) { return .masculine }
            if Self.feminineHeads.contains(key) { return .feminine }
            if ["le", "un", "du", "au", "ce", "cet"].contains(key) { return .masculine }
            if ["la", "une", "cette"].contains(key) { return .feminine }
            j -= 1
        }
        return nil
    }
}

extension Analysis {
    /// `It runs a data center in Mäntsälä` after the firm's Vineland campus: a site of the same firm and
    /// kind described in another town is another site (a country or region may contain the first one's town).
    func isPlacedElsewhere(_ facility: Int, than place: Int?) -> Bool {
        let wide: Set<Value> = [.string("country"), .string("region"), .string("macro-region")]
        let isTown = { (p: Int) in self.drafts[p].properties["kind"].map { !wide.contains($0) } ?? true }
        guard let place, isTown(place) else { return false }
        let towns = relations.compactMap { r -> Int? in
            guard r.subject == facility, r.predicate == .locatedIn, case .entity(let p) = r.object, isTown(p) else { return nil }
            return p
        }
        return !towns.isEmpty && !towns.contains(place)
    }
}
