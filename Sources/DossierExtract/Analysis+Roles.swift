import DossierModel

/// WORKS_FOR and FOUNDED read from verbs and clauses rather than appositions:
/// `G42, the group chaired by X`, `présidée par X`, `X chairs Y`, `X prend la tête de Y`,
/// `X, who remains its chief executive`, `X serves as chief strategy officer`,
/// `founded in 2018 by X and Y`, `filiale créée par le fonds Y`.
enum RoleCues {
    /// Passive leadership (`chaired by X`) with the role it implies.
    static let ledBy: [([String], String)] = [
        ("chaired by", "CHAIR"), ("co-chaired by", "CHAIR"), ("presided over by", "CHAIR"), ("presidee par", "CHAIR"), ("preside par", "CHAIR"),
        ("presidees par", "CHAIR"), ("led by", "CEO"), ("headed by", "CEO"), ("run by", "CEO"), ("helmed by", "CEO"), ("managed by", "CEO"),
        ("dirigee par", "CEO"), ("dirige par", "CEO"), ("pilotee par", "CEO"), ("pilote par", "CEO"), ("geree par", "CEO"),
    ].map { (Analysis.phrases([$0.0])[0], $0.1) }
    /// Verbs after a person that make them work for the firm named next (`X chairs Y`).
    static let leads: [[String]] = Analysis.phrases([
        "chairs", "heads", "leads", "runs", "helms", "dirige", "preside", "pilote", "will lead", "will head", "will chair", "va diriger", "dirigera",
        "prend la tete de", "prendra la tete de", "a pris la tete de", "took the helm of", "took the helm at", "takes the helm of", "takes the helm at",
        "run", "ran", "led", "headed", "joined", "joins", "will join", "has joined", "rejoint", "a rejoint", "rejoindra", "works for", "works at", "worked at", "travaille pour",
        "travaille chez", "serves on the board of", "sits on the board of", "siege au conseil d'administration de", "siege au conseil de",
        "siege au conseil d'administration du", "siege au conseil du", "siege au conseil d'administration d'", "siege au conseil d'",
        "oversees", "oversaw", "manages", "managed", "supervises", "chapeaute", "prend la direction de", "prendra la direction de", "a pris la direction de",
        "assure la direction de", "assurera la direction de", "assure la presidence de", "prend la presidence de", "a pris la presidence de",
        // `X est à la tête de Y depuis 2016`, `X a été nommé à la présidence de Y`
        "est a la tete de", "etait a la tete de", "sera a la tete de", "is at the helm of", "was at the helm of",
        "nomme a la tete de", "nommee a la tete de", "nomme a la presidence de", "nommee a la presidence de", "nomme a la direction de", "nommee a la direction de",
        // Past posts (`X, qui dirigeait Y depuis 2015`, `X had led Y`) and seats joined on a firm's board.
        "dirigeait", "presidait", "pilotait", "joined the board of", "has joined the board of", "will join the board of", "joins the board of",
        "named to the board of", "appointed to the board of", "elected to the board of",
        "etait chez", "travaillait chez", "a travaille chez", "a travaille pour", "worked for", "has worked at", "has worked for",
        "etait auparavant chez", "travaillait auparavant chez", "etait jusqu'ici chez", "etait jusque-la chez",
    ] + ["rejoint", "a rejoint", "integre", "a integre"].flatMap { verb in ["d'administration", "d' administration", "de surveillance"].map { "\(verb) le conseil \($0) de" } }
      + ["entre", "est entre", "est entree", "nomme", "nommee", "elu", "elue"].flatMap { verb in ["d'administration", "d' administration", "de surveillance"].map { "\(verb) au conseil \($0) de" } })
    /// `La direction de Y sera confiée à X`: a post given to a person, read when the lead names the post.
    static let givenTo: [[String]] = Analysis.phrases(["confiee a", "confie a", "handed to", "entrusted to"])
    static let posts: Set<String> = ["direction", "presidence", "tete", "leadership", "helm", "gouvernance"]
    /// `serves as`, `devient` before a role title with no firm after it.
    static let servesAs: [[String]] = Analysis.phrases(["serves as", "served as", "will serve as", "acts as", "is now", "becomes", "became", "devient", "est devenu", "est devenue", "occupe le poste de", "officie comme", "remains", "reste",
        // A post taken without its firm (`X, 52, will take over as chief executive`, `X a été nommé directeur général`).
        "will take over as", "takes over as", "took over as", "take over as", "was named", "has been named", "was appointed", "has been appointed", "was promoted to",
        "will become", "a ete nomme", "a ete nommee", "a ete promu", "a ete promue", "sera nomme", "sera nommee", "deviendra"])
    /// `X succeeds Y as chief executive`, `X succède à Y à la tête de Z`: both held the post.
    static let succeeds: [[String]] = Analysis.phrases([
        "succeeds", "succeeded", "succeed", "replaces", "replaced", "replace", "takes over from", "took over from", "take over from",
        "succede a", "succedera a", "succeder a", "remplace", "remplacera", "remplacer",
    ])
    static let appoints: Set<String> = ["named", "names", "appointed", "appoints", "nomme", "nommee", "promoted", "tapped", "elected", "elu", "elue",
                                        "designe", "designee", "hired", "hires", "recrute", "recrutee", "picked", "chose"]
    /// Roles that are ties to a firm, not posts at it (`X remains its largest shareholder`).
    static let notPosts: Set<String> = ["OWNER", "INVESTOR", "BUSINESSPERSON", "LAWYER", "PARTNER"]
    static let roundWords: Set<String> = ["round", "tour", "levee", "investment", "investissement", "financement", "funding", "raise"]
    static let dateWords: Set<String> = ["in", "en", "le", "the", "early", "late", "debut", "fin", "mid", "around", "vers", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                                         "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                                         "october", "november", "december", ",", "la", "veille", "annee", "year", "ans", "years", "ago", "il", "y", "a", "back", "originally", "initialement"]
}

extension Analysis {
    func collectRoleClauses() {
        var departments: [String: Int]? = nil
        for (k, s) in sentences.enumerated() where !skip[k] {
            let people = slots[k].filter { type($0.entity) == .person && !$0.anaphor }
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                defer { i += 1 }
                ledBy(at: i, sentence: k)
                foundedBy(at: i, sentence: k)
            }
            for p in people {
                orgTitleApposition(after: p, sentence: k)
                leadsVerb(after: p, sentence: k)
                succeeds(after: p, sentence: k)
                servesAs(after: p, sentence: k)
                asTitle(after: p, sentence: k)
                regionalTitle(after: p, sentence: k)
                titleOfDescribedFirm(after: p, sentence: k)
                helmApposition(after: p, sentence: k)
                boardSeat(after: p, sentence: k)
            }
            collectRolePhrases(sentence: k)
            replacedPredecessor(sentence: k)
            cliticPost(sentence: k)
            titledOpening(sentence: k)
            repeatedTitle(sentence: k)
            replacedFounder(sentence: k)
            foundedToPurpose(sentence: k)
            secretaryOfNamedDepartment(sentence: k, departments: &departments)
            possessiveRoleInRelative(sentence: k)
            ledInFrenchRelative(sentence: k)
        }
        foundersByTitleWorkThere()
    }

