import DossierModel

/// INVESTS_IN in a facility: `X prévoit d'investir 1 milliard d'euros dans son campus de Y`, `the
/// company will invest $2 billion in its new data center`.
extension Analysis {
    static let investmentCues: Set<String> = ["investir", "invest", "invests", "investira", "investit", "investment", "investissement"]

    /// INVESTS_IN when a firm (or `la société`) invests and a facility is taken up in the sentence. The
    /// cue is a word of the clause, not part of a name (`Lakeland County Investment Board`); the investor
    /// is the first firm before it that is no complement (`racheté à Y` names a seller).
    func investments(_ k: Int, _ s: Sentence) {
        let ss = slots[k]
        guard let cue = s.tokens.first(where: { i in Self.investmentCues.contains(tokens[i].key) && !ss.contains { $0.tokens.contains(i) } }),
              let investor = ss.first(where: { [.company, .organization].contains(type($0.entity)) && !drafts[$0.entity].isMedia && $0.tokens.upperBound <= cue && !isComplement($0, sentence: k) })
                ?? ss.first(where: { [.company, .organization].contains(type($0.entity)) && !drafts[$0.entity].isMedia && $0.tokens.lowerBound > cue && !isComplement($0, sentence: k) }),
              let target = ss.first(where: { type($0.entity) == .facility && $0.tokens.lowerBound > investor.tokens.lowerBound }) else { return }
        relate(investor.entity, .investsIn, .entity(target.entity), cue: investor.tokens.lowerBound..<target.tokens.upperBound, sentence: k,
               rule: "rule:invests-in-facility", confidence: 0.6, properties: amountProperties(k))
    }
}
