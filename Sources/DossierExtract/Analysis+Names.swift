import DossierModel

extension Analysis {
    /// Finds the names of every sentence and groups them into entities: same key, lexicon
    /// entry, acronym in parentheses, or surname of a person named in full; each entity keeps
    /// the type of its strongest mention.
    func collectNames() {
        var lowercase: Set<String> = []
        for t in tokens where t.kind == .word && !t.isCapitalized && !t.isDomain { lowercase.insert(t.key) }
        var midCapitals: Set<String> = []
        for s in sentences where s.tokens.count > 1 {
            for i in (s.tokens.lowerBound + 1)..<s.tokens.upperBound where tokens[i].isCapitalized && tokens[i - 1].kind == .word { midCapitals.insert(tokens[i].key) }
        }
        // `Carver Energy said… Carver expects…`: the first word of a two-word name read elsewhere
        // is a name when it opens a sentence alone.
        for (i, t) in tokens.enumerated().dropLast() where t.isCapitalized && !t.isAllCaps && tokens[i + 1].isCapitalized && tokens[i + 1].kind == .word
            && tokens[i + 1].spaceBefore && !Vocabulary.commonStarters.contains(t.key) && lex.demonyms[t.key] == nil && !tokens[i + 1].startsLine {
            midCapitals.insert(t.key)
        }
        let finder = MentionFinder(lex: lex, tokens: tokens, lowercaseWords: lowercase, midSentenceCapitals: midCapitals)
        var found: [NameMention] = []
        for (k, s) in sentences.enumerated() where !skip[k] { found += finder.find(in: s, index: k).filter { $0.strength > 0 } }
        // `the Canadian Telesat … Telesat said`: a nationality before a name the text also writes alone is no part of it.
        let written = Set(found.map { keys($0.tokens).joined(separator: " ") })
        for idx in found.indices where found[idx].type == .company && found[idx].tokens.count >= 2 && found[idx].lexicon == nil {
            let first = tokens[found[idx].tokens.lowerBound]
            let rest = (found[idx].tokens.lowerBound + 1)..<found[idx].tokens.upperBound
            guard !first.isAllCaps, let code = lex.demonyms[first.key], written.contains(keys(rest).joined(separator: " ")) else { continue }
            found[idx].tokens = rest
            found[idx].nationality = found[idx].nationality ?? code
        }
        // The headline is no prose for the rules, but the places and public bodies it names from the lexicons are
        // the article's too (`Les États-Unis imposent des sanctions à 103 entreprises`): kept for `addHeadlineNames`.
        // (Not its firms: a short form there, `SoftBank`, would fold the body's `SoftBank Corp.` into the group's entry.)
        if let first = headlineSentence {
            let inHeadline = finder.find(in: sentences[first], index: first).filter { $0.strength > 0 }
            headlineNames = inHeadline.filter { $0.rule.hasPrefix("lexicon:") && [.location, .organization].contains($0.type) }
            headlineFirms = inHeadline.filter { $0.type == .company }
        }

        // Group keys: a lexicon entry, else the folded name.
        var groupOf: [String: Int] = [:]
        var groups: [[Int]] = []
        func key(_ m: NameMention) -> String {
            if let id = m.lexicon { return "lex:\(id)" }
            return Self.groupKey(text(m.tokens))
        }
        let aliasOf = aliasTargets(found)
        for (idx, m) in found.enumerated() {
            let k = key(m)
            if k.isEmpty { continue }
            if let target = aliasOf[idx], groupOf[k] == nil, let g = groupOf[key(found[target])] {
                groups[g].append(idx); groupOf[k] = g
                continue
            }
            if let g = groupOf[k] ?? (m.lexicon == nil ? nil : groupOf[Self.groupKey(text(m.tokens))]) {
                groups[g].append(idx)
            } else {
                groups.append([idx]); groupOf[k] = groups.count - 1
            }
            if m.lexicon != nil, let g = groupOf[k] { groupOf[Self.groupKey(text(m.tokens))] = g }
            if let bare = m.bareName, let g = groupOf[k] { groupOf[Self.groupKey(bare)] = groupOf[Self.groupKey(bare)] ?? g }
            if let acr = m.acronym, let g = groupOf[k] { groupOf[Self.groupKey(acr)] = groupOf[Self.groupKey(acr)] ?? g }
        }
        // Acronym groups made before their expansion was seen are folded into it.
        var mergedInto = Array(0..<groups.count)
        for (g, members) in groups.enumerated() {
            let k = key(found[members[0]])
            if let target = groupOf[k], target != g { mergedInto[g] = target }
        }
        var groupOfAcronym: [String: Int] = [:]
        for (g, members) in groups.enumerated() { for i in members { if let a = found[i].acronym { groupOfAcronym[a] = groupOfAcronym[a] ?? g } } }
        for (g, members) in groups.enumerated() {
            let m = found[members[0]]
            guard m.tokens.count == 1, tokens[m.tokens.lowerBound].isAllCaps, mergedInto[g] == g else { continue }
            if let h = groupOfAcronym[tokens[m.tokens.lowerBound].text], h != g { mergedInto[g] = h }
        }
        // Surnames alone link to the person named in full.
        var surnameOwner: [String: Int] = [:]
        for (g, members) in groups.enumerated() {
            let best = members.map { found[$0] }.max { $0.strength < $1.strength }!
            guard best.type == .person else { continue }
            for i in members where found[i].tokens.count >= 2 {
                let last = tokens[found[i].tokens.upperBound - 1].key
                surnameOwner[last] = surnameOwner[last] ?? g
            }
        }
        // `Samer Foz … deux de ses frères, Husen Foz et Amer Foz`: a two-word name read only as a weak guess that
        // ends with the surname of a person named in full is a relative of that person.
        for (g, members) in groups.enumerated() where members.allSatisfy({ found[$0].lexicon == nil && found[$0].strength <= 1 && found[$0].type != .person }) {
            let m = found[members[0]]
            guard m.tokens.count == 2, let owner = surnameOwner[tokens[m.tokens.upperBound - 1].key], owner != g,
                  case let given = tokens[m.tokens.lowerBound].key, !Vocabulary.companyWords.contains(given), !Vocabulary.organizationWords.contains(given),
                  // (`Cambridge Bay` after a misread `Hope Bay`, `Hosting Cook`: a place or an ordinary word is no given name.)
                  lex.places.value(given) == nil, !lowercase.contains(given), !given.hasSuffix("ing") else { continue }
            for i in members { found[i].type = .person; found[i].strength = 2; found[i].rule = "rule:relative-surname" }
        }
        for (g, members) in groups.enumerated() {
            let m = found[members[0]]
            guard m.tokens.count == 1, mergedInto[g] == g, m.lexicon == nil || m.strength < 3 else { continue }
            if let owner = surnameOwner[tokens[m.tokens.lowerBound].key], owner != g { mergedInto[g] = owner }
        }
        func root(_ g: Int) -> Int { var r = g; var n = 0; while mergedInto[r] != r && n < 8 { r = mergedInto[r]; n += 1 }; return r }

        var entityOfGroup: [Int: Int] = [:]
        var order: [Int] = []
        var membersOf: [Int: [Int]] = [:]
        for g in groups.indices {
            let r = root(g)
            if membersOf[r] == nil { order.append(r) }
            membersOf[r, default: []] += groups[g]
        }
        for r in order {
            let members = membersOf[r]!.sorted { found[$0].tokens.lowerBound < found[$1].tokens.lowerBound }
            let ms = members.map { found[$0] }
            // The type of the strongest evidence; among equals, the most frequent.
            var score: [EntityType: Int] = [:]
            for m in ms { score[m.type, default: 0] += m.strength * 10 + 1 }
            let maxStrength = ms.map(\.strength).max() ?? 1
            let strongest = ms.filter { $0.strength == maxStrength }
            var type = strongest.max { score[$0.type]! < score[$1.type]! }!.type
            if ms.contains(where: { $0.type == .person && $0.strength >= 2 }) && type == .company && maxStrength <= 2 { type = .person }
            var draft = EntityDraft(type: type, strength: maxStrength)
            // `le prestataire IT Green.ch`: a web domain is an outlet's name unless a firm noun introduces it.
            draft.isMedia = ms.contains { $0.isMedia } && !ms.contains { $0.rule == "rule:domain-name" && firmNounBefore($0.tokens.lowerBound) }
            let e = addEntity(draft)
            entityOfGroup[r] = e
            for m in ms {
                let conf = m.strength >= 3 ? 0.9 : (m.strength == 2 ? 0.75 : 0.5)
                addMention(entity: e, tokens: m.tokens, sentence: m.sentence, rule: m.rule, confidence: conf)
                if let b = m.bareName, !drafts[e].extraAliases.contains(b) { drafts[e].extraAliases.append(b) }
                if let a = m.acronym, !drafts[e].extraAliases.contains(a) { drafts[e].extraAliases.append(a) }
            }
            if let id = ms.compactMap(\.lexicon).first {
                let entry = lex.entries[id]
                for n in entry.names where !drafts[e].extraAliases.contains(n) { drafts[e].extraAliases.append(n) }
                if let c = entry.country { drafts[e].properties["country"] = .string(c) }
                drafts[e].properties["kind"] = .string(entry.kind)
            }
            if type == .company { drafts[e].parentLexicon = ms.compactMap(\.parentLexicon).first }
            for m in ms where m.type == type || type == .company {
                if let nat = m.nationality, type == .company || type == .organization {
                    drafts[e].properties["nationality"] = .string(nat)
                }
            }
            for m in ms { keyToEntity[Self.groupKey(text(m.tokens))] = e }
        }
        for s in slots.indices { slots[s].sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        mergeShortCompanyNames()
        mergeInitialisms()
        mergeShortOrganizationNames()
        harmoniseTypes()
    }

    /// `Taiwan Semiconductor Manufacturing Co.` … `TSMC`, `Japan Advanced Semiconductor Manufacturing or JASM`: an
    /// acronym spelled by the initials of a firm's name written earlier (its legal form counted or not) names that firm.
    private func mergeInitialisms() {
        let firms = drafts.indices.filter { drafts[$0].type == .company && !drafts[$0].suppressed }
        var firstSeen: [Int: Int] = [:]
        for k in slots.indices { for sl in slots[k] where firstSeen[sl.entity] == nil { firstSeen[sl.entity] = sl.tokens.lowerBound } }
        var initialsOf: [String: [Int]] = [:]
        for b in firms {
            let words = Tokenizer.tokenize(Array(displayName(b).unicodeScalars)).filter { $0.kind == .word && $0.isCapitalized && !$0.isAllCaps }
            guard words.count >= 3 else { continue }
            let all = MentionFinder.initials(of: words)
            initialsOf[all, default: []].append(b)
            if let last = words.last, Self.firmSuffixWords.contains(last.key) || lex.companySuffixes.value(last.key) != nil {
                initialsOf[String(all.dropLast()), default: []].append(b)
            }
        }
        for a in firms {
            let name = displayName(a)
            guard (3...6).contains(name.count), name.allSatisfy({ $0.isUppercase && $0.isLetter }),
                  let candidates = initialsOf[name], candidates.count == 1, let b = candidates.first, b != a, let seenA = firstSeen[a], let seenB = firstSeen[b], seenB < seenA else { continue }
            merge(a, into: b)
        }
    }

    /// A firm noun (`prestataire`, `company`) among the three words before token `i`, with no media noun.
    private func firmNounBefore(_ i: Int) -> Bool {
        let before = keys(max(0, i - 3)..<i)
        return before.contains { Vocabulary.companyHeads.contains($0) } && !before.contains { Vocabulary.mediaHeads.contains($0) }
    }

    /// `Wang Lei, alias « Leo Wang »`, `X, also known as Y`, `X (aka Y)`: the second name is another
    /// name of the first, not a second actor.
    private func aliasTargets(_ found: [NameMention]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (idx, m) in found.enumerated() where idx > 0 {
            let prev = found[idx - 1]
            guard prev.sentence == m.sentence, prev.tokens.upperBound < m.tokens.lowerBound else { continue }
            let gap = keys(prev.tokens.upperBound..<m.tokens.lowerBound).filter { !["«", "\"", "“", "(", ","].contains($0) }
            if gap == ["alias"] || gap == ["aka"] || gap == ["also", "known", "as"] || gap == ["dit"] || gap == ["dite"] || gap == ["connu", "sous", "le", "nom", "de"] {
                out[idx] = idx - 1
            }
        }
        return out
    }

    /// `Talen` after `Talen Energy`, `SoftBank` beside `SoftBank Group`: a firm named again by the
    /// first words of its full name, when the words left out only say it is a firm (`Energy`,
    /// `Group`, `Holdings`, `International`, a legal form), is the same entity. Two different
    /// lexicon entries (`Siemens`, `Siemens Energy`) stay apart.
    private func mergeShortCompanyNames() {
        func nameKeys(_ e: Int) -> [String] { Tokenizer.tokenize(Array(displayName(e).unicodeScalars)).filter { $0.kind != .punct }.map(\.key) }
        // A weak guess of a town (`Halden`, after `Halden Metals`) may be the short form too.
        var firms = drafts.indices.filter { (drafts[$0].type == .company || (drafts[$0].type == .location && drafts[$0].strength <= 1)) && !drafts[$0].suppressed }
        let keysOf = Dictionary(uniqueKeysWithValues: firms.map { ($0, nameKeys($0)) })
        func firstSeen(_ e: Int) -> Int { drafts[e].mentions.map(\.evidence.span.start).min() ?? 0 }
        // Longest names first, so that `YTL Power` joins `YTL Power International` before `YTL` is read.
        firms.sort { keysOf[$0]!.count > keysOf[$1]!.count }
        for a in firms {
            guard let short = keysOf[a], !short.isEmpty, !drafts[a].suppressed else { continue }
            let longer = firms.filter { b in
                guard b != a, drafts[b].type == .company, !drafts[b].suppressed, let long = keysOf[b], long.count > short.count, Array(long.prefix(short.count)) == short else { return false }
                if drafts[a].properties["kind"] != nil && drafts[b].properties["kind"] != nil && drafts[a].type == .company { return false }
                // The full name comes first and the short form takes it up; a short name read first
                // and a longer one later (`Korvant`, then `Korvant Cloud`) are parent and unit.
                if firstSeen(b) > firstSeen(a) { return false }
                return long.dropFirst(short.count).allSatisfy { Self.firmSuffixWords.contains($0) || Vocabulary.companyWords.contains($0) || lex.companySuffixes.value($0) != nil }
            }
            guard longer.count == 1, let b = longer.first else { continue }
            merge(a, into: b)
        }
    }

    /// `le Trésor` beside `le département du Trésor américain`: a one-word body named inside the
    /// full name of exactly one other body is that body.
    private func mergeShortOrganizationNames() {
        let bodies = drafts.indices.filter { drafts[$0].type == .organization && !drafts[$0].suppressed }
        for a in bodies where drafts[a].properties["kind"] == nil {
            let names = Set(drafts[a].names.map(Self.groupKey))
            guard names.count == 1, let short = names.first, !short.contains(" "), !short.isEmpty else { continue }
            let longer = bodies.filter { b in
                b != a && !drafts[b].suppressed && drafts[b].names.contains { n in
                    let words = Self.groupKey(n).split(separator: " ").map(String.init)
                    return words.count > 1 && words.contains(short)
                }
            }
            if longer.count == 1, let b = longer.first { merge(a, into: b) }
        }
    }

    static let firmSuffixWords: Set<String> = ["international", "global", "ai", "labs", "corporation", "company", "co", "inc", "corp", "ltd", "limited", "plc", "llc", "sa", "ag", "se", "nv", "holdings", "group", "groupe", "digital", "platforms", "computing", "blockchain"]

    /// Folds entity `a` into `b`: its mentions, names and slots become `b`'s.
    func merge(_ a: Int, into b: Int) {
        drafts[b].mentions += drafts[a].mentions
        drafts[a].mentions = []
        for n in drafts[a].names where !drafts[b].names.contains(n) { drafts[b].names.append(n) }
        for n in drafts[a].extraAliases where !drafts[b].extraAliases.contains(n) { drafts[b].extraAliases.append(n) }
        for (k, v) in drafts[a].properties where drafts[b].properties[k] == nil && drafts[a].type == drafts[b].type { drafts[b].properties[k] = v }
        drafts[b].strength = max(drafts[a].strength, drafts[b].strength)
        drafts[b].isMedia = drafts[a].isMedia || drafts[b].isMedia
        drafts[a].suppressed = true
        for k in slots.indices { for j in slots[k].indices where slots[k][j].entity == a { slots[k][j].entity = b } }
        for (key, e) in keyToEntity where e == a { keyToEntity[key] = b }
    }

    /// Document-level consistency for weak guesses: a model-number name in a document that
    /// has products is a product; a name coordinated with a person (`X and Jane Doe`) is a person.
    private func harmoniseTypes() {
        let hasProducts = drafts.contains { $0.type == .product }
        for e in drafts.indices where drafts[e].type == .company && drafts[e].strength <= 1 {
            let name = displayName(e)
            if hasProducts, Tokenizer.tokenize(Array(name.unicodeScalars)).contains(where: ProductNames.isModelCode) {
                drafts[e].type = .product
            }
        }
        for k in slots.indices {
            let ss = slots[k]
            for (a, b) in zip(ss, ss.dropFirst()) where b.tokens.lowerBound >= a.tokens.upperBound {
                let gap = keys(ordered(a.tokens.upperBound, b.tokens.lowerBound))
                guard gap == ["and"] || gap == ["et"] else { continue }
                if drafts[a.entity].type == .company, drafts[b.entity].type == .company, drafts[b.entity].properties["nationality"] == nil,
                   let nat = drafts[a.entity].properties["nationality"] { drafts[b.entity].properties["nationality"] = nat }
                for (x, y) in [(a, b), (b, a)] where drafts[x.entity].type == .company && drafts[x.entity].strength <= 1 && drafts[y.entity].type == .person
                    && x.tokens.count >= 2 && x.tokens.count <= 3 {
                    drafts[x.entity].type = .person
                }
            }
        }
    }

    /// The name an entity is exported under: its longest name as written.
    func displayName(_ e: Int) -> String {
        if let d = drafts[e].descriptiveName { return d }
        return drafts[e].names.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? ""
    }
}

extension Analysis {
    /// A capitalised name that no lexicon, legal form or context cue typed is only guessed to be a
    /// firm; real news is full of such names that are nothing of the kind (titles of films and
    /// games, events, indexes, sentence-initial words). When the guess also takes part in no
    /// relation, nothing supports it, and the graph is better without it than with a wrong firm.
    /// Runs last, so that a relation found for the name keeps it.
    func dropUncuedGuesses() {
        var related = Set<Int>()
        for r in relations {
            related.insert(r.subject)
            if case .entity(let o) = r.object { related.insert(o) }
        }
        related.formUnion(listedWithFirms())
        related.formUnion(firmEvidenceGuesses())
        for e in drafts.indices where isWeakFirmGuess(e) && !related.contains(e) {
            drafts[e].suppressed = true
        }
    }

