import DossierModel

extension Analysis {
    /// Verbs that designate targets (`OFAC designated X`, `Washington sanctionne X`,
    /// `a inscrit sur sa liste noire X`, `put X on the Entity List`).
    static let designationVerbs: Set<String> = [
        "designated", "designates", "designate", "re-designated", "redesignated", "sanctioned", "sanctions", "sanctionne", "sanctionnent",
        "blacklisted", "blacklists", "designe", "a designe", "inscrit", "inscrivait", "inscrits", "listed", "added", "ajoute", "placed", "put",
        "place", "placee", "adds", "ajoutee", "inscrite", "designating", "sanctioning", "blackliste", "blacklistee", "blacklistes", "blacklistees", "blacklistait",
        // `OFAC froze the assets of X`, `l'OFAC a gelé les avoirs de X`: an asset freeze (needs `assets`/`avoirs` in its clause).
        "froze", "freezes", "gele", "gelait", "gelent",
    ]
    static let freezeVerbs: Set<String> = ["froze", "freezes", "gele", "gelait", "gelent", "frozen"]
    /// Verbs that designate only when a list is named in their clause (`put X on the Entity List`).
    static let listVerbs: Set<String> = ["put", "added", "adds", "ajoute", "ajoutee", "placed", "place", "placee", "inscrit", "inscrite", "inscrivait", "inscrits", "listed"]
    /// Verbs that forbid a trade (`Washington interdit l'exportation`, `bans exports`).
    static let prohibitionVerbs: Set<String> = ["interdit", "interdisait", "interdire", "bans", "banned", "prohibits", "prohibited", "restricts", "restricted", "restreint", "bloque", "blocks", "blocked",
                                                      "barred", "bars", "interdisent", "restreignent", "restrict"]

