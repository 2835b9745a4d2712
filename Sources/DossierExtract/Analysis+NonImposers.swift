import DossierModel

/// Who is near a measure without taking it: a court that upholds or annuls it, a prosecutor that charges its
/// evaders, a firm that could face it. News copy names them beside the measure as often as its imposer and targets.
enum SanctionBystanders {
    /// Name words of bodies that judge or prosecute: they rule on a measure, they do not impose it
    /// (`the General Court annulled the sanctions`, `le parquet a inculpé …`).
    static let adjudicatorWords: Set<String> = ["court", "cour", "tribunal", "justice", "prosecutor", "prosecutors", "prosecution", "procureur", "parquet",
                                                "police", "fbi", "judge", "juge", "europol", "interpol", "eurojust", "gendarmerie", "secret", "secrets"]
    /// Words that make a measure a threat to the firm they follow, not a measure on it (`X could face sanctions`,
    /// `X s'expose à des sanctions`, `X pourrait faire l'objet de sanctions`, `X is exposed to the sanctions`).
    static let threatWords: Set<String> = ["could", "may", "might", "pourrait", "pourraient", "risque", "risquent", "risk", "risks", "encourt", "encourent",
                                           "exposed", "expose", "exposes", "exposee", "exposees", "exposent", "exposaient", "exposer"]
    /// `banks dealing with X could face sanctions`: the party whose dealings are punished is the target of the measure.
    static let dealingWords: Set<String> = ["with", "avec"]
    /// Participles of deeds other than a measure's, whose agent after `by`/`par` is not the measure's author.
    static let otherDeedParticiples: Set<String> = ["led", "backed", "controlled", "owned", "supported", "run", "operated", "financed", "funded",
                                                   "sponsored", "directed", "orchestrated", "conducted", "dirige", "dirigee", "diriges", "dirigees",
                                                   "controle", "controlee", "controles", "controlees", "soutenu", "soutenue", "soutenus", "soutenues",
                                                   "detenu", "detenue", "detenus", "detenues", "finance", "financee", "finances", "financees",
                                                   "pilote", "pilotee", "orchestre", "orchestree", "commandite", "commanditee"]
    /// Words that tie someone to a body (`ties to`, `close to`, `liens avec`, `proche du`, `lié au`).
    static let tieWords: Set<String> = ["ties", "tie", "links", "link", "connections", "close", "closely", "liens", "lien", "proche", "proches",
                                        "lie", "lies", "liee", "liees", "connected", "linked", "allied", "loyal", "fidele", "fideles"]
    /// Verbs by which a body reacts to, judges or asks for a measure rather than imposes it.
    static let reactionVerbs: Set<String> = ["criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes", "condemned", "condemns", "denounced",
                                             "opposed", "opposes", "lobbied", "challenged", "challenges", "contested", "questioned", "praised", "urged", "urges",
                                             "called", "complied", "annulled", "overturned", "slammed", "critique", "critiquent", "salue", "saluent", "condamne",
                                             "condamnent", "denonce", "denoncent", "oppose", "conteste", "contestent", "annule", "appele", "appelle", "reclame",
                                             "reclament", "demande", "regrette", "deplore", "fustige", "plaide"]
    /// Words after a participle that keep it inside a noun phrase (`based in`, `owned by`, `imposed on`).
    static let participleLinks: Set<String> = ["by", "in", "to", "from", "on", "with", "for", "at", "under", "as", "since", "against", ",", "."]
    /// Cues by which a firm is merely affected by a measure aimed elsewhere (`carmakers hit by the sanctions against Russia`).
    static let collateralCues: Set<String> = ["hit", "affected", "touche", "touchee", "touches", "touchees", "impacted", "hurt"]
    /// Finite verbs between a target cue and a name: the name belongs to the next clause (`les sanctions contre la Russie ont poussé X`).
    static let finiteMarkers: Set<String> = ["ont", "have", "has", "had", "was", "were", "is", "are", "will", "would", "sont", "est", "avaient", "avait", "vont", "va"]
    /// Verbs of getting goods (`barred X from buying American technology`): the goods' country is their origin, not the ban's aim.
    static let acquiringWords: Set<String> = ["buying", "buy", "purchasing", "acquiring", "using", "importing", "access", "acheter", "acquerir", "utiliser", "acceder", "importer"]
    /// Words of a firm's own checks (`its anti-money-laundering controls`, `ses contrôles internes`): no measure on anyone.
    static let internalControlWords: Set<String> = ["internal", "internes", "interne", "laundering", "blanchiment", "anti-blanchiment", "anti-money-laundering",
                                                    "compliance", "conformite", "quality", "qualite", "fraud", "fraude", "anti-fraude"]
    /// Words that attribute what follows to a speaker (`…, selon son PDG X`, `…, according to X`): the speaker is no target.
    static let attributionWords: Set<String> = ["selon", "according", "said", "says", "declare", "indique", "affirme", "explique", "estime", "souligne"]
}

