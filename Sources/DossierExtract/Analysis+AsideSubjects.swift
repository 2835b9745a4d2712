import DossierModel

extension Analysis {
    /// `Plexum, a subsidiary of Japanese group Harumi, supplies servers to Delcrest`, `Trivane, filiale du
    /// groupe Delvaux, va ouvrir un centre`, `Hexalis, soutenue par le fonds X, exploite une ferme`: the
    /// firm closing an aside that describes the head is no subject of the verb after it. A firm
    /// relation read from it to something after the aside belongs to the head (dropped when the head
    /// already has it).
    func asideFirmsAreNoSubjects() {
        let firmPredicates: Set<DossierModel.Predicate> = [.supplies, .operates, .owns, .investsIn, .partnerOf, .subsidiaryOf]
        var moves: [(index: Int, head: Slot, object: Slot, sentence: Int)] = []
        for (n, r) in relations.enumerated() where firmPredicates.contains(r.predicate) {
            guard case .entity(let o) = r.object, let k = sentences.firstIndex(where: { $0.start == r.evidence.sentence.start }) else { continue }
            let inSentence = slots[k].filter { $0.entity == r.subject }
            guard inSentence.count == 1, let y = inSentence.first, !y.anaphor, let head = asideHeadBefore(y, sentence: k), head.entity != o,
                  // The object stands after the aside: what the aside itself says (`soutenue par Y`, `Japanese`) stays.
                  let object = slots[k].first(where: { $0.entity == o && $0.tokens.lowerBound > y.tokens.upperBound }),
                  !slots[k].contains(where: { $0.entity == o && $0.tokens.upperBound <= y.tokens.lowerBound }) else { continue }
            moves.append((n, head, object, k))
        }
        guard !moves.isEmpty else { return }
        let moved = moves.map { (relations[$0.index], $0) }
        let dropped = Set(moves.map(\.index))
        relations = relations.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        for (r, m) in moved {
            relate(m.head.entity, r.predicate, r.object, cue: m.head.tokens.lowerBound..<m.object.tokens.upperBound, sentence: m.sentence,
                   rule: r.evidence.extractor + "+aside-head", confidence: r.evidence.confidence, properties: r.properties)
        }
    }

    /// The firm heading the aside that `y` closes: `X, a unit of Y,` / `X, filiale du groupe Y,` /
    /// `X, backed by Y,` — a comma right after `y`, a complement marker (`of`, `de`, `par`, `by`) inside the
    /// aside and the head right before its opening comma.
    private func asideHeadBefore(_ y: Slot, sentence k: Int) -> Slot? {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        // The clause goes on after the aside (`, supplies`, `, va ouvrir`), not into a second aside (`, la filiale de Z`).
        guard y.tokens.upperBound + 1 < end, tokens[y.tokens.upperBound].key == ",", !Self.articles.contains(tokens[y.tokens.upperBound + 1].key),
              !tokens[y.tokens.upperBound + 1].isNameLike,
              let open = (max(lo, y.tokens.lowerBound - 10)..<y.tokens.lowerBound).last(where: { [",", ";", ".", "(", ")"].contains(tokens[$0].key) }),
              tokens[open].key == ",",
              (open + 1..<y.tokens.lowerBound).contains(where: { ["of", "de", "du", "d'", "by", "par"].contains(tokens[$0].key) }),
              !slots[k].contains(where: { $0.tokens.lowerBound > open && $0.tokens.upperBound <= y.tokens.lowerBound && isFirmOrBody($0.entity) }),
              let head = slots[k].last(where: { $0.tokens.upperBound == open && !$0.anaphor }), isFirm(head.entity), head.entity != y.entity else { return nil }
        return head
    }
}
