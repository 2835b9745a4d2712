import DossierModel

/// Sanctions stated before the name they qualify: a fronted participle clause (`Blacklisted by the
/// Treasury in 2023, X has …`, `Frappée par les sanctions américaines, X a dû …`) and a compound
/// adjective (`sanctions-hit X`).
enum FrontedSanctionCues {
    /// Participles and prepositions that tie their subject to a measure named in the same clause
    /// (`Listed in Hong Kong, X …` names no measure and is left alone).
    static let tiedWords: Set<String> = ["designated", "listed", "targeted", "hit", "placed", "added", "under", "subject", "designe", "designee", "designes", "designees",
                                         "vise", "visee", "vises", "visees", "frappe", "frappee", "frappes", "frappees", "inscrit", "inscrite", "inscrits", "inscrites",
                                         "place", "placee", "places", "placees", "ajoute", "ajoutee", "sous", "soumis", "soumise", "soumises", "cible", "ciblee"]
    /// Adverbs that may open the clause before the participle (`Already sanctioned by …`, `Déjà visée par …`).
    static let openers: Set<String> = ["already", "deja", "long", "previously", "recently", "recemment", "egalement", "also"]
    /// `sanctions-hit X`, `sanctions-stricken X`.
    static let compounds: Set<String> = ["sanctions-hit", "sanction-hit", "sanctions-stricken", "sanctions-struck", "sanctions-battered", "sanctions-laden"]
}

