import DossierModel

/// Facts that hold for every member of a list although the rules found them for one: a coordinated subject before a
/// plural verb (`X and Y are based in Dubai`, `Heliane et Vaxmore fournissent…`), the owners of a plural possessive
/// (`X and Y… Their parent, Z`, `les sociétés X et Y, ainsi que leur dirigeant, Z`) and the targets of a French clitic
/// designation (`Washington les a sanctionnées`), which no designation rule reads before its verb. Also what a list must
/// NOT receive: the names a negation denies (`neither X nor Y`, `X but not Y`) and a supply read for firms that are sold.
extension Analysis {
    /// Words that open another clause between a list and a fact, which then need not be the list's (`X and Y, which is…`, `while`).
    private static let clauseBreaks: Set<String> = ["which", "who", "whose", "that", "while", "whereas", "but", "qui", "dont", "lequel", "laquelle", "tandis", "alors", "mais", ";", "(", "—", "–"]

    /// `Washington l'a sanctionnée`, `Le Trésor américain les a sanctionnées mardi`: the clitic's slot (read with the anaphors)
    /// is designated by the body before it (for `les`, its first member; the others take it as a plural anaphor's).
    func readCliticDesignations() {
        guard language == "fr" else { return }
        for (k, s) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where sl.anaphor && sl.tokens.count == 1 && ["l'", "la", "le", "les"].contains(tokens[sl.tokens.lowerBound].key) {
                let i = sl.tokens.lowerBound
                var v = i + 1
                if v < s.tokens.upperBound, Self.auxiliaries.contains(tokens[v].key) { v += 1 }
                guard v < s.tokens.upperBound, Self.cliticDesignationVerbs.contains(tokens[v].key) else { continue }
                let body = imposer(before: i, sentence: k).org
                // The other members of `les` take the designation with the plural anaphors.
                designateTarget(sl, cue: i..<(v + 1), sentence: k, imposer: body, designated: true, rule: "coref:clitic-designation")
            }
        }
    }

    /// The lists of two or more names of one kind in sentence `k`, each with the token where it ends.
    private func lists(in k: Int) -> [(members: [Int], end: Int)] {
        var out: [(members: [Int], end: Int)] = []
        var taken = Set<Int>()
        for sl in slots[k] where !sl.anaphor && !taken.contains(sl.tokens.lowerBound) && [.company, .organization, .person].contains(type(sl.entity)) && !drafts[sl.entity].isMedia {
            let others = coordinated(after: sl, sentence: k, descriptors: true) { self.type($0.entity) == self.type(sl.entity) && !self.drafts[$0.entity].isMedia }
            for o in others { taken.insert(o.tokens.lowerBound) }
            let members = ([sl] + others).map(\.entity).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
            // A list closed by a conjunction: `X, filiale du fonds Y, étudie…` and `X, the Y-listed miner` are appositions.
            let before = others.count >= 2 ? others[others.count - 2] : sl
            let closing = others.last.map { keys(ordered(before.tokens.upperBound, $0.tokens.lowerBound)) } ?? []
            guard closing.contains(where: { ["and", "et", "&", "que", "well"].contains($0) }) else { continue }
            if members.count >= 2 { out.append((members, (others.last ?? sl).tokens.upperBound)) }
        }
        return out
    }

    /// `X and Y, which supply power to Z`, `X et Y, qui fournissent…`: a relative pronoun right after the list whose verb is
    /// plural is about the whole list.
    private func opensPluralRelative(_ j: Int, after end: Int, sentence k: Int) -> Bool {
        guard ["which", "who", "that", "qui"].contains(tokens[j].key), j == end || j == end + 1 && tokens[end].key == ",",
              j + 1 < sentences[k].tokens.upperBound else { return false }
        let verb = tokens[j + 1].key
        return language == "fr" ? verb.hasSuffix("ent") || ["ont", "sont", "seront", "avaient", "etaient"].contains(verb)
            : ["are", "were", "have", "had", "supply", "operate", "own", "run", "provide", "control", "hold", "build", "develop", "sell", "make"].contains(verb)
    }

    /// Gives the other members the relation found for `found`, when nothing between the list's end and the fact opens another
    /// clause or names another actor: `Heliane Power and Vaxmore Energy supply electricity to Corvex Mining`.
    private func spread(_ r: ExtractedRelation, from found: Int, to members: [Int], after end: Int, sentence k: Int, rule: String) {
        let cueEnd = tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1))
        guard case .entity(let o) = r.object else { return }
        let otherEnd = r.subject == found ? o : r.subject
        guard !members.contains(otherEnd),
              !ordered(end, cueEnd).contains(where: { Self.clauseBreaks.contains(tokens[$0].key) && !opensPluralRelative($0, after: end, sentence: k) }),
              !slots[k].contains(where: { $0.tokens.lowerBound >= end && $0.tokens.upperBound <= cueEnd && $0.entity != otherEnd && !members.contains($0.entity)
                  && [.company, .organization, .person].contains(type($0.entity)) && !$0.anaphor }) else { return }
        let cue = tokenIndex(atScalar: r.evidence.span.start)
        for m in members where m != found {
            if r.subject == found {
                relate(m, r.predicate, r.object, cue: cue..<(cue + 1), sentence: k, rule: r.evidence.extractor + rule, confidence: r.evidence.confidence * 0.9, properties: r.properties)
            } else {
                relate(r.subject, r.predicate, .entity(m), cue: cue..<(cue + 1), sentence: k, rule: r.evidence.extractor + rule, confidence: r.evidence.confidence * 0.9, properties: r.properties)
            }
        }
    }

    /// `X and Y are based in Dubai`, `Le groupe X et le fonds Y ont pris une participation dans Z`: the facts of a plural verb
    /// after a list opening the sentence belong to every member.
    func spreadOverCoordinatedSubjects() {
        let firmFacts: Set<DossierModel.Predicate> = [.locatedIn, .supplies, .partnerOf, .investsIn, .owns, .operates, .subjectTo, .sanctionedBy]
        // `Ivan Dorokhov and Oleg Marin founded Kovrin Trading`, `… were sanctioned`.
        let personFacts: Set<DossierModel.Predicate> = [.founded, .owns, .investsIn, .subjectTo, .sanctionedBy, .worksFor]
        let asObject: Set<DossierModel.Predicate> = [.subsidiaryOf, .supplies, .investsIn]
        let bySentence = Dictionary(grouping: relations, by: { $0.evidence.sentence.start })
        for (k, s) in sentences.enumerated() where !skip[k] {
            guard let found = bySentence[s.start] else { continue }
            let firms = coordinatedSubject(k, quoted: [], kinds: [.company, .organization]).flatMap { $0.allSatisfy(isFirmOrBody) ? $0 : nil }
            guard let members = firms ?? coordinatedSubject(k, quoted: [], kinds: [.person]),
                  let list = lists(in: k).first(where: { $0.members.contains(members[0]) }), Set(list.members) == Set(members) else { continue }
            let asSubject = firms == nil ? personFacts : firmFacts
            let end = list.end
            for r in found {
                guard case .entity(let o) = r.object else { continue }
                // A place is every member's only when the verb says where they are based (`X and Y signed in Paris` places neither).
                if r.predicate == .locatedIn && !r.evidence.extractor.contains("based") { continue }
                let subjectSide = members.contains(r.subject) && asSubject.contains(r.predicate)
                guard subjectSide || members.contains(o) && asObject.contains(r.predicate) else { continue }
                let f = subjectSide ? r.subject : o
                // Named again after the list, a member's facts there are its own (`X and Y agreed that Y will supply Z`).
                if slots[k].contains(where: { !$0.anaphor && $0.entity == f && $0.tokens.lowerBound >= end }) { continue }
                spread(r, from: f, to: members, after: end, sentence: k, rule: "+plural-subject")
            }
        }
    }

    /// `X and Y were sanctioned. Their parent, Z, …`, `les sociétés X et Y, ainsi que leur dirigeant, Z`: what the plural
    /// possessive names right after it is every owner's.
    func spreadOverPluralPossessives() {
        let bySentence = Dictionary(grouping: relations, by: { $0.evidence.sentence.start })
        var previous: Int? = nil
        for (k, s) in sentences.enumerated() where !skip[k] {
            defer { previous = k }
            for i in s.tokens where ["their", "leur", "leurs"].contains(tokens[i].key) {
                // The list before it in the sentence, the plural anaphor of the sentence, or the previous sentence's list for an opening `Their`.
                var group = lists(in: k).last(where: { $0.end <= i })?.members ?? pluralAnaphors[k]
                if group == nil, let p = previous, opensSentence(i, sentence: k) {
                    group = coordinatedSubject(p, quoted: [], kinds: [.company, .organization]) ?? listedGroup(p, quoted: [], kinds: [.company])
                }
                guard let members = group else { continue }
                // The actors the possessive phrase names (`their parent, Z`): within a few words after it.
                let named = Set(slots[k].filter { !$0.anaphor && $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 8 && !members.contains($0.entity) }.map(\.entity))
                guard !named.isEmpty else { continue }
                for r in bySentence[s.start] ?? [] {
                    guard case .entity(let o) = r.object else { continue }
                    // The fact read for the possessive: between one owner and what the phrase names, its cue reaching the possessive.
                    let span = tokenIndex(atScalar: r.evidence.span.start)...tokenIndex(atScalar: max(r.evidence.span.start, r.evidence.span.end - 1))
                    let readHere = slots[k].contains { $0.anaphor && $0.tokens.lowerBound == i } || span.contains(i)
                    guard readHere else { continue }
                    if members.contains(r.subject), named.contains(o) {
                        spread(r, from: r.subject, to: members, after: i, sentence: k, rule: "+plural-possessive")
                    } else if members.contains(o), named.contains(r.subject) {
                        spread(r, from: o, to: members, after: i, sentence: k, rule: "+plural-possessive")
                    }
                }
            }
        }
    }
}

