import DossierModel

/// The firm money or a stake goes into: `a investi 50 millions d'euros dans Quorane`, `a pris une
/// participation minoritaire dans Sorlane`, `invested $50 million in Quillon`. The name finder reads an
/// unknown name after `dans`/`in` as a place; after an investment or stake cue of the same clause it is
/// the firm invested in.
enum DealTargetCues {
    static let cues: Set<String> = ["invest", "invests", "invested", "investing", "investi", "investit", "investir", "investira", "investissent", "injecte", "injected",
                                    "injects", "stake", "stakes", "participation", "participations", "interest", "interests", "investment", "investments", "investissement",
                                    // a round in the firm (`un tour de table de 20 millions d'euros dans X`, `a $10 million round in X`)
                                    "table", "round", "levee", "funding", "financement"]
    /// Words right before a name that make it a firm bought, sold or held (`rachète X`, `its towers unit, X`, `a stake in X`).
    static let firmTaken: Set<String> = ["acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "purchase", "purchased", "rachete", "rachetee", "racheter", "rachetera",
                                         "filiale", "subsidiary", "unit", "division", "stake", "participation", "acquisition", "takeover", "rachat", "reprise"]
    static let placeNouns: Set<String> = ["commune", "ville", "village", "town", "city", "region", "departement", "province", "state", "county", "district", "bourgade"]
}

extension Analysis {
    /// Retypes such a guessed place as a firm before the pair rules read it. Only a name that every
    /// mention guessed from the preposition alone (no lexicon place) changes type.
    func retypeInvestmentTargets() {
        retypeFirmsTaken()
        for (k, s) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where type(sl.entity) == .location && !sl.anaphor {
                let e = sl.entity
                guard sl.tokens.lowerBound - 1 > s.tokens.lowerBound, ["dans", "in"].contains(tokens[sl.tokens.lowerBound - 1].key),
                      drafts[e].mentions.allSatisfy({ $0.evidence.extractor == "rule:locative-preposition" }) else { continue }
                // The cue in the same clause, with no other place preposition in between (`investi dans une usine à X`).
                let before = keys(ordered(max(s.tokens.lowerBound, sl.tokens.lowerBound - 12), sl.tokens.lowerBound - 1)).reversed()
                var cued = false
                for key in before {
                    if [",", ";", ".", ":", "a", "au", "at", "near", "pres", "en", "in", "dans"].contains(key) { break }
                    if DealTargetCues.cues.contains(key) { cued = true; break }
                }
                // `dans Marvilliers, une commune de l'Oise`: a place described as such stays one.
                let next = keys(ordered(sl.tokens.upperBound, min(s.tokens.upperBound, sl.tokens.upperBound + 3)))
                if next.first == ",", next.dropFirst().contains(where: { DealTargetCues.placeNouns.contains($0) }) { cued = false }
                if cued { drafts[e].type = .company }
            }
        }
    }

    /// `Harvic Énergie a racheté Solenne Réseau`, `its towers unit, Tamar Towers`: a name that only the
    /// first-name lexicon made a person is a firm when it stands where a firm is bought, sold or held
    /// (a person is never acquired). Runs with `retypeInvestmentTargets`, before the pair rules.
    func retypeFirmsTaken() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where type(sl.entity) == .person && !sl.anaphor && sl.tokens.count >= 2 {
                let e = sl.entity
                guard drafts[e].mentions.allSatisfy({ $0.evidence.extractor == "lexicon:first-names" }),
                      sl.tokens.upperBound >= s.tokens.upperBound || !["'s", "'"].contains(tokens[sl.tokens.upperBound].key) else { continue }
                var j = sl.tokens.lowerBound - 1
                while j > s.tokens.lowerBound, Self.articles.contains(tokens[j].key) || [",", "of", "de", "d'", "du", "in", "dans"].contains(tokens[j].key) { j -= 1 }
                if j >= s.tokens.lowerBound, DealTargetCues.firmTaken.contains(tokens[j].key), sl.tokens.lowerBound - j <= 4 { drafts[e].type = .company }
            }
        }
    }
}
