import DossierModel

/// Posts whose holder or firm is not written beside the title: the clitic `en`, a title opening a sentence
/// about the person named just before, and `celui de Y, X` that repeats an earlier title.

extension Analysis {
    /// Copulas after the clitic `en` (`X en est le président`, `elle en deviendra la directrice`).
    private static let cliticCopulas: Set<String> = ["est", "etait", "sera", "devient", "deviendra", "reste", "demeure", "restera"]

    /// `Louis Faure a fondé Y en 2010 et en est aujourd'hui le président`: `en` stands for the firm named
    /// before in the sentence (or the article's firm), and the clause's person holds the title.
    func cliticPost(sentence k: Int) {
        let s = sentences[k].tokens
        for i in s where tokens[i].key == "en" && i + 3 < s.upperBound && Self.cliticCopulas.contains(tokens[i + 1].key) {
            var j = i + 2
            while j < min(s.upperBound, i + 4), tokens[j].kind == .word, !Self.articles.contains(tokens[j].key), !tokens[j].isNameLike { j += 1 }
            guard j < s.upperBound, Self.articles.contains(tokens[j].key),
                  let (_, role) = lex.roleTitles.longestMatch(tokens, at: afterModifiers(j + 1, limit: s.upperBound), limit: min(s.upperBound, j + 6)),
                  role == "FOUNDER" || Self.businessRoles.contains(role),
                  let person = clauseSubject(before: i, sentence: k, types: [.person]) else { continue }
            let named = slots[k].last { $0.tokens.upperBound <= i && $0.tokens.lowerBound > person.tokens.upperBound && isFirmOrBody($0.entity) && !drafts[$0.entity].isMedia }
            guard let firm = named?.entity ?? salientAt[k].flatMap({ isFirmOrBody($0) ? $0 : nil }) else { continue }
            relatePost(person.entity, firm, role: role, cue: i..<(j + 1), sentence: k, rule: "rule:clitic-post", confidence: 0.5)
        }
    }
}

extension Analysis {
    /// `« … », explique Hugo Petit. Le cofondateur de Kérval prévoit …`: a sentence that opens on a title of a
    /// named firm and names nobody speaks of the one person the sentence before named.
    func titledOpening(sentence k: Int) {
        guard k > 0 else { return }
        let s = sentences[k].tokens
        guard s.count > 4, ["le", "la", "l'", "the"].contains(tokens[s.lowerBound].key),
              !slots[k].contains(where: { type($0.entity) == .person }),
              let firm = slots[k].first(where: { isFirmOrBody($0.entity) && !$0.anaphor }), firm.tokens.lowerBound > s.lowerBound + 2,
              tokens[firm.tokens.lowerBound - 1].isOf,
              (s.lowerBound + 1..<firm.tokens.lowerBound - 1).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike }) else { return }
        let people = Set(slots[k - 1].filter { type($0.entity) == .person && !$0.anaphor }.map(\.entity))
        guard people.count == 1, let person = people.first else { return }
        for role in roleTitles(in: (s.lowerBound + 1)..<(firm.tokens.lowerBound - 1)) where !RoleCues.notPosts.contains(role) {
            relatePost(person, firm.entity, role: role, cue: s.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:titled-opening", confidence: 0.5)
        }
    }
}

extension Analysis {
    /// `La présidente de Y, A, et celui de Z, B, ont signé`, `the chief executive of Y and that of Z, B`: the
    /// pronoun repeats the title named before it in the sentence.
    func repeatedTitle(sentence k: Int) {
        let s = sentences[k].tokens
        for i in s where ["celui", "celle", "that"].contains(tokens[i].key) && i > s.lowerBound + 2 {
            guard i + 2 < s.upperBound, tokens[i + 1].isOf,
                  let firm = slots[k].first(where: { $0.tokens.lowerBound == i + 2 && isFirmOrBody($0.entity) && !$0.anaphor }),
                  firm.tokens.upperBound + 1 < s.upperBound, tokens[firm.tokens.upperBound].key == ",",
                  let person = slotStarting(at: firm.tokens.upperBound + 1, sentence: k, types: [.person]),
                  let role = roleTitles(in: ordered(max(s.lowerBound, i - 12), i)).last, !RoleCues.notPosts.contains(role) else { continue }
            relatePost(person.entity, firm.entity, role: role, cue: i..<person.tokens.upperBound, sentence: k, rule: "rule:repeated-title", confidence: 0.55)
        }
    }
}

extension Analysis {
    /// A founder's title gives FOUNDED (rule `<rule>.founder`), any other post WORKS_FOR with its role.
    private func relatePost(_ person: Int, _ firm: Int, role: String, cue: Range<Int>, sentence k: Int, rule: String, confidence: Double) {
        if role == "FOUNDER" {
            relate(person, .founded, .entity(firm), cue: cue, sentence: k, rule: rule + ".founder", confidence: confidence)
        } else {
            relate(person, .worksFor, .entity(firm), cue: cue, sentence: k, rule: rule, confidence: confidence, properties: ["role": .string(role)])
        }
    }
}
