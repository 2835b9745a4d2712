import DossierModel

/// Targets named in the sentences after a measure: `Also designated were two executives of X: its
/// chairman, Y, …`, `Parmi les nouvelles cibles figure X`, `La liste vise également X et son
/// fondateur Y`. They are subject to the last measure described (within three sentences) and,
/// for a list or designation, designated by its imposers.
enum SanctionTargetCues {
    static let listedWords: Set<String> = ["designated", "listed", "sanctioned", "targeted", "added", "named", "blacklisted", "designes", "designees", "designee", "designe",
                                           "sanctionne", "sanctionnee", "sanctionnes", "sanctionnees", "vise", "visee", "vises", "visees", "inscrit", "inscrite", "inscrits",
                                           "inscrites", "cibles", "cible", "targets", "target", "vises", "frappe", "frappes", "frappees"]
    static let continuation: Set<String> = ["also", "egalement", "aussi", "among", "parmi", "were", "was", "figure", "figurent", "includes", "include", "including", "further", "outre", "meme"]
}

extension Analysis {
    func carriedSanctionTargets() {
        var last: (sanction: Int, sentence: Int)? = nil
        for (k, s) in sentences.enumerated() where !skip[k] {
            if let sl = slots[k].last(where: { type($0.entity) == .sanction }) {
                last = (sl.entity, k)
                continue
            }
            guard let (sanction, at) = last, k - at <= 3 else { continue }
            let ks = keys(s.tokens)
            let listCue = has(ks, "la liste vise") || has(ks, "the list") || has(ks, "le paquet") || has(ks, "the package")
            guard ks.contains(where: { SanctionTargetCues.listedWords.contains($0) }) && ks.contains(where: { SanctionTargetCues.continuation.contains($0) }) || listCue else { continue }
            let imposers = relations.filter { $0.subject == sanction && $0.predicate == .imposedBy }.compactMap { r -> Int? in
                if case .entity(let o) = r.object { return o } else { return nil }
            }
            let designation = relations.contains { $0.predicate == .sanctionedBy && $0.evidence.sentence.start == sentences[at].start }
                || ["list", "liste", "designation", "sdn", "entity", "paquet", "package", "noire"].contains { fold(displayName(sanction)).contains($0) }
            for t in slots[k] where [.company, .person].contains(type(t.entity)) && !t.anaphor && !drafts[t.entity].isMedia && !isComplement(t, sentence: k) {
                relate(t.entity, .subjectTo, .entity(sanction), cue: t.tokens, sentence: k, rule: "frame:sanction.carried-target", confidence: 0.45)
                if designation {
                    for o in imposers { relate(t.entity, .sanctionedBy, .entity(o), cue: t.tokens, sentence: k, rule: "frame:sanction.carried-listed", confidence: 0.4) }
                }
            }
        }
    }
}