    /// `Sberbank, Ozyrel, Rostelecom et Yandex`: a name in a list of three or more beside firms
    /// the text types is one of them (the list is the cue).
    private static let listGaps: Set<String> = [",", "et", "and"]

    private func listedWithFirms() -> Set<Int> {
        var found = Set<Int>()
        for sentenceSlots in slots {
            let named = sentenceSlots.filter { !$0.anaphor }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            var chain: [Int] = []
            func close() {
                if chain.count >= 3, chain.contains(where: isStrongFirm) { found.formUnion(chain) }
                chain = []
            }
            for (k, slot) in named.enumerated() {
                if k > 0, named[k - 1].tokens.upperBound <= slot.tokens.lowerBound {
                    let gap = keys(named[k - 1].tokens.upperBound..<slot.tokens.lowerBound)
                    if !(1...2).contains(gap.count) || !gap.allSatisfy({ Self.listGaps.contains($0) }) { close() }
                } else { close() }
                chain.append(slot.entity)
            }
            close()
        }
        return found
    }

    /// The headline's places and bodies, added after the rules so that they count in none of the rules' tallies
    /// (a place named once in the body stays named once): a mention for a known entity, a new entity otherwise.
    func addHeadlineNames() {
        for m in headlineNames {
            let names = [text(m.tokens)] + (m.lexicon.map { lex.entries[$0].names } ?? [])
            if let known = names.lazy.compactMap({ self.keyToEntity[Self.groupKey($0)] }).first(where: { !self.drafts[$0].suppressed && self.drafts[$0].type == m.type }) {
                addMention(entity: known, tokens: m.tokens, sentence: m.sentence, rule: m.rule, confidence: 0.9, asSlot: false)
                continue
            }
            let e = addEntity(EntityDraft(type: m.type, strength: m.strength))
            addMention(entity: e, tokens: m.tokens, sentence: m.sentence, rule: m.rule, confidence: 0.9, asSlot: false)
            if let id = m.lexicon {
                let entry = lex.entries[id]
                for n in entry.names where !drafts[e].extraAliases.contains(n) { drafts[e].extraAliases.append(n) }
                if let c = entry.country { drafts[e].properties["country"] = .string(c) }
                drafts[e].properties["kind"] = .string(entry.kind)
            }
            for n in names { keyToEntity[Self.groupKey(n)] = e }
        }
    }
}
