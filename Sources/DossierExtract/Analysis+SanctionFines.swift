import DossierModel

extension Analysis {
    static let fineVerbs: Set<String> = ["fined", "fines", "penalised", "penalized"]
    /// Words that make a fine a sanctions or export-control penalty rather than an ordinary one.
    static let breachContext: Set<String> = ["sanctions", "sanction", "embargo", "export", "exports", "exporting", "sanctioned", "listed", "designated", "blacklisted", "sanctionnee", "sanctionne"]

    /// `OFSI fined X £300,000 for breaching Russia sanctions`: a body's fine for breaking sanctions or export
    /// controls is a penalty measure, with the fined firm or person SUBJECT_TO it. An ordinary fine (`the regulator
    /// fined X for failures in its anti-money-laundering controls`) is no Sanction under the schema and is left alone.
    func sanctionsFine(at i: Int, sentence k: Int) -> Int? {
        let s = sentences[k]
        guard let org = imposer(before: i, sentence: k).org, i - (slots[k].last { $0.entity == org }?.tokens.upperBound ?? i) <= 4,
              let target = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 2 }),
              [.company, .person].contains(type(target.entity)), !drafts[target.entity].isMedia,
              !Set(keys(ordered(target.tokens.upperBound, s.tokens.upperBound))).isDisjoint(with: Self.breachContext) else { return nil }
        let fr = language == "fr"
        let by = shortName(org), firm = displayName(target.entity)
        var draft = EntityDraft(type: .sanction, strength: 2)
        draft.descriptiveName = fr ? "amende de \(by) contre \(firm)" : "\(by) penalty on \(firm)"
        draft.extraAliases = fr ? ["\(by) penalty on \(firm)"] : ["amende de \(by) contre \(firm)", "\(by) fine on \(firm)"]
        draft.properties["designation"] = .bool(false)
        if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:fine-verb", confidence: 0.6)
        relate(target.entity, .subjectTo, .entity(sanction), cue: i..<target.tokens.upperBound, sentence: k, rule: "rule:fine.target", confidence: 0.6)
        relate(sanction, .imposedBy, .entity(org), cue: i..<(i + 1), sentence: k, rule: "rule:fine.imposer", confidence: 0.6)
        return target.tokens.upperBound
    }
}