    /// `G42, the … group chaired by Sheikh X`, `Humain, filiale … et présidée par le prince héritier X`.
    private func ledBy(at i: Int, sentence k: Int) {
        postGivenTo(at: i, sentence: k)
        guard let (cueEnd, role) = ledByCue(at: i, sentence: k) else { return }
        let lead = keys(ordered(max(sentences[k].tokens.lowerBound, i - 3), i))
        guard !lead.contains(where: { RoleCues.roundWords.contains($0) }),
              let person = slotStarting(at: cueEnd, sentence: k, types: [.person], skip: 3),
              let firm = describedBefore(i, sentence: k, types: [.company, .organization]) else { return }
        // No other person between the firm and the cue (`X's CEO Y, led by …` is not about X).
        guard !slots[k].contains(where: { type($0.entity) == .person && $0.tokens.lowerBound > firm.tokens.upperBound && $0.tokens.upperBound <= i }) else { return }
        // `X, the investment arm of Y, is led by …`: the head of the apposition is led.
        let led = appositionHead(of: firm, sentence: k) ?? firm
        relate(person.entity, .worksFor, .entity(led.entity), cue: led.tokens.lowerBound..<person.tokens.upperBound, sentence: k,
               rule: "rule:passive.led-by", confidence: 0.6, properties: ["role": .string(role)])
    }

    /// A `led by` cue at token `i` and where it ends, with a date allowed before the agent
    /// (`dirigé depuis 2019 par`, `led since 2021 by`).
    private func ledByCue(at i: Int, sentence k: Int) -> (end: Int, role: String)? {
        if let (cue, role) = RoleCues.ledBy.first(where: { phrase($0.0, at: i, sentence: k) }) { return (i + cue.count, role) }
        guard let (cue, role) = RoleCues.ledBy.first(where: { $0.0.count == 2 && $0.0[0] == tokens[i].key }) else { return nil }
        var j = i + 1
        while j < sentences[k].tokens.upperBound, j - i <= 4, tokens[j].kind == .number || ["depuis", "since", "en", "in", "mars", "march"].contains(tokens[j].key) || RoleCues.dateWords.contains(tokens[j].key) && tokens[j].key != "," { j += 1 }
        guard j > i + 1, j - i <= 4, phrase([cue[1]], at: j, sentence: k) else { return nil }
        return (j + 1, role)
    }

