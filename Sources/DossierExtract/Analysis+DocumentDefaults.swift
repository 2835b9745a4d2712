import DossierModel

/// Facts the article states once for the whole text rather than in the sentence of each actor.
extension Analysis {
    /// A site none of whose sentences places it stands, most likely, in the place the article names
    /// most often (an article about a campus in Lagos mentions Lagos again and again, the campus's own
    /// sentences only `le site`). A place named once, or two places named equally often, say nothing of
    /// the kind: the sentence rules have already judged a lone place (a seat, a venue, a birthplace).
    /// Labelled with the scorer's matching it is right 12 times in 29 on the read real sets and 8 in 24
    /// on the never-read ones, hence the low confidence.
    func placeUnplacedSites() {
        let placed = Set(relations.filter { $0.predicate == .locatedIn }.map(\.subject))
        let counts = drafts.indices
            .filter { drafts[$0].type == .location && !drafts[$0].suppressed }
            .map { (place: $0, mentions: drafts[$0].mentions.count) }
            .sorted { $0.mentions > $1.mentions }
        guard let main = counts.first, main.mentions >= 2, main.mentions > (counts.dropFirst().first?.mentions ?? 0) else { return }
        // Distance from each sentence to the nearest one naming the place, and each site's mentions, in
        // one pass each, so that a long text with many sites stays linear.
        let named = slots.map { sentence in sentence.contains { $0.entity == main.place } }
        var distance = [Int](repeating: Int.max, count: slots.count)
        var gap = Int.max
        for k in slots.indices {
            gap = named[k] ? 0 : (gap == Int.max ? gap : gap + 1)
            distance[k] = gap
        }
        gap = Int.max
        for k in slots.indices.reversed() {
            gap = named[k] ? 0 : (gap == Int.max ? gap : gap + 1)
            distance[k] = min(distance[k], gap)
        }
        var nearest: [Int: (sentence: Int, slot: Slot)] = [:]
        for k in slots.indices where !skip[k] {
            for slot in slots[k] where drafts[slot.entity].type == .facility && !placed.contains(slot.entity) {
                // The site's mention nearest to one of the place's carries the evidence.
                if let known = nearest[slot.entity], distance[known.sentence] <= distance[k] { continue }
                nearest[slot.entity] = (k, slot)
            }
        }
        for (site, evidence) in nearest.sorted(by: { $0.key < $1.key }) where !drafts[site].suppressed {
            relate(site, .locatedIn, .entity(main.place), cue: evidence.slot.tokens, sentence: evidence.sentence,
                   rule: "document:site-main-place", confidence: 0.45)
        }
    }

    /// A measure no sentence gives a target (`the sanctions`, `les nouvelles restrictions`) is aimed,
    /// most likely, at the firm or person the article names most often, if named at least twice (an
    /// actor named once has been judged by the rules of its one sentence: `X could face sanctions`).
    /// Countries are left out: the country an article names most is as often the one imposing the
    /// measures (`the United States, the United Kingdom and Australia imposed …`). Media are only sources.
    /// Among actors named equally often the first one wins. Right 6 times in 25 on the read real sets
    /// and 6 in 13 on the never-read ones.
    func aimUntargetedMeasures() {
        let aimed = Set(relations.compactMap { r -> Int? in
            guard r.predicate == .subjectTo, case .entity(let o) = r.object else { return nil }
            return o
        })
        let actors = drafts.indices.filter { !drafts[$0].suppressed && !drafts[$0].isMedia && [.company, .person].contains(drafts[$0].type) }
        guard let main = actors.max(by: { drafts[$0].mentions.count < drafts[$1].mentions.count }), drafts[main].mentions.count >= 2 else { return }
        for k in slots.indices where !skip[k] {
            // (`oil sold above the price cap`: a regime cited in passing is aimed at no one in this article.)
            for m in slots[k] where drafts[m.entity].type == .sanction && !drafts[m.entity].suppressed && !aimed.contains(m.entity) && !isCitedRegime(m, sentence: k) {
                relate(main, .subjectTo, .entity(m.entity), cue: m.tokens, sentence: k, rule: "document:measure-main-actor", confidence: 0.35)
            }
        }
    }
}
