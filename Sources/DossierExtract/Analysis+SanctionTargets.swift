import DossierModel

/// Targets named in the sentences after a measure: `Also designated were two executives of X: its
/// chairman, Y, …`, `Parmi les nouvelles cibles figure X`, `La liste vise également X et son
/// fondateur Y`. They are subject to the last measure described (within three sentences) and,
/// for a list or designation, designated by its imposers.
enum SanctionTargetCues {
    static let listedWords: Set<String> = ["designated", "listed", "sanctioned", "targeted", "added", "named", "blacklisted", "designes", "designees", "designee", "designe",
                                           "sanctionne", "sanctionnee", "sanctionnes", "sanctionnees", "vise", "visee", "vises", "visees", "inscrit", "inscrite", "inscrits",
                                           "inscrites", "cibles", "cible", "targets", "target", "vises", "frappe", "frappes", "frappees", "objet",
                                           "visent", "ciblent", "frappent", "touchent", "mentionne", "mentionnes", "mentionnee", "mentionnees",
                                           "concerne", "concernes", "concernee", "concernees"]
    /// Subjects that name the measure just described (`The measures, approved by …, add …`).
    static let measureSubjects = ["the measures", "les mesures", "these measures", "ces mesures", "the sanctions", "ces sanctions", "the designations", "les designations"]
    /// A measure named again as the subject of a verb of aim (`The new sanctions target …`, `Les plus récentes sanctions ciblent …`).
    static let aimingSubjects = measureSubjects + ["les sanctions", "these sanctions"]
    static let aimVerbs: Set<String> = ["target", "targets", "ciblent", "visent", "frappent", "touchent", "hit"]
    /// Words of recency between the article and the noun of a measure named again.
    static let recencyWords: Set<String> = ["new", "latest", "fresh", "nouvelles", "dernieres", "plus", "recentes"]
    static let amongThem = ["they include", "elles incluent"]
    static let them: Set<String> = ["them", "those", "eux", "elles", "lesquelles", "lesquels", "celles-ci", "ceux-ci"]
    static let affectedWords: Set<String> = ["affected", "hit", "concerned", "concernees", "concernes", "touchees", "touches", "ciblees", "frappees", "visees"]
    /// Words that open a description of the target named before them.
    static let describing: Set<String> = ["which", "who", "whose", "that", "qui", "dont", "accused", "accuse", "accusee", "for", "pour", "owned", "detenue", "detenu", "had", "have", "has", "avait", "ont"]
    /// Plural nouns of the kinds of targets a measure lists (`Individuals include …`, `Les entités visées comprennent …`).
    static let groupNouns: Set<String> = ["individuals", "entities", "companies", "firms", "persons", "people", "banks", "institutions", "oligarchs",
                                          "personnes", "particuliers", "individus", "entites", "entreprises", "societes", "banques", "oligarques"]
    static let includeVerbs: Set<String> = ["include", "includes", "included", "including", "incluent", "comprennent", "comprenaient", "figurent", "figuraient"]
    /// Verbs after `Among the other …` / `Parmi les autres …` that make the sentence a list of more targets (`Among the other institutions were …`).
    static let presenceVerbs: Set<String> = ["figure", "figurent", "figurait", "figuraient", "are", "were", "is", "was", "include", "includes", "comptent"]
    static let continuation: Set<String> = ["also", "egalement", "aussi", "among", "parmi", "were", "was", "figure", "figurent", "includes", "include", "including", "further", "outre", "meme"]
}

