import DossierModel

/// Facts the article states once for the whole text rather than in the sentence of each actor.
extension Analysis {
    /// A site none of whose sentences places it stands, most likely, in the place the article names
    /// most often (an article about a campus in Lagos mentions Lagos again and again, the campus's own
    /// sentences only `le site`). A place named once, or two places named equally often, say nothing of
    /// the kind: the sentence rules have already judged a lone place (a seat, a venue, a birthplace).
    /// On the read real sets this was right 15 times in 30, so the confidence is low.
    func placeUnplacedSites() {
        let placed = Set(relations.filter { $0.predicate == .locatedIn }.map(\.subject))
        let counts = drafts.indices
            .filter { drafts[$0].type == .location && !drafts[$0].suppressed }
            .map { (place: $0, mentions: drafts[$0].mentions.count) }
            .sorted { $0.mentions > $1.mentions }
        guard let main = counts.first, main.mentions >= 2, main.mentions > (counts.dropFirst().first?.mentions ?? 0) else { return }
        let placeSentences = slots.indices.filter { k in slots[k].contains { $0.entity == main.place } }
        for site in drafts.indices where drafts[site].type == .facility && !drafts[site].suppressed && !placed.contains(site) {
            // The site's mention nearest to one of the place's carries the evidence.
            var nearest: (sentence: Int, slot: Slot, distance: Int)?
            for k in slots.indices where !skip[k] {
                for slot in slots[k] where slot.entity == site {
                    let distance = placeSentences.map { abs($0 - k) }.min() ?? Int.max
                    if nearest == nil || distance < nearest!.distance { nearest = (k, slot, distance) }
                }
            }
            guard let evidence = nearest else { continue }
            relate(site, .locatedIn, .entity(main.place), cue: evidence.slot.tokens, sentence: evidence.sentence,
                   rule: "document:site-main-place", confidence: 0.45)
        }
    }
}
