import DossierModel

extension RoleCues {
    /// Phrases after a comma that name the one a newcomer replaces (`…, replacing Y`, `…, qui succède à Y`).
    static let replacing: [[String]] = Analysis.phrases([
        "replacing", "succeeding", "who replaces", "who succeeds", "who replaced", "who succeeded",
        "remplacant", "succedant a", "en remplacement de", "en remplacement d'", "qui remplace", "qui succede a", "qui remplacera", "qui succedera a",
    ])
}

extension Analysis {
    /// `Acme named X chief executive, replacing Y`, `…, qui succède à Y`: the predecessor held the post at the
    /// firm the newcomer's post was read for in the same sentence (role `former`).
    func replacedPredecessor(sentence k: Int) {
        let s = sentences[k].tokens
        for i in s where i > s.lowerBound && tokens[i - 1].key == "," {
            guard let cue = matchPhrase(RoleCues.replacing, at: i, sentence: k),
                  let predecessor = slotStarting(at: i + cue.count, sentence: k, types: [.person]), !predecessor.anaphor else { continue }
            let newcomers = Set(slots[k].filter { $0.tokens.upperBound < i && type($0.entity) == .person }.map(\.entity))
            guard let post = relations.last(where: { $0.predicate == .worksFor && newcomers.contains($0.subject)
                      && $0.evidence.sentence.start == sentences[k].start && $0.subject != predecessor.entity }),
                  case .entity(let firm) = post.object else { continue }
            relate(predecessor.entity, .worksFor, .entity(firm), cue: i..<predecessor.tokens.upperBound, sentence: k,
                   rule: "rule:succession.replacing", confidence: 0.5, properties: ["role": .string("former")])
        }
    }
}