extension Analysis {
    func carriedSanctionTargets() {
        // Imposers and designated targets, indexed once (the pass adds no IMPOSED_BY).
        var imposersOf: [Int: [Int]] = [:]
        var designatedIn: Set<Int> = []
        for r in relations {
            if r.predicate == .imposedBy, case .entity(let o) = r.object { imposersOf[r.subject, default: []].append(o) }
            if r.predicate == .sanctionedBy { designatedIn.insert(r.evidence.sentence.start) }
        }
        var last: (sanction: Int, sentence: Int)? = nil
        var described: [(sanction: Int, sentence: Int)] = []
        for (k, s) in sentences.enumerated() where !skip[k] {
            // `… qui contreviennent aux sanctions américaines, sont : A, B`: a regime cited in passing is not a new measure.
            if let sl = slots[k].last(where: { type($0.entity) == .sanction && !isCitedRegime($0, sentence: k) }) {
                // A list folded into the designation that names it stands for that designation.
                last = (measureFoldedInto(sl.entity), k)
                if let l = last { described.append(l) }
                continue
            }
            if last.map({ k - $0.sentence > 3 }) ?? true, let opened = listedWithoutMeasure(sentence: k) { last = opened }
            guard var (sanction, at) = last else { continue }
            let ks = keys(s.tokens)
            // `The package also bans …` after a sentence on other sanctions: the package is the last measure called one.
            for noun in ["package", "paquet"] where has(ks, "the \(noun)") || has(ks, "le \(noun)") {
                if let named = described.last(where: { fold(displayName($0.sanction)).contains(noun) }) { (sanction, at) = named }
            }
            // (`La liste des sanctions comprend également X`: the list's complement may stand before its verb.)
            let listCue = ks.indices.contains { i in ks[i] == "liste" && i > 0 && ks[i - 1] == "la" && ks[(i + 1)..<min(ks.count, i + 4)].contains { ["vise", "comprend", "inclut", "contient", "compte"].contains($0) } } || has(ks, "the list") || has(ks, "le paquet") || has(ks, "the package") || has(ks, "ce paquet") || has(ks, "this package") || SanctionTargetCues.measureSubjects.contains { opens(ks, $0) } || opensWithAim(ks)
            // `Among them is X`, `Parmi elles figure X`: the measure's targets just counted.
            // `Among the companies affected is X`, `Parmi les sociétés visées figure X`.
            // `The bureau said the firms, among them X and Y, had …`: mid-sentence, the targets follow the phrase.
            let amongAt = ordered(s.tokens.lowerBound, s.tokens.upperBound - 1).first { ["among", "parmi"].contains(tokens[$0].key) && SanctionTargetCues.them.contains(tokens[$0 + 1].key) }
            // `Individuals include A; B`, `Parmi les autres institutions figuraient X`: a group of targets, then its members.
            // `Les entreprises, désignées pour …, sont : A, B et C`; `Ceux-ci incluent A et B`, `These include A`.
            let colonList = ks.indices.dropFirst().contains { ks[$0] == ":" && ["sont", "are", "were", "etaient"].contains(ks[$0 - 1]) }
            let groupOpening = ks.prefix(4).contains { SanctionTargetCues.groupNouns.contains($0) } && (ks.prefix(9).contains { SanctionTargetCues.includeVerbs.contains($0) } || colonList)
                || ks.count > 1 && (SanctionTargetCues.them.contains(ks[0]) || ["these", "they"].contains(ks[0])) && SanctionTargetCues.includeVerbs.contains(ks[1])
                || ["among", "parmi"].contains(ks.first ?? "") && ks.prefix(4).contains { ["other", "autres"].contains($0) } && ks.prefix(7).contains { SanctionTargetCues.presenceVerbs.contains($0) }
            // `The eight listed Chinese firms — A, B, … — are …`, `The designated entities are A, B`, `Les entités
            // sanctionnées sont A et B`: a group the measure listed, then its members after a dash, a colon or a copula.
            let listedGroup: Bool = {
                guard let g = ks.prefix(8).firstIndex(where: { SanctionTargetCues.groupNouns.contains($0) }),
                      ks[max(0, g - 4)..<min(ks.count, g + 3)].contains(where: { SanctionTargetCues.listedWords.contains($0) }) else { return false }
                return ks[(g + 1)..<min(ks.count, g + 8)].contains { ["—", "–", ":"].contains($0) }
                    || g + 1 < ks.count && ["are", "were", "sont", "etaient", "include", "incluent"].contains(ks[g + 1])
            }()
            let amongThem = amongAt != nil || groupOpening || listedGroup || SanctionTargetCues.amongThem.contains { ks.starts(with: $0.split(separator: " ").map(String.init)) }
                || ["among", "parmi"].contains(ks.first ?? "") && ks.prefix(6).contains { SanctionTargetCues.affectedWords.contains($0) || SanctionTargetCues.listedWords.contains($0) }
            // `The package also lists X` (its target may follow `sur la liste noire`) refers back to the measure over a longer stretch than a bare `also designated`.
            // (`Parmi les entreprises visées figurent A, B` may come after a few sentences of quotes.)
            // `… the UK Treasury's OFSI also targeted A, B and C`: a body that lists people itself keeps the measure open longer.
            let actor = activeListingAgent(sentence: k)
            guard k - at <= (listCue || groupOpening || listedGroup || actor != nil || amongThem && ks.contains(where: { SanctionTargetCues.listedWords.contains($0) }) ? 6 : 3) else { continue }
            // `More than 1,000 people have been sanctioned by the British government`: the body a later sentence names
            // as the agent of the listing imposes the measure that named none.
            if (imposersOf[sanction] ?? []).isEmpty, let agent = listingAgent(sentence: k) ?? actor {
                relate(sanction, .imposedBy, .entity(agent), cue: s.tokens, sentence: k, rule: "frame:sanction.listing-agent", confidence: 0.45)
                imposersOf[sanction, default: []].append(agent)
            }
            guard ks.contains(where: { SanctionTargetCues.listedWords.contains($0) }) && ks.contains(where: { SanctionTargetCues.continuation.contains($0) }) || listCue || amongThem else { continue }
            // `Its rival X was not targeted`, `X n'est pas visée`: a negated listing names who was left out.
            if ks.indices.contains(where: { SanctionTargetCues.listedWords.contains(ks[$0]) && ks[max(0, $0 - 3)..<$0].contains { ["not", "n't", "never", "pas", "jamais", "ni"].contains($0) } }) { continue }
            // `The measures, approved by the Council of the EU, …`: the body that adopts the measure imposes it.
            let adopters: [Int] = !listCue ? [] : slots[k].filter { sl in
                guard type(sl.entity) == .organization, sl.tokens.lowerBound - s.tokens.lowerBound >= 2 else { return false }
                return keys(ordered(sl.tokens.lowerBound - 2, sl.tokens.lowerBound)).contains { ["by", "par"].contains($0) }
                    && keys(ordered(s.tokens.lowerBound, sl.tokens.lowerBound)).contains { Analysis.adoptionParticiples.contains($0) }
            }.map(\.entity)
            for o in adopters where !(imposersOf[sanction] ?? []).contains(o) {
                relate(sanction, .imposedBy, .entity(o), cue: s.tokens, sentence: k, rule: "frame:sanction.carried-imposer", confidence: 0.45)
                imposersOf[sanction, default: []].append(o)
            }
            let imposers = imposersOf[sanction] ?? []
            let designation = designatedIn.contains(sentences[at].start) || drafts[sanction].properties["designation"] == .bool(true)
                || ["list", "liste", "designation", "sdn", "entity", "paquet", "package", "noire"].contains { fold(displayName(sanction)).contains($0) }
            // A relative clause or a reason after the first target describes it (`X, which officials accuse of shipping … to Y`,
            // `Y, qui détient … par une holding, Z`): names there are not targets.
            let people = slots[k].filter { [.company, .person].contains(type($0.entity)) && !$0.anaphor && !drafts[$0.entity].isMedia && !adopters.contains($0.entity)
                && $0.tokens.lowerBound > (amongAt ?? s.tokens.lowerBound - 1) }
            // `le porte-parole du Kremlin Dmitri Peskov`: a name right after another is the title's holder, not a complement.
            let complement = { (t: Slot) -> Bool in
                self.isComplement(t, sentence: k) && !self.slots[k].contains { $0.tokens.upperBound == t.tokens.lowerBound }
            }
            // The description may follow a first target the name finder missed (`visent X, qui a dirigé Y`): it is read from the cue on.
            // After `sont :`, the list itself starts at the colon.
            let colonAt = s.tokens.first(where: { tokens[$0].text == ":" })
            let cueAt: Int? = colonList ? colonAt : s.tokens.first(where: { SanctionTargetCues.listedWords.contains(tokens[$0].key) }).map { $0 + 1 }
            let describedFrom = people.first.flatMap { first -> Int? in
                let from = colonList ? max(first.tokens.upperBound, cueAt ?? 0) : min(first.tokens.upperBound, cueAt ?? first.tokens.upperBound)
                // (`state-owned` is an adjective, not `owned by`.)
                return ordered(from, s.tokens.upperBound).first { SanctionTargetCues.describing.contains(tokens[$0].key) && tokens[$0 - 1].text != "-" }
            } ?? s.tokens.upperBound
            // `Il cible également l'homme d'affaires X`: the object right after a listing verb.
            let objectOfCue = { (t: Slot) -> Bool in
                ordered(max(s.tokens.lowerBound, t.tokens.lowerBound - 7), t.tokens.lowerBound).contains { SanctionTargetCues.listedWords.contains(self.tokens[$0].key) }
            }
            // `A, founder of B; C; and D's stepdaughter E`: in a list split by semicolons each item opens with its target,
            // and what follows it in the item describes it.
            let items = semicolonItemHeads(people, sentence: k)
            var added = false
            // `… on several Chinese companies. Among them are X and Y`: the group's nationality is the firms'
            // (looked up once a firm is listed, so that no country is added for a list of people).
            var groupHome: Int? = nil, homeLookedUp = !amongThem
            for t in people where (items.map { $0.contains(t.tokens.lowerBound) } ?? (t.tokens.lowerBound < describedFrom))
                && (listCue || amongThem || actor != nil || objectOfCue(t) || !complement(t)) && !isTitledEmployer(t, sentence: k)
                // (`… le proche confident de Poutine et chef de Rosneft, Igor Sechin`: a person named in another's description is not listed.)
                && !(type(t.entity) == .person && t.tokens.lowerBound > s.tokens.lowerBound && tokens[t.tokens.lowerBound - 1].isOf && !objectOfCue(t)) {
                added = true
                relate(t.entity, .subjectTo, .entity(sanction), cue: t.tokens, sentence: k, rule: "frame:sanction.carried-target", confidence: 0.45)
                if type(t.entity) == .company {
                    // (`Parmi les entreprises chinoises sanctionnées figurent A, B`: the group this sentence opens with comes first.)
                    if !homeLookedUp {
                        let opening = s.tokens.lowerBound..<min(s.tokens.upperBound, s.tokens.lowerBound + 8)
                        groupHome = groupNationality(in: opening, nouns: NationalityCues.pluralFirmNouns.union(SanctionTargetCues.groupNouns), adjectiveBetween: true) ?? groupNationality(in: sentences[at].tokens)
                        homeLookedUp = true
                    }
                    if let home = groupHome {
                        relate(t.entity, .locatedIn, .entity(home), cue: t.tokens, sentence: k, rule: "frame:sanction.group-nationality", confidence: 0.45)
                    }
                }
                if designation {
                    for o in imposers { relate(t.entity, .sanctionedBy, .entity(o), cue: t.tokens, sentence: k, rule: "frame:sanction.carried-listed", confidence: 0.4) }
                }
            }
            // A sentence that lists more targets keeps the measure open for the sentences after it.
            if added { last = (sanction, k) }
        }
        barredFirms()
    }

