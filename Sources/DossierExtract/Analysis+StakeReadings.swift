import DossierModel

/// Holdings and backing in news wordings the pair rules miss or misread: a backer named before the round
/// it joined (`X led Y's $50 million round`, `X a mené le tour de table de Y`), a possessive holding
/// (`X's 49%-owned Y`), control taken (`X took control of Y`: a parent); and the readings to withdraw:
/// the seller of a stake is no longer its owner (`X sold its 20% stake in Y to Z`), and a stake in a
/// project (`a 30% stake in the Y solar project`) is no stake in a firm.
enum StakeReadingCues {
    /// Verbs of a backer taking part in a round (`led`, `co-led`, `participated in`, `a mené`, `a participé à`).
    static let roundVerbs: Set<String> = ["led", "leads", "co-led", "co-leads", "participated", "participates", "joined", "joins",
                                          "mene", "menee", "co-mene", "participe", "pilote", "rejoint"]
    /// Nouns of a funding round (`round`, `tour de table`, `levée de fonds`).
    static let roundNouns: Set<String> = ["round", "financing", "fundraising", "fundraise", "tour", "levee", "financement"]
    /// Words that may stand between a firm's possessive and its round (`Y's latest $50 million Series B funding round`).
    static let roundModifiers: Set<String> = ["$", "€", "£", "million", "billion", "m", "bn", "mn", "series", "a", "b", "c", "d", "e", "seed", "pre-seed",
                                              "latest", "new", "recent", "most", "funding", "financing", "investment", "equity", "venture", "growth", "-", "us", "usd"]
    /// Nouns of a share in a firm.
    static let stakeNouns: Set<String> = ["stake", "stakes", "participation", "holding", "interest", "shares", "actions", "parts", "%"]
    /// Nouns of a project a stake can be taken in (not a firm).
    static let projectNouns: Set<String> = ["project", "projects", "projet", "projets"]
    /// Words a possessive holding may carry between the holder and the held firm (`X's 49%-owned Y`).
    static let ownedWords: Set<String> = ["owned", "controlled", "detenue", "detenu", "controlee", "controle"]
    static let ownedModifiers: Set<String> = ["majority", "minority", "wholly", "partly", "jointly", "fully", "%", "-", "percent", "per", "cent", "majoritairement"]
    /// Last words of an outlet's name (`the Maeil Business Newspaper`): no firm one invests in when a verb rule
    /// reads it so.
    static let outletHeads: Set<String> = ["newspaper", "journal", "gazette", "magazine", "daily", "tribune", "herald", "quotidien", "hebdomadaire"]
    /// Verbs of taking control of a firm (`took control of`, `gained control of`, `seized control of`).
    static let controlVerbs: Set<String> = ["took", "takes", "take", "taking", "gained", "gains", "seized", "assumed", "acquired", "won"]
}

