import DossierModel

/// A ban stated in the passive on trade with a country: `Shipments of rigs to Russia have been
/// banned`, `Les livraisons de serveurs vers la Russie sont interdites`. No measure noun names it,
/// so the ban becomes a Sanction of its own — or is the measure the same sentence names — with the
/// country SUBJECT_TO it and an organisation after `by/par` as imposer.
enum TradeBanCues {
    static let participles: Set<String> = ["banned", "prohibited", "forbidden", "interdit", "interdite", "interdits", "interdites", "prohibe", "prohibee", "prohibes", "prohibees"]
    static let auxiliaries: Set<String> = ["been", "were", "was", "are", "is", "be", "sont", "ete", "est", "etaient", "etait", "seront", "sera", "restent", "remain"]
    static let tradeNouns: Set<String> = ["exports", "export", "shipments", "sales", "deliveries", "imports", "exportations", "livraisons", "ventes", "importations", "transferts", "transfers"]
    static let toward: Set<String> = ["to", "vers", "a", "into", "en"]
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
                let trade = text(noun..<country.tokens.upperBound)
                var draft = EntityDraft(type: .sanction, strength: 2)
                draft.descriptiveName = language == "fr" ? "interdiction des \(trade)" : "ban on \(trade)"
                draft.properties["designation"] = .bool(false)
                if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
                let ban = addEntity(draft)
                addMention(entity: ban, tokens: noun..<(i + 1), sentence: k, rule: "rule:passive-trade-ban", confidence: 0.55)
                relate(country.entity, .subjectTo, .entity(ban), cue: noun..<(i + 1), sentence: k, rule: "rule:passive-trade-ban.target", confidence: 0.55)
                // `… were banned by the Ministry of Trade`.
                if let org = slots[k].first(where: { type($0.entity) == .organization && $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 4
                    && ordered(i + 1, $0.tokens.lowerBound).contains { ["by", "par"].contains(tokens[$0].key) } }) {
                    relate(ban, .imposedBy, .entity(org.entity), cue: i..<org.tokens.upperBound, sentence: k, rule: "rule:passive-trade-ban.imposer", confidence: 0.55)
                }
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }
}
