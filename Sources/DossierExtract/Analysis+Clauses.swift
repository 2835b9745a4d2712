import DossierModel

/// Clause-level helpers shared by the sentence rules of `Analysis+Roles`, `Analysis+Holdings`,
/// `Analysis+Places` and `Analysis+Trade`: who a clause is about when appositions, genitives
/// and parentheses sit between the arguments.
extension Analysis {
    static let articles: Set<String> = ["la", "le", "l'", "les", "the", "a", "an", "un", "une", "des"]
    /// Words before a name that make it a complement, not the subject of the clause
    /// (`filiale du fonds X`, `alimenté par X`, `with X`).
    static let complementMarkers: Set<String> = ["de", "du", "d'", "des", "of", "by", "par", "with", "avec", "from", "to", "a", "au", "aux", "for", "pour", "in", "en", "dans", "on", "sur", "chez", "at", "aupres", "selon", "according", "vers", "than"]

    /// Is this name a complement (after `de/par/with…`, through articles and up to two
    /// descriptive words) or inside parentheses?
    func isComplement(_ sl: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        var i = sl.tokens.lowerBound - 1
        var words = 0
        while i >= lo, words <= 3 {
            let key = tokens[i].key
            if key == "(" { return true }
            // French `a` is `à` right before the name, but the auxiliary in `a rapporté que X`.
            if Self.complementMarkers.contains(key) && !(key == "a" && words > 0) { return true }
            if key == "," || key == "—" || key == "–" || key == ":" || key == ";" { return false }
            if !Self.articles.contains(key) { words += 1 }
            if tokens[i].isNameLike && !Self.articles.contains(key) && words > 1 { return false }
            i -= 1
        }
        return false
    }

    /// The firm or body a clause before token `i` is about: the nearest name of the given types
    /// that is not a complement, searched back at most `window` tokens in the sentence.
    func clauseSubject(before i: Int, sentence k: Int, types: Set<EntityType>, window: Int = 20, excluding: Int? = nil) -> Slot? {
        let lo = max(sentences[k].tokens.lowerBound, i - window)
        let candidates = slots[k].filter { $0.tokens.upperBound <= i && $0.tokens.lowerBound >= lo && types.contains(type($0.entity)) && $0.entity != excluding && !drafts[$0.entity].isMedia }
        // `X, qui gère …`: a relative pronoun right before the verb points at the name before it.
        let rel = (max(lo, i - 3)..<i).last { ["qui", "who", "which", "that"].contains(tokens[$0].key) }
        if let r = rel, let antecedent = candidates.last(where: { $0.tokens.upperBound == r || ($0.tokens.upperBound == r - 1 && tokens[r - 1].key == ",") }) { return antecedent }
        return candidates.last { !isComplement($0, sentence: k) && !insideRelativeClause($0, closedBefore: i, sentence: k) }
    }

    /// `Volozh, who co-founded Yandex in 1997, had been placed…`: a name inside a relative clause that is
    /// closed before `i` is not the subject of what follows.
    func insideRelativeClause(_ sl: Slot, closedBefore i: Int, sentence k: Int) -> Bool {
        let lo = max(sentences[k].tokens.lowerBound, sl.tokens.lowerBound - 6)
        guard let rel = (lo..<sl.tokens.lowerBound).last(where: { ["who", "which", "qui", "dont", "whose"].contains(tokens[$0].key) }),
              rel > sentences[k].tokens.lowerBound, tokens[rel - 1].key == "," else { return false }
        return (sl.tokens.upperBound..<i).contains { tokens[$0].key == "," }
    }

    /// The nearest name before token `i` that is not an agent (`par X`, `by X`) or a parenthesis:
    /// what a participle such as `chaired by` describes (`G42, the … group chaired by`).
    func describedBefore(_ i: Int, sentence k: Int, types: Set<EntityType>, window: Int = 16) -> Slot? {
        let lo = max(sentences[k].tokens.lowerBound, i - window)
        return slots[k].last { sl in
            guard sl.tokens.upperBound <= i, sl.tokens.lowerBound >= lo, types.contains(type(sl.entity)), !drafts[sl.entity].isMedia else { return false }
            // Back over articles and up to two lower-case descriptors (`par le groupe X`, `by the fund X`).
            var j = sl.tokens.lowerBound - 1, words = 0
            while j >= sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || words < 2 && tokens[j].kind == .word && !tokens[j].isNameLike && !["par", "by"].contains(tokens[j].key) {
                if !Self.articles.contains(tokens[j].key) { words += 1 }
                j -= 1
            }
            return j < sentences[k].tokens.lowerBound || !["par", "by", "("].contains(tokens[j].key)
        }
    }

