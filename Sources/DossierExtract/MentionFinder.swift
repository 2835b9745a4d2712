import DossierModel

/// A name found in a sentence, typed, before document-level grouping.
struct NameMention: Sendable {
    var tokens: Range<Int>
    var sentence: Int
    var type: EntityType
    /// 3 = lexicon or legal form, 2 = context cue, 1 = default guess.
    var strength: Int
    var rule: String
    var lexicon: Int? = nil
    /// Country given by a nationality adjective around the name (`le quotidien russe Kommersant`).
    var nationality: String? = nil
    var isMedia = false
    /// An acronym given in parentheses right after the name.
    var acronym: String? = nil
    /// The lexicon entry of the parent firm whose local arm this name is (`Orange` in `Orange Cameroun`).
    var parentLexicon: Int? = nil
    /// The name without a legal-form prefix or suffix (`OOO Volna` → `Volna`).
    var bareName: String? = nil
}

/// Finds and types the names of one sentence: lexicon places and authorities, capitalised
/// chunks with connectors, legal forms, French lower-case ministry names; types them from
/// their words, their lexicon entry, and the nouns and titles around them.
struct MentionFinder {
    /// Words that go on with the clause after a name (verbs, prepositions, relatives): what stands before
    /// them closes the name.
    static let clauseAfterName: Set<String> = ["said", "says", "has", "have", "had", "is", "was", "will", "would", "raised", "raises", "announced", "announces",
                                               "signed", "plans", "and", "or", "which", "who", "in", "of", "for", "with", "to", "on", "at", "from", "by", "'s",
                                               "a", "ont", "est", "sera", "va", "annonce", "qui", "dont", "et", "ou", "en", "de", "du", "pour", "avec", "sur", "par", "leve", "signe",
                                               "secured", "secures", "won", "wins", "agreed", "agrees", "acquired", "bought", "launched", "launches", "opened", "expects",
                                               "reported", "posted", "completed", "filed", "unveiled", "obtient", "obtenu", "conclu", "lance", "ouvre", "acquiert", "rachete",
                                               "formed", "created", "founded", "built", "builds", "operates", "owns", "develops", "invested", "invests", "partnered",
                                               "dans", "au", "aux", "chez", "contre", "vers", "exploite", "construit", "developpe", "detient", "investit", "fournit",
                                               "fournira", "prevoit", "compte", "veut", "emploie", "cree", "fonde", "s'associe"]

    let lex: Lexicons
    let tokens: [Token]
    /// Words seen in lower case somewhere in the document: a capitalised sentence opener
    /// among them is an ordinary word.
    let lowercaseWords: Set<String>
    /// Words seen capitalised inside a sentence (not as its first word): names for sure.
    let midSentenceCapitals: Set<String>

    func isSentenceInitial(_ i: Int, in s: Sentence) -> Bool {
        var k = i - 1
        while k >= s.tokens.lowerBound {
            let t = tokens[k]
            if t.kind == .word || t.kind == .number { return false }
            if t.text == ":" { return true }
            // `ASTANA — Devenu en 2021 …`: the word after a dateline opens the sentence.
            if ["—", "–"].contains(t.text), k > s.tokens.lowerBound, tokens[k - 1].isAllCaps, tokens[k - 1].kind == .word { return true }
            // `(Agence Ecofin) - En RDC, …`, `(Reuters) – Le groupe …`: so does the word after a credited source.
            if ["—", "–", "-"].contains(t.text), k > s.tokens.lowerBound, tokens[k - 1].text == ")" { return true }
            k -= 1
        }
        return true
    }

    /// A token that can be part of a name here.
    /// Unit endings that digits may carry glued on (`10Gbps`, `5Ghz`, `20Kwh`).
    static let glueUnits = ["bps", "hz", "wh", "watts", "tonnes", "tons", "bits"]

    func nameLike(_ i: Int, in s: Sentence) -> Bool {
        let t = tokens[i]
        guard t.isNameLike, !Self.isExchangeCode(t.text) else { return false }
        if Self.isAcronymPlural(t) { return false }
        // `from A to Z`: a letter standing alone is no name (an initial takes its dot, `X Corp` a second word, `Groupe E` a first).
        if t.text.unicodeScalars.count == 1, lex.knownNames.value(t.key) == nil,
           !(i + 1 < s.tokens.upperBound && (tokens[i + 1].text == "." || tokens[i + 1].isNameLike && tokens[i + 1].spaceBefore)),
           !(i > s.tokens.lowerBound && tokens[i - 1].isCapitalized && tokens[i - 1].kind == .word) { return false }
        // `C’est`, `L’entreprise` after a credit or a dash: a French elision is never a name of its own.
        if t.key.hasSuffix("'"), Tokenizer.elisions.contains(String(t.key.dropLast())) { return false }
        // `Sanctions-hit X` opening a sentence: the compound adjective is no part of the name.
        if FrontedSanctionCues.compounds.contains(t.key) { return false }
        // `RM17 billion`: an amount written after a currency's letters is no name.
        if ProductNames.isCurrencyAmount(t.key) { return false }
        // `(AED 807 million)`: a currency's code before an amount.
        if t.isAllCaps, t.text.count == 3, i + 1 < s.tokens.upperBound, tokens[i + 1].kind == .number, lex.currencies.value(t.key) != nil { return false }
        if ProductNames.isChemicalFormula(t.text) { return false }
        // `a 400 Megawatts (MW) campus`: a unit after a number, capitalised or not, is no name.
        if i > s.tokens.lowerBound, tokens[i - 1].kind == .number, ValueReader.capacityUnits[t.key] != nil { return false }
        // `3HC Semiconductors`: a name may open on digits when capitals and a firm word follow.
        // (`50Hertz`: digits glued to a capitalised word of four letters or more are a name of their own, unless the
        // word is a unit, `10Gbps`.)
        if t.text.first?.isNumber ?? true {
            let letters = t.text.filter(\.isLetter)
            let gluedWord = t.text.drop(while: \.isNumber).count == letters.count && letters.count >= 4
                && letters.first!.isUppercase && letters.dropFirst().allSatisfy(\.isLowercase) && !Self.glueUnits.contains { letters.lowercased().hasSuffix($0) }
            guard gluedWord || letters.count >= 2 && letters.allSatisfy(\.isUppercase) && i + 1 < s.tokens.upperBound && tokens[i + 1].kind == .word
                  && tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore && Vocabulary.companyWords.contains(tokens[i + 1].key) else { return false }
        }
        // `Bitcoin Mining Council`, `Crypto Valley Association`: a common word opens a name that capitals carry to
        // a word of firms or bodies.
        if Vocabulary.notNames.contains(t.key) {
            guard t.isCapitalized, !t.isAllCaps, i + 1 < s.tokens.upperBound, tokens[i + 1].isCapitalized, tokens[i + 1].kind == .word else { return false }
            var j = i + 1
            while j < min(s.tokens.upperBound, i + 5), tokens[j].isCapitalized, tokens[j].kind == .word {
                if Vocabulary.companyWords.contains(tokens[j].key) || Vocabulary.organizationWords.contains(tokens[j].key) { return true }
                j += 1
            }
            return false
        }
        // `US$9 billion`, `C$`, `HK$`: a currency sign.
        if i + 1 < s.tokens.upperBound, tokens[i + 1].text == "$", !tokens[i + 1].spaceBefore { return false }
        if t.key.hasSuffix("s"), lex.demonyms[String(t.key.dropLast())] != nil, !t.isAllCaps { return false }
        // Stock tickers: `(NASDAQ: WULF)`.
        if i > s.tokens.lowerBound, tokens[i - 1].text == "(", i + 2 < s.tokens.upperBound, tokens[i + 1].text == ":" { return false }
        if i >= s.tokens.lowerBound + 2, tokens[i - 1].text == ":", tokens[i - 2].isAllCaps, i + 1 < s.tokens.upperBound, tokens[i + 1].text == ")" { return false }
        // `Russian-language forums`, `French-speaking`, `Chinese-made`: a demonym compound is an adjective.
        if let dash = t.text.firstIndex(of: "-"), t.text[t.text.index(after: dash)...].first?.isLowercase == true,
           let head = t.key.split(separator: "-").first, lex.demonyms[String(head)] != nil { return false }
        // `AI-driven`, `GPU-ready`, `Nvidia-powered`: a compound closed by a participle or adjective qualifies a noun.
        if let dash = t.text.lastIndex(of: "-"), Self.compoundAdjectiveTails.contains(String(t.text[t.text.index(after: dash)...])) { return false }
        if lex.demonyms[t.key] != nil && !t.isAllCaps && !(i + 1 < s.tokens.upperBound && tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore) { return false }
        if lex.roleTitles.value(t.key) != nil && !t.isCamel && t.key != "founder" && !(t.isAllCaps && t.text.count > 3) { return false }
        if t.key.hasPrefix("co-"), lex.roleTitles.value(String(t.key.dropFirst(3))) != nil { return false }
        if let (len, _) = lex.roleTitles.longestMatch(tokens, at: i, limit: s.tokens.upperBound), len >= 2, !t.isAllCaps { return false }
        // (`the Honorable Emil Michael`: a form of address, like `Mr.`, stands outside the name.)
        if Vocabulary.personTitles.contains(t.key) && t.text.count <= 4 || ["honorable", "honourable"].contains(t.key) { return false }
        if isRankBeforeName(i, in: s) { return false }
        // `Le`, `The`, `Les` open a name only before another capital (`Les Échos`, `The Wall Street Journal`).
        if t.text.count <= 3, Vocabulary.commonStarters.contains(t.key), !t.isAllCaps,
           !(i + 1 < s.tokens.upperBound && tokens[i + 1].isCapitalized && tokens[i + 1].kind == .word && !isSentenceInitial(i, in: s)) { return false }
        // Datelines and rubric labels (`ANALYSE —`, `WASHINGTON —`) are only kept when they are places.
        if t.isAllCaps, t.startsLine, i + 1 < s.tokens.upperBound, ["—", "–", "-", ":"].contains(tokens[i + 1].text), lex.places.value(t.key) == nil { return false }
        if t.isCapitalized && !t.isAllCaps && !t.isCamel && !t.hasDigit && isSentenceInitial(i, in: s) {
            if Vocabulary.commonStarters.contains(t.key) || NameVocabulary.moreStarters.contains(t.key) || lowercaseWords.contains(t.key) { return false }
            // `Baptisée Sohar Hash…`, `Fondée en 2017`: a French participle opening the sentence.
            if ["é", "ée", "és", "ées"].contains(where: { t.text.hasSuffix($0) }), t.text.count > 4, !lex.firstNames.contains(t.key), lex.places.value(t.key) == nil { return false }
            // A capitalised opener is a name only if it is capitalised elsewhere, known, or followed by another capital.
            // `Miravel's chief executive`: a possessive after the opener makes it an owner's name.
            let nextIsName = i + 1 < s.tokens.upperBound && ((tokens[i + 1].kind == .word && (tokens[i + 1].isCapitalized || tokens[i + 1].isAllCaps)) || tokens[i + 1].key == "'s"
                || (tokens[i + 1].text == "," && !["ment", "ly", "ed", "ing", "ant"].contains(where: { t.key.hasSuffix($0) })
                    && !["é", "ée", "és", "ées"].contains(where: { t.text.hasSuffix($0) })))
            if !nextIsName && !midSentenceCapitals.contains(t.key) && !lex.firstNames.contains(t.key) && lex.places.value(t.key) == nil
                && !raisedFundsAfter(i + 1, in: s) && !corporateVerbAfter(i + 1, in: s) { return false }
        }
        return true
    }

    /// Determiners that open a complement after `de` (`Paris, de son côté`): the noun comes later.
    static let determinersAfterOf: Set<String> = ["son", "sa", "ses", "la", "le", "les", "l'", "leur", "leurs", "notre", "nos", "votre", "vos", "ce", "cette", "ces", "cet", "un", "une", "meme", "nouveau", "nouveaux"]
    /// `UAVs`, `SMEs`, `NGOs`: an acronym's plural is a common noun.
    static func isAcronymPlural(_ t: Token) -> Bool {
        t.text.count >= 3 && t.text.hasSuffix("s") && t.text.dropLast().allSatisfy { $0.isUppercase }
    }

