import DossierModel

/// The annotation rules give a designated or listed target SANCTIONED_BY each body that imposes the measure
/// (`OFAC a sanctionné X` and `l'OFAC avait procédé à des sanctions à l'encontre de X` alike). The readings
/// relate a target to its measure and a measure to its imposer wherever the text says each; this pass joins
/// the two when the measure is a designation or a list, and the imposer is a body, not a country.
extension Analysis {
    func designatedByImposers() {
        let targets = relations.filter { r in
            guard r.predicate == .subjectTo, [.company, .person].contains(type(r.subject)), case .entity(let measure) = r.object else { return false }
            return isDesignation(measureFoldedInto(measure))
        }
        for r in targets {
            guard case .entity(let measure) = r.object else { continue }
            let at = tokenIndex(atScalar: r.evidence.span.start)
            for body in imposers(of: measureFoldedInto(measure)) where type(body) == .organization && body != r.subject {
                relate(r.subject, .sanctionedBy, .entity(body), cue: at..<(at + 1), sentence: sentenceIndex(ofToken: at),
                       rule: "rule:designated-by.imposer", confidence: 0.5)
            }
        }
    }

    /// A designation (`sanctions contre X`, `added X to its list`) or a list of the lexicon (`SDN List`, `Entity List`);
    /// not an export rule, a ban, a fine or a law.
    private func isDesignation(_ measure: Int) -> Bool {
        drafts[measure].properties["designation"] == .bool(true) || isLexiconList(measure)
    }

    /// A list or programme the lexicon names (`Entity List`, `SDN List`), not a measure the text describes, a ban or a law.
    func isLexiconList(_ measure: Int) -> Bool {
        drafts[measure].descriptiveName == nil && drafts[measure].properties["designation"] != .bool(false)
    }
}
