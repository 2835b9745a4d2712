import DossierModel

/// `X and Y, based in Pyongyang and Beijing respectively`, `X et Y, basés respectivement à Pyongyang et à
/// Pékin`: the n-th name goes with the n-th place. The seat readings pair every name with the nearest
/// place; this pass, run after them, replaces those pairs with the ones the text orders.
enum RespectivelyCues {
    static let words: Set<String> = ["respectively", "respectivement"]
    /// What may stand between two places of the list.
    static let placeGaps: Set<String> = [",", "and", "et", "a", "au", "aux", "en", "in", "the", "la", "le", "l'"]
}

extension Analysis {
    func pairPlacesRespectively() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            guard let cue = s.tokens.first(where: { RespectivelyCues.words.contains(tokens[$0].key) }) else { continue }
            let places = respectivePlaces(around: cue, sentence: k)
            guard places.count >= 2, let firstPlace = places.first else { continue }
            let holders = slots[k].filter { $0.tokens.upperBound <= min(cue, firstPlace.tokens.lowerBound) && !$0.anaphor
                && [.company, .organization, .facility, .person].contains(type($0.entity)) }
            guard holders.count >= places.count else { continue }
            let named = Array(holders.suffix(places.count))
            let holderSet = Set(named.map(\.entity)), placeSet = Set(places.map(\.entity))
            guard holderSet.count == named.count, placeSet.count == places.count else { continue }
            relations.removeAll { r in
                guard r.predicate == .locatedIn, inSentence(r, k), holderSet.contains(r.subject), case .entity(let o) = r.object else { return false }
                return placeSet.contains(o)
            }
            forgetWithdrawnRelations()
            for (h, p) in zip(named, places) {
                relate(h.entity, .locatedIn, .entity(p.entity), cue: h.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:respectively", confidence: 0.6)
            }
        }
    }

    /// The list of places the cue word closes (`in A and B respectively`) or opens (`respectivement à A et à B`).
    private func respectivePlaces(around cue: Int, sentence k: Int) -> [Slot] {
        let locations = slots[k].filter { type($0.entity) == .location && !$0.anaphor }
        func gapOK(_ a: Int, _ b: Int) -> Bool { a <= b && keys(ordered(a, b)).allSatisfy { RespectivelyCues.placeGaps.contains($0) } }
        // After the cue.
        var after: [Slot] = []
        var at = cue + 1
        for p in locations where p.tokens.lowerBound >= at {
            guard gapOK(at, p.tokens.lowerBound), p.tokens.lowerBound - at <= 2 else { break }
            after.append(p)
            at = p.tokens.upperBound
        }
        if after.count >= 2 { return after }
        // Before the cue.
        var before: [Slot] = []
        var upTo = cue
        for p in locations.reversed() where p.tokens.upperBound <= upTo {
            guard gapOK(p.tokens.upperBound, upTo), upTo - p.tokens.upperBound <= 2 else { break }
            before.insert(p, at: 0)
            upTo = p.tokens.lowerBound
        }
        return before
    }
}