    static let councilLevels: Set<String> = ["regional", "departemental", "municipal", "general", "communautaire", "metropolitain", "territorial"]
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "un", "une", "deux", "trois", "quatre", "cinq"]
    static let leadInPrepositions: Set<String> = ["in", "on", "at", "for", "as", "by", "after", "before", "when", "with", "from", "dans", "en", "pour", "apres", "avant", "quand", "avec"]

    /// The end of two or more words in capitals opening the sentence on an article or a preposition, each an ordinary
    /// word (one the text also writes in lower case, an article, a count): a newspaper's lead-in, not a name.
    private func capitalisedLeadIn(at i: Int, in s: Sentence) -> Int? {
        guard tokens[i].isAllCaps, isSentenceInitial(i, in: s) else { return nil }
        var j = i
        func ordinary(_ key: String) -> Bool {
            lowercaseWords.contains(key) || Vocabulary.commonStarters.contains(key) || NameVocabulary.moreStarters.contains(key) || Self.countWords.contains(key)
        }
        // (It opens on an article or a preposition: `US AI firms` is no lead-in.)
        guard Vocabulary.commonStarters.contains(tokens[i].key) || Self.leadInPrepositions.contains(tokens[i].key) else { return nil }
        while j < s.tokens.upperBound, tokens[j].isAllCaps, tokens[j].kind == .word, ordinary(tokens[j].key) { j += 1 }
        return j - i >= 2 ? j : nil
    }

    /// Inside a name already begun, small capitalised words are allowed (`Masayoshi Son`, `Le Monde`).
    func continuesName(_ j: Int, in s: Sentence) -> Bool {
        let t = tokens[j]
        // `YTL AI Cloud`: a common acronym between two capitalised words stays in the name.
        if Vocabulary.notNames.contains(t.key), t.isAllCaps, lex.roleTitles.value(t.key) == nil, j + 1 < s.tokens.upperBound,
           tokens[j + 1].isCapitalized, tokens[j + 1].kind == .word, !Vocabulary.notNames.contains(tokens[j + 1].key) { return true }
        guard t.isNameLike, !Vocabulary.notNames.contains(t.key), !Self.isExchangeCode(t.text), !Self.isAcronymPlural(t) else { return false }
        // `for C$1.86 billion`, `US$`: a currency sign.
        if j + 1 < s.tokens.upperBound, tokens[j + 1].text == "$", !tokens[j + 1].spaceBefore { return false }
        if lex.roleTitles.value(t.key) != nil && !t.isCamel && !(t.isAllCaps && t.text.count > 3) && t.key != "founder" { return false }
        // `Morrow Research analyst X`: a capitalised first word of a role written in lower case after it is the firm's.
        if let (len, _) = lex.roleTitles.longestMatch(tokens, at: j, limit: s.tokens.upperBound), len >= 2,
           !(t.isCapitalized && !tokens[j + len - 1].isCapitalized && !tokens[j + len - 1].isAllCaps) { return false }
        if t.key.hasPrefix("co-"), lex.roleTitles.value(String(t.key.dropFirst(3))) != nil { return false }
        return true
    }

    func find(in s: Sentence, index: Int) -> [NameMention] {
        var found: [NameMention] = []
        var i = s.tokens.lowerBound
        let end = s.tokens.upperBound
        while i < end {
            if let m = lowercaseOrganization(at: i, end: end, sentence: index) { found.append(m); i = m.tokens.upperBound; continue }
            if let m = lowercaseDepartment(at: i, end: end, sentence: index) { found.append(m); i = m.tokens.upperBound; continue }
            if let ms = governmentBody(at: i, in: s, sentence: index) {
                found += ms
                if ms.count == 1, let inner = nameClosingBody(ms[0], in: s, sentence: index) { found.append(inner) }
                i = ms.last!.tokens.upperBound
                continue
            }
            if let m = administration(at: i, in: s, sentence: index) { found.append(m); i = m.tokens.upperBound; continue }
            if let m = lexiconName(at: i, in: s, sentence: index) {
                found.append(m)
                if let maker = makerInProductName(m) { found.append(maker) }
                i = m.tokens.upperBound
                continue
            }
            if let stop = officePortfolioEnd(at: i, in: s) { i = stop; continue }
            if nameLike(i, in: s) || companyPrefix(at: i, end: end) != nil {
                // `IN ONE of its final acts`: a paragraph's first words set in capitals are ordinary words.
                if let stop = capitalisedLeadIn(at: i, in: s) { i = stop; continue }
                let m = chunk(at: i, in: s, sentence: index)
                if let m { found.append(m); i = max(m.tokens.upperBound, i + 1) } else { i += 1 }
                if let m, let inner = nameClosingBody(m, in: s, sentence: index) { found.append(inner) }
                if let m, let maker = makerInProductName(m) { found.append(maker) }
                continue
            }
            // `Chief Financial Officer`: a capitalised role title is skipped whole, so that its tail
            // (`Financial Officer`) does not start a name.
            if tokens[i].isCapitalized, !tokens[i].isAllCaps, let (len, _) = lex.roleTitles.longestMatch(tokens, at: i, limit: end), len >= 2 {
                i += len; continue
            }
            i += 1
        }
        for k in found.indices { attachAcronym(&found[k], end: end) }
        return found
    }

    // MARK: - Lexicon names

    private func hasCapital(_ r: Range<Int>) -> Bool { r.contains { tokens[$0].isCapitalized || tokens[$0].isAllCaps } }

    /// The name continues past `r` with another capitalised word: the lexicon entry is only part of it.
    func continues(_ r: Range<Int>, end: Int) -> Bool {
        let u = r.upperBound
        guard u < end else { return false }
        let t = tokens[u]
        // `explique à l'AFP Fabrice Coquio`: a person's first and last name after the known name.
        if lex.firstNames.contains(t.key), !t.isAllCaps, u + 1 < end, tokens[u + 1].kind == .word, tokens[u + 1].isCapitalized,
           tokens[u + 1].spaceBefore, !Vocabulary.companyWords.contains(tokens[u + 1].key) { return false }
        // `Indiana Michigan Power`: a second place is still the name's when a firm's word closes it.
        let placeInName = lex.places.value(t.key) == nil || lex.places.longestMatch(tokens, at: u, limit: end).map { u + $0.length < end
            && tokens[u + $0.length].isCapitalized && Vocabulary.companyWords.contains(tokens[u + $0.length].key) } == true
        return t.kind == .word && (t.isCapitalized || t.isAllCaps) && t.spaceBefore && !Vocabulary.notNames.contains(t.key)
            && placeInName && !(lex.roleTitles.value(t.key) != nil)
    }

    private func lexiconName(at i: Int, in s: Sentence, sentence: Int) -> NameMention? {
        let end = s.tokens.upperBound
        let first = tokens[i]
        // A seat of power named as a place (`the White House`, `Bruxelles`, `le Kremlin`) is read from the
        // places lexicon even where the authorities lexicon lists the body; `isLocative` decides its type.
        let placeLength = lex.places.longestMatch(tokens, at: i, limit: end)?.length ?? 0
        // `La Commission de régulation de l'énergie`: an alias led by an article (`la Commission`) gives way to a
        // longer name that starts after the article.
        let articleLed = Vocabulary.commonStarters.contains(first.key) && first.text.count <= 3 && i + 1 < end
        let longerAfterArticle = articleLed ? max(lex.authorities.longestMatch(tokens, at: i + 1, limit: end)?.length ?? 0,
                                                   knownName(at: i + 1, in: s, sentence: sentence)?.tokens.count ?? 0) : 0
        // (`in the White House`: the building, read from the places lexicon after the article.)
        let seatInside = articleLed && lex.places.longestMatch(tokens, at: i + 1, limit: end).map { lex.entries[$0.1].kind == "seat" } == true
            && isLocative(before: i + 1, in: s)
        if let (len, id) = lex.authorities.longestMatch(tokens, at: i, limit: end), len > placeLength, !(articleLed && longerAfterArticle >= len), !seatInside,
           !namesAnotherInstitution(i..<(i + len), end: end) {
            let r = i..<(i + len)
            let single = len == 1
            // `ASIC` in a mining story is the chip, not the Australian regulator.
            if !(single && Vocabulary.notNames.contains(first.key)), hasCapital(r) && (!single || first.isAllCaps || first.isCapitalized && !isSentenceInitial(i, in: s) || first.isCapitalized)
                && !continues(r, end: end) && !(single && first.isCapitalized && !first.isAllCaps && isSentenceInitial(i, in: s) && lowercaseWords.contains(first.key)) {
                let e = lex.entries[id]
                return NameMention(tokens: r, sentence: sentence, type: e.type, strength: 3, rule: "lexicon:authorities", lexicon: id)
            }
        }
        // `Treasury also blacklisted X`: wire copy drops the article before the US department (not `Treasury yields`).
        if first.key == "treasury", first.isCapitalized, !continues(i..<(i + 1), end: end), let id = lex.authorities.value("treasury department"),
           !(i + 1 < end && ["yields", "yield", "bonds", "bond", "notes", "bills", "securities", "market", "markets", "auction", "auctions", "prices", "rates"].contains(tokens[i + 1].key)) {
            return NameMention(tokens: i..<(i + 1), sentence: sentence, type: lex.entries[id].type, strength: 3, rule: "lexicon:authorities", lexicon: id)
        }
        if let m = knownName(at: i, in: s, sentence: sentence) { return m }
        if let (len, id) = lex.places.longestMatch(tokens, at: i, limit: end) {
            let r = i..<(i + len)
            // `la mer Baltique`, `le golfe Persique`, `la région parisienne`: French writes a place's head noun in lower case.
            let geoHead = Vocabulary.regionWords.contains(first.key) || Vocabulary.waterHeads.contains(first.key) || first.key == "pays"
            guard first.isCapitalized || first.isAllCaps || (geoHead && len >= 2) else { return nil }
            if len == 1 && (Vocabulary.notNames.contains(first.key) || (isSentenceInitial(i, in: s) && lowercaseWords.contains(first.key) && !first.isAllCaps)) { return nil }
            if len == 1 && first.isAllCaps && first.text.count <= 3 && !first.text.contains(".") && lex.entries[id].kind == "city" { return nil }
            if len == 1 && first.text.count <= 2 && !(first.isAllCaps && lex.entries[id].kind == "country") { return nil }
            if len == 1 && Vocabulary.commonStarters.contains(first.key) && !first.isAllCaps { return nil }
            // `Tête d'affiche du sommet, X …`: a town's name opening the sentence before `d'`/`de` and a common noun is that noun.
            if len == 1, lex.entries[id].kind == "city", isSentenceInitial(i, in: s), r.upperBound + 1 < end, ["d'", "de"].contains(tokens[r.upperBound].key),
               tokens[r.upperBound + 1].kind == .word, !tokens[r.upperBound + 1].isCapitalized,
               !Self.determinersAfterOf.contains(tokens[r.upperBound + 1].key) { return nil }
            // `de l'Eau et des mines`: a place the lexicon knows by an acronym (`EAU`) only under that acronym, in capitals.
            if len == 1, !first.isAllCaps, lex.entries[id].knowsOnlyAsAcronym(first.key, length: 4) { return nil }
            // `US$9 billion`, `C$`, `HK$`: a currency sign, not a place.
            if r.upperBound < end, tokens[r.upperBound].text == "$", !tokens[r.upperBound].spaceBefore { return nil }
            if continues(r, end: end) || legalNameFollows(r.upperBound, in: s) { return nil }
            // `M. Harper`, `Mr. Paris`: after an honorific a town's name is a surname.
            if len == 1, lex.entries[id].kind == "city", honorificBefore(i, in: s) { return nil }
            // `Elizabeth Warren`, `Paris Hilton`: a first name before another capitalised word opens a person's name.
            if len == 1, lex.firstNames.contains(first.key), lex.entries[id].kind == "city", r.upperBound < end, tokens[r.upperBound].isCapitalized,
               tokens[r.upperBound].kind == .word, tokens[r.upperBound].spaceBefore, !Vocabulary.regionWords.contains(tokens[r.upperBound].key) { return nil }
            // Preceded by a capitalised word joined to it: part of a longer name. (`MTN Nigeria`, `Entergy Louisiana`: after
            // a firm the lexicon knows, a country or a region is the place of the firm's local arm, still a place.)
            if i > s.tokens.lowerBound, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, nameLike(i - 1, in: s),
               lex.places.value(tokens[i - 1].key) == nil, lex.roleTitles.value(tokens[i - 1].key) == nil,
               !Vocabulary.regionWords.contains(tokens[i - 1].key), !(lex.entries[id].kind != "city" && knownFirmEnds(at: i, in: s)) { return nil }
            if lex.entries[id].kind == "seat", !isLocative(before: i, in: s) {
                return NameMention(tokens: r, sentence: sentence, type: .organization, strength: 3, rule: "lexicon:seat-of-power", lexicon: id)
            }
            return NameMention(tokens: r, sentence: sentence, type: .location, strength: 3, rule: "lexicon:places", lexicon: id)
        }
        return nil
    }

    /// `le porte-parole du Kremlin`, `the White House said`: news names a government by its seat, and annotators
    /// type it as the body it stands for; only `in the White House`, `au Kremlin` is the building, a place.
    private func isLocative(before i: Int, in s: Sentence) -> Bool {
        var j = i - 1
        if j >= s.tokens.lowerBound, ["the", "le", "la", "l'"].contains(tokens[j].key) { j -= 1 }
        guard j >= s.tokens.lowerBound else { return false }
        return ["in", "at", "inside", "outside", "au", "dans", "devant"].contains(tokens[j].key) || tokens[j].isFrenchA
    }

    /// `Saga Africa Holding Limited`: capitalised words after a place that a legal form closes make one firm's name.
    private func legalNameFollows(_ u: Int, in s: Sentence) -> Bool {
        var j = u
        while j < min(s.tokens.upperBound, u + 5), tokens[j].kind == .word, tokens[j].isCapitalized || tokens[j].isAllCaps, tokens[j].spaceBefore {
            // (`a Delaware LLC` describes the firm by its place; `Xinghua Co., Limited` is the firm's own name.)
            if lex.companySuffixes.longestMatch(tokens, at: j, limit: s.tokens.upperBound) != nil { return j > u || tokens[j].key == "co" }
            j += 1
        }
        return false
    }

    /// Does a firm the lexicon knows end right before token `i` (`MTN` in `MTN Nigeria`)?
    private func knownFirmEnds(at i: Int, in s: Sentence) -> Bool {
        (max(s.tokens.lowerBound, i - 4)..<i).contains { k in
            guard let (len, id) = lex.knownNames.longestMatch(tokens, at: k, limit: i), k + len == i else { return false }
            return lex.entries[id].type == .company
        }
    }

    /// `du Développement numérique, de l’Innovation et de l’Industrie aérospatiale`: a ministry's
    /// list of portfolios, each capitalised, with an optional adjective, joined by `,` / `et`.
    private func portfolioContinuation(from start: Int, end: Int) -> Int {
        func adjective(_ at: Int) -> Bool {
            guard at < end, tokens[at].kind == .word, !tokens[at].isCapitalized else { return false }
            // `ministère de la Défense italien`: the state's demonym after the portfolio.
            if lex.demonyms[tokens[at].key] != nil { return true }
            return ["ale", "ales", "ique", "iques", "aire", "aires", "elle", "elles", "ienne", "iennes", "al", "aux", "el", "if", "ive", "ifs", "ives", "ere", "eres",
                    "rieur", "rieure", "rieurs", "rieures"].contains { tokens[at].key.hasSuffix($0) } && tokens[at].key.count > 3
        }
        var k = start
        if adjective(k) { k += 1 }
        var done = k
        while k + 1 < end, [",", "et"].contains(tokens[k].key) {
            var j = k + 1
            if j < end, tokens[j].key == "et" { j += 1 }
            guard j < end, ["de", "du", "des", "d'"].contains(tokens[j].key) else { break }
            j += 1
            if j < end, ["la", "l'"].contains(tokens[j].key) { j += 1 }
            guard j < end, tokens[j].isCapitalized, tokens[j].kind == .word, lex.places.value(tokens[j].key) == nil else { break }
            j += 1
            while j < end, tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].spaceBefore { j += 1 }
            if adjective(j) { j += 1 }
            // `et de la Coopération au développement`: a listed portfolio may take its own complement.
            if j + 1 < end, ["au", "aux"].contains(tokens[j].key), tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized, tokens[j + 1].key.count > 3 { j += 2 }
            done = j
            k = j
        }
        return done
    }

    /// `ministère des affaires étrangères`, `ministère de l'économie`: French papers often write a
    /// ministry's portfolio in lower case; only a portfolio noun (and its adjective) continues it.
    private func lowercasePortfolio(head: String, at j: Int, end: Int) -> Int? {
        guard ["ministere", "secretariat"].contains(head), j < end, tokens[j].kind == .word, !tokens[j].isCapitalized,
              NameVocabulary.portfolioWords.contains(tokens[j].key) || ["affaires", "relations", "comptes", "action", "amenagement"].contains(tokens[j].key) else { return nil }
        var k = j + 1
        if k < end, tokens[k].kind == .word, !tokens[k].isCapitalized, ["etrangeres", "numeriques", "economiques", "sociales", "publics", "publiques", "energetique", "ecologique", "numerique", "nationale", "exterieur", "exterieures"].contains(tokens[k].key) { k += 1 }
        return k
    }

    /// `ministère américain du Commerce`, `département d'État`, `banque centrale de Russie`.
    private func lowercaseOrganization(at i: Int, end: Int, sentence: Int) -> NameMention? {
        let head = tokens[i]
        guard head.kind == .word, !head.isCapitalized, Vocabulary.lowercaseOrganizationHeads.contains(head.key) else { return nil }
        var j = i + 1
        while j < end, tokens[j].kind == .word, !tokens[j].isCapitalized, lex.demonyms[tokens[j].key] != nil || ["centrale", "federal", "federale", "national", "nationale", "general", "generale", "fédéral"].contains(tokens[j].key) { j += 1 }
        guard j < end, ["de", "du", "des", "d'"].contains(tokens[j].key) else { return nil }
        j += 1
        if j < end, ["la", "l'"].contains(tokens[j].key) { j += 1 }
        if let k = lowercasePortfolio(head: head.key, at: j, end: end) {
            return NameMention(tokens: i..<k, sentence: sentence, type: .organization, strength: 2, rule: "rule:fr.ministry-name")
        }
        guard j < end, tokens[j].isCapitalized, tokens[j].kind == .word else { return nil }
        // `une banque de Dubaï`: an indefinite head before a place is a description, not a name.
        if i > 0, ["une", "un", "des", "a", "an"].contains(tokens[i - 1].key), j - i <= 2, lex.places.value(tokens[j].key) != nil { return nil }
        // `la première banque de Belgique`, `la plus grande banque du Chili`: a ranked head before a place is a description too.
        if (max(0, i - 2)..<i).contains(where: { OperationCues.superlatives.contains(tokens[$0].key) }),
           lex.places.value(tokens[j].key) != nil, lex.authorities.longestMatch(tokens, at: i, limit: end) == nil { return nil }
        var k = j + 1
        while k < end, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].spaceBefore { k += 1 }
        k = portfolioContinuation(from: k, end: end)
        let r = i..<k
        if let (len, id) = lex.authorities.longestMatch(tokens, at: i, limit: end), len == k - i {
            return NameMention(tokens: r, sentence: sentence, type: lex.entries[id].type, strength: 3, rule: "lexicon:authorities", lexicon: id)
        }
        return NameMention(tokens: r, sentence: sentence, type: .organization, strength: 2, rule: "rule:fr.ministry-name")
    }

    /// Remits of the US executive departments that news writes in lower case (`the state department`).
    static let departmentRemits: Set<String> = ["state", "commerce", "justice", "treasury", "defense", "energy", "labor", "interior", "agriculture", "transportation"]

    /// `the state department`, `the U.S. commerce department`: a department written in lower case, the
    /// authorities lexicon's entry when it knows the name.
    private func lowercaseDepartment(at i: Int, end: Int, sentence: Int) -> NameMention? {
        guard i > 0, i + 1 < end, tokens[i].kind == .word, !tokens[i].isCapitalized, Self.departmentRemits.contains(tokens[i].key),
              tokens[i + 1].key == "department", !tokens[i + 1].isCapitalized,
              ["the", "u.s.", "us", "american"].contains(tokens[i - 1].key)
                // `a state department spokesperson`: after `a`, only before a post.
                || ["a", "an"].contains(tokens[i - 1].key) && i + 2 < end && lex.roleTitles.value(tokens[i + 2].key) != nil else { return nil }
        let r = i..<(i + 2)
        if let (len, id) = lex.authorities.longestMatch(tokens, at: i, limit: end), len == 2 {
            return NameMention(tokens: r, sentence: sentence, type: lex.entries[id].type, strength: 3, rule: "lexicon:authorities", lexicon: id)
        }
        return NameMention(tokens: r, sentence: sentence, type: .organization, strength: 2, rule: "rule:lowercase-department")
    }

    /// `Minister of Energy and Infrastructure`, `Secretary for Trade`: the capitalised portfolio of a public
    /// office held by a person is part of the title, not a firm's name. Returns where the portfolio ends.
    private func officePortfolioEnd(at i: Int, in s: Sentence) -> Int? {
        let end = s.tokens.upperBound
        guard i >= s.tokens.lowerBound + 2, ["of", "for"].contains(tokens[i - 1].key),
              ["minister", "secretary", "commissioner", "undersecretary"].contains(tokens[i - 2].key) else { return nil }
        func portfolio(_ k: Int) -> Bool {
            k < end && tokens[k].isCapitalized && tokens[k].kind == .word
                && (Self.portfolioModifiers.contains(tokens[k].key) || Self.extraPortfolios.contains(tokens[k].key))
        }
        var k = i
        guard portfolio(k) else { return nil }
        while portfolio(k) {
            k += 1
            if k + 1 < end, [",", "and", "&"].contains(tokens[k].key), portfolio(k + 1) { k += 1 }
        }
        // `Minister of Energy Resources Ltd`: a capitalised word the portfolio does not know makes it a name.
        return k < end && tokens[k].isNameLike ? nil : k
    }

    static let extraPortfolios: Set<String> = Set("""
    infrastructure investment development technology resources water mines mining petroleum oil gas power electricity
    telecommunications information security affairs planning treasury climate science innovation education culture
    tourism sport youth housing land lands natural environmental regional international
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Nouns of a state's body after its country (`the Ghanaian government`); `bank` only as `central bank`.
    static let stateBodyNouns: Set<String> = ["government", "ministry", "regulator", "cabinet", "parliament", "bank"]

    /// Lowercase words between a country and the noun of its government body (`commerce ministry`).
    static let portfolioModifiers: Set<String> = Set("""
    commerce trade finance financial foreign economy economic energy defense defence interior justice industry health
    transport digital agriculture environment labor labour home state federal central national communications
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// `China's commerce ministry`, `the Ghanaian government`, `the South Korean trade ministry`,
    /// `le gouvernement français`, `la banque centrale russe`: a state's body named by its country
    /// and a common noun. The country of a possessive keeps its own place mention, returned first.
    private func governmentBody(at i: Int, in s: Sentence, sentence: Int) -> [NameMention]? {
        let end = s.tokens.upperBound
        func body(from k: Int) -> Int? {
            var j = k
            while j < end, j - k < 2, tokens[j].kind == .word, !tokens[j].isCapitalized, Self.portfolioModifiers.contains(tokens[j].key) { j += 1 }
            guard j < end, !tokens[j].isCapitalized, Self.stateBodyNouns.contains(tokens[j].key) else { return nil }
            // `bank` only as `central bank`.
            if tokens[j].key == "bank", !(j > k && tokens[j - 1].key == "central") { return nil }
            return j + 1
        }
        let t = tokens[i]
        // `le conseil régional des Pays de la Loire`, `le conseil départemental de Vendée`: a French local council and its territory.
        if t.kind == .word, !t.isCapitalized, t.key == "conseil", i + 3 < end, Self.councilLevels.contains(tokens[i + 1].key), ["de", "du", "des", "d'"].contains(tokens[i + 2].key) {
            var c = i + 3
            if c < end, tokens[i + 2].key == "de", ["la", "l'"].contains(tokens[c].key) { c += 1 }
            guard c < end, tokens[c].isCapitalized, let (len, _) = lex.places.longestMatch(tokens, at: c, limit: end) else { return nil }
            return [NameMention(tokens: i..<(c + len), sentence: sentence, type: .organization, strength: 2, rule: "rule:government-body")]
        }
        // French: the noun first, the demonym after it. (`l'État malien`, `l'Etat du Niger`: the state as a party to
        // contracts, capitalised or not; `la junte malienne`, the soldiers who rule.)
        if t.kind == .word, !t.isCapitalized || t.key == "etat", ["gouvernement", "banque", "etat", "junte"].contains(t.key) {
            var j = i + 1
            // (`le fonds d'État russe X`, `chef d'État`, `coup d'État`: after `de` the word qualifies the noun before.)
            if t.key == "etat", i > s.tokens.lowerBound, ["de", "d'"].contains(tokens[i - 1].key) { return nil }
            if t.key == "banque" { guard j < end, tokens[j].key == "centrale" else { return nil }; j += 1 }
            // `le gouvernement fédéral allemand`, `le gouvernement régional d'Aragon`, `le gouvernement du Québec`.
            if ["gouvernement", "etat"].contains(t.key) {
                while j < end, j - i <= 2, ["federal", "regional", "provincial", "central", "national", "autonome"].contains(tokens[j].key) { j += 1 }
                if j < end, ["du", "de", "d'"].contains(tokens[j].key) {
                    var c = j + 1
                    if c < end, tokens[j].key == "de", ["la", "l'"].contains(tokens[c].key) { c += 1 }
                    // (`l'État de New York` is a place: a state of a country is named `de` its own name.)
                    guard c < end, tokens[c].isCapitalized, let (len, id) = lex.places.longestMatch(tokens, at: c, limit: end),
                          t.key != "etat" || lex.entries[id].kind == "country",
                          !(c + len < end && tokens[c + len].isCapitalized && tokens[c + len].kind == .word) else { return nil }
                    return [NameMention(tokens: i..<(c + len), sentence: sentence, type: .organization, strength: 2, rule: "rule:government-body")]
                }
            }
            guard j < end, !tokens[j].isCapitalized, lex.demonyms[tokens[j].key] != nil else { return nil }
            return [NameMention(tokens: i..<(j + 1), sentence: sentence, type: .organization, strength: 2, rule: "rule:government-body")]
        }
        guard t.isCapitalized || t.isAllCaps else { return nil }
        // `the (South) Korean trade ministry`.
        var k = i
        if Vocabulary.compassWords.contains(tokens[k].key), k + 1 < end { k += 1 }
        if lex.demonyms[tokens[k].key] != nil, tokens[k].isCapitalized, let stop = body(from: k + 1) {
            return [NameMention(tokens: i..<stop, sentence: sentence, type: .organization, strength: 2, rule: "rule:government-body")]
        }
        // `China's commerce ministry`, `the U.S. government`: the place, then the body.
        guard let (len, id) = lex.places.longestMatch(tokens, at: i, limit: end), i + len < end else { return nil }
        let possessive = tokens[i + len].key == "'s"
        guard possessive || lex.entries[id].kind == "country", let stop = body(from: i + len + (possessive ? 1 : 0)),
              let place = lexiconName(at: i, in: s, sentence: sentence), place.tokens.upperBound == i + len else { return nil }
        return [place, NameMention(tokens: i..<stop, sentence: sentence, type: .organization, strength: 2, rule: "rule:government-body")]
    }

    /// `Cour supérieure du Québec`, `gouvernement régional d'Aragon`: the place that closes a body's name
    /// is a place mention of its own too; so is a body that closes it (`Division pénale du ministère de
    /// la Justice`, which the analysis makes the outer body's parent).
    private func nameClosingBody(_ m: NameMention, in s: Sentence, sentence: Int) -> NameMention? {
        guard m.type == .organization, m.tokens.count >= 3 else { return nil }
        let r = m.tokens
        for start in (r.lowerBound + 2)..<r.upperBound where ["de", "du", "d'", "l'", "la"].contains(tokens[start - 1].key) {
            if let body = lowercaseOrganization(at: start, end: r.upperBound, sentence: sentence), body.tokens.upperBound == r.upperBound, body.type == .organization {
                return body
            }
            guard let place = lexiconName(at: start, in: s, sentence: sentence), place.type == .location, place.tokens.upperBound == r.upperBound else { continue }
            return place
        }
        return nil
    }

    /// `la Commission des valeurs mobilières de l'Alabama`: an alias that is a bare institution head
    /// (`la Commission`) followed by its own complement names another body than the one listed.
    private func namesAnotherInstitution(_ r: Range<Int>, end: Int) -> Bool {
        let head = tokens[r.upperBound - 1]
        guard head.isCapitalized, !head.isAllCaps, NameVocabulary.frenchInstitutionHeads.contains(head.key), r.upperBound < end,
              ["de", "du", "des", "d'"].contains(tokens[r.upperBound].key) else { return false }
        return frenchInstitutionEnd(from: r.upperBound, end: end) > r.upperBound
    }

    /// `the Trump administration`, `l'administration Biden`: a government named after its leader.
    private func administration(at i: Int, in s: Sentence, sentence: Int) -> NameMention? {
        let end = s.tokens.upperBound
        guard i + 1 < end else { return nil }
        let (a, b) = (tokens[i], tokens[i + 1])
        func surname(_ t: Token) -> Bool {
            t.kind == .word && t.isCapitalized && !t.isAllCaps && t.key.count >= 3 && !Vocabulary.commonStarters.contains(t.key)
                && !Tokenizer.elisions.contains(String(t.key.dropLast())) && lex.places.value(t.key) == nil && !Vocabulary.notNames.contains(t.key)
                && (lex.knownNames.value(t.key).map { lex.entries[$0].type == .person } ?? true) && !lex.firstNames.contains(t.key)
        }
        if a.key == "administration", !a.isCapitalized, surname(b), !(i + 2 < end && tokens[i + 2].isCapitalized && tokens[i + 2].kind == .word) {
            return NameMention(tokens: i..<(i + 2), sentence: sentence, type: .organization, strength: 2, rule: "rule:administration")
        }
        // (`The Biden administration` opening a sentence: the article is no part of a longer name.)
        if b.key == "administration", !b.isCapitalized, surname(a), i == s.tokens.lowerBound || !(tokens[i - 1].isCapitalized && tokens[i - 1].kind == .word && tokens[i - 1].key != "the") {
            return NameMention(tokens: i..<(i + 2), sentence: sentence, type: .organization, strength: 2, rule: "rule:administration")
        }
        return nil
    }

    // MARK: - Capitalised chunks

    private func companyPrefix(at i: Int, end: Int) -> Int? {
        guard let (len, _) = lex.companyPrefixes.longestMatch(tokens, at: i, limit: end) else { return nil }
        let t = tokens[i]
        guard t.isAllCaps || t.isCapitalized else { return nil }
        // `Pat Gelsinger`: a short form written in sentence case is a first name, not the Ukrainian `PAT`.
        if len == 1, !t.isAllCaps, t.text.count <= 4 { return nil }
        let after = i + len
        guard after < end else { return nil }
        let next = tokens[after]
        if next.text == "«" || next.text == "\"" || next.text == "“" || next.isNameLike { return len }
        return nil
    }

    func companySuffix(at j: Int, end: Int) -> Int? {
        var k = j
        if k < end, tokens[k].text == "," { k += 1 }
        guard let (len, _) = lex.companySuffixes.longestMatch(tokens, at: k, limit: end) else { return nil }
        let t = tokens[k]
        guard t.isCapitalized || t.isAllCaps || t.text == "&" else { return nil }
        var stop = k + len
        // `Era, JSC Positive Technologies`: after a comma, a form that opens the name after it opens the next name of a
        // list; without the comma it closes its name (`le CEO de RASU JSC Andrei Butko`).
        if k > j, companyPrefix(at: k, end: end) != nil { return nil }
        // (`Acme Inc.`; not the full stop after `… X SARL.`, which ends the sentence.)
        if stop < end, tokens[stop].text == ".", tokens[stop].start == tokens[stop - 1].end, tokens[stop - 1].text.count <= 4, !(tokens[stop - 1].isAllCaps && stop + 1 == end) { stop += 1 }
        // `Sinor Co., Limited`: the Hong Kong spelling of `Co., Ltd.` puts a second form after the comma.
        if len <= 2, t.key == "co", stop + 1 < end, tokens[stop].text == ",", tokens[stop + 1].isCapitalized,
           let (more, _) = lex.companySuffixes.longestMatch(tokens, at: stop + 1, limit: end), ["ltd", "limited"].contains(tokens[stop + 1].key) {
            stop += 1 + more
            if stop < end, tokens[stop].text == ".", tokens[stop].start == tokens[stop - 1].end { stop += 1 }
        }
        return stop - j
    }

    private func chunk(at start: Int, in s: Sentence, sentence: Int) -> NameMention? {
        let end = s.tokens.upperBound
        var i = start
        var prefixLength = 0
        var quoted = false
        if let p = companyPrefix(at: i, end: end) {
            prefixLength = p
            i += p
            if i < end, ["«", "\"", "“"].contains(tokens[i].text) { i += 1; quoted = true }
        }
        guard i < end else { return nil }
        var j = i
        if quoted {
            while j < end, !["»", "\"", "”"].contains(tokens[j].text), j - i < 8 { j += 1 }
        } else {
            while j < end {
                // Middle initial: `John K. Hurley`; a first initial before a first name and a surname: `R. Michael Keith`.
                if j > i || j + 3 < end && isInitialBeforeGivenName(j, in: s), j + 2 < end, tokens[j].text.count == 1, tokens[j].isCapitalized, tokens[j + 1].text == ".", continuesName(j + 2, in: s) {
                    j += 2; continue
                }
                // `ministre de l'Économie Bruno Le Maire`: the portfolio word ends before the person.
                if j == i + 1, NameVocabulary.portfolioWords.contains(tokens[i].key), lex.firstNames.contains(tokens[j].key) { break }
                if j == i ? nameLike(j, in: s) : continuesName(j, in: s) { j += 1; continue }
                // `Bruno Le Maire`, `Marine Le Pen`: a particle after a first name keeps the surname, even a title word.
                if j >= i + 2, ["le", "la"].contains(tokens[j - 1].key), tokens[j - 1].isCapitalized, lex.firstNames.contains(tokens[j - 2].key),
                   tokens[j].isCapitalized, tokens[j].kind == .word { j += 1; continue }
                // `US Bitcoin Corp`: a common word inside a name closed by a legal form.
                if j > i, tokens[j].isCapitalized, Vocabulary.notNames.contains(tokens[j].key), companySuffix(at: j + 1, end: end) != nil { j += 1; continue }
                // `Miravel AI said`, `Velkor IA, soutenue par`: a closing `AI`/`IA` is the firm's own name when the clause
                // goes on after it (not `Velkor AI chips`, where it qualifies the noun).
                if j > i, ["ai", "ia"].contains(tokens[j].key) && tokens[j].isAllCaps || ["bitcoin", "blockchain", "crypto"].contains(tokens[j].key) && tokens[j].isCapitalized,
                   !lex.firstNames.contains(tokens[i].key),
                   j + 1 >= end || tokens[j + 1].kind == .punct || Self.clauseAfterName.contains(tokens[j + 1].key) {
                    j += 1; break
                }
                // Model numbers and numbered names: `GeForce RTX 4090`, `Hut 8`.
                // (`Velmont Compute 5,000 GPUs`, `Ardenne Cloud 2 000 serveurs`: a quantity follows the name.)
                if j > i, tokens[j].kind == .number, tokens[j].text.count <= 5, j - i <= 3, !(j + 1 < end && ValueReader.multipliers[tokens[j + 1].key] != nil),
                   !tokens[j].text.contains(","), !(tokens[j].text.contains(".") && tokens[j].text.count > 3),
                   !(j + 1 < end && tokens[j + 1].kind == .number && tokens[j + 1].text.count == 3),
                   !(j + 1 < end && ValueReader.capacityUnits[tokens[j + 1].key] != nil), !(tokens[j].text.count == 4 && tokens[j].text.hasPrefix("20")) {
                    j += 1; continue
                }
                // Middle initial: `John K. Hurley`.
                if j > i, j + 2 < end, tokens[j].text.count == 1, tokens[j].isCapitalized, tokens[j + 1].text == ".", continuesName(j + 2, in: s) {
                    j += 2; continue
                }
                // `Ministry of Investment, Trade and Industry`: a list of portfolio words after `of`.
                if j > i, tokens[j].key == ",", let listEnd = portfolioListEnd(after: j, left: i..<j, end: end) { j = listEnd; continue }
                // `House Select Committee on the Chinese Communist Party`, `Senate Committee on Banking`: a committee's remit.
                if j > i, tokens[j].key == "on", ["committee", "subcommittee", "commission", "council", "panel", "caucus"].contains(tokens[j - 1].key) {
                    var k = j + 1
                    if k < end, tokens[k].key == "the" { k += 1 }
                    if k < end, continuesName(k, in: s) { j = k; continue }
                }
                // `People's Bank of China`, `People's Liberation Army`: the one possessive that is part of names.
                if j > i, tokens[j].key == "'s", tokens[j - 1].key == "people", tokens[j - 1].isCapitalized, j + 1 < end, continuesName(j + 1, in: s) {
                    j += 2; continue
                }
                // Connectors inside a name: `Bank of America`, `Association des Industrial Mining`, `Mohammed ben Salmane`.
                if j > i, Vocabulary.nameConnectors.contains(tokens[j].key) || ["and", "et", "ben", "bin", "ibn", "da", "di"].contains(tokens[j].key), !tokens[j].isCapitalized {
                    var k = j + 1
                    if k < end, ["la", "l'"].contains(tokens[k].key), tokens[j].key == "de" { k += 1 }
                    // `National Bank of the Kyrgyz Republic`, `Council of the European Union`.
                    if k < end, tokens[k].key == "the", tokens[j].key == "of" { k += 1 }
                    // `Department of Justice`: a title word (`Justice`, `Labor`) names the portfolio of a body.
                    let portfolioTitle = k < end && tokens[k].isCapitalized && tokens[k].kind == .word && lex.roleTitles.value(tokens[k].key) != nil
                        && (i..<j).contains { Vocabulary.organizationWords.contains(tokens[$0].key) }
                    let continues = k < end && continuesName(k, in: s)
                    // (`Groupe Ciments de l'Afrique`: a legal form written before the name counts as its head word.)
                    if continues || portfolioTitle, connectorAllowed((i - prefixLength)..<j, connector: tokens[j].key, next: k, end: end) {
                        j = continues ? k : k + 1
                        continue
                    }
                }
                break
            }
        }
        // `Bureau du Procureur général de Francfort`: a French body's name read up to a capitalised remit runs on too.
        if !quoted, tokens[i].isCapitalized, !tokens[i].isAllCaps, NameVocabulary.frenchInstitutionHeads.contains(tokens[i].key),
           j == i + 1 || j > i + 2 && ((i + 1)..<j).contains(where: { ["de", "du", "des", "d'"].contains(tokens[$0].key) }) {
            j = frenchInstitutionEnd(from: j, end: end)
        }
        guard j > i else { return nil }
        var nameRange = i..<j
        // `Le PDG de Montalis Claire Berthon`: after `role de`, a first name followed by a last name closing the
        // chunk starts the holder's name; the firm's name ends before it.
        if !quoted, let cut = holderAfterFirm(nameRange, in: s) { nameRange = i..<cut }
        // Names never end on a connector.
        while nameRange.count > 1, Vocabulary.nameConnectors.contains(tokens[nameRange.upperBound - 1].key) { nameRange = nameRange.lowerBound..<(nameRange.upperBound - 1) }
        // `Vulcan Energy Resources Ltd VUL a annoncé`: a stock ticker after a legal form.
        if !quoted, nameRange.count >= 3, tokens[nameRange.upperBound - 1].isAllCaps, (2...4).contains(tokens[nameRange.upperBound - 1].text.count),
           lex.companySuffixes.value(tokens[nameRange.upperBound - 2].key) != nil {
            nameRange = nameRange.lowerBound..<(nameRange.upperBound - 1)
        }
        // `Moov Côte d'Ivoire`: a place name of several words that the name's last word opens belongs to the name.
        if !quoted, nameRange.count >= 2, let (len, _) = lex.places.longestMatch(tokens, at: nameRange.upperBound - 1, limit: end), len > 1 {
            nameRange = nameRange.lowerBound..<(nameRange.upperBound - 1 + len)
        }
        // `AES Corp`, `Meta Platforms Inc`: a capitalised legal form read inside the chunk closes it.
        if !quoted, nameRange.count >= 2, companySuffix(at: nameRange.upperBound, end: end) == nil,
           let cut = (max(nameRange.lowerBound + 1, nameRange.upperBound - 2)..<nameRange.upperBound).first(where: { k in
               lex.companySuffixes.longestMatch(tokens, at: k, limit: nameRange.upperBound).map { k + $0.length == nameRange.upperBound } ?? false }) {
            nameRange = nameRange.lowerBound..<cut
        }
        let bare = nameRange
        var full = (i - prefixLength - (quoted ? 1 : 0))..<nameRange.upperBound
        if quoted, nameRange.upperBound < end { full = full.lowerBound..<(nameRange.upperBound + 1) }
        var legalForm = prefixLength > 0
        if !quoted, let sfx = companySuffix(at: nameRange.upperBound, end: end) {
            full = full.lowerBound..<(nameRange.upperBound + sfx)
            legalForm = true
        }
        if quoted { full = bare }  // keep the quotes out of the name
        // `le Finlandais Nokia`, `l'Américain Nvidia`: a French nationality noun before the name.
        if !quoted, nameRange.count >= 2, prefixLength == 0, let code = lex.demonyms[tokens[nameRange.lowerBound].key], !tokens[nameRange.lowerBound].isAllCaps,
           nameRange.lowerBound > s.tokens.lowerBound, Self.frenchArticles.contains(tokens[nameRange.lowerBound - 1].key),
           tokens[nameRange.lowerBound + 1].isCapitalized, !Vocabulary.nameConnectors.contains(tokens[nameRange.lowerBound + 1].key) {
            let rest = (nameRange.lowerBound + 1)..<nameRange.upperBound
            var m: NameMention
            if let known = knownName(at: rest.lowerBound, in: s, sentence: sentence), known.tokens == rest {
                m = known
            } else {
                m = type(rest, in: s, sentence: sentence, legalForm: legalForm)
                if legalForm, m.type == .company { m.tokens = rest.lowerBound..<full.upperBound }
            }
            m.nationality = code
            return m
        }
        // `a collaboration between American OpenAI and Oracle`: an English nationality adjective before a known
        // firm is no part of its name (`American Express`, a known name itself, keeps it).
        if !quoted, nameRange.count >= 2, prefixLength == 0, let code = lex.demonyms[tokens[nameRange.lowerBound].key], !tokens[nameRange.lowerBound].isAllCaps,
           knownName(at: nameRange.lowerBound, in: s, sentence: sentence)?.tokens.upperBound ?? nameRange.lowerBound <= nameRange.lowerBound + 1,
           var known = knownName(at: nameRange.lowerBound + 1, in: s, sentence: sentence), known.tokens == (nameRange.lowerBound + 1)..<nameRange.upperBound {
            known.nationality = code
            return known
        }
        // `la société d'Etat Kazatomprom`: `Etat` after `d'` says who owns the firm and is no part of its name.
        if !quoted, nameRange.count >= 2, prefixLength == 0, tokens[nameRange.lowerBound].key == "etat", nameRange.lowerBound > s.tokens.lowerBound,
           ["d'", "de"].contains(tokens[nameRange.lowerBound - 1].key), tokens[nameRange.lowerBound + 1].isCapitalized {
            // (Typed with `Etat`, so that the head noun before it still counts.)
            // (`d'État Ethiopian Investment Holdings`: a legal form after the name stays in it.)
            var m = type(nameRange, in: s, sentence: sentence, legalForm: legalForm)
            m.tokens = (nameRange.lowerBound + 1)..<(legalForm && m.type == .company ? full.upperBound : m.tokens.upperBound)
            return m
        }
        // `la ministre de l'Energie Tinne Van der Straeten`, `Under Secretary for Terrorism and Financial Intelligence
        // John K. Hurley`: the tail of a title runs into its holder's name, which starts at the first name.
        if !quoted, prefixLength == 0, let holder = holderAfterTitleTail(nameRange, in: s) {
            return type(holder, in: s, sentence: sentence, legalForm: false)
        }
        // `Russe Pavel Grechnov` opening a sentence: the nationality is not part of the name.
        if !quoted, nameRange.count >= 3, lex.demonyms[tokens[nameRange.lowerBound].key] != nil, lex.firstNames.contains(tokens[nameRange.lowerBound + 1].key) {
            let person = (nameRange.lowerBound + 1)..<nameRange.upperBound
            var m = type(person, in: s, sentence: sentence, legalForm: false)
            m.nationality = lex.demonyms[tokens[nameRange.lowerBound].key]
            return m
        }
        // `The U.S. Treasury Department`: a body the lexicon spells `US Treasury Department`, with the country's dots dropped.
        if !quoted, !legalForm, bare.count >= 2, tokens[bare.lowerBound].text.contains("."),
           let id = lex.authorities.value(bare.map { tokens[$0].key.replacingOccurrences(of: ".", with: "") }.joined(separator: " ")) {
            return NameMention(tokens: bare, sentence: sentence, type: lex.entries[id].type, strength: 3, rule: "lexicon:authorities", lexicon: id)
        }
        var m = type(bare, in: s, sentence: sentence, legalForm: legalForm, prefixStart: prefixLength > 0 && !quoted ? full.lowerBound : nil)
        if legalForm && !quoted {
            m.tokens = full
            m.bareName = text(bare)
        } else if legalForm {
            m.bareName = nil
        }
        if m.type == .person || m.type == .location { m.tokens = bare; m.bareName = nil }
        return m
    }

    /// `of`/`de` joins two capitalised parts only when the left part heads an institution or
    /// firm name, or the right part is not a known place (`Bank of Russia` yes, `Nvidia de Russie` no).
    /// The end of `, Trade and Industry` after `Ministry of Investment`: capitalised portfolio words separated by
    /// commas and closed by `and`/`et` + a last one, in the name of a body whose left part has `of`/`de`.
    private func portfolioListEnd(after comma: Int, left: Range<Int>, end: Int) -> Int? {
        let leftKeys = left.map { tokens[$0].key }
        guard leftKeys.contains(where: { Vocabulary.organizationWords.contains($0) || NameVocabulary.institutionWords.contains($0) }),
              leftKeys.contains(where: { ["of", "de", "du", "des"].contains($0) }) else { return nil }
        func word(_ k: Int) -> Bool {
            k < end && tokens[k].isCapitalized && tokens[k].kind == .word && !Vocabulary.organizationWords.contains(tokens[k].key)
                && !NameVocabulary.institutionWords.contains(tokens[k].key) && lex.places.value(tokens[k].key) == nil
        }
        var k = comma + 1, items = 0
        while items < 4, word(k) {
            k += 1; items += 1
            if k < end, tokens[k].key == "," { k += 1; continue }
            guard k < end, ["and", "et"].contains(tokens[k].key), word(k + 1), !word(k + 2) else { return nil }
            return k + 2
        }
        return nil
    }

    private func holderAfterFirm(_ r: Range<Int>, in s: Sentence) -> Int? {
        guard r.count >= 3, r.lowerBound >= s.tokens.lowerBound + 2, ["de", "d'", "du", "of", "at", "chez"].contains(tokens[r.lowerBound - 1].key),
              (max(s.tokens.lowerBound, r.lowerBound - 4)..<(r.lowerBound - 1)).contains(where: { k in
                  lex.roleTitles.longestMatch(tokens, at: k, limit: r.lowerBound - 1).map { k + $0.length == r.lowerBound - 1 } ?? false }) else { return nil }
        for m in (r.lowerBound + 1)..<(r.upperBound - 1) where (1...2).contains(r.upperBound - m - 1) {
            let t = tokens[m]
            if lex.firstNames.contains(t.key), t.isCapitalized, !t.isAllCaps, lex.places.value(tokens[r.upperBound - 1].key) == nil,
               (m + 1..<r.upperBound).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].kind == .word && !Vocabulary.companyWords.contains(tokens[$0].key) }) {
                return m
            }
        }
        return nil
    }

    static let compoundAdjectiveTails: Set<String> = ["driven", "ready", "powered", "focused", "related", "backed", "enabled", "native", "centric", "intensive",
                                                       "friendly", "grade", "heavy", "linked", "led", "made", "built", "designed", "controlled", "funded", "style", "like"]

    /// The holder's name inside a chunk that opens with the last words of a title: a role title stands
    /// shortly before the chunk, and either the title itself runs into the chunk (`ministre de l'Energie`)
    /// or a first name followed by a surname (particles and initials allowed) closes it.
    private func holderAfterTitleTail(_ r: Range<Int>, in s: Sentence) -> Range<Int>? {
        // (A chunk that opens with a first name is a person's name already; one with a model code is a product's.)
        guard r.count >= 3, lex.knownNames.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound)?.length != r.count,
              !lex.firstNames.contains(tokens[r.lowerBound].key), !r.contains(where: { tokens[$0].hasDigit }) else { return nil }
        let lead = max(s.tokens.lowerBound, r.lowerBound - 10)..<r.lowerBound
        guard lead.contains(where: { lex.roleTitles.value(tokens[$0].key) != nil }) else { return nil }
        let particles: Set<String> = ["van", "der", "den", "von", "de", "da", "di", "du", "le", "la", "el", "al", "bin", "ben", "."]
        func isHolderName(_ h: Range<Int>) -> Bool {
            (2...4).contains(h.count) && tokens[h.upperBound - 1].isCapitalized && tokens[h.upperBound - 1].kind == .word
                && h.allSatisfy { tokens[$0].isCapitalized && tokens[$0].kind == .word && !Vocabulary.companyWords.contains(tokens[$0].key) && !Vocabulary.organizationWords.contains(tokens[$0].key)
                    || particles.contains(tokens[$0].key) }
        }
        if let titleEnd = lead.compactMap({ k in lex.roleTitles.longestMatch(tokens, at: k, limit: r.upperBound).map { k + $0.length } }).max(),
           titleEnd > r.lowerBound, isHolderName(titleEnd..<r.upperBound) {
            return titleEnd..<r.upperBound
        }
        for m in (r.lowerBound + 1)..<min(r.upperBound - 1, r.lowerBound + 5) where lex.firstNames.contains(tokens[m].key) && tokens[m].isCapitalized && !tokens[m].isAllCaps {
            return isHolderName(m..<r.upperBound) ? m..<r.upperBound : nil
        }
        return nil
    }

    /// `Beaupréau-en-Mauges`, `Ferté-Saint-Aubin`, `Stratford-upon-Avon`: three hyphenated parts with a lower-case
    /// particle or a saint's name inside are a town's name, the way French and English compound place names are built
    /// (firms and first names hyphenate two parts: `Saint-Gobain`, `Jean-Marc`).
    static func isPlaceCompound(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.first?.first?.isUppercase == true, parts.last?.first?.isUppercase == true else { return false }
        return parts.dropFirst().dropLast().contains { ["en", "sur", "sous", "les", "lès", "le", "la", "de", "du", "des", "aux", "upon", "Saint", "Sainte"].contains(String($0)) }
    }

    /// Fields of trade that firms' names join with `and` (`Science and Technology`, `Import and Export`).
    static let fieldWords: Set<String> = ["science", "sciences", "trade", "research", "import", "export", "industry", "industrial", "engineering", "commerce",
                                          "development", "information", "culture", "education", "machinery", "equipment", "investment", "technology",
                                          "electric", "electrical", "chemical", "chemicals", "materials", "supply", "trading", "shipping", "logistics", "marine", "transport",
                                          "petroleum", "oil", "gas", "energy", "power", "mining", "insurance", "finance", "construction", "exploration", "production"]

    private func connectorAllowed(_ left: Range<Int>, connector: String, next: Int, end: Int) -> Bool {
        let leftKeys = left.map { tokens[$0].key }
        let institution = leftKeys.contains { Vocabulary.organizationWords.contains($0) || Vocabulary.companyWords.contains($0) || NameVocabulary.institutionWords.contains($0) }
        if ["and", "et"].contains(connector) {
            // `Druk Holding and Investments`, `Nama Power and Water Procurement`: two firm words joined.
            let nextKey = tokens[next].key
            if Vocabulary.companyWords.contains(leftKeys.last ?? "") && (Vocabulary.companyWords.contains(nextKey) || NameVocabulary.utilityWords.contains(nextKey))
                && lex.knownNames.value(nextKey) == nil && lex.knownNames.longestMatch(tokens, at: next, limit: end) == nil { return true }
            // `Yixin Science and Technology Co. Ltd.`, `Shenzhen Import and Export Trading Co.`, `Nippon Export and Investment
            // Insurance`: a field word and a firm word joined before a legal form or a firm word.
            if Self.fieldWords.contains(leftKeys.last ?? ""), Self.fieldWords.contains(nextKey) || Vocabulary.companyWords.contains(nextKey),
               (next + 1..<min(end, next + 4)).contains(where: { companySuffix(at: $0, end: end) != nil || tokens[$0].isCapitalized && Vocabulary.companyWords.contains(tokens[$0].key) }) { return true }
            // `Approvisionnement et Distribution SARL`: one word on each side of `et`, then a legal form, is one firm.
            if left.count == 1, next + 1 < end, tokens[next].isCapitalized, tokens[next].kind == .word, companySuffix(at: next + 1, end: end) != nil { return true }
            // `Bureau of Industry and Security` yes; `Institute of Technology and Stanford University`
            // no: a right part with its own head noun is a second name.
            // (`Institute of Science and Technology`, `Ministry of Trade and Industry`: one field word alone after
            // `and` completes the portfolio.)
            // `Harlan County Planning and Zoning Commission`, `Fish and Wildlife Service`: a headless left part and
            // one field word before the body's head noun are one name.
            if !institution, next + 1 < end, tokens[next].isCapitalized, tokens[next].kind == .word, tokens[next + 1].isCapitalized,
               Vocabulary.organizationWords.contains(tokens[next + 1].key), !Vocabulary.organizationWords.contains(nextKey),
               lex.knownNames.value(leftKeys.joined(separator: " ")) == nil, lex.knownNames.value(nextKey) == nil,
               lex.places.value(leftKeys.last ?? "") == nil { return true }
            var k = next
            var rightWords = 0, rightHead = false
            while k < end, tokens[k].isCapitalized, tokens[k].kind == .word {
                let key = tokens[k].key
                if Vocabulary.organizationWords.contains(key) || NameVocabulary.institutionWords.contains(key) { return false }
                if Vocabulary.companyWords.contains(key) { rightHead = true }
                rightWords += 1
                k += 1
            }
            if rightHead && rightWords > 1 { return false }
            // `X College of Applied Technology and Y Community and Technical College`: a right part that runs on through
            // another `and` to a body's head noun is a second name.
            if k + 2 < end, ["and", "et"].contains(tokens[k].key), tokens[k + 1].isCapitalized, tokens[k + 2].isCapitalized,
               Vocabulary.organizationWords.contains(tokens[k + 2].key) { return false }
            return institution && leftKeys.contains(where: { ["of", "de", "du", "des", "for", "pour"].contains($0) })
        }
        if ["ben", "bin", "ibn", "al", "el", "da", "di", "van", "von", "der", "den", "del", "de", "la"].contains(connector),
           left.count == 1, lex.firstNames.contains(leftKeys[0]) { return !institution }
        if ["ben", "bin", "ibn", "da", "di"].contains(connector) { return left.count <= 3 && !institution }
        if connector == "&" { return true }
        // `the Port of Luanda`: English names a port by its town; the port is a site (read with the facilities), the town a place.
        if connector == "of", leftKeys == ["port"], let (len, id) = lex.places.longestMatch(tokens, at: next, limit: end), lex.entries[id].kind != "country",
           !(next + len < end && tokens[next + len].isCapitalized && tokens[next + len].kind == .word) { return false }
        // `King-Pai Technology de Chine`, `Denbrook Energy of China`: `de`/`of` + a country after a firm's closing word says
        // where it is (`Bank of China`, `University of Tokyo` close on an institution's word and keep it).
        if Token.isOfWord(connector), Self.englishFirmEndings.contains(leftKeys.last ?? ""),
           let (len, id) = lex.places.longestMatch(tokens, at: next, limit: end), lex.entries[id].kind == "country",
           !(next + len < end && tokens[next + len].isCapitalized && tokens[next + len].kind == .word) { return false }
        return institution
    }

    func text(_ r: Range<Int>) -> String {
        guard let f = r.first else { return "" }
        var out = tokens[f].text
        for k in r.dropFirst() {
            if tokens[k].spaceBefore { out += " " }
            out += tokens[k].text
        }
        return out
    }

    // MARK: - Typing

    /// `à McMasterville et Saint-Basile-le-Grand`, `in Texas and Red Oak`: a name joined by `et/and` to a name
    /// that a locative preposition introduces is a place too.
    /// The opening brackets of a sentence that follow a bare country's name in a list (`: Mali (`, `, Bénin (`), where
    /// the list gives each country's firm; `en France (Flamanville)` puts a town in brackets instead.
    func countriesWithBrackets(in s: Sentence) -> [Int] {
        s.tokens.filter { p in
            tokens[p].text == "(" && (1...4).contains { len in
                p - len - 1 >= s.tokens.lowerBound && [",", ":", "et", "and"].contains(tokens[p - len - 1].key)
                    && lex.places.longestMatch(tokens, at: p - len, limit: p).map { $0.0 == len && lex.entries[$0.1].kind == "country" } == true
            }
        }
    }

    func coordinatedWithPlace(before i: Int, in s: Sentence) -> Bool {
        guard i - 2 >= s.tokens.lowerBound, ["et", "and"].contains(tokens[i - 1].key), tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized else { return false }
        var j = i - 2
        while j > s.tokens.lowerBound, tokens[j - 1].kind == .word && tokens[j - 1].isCapitalized || tokens[j - 1].text == "-" { j -= 1 }
        guard j > s.tokens.lowerBound else { return false }
        let locative = ["in", "near", "pres", "dans"].contains(tokens[j - 1].key) || tokens[j - 1].isFrenchA
        // (`à Paris et Jean Dupont`: a first name opens a person's name; `in November and X`: a date is no place;
        // `des participations dans X et Y`: firms a stake is taken in.)
        let stakeBefore = (max(s.tokens.lowerBound, j - 7)..<(j - 1)).contains { DealTargetCues.cues.contains(tokens[$0].key) }
        return locative && !lex.firstNames.contains(tokens[i].key) && !Analysis.monthNames.contains(tokens[j].key) && !stakeBefore
    }

    /// `le ministre du Pétrole, X`, `la ministre du Portefeuille`: French capitalises a minister's portfolio,
    /// which names no actor (`ministère du Pétrole` is the ministry's own name, read elsewhere).
    func isPortfolio(_ r: Range<Int>, in s: Sentence) -> Bool {
        guard r.count <= 2, lex.places.value(tokens[r.lowerBound].key) == nil else { return false }
        var j = r.lowerBound - 1
        if j > s.tokens.lowerBound, ["la", "l'"].contains(tokens[j].key) { j -= 1 }
        guard j > s.tokens.lowerBound, ["de", "du", "des", "d'"].contains(tokens[j].key) else { return false }
        return ["ministre", "ministres"].contains(tokens[j - 1].key)
    }

    /// `le projet Kone`, `le projet minier Galinée`, `the Toega gold project`, `Project Southgate`: news names a mine,
    /// a plant or a campus under development by its project. Returns the mention's range with the project's noun
    /// (`projet Kone`, `Toega gold project`), as annotators name the site, or nil.
    func projectRange(_ r: Range<Int>, in s: Sentence) -> Range<Int>? {
        if r.count >= 2, tokens[r.lowerBound].key == "project" { return r }
        // French: the noun and at most two adjectives before the name (`projet aurifère X`), no `de`.
        var j = r.lowerBound - 1, words = 0
        while j >= s.tokens.lowerBound, words < 2, tokens[j].kind == .word, !tokens[j].isNameLike, !tokens[j].hasDigit, tokens[j].key != "projet",
              !Token.isOfWord(tokens[j].key), !Self.determinerWords.contains(tokens[j].key) { j -= 1; words += 1 }
        if j >= s.tokens.lowerBound, tokens[j].key == "projet", !tokens[j].isCapitalized { return j..<r.upperBound }
        // English: at most two words of the site's trade, then the noun (`Toega gold project`).
        var k = r.upperBound
        while k < s.tokens.upperBound, k - r.upperBound < 2, Self.projectTradeWords.contains(tokens[k].key), !tokens[k].isNameLike { k += 1 }
        return k < s.tokens.upperBound && tokens[k].key == "project" && !tokens[k].isCapitalized ? r.lowerBound..<(k + 1) : nil
    }

    static let determinerWords: Set<String> = ["la", "le", "l'", "les", "the", "a", "an", "un", "une", "son", "sa", "ses", "its", "their", "leur", "et", "and", "ou", "or"]
    /// Trades a project's name may be followed by before `project` (`gold`, `lithium`, `data centre`).
    static let projectTradeWords: Set<String> = Analysis.commodities.union(["mining", "mine", "data", "center", "centre", "lng", "oil", "gas", "solar", "wind", "hydro",
                                                                            "hydroelectric", "nuclear", "battery", "storage", "power", "energy", "hydrogen", "exploration",
                                                                            "expansion", "campus"])

    /// `l'ex-chancelier allemand X`, `le magnat zimbabwéen des télécommunications X`: a role title (an `ex-` one
    /// too), nationality adjectives, and at most one complement of trade (`des télécommunications`), then the name.
    func roleThroughComplement(before i: Int, in s: Sentence) -> Bool {
        var k = i - 1
        func skipDemonyms() { while k >= s.tokens.lowerBound, lex.demonyms[tokens[k].key] != nil { k -= 1 } }
        skipDemonyms()
        // One or two lower-case words of a trade behind `de/des/du` (no article: `de la société X` names a firm).
        var j = k, words = 0
        while j >= s.tokens.lowerBound, words < 2, tokens[j].kind == .word, !tokens[j].isNameLike, !Token.isOfWord(tokens[j].key),
              !Vocabulary.companyHeads.contains(tokens[j].key), !Vocabulary.organizationHeads.contains(tokens[j].key),
              lex.facilityNouns.value(tokens[j].key) == nil, !["la", "le", "l'", "les", "the"].contains(tokens[j].key) { j -= 1; words += 1 }
        if words > 0, j >= s.tokens.lowerBound, ["de", "des", "du", "d'", "of"].contains(tokens[j].key) { k = j - 1; skipDemonyms() }
        guard k >= s.tokens.lowerBound, k < i - 1 else { return false }
        let key = tokens[k].key
        return lex.roleTitles.value(key) != nil || key.hasPrefix("ex-") && lex.roleTitles.value(String(key.dropFirst(3))) != nil
    }

    /// Words before the name, skipping determiners, adjectives of nationality and hyphenated
    /// qualifiers: (head noun key, nationality code, its token index).
    func headBefore(_ i: Int, in s: Sentence) -> (head: String?, nationality: String?, roleIndex: Int?) {
        // `Le fournisseur russe de serveurs, Volna`: a noun phrase opening the sentence.
        if i - 1 > s.tokens.lowerBound, tokens[i - 1].text == ",", i - 1 - s.tokens.lowerBound <= 12,
           ["le", "la", "l'", "the", "un", "une", "a", "an"].contains(tokens[s.tokens.lowerBound].key) {
            let np = (s.tokens.lowerBound + 1)..<(i - 1)
            let nounKeys = np.prefix(3).map { tokens[$0].key }
            if let head = nounKeys.first(where: { Vocabulary.companyHeads.contains($0) || Vocabulary.mediaHeads.contains($0) || Vocabulary.organizationHeads.contains($0) }),
               !np.contains(where: { tokens[$0].isCapitalized && tokens[$0].kind == .word }) {
                let nationality = np.prefix(4).compactMap { lex.demonyms[tokens[$0].key] }.first
                return (head, nationality, nil)
            }
        }
        // `two Chinese GPU designers, Biren Technology`: a plural noun phrase in apposition before the name.
        if i - 1 > s.tokens.lowerBound, tokens[i - 1].text == "," {
            var k = i - 2
            var head: String? = nil, nationality: String? = nil
            while k >= s.tokens.lowerBound, i - 2 - k < 5, tokens[k].kind == .word || tokens[k].kind == .number {
                let key = tokens[k].key
                let singular = key.hasSuffix("s") ? String(key.dropLast()) : key
                if head == nil, Vocabulary.companyHeads.contains(key) || Vocabulary.companyHeads.contains(singular) { head = singular }
                if let c = lex.demonyms[key] { nationality = c }
                k -= 1
            }
            if let h = head, nationality != nil { return (h, nationality, nil) }
        }
        var k = i - 1
        var nationality: String? = nil
        var head: String? = nil
        var role: Int? = nil
        var steps = 0
        while k >= s.tokens.lowerBound, steps < 5 {
            let t = tokens[k]
            if t.kind != .word { break }
            if let code = lex.demonyms[t.key] {
                if nationality == nil { nationality = code }
                k -= 1; steps += 1; continue
            }
            // `Chinese EV startup X`, `la start-up française d'IA X`: a common acronym modifies the head noun.
            if t.isAllCaps, Vocabulary.notNames.contains(t.key) { k -= 1; steps += 1; continue }
            if t.isCapitalized && !Vocabulary.commonStarters.contains(t.key) && !(lex.roleTitles.value(t.key) != nil) { break }
            if head == nil {
                if Vocabulary.companyHeads.contains(t.key) || Vocabulary.organizationHeads.contains(t.key) || Vocabulary.mediaHeads.contains(t.key) || Vocabulary.productHeads.contains(t.key) {
                    head = t.key
                } else if t.key.hasSuffix("-based") || t.key.hasSuffix("-owned") || t.key.hasSuffix("-listed") {
                    // qualifier, keep looking
                } else if lex.roleTitles.value(t.key) != nil {
                    role = k; break
                } else if !["the", "le", "la", "les", "l'", "a", "an", "un", "une", "de", "d'", "du", "des", "its", "sa", "son", "ses", "leading", "major", "big", "small", "largest", "biggest", "premier", "grand", "grande", "gros", "petit", "nouvelle", "nouveau", "new", "public", "publique", "state", "independant", "independante", "independent", "prive", "privee", "private", "minier", "miniere", "bitcoin", "crypto", "mining", "tech", "technologique", "energetique", "energy", "giant", "cloud", "ia", "ai"].contains(t.key) {
                    // `l'équipementier télécoms X`, `le cabinet spécialisé X`: one modifier between a firm's head noun and its name.
                    if steps == 0, !t.isCapitalized, k - 1 >= s.tokens.lowerBound, Vocabulary.companyHeads.contains(tokens[k - 1].key) || Vocabulary.mediaHeads.contains(tokens[k - 1].key),
                       k - 2 >= s.tokens.lowerBound, Self.appositionArticles.contains(tokens[k - 2].key) || ["du", "au", "des", "aux"].contains(tokens[k - 2].key) {
                        head = tokens[k - 1].key
                        k -= 2; steps += 2; continue
                    }
                    break
                }
            }
            k -= 1; steps += 1
        }
        // `la filiale belge de X`, `l'usine russe de X`: an adjective before a complement describes the head noun's
        // own entity, not X.
        if i - 1 >= s.tokens.lowerBound, ["de", "d'", "du", "des"].contains(tokens[i - 1].key) { nationality = nil }
        return (head, nationality, role)
    }

    /// Apposition after the name: `X, une société minière`, `X, fournisseur de…`, `X, directeur de`.
    private func appositionAfter(_ j: Int, in s: Sentence) -> (head: String?, role: Bool, nationality: String?) {
        let end = s.tokens.upperBound
        guard j < end, tokens[j].text == "," || tokens[j].text == "(" else { return (nil, false, nil) }
        var k = j + 1
        var nationality: String? = nil
        var steps = 0
        var afterArticle = false
        while k < end, steps < 5 {
            let t = tokens[k]
            if t.kind != .word { break }
            if let code = lex.demonyms[t.key] { nationality = nationality ?? code; k += 1; steps += 1; continue }
            if lex.roleTitles.longestMatch(tokens, at: k, limit: end) != nil, !t.isCapitalized || t.isAllCaps || steps == 0 {
                return (nil, true, nationality)
            }
            if Vocabulary.companyHeads.contains(t.key) || Vocabulary.organizationHeads.contains(t.key) || Vocabulary.mediaHeads.contains(t.key) {
                return (t.key, false, nationality)
            }
            if t.key.hasSuffix("-based") { k += 1; steps += 1; continue }
            // `X, SoftBank's chairman`: a possessive name before the title.
            if t.isCapitalized, k + 1 < end, tokens[k + 1].key == "'s" { k += 2; steps += 1; continue }
            // After an article, any lowercase modifier may stand before the head (`X, a server
            // supplier`, `X, the struggling office-space company`), but not a clause or a phrase.
            let known = Self.appositionArticles.contains(t.key) || Self.appositionModifiers.contains(t.key)
            if !known && (!afterArticle || t.isCapitalized || Self.appositionStops.contains(t.key)) { break }
            if Self.appositionArticles.contains(t.key) { afterArticle = true }
            k += 1; steps += 1
        }
        return (nil, false, nationality)
    }

    /// Last words of a capitalised name that make it a site's (`Hoover Dam`, `Halifax Shipyard`, `Pernis Refinery`).
    static let facilityTailWords: Set<String> = ["center", "centre", "park", "campus", "plant", "station", "mine", "farm", "dam", "hub", "island", "hotel",
                                                 "resort", "airport", "shipyard", "dockyard", "refinery", "smelter", "factory", "gigafactory", "pipeline", "terminal",
                                                 "substation", "stadium"]

    /// `prefixStart`: where a legal form written before the name starts (`the Russian gas company JSC X`):
    /// the head and nationality are read before it.
    private func type(_ r: Range<Int>, in s: Sentence, sentence: Int, legalForm: Bool, prefixStart: Int? = nil) -> NameMention {
        let keys = r.map { tokens[$0].key }
        func make(_ t: EntityType, _ strength: Int, _ rule: String) -> NameMention {
            NameMention(tokens: r, sentence: sentence, type: t, strength: strength, rule: rule)
        }
        let before = headBefore(prefixStart ?? r.lowerBound, in: s)
        let after = appositionAfter(r.upperBound, in: s)
        var m: NameMention
        let hasDigitToken = r.contains { tokens[$0].hasDigit && tokens[$0].kind == .word }
        let first = tokens[r.lowerBound]
        let firstIsGivenName = (lex.firstNames.contains(first.key) && first.isCapitalized && !first.isAllCaps && !Vocabulary.commonStarters.contains(first.key)
                                && lex.places.value(first.key).map { lex.entries[$0].kind != "country" } ?? true)
            || Vocabulary.personTitles.contains(first.key) || isInitialBeforeGivenName(r.lowerBound, in: s)
        let lastKey = keys.last ?? ""
        let particles: Set<String> = ["ben", "bin", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "den", "del", "la", "le", "."]
        // (`Waleed al-Samarra`, `Ahmed el-Sayed`: a particle joined by a hyphen to a capitalised surname.)
        func particleJoined(_ t: Token) -> Bool {
            guard let dash = t.text.firstIndex(of: "-"), particles.contains(String(t.text[..<dash]).lowercased()) else { return false }
            return t.text[t.text.index(after: dash)...].first?.isUppercase == true
        }
        let allWords = r.allSatisfy { (tokens[$0].kind == .word && (tokens[$0].isCapitalized || particles.contains(tokens[$0].key) || particleJoined(tokens[$0])) && !tokens[$0].hasDigit) || tokens[$0].text == "." }
        let productNearby = (max(s.tokens.lowerBound, r.lowerBound - 6)..<min(s.tokens.upperBound, r.upperBound + 6)).contains { Vocabulary.productHeads.contains(tokens[$0].key) }
        let project = legalForm ? nil : projectRange(r, in: s)
        // (`Très Grand Centre de Calcul`: a facility noun of several words joined by `de`/`of`, capitalised, closes the
        // name as well; `Vantage Data Centers` is a firm.)
        let facilityTail = r.count >= 2 && !legalForm && (Self.facilityTailWords.contains(lastKey)
            || ((r.lowerBound + 1)..<(r.upperBound - 1)).contains { k in lex.facilityNouns.longestMatch(tokens, at: k, limit: r.upperBound).map { k + $0.length == r.upperBound && $0.length >= 2 
                && (k..<r.upperBound).contains { Token.isOfWord(tokens[$0].key) } } ?? false })
        let roleJustBefore = r.lowerBound > s.tokens.lowerBound && !["de", "d'", "du", "des", "of", "at", "chez", "la", "l'", "the", "'s"].contains(tokens[r.lowerBound - 1].key)
            && (max(s.tokens.lowerBound, r.lowerBound - 4)..<r.lowerBound).contains { k in
            lex.roleTitles.longestMatch(tokens, at: k, limit: r.lowerBound).map { k + $0.length == r.lowerBound } ?? false }
        let roleCommaBefore = r.lowerBound >= s.tokens.lowerBound + 2 && tokens[r.lowerBound - 1].text == ","
            && (max(s.tokens.lowerBound, r.lowerBound - 5)..<(r.lowerBound - 1)).contains { k in lex.roleTitles.longestMatch(tokens, at: k, limit: r.lowerBound - 1).map { k + $0.length == r.lowerBound - 1 } ?? false }
        // `Le PDG de Nvidia, Jensen Huang`: a role title and its firm before the comma.
        let roleOfFirmCommaBefore = r.lowerBound >= s.tokens.lowerBound + 4 && tokens[r.lowerBound - 1].text == ","
            && (max(s.tokens.lowerBound, r.lowerBound - 8)..<(r.lowerBound - 3)).contains { k in
                guard let (len, _) = lex.roleTitles.longestMatch(tokens, at: k, limit: r.lowerBound - 1) else { return false }
                let between = (k + len)..<(r.lowerBound - 1)
                // `la vice-présidente de la Commission européenne, X`: up to two lower-case adjectives in the body's name.
                return !between.isEmpty && ["de", "d'", "du", "of", "at", "chez"].contains(tokens[between.lowerBound].key)
                    && between.dropFirst().allSatisfy { tokens[$0].isNameLike || ["la", "l'", "&", "the"].contains(tokens[$0].key) || tokens[$0].kind == .word && !tokens[$0].isCapitalized && (lex.demonyms[tokens[$0].key] != nil || NameVocabulary.regionalAdjectives.contains(tokens[$0].key)) }
                    && between.dropFirst().contains { tokens[$0].isNameLike }
            }
        let prevKey = r.lowerBound > s.tokens.lowerBound ? tokens[r.lowerBound - 1].key : ""
        // `le chancelier allemand Olaf Scholz`: a role title, then nationality adjectives only.
        let complementRole = roleThroughComplement(before: r.lowerBound, in: s)
        let roleThroughDemonyms = before.roleIndex.map { ri in ri + 1 < r.lowerBound && (ri + 1..<r.lowerBound).allSatisfy { lex.demonyms[tokens[$0].key] != nil } } ?? false
            || complementRole
        // `Russian national X`, `le ressortissant russe X`, `l'homme d'affaires X`: a noun of persons before the name.
        let personNounBefore = NameVocabulary.personNouns.contains(prevKey)
            || lex.demonyms[prevKey] != nil && r.lowerBound - 2 >= s.tokens.lowerBound && NameVocabulary.personNouns.contains(tokens[r.lowerBound - 2].key)
        let nextKey = r.upperBound < s.tokens.upperBound ? tokens[r.upperBound].key : ""

        let basedIn = r.lowerBound >= s.tokens.lowerBound + 2
            && ["base", "basee", "bases", "basees", "based", "headquartered", "installee", "installe", "implantee", "implante", "siege"].contains(tokens[r.lowerBound - 2].key)
            && ["a", "in", "en", "au"].contains(prevKey)
        // `le groupe de Redmond`, `le géant de Santa Clara`, `the Cupertino giant`: a firm named by its home town.
        let homeTown = !firstIsGivenName && r.count <= 3 && !hasDigitToken && r.lowerBound >= s.tokens.lowerBound + 3
            && ["de", "d'"].contains(prevKey) && ["groupe", "geant", "firme", "constructeur", "fabricant"].contains(tokens[r.lowerBound - 2].key)
            && ["le", "la", "l'", "du", "au"].contains(tokens[r.lowerBound - 3].key)
            || (prevKey == "the" && ["giant", "behemoth"].contains(nextKey) && !hasDigitToken && r.count <= 3)
        let eventNamed = NameVocabulary.eventNouns.contains(lastKey) || ((NameVocabulary.eventNouns.contains(keys.first ?? "")
            || (NameVocabulary.eventNouns.contains(prevKey) && !tokens[r.lowerBound - 1].isCapitalized))
            && !keys.contains(where: { Vocabulary.organizationWords.contains($0) || Vocabulary.companyWords.contains($0) }))
        // `(D-Mass.)`, `(R-Texas)`: a politician's party and state tag.
        let partyTag = prevKey == "(" && r.count == 1 && ["d-", "r-", "i-"].contains(where: { first.key.hasPrefix($0) })
        // `Lupfig (AG)`, `Cheseaux-sur-Lausanne (VD)`: a two-letter code in parentheses after a place is its region.
        // (`Investissement Québec (IQ)`: the initials of the two words before are the name's acronym.)
        let initials = r.lowerBound >= s.tokens.lowerBound + 3 ? String([tokens[r.lowerBound - 3], tokens[r.lowerBound - 2]].compactMap { $0.key.first }) : ""
        let regionCode = prevKey == "(" && r.count == 1 && first.isAllCaps && first.text.count == 2 && nextKey == ")" && r.lowerBound >= s.tokens.lowerBound + 2
            && first.key != initials
            && (max(s.tokens.lowerBound, r.lowerBound - 6)..<(r.lowerBound - 1)).contains { k in
                lex.places.longestMatch(tokens, at: k, limit: r.lowerBound - 1).map { k + $0.length == r.lowerBound - 1 } ?? false
                // (a town the lexicon lacks, after a locative preposition: `basé à Cheseaux-sur-Lausanne (VD)`)
                || tokens[k].isCapitalized && k > s.tokens.lowerBound && ["a", "in", "at", "near", "en", "pres"].contains(tokens[k - 1].key) && tokens[k - 1].text != "A"
                    && (k + 1..<(r.lowerBound - 1)).allSatisfy { tokens[$0].isCapitalized || ["-", "sur", "de", "du", "la", "le"].contains(tokens[$0].key) } }
        // `Executive Order 13382`: a numbered order is the measure it enacts, no actor.
        let orderNumber = r.count == 2 && first.key == "order" && tokens[r.upperBound - 1].kind == .number
        if orderNumber {
            let from = prevKey == "executive" && tokens[r.lowerBound - 1].isCapitalized ? r.lowerBound - 1 : r.lowerBound
            m = NameMention(tokens: from..<r.upperBound, sentence: sentence, type: .sanction, strength: 2, rule: "rule:executive-order")
        } else if partyTag {
            m = make(.company, 0, "drop:party-tag")
        } else if isPortfolio(r, in: s) {
            m = make(.company, 0, "drop:portfolio")
        } else if regionCode {
            m = make(.location, 2, "rule:region-code")
        } else if !legalForm, isTermExpansion(r, in: s) || isTermAcronym(r, in: s) {
            m = make(.company, 0, "drop:term-expansion")
        } else if legalForm {
            m = make(.company, 3, "rule:company-form")
        } else if r.count >= 2, NameVocabulary.placeSuffixWords.contains(lastKey),
                  !keys.dropLast().contains(where: { Vocabulary.companyWords.contains($0) && !Vocabulary.commodityFirmWords.contains($0) || Vocabulary.organizationWords.contains($0) }) {
            // (`the Kalahari Copper Belt`: what the ground yields may qualify a place.)
            m = make(.location, 2, "rule:place-suffix")
        } else if eventNamed {
            m = make(.company, 0, "drop:event")
        } else if r.count == 2, ["series", "serie"].contains(keys[0]), tokens[r.lowerBound + 1].text.count <= 2 {
            // `a $75 million Series C`, `une série B`: a funding round, not an actor.
            m = make(.company, 0, "drop:funding-round")
        } else if homeTown && !keys.contains(where: { Vocabulary.companyWords.contains($0) || Vocabulary.organizationWords.contains($0) }) {
            m = make(.location, 2, "rule:home-town")
        } else if basedIn && !hasDigitToken && r.count <= 4 {
            m = make(.location, 2, "rule:based-in-place")
        } else if r.count == 1, Self.isPlaceCompound(first.text) {
            m = make(.location, 1, "rule:place-compound")
        } else if r.count <= 2, ["de", "d'"].contains(prevKey), r.lowerBound >= s.tokens.lowerBound + 3, !first.isAllCaps, !isKnownFirm(r),
                  ["site", "sites", "usine", "usines", "campus"].contains(tokens[r.lowerBound - 2].key), Analysis.possessives.contains(tokens[r.lowerBound - 3].key) {
            // `sur son site de Bernin`, `ses usines de Gardanne`: the firm's own site is named by its town.
            m = make(.location, 1, "rule:own-site-town")
        } else if facilityTail {
            m = make(.facility, 2, "rule:named-facility")
        } else if let range = project {
            m = NameMention(tokens: range, sentence: sentence, type: .facility, strength: 2, rule: "rule:project-name")
        } else if looksLikeProduct(r) && !keys.contains(where: { Vocabulary.companyWords.contains($0) || Vocabulary.organizationWords.contains($0) }) {
            m = make(.product, 2, "rule:product-name")
        } else if hasDigitToken && productNearby && r.count <= 4 && !keys.contains(where: { Vocabulary.companyWords.contains($0) }) {
            m = make(.product, 2, "rule:model-near-product-noun")
        } else if r.count == 1 && first.isDomain && first.key.hasPrefix("www.") {
            // `www.example.com` at the foot of a release is a web address, not an outlet.
            m = make(.company, 0, "drop:web-address")
        } else if r.count == 1 && first.isDomain {
            m = make(.company, 2, "rule:domain-name")
            m.isMedia = true
        } else if r.count == 1 && !first.isAllCaps && (Vocabulary.commonStarters.contains(first.key) || r.lowerBound == s.tokens.lowerBound && Vocabulary.companyWords.contains(first.key)) {
            // `Power would come from …`, `Energy is …`: a common word of firm names capitalised by the sentence start.
            m = make(.location, 0, "drop:function-word")
        } else if r.count == 1 && (lex.demonyms[first.key] != nil || NationalityCues.compoundCountries(first.key, demonyms: lex.demonyms) != nil) && !first.isAllCaps
                    // `South African`, `North Korean`: a demonym of two words is no name either.
                    // (The second word's key already carries both: see `Analysis.qualifiedDemonyms`.)
                    || r.count == 2 && (lex.demonyms[keys.joined(separator: " ")] != nil || lex.demonyms[keys[1]] != nil && keys[1].hasPrefix(keys[0] + " ")) {
            m = make(.location, 0, "drop:demonym")
        } else if r.count == 1 && first.key == "port" && nextKey == "of" {
            // The head of `the Port of Luanda`, left alone by the join: the facilities read the site.
            m = make(.location, 0, "drop:port-head")
        } else if r.count >= 3, keys[0] == "port", ["de", "d'"].contains(keys[1]), lex.places.value(keys.dropFirst(2).joined(separator: " ")) != nil {
            // `le Port d'Abidjan`: French capitalises the port's authority, a public body (the site is `le port d'Abidjan`).
            m = make(.organization, 2, "rule:port-authority")
        } else if r.count == 1 && !first.isAllCaps && (NameVocabulary.regionalAdjectives.contains(first.key) || NameVocabulary.portfolioWords.contains(first.key)) {
            m = make(.location, 0, "drop:common-word")
        } else if r.count <= 3 && !hasDigitToken && (NameVocabulary.brandNouns.contains(prevKey) || (r.count == 1 && first.isCamel && ["technology", "technologie"].contains(nextKey))
                    || ProductNames.ownerWords.contains(prevKey) && ProductNames.ownedProductNouns.contains(nextKey)
                    || r.count == 1 && first.isCamel && ProductNames.lineNouns.contains(nextKey)
                    || ProductNames.issuedNouns.contains(nextKey) && !isKnownFirm(r)) {
            // `Amazon's Trainium chips`, `its Maia accelerators`: a firm's own named product.
            m = make(.product, 2, "rule:brand")
        } else if r.count <= 3 && !hasDigitToken && !isKnownFirm(r) && (productNounBefore(r, in: s) || (r.upperBound + 1 < s.tokens.upperBound && nextKey == "-" && tokens[r.upperBound + 1].key == "branded")
                    || ownerBeforeAdjective(r, in: s) && ProductNames.ownedProductNouns.contains(nextKey) || productApposition(after: r, in: s)) {
            // `ses puces Quasar`, `le modèle Vela`, `Quasar-branded servers`, `its new Quasar chips`, `Quasar, its new AI chip,`.
            m = make(.product, 2, "rule:product-cue")
        } else if let h = before.head, Vocabulary.productHeads.contains(h), hasDigitToken || (r.count <= 2 && ["stablecoin", "token", "jeton", "logiciel", "software", "app", "application", "smartphone", "modele", "model", "modeles", "models", "logiciels", "applications", "apps", "tokens", "jetons", "stablecoins"].contains(h)), !keys.contains(where: { Vocabulary.companyWords.contains($0) }) {
            m = make(.product, 2, "rule:product-head")
        } else if (hasDigitToken || r.count >= 2 && tokens[r.upperBound - 1].kind == .number && !keys.contains(where: { Vocabulary.companyWords.contains($0) }))
                    && (Vocabulary.productHeads.contains(nextKey) || (r.upperBound + 1 < s.tokens.upperBound && Vocabulary.productHeads.contains(tokens[r.upperBound + 1].key))) {
            // `the Quasar X1 chip`, `the Vela 2 chip` (a separate version number).
            m = make(.product, 2, "rule:product-head")
        } else if r.count >= 2, NameVocabulary.politicalWords.contains(keys[0]) || NameVocabulary.politicalWords.contains(lastKey), !keys.contains(where: { Vocabulary.companyWords.contains($0) }) {
            m = make(.organization, 2, "rule:political-body")
        } else if keys.contains("investment") && keys.contains("authority") {
            m = make(.company, 2, "rule:sovereign-fund")
        } else if keys.contains(where: { Vocabulary.organizationWords.contains($0) }) && !["group", "groupe", "holdings", "holding", "bank", "banque"].contains(lastKey) && !keys.contains(where: { ["bank", "banque"].contains($0) }) {
            m = make(.organization, 2, "rule:organization-word")
        } else if ["list", "liste", "lists"].contains(nextKey) || keys.last == "list" {
            m = make(.sanction, 2, "rule:named-list")
        } else if keys.starts(with: ["national", "bank", "of"]) || keys.starts(with: ["banque", "nationale", "de"]) || keys.starts(with: ["banque", "nationale", "du"]) {
            m = make(.organization, 2, "rule:central-bank")
        } else if zip(keys, keys.dropFirst()).contains(where: { ($0 == "central" && $1 == "bank") || ($0 == "banque" && $1 == "centrale") || ($0 == "world" && $1 == "bank") || ($0 == "banque" && $1 == "mondiale") || ($0 == "reserve" && $1 == "bank") }) {
            m = make(.organization, 2, "rule:central-bank")
        } else if !firstIsGivenName, r.count <= 4, raisedFundsAfter(r.upperBound, in: s) {
            m = make(.company, 2, "rule:raised-funds")
        } else if r.count >= 2, ["ai", "ia"].contains(lastKey) && tokens[r.upperBound - 1].isAllCaps || ["bitcoin", "blockchain", "crypto"].contains(lastKey) {
            // `Miravel AI`, `Velkor IA`, `Norhaven Bitcoin`: a closing trade word names a firm of the trade.
            m = make(.company, 2, "rule:ai-suffix")
        } else if firstIsGivenName && (2...(keys.contains(where: { particles.contains($0) }) ? 7 : 4)).contains(r.count) && allWords && !keys.contains(where: { Vocabulary.companyWords.contains($0) })
                    // (`Canadian company Neo Performance Materials`: a firm's head noun right before the name outweighs a first name.)
                    && !(before.roleIndex == nil && Vocabulary.companyHeads.contains(prevKey) && !tokens[r.lowerBound - 1].isCapitalized)
                    && !keys.dropFirst().contains(where: { NameVocabulary.worldRegionWords.contains($0) }) {
            m = make(.person, lex.ambiguousFirstNames.contains(first.key) ? 2 : 3, "lexicon:first-names")
        } else if eastAsianPersonName(r, keys: keys) {
            m = make(.person, 2, "rule:family-name")
        } else if (Vocabulary.personTitles.contains(prevKey) || honorificBefore(r.lowerBound, in: s) || before.roleIndex == r.lowerBound - 1 || roleThroughDemonyms || personNounBefore || after.role || saidAfter(r.upperBound, in: s) || roleCommaBefore || roleOfFirmCommaBefore || roleJustBefore
                    || NameVocabulary.speechVerbsBefore.contains(prevKey) || ageAfter(r.upperBound, in: s) || listedAfterPeopleNoun(r.lowerBound, in: s) || appointed(r, in: s))
                    // `the Russian miner X said`: a firm's head noun right before the name outweighs `said`.
                    // (`le business angel X`: a noun of persons right before the name outweighs the head before it.)
                    && !(before.roleIndex == nil && !complementRole && before.head.map { Vocabulary.companyHeads.contains($0) } == true && !Vocabulary.personTitles.contains(prevKey) && !roleJustBefore
                         && !personNounBefore)
                    && (2...4).contains(r.count) && allWords
                    // (`Tim Power, partner at X`: a given name and a role beside it outweigh a surname that is a firm's word.)
                    && (!keys.contains(where: { Vocabulary.companyWords.contains($0) || Vocabulary.organizationWords.contains($0) })
                        || firstIsGivenName && r.count == 2 && !Vocabulary.organizationWords.contains(lastKey) && (after.role || roleCommaBefore || roleOfFirmCommaBefore)) {
            m = make(.person, 2, "rule:title-before-name")
        } else if hasDigitToken && r.count <= 3 && !keys.contains(where: { Vocabulary.companyWords.contains($0) }) && (prevKey == "'s" || (r.lowerBound > s.tokens.lowerBound && tokens[r.lowerBound - 1].isCapitalized && tokens[r.lowerBound - 1].kind == .word)) {
            m = make(.product, 1, "rule:model-number")
        } else if r.count >= 2, Vocabulary.compassWords.contains(keys[0]), lex.places.value(keys.dropFirst().joined(separator: " ")) != nil {
            m = make(.location, 2, "rule:compass-place")
        } else if r.upperBound < s.tokens.upperBound, ["company", "firm"].contains(nextKey), !tokens[r.upperBound].isCapitalized,
                  !firstIsGivenName, lex.places.value(keys.joined(separator: " ")) == nil, !(tokens[r.upperBound - 1].text.contains("-") && tokens[r.upperBound - 1].text.split(separator: "-").last?.first?.isLowercase == true) {
            // (`the De Geetere-led company`: a name qualifying the noun is its leader's.)
            // `the data center of Enegix company`, `the Enegix company`: a firm's noun right after its name.
            m = make(.company, 2, "rule:company-noun-after")
        } else if let h = before.head ?? after.head {
            if Vocabulary.mediaHeads.contains(h) {
                m = make(.company, 2, "rule:media-head"); m.isMedia = true
            } else if Vocabulary.organizationHeads.contains(h) && !Vocabulary.companyHeads.contains(h) {
                m = make(.organization, 2, "rule:organization-head")
            } else if Vocabulary.organizationHeads.contains(h) && r.count > 1 && keys.contains(where: { Vocabulary.organizationWords.contains($0) }) {
                m = make(.organization, 2, "rule:organization-head")
            } else if Vocabulary.productHeads.contains(h), !(keys.contains(where: { Vocabulary.companyWords.contains($0) }) || ["a", "au", "aux", "to", "from", "de", "d'", "du", "of", "by", "par", "chez", "aupres"].contains(prevKey)) {
                // `serveurs à Korvant Systems`, `chips from X`: a head across a preposition describes goods, not the name.
                m = make(.product, 2, "rule:product-head")
            } else {
                m = make(.company, 2, "rule:company-head")
            }
        } else if r.count > 1, keys.contains(where: { Vocabulary.companyWords.contains($0) }) {
            // (`Le Groupe dispose de…`, `Energy` alone: a company word without a name is no firm's name.)
            m = make(.company, 2, "rule:company-word")
        } else if r.count <= 3, Token.isOfWord(prevKey), r.lowerBound >= s.tokens.lowerBound + 2,
                  ["gouverneur", "gouverneure", "governor", "maire", "mayor", "prefet", "prefete", "prefect", "governorate"].contains(tokens[r.lowerBound - 2].key
                    == "the" && r.lowerBound >= s.tokens.lowerBound + 3 ? tokens[r.lowerBound - 3].key : tokens[r.lowerBound - 2].key) {
            // `le gouverneur de Tchelva`, `the mayor of X`: a public office names the place it governs.
            m = make(.location, 1, "rule:office-of-place")
        } else if r.count <= 3, prevKey == "chez", lex.places.value(keys.joined(separator: " ")) == nil {
            // `analyste chez X`, `employé chez X`: French `chez` before a name points at a firm.
            m = make(.company, 2, "rule:chez-firm")
        } else if r.count <= 3, nextKey == "," || nextKey == "(", r.upperBound + 1 < s.tokens.upperBound, tokens[r.upperBound + 1].isCapitalized || tokens[r.upperBound + 1].isAllCaps,
                  let (length, id) = lex.places.longestMatch(tokens, at: r.upperBound + 1, limit: s.tokens.upperBound), lex.entries[id].kind != "city",
                  // `Korvant Telekom, Poland's third-largest operator` is an apposition, not `Town, Region`.
                  !(r.upperBound + 1 + length < s.tokens.upperBound && tokens[r.upperBound + 1 + length].key == "'s") {
            m = make(.location, 2, "rule:place-comma-region")
        } else if r.count <= 3, nextKey == ",", r.upperBound + 2 < s.tokens.upperBound, ["en", "au", "dans", "in"].contains(tokens[r.upperBound + 1].key),
                  // `Boden, in northern Sweden`: a compass adjective may stand before the region; `Gedu, in the south-west of
                  // the country`, `Korsk, dans le nord du pays`: a direction places the name as well.
                  lex.places.longestMatch(tokens, at: r.upperBound + 2 + (Analysis.compassAdjectives.contains(tokens[r.upperBound + 2].key) ? 1 : 0), limit: s.tokens.upperBound) != nil
                    || r.upperBound + 3 < s.tokens.upperBound && ["the", "le", "la", "l'"].contains(tokens[r.upperBound + 2].key) && Analysis.directionWords.contains(tokens[r.upperBound + 3].key) {
            m = make(.location, 2, "rule:place-comma-region")
        } else if r.count <= 3, prevKey == "at", r.lowerBound >= s.tokens.lowerBound + 2, NameVocabulary.siteNouns.contains(tokens[r.lowerBound - 2].key), !first.isAllCaps {
            m = make(.location, 1, "rule:site-at-place")
        } else if r.count <= 3, ["le", "la", "l'"].contains(prevKey), r.lowerBound >= s.tokens.lowerBound + 2, ["dans", "en"].contains(tokens[r.lowerBound - 2].key) {
            m = make(.location, 2, "rule:dans-le-place")
        } else if r.count <= 3, ["de", "d'", "of"].contains(prevKey), !first.isAllCaps, r.lowerBound >= s.tokens.lowerBound + 2,
                  NameVocabulary.proximityNouns.contains(tokens[r.lowerBound - 2].key) || NameVocabulary.placeNounsBeforeOf.contains(tokens[r.lowerBound - 2].key) {
            m = make(.location, 1, "rule:near-place")
        } else if r.count <= 3, ["la", "le", "l'"].contains(prevKey), !first.isAllCaps, r.lowerBound >= s.tokens.lowerBound + 3,
                  ["de", "d'"].contains(tokens[r.lowerBound - 2].key), NameVocabulary.placeNounsBeforeOf.contains(tokens[r.lowerBound - 3].key) {
            // `au pied du lac de la Gruyère`: the article may follow `de`.
            m = make(.location, 1, "rule:near-place")
        } else if r.count <= 3, !first.isAllCaps, coordinatedWithPlace(before: r.lowerBound, in: s) {
            m = make(.location, 1, "rule:coordinated-place")
        } else if r.count <= 3, prevKey == "en", !first.isAllCaps {
            m = make(.location, 2, "rule:en-place")
        } else if r.count <= 3, prevKey == "(", nextKey == ")", countriesWithBrackets(in: s).count >= 2, countriesWithBrackets(in: s).contains(r.lowerBound - 1) {
            // `présent dans neuf pays : Mauritanie (Mauritel), Mali (Sotelma) …`: a list of countries, each with a firm in brackets.
            m = make(.company, 2, "rule:country-bracketed-firm")
        } else if r.count <= 3, prevKey == "(", nextKey == ")", r.lowerBound >= s.tokens.lowerBound + 2, tokens[r.lowerBound - 2].isCapitalized, !r.allSatisfy({ tokens[$0].isAllCaps }),
                  // `Hongkong Himark Electron Model Limited (Hongkong Himark)`: a short form of the name before is no place.
                  !(max(s.tokens.lowerBound, r.lowerBound - 8)..<(r.lowerBound - 1)).contains(where: { tokens[$0].key == first.key }) {
            m = make(.location, 1, "rule:parenthesised-place")
        } else if r.count <= 3, ["in", "near", "a", "pres", "outside", "dans"].contains(prevKey), !first.isAllCaps, !(prevKey == "a" && tradedBefore(r.lowerBound - 1, in: s)),
                  // English `a` is an article (`a Republican from Ohio`); only the French `à` places.
                  !(prevKey == "a" && !tokens[r.lowerBound - 1].isFrenchA),
                  r.lowerBound >= s.tokens.lowerBound + 2 ? !["invest", "invested", "investir", "stake", "stakes", "participation", "investment", "investments", "role", "interest", "shares", "fournit", "vendu", "vend", "associe", "allie", "cede", "sold", "rachete",
                                                                                // `une amende à X`, `un contrat à X`: what is given to a firm.
                                                                                "amende", "amendes", "subvention", "contrat", "commande", "licence", "pret", "credit", "aide", "marche"].contains(tokens[r.lowerBound - 2].key) : true {
            m = make(.location, 1, "rule:locative-preposition")
        } else if Vocabulary.regionWords.contains(nextKey) && tokens[r.upperBound].isCapitalized == false && ["region", "oblast", "province", "krai", "state"].contains(nextKey) {
            m = make(.location, 2, "rule:region-word")
        } else if ["de", "d'", "of"].contains(prevKey), r.lowerBound >= s.tokens.lowerBound + 2, Vocabulary.regionWords.contains(tokens[r.lowerBound - 2].key) {
            m = make(.location, 2, "rule:region-word")
        } else if r.count == 1 && ProductNames.isModelCode(first) {
            m = make(.product, 1, "rule:model-code")
        } else if let (len, id) = lex.minorPlaces.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound), len == r.count, !honorificBefore(r.lowerBound, in: s) {
            m = make(.location, 1, "lexicon:minor-places")
            m.lexicon = id
        } else if r.count == 1 && !first.isAllCaps && lex.roleTitles.value(first.key) == nil && !Vocabulary.rankWords.contains(first.key)
                    && (honorificBefore(r.lowerBound, in: s) || before.roleIndex == r.lowerBound - 1 && tokens[r.lowerBound - 1].isCapitalized
                        || before.roleIndex == r.lowerBound - 1 && r.lowerBound - 2 >= s.tokens.lowerBound && ["le", "la", "l'", "the"].contains(tokens[r.lowerBound - 2].key)) {
            // `Mr. Varlow`, `President Tenbury`, `le président Tenbury`: a surname after an honorific, a capitalised title or a
            // title with its article.
            m = make(.person, 2, "rule:title-before-surname")
        } else if listedFirm(r, in: s) {
            m = make(.company, 2, "rule:listed-firm")
        } else if r.count == 1 && first.isCapitalized && first.isCamel && !first.isAllCaps && !first.text.contains("-") && !Self.isSurnameCamel(first.text) {
            // `WeWork`, `CoreWeave`, `FuriosaAI`: an inner capital is a brand's spelling, and a bare
            // brand in the news is a firm more often than not.
            m = make(.company, 2, "rule:camel-case-name")
        } else {
            m = make(.company, 1, "default:company")
        }
        m.nationality = before.nationality ?? (after.head != nil ? after.nationality : nil)
        return m
    }

    /// `Zhang Wenbo`, `Hon Ning Ho`, `Lee Min-jun`: two or three short capitalised words opening or
    /// closing with a common Chinese, Korean or Japanese family name, none of them a firm's word,
    /// a place or a word the text writes in lower case, name a person (the first-name lexicon
    /// has few East Asian given names).
    private func eastAsianPersonName(_ r: Range<Int>, keys: [String]) -> Bool {
        guard (2...3).contains(r.count), let first = keys.first, let last = keys.last,
              NameVocabulary.eastAsianFamilyNames.contains(first) || NameVocabulary.eastAsianFamilyNames.contains(last) else { return false }
        return r.allSatisfy { i in
            let t = tokens[i]
            return t.kind == .word && t.isCapitalized && !t.isAllCaps && !t.hasDigit && t.key.count <= 9
                && !Vocabulary.companyWords.contains(t.key) && !Vocabulary.organizationWords.contains(t.key) && !Vocabulary.notNames.contains(t.key)
                && lex.places.value(t.key) == nil && lex.roleTitles.value(t.key) == nil
                && (!lowercaseWords.contains(t.key) || NameVocabulary.eastAsianFamilyNames.contains(t.key))
        }
    }

    static let appositionArticles: Set<String> = ["the", "le", "la", "l'", "a", "an", "un", "une"]
    static let englishFirmEndings: Set<String> = ["technology", "technologies", "semiconductor", "semiconductors", "systems", "group", "holdings", "electronics", "industries", "solutions", "networks", "limited", "company", "corporation",
                                                  "energy", "power", "mining", "motors", "steel", "petroleum", "chemicals", "pharmaceuticals", "telecom", "trading", "logistics"]
    static let frenchArticles: Set<String> = ["le", "la", "l'", "les", "du", "au", "aux", "des"]

    /// `AMD.O`, `SIE.DE`: a Reuters instrument code glued to a name, not a word of it.
    static func isExchangeCode(_ text: String) -> Bool {
        guard let dot = text.lastIndex(of: "."), dot != text.startIndex else { return false }
        let head = text[..<dot], tail = text[text.index(after: dot)...]
        // (`GLEN.London`, `006400.Korea`: some pages write the market's place in full after a ticker.)
        let market = (1...2).contains(tail.count) && tail.allSatisfy(\.isUppercase)
            || tail.count >= 3 && tail.first?.isUppercase == true && tail.dropFirst().allSatisfy(\.isLowercase)
        return market && (2...6).contains(head.count) && head.allSatisfy { $0.isUppercase || $0.isNumber }
    }
    /// Modifiers allowed before an apposition's head even without an article (`X, leading miner`).
    static let appositionModifiers: Set<String> = ["leading", "major", "largest", "biggest", "principal", "premier", "grand", "important", "bitcoin", "crypto", "mining", "tech",
                                                   "state-owned", "state-run", "publicly", "listed", "former", "ancien", "ancienne", "co-founder", "cofondateur",
                                                   "chief", "senior", "lead", "junior", "deputy", "associate"]

    /// Words that end an apposition before any head noun: relative pronouns, verbs, conjunctions
    /// and prepositions (`X, which …`, `X, said …`, `X, one of …`).
    static let appositionStops: Set<String> = Set("""
    which who whose whom that said says told and or but nor is was are were has had have will would could can may
    to of in at for on with from by as after before since while when where than
    qui que dont ou et mais est sont etait etaient avait ont sera de du des en dans pour avec sur par chez selon
    apres avant depuis lorsque quand ainsi comme
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// `Chuan Geng, 28,`: an age in apposition follows only a person's name.
    private func ageAfter(_ j: Int, in s: Sentence) -> Bool {
        guard j + 2 < s.tokens.upperBound, tokens[j].text == ",", tokens[j + 1].kind == .number, let age = Int(tokens[j + 1].text) else { return false }
        return (16...99).contains(age) && [",", ")", "."].contains(tokens[j + 2].text)
    }

    /// `two Chinese nationals, Chuan Geng and Shiwei Yang`, `sept oligarques : X, Y et Z`: names
    /// listed right after a plural noun for people.
    private func listedAfterPeopleNoun(_ start: Int, in s: Sentence) -> Bool {
        var k = start - 1
        while k > s.tokens.lowerBound, start - k < 30 {
            let t = tokens[k]
            if t.kind == .word && (t.isCapitalized || t.isAllCaps) || [",", ".", "-"].contains(t.text) || ["and", "et"].contains(t.key) { k -= 1; continue }
            break
        }
        guard k >= s.tokens.lowerBound, k + 1 < start, [",", ":"].contains(tokens[k + 1].text) else { return false }
        return NameVocabulary.peopleNouns.contains(tokens[k].key)
    }

    /// `R. Michael Keith`: a capital and its period, then a known first name and a capitalised surname.
    func isInitialBeforeGivenName(_ i: Int, in s: Sentence) -> Bool {
        guard i + 3 < s.tokens.upperBound, tokens[i].text.count == 1, tokens[i].isCapitalized, tokens[i + 1].text == "." else { return false }
        let given = tokens[i + 2], surname = tokens[i + 3]
        return lex.firstNames.contains(given.key) && given.isCapitalized && !given.isAllCaps && surname.isCapitalized && surname.kind == .word
    }

    /// `Mr.`, `Mme`, `Dr`, `Sen.`, `le colonel` just before token `i` (the period may be its own token).
    private func honorificBefore(_ i: Int, in s: Sentence) -> Bool {
        var j = i - 1
        if j > s.tokens.lowerBound, tokens[j].text == "." { j -= 1 }
        guard j >= s.tokens.lowerBound else { return false }
        return Vocabulary.personTitles.contains(tokens[j].key) || isRankBeforeName(j, in: s)
    }

    /// A military rank at `i` before a capitalised name: `le Général Mamadi Doumbouya`, `Colonel Goïta`, `Gen. Burhan`.
    /// `General` alone opens firms' names too (`General Motors`), so it is a rank only after a determiner, a period
    /// of its abbreviation, or before a known first name.
    func isRankBeforeName(_ i: Int, in s: Sentence) -> Bool {
        let t = tokens[i]
        // (`GEN IV reactor`: a word in capitals is no rank.)
        guard Vocabulary.militaryRanks.contains(t.key), !t.isAllCaps else { return false }
        var n = i + 1
        if n < s.tokens.upperBound, tokens[n].text == "." { n += 1 }
        guard n < s.tokens.upperBound, tokens[n].isCapitalized, tokens[n].kind == .word else { return false }
        // (`Marshal Ship Management Private Limited`: a firm's words or legal form in the capitals that follow make it a firm's name.)
        var j = n
        while j < min(s.tokens.upperBound, n + 6), tokens[j].isCapitalized, tokens[j].kind == .word {
            if Vocabulary.companyWords.contains(tokens[j].key) || companySuffix(at: j, end: s.tokens.upperBound) != nil { return false }
            j += 1
        }
        guard ["general", "generale"].contains(t.key), t.isCapitalized else { return true }
        let prev = i > s.tokens.lowerBound ? tokens[i - 1].key : ""
        return ["le", "la", "du", "au", "the", "army", "armee", "chief", "chef"].contains(prev) || lex.firstNames.contains(tokens[n].key)
    }

    static let stockNouns: Set<String> = ["shares", "share", "stock", "stocks", "shareholders", "actions", "actionnaires", "titre"]
    static let exchangeTags: Set<String> = ["nyse", "nasdaq", "ticker", "lse", "euronext", "otc", "tsx", "hkex"]

    /// `shares of X`, `X shares fell`, `X's stock`, `X (NYSE: XYZ)`: only a listed firm has shares.
    private func listedFirm(_ r: Range<Int>, in s: Sentence) -> Bool {
        if r.lowerBound >= s.tokens.lowerBound + 2, ["of", "de", "d'"].contains(tokens[r.lowerBound - 1].key), Self.stockNouns.contains(tokens[r.lowerBound - 2].key) { return true }
        var j = r.upperBound
        if j < s.tokens.upperBound, tokens[j].key == "'s" { j += 1 }
        if j < s.tokens.upperBound, Self.stockNouns.contains(tokens[j].key) { return true }
        if j + 2 < s.tokens.upperBound, tokens[j].text == "(", Self.exchangeTags.contains(tokens[j + 1].key) { return true }
        return false
    }

    /// `McKinsey` is camel-cased like a brand, but `McDonald`, `DeSantis` and `LeBron` are
    /// the spellings of surnames and given names.
    static func isSurnameCamel(_ text: String) -> Bool {
        ["Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van", "Von", "O’", "O'"].contains { p in
            text.hasPrefix(p) && text.dropFirst(p.count).first?.isUppercase == true
        }
    }

    /// `X said`, `X told`, `a déclaré X`: the name of someone speaking.
    /// `Corvexa a ouvert un site`, `Ostrelle bought a stake`: a verb of corporate action right after an
    /// opening word makes it a name (a common noun opening a sentence rarely signs, buys or opens).
    func corporateVerbAfter(_ start: Int, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        var j = start
        if j < end, ["a", "has", "have"].contains(tokens[j].key), tokens[j].text != "à" { j += 1 }
        // `Kelvane va implanter une usine`, `Kelvane will build a plant`: a future of a firm's act.
        if j + 1 < end, ["va", "will", "plans", "prevoit", "compte", "entend"].contains(tokens[j].key) {
            let next = tokens[j + 1].key == "to" && j + 2 < end ? tokens[j + 2].key : tokens[j + 1].key
            return Self.corporateInfinitives.contains(next)
        }
        return j < end && Self.corporateVerbs.contains(tokens[j].key)
    }
    static let corporateInfinitives: Set<String> = ["construire", "implanter", "investir", "ouvrir", "racheter", "acquerir", "lancer", "exploiter", "installer", "fermer",
                                                    "build", "open", "invest", "acquire", "buy", "launch", "operate", "install", "close", "deploy", "develop"]
    static let corporateVerbs: Set<String> = ["signed", "acquired", "bought", "opened", "launched", "unveiled", "agreed", "acquires", "buys", "signs", "announced", "announces",
                                              "signe", "acquis", "rachete", "ouvert", "lance", "annonce", "inaugure", "conclu", "accorde", "cede", "investi",
                                              // `Kelvane operates a data center`, `Kelvane exploite une usine`: verbs of running, building and holding.
                                              "operates", "owns", "builds", "invests", "manufactures", "exploite", "construit", "investit", "fabrique", "detient", "possede",
                                              "implante", "rachetera", "acquiert",
                                              // `Kelvane supplies GPUs to X`, `Kelvane fournira des serveurs`: verbs of supplying goods and hosting.
                                              "supplies", "supplied", "delivers", "delivered", "hosts", "leases", "produces", "fournit", "fournira", "fournissait",
                                              "livre", "livrera", "heberge", "produit",
                                              // `Kelvane produira des cellules`, `construira une usine`: the future of the same acts.
                                              "produira", "construira", "exploitera", "investira", "ouvrira", "implantera", "fabriquera", "acquerra"]

    /// `X raised $50 million`, `X, pionnier de …, lève 50 millions d'euros`: only a firm raises money.
    func raisedFundsAfter(_ start: Int, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        var j = start
        // Past an apposition: `X, roi de l'hydrogène vert, lève …`.
        if j < end, tokens[j].text == ",", let close = (j + 1..<min(end, j + 14)).first(where: { tokens[$0].text == "," }) { j = close + 1 }
        if j < end, ["a", "has", "had", "have"].contains(tokens[j].key) { j += 1 }
        guard j < end, ["leve", "raised", "raises", "raise", "boucle", "closed"].contains(tokens[j].key) else { return false }
        return (j + 1..<min(end, j + 5)).contains { tokens[$0].kind == .number || ["$", "€", "£"].contains(tokens[$0].text) }
    }

    private func saidAfter(_ start: Int, in s: Sentence) -> Bool {
        var j = start
        if j < s.tokens.upperBound, tokens[j].text == "," { j += 1 }
        guard j < s.tokens.upperBound else { return false }
        let k = tokens[j].key
        // `X said it would…`, `X said its site…`: what speaks of itself as `it` is no person.
        if ["said", "says", "told", "added", "explained", "wrote", "noted", "declared"].contains(k) {
            return !(j + 1 < s.tokens.upperBound && ["it", "its", "it's"].contains(tokens[j + 1].key))
        }
        if ["a", "avait"].contains(k), j + 1 < s.tokens.upperBound, ["declare", "indique", "explique", "affirme", "precise", "souligne", "ajoute", "estime", "commente"].contains(tokens[j + 1].key) { return true }
        return false
    }

    /// `appointed Tarla Benning as chief financial officer`, `a nommé X au poste de`, `named X its chief operating officer`:
    /// the name between a verb of appointing and the post is a person's.
    private func appointed(_ r: Range<Int>, in s: Sentence) -> Bool {
        guard r.lowerBound > s.tokens.lowerBound, r.upperBound < s.tokens.upperBound,
              ["appointed", "appoints", "named", "names", "hired", "hires", "promoted", "nomme", "nommee", "recrute", "recrutee", "promu", "promue"].contains(tokens[r.lowerBound - 1].key) else { return false }
        let next = tokens[r.upperBound].key
        guard ["as", "comme", "its", "his", "her", "sa", "son", "au"].contains(next) else { return false }
        // (`named Nova Ridge its flagship campus` names a site: a post must follow within a few words.)
        return (r.upperBound + 1..<min(s.tokens.upperBound, r.upperBound + 5)).contains { lex.roleTitles.longestMatch(tokens, at: $0, limit: s.tokens.upperBound) != nil }
    }

    /// `Office of Foreign Assets Control (OFAC)`: the acronym is another name of the entity.
    /// `Société nationale d'électricité du Sénégal (Senelec)`: so is a short name written in lower case,
    /// when it opens with the name's letter and spells its letters in order.
    private func attachAcronym(_ m: inout NameMention, end: Int) {
        let u = m.tokens.upperBound
        guard u + 2 < end, tokens[u].text == "(", tokens[u + 2].text == ")" else { return }
        if !tokens[u + 1].isAllCaps {
            let short = tokens[u + 1].key, whole = m.tokens.map { tokens[$0].key }.joined()
            guard m.tokens.count >= 2, tokens[u + 1].isCapitalized, tokens[u + 1].kind == .word, short.count >= 3,
                  short.first == whole.first, lex.places.value(short) == nil, lex.demonyms[short] == nil, Self.spellsInOrder(short, whole) else { return }
        }
        // A one-word name takes only an acronym spelled from its letters (`TeraWulf (WULF)`).
        if m.tokens.count == 1, !Self.spellsInOrder(tokens[u + 1].key, tokens[m.tokens.lowerBound].key) { return }
        m.acronym = tokens[u + 1].text
    }
}
