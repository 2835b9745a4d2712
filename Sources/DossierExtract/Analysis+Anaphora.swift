import DossierModel

extension Analysis {
    static let companyAnaphors: Set<String> = ["societe", "entreprise", "firme", "compagnie", "groupe", "start-up", "startup",
                                               "company", "firm", "group", "miner", "startup", "operator", "exploitant", "mineur", "operateur", "plateforme", "platform", "exchange", "lender", "banque", "bank"]
    /// Head nouns of public bodies that news repeats as `the department`, `le ministère`.
    static let bodyAnaphors: Set<String> = ["department", "ministry", "agency", "treasury", "commission", "regulator", "bureau", "office",
                                             "ministere", "departement", "agence", "commission", "regulateur", "tresor"]
    /// Participles that open a sentence with a phrase about its subject (`Founded in 2019 by X, the company…`).
    static let openingParticiples: Set<String> = ["creee", "cree", "fondee", "fonde", "cofondee", "founded", "co-founded", "cofounded", "created", "established", "launched", "lancee",
                                                  "basee", "base", "based", "headquartered", "installee", "implantee", "spun", "nee", "acquired", "rachetee", "detenue", "owned"]
    /// The nouns of `companyAnaphors` that name a trade (`l'opérateur`, `the exchange`, `la banque`), not any firm.
    static let specificFirmNouns: Set<String> = ["miner", "operator", "exploitant", "mineur", "operateur", "plateforme", "platform", "exchange", "lender", "banque", "bank"]
    static let possessives: Set<String> = ["its", "sa", "son", "ses", "leur", "leurs", "their"]
    static let definiteDeterminers: Set<String> = ["la", "le", "l'", "the", "cette", "ce", "cet", "this"]
    /// Words that end a descriptive phrase before any name: punctuation, verbs, conjunctions.
    static let descriptorStops: Set<String> = [",", ".", ";", ":", "(", "a", "est", "qui", "que", "has", "is", "was", "said", "and", "et", "which", "that", "will", "va", "sera"]

    /// `le mineur de bitcoins émirien Phoenix Group`, `the Texas-based miner X`: a descriptive
    /// phrase (no verb, no punctuation) that leads to a name is the name's descriptor, not an anaphor.
    func introducesName(afterNoun n: Int, sentence k: Int) -> Bool {
        var j = n + 1
        // (A noun complement lengthens the descriptor by a word: `la société publique russe de pipelines Y`.)
        func reach() -> Int { (n + 1..<j).contains { ["de", "d'"].contains(tokens[$0].key) } ? 5 : 4 }
        while j < sentences[k].tokens.upperBound, j - n <= reach(), !Self.descriptorStops.contains(tokens[j].key) {
            // `le groupe de Roubaix` is still the anaphor: only a firm's name ends the descriptor.
            // `Le groupe panafricain Rack Centre`, `la plateforme d'IA Yasna`: a firm read as a site or a product by its name is
            // described too; a person is not (`the company in 2014 with Lucy Venn`).
            if slots[k].contains(where: { $0.tokens.lowerBound == j && !$0.anaphor && ![.location, .person].contains(type($0.entity)) }) { return true }
            j += 1
        }
        return false
    }

    /// `a appris La Presse`, `according to Bloomberg`: an outlet named as a source is not what the text is about
    /// (the extractor marks outlets as media only later, when it reads sources).
    func isNamedAsSource(_ sl: Slot, sentence k: Int) -> Bool {
        var j = sl.tokens.lowerBound - 1
        while j >= sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || Vocabulary.mediaHeads.contains(tokens[j].key) { j -= 1 }
        guard j >= sentences[k].tokens.lowerBound else { return false }
        return ["selon", "according", "to", "rapporte", "reported", "appris", "apprend", "revele", "revealed", "cite", "citing", "d'apres", "told", "writes", "ecrit", "relaye"].contains(tokens[j].key)
            && (tokens[j].key != "to" || (j > sentences[k].tokens.lowerBound && ["according", "told"].contains(tokens[j - 1].key)))
    }

