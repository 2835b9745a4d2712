import DossierModel

/// Words that join co-investors to an investment (`alongside X`, `with participation from X and Y`,
/// `aux côtés du fonds X`, `avec la participation de X`).
enum CoInvestorCues {
    static let phrases: [[String]] = Analysis.phrases(["alongside", "along with", "together with", "with participation from", "with participation of",
                                                        "with the participation of", "joined by", "aux cotes de", "aux cotes du", "aux cotes des",
                                                        "avec la participation de", "avec la participation du", "avec la participation des", "rejoint par", "accompagne par", "accompagne de"])
    /// Words allowed between two firms of one list (`X, Y and the fund Z`).
    static let listGlue: Set<String> = [",", "and", "et", "as", "well", "the", "le", "la", "l'", "les", "du", "des", "de", "fund", "funds", "fonds", "group", "groupe"]
    static let clauseBreaks: Set<String> = [".", ";", "which", "who", "that", "qui", "que", "dont", "while", "tandis"]
}

extension Analysis {
    /// `X led the round in Y, with participation from A and B`, `X, aux côtés du fonds A, a investi dans Y`:
    /// the firms joined to an investment or a stake by `alongside` invest in (or hold) the same firm, and so
    /// does the firm the aside follows when the relation was read from the aside's firm.
    func coInvestors() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                guard let p = matchPhrase(CoInvestorCues.phrases, at: i, sentence: k) else { continue }
                let companions = firmList(from: i + p.count, sentence: k)
                guard !companions.isEmpty else { continue }
                let invested = relations.filter { [.investsIn, .owns].contains($0.predicate) && $0.evidence.sentence.start == s.start }
                // The firm the aside follows (`X, alongside A, …`).
                let head: Slot? = i - 1 > s.tokens.lowerBound && tokens[i - 1].key == ","
                    ? slots[k].last(where: { $0.tokens.upperBound == i - 1 && isFirmOrBody($0.entity) && !$0.anaphor }) : nil
                for r in invested {
                    guard case .entity(let y) = r.object, !companions.contains(where: { $0.entity == y }),
                          let ys = slots[k].first(where: { $0.entity == y }) else { continue }
                    if companions.contains(where: { $0.entity == r.subject }) {
                        // The investment was read from the aside's firm: the head invests too.
                        if let h = head, h.entity != y, ys.tokens.lowerBound > i {
                            relate(h.entity, r.predicate, .entity(y), cue: h.tokens.lowerBound..<ys.tokens.upperBound, sentence: k, rule: "rule:co-investor.head", confidence: 0.5)
                        }
                        continue
                    }
                    // The round came first: its investor and its target both stand before the cue, in the same clause.
                    guard let xs = slots[k].first(where: { $0.entity == r.subject }), xs.tokens.upperBound <= i, ys.tokens.upperBound <= i,
                          !keys(ordered(min(xs.tokens.upperBound, ys.tokens.upperBound), i)).contains(where: { CoInvestorCues.clauseBreaks.contains($0) }) else { continue }
                    for c in companions where c.entity != r.subject {
                        relate(c.entity, r.predicate, .entity(y), cue: xs.tokens.lowerBound..<c.tokens.upperBound, sentence: k, rule: "rule:co-investor", confidence: 0.5)
                    }
                }
            }
        }
    }

    /// The firms listed right after `from` (`the fund A, B and C`), stopping at the first other word.
    func firmList(from start: Int, sentence k: Int) -> [Slot] {
        guard let first = slotStarting(at: start, sentence: k, types: [.company, .organization, .person], skip: 2), isFirmOrBody(first.entity) || type(first.entity) == .person else { return [] }
        var list = [first]
        while let last = list.last,
              let next = slots[k].first(where: { $0.tokens.lowerBound >= last.tokens.upperBound && $0.tokens.lowerBound - last.tokens.upperBound <= 4 }),
              isFirmOrBody(next.entity) || type(next.entity) == .person {
            let gap = keys(ordered(last.tokens.upperBound, next.tokens.lowerBound))
            guard gap.contains(where: { [",", "and", "et"].contains($0) }), gap.allSatisfy({ CoInvestorCues.listGlue.contains($0) }) else { break }
            list.append(next)
        }
        return list
    }
}
