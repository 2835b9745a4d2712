import DossierModel

/// Role and founder phrasings of wire copy found by probing in session 7: a fronted title
/// (`Directeur général de Y depuis 2018, X quittera…`), a co-founder after `with / avec`
/// (`X co-founded Y in 2012 with Z`), `X launched his own start-up, Y`, `Y hired X from Z`, a
/// possessive title with its field (`Y's head of digital assets, X,`), French `X de Firme`, and the
/// post of a founder named by a title.
enum RolePhraseCues {
    /// Subjects of a founding verb that refer to a person without naming them (`il`, `M. X` read short).
    static let personSubjects: Set<String> = Vocabulary.personTitles.union(["he", "she", "il", "elle"])
    /// Verbs of founding whose `with / avec` complement names another founder.
    static let foundingVerbs: Set<String> = ["founded", "co-founded", "cofounded", "created", "established", "started", "fonde", "cofonde", "co-fonde", "cree", "fondee", "creee", "cofondee"]
    /// Verbs that start a firm when the object is the subject's own (`launched her own start-up, Y`).
    static let startVerbs: Set<String> = ["launched", "founded", "started", "created", "set", "formed", "lance", "fonde", "cree", "monte", "cofonde", "co-founded", "cofounded"]
    static let ownWords: Set<String> = ["own", "propre"]
    static let firmNouns: Set<String> = ["start-up", "startup", "company", "firm", "venture", "business", "societe", "entreprise", "jeune", "pousse", "fund", "fonds", "boite", "cabinet"]
    /// `Y hired X from Z`, `Y a débauché X chez Z`: hiring verbs whose `from` names the former employer.
    static let hires: Set<String> = ["hired", "hires", "recruited", "recruits", "poached", "poaches", "recrute", "debauche", "embauche"]
    static let fromWords: [[String]] = Analysis.phrases(["from", "de chez", "chez", "venu de", "venue de"])
}

extension Analysis {
    /// `Fluidstack co-founder X`, `le cofondateur de la ferme, X`: a founder named by a
    /// title still works for the firm (the annotation gives both); a founding told by a verb (`founded in
    /// 2015 by X`) says nothing of today's post. Runs once, after the sentence rules.
    func foundersByTitleWorkThere() {
        let titleRules: Set<String> = ["rule:title.founder", "rule:apposition.founder", "rule:apposition.possessive-founder", "rule:title-of.founder",
                                       "rule:title-before-name.salient-founder", "rule:fronted-title.founder"]
        var sentenceAt: [Int: Int] = [:]
        for (k, s) in sentences.enumerated() { sentenceAt[s.start] = k }
        for r in relations where r.predicate == .founded && titleRules.contains(r.evidence.extractor) && type(r.subject) == .person {
            guard case .entity(let firm) = r.object, isFirmOrBody(firm), let k = sentenceAt[r.evidence.sentence.start] else { continue }
            let cue = sentences[k].tokens.filter { tokens[$0].start >= r.evidence.span.start && tokens[$0].end <= r.evidence.span.end }
            // (`et son fondateur, le Russe X, qui dirige par ailleurs Z`: a possessive founder may have moved on.)
            guard let first = cue.first, let last = cue.last,
                  !(max(sentences[k].tokens.lowerBound, first - 1)...last).contains(where: { Self.possessives.contains(tokens[$0].key) }) else { continue }
            relate(r.subject, .worksFor, .entity(firm), cue: first..<(last + 1), sentence: k, rule: "rule:founder-title.works-for", confidence: 0.5,
                   properties: ["role": .string("FOUNDER")])
        }
    }

    func collectRolePhrases(sentence k: Int) {
        frontedTitle(sentence: k)
        foundedWith(sentence: k)
        ownStartup(sentence: k)
        hiredFrom(sentence: k)
        possessiveTitleOfField(sentence: k)
        personDeFirm(sentence: k)
    }

