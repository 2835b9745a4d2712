import DossierModel

/// Owners and parents named in apposition the way press wires write them: `X, propriétaire du club
/// londonien Y`, `X, the owner of Y`, `Y, l'unité d'informatique en nuage de X`, `X (groupe Y)`.
enum OwnerCues {
    static let ownerNouns: Set<String> = ["proprietaire", "proprietaires", "coproprietaire", "co-proprietaire", "owner", "owners", "co-owner", "coowner"]
    static let unitNouns: Set<String> = ["unite", "filiale", "division", "branche", "entite", "unit", "arm"]
    static let ownershipNouns: Set<String> = ["ownership", "propriete"]
    static let belongVerbs: Set<String> = ["appartient", "appartenait", "appartiennent", "belongs", "belonged"]
    static let groupWords: Set<String> = ["groupe", "group"]
}

extension Analysis {
    func collectOwnerAppositions() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if OwnerCues.ownerNouns.contains(key) { ownerInApposition(noun: i, sentence: k) }
                if OwnerCues.unitNouns.contains(key) { unitOfDescribedParent(noun: i, sentence: k) }
                if key == "(" { groupInParentheses(open: i, sentence: k) }
                if OwnerCues.ownershipNouns.contains(key) { ownershipKept(noun: i, sentence: k) }
                if OwnerCues.belongVerbs.contains(key) { belongsToNamed(verb: i, sentence: k) }
            }
        }
    }

    /// The name a noun phrase in apposition describes: `X, [le|the] [adjective] ▸noun`.
    private func appositionSubject(before i: Int, sentence k: Int, types: Set<EntityType>) -> Slot? {
        let lo = sentences[k].tokens.lowerBound
        var j = i - 1
        while j > lo, i - j <= 3, Self.articles.contains(tokens[j].key) || tokens[j].kind == .word && !tokens[j].isNameLike && tokens[j].key != "," { j -= 1 }
        guard j > lo, tokens[j].key == "," else { return nil }
        return slots[k].last { $0.tokens.upperBound == j && !$0.anaphor && types.contains(type($0.entity)) }
    }

    /// The name a complement opens on after `de / of` at `i`, past up to four lower-case words that
    /// may hold another `de` (`du club londonien de ▸Y`, `d'informatique en nuage d'▸Y`).
    private func describedComplement(after i: Int, sentence k: Int, types: Set<EntityType>, reach: Int = 5) -> Slot? {
        let end = sentences[k].tokens.upperBound
        var j = i, words = 0
        while j < end, words <= reach {
            // (A facility taken up, `the project`, `le site`, stands for the named one.)
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) { return types.contains(type(sl.entity)) && (!sl.anaphor || type(sl.entity) == .facility) ? sl : nil }
            let t = tokens[j]
            guard t.kind == .word, !t.isNameLike || Self.articles.contains(t.key),
                  !["qui", "que", "dont", "which", "who", "that", "et", "and", "is", "est", "a", "has", "par", "by"].contains(t.key) else { return nil }
            if !Self.articles.contains(t.key) { words += 1 }
            j += 1
        }
        return nil
    }

    /// `X, propriétaire du club londonien de Y`, `X, the owner of Y`: X holds Y.
    private func ownerInApposition(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, ["de", "du", "d'", "des", "of"].contains(tokens[i + 1].key),
              let owner = appositionSubject(before: i, sentence: k, types: [.person, .company]),
              type(owner.entity) == .person || isFirm(owner.entity),
              let owned = describedComplement(after: i + 2, sentence: k, types: [.company, .facility]), owned.entity != owner.entity else { return }
        relate(owner.entity, .owns, .entity(owned.entity), cue: owner.tokens.lowerBound..<owned.tokens.upperBound, sentence: k, rule: "rule:apposition.owner-of", confidence: 0.6)
    }

    /// `Y, l'unité d'informatique en nuage de X`, `Y, la filiale de paiement de X`: a unit described before
    /// the parent's name.
    private func unitOfDescribedParent(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, tokens[i + 1].isOf,
              let child = appositionSubject(before: i, sentence: k, types: [.company, .organization]), isFirmOrBody(child.entity),
              let parent = describedComplement(after: i + 2, sentence: k, types: [.company, .organization]), isFirmOrBody(parent.entity), parent.entity != child.entity,
              // The last word before the parent is its preposition (`… d'▸Norvane`).
              tokens[parent.tokens.lowerBound - 1].isOf else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: child.tokens.lowerBound..<parent.tokens.upperBound, sentence: k, rule: "rule:apposition.unit-of", confidence: 0.6)
    }

    /// `Ovane (groupe Les Tilleuls)`, `Kestrel (Harmon Group)`: the group in parentheses is the parent.
    private func groupInParentheses(open i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let child = slots[k].last(where: { $0.tokens.upperBound == i && !$0.anaphor }), isFirm(child.entity) else { return }
        var j = i + 1
        let lowerGroup = j < end && tokens[j].key == "groupe" && !tokens[j].isNameLike
        if lowerGroup { j += 1 }
        guard let parent = slots[k].first(where: { $0.tokens.lowerBound == j && !$0.anaphor }), isFirm(parent.entity), parent.entity != child.entity,
              parent.tokens.upperBound < end, tokens[parent.tokens.upperBound].key == ")" else { return }
        // The group word must be said: before the name, or as its first or last word.
        let named = keys(parent.tokens)
        guard lowerGroup || OwnerCues.groupWords.contains(named.first ?? "") || OwnerCues.groupWords.contains(named.last ?? "") else { return }
        relate(child.entity, .subsidiaryOf, .entity(parent.entity), cue: child.tokens.lowerBound..<(parent.tokens.upperBound + 1), sentence: k, rule: "rule:group-in-parentheses", confidence: 0.55)
    }

    /// `X will retain full ownership of the project`, `X conserve la pleine propriété du site`: the subject holds it.
    private func ownershipKept(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound, lo = sentences[k].tokens.lowerBound
        let verbs: Set<String> = ["retain", "retains", "retained", "keep", "keeps", "kept", "hold", "holds", "held", "take", "takes", "took", "assume", "assumes", "assumed",
                                  "conserve", "conserver", "conservera", "garde", "garder", "gardera", "detient", "prend", "pris", "acquiert"]
        guard i + 1 < end, tokens[i + 1].isOf,
              let verb = (max(lo, i - 4)..<i).last(where: { verbs.contains(tokens[$0].key) }),
              keys(ordered(verb + 1, i)).allSatisfy({ Self.articles.contains($0) || ["full", "sole", "entire", "pleine", "entiere", "seule"].contains($0) }),
              let owned = describedComplement(after: i + 2, sentence: k, types: [.company, .facility]),
              let owner = subjectOfVerb(verb, sentence: k, types: [.company, .person, .organization], excluding: owned.entity), owner.entity != owned.entity,
              type(owner.entity) == .person || isFirmOrBody(owner.entity) else { return }
        relate(owner.entity, .owns, .entity(owned.entity), cue: owner.tokens.lowerBound..<owned.tokens.upperBound, sentence: k, rule: "rule:ownership-kept", confidence: 0.55)
    }

    /// `X appartient au groupe Y`, `X belongs to the conglomerate Y`: a firm belonging to a firm is its subsidiary;
    /// one belonging to a person is that person's holding. (`appartient à 40 % à Y` is a share, read by the holdings.)
    private func belongsToNamed(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard i + 1 < end, ["a", "au", "aux", "to"].contains(tokens[i + 1].key),
              let owner = partyAfter(i + 2, sentence: k, types: [.company, .organization, .person], reach: 4), !owner.anaphor,
              let held = subjectOfVerb(i, sentence: k, types: [.company, .facility], excluding: owner.entity), held.entity != owner.entity else { return }
        if type(owner.entity) == .person || type(held.entity) == .facility {
            relate(owner.entity, .owns, .entity(held.entity), cue: held.tokens.lowerBound..<owner.tokens.upperBound, sentence: k, rule: "rule:belongs-to", confidence: 0.55)
        } else if isFirm(held.entity), isFirmOrBody(owner.entity) {
            relate(held.entity, .subsidiaryOf, .entity(owner.entity), cue: held.tokens.lowerBound..<owner.tokens.upperBound, sentence: k, rule: "rule:belongs-to", confidence: 0.55)
        }
    }
}