    /// Does the sentence open with the phrase (after at most one word: `Mais les sanctions …`)?
    private func opens(_ ks: [String], _ phrase: String) -> Bool {
        let words = phrase.split(separator: " ").map(String.init)
        return ks.starts(with: words) || ks.dropFirst().starts(with: words)
    }

    /// Does the sentence open with a measure named again, words of recency allowed, and its verb of aim right after?
    private func opensWithAim(_ ks: [String]) -> Bool {
        let plain = ks.prefix(6).enumerated().filter { $0.offset == 0 || !SanctionTargetCues.recencyWords.contains($0.element) }.map(\.element) + ks.dropFirst(6)
        return SanctionTargetCues.aimingSubjects.contains { phrase in
            let words = phrase.split(separator: " ").map(String.init)
            return plain.starts(with: words) && plain.count > words.count && SanctionTargetCues.aimVerbs.contains(plain[words.count])
        }
    }

    /// With a `;`-separated list after the cue, the first firm or person of each item (a possessive owner excepted:
    /// `Varkov's stepdaughter X`); nil when the sentence has no such list.
    private func semicolonItemHeads(_ people: [Slot], sentence k: Int) -> Set<Int>? {
        let s = sentences[k]
        let semicolons = s.tokens.filter { tokens[$0].text == ";" }
        guard !semicolons.isEmpty else { return nil }
        var heads: Set<Int> = []
        var start = s.tokens.lowerBound
        for end in semicolons + [s.tokens.upperBound] {
            let owned = { (sl: Slot) in sl.tokens.upperBound < end && ["'s", "’s", "'", "’"].contains(self.tokens[sl.tokens.upperBound].key) }
            if let head = people.first(where: { $0.tokens.lowerBound >= start && $0.tokens.lowerBound < end && !owned($0) }) { heads.insert(head.tokens.lowerBound) }
            start = end + 1
        }
        return heads
    }

