import DossierModel

/// People and their firms read from the descriptors news puts around names: former employers
/// (`a former Equinor engineer`, `deux anciens d'Atos`, `former Google researchers X and Y`) and
/// jobs in appositions without a listed title (`a senior investigator at Y`).
enum PeopleCues {
    static let former: Set<String> = ["former", "ex", "ex-", "onetime", "ancien", "ancienne", "anciens", "anciennes",
                                       // `deux chercheurs issus du CEA`
                                       "issu", "issue", "issus", "issues"]
    /// Nouns of `X, a … at Y` that name a tie other than a job.
    static let notJobs: Set<String> = ["customer", "customers", "client", "clients", "rival", "rivals", "critic", "critics", "competitor", "competitors", "concurrent",
                                       "friend", "ami", "amie", "proche", "shareholder", "shareholders", "actionnaire", "investor", "investors", "investisseur",
                                       "owner", "owners", "proprietaire", "proprietaires", "co-owner",
                                       "supplier", "fournisseur", "partner", "partenaire", "son", "daughter", "fils", "fille", "wife", "husband", "epouse", "mari",
                                       "user", "users", "utilisateur", "visitor", "guest", "student", "etudiant", "etudiante", "member", "membre", "fan", "neighbour", "neighbor"]
    /// Words that end a descriptor: verbs, relatives, clause punctuation.
    static let clauseWords: Set<String> = ["who", "which", "that", "qui", "que", "dont", "whose", "said", "says", "told", "est", "sont", "was", "is", "were", "are",
                                           "has", "have", "had", "will", "ont", "a", "ete", "(", ")", ".", ";", ":", "—", "–", "\"", "“", "”", "«", "»"]
}