    /// After a name, skips one apposition (`, a former president of Intel,` / `, basé à Abou Dhabi,`)
    /// and returns the index where the clause goes on.
    func afterApposition(_ i: Int, sentence k: Int, maxLength: Int = 14) -> Int {
        let end = sentences[k].tokens.upperBound
        guard i < end, tokens[i].key == "," else { return i }
        var j = i + 1
        while j < end, j - i <= maxLength {
            let key = tokens[j].key
            if key == "," { return j + 1 }
            if key == "." || key == ";" || ["who", "qui", "which", "that", "and", "et"].contains(key) { return i }
            j += 1
        }
        return i
    }

    /// Words that join the members of a list: `X, Y and Z`, `X ou Y`, `X ainsi que Y`, `X as well as Y`.
    static let listJoiners: Set<String> = [",", "and", "et", "&", "or", "ou", "ainsi", "que", "as", "well"]

    /// Does this gap between two names join them into one list? Only list words, or — with
    /// `descriptors` — a list word and a short verbless descriptor of the next name (`and the engineer B`,
    /// `, la banque publique C`); a possessive starts another phrase (`, and its general director, Y`).
    func joinsList(_ gap: [String], descriptors: Bool) -> Bool {
        if !gap.isEmpty, gap.count <= 3, gap.allSatisfy({ Self.listJoiners.contains($0) }), gap != ["as"], gap != ["que"] { return true }
        return descriptors && isDescriptorGap(gap) && !gap.contains(where: { Self.possessives.contains($0) })
    }

    /// The names coordinated after `first` that `accepts` takes, each joined to the one before by
    /// `joinsList`.
    func coordinated(after first: Slot, sentence k: Int, descriptors: Bool, accepts: (Slot) -> Bool) -> [Slot] {
        var out: [Slot] = [], last = first
        while let next = slots[k].first(where: { $0.tokens.lowerBound >= last.tokens.upperBound && $0.tokens.lowerBound > last.tokens.lowerBound && !$0.anaphor }),
              accepts(next), joinsList(keys(ordered(last.tokens.upperBound, next.tokens.lowerBound)), descriptors: descriptors) {
            out.append(next); last = next
        }
        return out
    }

    /// The first slot of the given types starting at token `i` (after articles and at most
    /// `skip` other words).
    func slotStarting(at i: Int, sentence k: Int, types: Set<EntityType>, skip: Int = 0, passingSeats: Bool = false) -> Slot? {
        var j = i, skipped = 0
        let end = sentences[k].tokens.upperBound
        while j < end {
            if let sl = slots[k].first(where: { $0.tokens.lowerBound == j }) {
                // `from China-based X`: where the party is based describes it.
                if passingSeats, type(sl.entity) == .location, sl.tokens.upperBound + 1 < end, tokens[sl.tokens.upperBound].text == "-",
                   PlaceCues.hyphenSeat.contains(tokens[sl.tokens.upperBound + 1].key) { j = sl.tokens.upperBound + 2; continue }
                return types.contains(type(sl.entity)) ? sl : nil
            }
            // A comma, stop or bracket ends the phrase (`the Boston-based startup, and Y`).
            if [",", ".", ";", ":", "(", ")", "—", "–"].contains(tokens[j].key) { return nil }
            if !Self.articles.contains(tokens[j].key) {
                skipped += 1
                if skipped > skip { return nil }
            }
            j += 1
        }
        return nil
    }

    /// Does the phrase (folded keys separated by spaces) start at token `i`?
    func phrase(_ p: [String], at i: Int, sentence k: Int) -> Bool {
        guard i >= sentences[k].tokens.lowerBound, i + p.count <= sentences[k].tokens.upperBound else { return false }
        for (n, w) in p.enumerated() where tokens[i + n].key != w { return false }
        return true
    }

    /// The first of `phrases` that starts at token `i`, longest first.
    func matchPhrase(_ phrases: [[String]], at i: Int, sentence k: Int) -> [String]? {
        phrases.filter { phrase($0, at: i, sentence: k) }.max { $0.count < $1.count }
    }

    /// Is the name inside an aside between dashes (`Rumble — dont Tether est actionnaire — a proposé`)?
    func insideDashes(_ sl: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound, hi = sentences[k].tokens.upperBound
        let dashes: Set<String> = ["—", "–"]
        let before = (lo..<sl.tokens.lowerBound).filter { dashes.contains(tokens[$0].text) }.count
        let after = (sl.tokens.upperBound..<hi).contains { dashes.contains(tokens[$0].text) }
        return before % 2 == 1 && after
    }

    func isFirmOrBody(_ e: Int) -> Bool { [.company, .organization].contains(type(e)) && !drafts[e].isMedia }

    static func phrases(_ list: [String]) -> [[String]] { list.map { $0.split(separator: " ").map(String.init) } }
}
