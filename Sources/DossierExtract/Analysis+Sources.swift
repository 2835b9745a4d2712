import DossierModel

/// Source cues beyond `selon X` / `according to X`: a piece of reporting named with its outlet
/// (`a report by X`, `une information du journal X`, `interrogé par le site X`, `a X report`) and a
/// speaker between the verb and the outlet (`a déclaré Y à X`).
enum SourceCues {
    /// Words of a published piece or of its publishing, before `by / par / de` and the outlet.
    static let pieces: Set<String> = ["report", "reports", "article", "articles", "story", "statement", "interview", "information", "informations", "enquete", "reportage",
                                      "published", "publie", "publiee", "interroge", "interrogee", "interviewed", "quoted", "cited", "citee", "rapport", "revelations"]
    /// Nouns after an outlet's name that make it the author (`a Reuters report`, `a Bloomberg investigation`).
    static let piecesAfterOutlet: Set<String> = ["report", "investigation", "article", "story", "analysis", "interview"]
    static let agents: Set<String> = ["by", "par", "de", "du", "d'", "des"]
    /// Words that say the outlet after them is cited (`selon`, `according`, `reported`…).
    static let reportingCues: Set<String> = ["selon", "according", "rapporte", "reported", "cite", "citing", "writes", "ecrit", "d'apres", "reports", "relaye", "revele",
                                             "revelee", "reveles", "revelees", "rapportee", "rapportes", "rapportees", "relayee", "relayes", "relayees",
                                             // `comme le rapportent Les Échos`: the plural verb before a plural title.
                                             "rapportent", "ecrivent", "revelent", "relaient"]
    /// What may stand between a cue and the outlet it cites: articles, the outlet's adjectives
    /// (`le quotidien économique russe`), the cues themselves and interview words.
    static let walkWords: Set<String> = reportingCues.union([
        "le", "la", "les", "l'", "the", "a", "an", "du", "de", "to", "au", "by", "par",
        "economique", "financier", "business", "daily", "quotidien", "news", "agency", "agence", "presse", "press", "russe", "specialise", "specialized", "newspaper",
        "information", "informations", "d'information", "investigation", "ligne", "online", "tech", "trade", "economic", "financial", "publication",
        "independant", "independante", "independent", "investigative", "d'investigation", "local", "regional", "national", "nationale", "officiel", "official", "state-run", "state-owned", "public", "publique",
        "told", "tells", "apres", "d'", "appris", "apprend", "outlet", "media", "chaine", "site", "per", "reprise", "repris", "reprises", "sur",
        "interview", "entretien", "with", "avec", "first", "initially", "aux", "appeared", "in",
        // `according to a report in the X`, `selon un article du X`
        "report", "reports", "article", "story", "enquete", "reportage", "un", "une", "des",
        // `a révélé mardi le quotidien X`, `reported on Tuesday`
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday",
    ])
    /// French verbs of speech before `à / au` and an outlet (`a confirmé au Figaro`).
    static let saidTo: Set<String> = RelationCues.saidTo.union(["confirme", "revele", "detaille", "ajoute", "repondu", "explique", "precise"])
    /// `X first reported`, `X earlier reported`: adverbs between an outlet and its verb.
    static let adverbsBeforeVerb: Set<String> = ["first", "earlier", "initially", "previously", "exclusively", "also", "later", "had", "has"]
    /// What a firm reports about itself (`X reported its output`, `X reported revenue of`, `X rapporte un bénéfice`):
    /// after these the reporting name is no outlet.
    static let ownFigures: Set<String> = Analysis.possessives.union(["revenue", "revenues", "earnings", "profit", "profits", "loss", "losses",
                                          "results", "output", "production", "sales", "net", "quarterly", "annual", "record", "hashrate", "income", "ebitda",
                                          "benefice", "benefices", "perte", "pertes", "chiffre", "resultats", "ventes"])
    /// `reprise par l'agence X`, `per the media outlet X`, `sur la chaîne X`: words that cite an outlet only
    /// when it is named as one (`reprise par X` is a takeover of a firm, `per share` no source).
    static let relayedBy: Set<String> = ["reprise", "repris", "reprises", "per", "sur"]
    /// `a appris l'AFP`: verbs after which an outlet known as one is the source.
    static let learnedBy: Set<String> = ["appris", "apprend"]
    /// Nouns that name an outlet beside its name (`the X news agency`, `l'agence X`).
    static let outletNouns: Set<String> = Vocabulary.mediaHeads.union(["news", "agency", "agence", "presse", "press"])
}

