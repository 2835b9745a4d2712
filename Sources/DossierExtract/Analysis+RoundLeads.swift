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
    /// The round nouns and the nouns of its investors: they put a sentence on the round's money (`Investors include A`).
    static let roundWords: Set<String> = nouns.union(["investors", "investor", "backers", "investisseurs", "investisseur", "financement"])
    /// Words after which such a sentence lists investors (`Investors include A, B`, `with participation from A`, `dont A et B`).
    static let listOpeners: Set<String> = ["include", "includes", "included", "including", "from", "dont", "notamment", "figurent", "comprennent", "incluent"]
    /// Verbs whose subjects took part in the round (`A led the round`, `A and B also participated`, `A et B ont participé`);
    /// after them `by`/`par` opens the list instead (`led by A`, `mené par A`).
    static let takingPart: Set<String> = ["led", "co-led", "leads", "co-leads", "participated", "joined", "mene", "menee", "co-mene", "participe", "rejoint", "souscrit",
                                          "backed", "soutenu", "soutenue"]
    /// Auxiliaries and adverbs between a subject and its verb of taking part.
    static let beforeVerb: Set<String> = ["also", "egalement", "aussi", "a", "ont", "have", "has", "had", "all", "tous", "both"]
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

    /// A round's investors named in the three sentences after it without taking it up by its noun:
    /// `X raised $40 million. Tarnell led the round, with participation from A and B.`, `Investors include A,
    /// B and C.`, `Parmi les investisseurs figurent A et B.` They invest in the firm that raised.
    func laterRoundInvestors() {
        var raise: (firm: Slot, sentence: Int)? = nil
        for k in sentences.indices where !skip[k] {
            if let x = firmThatRaised(sentence: k) { raise = (x, k); continue }
            guard let (x, at) = raise, k - at <= 3, keys(sentences[k].tokens).contains(where: { RoundLeadCues.roundWords.contains($0) }) else { continue }
            var investors: [Slot] = []
            for i in sentences[k].tokens {
                let key = tokens[i].key
                let agent = ["by", "par"].contains(key) && i > sentences[k].tokens.lowerBound && RoundLeadCues.takingPart.contains(tokens[i - 1].key)
                // (`lenders from G7 countries`: a name before a common noun modifies it.)
                if RoundLeadCues.listOpeners.contains(key) || agent { investors += firmList(from: i + 1, sentence: k).filter { !modifiesNoun($0, sentence: k) } }
                if RoundLeadCues.takingPart.contains(key) { investors += subjectList(before: i, sentence: k) }
            }
            // (`the World Bank's IFC`: a possessor is not the investor.)
            for y in investors where y.entity != x.entity && (isFirmOrBody(y.entity) || type(y.entity) == .person) && !y.anaphor && !isCompoundModifier(y)
                && !(y.tokens.upperBound < sentences[k].tokens.upperBound && tokens[y.tokens.upperBound].key == "'s") {
                relate(y.entity, .investsIn, .entity(x.entity), cue: y.tokens, sentence: k, rule: "rule:round.later-investors", confidence: 0.5,
                       properties: amountProperties(at))
            }
        }
    }

    private func modifiesNoun(_ y: Slot, sentence k: Int) -> Bool {
        guard y.tokens.upperBound < sentences[k].tokens.upperBound else { return false }
        let next = tokens[y.tokens.upperBound]
        return next.kind == .word && !next.isNameLike && !["and", "et", "or", "ou"].contains(next.key)
    }

    /// The names listed right before a verb (`A, B and C also participated`).
    private func subjectList(before verb: Int, sentence k: Int) -> [Slot] {
        var j = verb
        while j > sentences[k].tokens.lowerBound, RoundLeadCues.beforeVerb.contains(tokens[j - 1].key) { j -= 1 }
        guard var current = slots[k].last(where: { $0.tokens.upperBound == j && !$0.anaphor }) else { return [] }
        var list = [current]
        for sl in slots[k].reversed() where sl.tokens.upperBound <= current.tokens.lowerBound && !sl.anaphor {
            let gap = keys(ordered(sl.tokens.upperBound, current.tokens.lowerBound))
            guard !gap.isEmpty, gap.allSatisfy({ [",", "and", "et"].contains($0) }) else { break }
            list.append(sl); current = sl
        }
        return list
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