    /// One Sanction per designation or prohibition stated by a verb rather than a noun.
    func collectDesignations() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let key = tokens[i].key
                if Self.designationVerbs.contains(key), let made = designation(at: i, sentence: k, s) { i = made; continue }
                // `OFAC today took action against X`: Treasury's phrase for a designation.
                if key == "action", i > s.tokens.lowerBound, i + 1 < s.tokens.upperBound, ["took", "take", "takes", "taking"].contains(tokens[i - 1].key),
                   tokens[i + 1].key == "against", let made = designation(at: i, sentence: k, s) { i = made; continue }
                // `The EU has frozen the assets of X`: the perfect is active, unlike `were frozen`.
                if key == "frozen", i > s.tokens.lowerBound, ["has", "have", "had"].contains(tokens[i - 1].key),
                   let made = designation(at: i, sentence: k, s) { i = made; continue }
                if Self.delistingVerbs.contains(key), let made = delisting(at: i, sentence: k, s) { i = made; continue }
                if Self.frozenParticiples.contains(key), let made = passiveFreeze(at: i, sentence: k) { i = made; continue }
                if Self.sanctionedWords.contains(key), let made = sanctionedTarget(at: i, sentence: k) { i = made; continue }
                if Self.prohibitionVerbs.contains(key), let made = prohibition(at: i, sentence: k, s) { i = made; continue }
                if Self.fineVerbs.contains(key), let made = sanctionsFine(at: i, sentence: k) { i = made; continue }
                i += 1
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        frontedSanctionTargets()
    }

    /// Imposer: the nearest organisation (or place standing for a government) before the verb.
    func imposer(before i: Int, sentence k: Int) -> (org: Int?, place: Int?) {
        // An apposition just before the verb (`le FinCEN, autre service du Trésor, a désigné`) is skipped.
        var limit = i
        var j = i - 1
        while j > sentences[k].tokens.lowerBound, i - j <= 3, !(tokens[j].text == ",") { j -= 1 }
        if j > sentences[k].tokens.lowerBound, tokens[j].text == "," {
            var o = j - 1
            while o > sentences[k].tokens.lowerBound, tokens[o].text != ",", j - o < 12 { o -= 1 }
            if tokens[o].text == "," { limit = o }
        }
        let before = slots[k].filter { $0.tokens.upperBound <= limit && i - $0.tokens.upperBound <= 22 && !isAdjudicator($0.entity) }
        var orgIndex = before.lastIndex { type($0.entity) == .organization }
        // `le Bureau … (OFAC) du Trésor américain inscrivait`: the head body, not its parent in the complement.
        while let oi = orgIndex, oi > 0 {
            let prev = before[oi - 1]
            guard type(prev.entity) == .organization else { break }
            let gap = keys(ordered(prev.tokens.upperBound, before[oi].tokens.lowerBound))
            guard gap.allSatisfy({ ["du", "de", "d'", "la", "l'", "of", "the", "(", ")"].contains($0) || $0 == fold(shortName(prev.entity)) }), gap.contains(where: { Token.isOfWord($0) }) else { break }
            orgIndex = oi - 1
        }
        let org = orgIndex.map { before[$0].entity }
        let place = before.last { type($0.entity) == .location && limit - $0.tokens.upperBound <= 3 && !keys(ordered($0.tokens.upperBound, limit)).contains(",")
            && ($0.tokens.lowerBound - sentences[k].tokens.lowerBound <= 3) }?.entity
        return (org, place)
    }

    /// The short name an imposer is cited by in a descriptive name (`OFAC`, not its expansion).
    func shortName(_ e: Int) -> String {
        let all = [displayName(e)] + drafts[e].names + drafts[e].extraAliases
        return all.first { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy { $0.isUppercase || $0 == "." } } ?? displayName(e)
    }

    /// Targets after a designation verb: the first, then those coordinated with it (`X et son administrateur, Y`).
    func coordinatedTargets(after i: Int, end: Int, sentence k: Int) -> [Int] {
        // A media outlet in the clause reports the designation; it is not one of its targets.
        let candidates = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.lowerBound < end && [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
        guard var first = candidates.first else { return [] }
        // `X froze the assets of Y after the Treasury designated the company`: `the company` stands for the firm named last
        // before the verb.
        if first.anaphor, type(first.entity) == .company,
           let named = slots[k].last(where: { $0.tokens.upperBound <= i && !$0.anaphor && isFirm($0.entity) }) { first = Slot(entity: named.entity, tokens: first.tokens, anaphor: true) }
        // `sanctioned X's chief executive, Y`, `a sanctionné le directeur général de X, Y`: the firm names the person's post;
        // the person is the target.
        if let second = candidates.dropFirst().first, namesPost(of: second, firm: first, sentence: k) { first = second }
        var out = [first.entity]
        var last = first
        // `X et son fondateur Y`: the possessive after the first target is part of the next one's title, not a target.
        for c in candidates.drop(while: { $0.tokens.lowerBound <= first.tokens.lowerBound }) where !c.anaphor {
            var gap = keys(ordered(last.tokens.upperBound, c.tokens.lowerBound))
            // `X, un fonds basé à Dubaï, ainsi que son directeur Y`: the apposition describing X is skipped.
            if gap.count > 2, gap[0] == ",", ["a", "an", "the", "un", "une", "le", "la", "l'"].contains(gap[1]), let close = gap.lastIndex(of: ","), close > 1 {
                gap = Array(gap[close...])
            }
            if let a = gap.firstIndex(of: "ainsi"), a + 1 < gap.count, gap[a + 1] == "que" { gap.remove(at: a + 1) }
            // `X, ainsi que deux sociétés qu'il contrôle, Y et Z`, `X and two companies he controls, Y`: a counted group
            // announces the targets named after its comma.
            // (`and two of its managers, Y said`: a group of people named by their post is no list of firms.)
            if let a = gap.firstIndex(where: { ["et", "and", "ainsi"].contains($0) }), a + 2 < gap.count, gap.count <= 10, gap.last == ",",
               Analysis.cardinals.contains(gap[a + 1]) || Int(gap[a + 1]) != nil, SanctionTargetCues.groupNouns.contains(gap[a + 2]) { gap = [",", "and"] }
            // `et de sa société Y`, `et à son patron Y`: French repeats the preposition of the first target.
            if let a = gap.firstIndex(where: { ["et", "and"].contains($0) }), a + 1 < gap.count, ["de", "d'", "a", "du"].contains(gap[a + 1]) { gap.remove(at: a + 1) }
            // `and their owner, Y`: a possessive title after the conjunction names Y's post, not a description of X.
            let titled = gap.firstIndex(where: { ["et", "and"].contains($0) }).map { a in a + 1 < gap.count && Self.possessiveDeterminers.contains(gap[a + 1]) } ?? false
            let joined = gap.contains { [",", "et", "and", "ainsi", "as"].contains($0) }
            let detached = gap.contains { ["that", "which", "qui", "que", "under", "vertu", "pursuant", "associe", "associee", "lie", "liee", "linked", "tied", "owned", "detenu", "detenue", "run", "exploitee", "enregistree", "registered", "a", "to", "for", "pour", "with", "avec", "by", "par",
                                     // `X, the owner of Y`, `X, propriétaire de Y`: Y is named in X's description.
                                     "of", "de", "du", "owner", "proprietaire", "vehicle"].contains($0) && !(titled && ["owner", "proprietaire"].contains($0)) }
            guard joined && !detached && gap.count <= 6 else { break }
            if !out.contains(c.entity) { out.append(c.entity) }
            last = c
        }
        return out
    }

    /// `X's chief executive, Y`, `le directeur général de X, Y`: the firm names the post of the person after the comma.
    func namesPost(of person: Slot, firm: Slot, sentence k: Int) -> Bool {
        guard type(firm.entity) == .company, type(person.entity) == .person, firm.tokens.upperBound <= person.tokens.lowerBound else { return false }
        let gap = keys(ordered(firm.tokens.upperBound, person.tokens.lowerBound))
        let lead = keys(ordered(max(sentences[k].tokens.lowerBound, firm.tokens.lowerBound - 1), firm.tokens.lowerBound))
        return gap.last == "," && !gap.contains(where: { ["and", "et", "ainsi"].contains($0) }) && gap.count <= 5
            && (["'s", "’s"].contains(gap.first ?? "") || lead.contains(where: { ["de", "du", "of"].contains($0) }))
    }

    /// `registered with X`, `owned by X`: a firm named inside another target's description is not listed itself.
    private func isInsideDescription(_ slot: Slot, sentence k: Int) -> Bool {
        let lead = keys(ordered(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 2), slot.tokens.lowerBound))
        return lead.contains { ["by", "par", "with", "avec", "of", "de", "du", "for", "pour"].contains($0) }
    }

    static let sanctionedWords: Set<String> = ["sanctioned", "blacklisted", "sanctionne", "sanctionnee", "sanctionnes", "sanctionnees", "designee", "designees",
                                               "blackliste", "blacklistee", "blacklistes", "blacklistees"]

    /// `the sanctioned exchange X`, `a U.S.-sanctioned Russian miner X`, `la plateforme sanctionnée X`,
    /// `X, sanctioned by OFAC in 2022,`: the text calls a firm or person sanctioned without describing the
    /// act. Unless a measure on it is already described, this is one (`sanctions on X`), imposed by the
    /// body written before the hyphen or after `by/par`.
    private func sanctionedTarget(at i: Int, sentence k: Int) -> Int? {
        let s = sentences[k]
        let prev = i > s.tokens.lowerBound ? tokens[i - 1].key : ""
        var target: Slot? = nil
        var imposer: Int? = nil
        // Adjective before the name, a few common words or a nationality between.
        if let next = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 4 }), [.company, .person].contains(type(next.entity)),
           ordered(i + 1, next.tokens.lowerBound).allSatisfy({ (tokens[$0].kind == .word && !tokens[$0].isCapitalized) || lex.demonyms[tokens[$0].key] != nil }),
           // (`Parmi les entreprises sanctionnées figurent A, B`: a verb between lists the group's members, read with the measure.)
           !ordered(i + 1, next.tokens.lowerBound).contains(where: { SanctionTargetCues.presenceVerbs.contains(tokens[$0].key) || SanctionTargetCues.includeVerbs.contains(tokens[$0].key) }),
           ["the", "a", "an", "-", "la", "le", "les", "l'", "un", "une", "of", "de", "des"].contains(prev) || (tokens[i].key.hasPrefix("sanctionn") && i > s.tokens.lowerBound && tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized) {
            target = next
            if prev == "-", let body = slots[k].last(where: { $0.tokens.upperBound == i - 1 && [.organization, .location].contains(type($0.entity)) }) {
                imposer = type(body.entity) == .organization ? body.entity : nil
            }
        } else if prev == ",", let before = slots[k].last(where: { $0.tokens.upperBound == i - 1 }), [.company, .person].contains(type(before.entity)) {
            // Apposition: `X, sanctioned by the Treasury in 2022, …`.
            target = before
            imposer = agent(after: i, sentence: k)
        } else if let named = memberOfSanctionedGroup(participle: i, sentence: k) ?? sanctionedSubject(participle: i, sentence: k) {
            target = named
            imposer = agent(after: i, sentence: k)
        }
        guard let t = target, !drafts[t.entity].isMedia else { return nil }
        if relations.contains(where: { $0.subject == t.entity && $0.predicate == .subjectTo }) { return nil }
        designateTarget(t, cue: i..<(i + 1), sentence: k, imposer: imposer, designated: true, rule: "rule:sanctioned-target")
        return i + 1
    }

    /// `X denied wrongdoing after being sanctioned by the Treasury`, `X, a sanctioned Russian shipping company, …`,
    /// `X, une société russe sanctionnée par l'UE, …`: a participle after `being`, or inside an apposition of
    /// lower-case words opened by an article, calls the sentence's subject (or the name before the apposition) sanctioned.
    private func sanctionedSubject(participle i: Int, sentence k: Int) -> Slot? {
        let s = sentences[k]
        let prev = i > s.tokens.lowerBound ? tokens[i - 1].key : ""
        // (French `a été` / `après avoir été sanctionnée par` is read by `passiveDesignations`.)
        if prev == "being" {
            guard let subject = slots[k].first(where: { $0.tokens.upperBound <= i && [.company, .person].contains(type($0.entity)) }),
                  subject.tokens.lowerBound - s.tokens.lowerBound <= 3, !drafts[subject.entity].isMedia else { return nil }
            return subject
        }
        guard let comma = ordered(max(s.tokens.lowerBound, i - 6), i).last(where: { tokens[$0].text == "," }),
              comma + 1 < i, ["a", "an", "the", "un", "une", "le", "la", "l'"].contains(tokens[comma + 1].key), tokens[comma + 1].text != "à",
              ordered(comma + 2, i).allSatisfy({ tokens[$0].kind == .word && (!tokens[$0].isCapitalized || lex.demonyms[tokens[$0].key] != nil) }),
              let named = slots[k].last(where: { $0.tokens.upperBound == comma }), [.company, .person].contains(type(named.entity)) else { return nil }
        return named
    }

    /// `X, one of the companies blacklisted by Washington last year, …`, `X, l'une des sociétés sanctionnées par l'UE, …`:
    /// the firm before the apposition belongs to the group the participle calls sanctioned; the body after `by/par` listed it.
    private func memberOfSanctionedGroup(participle i: Int, sentence k: Int) -> Slot? {
        let s = sentences[k]
        guard let comma = ordered(max(s.tokens.lowerBound, i - 7), i).last(where: { tokens[$0].text == "," }) else { return nil }
        let group = Array(keys(ordered(comma + 1, i)).drop { $0 == "l'" })
        guard group.count >= 3, ["one", "une", "un", "among", "parmi"].contains(group[0]), group.contains(where: { ["of", "des", "de"].contains($0) }),
              group.last.map({ SanctionTargetCues.groupNouns.contains($0) || ["groupes", "plateformes", "exchanges", "platforms", "miners"].contains($0) }) == true,
              let member = slots[k].last(where: { $0.tokens.upperBound == comma }), [.company, .person].contains(type(member.entity)) else { return nil }
        return member
    }

    /// The organisation after `by`/`par` right after a participle (`sanctioned by the Treasury`).
    /// (`sanctioned last week by the Treasury`, `sanctionnée la semaine dernière par l'OFAC`: a short date may stand between.)
    private func agent(after i: Int, sentence k: Int) -> Int? {
        let end = sentences[k].tokens.upperBound
        guard let by = ordered(i + 1, min(end, i + 6)).first(where: { ["by", "par"].contains(tokens[$0].key) }),
              ordered(i + 1, by).allSatisfy({ Self.dateFillers.contains(tokens[$0].key) || Self.isYear(tokens[$0]) || Self.dayWords.contains(tokens[$0].key) }) else { return nil }
        return slots[k].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 2 && type($0.entity) == .organization && !isAdjudicator($0.entity) })?.entity
    }

    /// Words of a short date between a participle and its agent (`last week`, `la semaine dernière`, `in May`, `en 2022`).
    static let dateFillers: Set<String> = monthNames.union(["last", "this", "week", "month", "year", "la", "le", "l'", "semaine", "mois", "annee", "an", "derniere",
                                                             "dernier", "in", "en", "on", "earlier", "plus", "tot"])
    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                                          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]

    static let listWords: Set<String> = ["list", "liste", "blacklist", "sdn"]

    /// The token that opens `to the … list` / `sur la liste …` after a list verb, within the sentence.
    private func listAfter(_ i: Int, sentence k: Int) -> Int? {
        let s = sentences[k]
        var j = i + 1
        while j < s.tokens.upperBound, j - i <= 40, ![".", ";", ":"].contains(tokens[j].text) {
            // (`removed X from its list`, `a retiré X de sa liste`: a delisting names the list it was on.)
            if ["to", "on", "sur", "a", "from", "off", "de"].contains(tokens[j].key) {
                let ahead = keys(ordered(j + 1, min(s.tokens.upperBound, j + 6)))
                if ahead.contains(where: { Self.listWords.contains($0) }) || slots[k].contains(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound <= j + 3 && type($0.entity) == .sanction }) { return j }
            }
            j += 1
        }
        return nil
    }

    /// `added 61 entities to its list …, including X, Y and Z`, `a ajouté 30 entités à sa liste, dont X et Y`: a counted
    /// group before the list, its members named after `including`/`dont`/`notamment` or a colon later in the sentence.
    private func namedAfterList(_ list: Int, sentence k: Int, end: Int) -> ([Int], Int) {
        let s = sentences[k]
        guard let cue = ordered(list, s.tokens.upperBound).first(where: { ["including", "dont", "notamment", "among", "parmi", ":"].contains(tokens[$0].key) }) else { return ([], end) }
        let members = slots[k].filter { $0.tokens.lowerBound > cue && [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia && !isInsideDescription($0, sentence: k) }
            .map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        return (members, members.isEmpty ? end : s.tokens.upperBound)
    }

    /// `X, … that/which/que Washington added …`: the imposer right after a relative pronoun, and the
    /// firm or person before the pronoun as the target.
    private func relativeDesignation(at i: Int, sentence k: Int) -> (imposer: (Int?, Int?), target: Int)? {
        guard let subject = slots[k].last(where: { $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 2 && [.organization, .location].contains(type($0.entity)) }),
              subject.tokens.lowerBound > sentences[k].tokens.lowerBound,
              opensRelative(subject, sentence: k),
              let target = slots[k].last(where: { $0.tokens.upperBound < subject.tokens.lowerBound && subject.tokens.lowerBound - $0.tokens.upperBound <= 12
                  && [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }) else { return nil }
        let imposer: (Int?, Int?) = type(subject.entity) == .organization ? (subject.entity, nil) : (nil, subject.entity)
        return (imposer, target.entity)
    }

    /// `which Washington`, `que l'OFAC`, `which the Commerce Department`: a relative pronoun (and an article) right before the name.
    private func opensRelative(_ subject: Slot, sentence k: Int) -> Bool {
        var p = subject.tokens.lowerBound - 1
        if ["the", "le", "la", "l'"].contains(tokens[p].key), p > sentences[k].tokens.lowerBound { p -= 1 }
        return ["that", "which", "que", "qu'", "whom"].contains(tokens[p].key)
    }

    func clauseEnd(from i: Int, _ s: Sentence, limit: Int = 24) -> Int {
        var j = i + 1
        while j < s.tokens.upperBound, j - i < limit, ![".", ";", ":", "—"].contains(tokens[j].text) {
            if ["for", "pour", "accusing", "accusant", "because", "car", "after", "apres", "which", "qui", "who", "comme", "meaning"].contains(tokens[j].key) && j > i + 3 { break }
            j += 1
        }
        return j
    }

    /// `needsList`: whether the verb designates only with a list in its clause (`put`, `added`, `removed … from`);
    /// by default, whether it is one of `listVerbs`.
    func designation(at i: Int, sentence k: Int, _ s: Sentence, needsList: Bool? = nil) -> Int? {
        // `the sanctioned Russian platform`: an adjective, not an act.
        // `clients of sanctioned Russian lenders`: after a preposition the participle is an adjective too.
        if ["sanctioned", "blacklisted"].contains(tokens[i].key), i > s.tokens.lowerBound,
           ["the", "a", "an", "of", "for", "with", "to", "from", "by", "on", "at", "other", "several", "two", "three"].contains(tokens[i - 1].key) { return nil }
        if tokens[i].key == "sanctions", i > s.tokens.lowerBound, !(tokens[i - 1].isNameLike) { return nil }
        // `joined Western sanctions against X`, `the EU sanctions on X`: the verb takes its target directly; a preposition makes it the noun.
        if tokens[i].key == "sanctions", i + 1 < s.tokens.upperBound, ["against", "on", "over", "targeting"].contains(tokens[i + 1].key) { return nil }
        // `already under EU sanctions, was cut off …`: after a preposition, `EU sanctions` is a noun phrase, not `the EU sanctions X`.
        // (`the EU sanctions X and Y`: a firm or person right after keeps the verb reading.)
        if tokens[i].key == "sanctions", !slots[k].contains(where: { $0.tokens.lowerBound == i + 1 && [.company, .person].contains(type($0.entity)) }) {
            var a = i - 1
            while a > s.tokens.lowerBound, tokens[a - 1].isNameLike || tokens[a - 1].text == "." { a -= 1 }
            if a > s.tokens.lowerBound, ["under", "of", "by", "from", "with", "against", "to", "amid", "despite", "over", "new", "the", "its", "their", "and", "or", "on", "in", "for"].contains(tokens[a - 1].key) { return nil }
            if i + 1 < s.tokens.upperBound, [",", ".", ";", ")", "and", "or"].contains(tokens[i + 1].key) { return nil }
        }
        // `X, a chipmaker that Washington added to its trade blacklist`: the imposer opens a relative clause
        // whose antecedent is the target.
        let relative = relativeDesignation(at: i, sentence: k)
        var (org, place) = imposer(before: i, sentence: k)
        if let r = relative, org == nil && place == nil { (org, place) = r.imposer }
        // `… would add 12 companies to its Entity List. […] It added X and Y`: a list verb with no list of its own
        // adds to the list the story has named; `It` is the body that keeps it.
        let isListVerb = needsList ?? Self.listVerbs.contains(tokens[i].key)
        let earlierList = isListVerb ? listNamedEarlier(before: k) : nil
        if org == nil, place == nil, let list = earlierList, i > sentences[k].tokens.lowerBound, ["it", "il", "elle"].contains(tokens[i - 1].key) {
            org = imposers(of: list).first
        }
        guard org != nil || place != nil else { return nil }
        var end = clauseEnd(from: i, s)
        let freeze = Self.freezeVerbs.contains(tokens[i].key)
        // `The designation by OFAC froze its assets`: the freeze is the effect of a measure already named.
        if freeze, slots[k].contains(where: { type($0.entity) == .sanction && $0.tokens.upperBound <= i }) { return nil }
        if freeze, Set(keys(ordered(i, end))).isDisjoint(with: ["assets", "avoirs", "funds", "fonds", "property", "biens"]) { return nil }
        var targets = coordinatedTargets(after: i, end: end, sentence: k)
        var addsToEarlierList = false
        // `put`, `added`, `placed`, `inscrit` need a list to be a designation.
        if isListVerb {
            let clause = Set(keys(ordered(i, end)))
            if clause.isDisjoint(with: Self.listWords) {
                // `added X, which is based in Y, the exchange Z and its founder W to the UK sanctions list`: the
                // list closes a longer object; every firm and person before it is designated.
                if let list = listAfter(i, sentence: k) {
                    end = list + 1
                    targets = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.upperBound <= list && !isInsideDescription($0, sentence: k) && [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
                        .map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                } else {
                    guard earlierList != nil, !targets.isEmpty else { return nil }
                    addsToEarlierList = true
                }
            }
        }
        if targets.isEmpty, needsList ?? Self.listVerbs.contains(tokens[i].key),
           let list = ordered(i, s.tokens.upperBound).first(where: { Self.listWords.contains(tokens[$0].key) }) { (targets, end) = namedAfterList(list, sentence: k, end: end) }
        if targets.isEmpty, let r = relative { targets = [r.target] }
        guard !targets.isEmpty else { return nil }
        let imposerName = org.map(shortName) ?? place.map(displayName) ?? ""
        let targetNames = targets.map(displayName)
        let fr = language == "fr"
        let listed = fr ? targetNames.joined(separator: " et ") : targetNames.joined(separator: " and ")
        let name = freeze ? (fr ? "gel des avoirs de \(listed) par \(imposerName)" : "\(imposerName) asset freeze on \(listed)")
            : fr ? "désignation de \(listed) par \(imposerName)" : "\(imposerName) designation of \(listed)"
        let aliases = targetNames.map { fr ? "sanctions de \(imposerName) contre \($0)" : "\(imposerName) sanctions on \($0)" }
        let sanction: Int
        var joined = false
        // `added X to its list … in its 14th sanctions package`: a measure named in the clause is the one that designates.
        if addsToEarlierList, let list = earlierList {
            sanction = list
            joined = true
            drafts[sanction].extraAliases += aliases
            addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb.earlier-list", confidence: 0.55, anaphor: true)
        } else if let measure = slots[k].first(where: { type($0.entity) == .sanction && !$0.anaphor && drafts[$0.entity].descriptiveName != nil
            && $0.tokens.lowerBound > i && $0.tokens.lowerBound < end + 3 && !isCitedRegime($0, sentence: k) })?.entity {
            sanction = measure
            drafts[sanction].extraAliases += [name] + aliases
            drafts[sanction].properties["designation"] = .bool(true)
            addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb.named-measure", confidence: 0.6, anaphor: true)
        } else if let previous = continuedDesignation(at: i, sentence: k) {
            // `L'OFAC a également sanctionné Y`, `The Treasury also designated Y`: the same action, one more target.
            sanction = previous
            drafts[sanction].extraAliases += aliases
            addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb.also", confidence: 0.6, anaphor: true)
        } else if org != nil, let previous = sameImposerMeasure(before: i, sentence: k) {
            // `Le Trésor a annoncé de nouvelles sanctions. L'OFAC du Trésor a ajouté X …`: the same body's next step.
            sanction = previous
            joined = true
            drafts[sanction].extraAliases += [name] + aliases
            addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb.same-imposer", confidence: 0.6, anaphor: true)
        } else {
            var draft = EntityDraft(type: .sanction, strength: 2)
            draft.descriptiveName = name
            draft.extraAliases = aliases
            draft.properties["designation"] = .bool(true)
            if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
            sanction = addEntity(draft)
            addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:designation-verb", confidence: 0.65)
        }
        // A list described in the clause (`to its list of strategic end users, meaning …`) is how the article names the measure.
        if let l = (i..<end).first(where: { ["list", "liste"].contains(tokens[$0].key) }), l + 1 < end, ["of", "des", "de", "du", "d'"].contains(tokens[l + 1].key) {
            var e = l + 2
            while e < s.tokens.upperBound, e - l < 16, ![",", ";", ".", "in", "en", "on", "after", "apres", "since", "depuis", "for", "pour"].contains(tokens[e].key) { e += 1 }
            if e - l >= 3 { drafts[sanction].extraAliases.append(text(l..<e)) }
        }
        // `a inscrit / placé X sur la liste SDN`: French copy names the act `inscription de X sur la liste SDN`.
        if fr, Self.listVerbs.contains(tokens[i].key), let sur = (i..<min(end + 2, s.tokens.upperBound)).first(where: { tokens[$0].key == "sur" }),
           sur + 1 < s.tokens.upperBound, ["la", "sa", "leur"].contains(tokens[sur + 1].key) {
            var e = sur + 2
            while e < s.tokens.upperBound, e - sur < 8, ![",", ";", ".", "en", "depuis", "pour", "apres", "le", "la", "les", "l'", "un", "une"].contains(tokens[e].key) || e == sur + 3 && ["d'", "de", "des"].contains(tokens[e - 1].key) { e += 1 }
            if e > sur + 2 { drafts[sanction].extraAliases.append("inscription de \(listed) sur la \(text((sur + 2)..<e))") }
        }
        // A list named in the same clause (`liste SDN`, `Entity List`) is this designation's other name.
        for slot in slots[k] where type(slot.entity) == .sanction && slot.entity != sanction && drafts[slot.entity].descriptiveName == nil
            && slot.tokens.lowerBound > i - 3 && slot.tokens.lowerBound < end + 3 {
            drafts[sanction].extraAliases += [displayName(slot.entity)] + drafts[slot.entity].extraAliases.prefix(4)
            drafts[slot.entity].suppressed = true
            drafts[slot.entity].properties["foldedInto"] = .int(Int64(sanction))
        }
        // The targets of a measure carried out here are designated by every body that imposes it (`OFAC` and its `Trésor`).
        let designators = (org.map { [$0] } ?? []) + (joined ? imposers(of: sanction).filter { $0 != org } : [])
        for t in targets {
            relate(t, .subjectTo, .entity(sanction), cue: i..<(i + 1), sentence: k, rule: "rule:designation.target", confidence: 0.65)
            for o in designators { relate(t, .sanctionedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:designation.designated-by", confidence: 0.65) }
        }
        if let o = org { relate(sanction, .imposedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:designation.imposer", confidence: 0.65) }
        return end
    }

    /// A sanctions list of the lexicon (`Entity List`, `SDN List`) named in the five sentences before, as the story's list.
    private func listNamedEarlier(before k: Int) -> Int? {
        for j in stride(from: k - 1, through: max(0, k - 5), by: -1) where !skip[j] {
            for sl in slots[j].reversed() where type(sl.entity) == .sanction && !sl.anaphor && !isCitedRegime(sl, sentence: j) {
                let e = measureFoldedInto(sl.entity)
                if isLexiconList(e), !drafts[e].suppressed { return e }
            }
        }
        return nil
    }

    /// The designation described in the three sentences before, when `also`/`également` marks this verb as one more of its targets.
    private func continuedDesignation(at i: Int, sentence k: Int) -> Int? {
        let near = keys(ordered(max(sentences[k].tokens.lowerBound, i - 3), min(sentences[k].tokens.upperBound, i + 2)))
        guard k > 0, near.contains(where: { ["also", "egalement", "aussi"].contains($0) }) else { return nil }
        for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
            for sl in slots[j].reversed() where type(sl.entity) == .sanction && !isCitedRegime(sl, sentence: j) {
                let e = measureFoldedInto(sl.entity)
                // A designation described by a verb or a noun, or a list of the lexicon (`added … to its SDN List`).
                let isList = drafts[e].descriptiveName == nil && drafts[e].properties["designation"] != .bool(false)
                if drafts[e].properties["designation"] == .bool(true) || isList, !drafts[e].suppressed { return e }
            }
        }
        return nil
    }

    static let evasionVerbs: Set<String> = ["evade", "evading", "evaded", "violate", "violating", "violated", "circumvent", "circumventing", "breach", "breaching",
                                            "contourner", "contournement", "contourne", "contournent", "contournaient", "contournait", "violer", "violation", "viole", "violent",
                                            "enfreindre", "enfreint", "contreviennent", "contrevient", "echapper",
                                            // `oil carried above the G7 price cap`: a ceiling the goods are priced against.
                                            "above", "below", "au-dessus", "au-dela"]

    /// `to evade U.S. sanctions`, `pour contourner les sanctions`: the regime a target broke, cited, not a measure taken now.
    func isCitedRegime(_ slot: Slot, sentence k: Int) -> Bool {
        keys(ordered(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 4), slot.tokens.lowerBound)).contains { Self.evasionVerbs.contains($0) }
    }

    /// A sanctions measure (not an export rule) described in the two sentences before and imposed by a body that
    /// this sentence names before the designation verb (`OFAC`, or `du Trésor` after it): the designation is that
    /// measure carried out, as news copy tells one action over several sentences.
    private func sameImposerMeasure(before i: Int, sentence k: Int) -> Int? {
        let bodies = Set(slots[k].filter { $0.tokens.upperBound <= i && type($0.entity) == .organization }.map(\.entity))
        guard k > 0, !bodies.isEmpty else { return nil }
        for j in stride(from: k - 1, through: max(0, k - 2), by: -1) where !skip[j] {
            for sl in slots[j].reversed() where type(sl.entity) == .sanction && !sl.anaphor && !isCitedRegime(sl, sentence: j) {
                let e = measureFoldedInto(sl.entity)
                guard !drafts[e].suppressed, drafts[e].properties["designation"] != .bool(false) else { continue }
                if !bodies.isDisjoint(with: imposers(of: e)) { return e }
            }
        }
        return nil
    }

    /// The bodies the relations found so far name as imposing the measure.
    func imposers(of measure: Int) -> [Int] {
        relations.compactMap { r -> Int? in
            guard r.subject == measure, r.predicate == .imposedBy, case .entity(let o) = r.object else { return nil }
            return o
        }
    }

    static let measureNoun: [String: (en: String, fr: String)] = [
        "restricted": ("restrictions on", "restrictions sur"), "restricts": ("restrictions on", "restrictions sur"), "restreint": ("restrictions on", "restrictions sur"),
        "banned": ("ban on", "interdiction de"), "bans": ("ban on", "interdiction de"), "interdit": ("ban on", "interdiction de"),
        "interdisait": ("ban on", "interdiction de"), "interdire": ("ban on", "interdiction de"), "prohibits": ("prohibition of", "interdiction de"),
        "prohibited": ("prohibition of", "interdiction de"), "bloque": ("block on", "blocage de"), "blocks": ("block on", "blocage de"), "blocked": ("block on", "blocage de"),
    ]

    static let nextPredicateVerbs: Set<String> = ["adds", "targets", "imposes", "freezes", "lists", "extends", "designates", "sanctions",
                                                  "ajoute", "vise", "impose", "gele", "prolonge", "inscrit", "sanctionne"]

    private func prohibition(at i: Int, sentence k: Int, _ s: Sentence) -> Int? {
        var end = clauseEnd(from: i, s)
        if let comma = (i..<end).first(where: { tokens[$0].text == "," }), comma > i + 2 { end = comma }
        // `bans imports of X and adds Y to the list`: a second verb of the subject opens the next predicate.
        if let and = (i..<end).first(where: { ["and", "et"].contains(tokens[$0].key) && $0 + 1 < end && Self.nextPredicateVerbs.contains(tokens[$0 + 1].key) }) { end = and }
        // `The new export rules restrict sales … to China`: a measure named as the subject is what the verb tells of.
        if let measure = subjectMeasure(before: i, sentence: k) {
            aimOf(measure, verb: i, end: end, sentence: k)
            return end
        }
        // `to restrict the ability of …`: the plain form is a measure's verb only after the measure.
        if tokens[i].key == "restrict" { return nil }
        let clause = keys(ordered(i, end))
        guard clause.contains(where: { Self.measureContext.contains($0) || ["exporter", "export", "exports", "ship", "vendre", "sell", "selling", "exporting", "shipping", "livrer", "imports", "importations"].contains($0) }) else { return nil }
        let (org, place) = imposer(before: i, sentence: k)
        guard org != nil || place != nil else { return nil }
        let fr = language == "fr"
        // `… technology on Thursday`: the day of the act is not part of the measure's name.
        if let day = (i..<end).first(where: { Self.dayWords.contains(tokens[$0].key) }) {
            end = day > i + 1 && ["on", "le", "ce", "this", "last"].contains(tokens[day - 1].key) ? day - 1 : day
        }
        var from = i + 1
        // `interdisent depuis octobre 2022 l'exportation de …`: a time phrase before the object goes after it, in brackets,
        // as annotators date a measure (`interdiction de l'exportation de … (depuis octobre 2022)`).
        var since: String? = nil
        if from < end, ["depuis", "since"].contains(tokens[from].key) {
            var j = from + 1
            while j < end, tokens[j].kind == .number || ValueReader.months[tokens[j].key] != nil { j += 1 }
            if j > from + 1 { since = text(from..<j); from = j }
        }
        // `interdit l'exportation de …` → `interdiction de l'exportation de …`: the French noun keeps its article, contracted.
        let article = fr && from < end ? ["l'": "de l'", "la": "de la", "le": "du", "les": "des"][tokens[from].key] : nil
        while from < end, ["l'", "la", "le", "les", "the"].contains(tokens[from].key) { from += 1 }
        // `Washington has barred Nvidia from selling …`, `interdisent à Nvidia de vendre …`: the firm the ban acts on is subject to it.
        let firm = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 2 }).flatMap { f in
            [.company, .person].contains(type(f.entity)) && !drafts[f.entity].isMedia && keys(ordered(i + 1, f.tokens.lowerBound)).allSatisfy({ ["a", "the"].contains($0) }) ? f : nil
        }
        if fr, let f = firm { from = f.tokens.lowerBound }
        let object = text(ordered(from, end)) + (since.map { " (\($0))" } ?? "")
        let noun = Self.measureNoun[tokens[i].key] ?? ("ban on", "interdiction de")
        let frNoun = noun.fr.hasSuffix(" de") ? (article.map { String(noun.fr.dropLast(3)) + " " + $0 } ?? noun.fr) : noun.fr
        let name = fr && firm != nil ? "interdiction à \(object)" : fr ? "\(frNoun) \(object)".replacingOccurrences(of: "' ", with: "'") : "\(noun.en) \(object)"
        var draft = EntityDraft(type: .sanction, strength: 2)
        draft.descriptiveName = name
        if let o = org ?? place { draft.extraAliases = [(fr ? "\(noun.fr) \(object) (\(shortName(o)))" : "\(shortName(o)) \(noun.en) \(object)")] }
        draft.properties["designation"] = .bool(false)
        if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: i..<end, sentence: k, rule: "rule:prohibition-verb", confidence: 0.6)
        if let o = org { relate(sanction, .imposedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:prohibition.imposer", confidence: 0.6) }
        if let firm {
            relate(firm.entity, .subjectTo, .entity(sanction), cue: i..<firm.tokens.upperBound, sentence: k, rule: "rule:prohibition.firm", confidence: 0.55)
        }
        aimOf(sanction, verb: i, end: end, sentence: k)
        return end
    }
}

extension Analysis {
    /// A list designation folded into the measure it names (`designation()`) stands for that measure.
    func measureFoldedInto(_ e: Int) -> Int {
        if drafts[e].suppressed, case .int(let into)? = drafts[e].properties["foldedInto"] { return Int(into) }
        return e
    }
}
