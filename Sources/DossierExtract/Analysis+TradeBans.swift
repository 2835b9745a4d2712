import DossierModel

/// A ban on trade with a country, in the passive (`Shipments of rigs to Russia have been banned`,
/// `Les livraisons de serveurs vers la Russie sont interdites`) or active (`Washington interdit
/// l'exportation vers la Russie des puces …`). No measure noun names it,
/// so the ban becomes a Sanction of its own — or is the measure the same sentence names — with the
/// country SUBJECT_TO it and an organisation after `by/par` as imposer.
enum TradeBanCues {
    static let participles: Set<String> = ["banned", "prohibited", "forbidden", "interdit", "interdite", "interdits", "interdites", "prohibe", "prohibee", "prohibes", "prohibees"]
    static let auxiliaries: Set<String> = ["been", "were", "was", "are", "is", "be", "sont", "ete", "est", "etaient", "etait", "seront", "sera", "restent", "remain"]
    static let tradeNouns: Set<String> = ["exports", "export", "shipments", "sales", "deliveries", "imports", "exportations", "exportation", "livraisons", "livraison", "ventes", "vente", "importations", "importation", "transferts", "transfers"]
    static let toward: Set<String> = ["to", "vers", "a", "into", "en"]
    /// `Washington interdit l'exportation vers la Russie des …`, `the ministry bans exports of chips to Iran`.
    static let activeVerbs: Set<String> = ["interdit", "interdisent", "interdisait", "interdisaient", "bans", "banned", "prohibits", "prohibited", "bars", "barred"]
    static let determiners: Set<String> = ["l'", "les", "la", "le", "the", "all", "toute", "toutes", "any", "des", "d'", "de"]
}

extension Analysis {
    func bannedTradeWithCountries() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where TradeBanCues.participles.contains(tokens[i].key) {
                guard keys(ordered(max(s.tokens.lowerBound, i - 3), i)).contains(where: { TradeBanCues.auxiliaries.contains($0) }) else { continue }
                // The trade noun and its destination country, within the subject before the auxiliary.
                let floor = max(s.tokens.lowerBound, i - 16)
                guard let noun = ordered(floor, i).first(where: { TradeBanCues.tradeNouns.contains(tokens[$0].key) }),
                      let country = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound > noun && $0.tokens.upperBound <= i
                          && ordered(max(noun, $0.tokens.lowerBound - 2), $0.tokens.lowerBound).contains { TradeBanCues.toward.contains(tokens[$0].key) } })
                else { continue }
                // A measure named in the same sentence (`… banned since 2022, when Washington imposed export
                // restrictions`) is the ban itself.
                if let named = slots[k].first(where: { type($0.entity) == .sanction && !$0.anaphor }) {
                    relate(country.entity, .subjectTo, .entity(named.entity), cue: noun..<(i + 1), sentence: k, rule: "rule:passive-trade-ban.named-measure", confidence: 0.5)
                    continue
                }
                let ban = addTradeBan(trade: noun..<country.tokens.upperBound, mention: noun..<(i + 1), country: country.entity, sentence: k, rule: "rule:passive-trade-ban")
                // `… were banned by the Ministry of Trade`.
                if let org = slots[k].first(where: { type($0.entity) == .organization && $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 4
                    && ordered(i + 1, $0.tokens.lowerBound).contains { ["by", "par"].contains(tokens[$0].key) } }) {
                    relate(ban, .imposedBy, .entity(org.entity), cue: i..<org.tokens.upperBound, sentence: k, rule: "rule:passive-trade-ban.imposer", confidence: 0.55)
                }
            }
            activeTradeBans(sentence: k)
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// A ban measure named after the trade it stops (`ban on shipments of rigs to Russia`, `interdiction de
    /// l'exportation vers la Russie des puces`), with the country SUBJECT_TO it.
    private func addTradeBan(trade: Range<Int>, mention: Range<Int>, country: Int, sentence k: Int, rule: String) -> Int {
        var draft = EntityDraft(type: .sanction, strength: 2)
        var surface = text(trade)
        if trade.lowerBound == sentences[k].tokens.lowerBound, let f = surface.first { surface = f.lowercased() + surface.dropFirst() }
        let key = tokens[trade.lowerBound].key
        // The French trade nouns are feminine: `des livraisons`, `de l'exportation`, `de la vente`.
        let article = key.hasSuffix("s") ? "des " : (key.first.map { "aeiou".contains($0) } ?? false) ? "de l'" : "de la "
        draft.descriptiveName = language == "fr" ? "interdiction \(article)\(surface)" : "ban on \(surface)"
        draft.properties["designation"] = .bool(false)
        if let p = ValueReader.period(tokens, in: sentences[k].tokens) { draft.properties["date"] = .string(p) }
        let ban = addEntity(draft)
        addMention(entity: ban, tokens: mention, sentence: k, rule: rule, confidence: 0.55)
        relate(country, .subjectTo, .entity(ban), cue: mention, sentence: k, rule: rule + ".target", confidence: 0.55)
        return ban
    }

    /// The active form: the ban is the verb's object phrase, its imposer an organisation just before the verb.
    private func activeTradeBans(sentence k: Int) {
        let s = sentences[k]
        for i in s.tokens where TradeBanCues.activeVerbs.contains(tokens[i].key) {
            guard !keys(ordered(max(s.tokens.lowerBound, i - 3), i)).contains(where: { TradeBanCues.auxiliaries.contains($0) }) else { continue }
            var noun = i + 1
            while noun < s.tokens.upperBound, noun - i <= 3, TradeBanCues.determiners.contains(tokens[noun].key) { noun += 1 }
            guard noun < s.tokens.upperBound, TradeBanCues.tradeNouns.contains(tokens[noun].key) else { continue }
            var end = noun + 1
            while end < s.tokens.upperBound, end - noun < 14, ![",", ".", ";", ":", "(", "—"].contains(tokens[end].text) { end += 1 }
            guard let country = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound > noun && $0.tokens.upperBound <= end
                && ordered(max(noun, $0.tokens.lowerBound - 2), $0.tokens.lowerBound).contains { TradeBanCues.toward.contains(tokens[$0].key) } }),
                  !slots[k].contains(where: { type($0.entity) == .sanction && $0.tokens.lowerBound < end && $0.tokens.upperBound > i }) else { continue }
            let ban = addTradeBan(trade: noun..<end, mention: i..<end, country: country.entity, sentence: k, rule: "rule:active-trade-ban")
            if let org = slots[k].last(where: { type($0.entity) == .organization && $0.tokens.upperBound <= i && i - $0.tokens.upperBound <= 2 }) {
                relate(ban, .imposedBy, .entity(org.entity), cue: org.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:active-trade-ban.imposer", confidence: 0.55)
            }
        }
    }
}