extension Analysis {
    /// `Neither X nor Y was sanctioned`, `Ni X ni Y n'ont été sanctionnées`, `supplies neither X nor Y`, `X but not Y`: the facts the rules read
    /// for the members of a negated list are denied, and a sanction named after them only is none.
    func dropNegatedLists() {
        var denied: [Int: Set<Int>] = [:]
        /// Each spared name's negation offsets: facts read before one in its sentence are denied.
        var sparedBefore: [Int: [Int]] = [:]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where ["neither", "ni"].contains(tokens[i].key) {
                let nor = tokens[i].key == "neither" ? "nor" : "ni"
                // The name right after the first word, and each one after `nor` / `ni` (articles and a descriptor between).
                guard let first = slotStarting(at: i + 1, sentence: k, types: [.company, .organization, .person], skip: 2), !first.anaphor else { continue }
                var members = [first.entity], last = first
                while last.tokens.upperBound < s.tokens.upperBound, tokens[last.tokens.upperBound].key == nor || tokens[last.tokens.upperBound].key == ",",
                      let next = slotStarting(at: last.tokens.upperBound + 1, sentence: k, types: [.company, .organization, .person], skip: 2) {
                    members.append(next.entity); last = next
                }
                guard members.count >= 2 else { continue }
                denied[s.start, default: []].formUnion(members)
            }
            // `sanctioned X but not Y`, `a sanctionné X, mais pas (à) Y`: the name the negation sets apart from the clause before it.
            for i in s.tokens where phrase(["but", "not"], at: i, sentence: k) || phrase(["mais", "pas"], at: i, sentence: k) {
                if let spared = slotStarting(at: i + 2, sentence: k, types: [.company, .organization, .person], skip: 1), !spared.anaphor {
                    sparedBefore[spared.entity, default: []].append(tokens[i].start)
                }
            }
        }
        guard !denied.isEmpty || !sparedBefore.isEmpty else { return }
        let kept: Set<DossierModel.Predicate> = [.locatedIn, .worksFor]
        var sanctions: Set<Int> = []
        let isDenied = { (e: Int, r: ExtractedRelation) -> Bool in
            denied[r.evidence.sentence.start]?.contains(e) == true
                // A frame's fact about the spared name stands wherever its cue is (`frame:sanction.listed` cues the name itself).
                || (sparedBefore[e] ?? []).contains { $0 >= r.evidence.sentence.start && $0 < r.evidence.sentence.end && (r.evidence.span.start < $0 || r.evidence.extractor.hasPrefix("frame:")) }
        }
        relations.removeAll { r in
            guard !kept.contains(r.predicate) else { return false }
            let objectDenied: Bool = { if case .entity(let o) = r.object { return isDenied(o, r) }; return false }()
            guard isDenied(r.subject, r) || objectDenied else { return false }
            if r.predicate == .subjectTo, case .entity(let o) = r.object { sanctions.insert(o) }
            return true
        }
        // The sanction built for a denied target only (`désignation de Y par Z`) is not a measure either.
        // A frame that joined another target of the sentence to it (`… qui a sanctionné Z`) does not keep it.
        let keepsIt = { (r: ExtractedRelation, e: Int) -> Bool in
            guard r.predicate == .subjectTo, case .entity(let o) = r.object, o == e else { return false }
            return !(isDenied(r.subject, r) || denied[r.evidence.sentence.start] != nil) || !r.evidence.extractor.hasPrefix("frame:")
        }
        for e in sanctions where !relations.contains(where: { keepsIt($0, e) }) { drafts[e].suppressed = true }
    }
}

extension Analysis {
    /// `It sold them to Orsane Capital`, `he sold it to X`: when the pronoun stands for firms, the sale is a change of owner
    /// (read with the pronoun), not a supply of goods to the buyer or to the firms sold.
    func dropSalesOfFirmsReadAsSupply() {
        var sales: [Int: Set<Int>] = [:]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for sl in slots[k] where sl.anaphor && isFirm(sl.entity) && sl.tokens.lowerBound > s.tokens.lowerBound
                && ["sold", "sell", "sells"].contains(tokens[sl.tokens.lowerBound - 1].key) && ["it", "them", "both", "the"].contains(tokens[sl.tokens.lowerBound].key) {
                sales[s.start, default: []].formUnion(pluralAnaphors[k].flatMap { $0.contains(sl.entity) ? $0 : nil } ?? [sl.entity])
            }
        }
        guard !sales.isEmpty else { return }
        relations.removeAll { r in
            guard r.predicate == .supplies, let sold = sales[r.evidence.sentence.start] else { return false }
            // The seller supplies neither the firms sold nor their buyer in that sentence.
            return !sold.contains(r.subject)
        }
    }
}