    /// `A, chair of VTB Bank, B, …`: a firm named after a person's title is the person's employer, not a target.
    private func isTitledEmployer(_ t: Slot, sentence k: Int) -> Bool {
        guard type(t.entity) == .company else { return false }
        var j = t.tokens.lowerBound - 1
        // (`…, le proche confident de Poutine et chef de la société publique Rosneft`: a title may follow `et`.)
        let opens: Set<String> = [",", "et", "and"]
        while j > sentences[k].tokens.lowerBound, t.tokens.lowerBound - j <= 8, !opens.contains(tokens[j].key), !slots[k].contains(where: { $0.tokens.contains(j) }) { j -= 1 }
        guard opens.contains(tokens[j].key), j + 1 < t.tokens.lowerBound else { return false }
        let core = midBeforeFirmDescriptor((j + 1)..<t.tokens.lowerBound)
        return roleTitle(in: core) != nil && core.last.map { ["of", "de", "du", "d'", "at", "chez"].contains(tokens[$0].key) } == true
    }

    /// `OFSI also targeted X`, `le Trésor a également sanctionné X`: the organisation that is the subject of a listing verb.
    private func activeListingAgent(sentence k: Int) -> Int? {
        slots[k].first { sl in
            guard type(sl.entity) == .organization, !sl.anaphor else { return false }
            // (`(OFSI)` after the name, an adverb and an auxiliary may stand between.)
            var j = sl.tokens.upperBound
            if j + 2 < sentences[k].tokens.upperBound, tokens[j].key == "(", tokens[j + 2].key == ")" { j += 3 }
            let gap = keys(j..<min(sentences[k].tokens.upperBound, j + 3))
            guard let verb = gap.firstIndex(where: { ["targeted", "designated", "sanctioned", "listed", "blacklisted", "sanctionne", "designe", "vise", "cible"].contains($0) }) else { return false }
            return gap[..<verb].allSatisfy { ["also", "has", "have", "had", "a", "ont", "egalement", "aussi", "further", "then"].contains($0) }
        }?.entity
    }