extension Analysis {
    func frontedSanctionTargets() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            frontedClause(sentence: k, s)
            for i in s.tokens where FrontedSanctionCues.compounds.contains(tokens[i].key) {
                guard let next = slots[k].first(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 4 }),
                      ordered(i + 1, next.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized || lex.demonyms[tokens[$0].key] != nil })
                else { continue }
                designateTarget(next, cue: i..<(i + 1), sentence: k, imposer: nil, designated: false)
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// `Blacklisted by the U.S. Treasury in 2023, X has struggled …`: the subject after the clause's comma
    /// is the target; a measure named in the clause is the one it is subject to, else the clause is one.
    private func frontedClause(sentence k: Int, _ s: Sentence) {
        // The clause opens the sentence or follows a colon (`X a dû renoncer : placée en 2024 sur la liste …, l'entreprise …`).
        let colon = ordered(s.tokens.lowerBound, s.tokens.upperBound).last { [":", ";"].contains(tokens[$0].text) }
        for start in [s.tokens.lowerBound] + (colon.map { [$0 + 1] } ?? []) { frontedClause(from: start, sentence: k, s) }
    }

    private func frontedClause(from start: Int, sentence k: Int, _ s: Sentence) {
        var p = start
        while p < s.tokens.upperBound, FrontedSanctionCues.openers.contains(tokens[p].key) { p += 1 }
        guard p < s.tokens.upperBound, p - start <= 1 else { return }
        let word = tokens[p].key
        let sanctioned = Self.sanctionedWords.contains(word)
        guard sanctioned || FrontedSanctionCues.tiedWords.contains(word),
              let comma = ordered(p + 1, min(s.tokens.upperBound, p + 18)).first(where: { tokens[$0].text == "," }) else { return }
        let clause = p..<comma
        // The subject opens the main clause (`, X has`, `, l'entreprise X`, `, the company …` resolved to X).
        // A generic subject (`l'entreprise`) is read as the firm named just before the clause rather than as resolved further back.
        // (`, la compagnie aérienne X`: a descriptor of lower-case words may stand before the name.)
        let named = slots[k].first(where: { $0.tokens.lowerBound > comma && ($0.tokens.lowerBound <= comma + 3
            || $0.tokens.lowerBound <= comma + 5 && ordered(comma + 1, $0.tokens.lowerBound).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }) })
        guard let target = named.flatMap({ $0.anaphor ? nil : $0 }) ?? namedBefore(generic: comma + 1, clause: start, sentence: k) ?? named,
              [.company, .person].contains(type(target.entity)), !drafts[target.entity].isMedia else { return }
        let measures = slots[k].filter { clause.contains($0.tokens.lowerBound) && type($0.entity) == .sanction }
        if let m = measures.first {
            let sanction = m.entity
            relate(target.entity, .subjectTo, .entity(sanction), cue: clause, sentence: k, rule: "rule:sanction.fronted-target", confidence: 0.6)
            let designated: Bool = {
                if case .bool(let b)? = drafts[sanction].properties["designation"] { return b }
                return ["list", "liste", "sdn", "entity", "designation"].contains { fold(displayName(sanction)).contains($0) }
            }()
            guard designated || sanctioned else { return }
            for r in relations where r.subject == sanction && r.predicate == .imposedBy {
                if case .entity(let o) = r.object {
                    relate(target.entity, .sanctionedBy, .entity(o), cue: clause, sentence: k, rule: "rule:sanction.fronted-listed", confidence: 0.55)
                }
            }
            return
        }
        guard sanctioned else { return }
        // `Sanctioned by OFAC in 2022, X …`: the body after `by/par` imposes the clause's designation.
        let by = p + 1 < comma && ["by", "par"].contains(tokens[p + 1].key)
        let imposer = by ? slots[k].first(where: { $0.tokens.lowerBound > p + 1 && $0.tokens.lowerBound <= p + 4 && type($0.entity) == .organization })?.entity : nil
        designateTarget(target, cue: p..<(p + 1), sentence: k, imposer: imposer, designated: true)
    }

    /// `…, the company has …`, `…, l'entreprise ne trouve plus …`: a generic subject stands for the firm named last before the
    /// clause, in this sentence or the one before.
    private func namedBefore(generic i: Int, clause start: Int, sentence k: Int) -> Slot? {
        guard i + 1 < sentences[k].tokens.upperBound, ["the", "l'", "la", "le"].contains(tokens[i].key),
              ["company", "firm", "group", "miner", "exchange", "lender", "bank", "entreprise", "societe", "groupe", "mineur", "plateforme", "banque"].contains(tokens[i + 1].key)
        else { return nil }
        let firm = { (sl: Slot) in self.type(sl.entity) == .company && !self.drafts[sl.entity].isMedia && !sl.anaphor }
        if let here = slots[k].last(where: { $0.tokens.upperBound <= start && firm($0) }) { return here }
        return k > 0 ? slots[k - 1].last(where: firm) : nil
    }

    /// A measure the text only alludes to by calling a firm sanctioned: `sanctions on X`, imposed by the body named, if any.
    func designateTarget(_ t: Slot, cue: Range<Int>, sentence k: Int, imposer: Int?, designated: Bool, rule: String = "rule:sanction.fronted") {
        guard [.company, .person].contains(type(t.entity)), !drafts[t.entity].isMedia,
              !relations.contains(where: { $0.subject == t.entity && $0.predicate == .subjectTo }) else { return }
        let fr = language == "fr"
        let name = displayName(t.entity)
        var draft = EntityDraft(type: .sanction, strength: 2)
        if let o = imposer {
            draft.descriptiveName = fr ? "sanctions de \(shortName(o)) contre \(name)" : "\(shortName(o)) sanctions on \(name)"
            draft.extraAliases = [fr ? "désignation de \(name) par \(shortName(o))" : "\(shortName(o)) designation of \(name)"]
        } else {
            draft.descriptiveName = fr ? "sanctions contre \(name)" : "sanctions on \(name)"
        }
        draft.properties["designation"] = .bool(designated)
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: cue, sentence: k, rule: rule, confidence: 0.55)
        relate(t.entity, .subjectTo, .entity(sanction), cue: cue, sentence: k, rule: rule, confidence: 0.55)
        if let o = imposer {
            relate(t.entity, .sanctionedBy, .entity(o), cue: cue, sentence: k, rule: rule + ".designated-by", confidence: 0.55)
            relate(sanction, .imposedBy, .entity(o), cue: cue, sentence: k, rule: rule + ".imposer", confidence: 0.55)
        }
    }
}