    /// `La direction de Y sera confiée à X`, `the helm of Y was handed to X`: the post names the firm before the cue.
    private func postGivenTo(at i: Int, sentence k: Int) {
        guard let cue = matchPhrase(RoleCues.givenTo, at: i, sentence: k),
              let person = slotStarting(at: i + cue.count, sentence: k, types: [.person], skip: 1) else { return }
        let lo = max(sentences[k].tokens.lowerBound, i - 8)
        guard let post = (lo..<i).first(where: { RoleCues.posts.contains(tokens[$0].key) }),
              let firm = slots[k].first(where: { $0.tokens.lowerBound > post && $0.tokens.lowerBound <= post + 3 && $0.tokens.upperBound <= i && isFirmOrBody($0.entity) }) else { return }
        relate(person.entity, .worksFor, .entity(firm.entity), cue: post..<person.tokens.upperBound, sentence: k, rule: "rule:post-given-to", confidence: 0.55,
               properties: ["role": .string(["presidence"].contains(tokens[post].key) ? "CHAIR" : "CEO")])
    }

    /// `IREN …, founded in 2018 by X and Y`, `Humain, filiale créée la veille par le Fonds …`.
    private func foundedBy(at i: Int, sentence k: Int) {
        let words: Set<String> = ["founded", "co-founded", "cofounded", "fonde", "fondee", "cofonde", "cofondee", "co-fonde", "co-fondee", "creee", "cree", "created", "established", "etablie", "set", "spun"]
        guard words.contains(tokens[i].key) else { return }
        // The agent follows within a few date words: `founded in 2018 by`, `créée la veille par`.
        var j = i + 1
        if tokens[i].key == "set" { guard j < sentences[k].tokens.upperBound, tokens[j].key == "up" else { return }; j += 1 }
        // `spun out of Y in 2019 by X`: the parent named on the way is no founder.
        let spun = tokens[i].key == "spun"
        if spun { guard j + 1 < sentences[k].tokens.upperBound, ["out", "off"].contains(tokens[j].key), ["of", "from"].contains(tokens[j + 1].key) else { return }; j += 2 }
        // Dates and places between the participle and its agent (`in 2018`, `en 2017 à Lyon`).
        while j < sentences[k].tokens.upperBound, j - i <= (spun ? 10 : 6), tokens[j].kind == .number || RoleCues.dateWords.contains(tokens[j].key) || ["au", "at"].contains(tokens[j].key) || tokens[j].isCapitalized { j += 1 }
        guard j < sentences[k].tokens.upperBound, ["by", "par"].contains(tokens[j].key) else { return }
        // `founded by two former Google engineers, X and Y`: the founders after a descriptor and its comma.
        let described = foundersAfterDescriptor(j + 1, sentence: k)
        guard var founder = described?.founder ?? slotStarting(at: j + 1, sentence: k, types: [.person, .company, .organization], skip: 3) else { return }
        // `co-founded by former Google researchers X and Y`: the firm only describes the founders.
        var formerEmployer: Slot? = described?.employer
        if described == nil, type(founder.entity) != .person, let person = slots[k].first(where: { type($0.entity) == .person && !$0.anaphor && $0.tokens.lowerBound > founder.tokens.upperBound
                && $0.tokens.lowerBound - founder.tokens.upperBound <= 2 && ordered(founder.tokens.upperBound, $0.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isNameLike } }) {
            formerEmployer = founder; founder = person
        }
        let founders = [founder] + listed(after: founder, sentence: k)
        // `Créée en 2019 par X et Y, deux anciens d'Atos, Veltara …`: an opening participle describes
        // the first firm after the founders that is not a complement.
        let opening = i - sentences[k].tokens.lowerBound <= 1
        guard let firm = clauseSubject(before: i, sentence: k, types: [.company, .organization], window: 14, excluding: founder.entity)
                ?? (opening ? slots[k].first(where: { isFirmOrBody($0.entity) && $0.tokens.lowerBound > founders.last!.tokens.upperBound && !isComplement($0, sentence: k) }) : nil) else { return }
        // `established by law`, `created by the merger of`: the founder must be a name, a firm only for `created/founded`.
        if type(founder.entity) != .person && !["founded", "fonde", "fondee", "creee", "cree", "created", "established"].contains(tokens[i].key) { return }
        // `the jobs created by X`: a bare `created` needs its firm close before it.
        if ["created", "cree", "creee", "established", "set", "spun"].contains(tokens[i].key) && i - firm.tokens.upperBound > 6 { return }
        guard !slots[k].contains(where: { isFirmOrBody($0.entity) && $0.tokens.lowerBound > firm.tokens.upperBound && $0.tokens.upperBound <= i && !isComplement($0, sentence: k) }) else { return }
        relate(founder.entity, .founded, .entity(firm.entity), cue: i..<founder.tokens.upperBound, sentence: k, rule: "rule:participle.founded-by", confidence: 0.65)
        // `by X and Y`, `by X and a former banker, Y`
        for next in founders.dropFirst() {
            relate(next.entity, .founded, .entity(firm.entity), cue: i..<next.tokens.upperBound, sentence: k, rule: "rule:participle.founded-by+conjunct", confidence: 0.6)
        }
        if let employer = formerEmployer, employer.entity != firm.entity {
            for f in founders {
                relate(f.entity, .worksFor, .entity(employer.entity), cue: employer.tokens.lowerBound..<f.tokens.upperBound, sentence: k,
                       rule: "rule:founders.former-employer", confidence: 0.5, properties: ["role": .string("former")])
            }
        }
    }