    /// `sanctioned by the British government`, `sanctionnées par le Trésor`: the organisation after a listing participle.
    private func listingAgent(sentence k: Int) -> Int? {
        let s = sentences[k]
        for i in s.tokens where ["sanctioned", "designated", "sanctionnes", "sanctionnees", "sanctionne", "sanctionnee", "designes", "designees"].contains(tokens[i].key) {
            guard i + 1 < s.tokens.upperBound, ["by", "par"].contains(tokens[i + 1].key) else { continue }
            if let org = slots[k].first(where: { $0.tokens.lowerBound > i + 1 && $0.tokens.lowerBound <= i + 4 }), type(org.entity) == .organization { return org.entity }
        }
        return nil
    }

    /// `Parmi les personnes nouvellement sanctionnées par le Royaume-Uni figurent …`, `Among those sanctioned by the
    /// Treasury are …`: a sentence that opens a list of targets and names who sanctioned them describes a measure of its
    /// own when none was described before. Its targets are then read by the carried-target pass.
    private func listedWithoutMeasure(sentence k: Int) -> (Int, Int)? {
        guard !skip[k] else { return nil }
        let s = sentences[k]
        let ks = keys(s.tokens)
        guard ["among", "parmi"].contains(ks.first ?? ""), let cue = ks.prefix(7).firstIndex(where: { SanctionTargetCues.listedWords.contains($0) }),
              cue + 2 < ks.count, ["by", "par"].contains(ks[cue + 1]) else { return nil }
        let at = s.tokens.lowerBound + cue
        guard let agent = slots[k].first(where: { $0.tokens.lowerBound > at + 1 && $0.tokens.lowerBound <= at + 4 && [.organization, .location].contains(type($0.entity)) }) else { return nil }
        let fr = language == "fr", by = displayName(agent.entity)
        var draft = EntityDraft(type: .sanction, strength: 2)
        let de = frenchOf(agent.tokens.lowerBound)
        draft.descriptiveName = fr ? "sanctions \(de)\(de.hasSuffix("'") ? "" : " ")\(by)" : "\(by) sanctions"
        draft.properties["designation"] = .bool(true)
        let sanction = addEntity(draft)
        addMention(entity: sanction, tokens: at..<(at + 1), sentence: k, rule: "rule:listed-without-measure", confidence: 0.5, asSlot: false)
        if type(agent.entity) == .organization {
            relate(sanction, .imposedBy, .entity(agent.entity), cue: at..<agent.tokens.upperBound, sentence: k, rule: "rule:listed-without-measure.imposer", confidence: 0.5)
        }
        return (sanction, k)
    }

