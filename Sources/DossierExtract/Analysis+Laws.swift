import DossierModel

/// Laws and bills named in the text (`the GAIN AI Act`, `CHIPS and Science Act`). The name finder
/// reads them as firms; a law is never one. A law that restricts trade or a country's access
/// (`would require chipmakers to … before exporting to China`) is a Sanction, with the countries it
/// aims at and the firms it binds SUBJECT_TO it; any other law is dropped.
enum LawCues {
    /// Words that make a law a restriction when its sentence says them.
    static let restrictive: Set<String> = [
        "restrict", "restricts", "restricted", "restricting", "ban", "bans", "banned", "bar", "bars", "barred", "prohibit", "prohibits", "block", "blocks",
        "limit", "limits", "curb", "curbs", "require", "requires", "required", "would", "export", "exports", "exporting", "exportation", "exporter",
        "exportations", "interdire", "interdit", "restreindre", "restreint", "limiter", "obliger", "obligerait", "oblige", "imposerait", "sanctions",
        "licence", "license", "controls", "controles",
    ]
    /// Words after which a firm is bound by the law (`require chipmakers such as X`, `obligerait X`).
    static let bindingCues: Set<String> = ["require", "requires", "would", "force", "forces", "obligerait", "oblige", "obligera", "contraindrait", "as", "comme", "notamment"]
    static let toward: Set<String> = ["to", "vers", "a", "against", "contre", "on", "from", "en"]
    /// Words of a prosecution: the people and firms charged with breaking the law are SUBJECT_TO it
    /// (`charged X and his company Y with violating the … Act`, `inculpé X pour violation de l'… Act`).
    static let charges: Set<String> = ["charged", "charges", "indicted", "indictment", "accused", "convicted", "pleaded", "arrested", "sentenced",
                                       "violating", "violation", "violations", "violated", "breaching", "inculpe", "inculpes", "inculpee", "poursuivi",
                                       "poursuivie", "poursuivis", "accuse", "accusee", "accuses", "condamne", "condamnee", "infraction", "arrete", "arretes"]
}

extension Analysis {
    func collectLaws() {
        var firstSlot: [Int: (sentence: Int, slot: Slot)] = [:]
        for (k, ss) in slots.enumerated() where !skip[k] {
            for sl in ss where firstSlot[sl.entity] == nil { firstSlot[sl.entity] = (k, sl) }
        }
        for e in drafts.indices where [.company, .product, .organization].contains(drafts[e].type) && !drafts[e].suppressed && isLawName(displayName(e)) {
            var name = displayName(e)
            // `CHIPS and Science Act`: the name finder cut the title at `and`.
            if let (k, sl) = firstSlot[e], sl.tokens.lowerBound >= 2, tokens[sl.tokens.lowerBound - 1].key == "and",
               let head = slots[k].last(where: { $0.tokens.upperBound == sl.tokens.lowerBound - 1 && $0.entity != e }) {
                name = text(head.tokens.lowerBound..<sl.tokens.upperBound)
                if drafts[head.entity].mentions.count == 1 { drafts[head.entity].suppressed = true }
            }
            let sentencesOf = slots.indices.filter { k in !skip[k] && slots[k].contains { $0.entity == e } }
            let restricts = sentencesOf.contains { k in keys(sentences[k].tokens).contains { LawCues.restrictive.contains($0) } }
            guard restricts else { drafts[e].suppressed = true; continue }
            drafts[e].type = .sanction
            drafts[e].descriptiveName = name
            drafts[e].properties["designation"] = .bool(false)
            for k in sentencesOf {
                guard let at = slots[k].first(where: { $0.entity == e }) else { continue }
                if keys(sentences[k].tokens).contains(where: { LawCues.charges.contains($0) }) {
                    for slot in slots[k] where slot.tokens.upperBound <= at.tokens.lowerBound && [.company, .person].contains(type(slot.entity)) && !drafts[slot.entity].isMedia {
                        relate(slot.entity, .subjectTo, .entity(e), cue: slot.tokens.lowerBound..<at.tokens.upperBound, sentence: k, rule: "rule:law.charged", confidence: 0.5)
                    }
                }
                for slot in slots[k] where slot.entity != e && slot.tokens.lowerBound > at.tokens.upperBound {
                    let lead = keys(ordered(max(at.tokens.upperBound, slot.tokens.lowerBound - 3), slot.tokens.lowerBound))
                    switch type(slot.entity) {
                    case .location where lead.contains(where: { LawCues.toward.contains($0) }):
                        relate(slot.entity, .subjectTo, .entity(e), cue: at.tokens.lowerBound..<slot.tokens.upperBound, sentence: k, rule: "rule:law.country", confidence: 0.5)
                    case .company where !drafts[slot.entity].isMedia && lead.contains(where: { LawCues.bindingCues.contains($0) }):
                        relate(slot.entity, .subjectTo, .entity(e), cue: at.tokens.lowerBound..<slot.tokens.upperBound, sentence: k, rule: "rule:law.bound-firm", confidence: 0.5)
                    default: break
                    }
                }
            }
        }
    }

    /// `GAIN AI Act`, `Export Control Reform Act`: a capitalised title that ends with `Act` (or `Bill`).
    private func isLawName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, let last = words.last, ["Act", "Bill"].contains(String(last)) else { return false }
        return words.dropLast().allSatisfy { $0.first?.isUppercase == true || ["of", "and", "for", "on", "the", "to"].contains($0) }
    }
}