extension Analysis {
    /// `X is barred from selling its chips to China`, `Y est interdite d'exporter vers la Russie`: no measure noun
    /// in the clause, but the firm is bound by the measure its sentence or the two before describe. The countries
    /// the trade is barred towards are subject to an export measure too (not to a designation).
    func barredFirms() {
        let barred: Set<String> = ["barred", "banned", "prohibited", "forbidden", "blocked", "restricted", "interdit", "interdite", "interdits", "interdites", "empechee", "empeche"]
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "been", "be", "remains", "remain", "est", "sont", "ete", "reste", "restent", "sera", "seront", "etait"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where barred.contains(tokens[i].key) && i + 2 < s.tokens.upperBound && ["from", "de", "d'"].contains(tokens[i + 1].key) {
                let verb = tokens[i + 2].key
                guard verb.hasSuffix("ing") || verb.hasSuffix("er") || verb.hasSuffix("re") || verb.hasSuffix("ir"),
                      keys(ordered(max(s.tokens.lowerBound, i - 3), i)).contains(where: { auxiliaries.contains($0) }),
                      let subject = clauseSubject(before: i, sentence: k, types: [.company, .person], window: 14),
                      let measure = boundMeasure(sentence: k) else { continue }
                relate(subject.entity, .subjectTo, .entity(measure), cue: subject.tokens.lowerBound..<(i + 2), sentence: k, rule: "rule:barred-firm", confidence: 0.5)
                guard drafts[measure].properties["designation"] != .bool(true) else { continue }
                var end = i + 3
                while end < s.tokens.upperBound, end - i < 18, ![".", ";", ":", "—"].contains(tokens[end].text) { end += 1 }
                for slot in slots[k] where type(slot.entity) == .location && slot.tokens.lowerBound > i + 2 && slot.tokens.lowerBound < end
                    && ordered(max(i + 2, slot.tokens.lowerBound - 2), slot.tokens.lowerBound).contains(where: { TradeBanCues.toward.contains(tokens[$0].key) }) {
                    relate(slot.entity, .subjectTo, .entity(measure), cue: i..<slot.tokens.upperBound, sentence: k, rule: "rule:barred-firm.country", confidence: 0.5)
                }
            }
        }
    }

    /// The measure named in this sentence, else the last one of the two sentences before (a list folded into a
    /// designation stands for the designation).
    private func boundMeasure(sentence k: Int) -> Int? {
        for j in stride(from: k, through: max(0, k - 2), by: -1) {
            guard let last = slots[j].last(where: { type($0.entity) == .sanction }) else { continue }
            let e = measureFoldedInto(last.entity)
            if !drafts[e].suppressed { return e }
        }
        return nil
    }
}
