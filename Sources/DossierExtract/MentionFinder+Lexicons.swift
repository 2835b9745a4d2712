import DossierModel

/// Names read with the help of word lists: well-known names (`known_names.tsv`) and French
/// institution names in sentence case.
extension MentionFinder {
    /// A well-known firm, media outlet, public body or product family (`known_names.tsv`), written
    /// with its capitals and not the start of a longer name (`Nvidia H100`, `SoftBank Group` are
    /// left to the chunker, which reads them whole).
    static let letterGradeNouns: Set<String> = ["bande", "band", "rayons", "rays", "type", "classe", "class", "plan", "phase", "vitamine", "vitamin", "format", "serie", "series", "generation", "grade", "niveau", "level"]

    func knownName(at i: Int, in s: Sentence, sentence: Int) -> NameMention? {
        let end = s.tokens.upperBound
        guard let (len, id) = lex.knownNames.longestMatch(tokens, at: i, limit: end) else { return nil }
        let r = i..<(i + len)
        let first = tokens[i]
        guard first.isCapitalized || first.isAllCaps || first.hasDigit || first.isCamel, !continues(r, end: end) else { return nil }
        // `M. Dupont`, `Mr. Ford`: after a courtesy title the name is a person's, whatever firm shares it.
        var before = i - 1
        if before > s.tokens.lowerBound, tokens[before].text == "." { before -= 1 }
        if before >= s.tokens.lowerBound, Vocabulary.personTitles.contains(tokens[before].key), tokens[before].isCapitalized { return nil }
        // `ASIC` (the chip), `IT`: a common acronym on its own is not a name here.
        if len == 1, Vocabulary.notNames.contains(first.key) { return nil }
        // `la bande X`, `X-ray`, `type X`: a letter after a noun that classes things is a grade, not the firm `X`.
        if len == 1, first.text.unicodeScalars.count == 1, i > s.tokens.lowerBound, Self.letterGradeNouns.contains(tokens[i - 1].key) || tokens.indices.contains(i + 1) && tokens[i + 1].text == "-" { return nil }
        // A stock exchange in a ticker (`(NASDAQ: IREN)`) is not mentioned as an actor.
        if r.upperBound + 1 < end, tokens[r.upperBound].text == ":", i > s.tokens.lowerBound, tokens[i - 1].text == "(" { return nil }
        if let (placeLength, _) = lex.places.longestMatch(tokens, at: i, limit: end), placeLength > len { return nil }
        // An ordinary word opening a sentence (`Circle`, `Meta`) when the text also writes it in lower case.
        if len == 1, !first.isAllCaps, isSentenceInitial(i, in: s), lowercaseWords.contains(first.key) { return nil }
        let entry = lex.entries[id]
        // `the Trump administration`, `l'administration Biden`: a leader's name inside the name of a government;
        // `the Trump brand`: after an article, a name that qualifies a noun.
        if entry.type == .person, r.upperBound < end && tokens[r.upperBound].key == "administration"
            || i > s.tokens.lowerBound && ["administration", "the"].contains(tokens[i - 1].key) { return nil }
        // `Un an après`, `Us`: an acronym (`UN`, `US`) is only that acronym when written in capitals.
        // (`G7` has no lower-case letter: it is written as the lexicon writes it.)
        if len == 1, first.text != first.text.uppercased(), entry.knowsOnlyAsAcronym(first.key, length: 2) { return nil }
        if entry.type == .product, r.upperBound < end, tokens[r.upperBound].kind == .number || ProductNames.isModelCode(tokens[r.upperBound]),
           tokens[r.upperBound].text.count <= 5 {
            // `Llama 3`, `Windows 11`: a product family and its version is a product of its own.
            return NameMention(tokens: i..<(r.upperBound + 1), sentence: sentence, type: .product, strength: 2, rule: "lexicon:known-names+version")
        }
        // `MTN Nigeria`, `Orange Cameroun`, `Digital Realty France`: a firm the lexicon knows followed by a country
        // names the firm's local arm, a company of its own in that country.
        if entry.type == .company, entry.kind != "media", let (length, country) = countryClosingName(at: r.upperBound, in: s) {
            var arm = NameMention(tokens: i..<(r.upperBound + length), sentence: sentence, type: .company, strength: 3, rule: "rule:firm-local-arm")
            arm.nationality = country
            arm.parentLexicon = id
            return arm
        }
        var m = NameMention(tokens: r, sentence: sentence, type: entry.type, strength: 3, rule: "lexicon:known-names", lexicon: id)
        m.isMedia = entry.kind == "media"
        if entry.type == .company { m.nationality = headBefore(i, in: s).nationality }
        return m
    }