    /// `de` contracted with the article written before the agent (`par le Royaume-Uni` → `du Royaume-Uni`, `par l'UE` → `de l'`).
    private func frenchOf(_ agentStart: Int) -> String {
        switch agentStart > 0 ? tokens[agentStart - 1].key : "" {
        case "le": return "du"
        case "les": return "des"
        case "la": return "de la"
        case "l'": return "de l'"
        default: return "de"
        }
    }

    /// `X was among 45 entities designated by …`, `X is one of the firms added to …`, `X fait partie des
    /// entités sanctionnées par …`: the participle's group counts the subject in.
    func isAmongGroup(participle i: Int, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound
        guard i - 1 > lo, SanctionTargetCues.groupNouns.contains(tokens[i - 1].key) else { return false }
        let w = keys(ordered(max(lo, i - 7), i - 1))
        return w.contains("among") || w.contains("parmi") || zip(w, w.dropFirst()).contains { ($0 == "one" && $1 == "of") || ($0 == "partie" && ["des", "de"].contains($1)) }
    }

    /// `Korvex avait déjà été sanctionnée en mars par Washington`, `X had been placed under European Union
    /// sanctions`, `Y was added to the Entity List by the bureau`: a designation in the passive, its target
    /// before the auxiliary. A measure named in the clause is the designation; otherwise one is described.
    func passiveDesignations() {
        let participles: Set<String> = ["designated", "sanctioned", "blacklisted", "listed", "added", "placed", "sanctionne", "sanctionnee", "sanctionnes", "sanctionnees",
                                        "designe", "designee", "designes", "designees", "inscrit", "inscrite", "inscrits", "inscrites", "place", "placee", "places", "placees",
                                        "ajoute", "ajoutee", "ajoutes", "ajoutees", "put",
                                        // `X was removed from the Treasury's sanctions list`, `X a été retirée de la liste`: the body had listed X.
                                        "removed", "delisted", "retire", "retiree", "retires", "retirees", "radie", "radiee", "radies", "radiees"]
        let delisted: Set<String> = ["removed", "retire", "retiree", "retires", "retirees", "radie", "radiee", "radies", "radiees"]
        let auxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be", "ete", "est", "sont", "etait", "etaient", "sera", "seront"]
        var parentsOf: [Int: [Int]] = [:]
        for r in relations where r.predicate == .subsidiaryOf { if case .entity(let o) = r.object { parentsOf[r.subject, default: []].append(o) } }
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where participles.contains(tokens[i].key) {
                let lead = keys(ordered(max(s.tokens.lowerBound, i - 3), i))
                guard lead.contains(where: { auxiliaries.contains($0) }) || isAmongGroup(participle: i, sentence: k),
                      let target = clauseSubject(before: i, sentence: k, types: [.company, .person], window: 14), !drafts[target.entity].isMedia else { continue }
                var end = i + 1
                while end < s.tokens.upperBound, end - i < 24, ![".", ";", ":", ",", "—"].contains(tokens[end].text) { end += 1 }
                let clause = keys(ordered(i, end))
                // `SMIC y a été ajouté`: the clitic `y` stands for the list just named.
                let pronounList: Int? = lead.contains("y") ? (max(0, k - 1)...k).reversed().lazy.compactMap { j in
                    self.slots[j].last(where: { self.type($0.entity) == .sanction && ($0.tokens.upperBound <= i || j < k) })?.entity }.first : nil
                if ["added", "put", "placed", "listed", "place", "placee", "places", "placees", "ajoute", "ajoutee", "ajoutes", "ajoutees", "inscrit", "inscrite", "inscrits", "inscrites"].contains(tokens[i].key),
                   clause.allSatisfy({ !Self.listWords.contains($0) && $0 != "sanctions" && $0 != "sanction" }), pronounList == nil { continue }
                if delisted.contains(tokens[i].key), clause.allSatisfy({ !Self.listWords.contains($0) }) || clause.allSatisfy({ !Self.sanctionsListWords.contains($0) }) { continue }
                let inClause = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.lowerBound < end }
                // The agent after `by/par` imposes; otherwise the first body of the clause that is not a parent of another.
                let bodies = inClause.filter { type($0.entity) == .organization }
                let parents = Set(bodies.flatMap { parentsOf[$0.entity] ?? [] })
                var org = (bodies.first { ["par", "by"].contains(tokens[$0.tokens.lowerBound - 1].key) || $0.tokens.lowerBound >= 2 && ["par", "by"].contains(tokens[$0.tokens.lowerBound - 2].key) }
                    ?? bodies.first { !parents.contains($0.entity) })?.entity
                // `sanctioned by the United States`, `placée sous sanctions par le Royaume-Uni`: the article may come between.
                let place = inClause.first { type($0.entity) == .location && (["par", "by"].contains(tokens[$0.tokens.lowerBound - 1].key)
                    || ["par", "by"].contains(tokens[$0.tokens.lowerBound - 2].key) && ["the", "le", "la", "les", "l'"].contains(tokens[$0.tokens.lowerBound - 1].key)) }?.entity
                let sanction: Int
                if let named = inClause.first(where: { type($0.entity) == .sanction })?.entity ?? pronounList {
                    sanction = named
                    if org == nil { org = relations.first(where: { $0.subject == named && $0.predicate == .imposedBy }).flatMap { r -> Int? in if case .entity(let o) = r.object { return o } else { return nil } } }
                } else {
                    guard org != nil || place != nil else { continue }
                    let fr = language == "fr", imposer = org.map(shortName) ?? place.map(displayName) ?? ""
                    var draft = EntityDraft(type: .sanction, strength: 2)
                    draft.descriptiveName = fr ? "désignation de \(displayName(target.entity)) par \(imposer)" : "\(imposer) designation of \(displayName(target.entity))"
                    draft.extraAliases = [fr ? "sanctions de \(imposer) contre \(displayName(target.entity))" : "\(imposer) sanctions on \(displayName(target.entity))"]
                    draft.properties["designation"] = .bool(true)
                    if let p = ValueReader.period(tokens, in: s.tokens) { draft.properties["date"] = .string(p) }
                    sanction = addEntity(draft)
                    addMention(entity: sanction, tokens: i..<(i + 1), sentence: k, rule: "rule:passive-designation", confidence: 0.55)
                }
                relate(target.entity, .subjectTo, .entity(sanction), cue: target.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:passive-designation.target", confidence: 0.55)
                if let o = org {
                    relate(target.entity, .sanctionedBy, .entity(o), cue: target.tokens.lowerBound..<(i + 1), sentence: k, rule: "rule:passive-designation.designated-by", confidence: 0.55)
                    relate(sanction, .imposedBy, .entity(o), cue: i..<(i + 1), sentence: k, rule: "rule:passive-designation.imposer", confidence: 0.55)
                }
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }
}
