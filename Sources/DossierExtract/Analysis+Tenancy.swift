import DossierModel

/// Verbs of a tenant taking room in someone else's site (`will colocate 20 MW at Y's data center`,
/// `occupera 35 MW du site de Y`, `agreed to rent space at Y's facility`).
enum TenancyCues {
    static let tenantVerbs: Set<String> = ["colocate", "colocates", "colocating", "occupy", "occupies", "occupying", "rent", "rents", "renting", "rented",
                                           "occupera", "occupe", "occupent", "occuperont", "occuper"]
    /// Nouns of a site when the name finder made no facility of it (`le site de Y`, `Y's campus`).
    static let siteNouns: Set<String> = ["site", "sites", "campus", "facility", "facilities", "building", "batiment", "centre", "center", "installations", "premises", "locaux", "datacenter"]
    static let places: Set<String> = ["at", "in", "inside", "within", "du", "dans", "sur", "au", "de"]
}

extension Analysis {
    /// The tenant's landlord supplies it: the firm that runs the site the tenant moves into.
    func tenancies() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where TenancyCues.tenantVerbs.contains(tokens[i].key) {
                guard let landlord = siteOwner(after: i, sentence: k),
                      let tenant = subjectOfVerb(i, sentence: k, types: [.company], window: 14, excluding: landlord.entity), isFirm(tenant.entity),
                      !keys(ordered(max(s.tokens.lowerBound, i - 4), i)).contains(where: { TradeCues.negations.contains($0) }) else { continue }
                relate(landlord.entity, .supplies, .entity(tenant.entity), cue: i..<landlord.tokens.upperBound, sentence: k, rule: "rule:tenant-of-site", confidence: 0.5)
            }
        }
    }

    /// The firm owning the site named after the verb: the operator of a facility (`at Y's data center`,
    /// `at the Y campus`) or the firm after a site noun (`du site de Y`), in the same clause.
    private func siteOwner(after i: Int, sentence k: Int) -> Slot? {
        let end = min(sentences[k].tokens.upperBound, i + 14)
        for j in i + 1..<end {
            let key = tokens[j].key
            if [".", ";", ",", "which", "qui", "who", "from", "aupres", "to"].contains(key) { return nil }
            guard TenancyCues.places.contains(key) || key == "'s" else { continue }
            // A facility the text gives an operator.
            if let f = slots[k].first(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound - j <= 4 && type($0.entity) == .facility }) {
                let op = relations.first { $0.predicate == .operates && $0.object == .entity(f.entity) && $0.evidence.sentence.start == sentences[k].start }
                if let op, let owner = slots[k].first(where: { $0.entity == op.subject }), isFirm(owner.entity), owner.tokens.lowerBound > i { return owner }
            }
            // `le site de Y`, `the campus of Y`.
            if TenancyCues.siteNouns.contains(key) || j + 1 < end && TenancyCues.siteNouns.contains(tokens[j + 1].key) {
                let noun = TenancyCues.siteNouns.contains(key) ? j : j + 1
                if noun + 1 < end, tokens[noun + 1].isOf,
                   let y = slotStarting(at: noun + 2, sentence: k, types: [.company], skip: 1), isFirm(y.entity) { return y }
            }
        }
        return nil
    }
}