    /// `déclare Arild Nyhus de Kessler Grid à NRK`: French names a speaker's firm with a bare `de` after the
    /// name (English `X of Y` is a pair rule); the firm must close the phrase, so that `de` is no part of a longer complement.
    private func personDeFirm(sentence k: Int) {
        guard language == "fr" else { return }
        let s = sentences[k].tokens
        for p in slots[k] where type(p.entity) == .person && !p.anaphor && p.tokens.upperBound + 1 < s.upperBound && ["de", "d'"].contains(tokens[p.tokens.upperBound].key) {
            guard let firm = slots[k].first(where: { $0.tokens.lowerBound == p.tokens.upperBound + 1 && type($0.entity) == .company && !$0.anaphor && !drafts[$0.entity].isMedia }),
                  firm.tokens.upperBound >= s.upperBound || [",", ".", ";", ")", "a", "au", "aux"].contains(tokens[firm.tokens.upperBound].key)
                    || closesOnItsAcronym(firm, sentence: k) else { continue }
            relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:person-de-firm", confidence: 0.5)
        }
    }

    /// `Roland Dörig de Credit Suisse Energy Infrastructure Partners (CSEIP).`: the firm's acronym in brackets, then the phrase's end.
    private func closesOnItsAcronym(_ firm: Slot, sentence k: Int) -> Bool {
        let at = firm.tokens.upperBound, end = sentences[k].tokens.upperBound
        guard at + 2 < end, tokens[at].text == "(", tokens[at + 1].isAllCaps, tokens[at + 2].text == ")" else { return false }
        return at + 3 >= end || [",", ".", ";", "a", "au", "aux"].contains(tokens[at + 3].key)
    }

    /// `Directeur général de Brévalis depuis 2018, Hugo Vernet quittera…`, `Chief executive of Y since
    /// 2019, X has…`, `A spokeswoman for Y, X, said`, `Le président de la société Y, X`: a title
    /// opening the sentence, its firm, then the name after the comma.
    private func frontedTitle(sentence k: Int) {
        let s = sentences[k].tokens
        var i = s.lowerBound
        var former = false
        while i < s.upperBound, i - s.lowerBound < 4, Self.articles.contains(tokens[i].key) || TitleCues.modifiers.contains(tokens[i].key) || PeopleCues.former.contains(tokens[i].key) {
            if PeopleCues.former.contains(tokens[i].key) || tokens[i].key == "former" { former = true }
            i += 1
        }
        let start = i
        guard titleStarts(at: start, limit: s.upperBound) else { return }
        // The title phrase (`cofondateur et directeur technique`) runs to `de / of`.
        // (`A spokeswoman for X, Y, said`, `Le président de la société X, Y`.)
        // (`Président du conseil d'administration de X`: the title's own `du` is passed over for the one a firm follows.)
        func firmAfter(_ of: Int) -> Slot? {
            var at = of + 1
            while at < s.upperBound, at - of <= 3, Self.articles.contains(tokens[at].key) || TitleCues.firmHeads.contains(tokens[at].key) { at += 1 }
            return slots[k].first { $0.tokens.lowerBound == at && isFirmOrBody($0.entity) && !$0.anaphor }
        }
        guard let of = (start..<min(s.upperBound, start + 7)).first(where: { ["de", "d'", "du", "of", "at", "chez", "for", "pour"].contains(tokens[$0].key) && firmAfter($0) != nil }), of > start,
              isTitlePhrase(start..<of), let firm = firmAfter(of) else { return }
        // Dates only between the firm and the comma (`depuis 2018`, `since 2019`).
        var c = firm.tokens.upperBound
        while c < s.upperBound, c - firm.tokens.upperBound <= 4, tokens[c].kind == .number || ["depuis", "since", "until", "jusqu'en", "from", "de", "a", "to", "in", "en"].contains(tokens[c].key) || RoleCues.dateWords.contains(tokens[c].key) && tokens[c].key != "," { c += 1 }
        // (`…, le conseiller national UDC Franz Grüter`: a descriptor with its article may stand before the name.)
        var named = c + 1
        if named < s.upperBound, ["le", "la", "l'", "the"].contains(tokens[named].key) {
            var q = named + 1
            // (A party's acronym read as a body, `UDC`, is part of the descriptor.)
            while q < s.upperBound, q - named <= 6, tokens[q].kind == .word, !tokens[q].isCapitalized || tokens[q].isAllCaps,
                  !slots[k].contains(where: { $0.tokens.lowerBound == q && !($0.tokens.count == 1 && tokens[q].isAllCaps && type($0.entity) != .person) }) { q += 1 }
            if q > named + 1 { named = q }
        }
        guard c + 1 < s.upperBound, tokens[c].key == ",",
              let person = slots[k].first(where: { $0.tokens.lowerBound == named && type($0.entity) == .person && !$0.anaphor }) else { return }
        for role in roleTitles(in: start..<of) where !RoleCues.notPosts.contains(role) {
            if role == "FOUNDER" {
                relate(person.entity, .founded, .entity(firm.entity), cue: s.lowerBound..<person.tokens.upperBound, sentence: k, rule: "rule:fronted-title.founder", confidence: 0.6)
            } else {
                relate(person.entity, .worksFor, .entity(firm.entity), cue: s.lowerBound..<person.tokens.upperBound, sentence: k, rule: "rule:fronted-title",
                       confidence: 0.6, properties: ["role": .string(former ? "former" : role)])
            }
        }
    }

