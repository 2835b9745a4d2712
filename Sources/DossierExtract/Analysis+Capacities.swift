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
            if lead.contains(where: { ["rack", "racks", "density", "densities", "densite", "densites", "baie", "baies", "per"].contains($0) }) { continue }
            // `les sites de X et de Y, chacun d'une capacité de 100 MW`: the figure is every site's.
            if keys(ordered(max(s.tokens.lowerBound, q.tokens.lowerBound - 8), q.tokens.lowerBound)).contains(where: { ["chacun", "chacune", "each"].contains($0) }) {
                // Sites described by one noun share its slot: their mentions tell them apart.
                let sites = drafts.indices.filter { e in
                    drafts[e].type == .facility && drafts[e].mentions.contains { sentenceIndex(ofToken: tokenIndex(atScalar: $0.evidence.span.start)) == k }
                }
                guard sites.count >= 2 else { continue }
                for f in sites { relateCapacity(q, to: f, sentence: k) }
                continue
            }
            if lead.contains("chaque") { continue }
            // `operates a 100 MW site and aims for 1 GW`, `vise 1 GW de capacité`: beside a site's own figure, the firm's goal.
            if caps.count > 1, lead.contains(where: { Self.firmGoalWords.contains($0) }) { continue }
            // `X, which has 2 GW of capacity across its sites, opened a 100 MW site`, `qui dispose d'une capacité totale de 2 GW, a
            // ouvert un site de 100 MW`: the firm's whole, beside the figure of the site itself.
            let tail = keys(ordered(q.tokens.upperBound, min(s.tokens.upperBound, q.tokens.upperBound + 5)))
            // (`450 MW across six buildings` stays the campus's: only `across its sites`, `sur l'ensemble de ses sites` is the firm's.)
            if tail.contains(where: { ["across", "ensemble"].contains($0) }) && tail.contains(where: { Self.possessives.contains($0) || $0 == "all" })
                || caps.count > 1 && lead.contains(where: { ["total", "totale", "overall", "globale"].contains($0) }) { continue }
            // `bringing its total capacity to 250 MW`, `portant sa capacité totale à`, `its fleet of 5 EH/s`: the firm's
            // whole, not the site just described.
            if lead.contains(where: { Self.fleetWords.contains($0) })
                || (lead.contains(where: { Self.possessives.contains($0) }) && lead.contains(where: { ["total", "totale", "overall", "globale"].contains($0) || Self.firmWideRateWords.contains($0) })) { continue }
            // `un point presse au siège de X`: an office draws no power of its own.
            let nearest = slots[k].filter({ type($0.entity) == .facility && drafts[$0.entity].properties["kind"] != .string("HEADQUARTERS") })
                .min(by: { abs($0.tokens.lowerBound - q.tokens.lowerBound) < abs($1.tokens.lowerBound - q.tokens.lowerBound) })?.entity
            // `nous visons une capacité de 2 GW`, `aims to reach 5 GW`: a firm's target, not
            // the capacity of the site the previous sentence described.
            let target = lead.contains { Self.capacityTargetWords.contains($0) }
            guard let f = nearest ?? (target ? nil : previousSite) else { continue }
            relateCapacity(q, to: f, sentence: k)
        }
    }

    private func relateCapacity(_ q: Quantity, to f: Int, sentence k: Int) {
        var props: [String: Value] = ["value": .double(q.value), "unit": .string(q.unit)]
        if let qual = q.qualifier { props["qualifier"] = .string(qual) }
        relate(f, .capacity, .literal(text: text(q.tokens), normalized: .string(ValueReader.capacityLiteral(q))), cue: q.tokens, sentence: k,
               rule: "rule:capacity", confidence: 0.75, properties: props)
    }

    /// Words of a firm's whole set of sites.
    static let fleetWords: Set<String> = ["fleet", "portfolio", "portefeuille", "pipeline", "combined", "cumulee", "cumule", "cumulative", "cumulated"]

    /// `lifted its hashrate to 12 EH/s`, `a porté sa puissance de calcul à`: after a possessive, the firm's whole hash rate.
    static let firmWideRateWords: Set<String> = ["hashrate", "hashrates", "hash", "calcul", "installed", "installee", "installe"]

    /// Words of a firm's intent (not `reach`/`atteindre`, which a site's own growth takes too).
    static let firmGoalWords: Set<String> = ["aims", "aim", "vise", "viser", "visons", "visent", "target", "targets", "objectif", "ambition", "goal"]

    static let capacityTargetWords: Set<String> = ["atteindre", "reach", "reaching", "ambition", "objectif", "target", "targets", "goal", "aims", "vise", "viser", "visons", "visent"]
}
