import DossierModel

/// Who is near a measure without taking it: a court that upholds or annuls it, a prosecutor that charges its
/// evaders, a firm that could face it. News copy names them beside the measure as often as its imposer and targets.
enum SanctionBystanders {
    /// Name words of bodies that judge or prosecute: they rule on a measure, they do not impose it
    /// (`the General Court annulled the sanctions`, `le parquet a inculpé …`).
    static let adjudicatorWords: Set<String> = ["court", "cour", "tribunal", "justice", "prosecutor", "prosecutors", "prosecution", "procureur", "parquet",
                                                "police", "fbi", "judge", "juge"]
    /// Words that make a measure a threat to the firm they follow, not a measure on it (`X could face sanctions`,
    /// `X s'expose à des sanctions`, `X pourrait faire l'objet de sanctions`, `X is exposed to the sanctions`).
    static let threatWords: Set<String> = ["could", "may", "might", "pourrait", "pourraient", "risque", "risquent", "risk", "risks", "encourt", "encourent",
                                           "exposed", "expose", "exposes", "exposee", "exposees", "exposent", "exposaient", "exposer"]
    /// `banks dealing with X could face sanctions`: the party whose dealings are punished is the target of the measure.
    static let dealingWords: Set<String> = ["with", "avec"]
    /// Words that attribute what follows to a speaker (`…, selon son PDG X`, `…, according to X`): the speaker is no target.
    /// Verbs by which a body reacts to, judges or asks for a measure rather than imposes it.
    static let reactionVerbs: Set<String> = ["criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes", "condemned", "condemns", "denounced",
                                             "opposed", "opposes", "lobbied", "challenged", "challenges", "contested", "questioned", "praised", "urged", "urges",
                                             "called", "complied", "annulled", "overturned", "slammed", "critique", "critiquent", "salue", "saluent", "condamne",
                                             "condamnent", "denonce", "denoncent", "oppose", "conteste", "contestent", "annule", "appele", "appelle", "reclame",
                                             "reclament", "demande", "regrette", "deplore", "fustige", "plaide"]
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

    /// A court, prosecutor or police body: it judges or enforces a measure, it never imposes or designates.
    func isAdjudicator(_ e: Int) -> Bool {
        guard type(e) == .organization else { return false }
        return ([displayName(e)] + drafts[e].names).contains { name in
            fold(name).split { !$0.isLetter }.contains { SanctionBystanders.adjudicatorWords.contains(String($0)) }
        }
    }
}