    /// `X co-founded Y in 2012 with Z`, `M. X avait créé la société en 2014 avec Z`: the person after
    /// `with / avec` founded the firm too.
    private func foundedWith(sentence k: Int) {
        let s = sentences[k].tokens
        for z in slots[k] where type(z.entity) == .person && !z.anaphor && z.tokens.lowerBound - 1 > s.lowerBound {
            var w = z.tokens.lowerBound - 1
            // `with his partner Z`, `avec son associée Z`: a short descriptor between `with` and the name.
            while w > s.lowerBound, z.tokens.lowerBound - w <= 3, !["with", "avec"].contains(tokens[w].key), tokens[w].kind == .word, !tokens[w].isNameLike { w -= 1 }
            guard ["with", "avec"].contains(tokens[w].key), (w + 1..<z.tokens.lowerBound).allSatisfy({ Self.articles.contains(tokens[$0].key) || Self.possessives.contains(tokens[$0].key) || ["his", "her", "ses", "co-founder", "cofounder", "partner", "associe", "associee", "friend", "ami", "amie", "brother", "frere", "soeur", "sister", "wife", "epouse", "husband", "mari"].contains(tokens[$0].key) }) else { continue }
            // Back over dates to the firm, then the founding verb before it and a person before that.
            var f = w
            while f > s.lowerBound, w - f <= 4, tokens[f - 1].kind == .number || RoleCues.dateWords.contains(tokens[f - 1].key) && tokens[f - 1].key != "," { f -= 1 }
            guard let firm = slots[k].first(where: { $0.tokens.upperBound == f && isFirmOrBody($0.entity) }),
                  firm.tokens.lowerBound > s.lowerBound else { continue }
            var v = firm.tokens.lowerBound - 1
            while v > s.lowerBound, firm.tokens.lowerBound - v <= 3, Self.articles.contains(tokens[v].key) || TitleCues.firmHeads.contains(tokens[v].key) { v -= 1 }
            // The subject: a person named or referred to (`il`, `she`, `M. Dupont`) just before the verb.
            let lead = max(s.lowerBound, v - 4)..<v
            guard RolePhraseCues.foundingVerbs.contains(tokens[v].key),
                  slots[k].contains(where: { type($0.entity) == .person && $0.tokens.upperBound <= v && v - $0.tokens.upperBound <= 4 })
                    || lead.contains(where: { RolePhraseCues.personSubjects.contains(tokens[$0].key) }) else { continue }
            relate(z.entity, .founded, .entity(firm.entity), cue: v..<z.tokens.upperBound, sentence: k, rule: "rule:founded-with", confidence: 0.55)
        }
    }

    /// `X launched his own start-up, Y`, `X a fondé sa propre société, Y`: the firm the person started.
    private func ownStartup(sentence k: Int) {
        let s = sentences[k].tokens
        for p in slots[k] where type(p.entity) == .person {
            var v = afterApposition(p.tokens.upperBound, sentence: k)
            while v < s.upperBound, v - p.tokens.upperBound <= 6, ["has", "had", "a", "avait", "later", "then", "went", "on", "to", "ensuite", "puis", "in", "en"].contains(tokens[v].key) || tokens[v].kind == .number { v += 1 }
            guard v < s.upperBound, RolePhraseCues.startVerbs.contains(tokens[v].key) else { continue }
            var j = v + 1
            if tokens[v].key == "set", j < s.upperBound, tokens[j].key == "up" { j += 1 }
            guard j < s.upperBound, Self.possessives.contains(tokens[j].key) || ["his", "her"].contains(tokens[j].key) else { continue }
            j += 1
            var nouns = 0
            while j < s.upperBound, j - v <= 7, RolePhraseCues.ownWords.contains(tokens[j].key) || RolePhraseCues.firmNouns.contains(tokens[j].key) || tokens[j].kind == .word && !tokens[j].isNameLike && nouns == 0 && tokens[j].key != "," {
                if RolePhraseCues.firmNouns.contains(tokens[j].key) { nouns += 1 }
                j += 1
            }
            guard nouns > 0 else { continue }
            if j < s.upperBound, tokens[j].key == "," { j += 1 }
            guard let firm = slots[k].first(where: { $0.tokens.lowerBound == j && type($0.entity) == .company && !$0.anaphor }) else { continue }
            relate(p.entity, .founded, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k, rule: "rule:own-startup", confidence: 0.6)
        }
    }