extension Analysis {
    /// `The federation criticised the sanctions`, `la fédération a critiqué les sanctions`: the body is the subject of a
    /// reaction verb that takes the measure as its object.
    func reactsTo(_ measure: Slot, body: Int, sentence k: Int) -> Bool {
        guard let b = slots[k].last(where: { $0.entity == body && $0.tokens.upperBound <= measure.tokens.lowerBound }),
              measure.tokens.lowerBound - b.tokens.upperBound <= 8 else { return false }
        return keys(ordered(b.tokens.upperBound, measure.tokens.lowerBound)).contains { SanctionBystanders.reactionVerbs.contains($0) }
    }

    /// `Carmakers such as X have been hit hard by the sanctions against Russia`: a firm that a measure aimed at a place
    /// merely affects (its only cue says so) is no target of it.
    func isCollateral(_ target: Int, np: Range<Int>, aims: [Int], sentence k: Int) -> Bool {
        guard [.company, .person].contains(type(target)), aims.contains(where: { type($0) == .location }),
              let slot = slots[k].last(where: { $0.entity == target && $0.tokens.upperBound <= np.lowerBound }) else { return false }
        let cues = keys(ordered(slot.tokens.upperBound, np.lowerBound)).filter { Self.targetCues.contains($0) }
        return !cues.isEmpty && cues.allSatisfy { SanctionBystanders.collateralCues.contains($0) }
    }

    /// `oligarchs with close ties to the Kremlin`, `des hommes d'affaires proches du Kremlin`: a body named as whom
    /// someone is tied to is a bystander of the sentence, not its actor.
    func isNamedAsTie(_ slot: Slot, sentence k: Int) -> Bool {
        guard let (before, last) = twoWordsBefore(slot, sentence: k) else { return false }
        return ["to", "with", "avec", "a", "au", "aux", "du", "de", "des", "d'"].contains(last) && SanctionBystanders.tieWords.contains(before)
    }

    /// `malicious activities led by the Russian government`, `des réseaux financés par l'État iranien`: a body that
    /// is the agent of another deed (a participle other than a measure's before `by`) is what the measure is about,
    /// not its author.
    func isAgentOfOtherDeed(_ slot: Slot, sentence k: Int) -> Bool {
        guard let (before, last) = twoWordsBefore(slot, sentence: k) else { return false }
        return ["by", "par"].contains(last) && SanctionBystanders.otherDeedParticiples.contains(before)
    }

    /// The two words before a name, articles passed (`ties to [the] X` → `ties`, `to`).
    private func twoWordsBefore(_ slot: Slot, sentence k: Int) -> (String, String)? {
        let lead = keys(ordered(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 4), slot.tokens.lowerBound))
            .filter { !["the", "le", "la", "l'", "les"].contains($0) }
        guard let last = lead.last, let before = lead.dropLast().last else { return nil }
        return (before, last)
    }

    /// A court, prosecutor or police body: it judges or enforces a measure, it never imposes or designates.
    func isAdjudicator(_ e: Int) -> Bool {
        guard type(e) == .organization else { return false }
        return ([displayName(e)] + drafts[e].names).contains { name in
            fold(name).split { !$0.isLetter }.contains { SanctionBystanders.adjudicatorWords.contains(String($0)) }
        }
    }
}
