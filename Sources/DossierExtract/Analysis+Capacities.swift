import DossierModel

extension Analysis {
    /// CAPACITY: a power, hash-rate or compute figure in a sentence that speaks of a facility.
    func capacities(_ k: Int, _ s: Sentence) {
        let caps = ValueReader.capacities(tokens, in: s.tokens)
        guard !caps.isEmpty else { return }
        // Without a site in the sentence, `une capacité de 80 MW` / `a capacity of 1 GW` belongs to the
        // site of the previous sentence.
        let capacityWords: Set<String> = ["capacite", "capacity", "puissance", "power", "consommation", "hashrate", "draw"]
        let previousSite: Int? = Set(keys(s.tokens)).isDisjoint(with: capacityWords) || k == 0 ? nil
            : slots[k - 1].first(where: { type($0.entity) == .facility })?.entity
        for q in caps {
            // `rack densities of up to 130kW`: a figure per rack or per unit is not the site's capacity.
            let lead = keys(ordered(max(s.tokens.lowerBound, q.tokens.lowerBound - 5), q.tokens.lowerBound))
            if lead.contains(where: { ["rack", "racks", "density", "densities", "densite", "densites", "baie", "baies", "per", "chaque", "each"].contains($0) }) { continue }
            let nearest = slots[k].filter({ type($0.entity) == .facility }).min(by: { abs($0.tokens.lowerBound - q.tokens.lowerBound) < abs($1.tokens.lowerBound - q.tokens.lowerBound) })?.entity
            guard let f = nearest ?? previousSite else { continue }
            let literal = ValueReader.capacityLiteral(q)
            var props: [String: Value] = ["value": .double(q.value), "unit": .string(q.unit)]
            if let qual = q.qualifier { props["qualifier"] = .string(qual) }
            relate(f, .capacity, .literal(text: text(q.tokens), normalized: .string(literal)), cue: q.tokens, sentence: k,
                   rule: "rule:capacity", confidence: 0.75, properties: props)
        }
    }
}