    /// `Corvane Data hired X from Ostley Bank`, `Y a débauché X de chez Z`: X worked for Z, and works for Y.
    private func hiredFrom(sentence k: Int) {
        let s = sentences[k].tokens
        for p in slots[k] where type(p.entity) == .person && !p.anaphor && p.tokens.lowerBound > s.lowerBound {
            var h = p.tokens.lowerBound - 1
            guard RolePhraseCues.hires.contains(tokens[h].key) else { continue }
            let from = afterApposition(p.tokens.upperBound, sentence: k)
            guard let cue = matchPhrase(RolePhraseCues.fromWords, at: from, sentence: k),
                  let former = slotStarting(at: from + cue.count, sentence: k, types: [.company, .organization], skip: 2), !former.anaphor else { continue }
            relate(p.entity, .worksFor, .entity(former.entity), cue: h..<former.tokens.upperBound, sentence: k, rule: "rule:hired-from",
                   confidence: 0.5, properties: ["role": .string("former")])
            while h > s.lowerBound, ["has", "a", "have", "had"].contains(tokens[h - 1].key) { h -= 1 }
            guard let employer = slots[k].last(where: { $0.tokens.upperBound == h && isFirmOrBody($0.entity) }) else { continue }
            relate(p.entity, .worksFor, .entity(employer.entity), cue: employer.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:hired-from.employer", confidence: 0.55)
        }
    }

    /// `Ostley Bank's head of digital assets, Ken Marlow,`, `its head of investor relations, X`: a
    /// possessive title followed by its field (lower-case words after `of / for`) and the name after the comma.
    private func possessiveTitleOfField(sentence k: Int) {
        let s = sentences[k].tokens
        for y in slots[k] where isFirmOrBody(y.entity) && y.tokens.upperBound + 3 < s.upperBound {
            var t = y.tokens.upperBound
            if !y.anaphor {
                guard ["'s", "’s"].contains(tokens[t].key) else { continue }
                t += 1
            } else if !Self.possessives.contains(tokens[y.tokens.lowerBound].key) { continue }
            while t < s.upperBound, TitleCues.modifiers.contains(tokens[t].key) { t += 1 }
            guard let (length, role) = lex.roleTitles.longestMatch(tokens, at: t, limit: s.upperBound), role != "FOUNDER", !RoleCues.notPosts.contains(role) else { continue }
            // (`head of` holds its preposition; `chief of staff for`, `directeur des` do not.)
            var j = t + length
            let fieldWords: Set<String> = ["of", "for", "de", "des", "du", "d'"]
            if !fieldWords.contains(tokens[j - 1].key) {
                guard j < s.upperBound, fieldWords.contains(tokens[j].key) else { continue }
                j += 1
            }
            while j < s.upperBound, Self.articles.contains(tokens[j].key) { j += 1 }
            let field = j
            while j < s.upperBound, j - field < 4, tokens[j].kind == .word, !tokens[j].isNameLike || tokens[j].isAllCaps, !PeopleCues.clauseWords.contains(tokens[j].key) { j += 1 }
            guard j > field, j + 1 < s.upperBound, tokens[j].key == ",",
                  let person = slots[k].first(where: { $0.tokens.lowerBound == j + 1 && type($0.entity) == .person && !$0.anaphor }) else { continue }
            relate(person.entity, .worksFor, .entity(y.entity), cue: y.tokens.lowerBound..<person.tokens.upperBound, sentence: k, rule: "rule:possessive-title-of-field",
                   confidence: 0.6, properties: ["role": .string(role)])
        }
    }
}
