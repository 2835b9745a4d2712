import DossierModel

/// A round told in two sentences: `X has raised $40 million. The round was led by Y, with participation
/// from Z.`, `X a levé 40 M€. Le tour de table a été mené par Y, avec la participation de Z.` The second
/// sentence names the investors and takes the round up with a definite article; the firm that raised
/// the money is the subject of the sentence before.
enum RoundLeadCues {
    static let raiseVerbs: Set<String> = ["raised", "raises", "raise", "secured", "secures", "closed", "closes", "leve", "levee", "boucle", "bouclee", "obtenu", "obtient"]
    static let definite: Set<String> = ["the", "this", "that", "le", "la", "l'", "ce", "cette"]
    /// The round nouns that can open the sentence that takes it up (`The round`, `Le tour de table`, `L'opération`).
    static let nouns: Set<String> = ["round", "financing", "funding", "fundraising", "raise", "tour", "levee", "operation"]
    /// Words after the round that introduce its investors (`led by`, `mené par`, `from`, `auprès de`).
    static let agentWords: Set<String> = ["by", "par", "from", "aupres", "including", "notamment", "participation", "included", "include", "includes", "comprend", "comprenait"]
}

extension Analysis {
    func collectRoundLeads() {
        for (k, s) in sentences.enumerated() where k > 0 && !skip[k] && !skip[k - 1] {
            guard let roundAt = (s.tokens.lowerBound..<min(s.tokens.upperBound, s.tokens.lowerBound + 4)).first(where: { RoundLeadCues.nouns.contains(tokens[$0].key) }),
                  roundAt > s.tokens.lowerBound, RoundLeadCues.definite.contains(tokens[roundAt - 1].key),
                  let agent = (roundAt + 1..<s.tokens.upperBound).first(where: { RoundLeadCues.agentWords.contains(tokens[$0].key) }),
                  let raiser = firmThatRaised(sentence: k - 1) else { continue }
            for x in slots[k] where x.tokens.lowerBound > agent && x.entity != raiser.entity && [.company, .organization].contains(type(x.entity)) && !x.anaphor && !drafts[x.entity].isMedia && !isCompoundModifier(x) {
                relate(x.entity, .investsIn, .entity(raiser.entity), cue: roundAt..<x.tokens.upperBound, sentence: k, rule: "rule:round-taken-up", confidence: 0.5,
                       properties: amountProperties(k - 1))
            }
        }
    }

    /// The firm that raised money in sentence `k` (`X has raised $40 million`, `La société a levé 40 M€`).
    private func firmThatRaised(sentence k: Int) -> Slot? {
        let s = sentences[k]
        for i in s.tokens where RoundLeadCues.raiseVerbs.contains(tokens[i].key) && namesMoneyOrRound(keys(ordered(i + 1, min(s.tokens.upperBound, i + 6)))) {
            if let x = subjectOfVerb(i, sentence: k, types: [.company], window: 14), isFirm(x.entity) { return x }
        }
        return nil
    }
}