extension Analysis {
    /// `a report by X`, `une information du journal local X`, `interrogé par le site X`: the word
    /// before the agent preposition is a piece of reporting (`before` starts at token `lo`).
    func pieceBy(_ before: [String], at lo: Int, sentence k: Int) -> Bool {
        let lead = (lo > sentences[k].tokens.lowerBound ? [tokens[lo - 1].key] : []) + before
        return lead.indices.dropLast().contains { SourceCues.pieces.contains(lead[$0]) && SourceCues.agents.contains(lead[$0 + 1]) }
    }

    /// `X, Republican chairman of …`, `X, consultant pour le cabinet Y`: a firm inside the apposition
    /// after a person's name (lower-case words only between the comma and the firm).
    func inPersonApposition(_ firm: Slot, sentence k: Int) -> Bool {
        var j = firm.tokens.lowerBound
        while j > sentences[k].tokens.lowerBound, firm.tokens.lowerBound - j < 10, tokens[j - 1].kind == .word, !tokens[j - 1].isNameLike,
              !PeopleCues.clauseWords.contains(tokens[j - 1].key) || tokens[j - 1].key == "a" && language != "fr" { j -= 1 }
        guard j > sentences[k].tokens.lowerBound, tokens[j - 1].key == "," else { return false }
        return slots[k].contains { type($0.entity) == .person && !$0.anaphor && $0.tokens.upperBound == j - 1 }
    }

    /// `a déclaré Y à X`, `a expliqué Y au X`: a speaker's name between a verb of speech and `à`.
    func speakerToOutlet(_ before: [String], at lo: Int, sentence k: Int) -> Bool {
        guard let first = before.first, ["a", "au", "aux"].contains(first), before.dropFirst().allSatisfy({ Self.articles.contains($0) }),
              let speaker = slots[k].first(where: { type($0.entity) == .person && $0.tokens.upperBound == lo }),
              speaker.tokens.lowerBound > sentences[k].tokens.lowerBound else { return false }
        return SourceCues.saidTo.contains(tokens[speaker.tokens.lowerBound - 1].key)
    }