extension Analysis {
    func collectStakeReadings() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if StakeReadingCues.roundVerbs.contains(key) { backerOfRound(verb: i, sentence: k) }
                if HoldingCues.sellVerbs.contains(key) { sellerOfStake(verb: i, sentence: k) }
                if StakeReadingCues.controlVerbs.contains(key) { controlTaken(verb: i, sentence: k) }
                if key == "'s" || key == "'" { possessiveHolding(mark: i, sentence: k) }
            }
            stakesInProjects(sentence: k)
        }
        dropMisreadInvestments()
    }

    /// Investments the verb rules read where the text states none: a denied one (`Neither A nor B invested in
    /// Y`, `n'a pas investi dans Y`), an outlet as target (`the Samsung investment first appeared in the Maeil
    /// Business Newspaper`), a descriptor (`le fonds d'investissement X, la banque publique d'investissement Y`),
    /// a former employer read as the firm that raised (`co-founded by former Google researchers …, raised`).
    private func dropMisreadInvestments() {
        let verbRules: Set<String> = ["rule:verb.invests", "rule:verb.owns", "rule:funding-round"]
        let negations: Set<String> = ["neither", "nor", "not", "never", "n't", "pas", "jamais", "ni", "aucun", "aucune"]
        relations.removeAll { r in
            guard [.investsIn, .owns].contains(r.predicate), verbRules.contains(r.evidence.extractor), case .entity(let o) = r.object else { return false }
            if drafts[o].isMedia { return true }
            let first = tokenIndex(atScalar: r.evidence.span.start), last = tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1))
            let sentenceStart = tokenIndex(atScalar: r.evidence.sentence.start)
            // The cue may start at the verb: look back over the subject (`Neither A nor B invested`).
            let cue = max(sentenceStart, first - 8)...last
            if cue.contains(where: { negations.contains(tokens[$0].key) && !(["not", "pas"].contains(tokens[$0].key) && $0 + 1 < tokens.count && ["only", "seulement"].contains(tokens[$0 + 1].key)) }) { return true }
            if r.predicate == .investsIn, r.evidence.extractor == "rule:verb.invests" {
                let cues = (first...last).filter { RelationCues.invests.contains(tokens[$0].key) }
                let nouns: Set<String> = ["investissement", "investissements", "investment", "investments"]
                let descriptive = cues.allSatisfy { j in
                    nouns.contains(tokens[j].key) && ["d'", "de", "du"].contains(tokens[max(0, j - 1)].key)
                        || j + 1 < tokens.count && ["bank", "banks", "firm", "fund", "funds", "arm", "company", "group", "vehicle", "manager", "banking"].contains(tokens[j + 1].key)
                }
                if !cues.isEmpty && descriptive { return true }
            }
            if let name = fold(displayName(o)).split(separator: " ").last, StakeReadingCues.outletHeads.contains(String(name)) { return true }
            if r.evidence.extractor == "rule:funding-round", let k = sentences.firstIndex(where: { $0.start == r.evidence.sentence.start }) {
                // The firm that raised is named as someone's former employer.
                return slots[k].contains { $0.entity == o && $0.tokens.lowerBound > 0 && ["former", "ex", "ancien", "anciens", "ancienne", "anciennes"].contains(tokens[$0.tokens.lowerBound - 1].key) }
            }
            return false
        }
    }

    /// The relations of sentence `k`.
    func inSentence(_ r: ExtractedRelation, _ k: Int) -> Bool {
        r.evidence.sentence.start == sentences[k].start
    }

    /// `Korvath Capital led Melvane's $50 million round`, `Drelton participated in Melvane's Series A round`,
    /// `X a mené le tour de table de 50 millions d'euros de Y`: the backer invests in the firm whose round
    /// it is; a reversed reading of the same sentence is withdrawn.
    private func backerOfRound(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let x = subjectOfVerb(i, sentence: k, types: [.company, .organization, .person], window: 8), !drafts[x.entity].isMedia else { return }
        var funded: Slot? = nil
        // English: the firm with a possessive right after the verb (`led Y's … round`, `participated in Y's …`).
        if let y = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 4 }), isFirm(y.entity),
           y.tokens.upperBound < end, ["'s", "'"].contains(tokens[y.tokens.upperBound].key),
           let noun = (y.tokens.upperBound + 1..<min(end, y.tokens.upperBound + 9)).first(where: { StakeReadingCues.roundNouns.contains(tokens[$0].key) }),
           // Only the round's own modifiers between (`Y's $50 million Series B funding round`, not `Y's board after the round`).
           keys(ordered(y.tokens.upperBound + 1, noun)).allSatisfy({ StakeReadingCues.roundModifiers.contains($0) || $0.contains(where: \.isNumber) }) {
            funded = y
        }
        // French: `le tour de table (de N millions) de Y`, `la levée de fonds de Y`.
        if funded == nil, let noun = (i + 1..<min(end, i + 5)).first(where: { StakeReadingCues.roundNouns.contains(tokens[$0].key) }) {
            funded = slots[k].first { y in
                y.tokens.lowerBound > noun + 1 && y.tokens.lowerBound - noun <= 12 && isFirm(y.entity)
                    && ["de", "d'", "du"].contains(tokens[y.tokens.lowerBound - 1].key)
                    && !keys(ordered(noun, y.tokens.lowerBound)).contains(where: { [",", ".", ";"].contains($0) })
            }
        }
        guard let y = funded, y.entity != x.entity else { return }
        relations.removeAll { $0.predicate == .investsIn && $0.subject == y.entity && $0.object == .entity(x.entity) && inSentence($0, k) }
        relate(x.entity, .investsIn, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:led-round-of", confidence: 0.6, properties: amountProperties(k))
    }

    /// `Korvath Energy sold its 20% stake in Melvane to Drelton`, `X a cédé sa participation dans Y`: the
    /// seller's holding, investment or supply read by the verb rules is withdrawn (the buyer's is read elsewhere).
    private func sellerOfStake(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let stake = (i + 1..<min(end, i + 7)).first(where: { StakeReadingCues.stakeNouns.contains(tokens[$0].key) || tokens[$0].key.hasSuffix("%") }),
              let x = subjectOfVerb(i, sentence: k, types: [.company, .organization, .person], window: 10) else { return }
        // Only a whole holding leaves the seller's hands (`sold its stake`, `a cédé toute sa participation`); `sold a
        // 40% stake` keeps the rest. Selling a stake is never supplying or investing.
        let whole = (i + 1..<stake).contains { Self.possessives.contains(tokens[$0].key) || ["all", "entire", "remaining", "whole", "toute", "totalite", "integralite"].contains(tokens[$0].key) }
        let withdrawn: Set<DossierModel.Predicate> = whole ? [.owns, .investsIn, .supplies] : [.investsIn, .supplies]
        let heldFirms = slots[k].filter { $0.tokens.lowerBound > stake && $0.tokens.lowerBound - stake <= 6 }.map(\.entity)
        let verbRules: Set<String> = ["rule:verb.owns", "rule:verb.invests", "rule:verb.supplies"]
        relations.removeAll { r in
            guard r.subject == x.entity, case .entity(let o) = r.object, heldFirms.contains(o), inSentence(r, k) else { return false }
            return withdrawn.contains(r.predicate) && verbRules.contains(r.evidence.extractor)
        }
    }

    /// `Korvath Energy took control of Melvane`, `gained control of Y`: Y becomes X's subsidiary (as `a pris
    /// le contrôle de Y`); the holding read by the verb rules gives way to the parent pair.
    private func controlTaken(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 3 < end, tokens[i + 1].key == "control", ["of", "over"].contains(tokens[i + 2].key),
              let y = slotStarting(at: i + 3, sentence: k, types: [.company], skip: 1), isFirm(y.entity),
              let x = subjectOfVerb(i, sentence: k, types: [.company], window: 10, excluding: y.entity), !drafts[x.entity].isMedia else { return }
        relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:took-control", confidence: 0.6)
    }

    /// `Korvath Energy's 49%-owned Melvane`, `X's majority-owned unit Y`, `X's wholly owned Y`: X holds Y
    /// (a wholly owned firm is X's subsidiary); the possessive is no source.
    private func possessiveHolding(mark i: Int, sentence k: Int) {
        guard let x = slots[k].last(where: { $0.tokens.upperBound == i }), [.company, .organization, .person].contains(type(x.entity)),
              let y = slots[k].first(where: { $0.tokens.lowerBound > i + 1 && $0.tokens.lowerBound - i <= 8 }), isFirm(y.entity), y.entity != x.entity else { return }
        let mid = keys(ordered(i + 1, y.tokens.lowerBound))
        guard mid.contains(where: { StakeReadingCues.ownedWords.contains($0) }),
              mid.allSatisfy({ StakeReadingCues.ownedWords.contains($0) || StakeReadingCues.ownedModifiers.contains($0) || $0.hasSuffix("%") || $0.allSatisfy(\.isNumber)
                  || ["unit", "subsidiary", "affiliate", "venture", "the", "its"].contains($0) }) else { return }
        relations.removeAll { r in
            r.predicate == .reportedBy && [x.entity, y.entity].contains(r.subject) && (r.object == .entity(x.entity) || r.object == .entity(y.entity))
        }
        let whole = mid.contains("wholly") || mid.contains("fully") || mid.contains("100") || mid.contains("100%")
        if whole {
            relate(y.entity, .subsidiaryOf, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:possessive-wholly-owned", confidence: 0.6)
        } else {
            relate(x.entity, .owns, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:possessive-owned", confidence: 0.6)
        }
    }

    /// `a 30% stake in the Lumbar solar project`, `une participation dans le projet éolien Y`: a name read as a
    /// firm right before or after a project noun is the project; holdings and investments the verb rules read
    /// into it as a firm are withdrawn.
    private func stakesInProjects(sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        let projects = slots[k].filter { y in
            guard type(y.entity) == .company else { return false }
            let after = keys(ordered(y.tokens.upperBound, min(end, y.tokens.upperBound + 3)))
            let before = keys(ordered(max(lo, y.tokens.lowerBound - 3), y.tokens.lowerBound))
            let nounAfter = after.prefix(while: { ![",", ".", ";", "and", "et"].contains($0) }).contains { StakeReadingCues.projectNouns.contains($0) }
            let nounBefore = before.suffix(2).contains { StakeReadingCues.projectNouns.contains($0) }
            return nounAfter || nounBefore
        }.map(\.entity)
        guard !projects.isEmpty else { return }
        let rules: Set<String> = ["rule:verb.owns", "rule:verb.invests", "rule:nominal.investment-of-in"]
        relations.removeAll { r in
            guard case .entity(let o) = r.object, projects.contains(o), [.owns, .investsIn].contains(r.predicate), inSentence(r, k) else { return false }
            return rules.contains(r.evidence.extractor)
        }
    }
}