    /// `par X`, `by X`, `à X`, `with X`: the name is the agent of a passive or the recipient of the clause.
    func isAgentOrRecipient(_ sl: Slot, sentence k: Int) -> Bool {
        var j = sl.tokens.lowerBound - 1
        while j >= sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) { j -= 1 }
        return j >= sentences[k].tokens.lowerBound && ["par", "by", "a", "au", "aux", "to", "avec", "with"].contains(tokens[j].key)
    }

    /// Is the firm's name the head of a product name after it (`Nvidia B200`, `les puces Nvidia H20`)?
    func namesAProduct(_ firm: Slot, sentence k: Int) -> Bool {
        slots[k].contains { type($0.entity) == .product && $0.tokens.lowerBound <= firm.tokens.upperBound && $0.tokens.upperBound > firm.tokens.upperBound }
    }

    /// `Brookvale, a London-based firm`: the firm named before the comma that opens the apposition, not the salient one.
    private func appositionHead(beforeBased i: Int, sentence k: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound
        var j = i - 1
        while j > lo, tokens[j].text == "-" || tokens[j].key == "," || slots[k].contains(where: { $0.tokens.contains(j) && type($0.entity) == .location }) { j -= 1 }
        while j > lo, Self.articles.contains(tokens[j].key) { j -= 1 }
        guard j > lo, tokens[j].key == "," else { return nil }
        return slots[k].last(where: { $0.tokens.upperBound == j && !$0.anaphor && type($0.entity) == .company && !drafts[$0.entity].isMedia })?.entity
    }

    /// Roles held in a public body, not a firm (`Its secretary`, `Son porte-parole` after a sentence about a ministry).
    static let publicRoles: Set<String> = ["MINISTER", "DEPUTY_MINISTER", "COMMISSIONER", "OFFICIAL", "SECRETARY_GENERAL", "GOVERNOR", "AMBASSADOR",
                                           "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD_OF_GOVERNMENT", "HEAD_OF_STATE", "CENTRAL_BANK_GOVERNOR", "SPOKESPERSON"]

    /// `Pour Thales, … s'est félicité son PDG X`, `Chez Vinci : …`, `At Intel, its chief …`: a firm that frames the
    /// sentence from its opening is what a later possessive stands for, though it is a complement.
    func framingFirm(sentence k: Int, before i: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound
        guard i > lo + 2, ["pour", "chez", "at", "for", "selon"].contains(tokens[lo].key),
              let firm = slots[k].first(where: { $0.tokens.lowerBound == lo + 1 && !$0.anaphor && type($0.entity) == .company && !drafts[$0.entity].isMedia }),
              firm.tokens.upperBound < i, [",", ":"].contains(tokens[firm.tokens.upperBound].key) else { return nil }
        return firm.entity
    }

    /// `The Commerce Department added X to the Entity List. Its secretary, Y, said…`: a possessive opening the sentence before
    /// a public role means the body the previous sentence opens with, not the firm it names as a target.
    private func publicRoleHolder(possessive i: Int, sentence k: Int, previous p: Int?) -> Int? {
        guard let p, let (_, role) = lex.roleTitles.longestMatch(tokens, at: i + 1, limit: sentences[k].tokens.upperBound), Self.publicRoles.contains(role),
              let subject = sentenceSubject(p, quoted: []), type(subject.entity) == .organization else { return nil }
        return subject.entity
    }

    /// `la société`, `the company`, `l'entreprise` with no name after them refer to the firm
    /// most recently named as the subject of a sentence (first firm of its sentence). The
    /// article's topic (the firm named most often so far) is kept too, for sources.
    func resolveAnaphora() {
        var salient: Int? = nil
        var topic: Int? = nil
        var timesNamed: [Int: Int] = [:]
        var previousSubject: Int? = nil
        /// The body last named with each head noun (`Commerce Department` under `department`).
        var bodyByHead: [String: Int] = [:]
        /// Each body's head nouns, read once per entity rather than at every mention.
        var headsOfBody: [Int: [String]] = [:]
        /// The last sentence read, whose subject an opening pronoun stands for, and the French gender each actor was shown with.
        var previousSentence: Int? = nil
        var genders: [Int: Gender] = [:]
        /// The firm last introduced with each trade noun (`le fabricant chinois X` under `fabricant`).
        var firmByHead: [String: Int] = [:]
        var quoteOpen = false
        /// The previous sentence's subject firm when it names no other firm.
        var soleSubjectFirm: Int? = nil
        var previousQuoted: Set<Int> = []
        for (k, s) in sentences.enumerated() where !skip[k] {
            salientAt[k] = salient
            topicAt[k] = topic
            let quoted = quotedTokens(sentence: k, open: &quoteOpen)
            resolveSubjectPronoun(sentence: k, previous: previousSentence, genders: genders, quoted: quoted, previousQuoted: previousQuoted)
            resolvePluralAnaphor(sentence: k, previous: previousSentence, genders: genders, quoted: quoted, previousQuoted: previousQuoted)
            resolveObjectPronouns(sentence: k, previous: previousSentence, genders: genders, quoted: quoted, previousQuoted: previousQuoted)
            let named = slots[k].filter { !$0.anaphor }
            var i = s.tokens.lowerBound
            while i + 1 < s.tokens.upperBound {
                let det = tokens[i], noun = tokens[i + 1]
                // `its chief executive`, `sa filiale`, `their facility`: the possessive stands for the firm.
                if Self.possessives.contains(det.key),
                   // `the exchange X and its founder`: the nearest firm of the sentence, else the salient one.
                   // A maker named in a product (`puces Nvidia B200`) is no antecedent.
                   let e = named.last(where: { type($0.entity) == .company && !drafts[$0.entity].isMedia && $0.tokens.upperBound <= i && !isComplement($0, sentence: k) && !namesAProduct($0, sentence: k) })?.entity
                    ?? framingFirm(sentence: k, before: i)
                    ?? (i == s.tokens.lowerBound ? publicRoleHolder(possessive: i, sentence: k, previous: previousSentence) ?? previousSubject : nil)
                    ?? salient ?? named.first(where: { type($0.entity) == .company && $0.tokens.upperBound <= i })?.entity,
                   lex.roleTitles.longestMatch(tokens, at: i + 1, limit: s.tokens.upperBound) != nil || Self.companyAnaphors.contains(noun.key) || ["subsidiary", "filiale", "unit", "headquarters", "siege"].contains(noun.key)
                    // `its two founders`, `ses deux cofondateurs`
                    || ["two", "three", "four", "deux", "trois", "quatre"].contains(noun.key) && lex.roleTitles.longestMatch(tokens, at: i + 2, limit: s.tokens.upperBound) != nil {
                    addMention(entity: e, tokens: i..<(i + 1), sentence: k, rule: "coref:possessive", confidence: 0.55, anaphor: true)
                    i += 1; continue
                }
                // `the department's Bureau of Industry and Security`, `le ministère a indiqué`: the body
                // last named with that head noun.
                if Self.definiteDeterminers.contains(det.key), Self.bodyAnaphors.contains(noun.key), let body = bodyByHead[noun.key],
                   !(i + 2 < s.tokens.upperBound && (tokens[i + 2].isNameLike || ["of", "de", "du", "d'", "des"].contains(tokens[i + 2].key))),
                   !named.contains(where: { $0.tokens.contains(i + 1) }) {
                    addMention(entity: body, tokens: i..<(i + 2), sentence: k, rule: "coref:definite-body", confidence: 0.55, anaphor: true)
                    i += 2; continue
                }
                // `Qiandao, whose founder X`, `X, dont le fondateur Y`: the relative stands for the firm before it.
                if ["whose", "dont"].contains(det.key), i > s.tokens.lowerBound, tokens[i - 1].key == ",",
                   let head = named.last(where: { $0.tokens.upperBound == i - 1 && type($0.entity) == .company && !drafts[$0.entity].isMedia }),
                   lex.roleTitles.longestMatch(tokens, at: det.key == "dont" && Self.definiteDeterminers.contains(noun.key) ? i + 2 : i + 1, limit: s.tokens.upperBound) != nil {
                    addMention(entity: head.entity, tokens: i..<(i + 1), sentence: k, rule: "coref:relative-possessive", confidence: 0.6, anaphor: true)
                    i += 1; continue
                }
                // `the Livingston, New Jersey-based company`
                if det.key == "based", Self.companyAnaphors.contains(noun.key), let e = appositionHead(beforeBased: i, sentence: k) ?? salient,
                   !(i + 2 < s.tokens.upperBound && tokens[i + 2].isNameLike) {
                    addMention(entity: e, tokens: (i + 1)..<(i + 2), sentence: k, rule: "coref:based-noun", confidence: 0.55, anaphor: true)
                    i += 2; continue
                }
                // `En+ Group, le groupe énergétique … qui contrôle`: in apposition the noun is the name before the comma.
                if Self.definiteDeterminers.contains(det.key), Self.companyAnaphors.contains(noun.key), i > s.tokens.lowerBound, tokens[i - 1].key == ",",
                   let head = named.last(where: { $0.tokens.upperBound == i - 1 && type($0.entity) == .company && !drafts[$0.entity].isMedia }),
                   // `Selon le quotidien X, la plateforme aurait…`: an opening phrase ends at the comma.
                   !keys(ordered(max(s.tokens.lowerBound, head.tokens.lowerBound - 5), head.tokens.lowerBound)).contains(where: { ["selon", "according", "d'apres", "pour", "for", "like", "comme", "chez", "with", "avec", "after", "apres", "unlike", "contrairement"].contains($0) }),
                   // `Créée en 2019 par X, deux anciens du Y, la société emploie…`: an opening participle ends at the comma.
                   !Self.openingParticiples.contains(tokens[s.tokens.lowerBound].key),
                   !(i + 2 < s.tokens.upperBound && tokens[i + 2].isNameLike) {
                    addMention(entity: head.entity, tokens: i..<(i + 2), sentence: k, rule: "coref:apposition-noun", confidence: 0.65, anaphor: true)
                    i += 2; continue
                }
                // With no firm named in an earlier sentence, the subject firm earlier in this one.
                if Self.definiteDeterminers.contains(det.key), Self.companyAnaphors.contains(noun.key),
                   let last = salient ?? named.first(where: { type($0.entity) == .company && !drafts[$0.entity].isMedia && $0.tokens.upperBound <= i && !isComplement($0, sentence: k) })?.entity,
                   !(i + 2 < s.tokens.upperBound && tokens[i + 2].isNameLike), !introducesName(afterNoun: i + 1, sentence: k),
                   !named.contains(where: { $0.tokens.contains(i + 1) }) {
                    // `l'entreprise` after a sentence about a supplier still means the article's firm when that
                    // firm has been named at least twice as often.
                    // `la maison-mère de l'opérateur X. … de l'opérateur, Y`: a specific noun means the firm last introduced with it.
                    // `In contrast, X announced… The company plans…`: a sentence whose subject is the only firm it names
                    // hands `the company` over to that firm, whatever the article's topic.
                    let e = (Self.specificFirmNouns.contains(noun.key) ? firmByHead[noun.key] : nil)
                        ?? (soleSubjectFirm == last ? last : nil)
                        ?? topic.flatMap { t in (timesNamed[t] ?? 0) > max(1, timesNamed[last] ?? 0) ? t : nil } ?? last
                    addMention(entity: e, tokens: i..<(i + 2), sentence: k, rule: "coref:definite-noun", confidence: 0.6, anaphor: true)
                    i += 2; continue
                }
                if let (end, e) = descriptorAnaphor(at: i, sentence: k, previous: previousSentence, salient: salient, heads: firmByHead) {
                    addMention(entity: e, tokens: i..<end, sentence: k, rule: "coref:descriptor", confidence: 0.55, anaphor: true)
                    i = end; continue
                }
                if let e = latterAnaphor(at: i, sentence: k, previous: previousSentence, genders: genders) {
                    addMention(entity: e, tokens: i..<(i + 2), sentence: k, rule: "coref:latter", confidence: 0.55, anaphor: true)
                    i += 2; continue
                }
                i += 1
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            previousSentence = k
            previousQuoted = quoted
            for slot in named where isFirm(slot.entity) {
                if let head = introducingHead(of: slot, sentence: k) { firmByHead[head] = slot.entity }
            }
            if language == "fr" {
                for slot in slots[k] where [.company, .organization].contains(type(slot.entity)) {
                    if let g = frenchGender(of: slot, sentence: k) { genders[slot.entity] = g }
                }
            }
            for slot in slots[k] where !slot.anaphor && type(slot.entity) == .organization {
                if headsOfBody[slot.entity] == nil {
                    headsOfBody[slot.entity] = Tokenizer.tokenize(Array(displayName(slot.entity).unicodeScalars)).map(\.key).filter { Self.bodyAnaphors.contains($0) }
                }
                for word in headsOfBody[slot.entity] ?? [] { bodyByHead[word] = slot.entity }
            }
            // A firm named as a sentence's subject weighs more than one named in a complement
            // (`avec AMD`, `puces AMD`): the article is about the firm that acts.
            // A firm named inside a quotation is what the speaker talks about, not the sentence's subject.
            let subjectFirm = slots[k].first(where: { !$0.anaphor && type($0.entity) == .company && !drafts[$0.entity].isMedia && !isComplement($0, sentence: k) && !quoted.contains($0.tokens.lowerBound) })?.entity
            for slot in slots[k] where !slot.anaphor && type(slot.entity) == .company && !drafts[slot.entity].isMedia && drafts[slot.entity].strength >= 2 {
                timesNamed[slot.entity, default: 0] += slot.entity == subjectFirm ? 2 : 1
                if let cur = topic, let c = timesNamed[cur], c > timesNamed[slot.entity] ?? 0 { continue }
                topic = slot.entity
            }
            // The subject firm: the first not introduced by `par/de/with…` (`alimenté par … d’X` does not change the topic).
            let firms = slots[k].filter { type($0.entity) == .company && !drafts[$0.entity].isMedia && !isNamedAsSource($0, sentence: k) && !quoted.contains($0.tokens.lowerBound) }
            // A firm named only as an agent or a recipient (`fournis par X`, `demandé à X`, `Avec X, …`) does not become
            // what later anaphors mean; one named as a genitive (`shares of X`, `le directeur de X`) still does.
            if let first = firms.first(where: { !isComplement($0, sentence: k) }) ?? firms.first(where: { !isAgentOrRecipient($0, sentence: k) }) { salient = first.entity }
            let subjectOfSentence = sentenceSubject(k, quoted: quoted)
            // Only when the sentence goes on about it (`X announced its decision…`): after `À l'issue de l'opération, X détiendra
            // 22 % du capital`, `la société` is still the article's firm. A weak guess such as a site's place read as a firm
            // (`its Drumheller site`) is no other firm.
            soleSubjectFirm = subjectOfSentence.flatMap { sub in
                isFirm(sub.entity) && !sub.anaphor && !firms.contains { $0.entity != sub.entity && drafts[$0.entity].strength >= 2 }
                    && (sub.tokens.upperBound..<s.tokens.upperBound).contains { Self.possessives.contains(tokens[$0].key) } ? sub.entity : nil }
            // `Its executive director, X,` opening the next sentence: the subject firm or association of this one.
            previousSubject = slots[k].first(where: { !$0.anaphor && !isComplement($0, sentence: k) && (type($0.entity) == .company && !drafts[$0.entity].isMedia
                || type($0.entity) == .organization && !isGovernmentBody($0.entity)) })?.entity
        }
    }
}