    /// `(AOF) - Eramet a annoncé…`, `PARIS (Agefi-Dow Jones)--Le groupe…`: a name in parentheses between the
    /// dateline and a dash at the head of the article is the wire service that sent it, whatever the name
    /// finder guessed (a place in parentheses, a firm).
    func markWireCredits() {
        guard let k = sentences.indices.first, !skip[k] else { return }
        let s = sentences[k]
        var i = s.tokens.lowerBound
        while i < min(s.tokens.upperBound, s.tokens.lowerBound + 3), tokens[i].isAllCaps || tokens[i].isCapitalized, tokens[i].key != "(" { i += 1 }
        guard i < s.tokens.upperBound, tokens[i].key == "(",
              let m = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && !$0.anaphor }), m.tokens.count <= 4,
              m.tokens.upperBound + 1 < s.tokens.upperBound, tokens[m.tokens.upperBound].key == ")",
              ["—", "–", "-", "--", ":"].contains(tokens[m.tokens.upperBound + 1].text),
              // `Crolles (Isère) –`: a known place after the town is the dateline's region.
              lex.places.longestMatch(tokens, at: m.tokens.lowerBound, limit: m.tokens.upperBound)?.length != m.tokens.count else { return }
        drafts[m.entity].type = .company
        drafts[m.entity].isMedia = true
        drafts[m.entity].strength = max(drafts[m.entity].strength, 2)
    }

    /// REPORTED_BY: `selon X`, `rapporte le média X`, `according to X`, `X reported that`: the
    /// first firm of the sentence that is not the outlet is reported by it.
    func reportedBy(_ k: Int, _ s: Sentence) {
        let ss = slots[k]
        for m in ss where type(m.entity) == .company && !m.anaphor {
            // The cue word must lead straight to the outlet, through articles, media nouns and adjectives only.
            var lo = m.tokens.lowerBound
            while lo > s.tokens.lowerBound, m.tokens.lowerBound - lo < 6 {
                let key = tokens[lo - 1].key
                guard SourceCues.walkWords.contains(key) || Vocabulary.mediaHeads.contains(key) || lex.demonyms[key] != nil
                    || RelationCues.seenBy.contains(key) || SourceCues.saidTo.contains(key) else { break }
                lo -= 1
            }
            let before = keys(ordered(lo, m.tokens.lowerBound))
            // `the Kommersant newspaper reported`: a media noun after the name comes before the verb.
            let rawAfter = keys(ordered(m.tokens.upperBound, min(s.tokens.upperBound, m.tokens.upperBound + 5)))
            // (`the Interfax news agency said`: the whole media noun phrase.)
            let headsAfter = rawAfter.prefix { SourceCues.outletNouns.contains($0) }.count
            let after = Array(rawAfter.dropFirst(headsAfter).prefix(4))
            // `news agency X said`, `the X news agency reported`, `a indiqué l'agence X`: an outlet named by its
            // media noun speaks for the story like one known as an outlet (a rating agency does not).
            let outletNamed = drafts[m.entity].isMedia
                || (headsAfter > 0 || before.suffix(3).contains { SourceCues.outletNouns.contains($0) }) && !before.contains { ["rating", "notation"].contains($0) }
            let outletSpeaks = outletNamed && (after.first.map { ["said", "says", "reported", "reports"].contains($0) } == true
                || after.first == "a" && after.dropFirst().first.map { SourceCues.saidTo.contains($0) } == true
                || before.first.map { SourceCues.saidTo.contains($0) } == true
                || before.starts(with: ["a"]) && before.dropFirst().first.map { SourceCues.saidTo.contains($0) } == true)
            // `X told Reuters` names an outlet only when it is known as one (`Washington told Nvidia` does not).
            // A speaker quoted in the sentence who `told X` speaks to an outlet (`…,” X's chief executive told CoinDesk`).
            let quoted = keys(s.tokens).contains { ["\"", "“", "”", "«", "»"].contains($0) } && ss.contains { type($0.entity) == .person && $0.tokens.upperBound <= m.tokens.lowerBound }
            let toldKnownOutlet = (drafts[m.entity].isMedia || quoted && ["told", "tells"].contains(before.last ?? "")) && (before.contains("told") || before.contains("tells"))
                || (drafts[m.entity].isMedia || quoted) && saidToOutlet(before)
            // `in an email reviewed by X`, `documents obtained by X`, `when contacted by X`, `in an interview with X`.
            let interview = drafts[m.entity].isMedia && (has(before, "interview with") || has(before, "entretien avec") || has(before, "entretien au") || has(before, "entretien aux") || has(before, "entretien a"))
            let seenByOutlet = before.count >= 2 && before[before.count - 2] != "not" && before.last == "by" && before.dropLast().last.map { RelationCues.seenBy.contains($0) } == true
                && (drafts[m.entity].isMedia || before.dropLast().last != "contacted") && tokens[min(m.tokens.upperBound, s.tokens.upperBound - 1)].key != "as"
                || interview || drafts[m.entity].isMedia && has(before, "appeared in")
            let cueBefore = before.contains { SourceCues.reportingCues.contains($0) }
                || outletNamed && before.contains { SourceCues.relayedBy.contains($0) }
                || drafts[m.entity].isMedia && speechBeforeOutlet(before, at: lo, sentence: k)
                || drafts[m.entity].isMedia && before.contains { SourceCues.learnedBy.contains($0) }
                || has(before, "d' apres")
                || toldKnownOutlet || seenByOutlet || drafts[m.entity].isMedia && (pieceBy(before, at: lo, sentence: k) || speakerToOutlet(before, at: lo, sentence: k))
            // `X a indiqué` / `X revealed` is a firm speaking unless X is known as an outlet.
            // (`The Information first reported`: an adverb before the verb.)
            let verbAfter = after.drop { SourceCues.adverbsBeforeVerb.contains($0) }
            let reportsAfter = { (words: ArraySlice<String>) in
                words.first.map { ["reported", "reports", "rapporte", "writes", "ecrit", "wrote"].contains($0) } == true
                    && !(words.dropFirst().first.map { SourceCues.ownFigures.contains($0) || $0.first?.isNumber == true } ?? false)
            }
            let cueAfter = outletSpeaks || reportsAfter(after[...]) || drafts[m.entity].isMedia && reportsAfter(verbAfter)
                || drafts[m.entity].isMedia && after.first.map { SourceCues.piecesAfterOutlet.contains($0) } == true
                // (the verb right after the name: in `X, a rapporté Y` the outlet is Y)
                || after.starts(with: ["a", "rapporte"]) || after.starts(with: ["has", "reported"])
                || drafts[m.entity].isMedia && (after.first.map { ["revealed", "revele"].contains($0) } == true || after.starts(with: ["a", "revele"]) || after.starts(with: ["a", "indique"]))
            // A dateline `(Reuters) —` at the head of a sentence names the agency the story comes from.
            // (`WASHINGTON (Reuters) -` as well).
            let dateline = drafts[m.entity].isMedia && m.tokens.lowerBound > s.tokens.lowerBound && m.tokens.lowerBound - s.tokens.lowerBound <= 4 && tokens[m.tokens.lowerBound - 1].key == "("
                && m.tokens.upperBound + 1 < s.tokens.upperBound && tokens[m.tokens.upperBound].key == ")" && ["—", "–", "-", "--", ":"].contains(tokens[m.tokens.upperBound + 1].text)
            // A study's author stays a firm its people can work for (`a report by analytics firm X`).
            let study = !(cueBefore || cueAfter || dateline) && studyAuthor(m, sentence: k)
            guard cueBefore || cueAfter || dateline || study else { continue }
            // `… ont été saisis selon Orano`: a firm the article names in three sentences or more, cited with no media noun,
            // is the firm speaking for itself, not an outlet.
            if !drafts[m.entity].isMedia, !outletNamed, !cueAfter, !dateline, !study,
               slots.indices.filter({ j in slots[j].contains { $0.entity == m.entity && !$0.anaphor } }).count >= 3 { continue }
            if !study { drafts[m.entity].isMedia = true }
            let cue = cueBefore || study ? lo..<m.tokens.upperBound : m.tokens.lowerBound..<min(s.tokens.upperBound, m.tokens.upperBound + 2)
            // (`Selon X, consultant pour le cabinet Y, …`: Y only describes the speaker.)
            let firms = ss.filter { type($0.entity) == .company && $0.entity != m.entity && !drafts[$0.entity].isMedia && !inPersonApposition($0, sentence: k) }
            // `explique à l'AFP X, président de l'entreprise Y`, `X, chief executive of Y, told Reuters`: what a
            // speaker tells an outlet is about the speaker's own firm.
            let speakersFirm = toldKnownOutlet || interview || speakerToOutlet(before, at: lo, sentence: k) || saidToOutlet(before)
                ? ss.first { isFirm($0.entity) && $0.entity != m.entity && inPersonApposition($0, sentence: k) } : nil
            let main = (speakersFirm.map { [$0] } ?? []) + firms.filter { !isComplement($0, sentence: k) && !insideDashes($0, sentence: k) }
            let salientFirm = firms.isEmpty ? nil : salientAt[k].flatMap { isFirm($0) && $0 != m.entity ? Slot(entity: $0, tokens: m.tokens, anaphor: true) : nil }
            // A dateline heads the story: its firm is the one the article names most.
            if dateline, let topic = articleFirm(excluding: m.entity) {
                relate(topic, .reportedBy, .entity(m.entity), cue: cue, sentence: k, rule: "rule:source.dateline", confidence: 0.6)
            } else if let subject = main.first ?? salientFirm ?? firms.first(where: { drafts[$0.entity].strength >= 2 || drafts[$0.entity].mentions.count > 1 }) ?? firms.first {
                relate(subject.entity, .reportedBy, .entity(m.entity), cue: cue, sentence: k, rule: "rule:source.reported-by", confidence: 0.7)
            } else if let topic = articleFirm(excluding: m.entity),
                      !seenByOutlet || ss.contains(where: { type($0.entity) == .person }) {
                // `Selon Les Échos, l'enveloppe comprend…`: the fact is about the article's firm; `records reviewed
                // by X show…` only when someone of the firm speaks (`Y said in an email seen by X`).
                relate(topic, .reportedBy, .entity(m.entity), cue: cue, sentence: k, rule: "rule:source.reported-by.topic", confidence: 0.55)
            }
        }
    }

    /// `according to a report published on Wednesday by blockchain analytics firm X`, `selon une étude du
    /// cabinet X`: the author of a cited study, through a short descriptor after `by / de`.
    func studyAuthor(_ m: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        var j = m.tokens.lowerBound - 1
        while j > lo, m.tokens.lowerBound - j <= 5, tokens[j].kind == .word, !tokens[j].isNameLike, !["by", "de", "du", "d'", "par"].contains(tokens[j].key) { j -= 1 }
        guard j > lo, ["by", "de", "du", "d'", "par"].contains(tokens[j].key) else { return false }
        let lead = keys(max(lo, j - 10)..<j)
        guard let study = lead.lastIndex(where: { RelationCues.studies.contains($0) }) else { return false }
        return lead[..<study].suffix(4).contains { ["according", "selon", "d'apres", "citing", "cite"].contains($0) }
    }

    /// The firm an article is about: the one it names most (the first of equals).
    func articleFirm(excluding outlet: Int) -> Int? {
        drafts.indices.filter { isFirm($0) && $0 != outlet }.max { drafts[$0].mentions.count < drafts[$1].mentions.count || drafts[$0].mentions.count == drafts[$1].mentions.count && $0 > $1 }
    }

    /// `selon des informations du Monde`, `a confirmé au Figaro`, `aux Echos`: French contracts the article of an
    /// outlet named `Le X` into `du / au` (`Les X` into `des / aux`), which leaves `X` unread by the name finder. Adds the outlet
    /// (or a mention of it) when `le X` is a known outlet.
    func outletsAfterContractedArticles() {
        guard language == "fr" else { return }
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where ["du", "au", "aux", "des"].contains(tokens[i].key) && i + 1 < s.tokens.upperBound && tokens[i + 1].isCapitalized {
                // (`aux Echos`, `des Echos`: the plural article of `Les X`.)
                let article = ["aux", "des"].contains(tokens[i].key) ? "les" : "le"
                guard let (length, id) = (1...2).reversed().lazy.compactMap({ n -> (Int, Int)? in
                          guard i + n < s.tokens.upperBound, (1...n).allSatisfy({ self.tokens[i + $0].kind == .word }) else { return nil }
                          return self.lex.knownNames.value(([article] + self.keys((i + 1)..<(i + 1 + n))).joined(separator: " ")).map { (n, $0) }
                      }).first,
                      lex.entries[id].kind == "media" else { continue }
                let r = (i + 1)..<(i + 1 + length)
                // `a expliqué au Monde Hugo Vernet`: the speaker's name glued to the outlet's is the speaker's alone.
                if let glued = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && $0.tokens.upperBound > r.upperBound + 1 }) { splitSpeaker(glued, after: r, sentence: k) }
                // A name the finder read (`Monde` as a guessed firm) is the outlet.
                if let read = slots[k].first(where: { $0.tokens.contains(i + 1) }) {
                    guard read.tokens == r, type(read.entity) == .company else { continue }
                    drafts[read.entity].isMedia = true
                    drafts[read.entity].strength = max(drafts[read.entity].strength, 3)
                    if !drafts[read.entity].names.contains(lex.entries[id].names[0]) { drafts[read.entity].names.append(lex.entries[id].names[0]) }
                    continue
                }
                let e = drafts.indices.first { !drafts[$0].suppressed && drafts[$0].isMedia && drafts[$0].names.contains(lex.entries[id].names[0]) } ?? {
                    var draft = EntityDraft(type: .company, strength: 3)
                    draft.names = [lex.entries[id].names[0]]
                    draft.isMedia = true
                    return addEntity(draft)
                }()
                addMention(entity: e, tokens: r, sentence: k, rule: "rule:contracted-outlet", confidence: 0.7)
                slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
        }
    }

    /// `Monde Hugo Vernet` read as one person: the name after the outlet (a first name opens it) becomes the
    /// person's, or a mention of the person already named so.
    private func splitSpeaker(_ glued: Slot, after outlet: Range<Int>, sentence k: Int) {
        let rest = outlet.upperBound..<glued.tokens.upperBound
        guard type(glued.entity) == .person, !glued.anaphor, drafts[glued.entity].mentions.count == 1, lex.firstNames.contains(tokens[rest.lowerBound].key) else { return }
        let name = text(rest)
        slots[k].removeAll { $0.entity == glued.entity && $0.tokens == glued.tokens }
        if let same = drafts.indices.first(where: { $0 != glued.entity && !drafts[$0].suppressed && drafts[$0].type == .person && drafts[$0].names.contains(name) }) {
            drafts[glued.entity].suppressed = true
            addMention(entity: same, tokens: rest, sentence: k, rule: "rule:speaker-after-contracted-outlet", confidence: 0.75)
        } else {
            drafts[glued.entity].names = []
            drafts[glued.entity].mentions = []
            addMention(entity: glued.entity, tokens: rest, sentence: k, rule: "rule:speaker-after-contracted-outlet", confidence: 0.75)
        }
        slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `a déclaré un fonctionnaire de l'UE à Reuters`: a verb of speech, its speaker, then `à` and an outlet.
    func speechBeforeOutlet(_ before: [String], at lo: Int, sentence k: Int) -> Bool {
        guard language == "fr", let first = before.first, ["a", "au", "aux"].contains(first), before.dropFirst().allSatisfy({ Self.articles.contains($0) }) else { return false }
        let start = sentences[k].tokens.lowerBound
        return (max(start + 1, lo - 9)..<lo).contains { tokens[$0 - 1].key == "a" && SourceCues.saidTo.contains(tokens[$0].key) }
    }

    /// `a indiqué à l'AFP`, `a confié au Monde`: a French verb of speech right before `à / au`.
    func saidToOutlet(_ before: [String]) -> Bool {
        guard let at = before.lastIndex(where: { ["a", "au", "aux"].contains($0) }), at > 0, SourceCues.saidTo.contains(before[at - 1]) else { return false }
        return before[(at + 1)...].allSatisfy { Self.articles.contains($0) }
    }
}
