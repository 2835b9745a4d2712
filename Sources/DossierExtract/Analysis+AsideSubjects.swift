import DossierModel

extension Analysis {
    /// `Plexum, a subsidiary of Japanese group Harumi, supplies servers to Delcrest`, `Trivane, filiale du
    /// groupe Delvaux, va ouvrir un centre`, `Hexalis, soutenue par le fonds X, exploite une ferme`,
    /// `Harrow, which Teldin acquired in 2021, sells robots to Y`: a firm inside an aside that describes the
    /// head is no party of the clause around it. A firm relation read from it to something after the
    /// aside belongs to the head (dropped when the head already has it); one read from a firm after the
    /// aside to it is dropped.
    func asideFirmsAreNoSubjects() {
        let firmPredicates: Set<DossierModel.Predicate> = [.supplies, .operates, .owns, .investsIn, .partnerOf, .subsidiaryOf]
        var moves: [(index: Int, head: Slot, object: Slot, sentence: Int)] = []
        var drops: Set<Int> = []
        for (n, r) in relations.enumerated() where firmPredicates.contains(r.predicate) {
            guard case .entity(let o) = r.object, let k = sentences.firstIndex(where: { $0.start == r.evidence.sentence.start }) else { continue }
            let subjects = slots[k].filter { $0.entity == r.subject }, objects = slots[k].filter { $0.entity == o }
            guard subjects.count == 1, let y = subjects.first, !y.anaphor, let object = objects.first else { continue }
            if let aside = aside(around: y, sentence: k), aside.head.entity != o,
               // The object stands after the aside: what the aside itself says (`soutenue par Y`, `Japanese`) stays.
               objects.allSatisfy({ $0.tokens.lowerBound > aside.close }) {
                moves.append((n, aside.head, object, k))
            } else if objects.count == 1, let aside = aside(around: object, sentence: k), aside.relative, y.tokens.lowerBound > aside.close {
                drops.insert(n)
            }
        }
        guard !moves.isEmpty || !drops.isEmpty else { return }
        let moved = moves.map { (relations[$0.index], $0) }
        let dropped = drops.union(moves.map(\.index))
        relations = relations.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        for (r, m) in moved {
            relate(m.head.entity, r.predicate, r.object, cue: m.head.tokens.lowerBound..<m.object.tokens.upperBound, sentence: m.sentence,
                   rule: r.evidence.extractor + "+aside-head", confidence: r.evidence.confidence, properties: r.properties)
        }
    }

    /// The aside around `y` and the firm it describes: `X, a unit of Y,` / `X, filiale du groupe Y,` /
    /// `X, backed by Y,` (a complement marker inside, a comma right after `y`) or a relative `X, which Y
    /// acquired in 2021,` / `X, que Y a rachetée,` (closed by the next comma). The clause must go on after
    /// it (`, supplies`, `, va ouvrir`), not into a second aside (`, la filiale de Z`).
    private func aside(around y: Slot, sentence k: Int) -> (head: Slot, close: Int, relative: Bool)? {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        guard let open = (max(lo, y.tokens.lowerBound - 10)..<y.tokens.lowerBound).last(where: { [",", ";", ".", "(", ")"].contains(tokens[$0].key) }),
              tokens[open].key == ",", open + 1 < end else { return nil }
        let relative = ["which", "que", "qu'", "whom"].contains(tokens[open + 1].key)
        let close: Int
        if relative {
            guard let c = (y.tokens.upperBound..<min(end, y.tokens.upperBound + 8)).first(where: { [",", ".", ";"].contains(tokens[$0].key) }), tokens[c].key == "," else { return nil }
            close = c
        } else {
            guard y.tokens.upperBound < end, tokens[y.tokens.upperBound].key == ",",
                  (open + 1..<y.tokens.lowerBound).contains(where: { ["of", "de", "du", "d'", "by", "par"].contains(tokens[$0].key) }) else { return nil }
            close = y.tokens.upperBound
        }
        guard close + 1 < end, !Self.articles.contains(tokens[close + 1].key), !tokens[close + 1].isNameLike,
              !slots[k].contains(where: { $0.tokens.lowerBound > open && $0.tokens.upperBound <= y.tokens.lowerBound && isFirmOrBody($0.entity) }),
              let head = slots[k].last(where: { $0.tokens.upperBound == open && !$0.anaphor }), isFirm(head.entity), head.entity != y.entity else { return nil }
        return (head, close, relative)
    }
}
