import DossierModel

/// Holdings told without a verb of buying: `la prise de contrôle de l'opérateur Y par X`, `l'acquisition de
/// 53 % de Y par le groupe X`, `the takeover of Y by X` (a noun of the deal and its agent), and
/// `Codétenu à parts égales par A, B et C, Y va …` (owners in a participle fronted before the firm).
enum NominalHoldingCues {
    static let dealNouns: [[String]] = [["prise", "de", "controle"], ["prise", "de", "participation"], ["acquisition"], ["rachat"], ["takeover"], ["purchase"]]
    static let frontedParticiples: Set<String> = ["detenu", "detenue", "detenus", "detenues", "codetenu", "codetenue", "codetenus", "codetenues",
                                                  "co-detenu", "co-detenue", "owned", "co-owned", "controle", "controlee", "possede", "possedee"]
    /// Words that may stand between the deal noun and its firm, or between `par` and the buyer.
    static let describers: Set<String> = ["de", "d'", "du", "des", "of", "the", "la", "le", "l'", "les", "a", "an", "un", "une", "%", "societe", "groupe"]
}

extension Analysis {
    func nominalHoldings() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            dealNounsWithAgent(k, s)
            frontedOwners(k, s)
        }
    }

    private func describes(_ words: [String]) -> Bool {
        words.allSatisfy { NominalHoldingCues.describers.contains($0) || Vocabulary.companyHeads.contains($0) || lex.demonyms[$0] != nil || $0.first?.isNumber == true }
    }

    private func dealNounsWithAgent(_ k: Int, _ s: Sentence) {
        for i in s.tokens {
            guard let noun = NominalHoldingCues.dealNouns.first(where: { phrase($0, at: i, sentence: k) }) else { continue }
            let of = i + noun.count
            guard of < s.tokens.upperBound, tokens[of].isOf,
                  let target = slots[k].first(where: { $0.tokens.lowerBound > of && $0.tokens.lowerBound <= of + 7 && !$0.anaphor && isFirm($0.entity) }),
                  describes(keys(ordered(of + 1, target.tokens.lowerBound))) else { continue }
            let by = target.tokens.upperBound
            guard by < s.tokens.upperBound, ["par", "by"].contains(tokens[by].key),
                  let buyer = slots[k].first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 5 && isFirm($0.entity) && $0.entity != target.entity }),
                  describes(keys(ordered(by + 1, buyer.tokens.lowerBound))) else { continue }
            let cue = i..<buyer.tokens.upperBound
            // A share bought is a holding; a firm bought whole is a takeover, restated as a holding with its price later.
            if keys(ordered(of + 1, target.tokens.lowerBound)).contains("%") || noun == ["prise", "de", "participation"] {
                relate(buyer.entity, .owns, .entity(target.entity), cue: cue, sentence: k, rule: "rule:stake-noun-by", confidence: 0.55)
            } else {
                relate(target.entity, .subsidiaryOf, .entity(buyer.entity), cue: cue, sentence: k, rule: "rule:takeover-noun-by", confidence: 0.55)
            }
        }
    }

    /// The owners listed after `par` (outside parentheses, up to the comma that closes the participle) and the firm
    /// that follows that comma.
    private func frontedOwners(_ k: Int, _ s: Sentence) {
        // `Créée en 2021 et détenue par X, Y …`: the ownership participle may be the second of two fronted ones.
        guard let lo = (s.tokens.lowerBound..<min(s.tokens.upperBound, s.tokens.lowerBound + 7)).first(where: { p in
            NominalHoldingCues.frontedParticiples.contains(tokens[p].key) && (p == s.tokens.lowerBound || ["et", "and"].contains(tokens[p - 1].key))
        }), let by = (lo + 1..<min(s.tokens.upperBound, lo + 6)).first(where: { ["par", "by"].contains(tokens[$0].key) }) else { return }
        // (`par A, B et C, Y va …`: a comma before another owner of the list continues it.)
        func continuesList(after comma: Int) -> Bool {
            guard let next = slots[k].first(where: { $0.tokens.lowerBound == comma + 1 }), [.company, .person, .organization].contains(type(next.entity)),
                  next.tokens.upperBound < s.tokens.upperBound else { return false }
            return [",", "et", "and", "("].contains(tokens[next.tokens.upperBound].key)
        }
        var depth = 0, close: Int? = nil, inside = Set<Int>()
        for j in (by + 1)..<s.tokens.upperBound {
            switch tokens[j].key {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0 && !continuesList(after: j): close = j
            default: if depth > 0 { inside.insert(j) }
            }
            if close != nil { break }
        }
        guard let comma = close else { return }
        let owners = slots[k].filter { $0.tokens.lowerBound > by && $0.tokens.upperBound <= comma && !inside.contains($0.tokens.lowerBound) && !$0.anaphor
            && [.company, .person, .organization].contains(type($0.entity)) }
        guard !owners.isEmpty, let owned = slots[k].first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 3 && isFirm($0.entity) }) else { return }
        for o in owners where o.entity != owned.entity {
            relate(o.entity, .owns, .entity(owned.entity), cue: lo..<owned.tokens.upperBound, sentence: k, rule: "rule:fronted-owners", confidence: 0.55)
        }
    }
}
