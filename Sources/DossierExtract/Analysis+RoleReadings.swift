import DossierModel

/// Role and founder readings of common wire phrasing that the verb and apposition rules miss:
/// `X, à la tête de Y depuis 2019`, `X sits on Y's board`, `replacing founder X`,
/// `X left Y to found Z`, `co-founded Bitmain rival Z`, `la ministre de la Transition numérique, X` when the
/// ministry is named in the article.
enum RoleReadingCues {
    /// An apposition that puts the person at the head of a firm (`X, à la tête de Y, …`).
    static let helm: [([String], String)] = [
        ("a la tete de", "CEO"), ("a la tete du", "CEO"), ("a la tete d'", "CEO"), ("at the helm of", "CEO"), ("aux commandes de", "CEO"),
        ("aux commandes du", "CEO"), ("aux commandes d'", "CEO"), ("a la presidence de", "CHAIR"), ("a la presidence du", "CHAIR"),
    ].map { (Analysis.phrases([$0.0])[0], $0.1) }
    /// Seats on a board named by the firm's possessive (`sits on Y's board`).
    static let boardSeats: [[String]] = Analysis.phrases(["sits on", "sat on", "serves on", "served on", "will sit on", "will serve on", "has served on"])
    static let boards: Set<String> = ["board", "supervisory"]
    /// A seat given after the appointee's name (`appointed X to its board`, `a nommé X au conseil d'administration`).
    static let boardAppointments: [[String]] = Analysis.phrases(["to its board", "to the board", "to their board", "au conseil d' administration",
                                                                 "a son conseil d' administration"])
    /// A participle that hands a post over (`replacing founder X`, `succédant au fondateur X`).
    static let replacing: Set<String> = ["replacing", "succeeding", "replaces", "replaced", "succeeds", "succeeded", "remplacant", "remplace", "succedant", "succede"]
    /// `to found Y`, `pour fonder Y`: a purpose clause naming the firm its subject founded.
    static let toFound: [[String]] = Analysis.phrases(["to found", "to co-found", "to cofound", "pour fonder", "pour cofonder", "pour co-fonder", "afin de fonder"])
    /// Nouns that describe a firm by another (`Bitmain rival Y`): the founded firm is the one after.
    static let rivals: Set<String> = ["rival", "competitor", "peer", "challenger"]
}

extension Analysis {
    /// `Hugo Berthier, à la tête de Kalisto Data depuis 2019, …`, `X, at the helm of Y, said`.
    func helmApposition(after p: Slot, sentence k: Int) {
        let at = p.tokens.upperBound
        guard at + 1 < sentences[k].tokens.upperBound, tokens[at].key == ",",
              let (cue, role) = RoleReadingCues.helm.first(where: { phrase($0.0, at: at + 1, sentence: k) }),
              let firm = slotStarting(at: at + 1 + cue.count, sentence: k, types: [.company, .organization], skip: 2), !firm.anaphor else { return }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:apposition.helm", confidence: 0.6, properties: ["role": .string(role)])
    }

