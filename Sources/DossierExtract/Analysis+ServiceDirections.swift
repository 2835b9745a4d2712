import DossierModel

enum ServiceDirectionCues {
    /// Verbs of a relative after the other party that make it the provider (`with Y, which will host its rigs`).
    static let providingRelative: Set<String> = ["host", "hosts", "hebergera", "heberge", "supply", "supplies", "provide", "provides", "power", "fournira", "fournit", "alimentera", "deliver", "livrera"]
}

extension Analysis {
    /// `X a signé un contrat d'hébergement avec l'hébergeur Y`, `X signed a deal with Y, which will host its
    /// rigs`, `un accord avec EDF pour la fourniture d'électricité`: the contract rules read the signer as the
    /// provider; the provider is the other party when its name or descriptor says it hosts (and the
    /// signer's does not), when a relative after it says it provides, or when it is the utility of a
    /// power deal. (A miner that signs a colocation deal with an AI firm is the host: no flip on `miner`.)
    func serviceContractDirections() {
        let contractRules: Set<String> = ["rule:agreement-to-provide", "rule:service-contract-with", "rule:signed-with.contract"]
        var flips: [Int] = []
        for (n, r) in relations.enumerated() where r.predicate == .supplies && contractRules.contains(r.evidence.extractor) {
            guard case .entity(let y) = r.object, let k = sentences.firstIndex(where: { $0.start == r.evidence.sentence.start }),
                  let xs = slots[k].first(where: { $0.entity == r.subject }), let ys = slots[k].first(where: { $0.entity == y && $0.tokens.lowerBound > xs.tokens.upperBound }) else { continue }
            let end = sentences[k].tokens.upperBound
            let clause = keys(ordered(xs.tokens.upperBound, min(end, ys.tokens.upperBound + 12)))
            let host = isHost(ys, sentence: k) && !isHost(xs, sentence: k)
            let after = keys(ordered(ys.tokens.upperBound, min(end, ys.tokens.upperBound + 5)))
            let relativeProvides = providesInRelative(after)
            let utility = clause.contains(where: { TradeCues.powerWords.contains($0) }) && TradeCues.isUtility(fold(displayName(y))) && !TradeCues.isUtility(fold(displayName(r.subject)))
            if host || relativeProvides || utility { flips.append(n) }
        }
        providersInRelatives()
        guard !flips.isEmpty else { return }
        let flipped = flips.map { relations[$0] }
        let dropped = Set(flips)
        relations = relations.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        for r in flipped {
            guard case .entity(let y) = r.object, let k = sentences.firstIndex(where: { $0.start == r.evidence.sentence.start }),
                  let ys = slots[k].first(where: { $0.entity == y }), let xs = slots[k].first(where: { $0.entity == r.subject }) else { continue }
            relate(y, .supplies, .entity(r.subject), cue: xs.tokens.lowerBound..<ys.tokens.upperBound, sentence: k, rule: r.evidence.extractor + ".client-signer", confidence: r.evidence.confidence)
        }
    }

    /// `, which will host …`, `, qui fournira …`: the words after a party.
    private func providesInRelative(_ after: [String]) -> Bool {
        after.first == "," && after.dropFirst().first.map({ ["which", "qui"].contains($0) }) == true && after.contains(where: { ServiceDirectionCues.providingRelative.contains($0) })
    }

    /// `X signed a deal with Y, which will host 3,000 of its rigs`: Y supplies X even when no contract rule read the pair.
    private func providersInRelatives() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where TradeCues.contractNouns.contains(tokens[i].key) {
                guard let w = (i + 1..<min(s.tokens.upperBound, i + 8)).first(where: { ["with", "avec"].contains(tokens[$0].key) }),
                      let y = partyAfter(w + 1, sentence: k, types: [.company], reach: 4), isFirm(y.entity),
                      providesInRelative(keys(ordered(y.tokens.upperBound, min(s.tokens.upperBound, y.tokens.upperBound + 5)))),
                      let x = subjectOfVerb(i, sentence: k, types: [.company], window: 10, excluding: y.entity), x.tokens.upperBound <= i, !drafts[x.entity].isMedia else { continue }
                relate(y.entity, .supplies, .entity(x.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:contract-with.provider-relative", confidence: 0.55)
            }
        }
    }

    /// A hosting firm by its name (`Glacier Hosting`) or the noun before it (`l'hébergeur Y`, `hosting provider Y`).
    private func isHost(_ sl: Slot, sentence k: Int) -> Bool {
        let hostWords: Set<String> = ["hosting", "hebergement", "hebergeur", "colocation", "colo", "host"]
        if fold(displayName(sl.entity)).split(separator: " ").contains(where: { hostWords.contains(String($0)) }) { return true }
        // The descriptor only: the words after the preposition that introduces the name (not `a colocation deal with Y`).
        let lo = sentences[k].tokens.lowerBound
        let before = keys(ordered(max(lo, sl.tokens.lowerBound - 3), sl.tokens.lowerBound))
        let descriptor = before.lastIndex(where: { ["with", "avec", "to", "a", "by", "par", "for", "pour"].contains($0) }).map { Array(before[($0 + 1)...]) } ?? before
        return descriptor.contains { hostWords.contains($0) }
    }
}