    /// `founded by two former Google engineers, X and Y`, `créée par deux anciens ingénieurs de Z, X et Y`:
    /// the first founder named after a lower-case descriptor and its comma, and the firm inside the
    /// descriptor that employed the founders (nil when no name follows the comma).
    private func foundersAfterDescriptor(_ start: Int, sentence k: Int) -> (founder: Slot, employer: Slot?)? {
        let end = sentences[k].tokens.upperBound
        var j = start, words = 0, employer: Slot? = nil
        while j < end, ![",", ":"].contains(tokens[j].key), words <= 8 {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                guard employer == nil, isFirmOrBody(sl.entity), !sl.anaphor else { return nil }
                employer = sl
                j = sl.tokens.upperBound
                continue
            }
            guard [.word, .number].contains(tokens[j].kind), !tokens[j].isNameLike, !PeopleCues.clauseWords.contains(tokens[j].key) || tokens[j].key == "a" && tokens[j].text != "à" else { return nil }
            if !Self.articles.contains(tokens[j].key) { words += 1 }
            j += 1
        }
        guard words > 0, j + 1 < end, [",", ":"].contains(tokens[j].key),
              let founder = slots[k].first(where: { $0.tokens.lowerBound == j + 1 && type($0.entity) == .person && !$0.anaphor }) else { return nil }
        return (founder, employer)
    }

    /// Does the name close an apposition (`Le PDG de X, ▸Y◂, a rejoint Z`): a comma before it and one after?
    func closesApposition(_ p: Slot, sentence k: Int) -> Bool {
        let s = sentences[k].tokens
        guard p.tokens.lowerBound > s.lowerBound, tokens[p.tokens.lowerBound - 1].key == ",", p.tokens.upperBound + 1 < s.upperBound,
              tokens[p.tokens.upperBound].key == "," else { return false }
        return !["who", "qui", "and", "et"].contains(tokens[p.tokens.upperBound + 1].key) && !tokens[p.tokens.upperBound + 1].isNameLike
    }

    /// `Masayoshi Son chairs Stargate`, `Tareq Amin, ancien dirigeant d’X, prend la tête de Humain`,
    /// `Brad Smith, Microsoft's vice chair, will join G42's board`.
    private func leadsVerb(after p: Slot, sentence k: Int) {
        leadsVerb(after: p, from: afterApposition(p.tokens.upperBound, sentence: k), sentence: k)
        // `X, who co-founded Y in 2016, joined Z as president`: the main verb after the relative clause.
        if let main = afterRelativeClause(p.tokens.upperBound, sentence: k) { leadsVerb(after: p, from: main, sentence: k) }
    }

    /// After `, who … ,` / `, qui … ,` following a name, where the main clause goes on (nil without one).
    func afterRelativeClause(_ i: Int, sentence k: Int) -> Int? {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, tokens[i].key == ",", ["who", "qui"].contains(tokens[i + 1].key) else { return nil }
        return ((i + 2)..<min(end, i + 16)).first { tokens[$0].key == "," }.map { $0 + 1 }
    }

    private func leadsVerb(after p: Slot, from start: Int, sentence k: Int) {
        var at = start
        // `Le PDG de X, Y, a rejoint Z`: the comma after a name that closes an apposition opens the verb.
        if at == p.tokens.upperBound, closesApposition(p, sentence: k) { at += 1 }
        // `X, qui dirige par ailleurs Y`, `X, who also runs Y`
        if at + 1 < sentences[k].tokens.upperBound, tokens[at].key == ",", ["qui", "who"].contains(tokens[at + 1].key) { at += 2 }
        // `X, a businessman who also sits on the board of Y`: a short descriptor before the relative.
        else if at < sentences[k].tokens.upperBound, tokens[at].key == ",",
                let rel = ((at + 1)..<min(sentences[k].tokens.upperBound, at + 6)).first(where: { ["qui", "who"].contains(tokens[$0].key) }),
                ((at + 1)..<rel).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike && (!PeopleCues.clauseWords.contains(tokens[$0].key) || tokens[$0].key == "a") }) { at = rel + 1 }
        var v = at
        while v < sentences[k].tokens.upperBound, v - at <= 3, ["will", "has", "have", "had", "a", "avait", "va", "also", "aussi", "now", "desormais", "recently", "par", "ailleurs", "egalement", "deja", "already", "still", "toujours", "ete",
                                                                 "previously", "formerly", "once", "auparavant", "precedemment", "longtemps"].contains(tokens[v].key),
              matchPhrase(RoleCues.leads, at: v, sentence: k) == nil { v += 1 }
        guard let verb = matchPhrase(RoleCues.leads, at: v, sentence: k),
              let firm = slotStarting(at: v + verb.count, sentence: k, types: [.company, .organization], skip: ["joined", "joins", "join", "run", "ran", "led", "headed"].contains(verb[0]) ? 0 : 3) else { return }
        // `joins X` is a job only when the object is the firm itself or its board.
        var props: [String: Value] = [:]
        if let role = roleTitle(in: ordered(firm.tokens.upperBound, min(firm.tokens.upperBound + 6, sentences[k].tokens.upperBound))), ["as", "comme", "en", "tant"].contains(where: { keys(ordered(firm.tokens.upperBound, min(firm.tokens.upperBound + 3, sentences[k].tokens.upperBound))).contains($0) }) {
            props["role"] = .string(role)
        } else if ["chairs", "preside"].contains(verb[0]) {
            props["role"] = .string("CHAIR")
        }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:verb.leads", confidence: 0.6, properties: props)
    }

    /// `X succeeds Y as chief executive of Z`, `X will take over from Y as CEO`, `X succède à Y à la tête de Z`,
    /// `X remplace Y au poste de directeur général`: the successor and the predecessor both work for the firm
    /// named after the post, else for the firm of the clause.
    private func succeeds(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var v = afterRelativeClause(p.tokens.upperBound, sentence: k) ?? afterApposition(p.tokens.upperBound, sentence: k)
        while v < end, v - p.tokens.upperBound <= 6, ["will", "would", "to", "has", "a", "va", "should", "is", "set", "doit", "devrait"].contains(tokens[v].key),
              matchPhrase(RoleCues.succeeds, at: v, sentence: k) == nil { v += 1 }
        guard let verb = matchPhrase(RoleCues.succeeds, at: v, sentence: k),
              let predecessor = slotStarting(at: v + verb.count, sentence: k, types: [.person]), !predecessor.anaphor else { return }
        // The post follows the predecessor: `as T`, `à la tête de`, `au poste de T`, `at the helm of`.
        let post = ordered(predecessor.tokens.upperBound, min(end, predecessor.tokens.upperBound + 9))
        let postKeys = keys(post)
        guard let first = postKeys.first, ["as", "a", "au", "at", "comme", "en"].contains(first) else { return }
        let role = roleTitles(in: post).first { $0 != "FOUNDER" } ?? (postKeys.contains { ["tete", "helm", "direction"].contains($0) } ? "CEO" : nil)
        guard let role else { return }
        let named = slots[k].first { post.contains($0.tokens.lowerBound) && isFirmOrBody($0.entity) && !$0.anaphor
            && ["of", "de", "d'", "du", "at", "chez"].contains(tokens[$0.tokens.lowerBound - 1].key) }
        guard let firm = named ?? clauseSubject(before: p.tokens.lowerBound, sentence: k, types: [.company, .organization])
                ?? salientAt[k].flatMap({ isFirmOrBody($0) ? Slot(entity: $0, tokens: p.tokens, anaphor: true) : nil }) else { return }
        for (person, props) in [(p, ["role": Value.string(role)]), (predecessor, ["role": Value.string("former")])] {
            relate(person.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<post.upperBound, sentence: k,
                   rule: "rule:succession", confidence: 0.55, properties: props)
        }
    }

    /// `Helen Marsh, the FCDO minister responsible for sanctions`, `X, le PDG de Y`: the body's name
    /// before the title.
    private func orgTitleApposition(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = p.tokens.upperBound
        guard i + 2 < end, tokens[i].key == "," else { return }
        i += 1
        while i < end, Self.articles.contains(tokens[i].key) { i += 1 }
        guard let org = slots[k].first(where: { $0.tokens.lowerBound == i }), isFirmOrBody(org.entity), !org.anaphor,
              let role = roleTitle(in: ordered(org.tokens.upperBound, min(end, org.tokens.upperBound + 2))),
              let titleAt = [org.tokens.upperBound, org.tokens.upperBound + 1].first(where: { lex.roleTitles.longestMatch(tokens, at: $0, limit: end) != nil }),
              let (length, _) = lex.roleTitles.longestMatch(tokens, at: titleAt, limit: end) else { return }
        // `X, Republican chairman of the Y Committee`: a body named after the title is the employer.
        let titleEnd = titleAt + length
        // (`Marc Oman, EU energy lead at Google`: the firm after `at`/`chez` employs; the name before the title is a remit.)
        if titleEnd + 1 < end, tokens[titleEnd].isOf || ["at", "chez"].contains(tokens[titleEnd].key),
           let body = slots[k].first(where: { ($0.tokens.lowerBound == titleEnd + 1 || $0.tokens.lowerBound == titleEnd + 2 && Self.articles.contains(tokens[titleEnd + 1].key)) && isFirmOrBody($0.entity) && !$0.anaphor }) {
            relate(p.entity, role == "FOUNDER" ? .founded : .worksFor, .entity(body.entity), cue: p.tokens.lowerBound..<body.tokens.upperBound, sentence: k,
                   rule: "rule:apposition.title-of-body", confidence: 0.6, properties: role == "FOUNDER" ? [:] : ["role": .string(role)])
            return
        }
        relate(p.entity, role == "FOUNDER" ? .founded : .worksFor, .entity(org.entity), cue: p.tokens.lowerBound..<(org.tokens.upperBound + 2), sentence: k,
               rule: "rule:apposition.org-title", confidence: 0.6, properties: role == "FOUNDER" ? [:] : ["role": .string(role)])
    }

    /// `Eric Trump serves as chief strategy officer` (no firm named after the title): the firm
    /// the sentence is about.
    private func servesAs(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var v = afterApposition(p.tokens.upperBound, sentence: k)
        if v < end, [",", "who", "qui"].contains(tokens[v].key) { v += 1 }
        if v < end, ["who", "qui"].contains(tokens[v].key) { v += 1 }
        guard let verb = matchPhrase(RoleCues.servesAs, at: v, sentence: k) else { return }
        let titleAt = v + verb.count
        let window = ordered(titleAt, min(titleAt + 5, end))
        guard let role = roleTitle(in: window), role != "FOUNDER", !RoleCues.notPosts.contains(role) else { return }
        // A firm named after the title (`chief executive of Y`) is read by the apposition rules.
        if slots[k].contains(where: { $0.tokens.lowerBound >= titleAt && $0.tokens.lowerBound <= titleAt + 7 && isFirmOrBody($0.entity) }) { return }
        guard let firm = clauseSubject(before: p.tokens.lowerBound, sentence: k, types: [.company]) ?? salientAt[k].flatMap({ isFirmOrBody($0) ? Slot(entity: $0, tokens: p.tokens, anaphor: true) : nil }) else { return }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<window.upperBound, sentence: k,
               rule: "rule:serves-as.salient", confidence: 0.45, properties: ["role": .string(role)])
    }

    /// `Acme named X as its new chief executive`, `thrilled to have X, …, as our new President and CEO`,
    /// `a nommé X au poste de directeur général`, `X en tant que PDG`: the firm of the clause before the name.
    private func asTitle(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        // (`hired X, who joins from Z, as head of strategy`: the relative clause is skipped like an apposition.)
        var v = afterRelativeClause(p.tokens.upperBound, sentence: k) ?? afterApposition(p.tokens.upperBound, sentence: k)
        if appointedToBoard(p, seatAt: v, sentence: k) { return }
        if phrase(["en", "tant", "que"], at: v, sentence: k) { v += 3 }
        else if phrase(["au", "poste", "de"], at: v, sentence: k) || phrase(["au", "poste", "d'"], at: v, sentence: k) { v += 3 }
        else if v < end, ["as", "comme"].contains(tokens[v].key) { v += 1 }
        // `Acme named X chief executive on Monday`: an appointment verb before the name.
        else if p.tokens.lowerBound > sentences[k].tokens.lowerBound, RoleCues.appoints.contains(tokens[p.tokens.lowerBound - 1].key), v == p.tokens.upperBound {} else { return }
        while v < end, Self.articles.contains(tokens[v].key) || Self.possessives.contains(tokens[v].key) || ["our", "notre", "nos"].contains(tokens[v].key) || TitleCues.modifiers.contains(tokens[v].key) { v += 1 }
        guard titleStarts(at: v, limit: end) else { return }
        let title = v..<min(v + 6, end)
        let roles = roleTitles(in: title).filter { Self.businessRoles.contains($0) || $0 == "DIRECTOR" }
        guard !roles.isEmpty else { return }
        // A firm named after the title (`as chief executive of Y`) is the employer; else the clause's firm.
        let named = slots[k].first { $0.tokens.lowerBound > v && $0.tokens.lowerBound <= v + 6 && isFirmOrBody($0.entity) && !$0.anaphor
            && ["of", "de", "d'", "du", "at", "chez"].contains(tokens[$0.tokens.lowerBound - 1].key) }
        guard let firm = named ?? clauseSubject(before: p.tokens.lowerBound, sentence: k, types: [.company, .organization]) ?? boardsFirm(before: p.tokens.lowerBound, sentence: k) else { return }
        for role in roles {
            relate(p.entity, .worksFor, .entity(firm.entity), cue: min(firm.tokens.lowerBound, p.tokens.lowerBound)..<max(title.upperBound, firm.tokens.upperBound), sentence: k,
                   rule: "rule:as-title", confidence: 0.55, properties: ["role": .string(role)])
        }
    }

    /// `The board of Y appointed X as chief executive`, `Le conseil d'administration de Y a nommé X`: the
    /// firm whose board acts before the name.
    private func boardsFirm(before i: Int, sentence k: Int) -> Slot? {
        slots[k].first { sl in
            sl.tokens.upperBound <= i && !sl.anaphor && isFirmOrBody(sl.entity) && sl.tokens.lowerBound > sentences[k].tokens.lowerBound
                && tokens[sl.tokens.lowerBound - 1].isOf
                && RoleTypeCues.boards.contains { b in phrase(b, at: sl.tokens.lowerBound - 1 - b.count, sentence: k) }
        }
    }

    /// `Voltéa, que dirige X depuis 2016`, `la société Y, dont X est la présidente`, `Y, whose chief
    /// executive is X`: a French relative whose subject is the person and whose antecedent is the firm.
    private func ledInFrenchRelative(sentence k: Int) {
        let s = sentences[k].tokens
        for firm in slots[k] where isFirmOrBody(firm.entity) && !firm.anaphor {
            var i = firm.tokens.upperBound
            if i < s.upperBound, tokens[i].key == "," { i += 1 }
            guard i + 2 < s.upperBound else { continue }
            if ["que", "qu'"].contains(tokens[i].key), ["dirige", "preside", "pilote", "dirigeait", "presidait"].contains(tokens[i + 1].key),
               let person = slotStarting(at: i + 2, sentence: k, types: [.person]) {
                relate(person.entity, .worksFor, .entity(firm.entity), cue: firm.tokens.lowerBound..<person.tokens.upperBound, sentence: k, rule: "rule:relative.que-dirige",
                       confidence: 0.55, properties: ["role": .string(tokens[i + 1].key.hasPrefix("presid") ? "CHAIR" : "CEO")])
            } else if tokens[i].key == "dont", let person = slotStarting(at: i + 1, sentence: k, types: [.person]),
                      person.tokens.upperBound + 1 < s.upperBound, ["est", "etait", "sera", "devient"].contains(tokens[person.tokens.upperBound].key),
                      let role = roleTitle(in: ordered(person.tokens.upperBound + 1, min(s.upperBound, person.tokens.upperBound + 5))),
                      Self.businessRoles.contains(role) || ["FOUNDER", "DIRECTOR"].contains(role) {
                // (`dont X est actionnaire` names no title and is read by the holding rules.)
                relate(person.entity, role == "FOUNDER" ? .founded : .worksFor, .entity(firm.entity), cue: firm.tokens.lowerBound..<person.tokens.upperBound, sentence: k,
                       rule: "rule:relative.dont-title", confidence: 0.55, properties: role == "FOUNDER" ? [:] : ["role": .string(role)])
            }
        }
    }

    /// `…, a souligné X, PDG du géant pétrolier`, `X, directeur général du groupe`: a title of a firm
    /// named only by its noun (French `du` leaves it unread as an anaphor) is a job at the firm the
    /// sentence is about.
    private func titleOfDescribedFirm(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let (i, length, role) = titleInApposition(after: p, sentence: k), Self.businessRoles.contains(role) else { return }
        var j = i + length
        if j < end, tokens[j].key == "du" { j += 1 }
        else if j + 1 < end, tokens[j].key == "de", ["la", "l'"].contains(tokens[j + 1].key) { j += 2 }
        else { return }
        guard j < end, Self.companyAnaphors.contains(tokens[j].key) || TitleCues.firmHeads.contains(tokens[j].key) else { return }
        // `président de la société publique russe de pipelines Y`, `PDG du groupe Y`: a name after the noun
        // is read by the apposition rules.
        var n = j + 1
        while n < end, tokens[n].kind == .word, !tokens[n].isNameLike, !PeopleCues.clauseWords.contains(tokens[n].key), !Self.complementMarkers.contains(tokens[n].key) { n += 1 }
        guard n >= end || !tokens[n].isNameLike, !namesFollow(Slot(entity: p.entity, tokens: j..<(j + 1), anaphor: true), sentence: k) else { return }
        // `présidente de l'entreprise`: a noun already read as an anaphor names the firm; else the sentence's firm.
        let firm: Int?
        if let anaphor = slots[k].first(where: { $0.tokens.contains(j) }) {
            firm = anaphor.anaphor && isFirm(anaphor.entity) ? anaphor.entity : nil
        } else {
            firm = slots[k].first(where: { isFirm($0.entity) && !$0.anaphor && $0.tokens.upperBound <= p.tokens.lowerBound && !isComplement($0, sentence: k) })?.entity
                ?? salientAt[k].flatMap { isFirm($0) ? $0 : nil }
        }
        guard let firm else { return }
        relate(p.entity, .worksFor, .entity(firm), cue: p.tokens.lowerBound..<(j + 1), sentence: k, rule: "rule:apposition.title-of-described-firm",
               confidence: 0.5, properties: ["role": .string(role)])
    }

    /// The title opening the apposition after a name (`X, the new chief executive …`): where it starts,
    /// its length and its role.
    private func titleInApposition(after p: Slot, sentence k: Int) -> (at: Int, length: Int, role: String)? {
        let end = sentences[k].tokens.upperBound
        var i = p.tokens.upperBound
        guard i + 3 < end, tokens[i].key == "," else { return nil }
        i += 1
        while i < end, Self.articles.contains(tokens[i].key) || TitleCues.modifiers.contains(tokens[i].key) { i += 1 }
        return lex.roleTitles.longestMatch(tokens, at: i, limit: end).map { (i, $0.length, $0.value) }
    }

    /// `X, directeur France de Y`, `X, head of Europe at Y`, `X, présidente Afrique de l'Ouest chez Y`:
    /// a region between the title and the firm (the pair rules need the title next to the firm).
    private func regionalTitle(after p: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let (i, length, role) = titleInApposition(after: p, sentence: k), role != "FOUNDER",
              let region = slots[k].first(where: { $0.tokens.lowerBound == i + length && type($0.entity) == .location }) else { return }
        var j = region.tokens.upperBound
        guard j < end, ["de", "d'", "du", "of", "at", "chez"].contains(tokens[j].key) else { return }
        j += 1
        while j < end, Self.articles.contains(tokens[j].key) { j += 1 }
        guard let firm = slots[k].first(where: { $0.tokens.lowerBound == j && isFirmOrBody($0.entity) && !$0.anaphor }) else { return }
        relate(p.entity, .worksFor, .entity(firm.entity), cue: p.tokens.lowerBound..<firm.tokens.upperBound, sentence: k,
               rule: "rule:apposition.regional-title", confidence: 0.6, properties: ["role": .string(role)])
    }

    /// `X, a former president of Intel, who remains its chief executive`, `X, qui en est le directeur
    /// général`: a possessive before a title points at the firm; the person is the relative's antecedent.
    private func possessiveRoleInRelative(sentence k: Int) {
        for a in slots[k] where a.anaphor && Self.possessives.contains(tokens[a.tokens.lowerBound].key) && isFirmOrBody(a.entity) {
            let titleAt = a.tokens.upperBound
            guard let role = roleTitle(in: ordered(titleAt, min(titleAt + 4, sentences[k].tokens.upperBound))), role != "FOUNDER" else { continue }
            let lo = max(sentences[k].tokens.lowerBound, a.tokens.lowerBound - 16)
            guard let rel = (lo..<a.tokens.lowerBound).last(where: { ["who", "qui"].contains(tokens[$0].key) }),
                  let person = slots[k].last(where: { type($0.entity) == .person && $0.tokens.upperBound <= rel && $0.tokens.lowerBound >= lo }) else { continue }
            relate(person.entity, .worksFor, .entity(a.entity), cue: person.tokens.lowerBound..<(titleAt + 1), sentence: k,
                   rule: "rule:relative.possessive-role", confidence: 0.55, properties: ["role": .string(role)])
        }
    }
}

extension Analysis {
    /// Role codes of a firm's officers (`role_titles.tsv`), as opposed to public offices.
    static let businessRoles: Set<String> = ["CEO", "CFO", "COO", "CTO", "CIO", "PRESIDENT", "CHAIR", "EXECUTIVE", "VICE_PRESIDENT", "MANAGING_DIRECTOR",
                                             "SPOKESPERSON", "DEPARTMENT_HEAD", "CCO", "CSTRAT"]
}