    /// `X sits on Y's board`, `X, who serves on Y's supervisory board`: a board seat is a post at Y.
    func boardSeat(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var v = afterRelativeClause(p.tokens.upperBound, sentence: k) ?? p.tokens.upperBound
        if v + 1 < end, tokens[v].key == ",", ["who", "qui"].contains(tokens[v + 1].key) { v += 2 }
        while v < end, v - p.tokens.upperBound <= 4, ["also", "now", "still", "already"].contains(tokens[v].key) { v += 1 }
        guard let cue = matchPhrase(RoleReadingCues.boardSeats, at: v, sentence: k),
              let firm = slotStarting(at: v + cue.count, sentence: k, types: [.company, .organization]), !firm.anaphor,
              firm.tokens.upperBound + 1 < end, ["'s", "’s"].contains(tokens[firm.tokens.upperBound].key),
              RoleReadingCues.boards.contains(tokens[firm.tokens.upperBound + 1].key) else { return }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<(firm.tokens.upperBound + 2), sentence: k,
               rule: "rule:verb.board-seat", confidence: 0.6, properties: ["role": .string("DIRECTOR")])
    }

    /// `Acme appointed X to its board`, `Acme a nommé X au conseil d'administration`: a seat given by an
    /// appointing verb is a post at the firm of the clause. Returns whether it read one.
    func appointedToBoard(_ p: Slot, seatAt v: Int, sentence k: Int) -> Bool {
        guard p.tokens.lowerBound > sentences[k].tokens.lowerBound, RoleCues.appoints.contains(tokens[p.tokens.lowerBound - 1].key),
              let seat = matchPhrase(RoleReadingCues.boardAppointments, at: v, sentence: k),
              let firm = clauseSubject(before: p.tokens.lowerBound, sentence: k, types: [.company, .organization]) else { return false }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: min(firm.tokens.lowerBound, p.tokens.lowerBound)..<(v + seat.count), sentence: k,
               rule: "rule:appointed-to-board", confidence: 0.55, properties: ["role": .string("DIRECTOR")])
        return true
    }

    /// `Y named X as chief executive, replacing founder Z`: the founder replaced founded the firm of the clause.
    func replacedFounder(sentence k: Int) {
        let s = sentences[k].tokens
        for i in s where RoleReadingCues.replacing.contains(tokens[i].key) {
            var j = i + 1
            while j < s.upperBound, j - i <= 3, Self.articles.contains(tokens[j].key) || ["its", "son", "sa", "a", "au"].contains(tokens[j].key) || TitleCues.modifiers.contains(tokens[j].key) { j += 1 }
            guard let (length, role) = lex.roleTitles.longestMatch(tokens, at: j, limit: s.upperBound), role == "FOUNDER",
                  let founder = slotStarting(at: j + length, sentence: k, types: [.person]), !founder.anaphor,
                  let firm = clauseSubject(before: i, sentence: k, types: [.company]) else { continue }
            relate(founder.entity, .founded, .entity(firm.entity), cue: firm.tokens.lowerBound..<founder.tokens.upperBound, sentence: k,
                   rule: "rule:replacing-founder", confidence: 0.6)
        }
    }

    /// `X left Google in 2021 to found Y`, `X a quitté Z pour fonder Y`: the person the clause is about founded Y.
    func foundedToPurpose(sentence k: Int) {
        let s = sentences[k].tokens
        for i in s {
            guard let cue = matchPhrase(RoleReadingCues.toFound, at: i, sentence: k),
                  let firm = slotStarting(at: i + cue.count, sentence: k, types: [.company], skip: 2), !firm.anaphor,
                  let person = slots[k].last(where: { $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 12 && type($0.entity) == .person && !$0.anaphor }),
                  !ordered(person.tokens.upperBound, i).contains(where: { [".", ";", "who", "qui"].contains(tokens[$0].key) }) else { continue }
            relate(person.entity, .founded, .entity(firm.entity), cue: person.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
                   rule: "rule:purpose.to-found", confidence: 0.6)
        }
    }

    /// `co-founded Bitmain rival Y`: the firm a rival noun describes Y by is no object of the verb.
    func rivalDescribed(_ y: Slot, sentence k: Int) -> Slot? {
        let at = y.tokens.upperBound
        guard at + 1 < sentences[k].tokens.upperBound, RoleReadingCues.rivals.contains(tokens[at].key) else { return nil }
        return slots[k].first { $0.tokens.lowerBound == at + 1 && isFirm($0.entity) && !$0.anaphor }
    }

    /// `le Secrétaire au Trésor, Scott Bessent`, `le secrétaire au Commerce Wilbur Ross`, `Secretary of Commerce
    /// X`: the department whose portfolio the title names, when the article names it (`Département du Trésor
    /// américain`, `ministère américain du Commerce`); a department the text never names gets none.
    /// `departments` is each word of the article's named bodies → the first body it names, read once per
    /// document on the first sentence that needs it.
    func secretaryOfNamedDepartment(sentence k: Int, departments cache: inout [String: Int]?) {
        let s = sentences[k].tokens
        for t in s where ["secretaire", "secretary"].contains(tokens[t].key) {
            var j = t + 1
            while j < s.upperBound, j - t <= 3, ["au", "a", "la", "l'", "aux", "du", "de", "of", "the", "for"].contains(tokens[j].key) { j += 1 }
            guard j > t + 1, j < s.upperBound, tokens[j].isCapitalized, tokens[j].kind == .word else { continue }
            let portfolio = tokens[j].key
            var n = j + 1
            while n < s.upperBound, n - j <= 3, [",", "us", "americain", "britannique", "u.s."].contains(tokens[n].key) { n += 1 }
            guard let person = slots[k].first(where: { $0.tokens.lowerBound == n && type($0.entity) == .person && !$0.anaphor }) else { continue }
            let departments = cache ?? slots.joined().reduce(into: [String: Int]()) { words, sl in
                guard !sl.anaphor, type(sl.entity) == .organization else { return }
                for w in Tokenizer.tokenize(Array(displayName(sl.entity).unicodeScalars)) where words[w.key] == nil { words[w.key] = sl.entity }
            }
            cache = departments
            guard let body = departments[portfolio] else { continue }
            relate(person.entity, .worksFor, .entity(body), cue: t..<person.tokens.upperBound, sentence: k,
                   rule: "rule:secretary-of-named-department", confidence: 0.55, properties: ["role": .string("SECRETARY")])
        }
    }
}