    /// A country's name right after a firm's (same line, not run on by another capitalised word or a possessive
    /// that makes the country the subject of what follows): its length and ISO code.
    private func countryClosingName(at u: Int, in s: Sentence) -> (Int, String)? {
        let end = s.tokens.upperBound
        guard u < end, tokens[u].spaceBefore, !tokens[u].startsLine, tokens[u].isCapitalized || tokens[u].isAllCaps,
              let (len, place) = lex.places.longestMatch(tokens, at: u, limit: end), lex.entries[place].kind == "country",
              let code = lex.entries[place].country else { return nil }
        // `Chevron U.S.A. Inc.`, `Shell Nigeria Ltd`: the arm's legal form closes its name.
        if let suffix = companySuffix(at: u + len, end: end) { return (len + suffix, code) }
        guard !continues(u..<(u + len), end: end) else { return nil }
        if u + len < end, ["'s", "’s", "-based", "-"].contains(tokens[u + len].key) { return nil }
        return (len, code)
    }

    /// `Fonds public d'investissement`, `Banque centrale européenne`, `Cour des comptes`: French
    /// institution names in sentence case run on through lower-case adjectives and `de` + noun.
    func frenchInstitutionEnd(from start: Int, end: Int) -> Int {
        func adjective(_ x: Int) -> Bool {
            guard x < end, tokens[x].kind == .word else { return false }
            let key = tokens[x].key
            // `Police criminelle Nationale estonienne`: an adjective may be capitalised, if it names nothing itself.
            if tokens[x].isCapitalized, tokens[x].isAllCaps || lex.places.value(key) != nil || lex.knownNames.value(key) != nil || lex.firstNames.contains(key) { return false }
            if lex.demonyms[key] != nil { return true }
            return key.count > 3 && !Vocabulary.commonStarters.contains(key) && NameVocabulary.frenchAdjectiveEndings.contains { key.hasSuffix($0) }
        }
        /// `de Police criminelle`, `d'Enquête`, `du Procureur général`: a capitalised common noun of a body's
        /// remit (a title, or a noun by its ending), not a firm's or a person's name.
        func capitalisedRemit(_ x: Int) -> Bool {
            guard x < end, tokens[x].kind == .word, tokens[x].isCapitalized, !tokens[x].isAllCaps else { return false }
            let key = tokens[x].key
            guard lex.places.value(key) == nil, lex.knownNames.value(key) == nil, !lex.firstNames.contains(key), key.count > 3 else { return false }
            return lex.roleTitles.value(key) != nil || NameVocabulary.frenchRemitEndings.contains { key.hasSuffix($0) }
        }
        var k = start, done = start, adjectives = 0
        while adjectives < 3 {
            // `Union économique et monétaire`: `et` joins two adjectives.
            if adjectives > 0, k + 1 < end, tokens[k].key == "et", adjective(k + 1) { k += 2; adjectives += 1; done = k; continue }
            guard adjective(k) else { break }
            k += 1; adjectives += 1; done = k
        }
        var complements = 0
        while k < end, complements < 3 {
            // `… de régulation et de développement du marché`: `et` joins two complements.
            var at = k
            if tokens[at].key == "et", complements > 0, at + 1 < end { at += 1 }
            guard ["de", "du", "des", "d'"].contains(tokens[at].key) else { break }
            var c = at + 1
            if c < end, tokens[at].key == "de", ["la", "l'"].contains(tokens[c].key) { c += 1 }
            // `Agence de l'informatique de l'État`, `Cour supérieure du Québec`: the State or a place closes the name.
            if c < end, tokens[c].isCapitalized, tokens[c].kind == .word, tokens[c].key == "etat" && complements > 0 {
                done = c + 1; break
            }
            if c < end, tokens[c].isCapitalized, tokens[c].kind == .word, let (len, _) = lex.places.longestMatch(tokens, at: c, limit: end) {
                done = c + len; break
            }
            // `Compagnie minière de l'Ogooué`, `Office du Niger`: behind an article, a proper noun the lexicons lack is
            // a river's or a region's name, which closes the institution's (a firm's name takes no article).
            if c < end, c > at + 1 || tokens[at].key == "du", tokens[c].isCapitalized, !tokens[c].isAllCaps, tokens[c].kind == .word,
               lex.knownNames.value(tokens[c].key) == nil, !lex.firstNames.contains(tokens[c].key), !Vocabulary.companyWords.contains(tokens[c].key),
               c + 1 >= end || !(tokens[c + 1].isCapitalized && tokens[c + 1].kind == .word) {
                done = c + 1; break
            }
            // `Université technique d'État Bauman de Moscou`: a state institution keeps its eponym and its town.
            if c < end, complements == 0, tokens[c].key == "etat", tokens[c].isCapitalized {
                return stateInstitutionEnd(after: c + 1, end: end)
            }
            if capitalisedRemit(c) {
                c += 1
                while adjective(c), c - at < 5 { c += 1 }
                done = c; k = c; complements += 1
                continue
            }
            guard c < end, tokens[c].kind == .word, !tokens[c].isCapitalized, tokens[c].key.count > 2, !tokens[c].hasDigit,
                  !Vocabulary.commonStarters.contains(tokens[c].key), !Vocabulary.notNames.contains(tokens[c].key) else { break }
            // `demandé à la Régie de l'énergie de fixer un tarif`: an infinitive with its object is the clause, not the name.
            if complements > 0, c + 1 < end, Self.infinitiveEndings.contains(where: { tokens[c].key.hasSuffix($0) }), Self.objectDeterminers.contains(tokens[c + 1].key) { break }
            // `permettra à la Direction générale de l'armement de bénéficier de …`: `de` + a bare infinitive opens the clause.
            if complements > 0, c == at + 1, c + 1 < end, tokens[c].key.count >= 6, Self.infinitiveEndings.contains(where: { tokens[c].key.hasSuffix($0) }),
               ["de", "d'", "a", "au", "aux"].contains(tokens[c + 1].key) { break }
            c += 1
            if adjective(c) { c += 1 }
            done = c; k = c; complements += 1
        }
        return done
    }

    private static let infinitiveEndings = ["er", "ir", "re"]
    private static let objectDeterminers: Set<String> = ["un", "une", "le", "la", "les", "l'", "des", "du", "ses", "son", "sa", "leur", "leurs", "ce", "cette", "ces"]

    /// After `d'État`: an eponym (`Bauman`, `Lomonossov`) and `de` + a town may follow.
    private func stateInstitutionEnd(after start: Int, end: Int) -> Int {
        var k = start
        while k < end, k - start < 3, tokens[k].kind == .word, tokens[k].isCapitalized, lex.places.value(tokens[k].key) == nil { k += 1 }
        if k + 1 < end, ["de", "d'"].contains(tokens[k].key), tokens[k + 1].isCapitalized, lex.places.value(tokens[k + 1].key) != nil { k += 2 }
        return k
    }
}