extension Analysis {
    func collectPeopleDescriptors() {
        for (k, _) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .person && !p.anaphor {
                formerEmployerAfter(p, sentence: k)
                jobAtInApposition(p, sentence: k)
                firmByDeInApposition(p, sentence: k)
            }
            formerEmployerBefore(sentence: k)
        }
    }

    /// The names of `first`'s type listed after it (`X, Y and Z`, `X and a former banker, Y`).
    func listed(after first: Slot, sentence k: Int) -> [Slot] {
        coordinated(after: first, sentence: k, descriptors: true) { self.type($0.entity) == self.type(first.entity) }
    }

    /// The people listed before `last` (`X et Y, deux anciens d'Atos`): `last` and its list mates.
    func listedBefore(_ last: Slot, sentence k: Int) -> [Slot] {
        let people = slots[k].filter { type($0.entity) == type(last.entity) && !$0.anaphor && $0.tokens.upperBound <= last.tokens.lowerBound }
        for start in people where start.tokens.lowerBound >= last.tokens.lowerBound - 20 {
            let list = [start] + listed(after: start, sentence: k)
            if list.contains(where: { $0.tokens == last.tokens }) { return Array(list.prefix { $0.tokens.lowerBound <= last.tokens.lowerBound }) }
        }
        return [last]
    }

    /// `X, a former Equinor engineer`, `X et Y, deux anciens d'Atos`, `X, ex-directeur de Y`:
    /// a former employer in the apposition after a name.
    private func formerEmployerAfter(_ p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = p.tokens.upperBound
        guard i < end, tokens[i].key == "," else { return }
        i += 1
        var sawFormer = false, words = 0
        while i < end, words <= 5 {
            let key = tokens[i].key
            if PeopleCues.former.contains(key) || key.hasPrefix("ex-") { sawFormer = true }
            if let firm = slots[k].first(where: { $0.tokens.lowerBound == i }) {
                guard sawFormer, isFirmOrBody(firm.entity), !firm.anaphor else { return }
                // `a former Equinor engineer` (a noun after the firm) or `ancien d'Atos` (the firm after `de`).
                let nounAfter = firm.tokens.upperBound < end && tokens[firm.tokens.upperBound].kind == .word && !tokens[firm.tokens.upperBound].isNameLike
                    && !PeopleCues.clauseWords.contains(tokens[firm.tokens.upperBound].key)
                let ofBefore = ["de", "d'", "du", "of", "at", "chez"].contains(tokens[i - 1].key)
                guard nounAfter || ofBefore else { return }
                for q in listedBefore(p, sentence: k) {
                    relate(q.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
                           rule: "rule:apposition.former-employer", confidence: 0.5, properties: ["role": .string("former")])
                }
                return
            }
            if key == "," || PeopleCues.clauseWords.contains(key) && key != "a" || tokens[i].isNameLike && !PeopleCues.former.contains(key) && key.first?.isNumber != true && !key.hasPrefix("ex-") { return }
            if !Self.articles.contains(key) { words += 1 }
            i += 1
        }
    }

    /// `former Google researchers X and Y`, `ex-Meta engineer X`: a firm between `former` and a
    /// job noun before the names.
    private func formerEmployerBefore(sentence k: Int) {
        for firm in slots[k] where isFirmOrBody(firm.entity) && !firm.anaphor {
            let lo = firm.tokens.lowerBound
            guard lo > sentences[k].tokens.lowerBound, PeopleCues.former.contains(tokens[lo - 1].key) || tokens[lo - 1].key.hasSuffix("ex-") else { continue }
            // One or two lower-case job nouns, then the first name.
            var j = firm.tokens.upperBound, nouns = 0
            while j < sentences[k].tokens.upperBound, nouns < 3, tokens[j].kind == .word, !tokens[j].isNameLike, !PeopleCues.clauseWords.contains(tokens[j].key) { nouns += 1; j += 1 }
            guard (1...2).contains(nouns), let first = slots[k].first(where: { $0.tokens.lowerBound == j && type($0.entity) == .person && !$0.anaphor }) else { continue }
            for q in [first] + listed(after: first, sentence: k) {
                relate(q.entity, .worksFor, .entity(firm.entity), cue: (lo - 1)..<q.tokens.upperBound, sentence: k,
                       rule: "rule:former-firm-noun-name", confidence: 0.5, properties: ["role": .string("former")])
            }
        }
    }

    /// `Natalie Brandt, a senior investigator at TRM Labs`, `X, chercheuse chez Y`: a job in the
    /// apposition even when its noun is not a listed title.
    private func jobAtInApposition(_ p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = p.tokens.upperBound
        guard i < end, tokens[i].key == "," else { return }
        i += 1
        var words: [String] = []
        // `a China scholar with the X Institute`, `an analyst for Y`: `with / for` lead to the employer only
        // when a firm follows; a place may qualify the job (`a senior Asia economist at Y`).
        func firmFollows(_ j: Int) -> Bool {
            slots[k].contains { $0.tokens.lowerBound == j + 1 || $0.tokens.lowerBound == j + 2 && Self.articles.contains(tokens[j + 1].key) }
        }
        while i < end, words.count <= 5, !["at", "chez"].contains(tokens[i].key), !(["with", "for"].contains(tokens[i].key) && !words.isEmpty && firmFollows(i)) {
            let key = tokens[i].key
            if let place = slots[k].first(where: { $0.tokens.lowerBound == i && type($0.entity) == .location }) { words.append("<place>"); i = place.tokens.upperBound; continue }
            guard tokens[i].kind == .word, !tokens[i].isNameLike, !PeopleCues.clauseWords.contains(key) || key == "a" && words.isEmpty else { return }
            if !Self.articles.contains(key) { words.append(key) }
            i += 1
        }
        // `a lawyer for Y`, `a candidate for Y` act for Y without working for it.
        if i < end, tokens[i].key == "for", words.contains(where: { ["lawyer", "lawyers", "attorney", "counsel", "candidate", "advocate", "nominee", "bidder"].contains($0) }) { return }
        // (The words may run out before any preposition: `a billionaire with ties to the Kremlin` names no job at it.)
        guard i < end, ["at", "chez", "with", "for"].contains(tokens[i].key), words.contains(where: { $0 != "<place>" }), !words.contains(where: { PeopleCues.notJobs.contains($0) }),
              let firm = slots[k].first(where: { $0.tokens.lowerBound == i + 1 || $0.tokens.lowerBound == i + 2 && Self.articles.contains(tokens[i + 1].key) }),
              isFirmOrBody(firm.entity), !firm.anaphor else { return }
        let former = words.contains { PeopleCues.former.contains($0) }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:apposition.job-at", confidence: 0.5, properties: former ? ["role": .string("former")] : [:])
    }

    /// `D'après X, de la société française Y, …`, `X, du cabinet Y,`: French names a person's firm
    /// with a bare `de` in the apposition, the firm closing it.
    private func firmByDeInApposition(_ p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = p.tokens.upperBound
        guard i + 2 < end, tokens[i].key == ",", ["de", "du", "d'"].contains(tokens[i + 1].key) else { return }
        i += 2
        while i < end, Self.articles.contains(tokens[i].key) { i += 1 }
        // A descriptor: a firm noun and its adjectives (`la société française`, `du cabinet`).
        if i < end, TitleCues.firmHeads.contains(tokens[i].key) {
            i += 1
            while i < end, isAdjectiveRun(i..<(i + 1)) { i += 1 }
        }
        guard let firm = slots[k].first(where: { $0.tokens.lowerBound == i && isFirmOrBody($0.entity) && !$0.anaphor }),
              firm.tokens.upperBound < end, [",", ";", ")", "."].contains(tokens[firm.tokens.upperBound].key) else { return }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:apposition.de-firm", confidence: 0.5)
    }
}

extension Analysis {
    /// `ses actionnaires Aleh Barabanau, Aleh Herasim, Dzmitry Zamulevich et Uladzimir Arkadzyeu`: in a list of three
    /// names or more with two people or more and nothing else but names of a person's shape read only as guessed firms
    /// (a first name the lexicon lacks), those names are people too.
    func retypeListedPeople() {
        func guessedFirmOfAPersonsShape(_ slot: Slot) -> Bool {
            type(slot.entity) == .company && weak(slot) && (2...3).contains(slot.tokens.count)
                && slot.tokens.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps })
        }
        for k in sentences.indices where !skip[k] {
            let names = slots[k].filter { !$0.anaphor && !drafts[$0.entity].suppressed }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            var start = 0
            while start < names.count {
                var end = start + 1
                while end < names.count, joinsList(keys(ordered(names[end - 1].tokens.upperBound, names[end].tokens.lowerBound)), descriptors: false) { end += 1 }
                let list = names[start..<end]
                start = end
                guard list.count >= 3 else { continue }
                guard list.filter({ type($0.entity) == .person }).count >= 2,
                      list.allSatisfy({ type($0.entity) == .person || guessedFirmOfAPersonsShape($0) }) else { continue }
                for slot in list where guessedFirmOfAPersonsShape(slot) { drafts[slot.entity].type = .person }
            }
        }
    }
}

