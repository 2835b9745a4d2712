import DossierModel

/// `The oligarchs that were hit by the new EU sanctions include A, the founder of B, C, …`, `Les entreprises visées
/// par les sanctions américaines comprennent A et B`: a group the measure hit, then its members after a verb of
/// inclusion. Every member of the group's kind is a target; the firms that describe people in a list of people are not.
enum GroupMemberCues {
    static let peopleNouns: Set<String> = ["individuals", "persons", "people", "oligarchs", "businessmen", "executives", "officials",
                                           "personnes", "particuliers", "individus", "oligarques", "dirigeants", "responsables"]
    static let firmNouns: Set<String> = ["companies", "firms", "banks", "institutions", "exchanges", "entreprises", "societes", "banques"]
    static let mixedNouns: Set<String> = ["entities", "entites", "targets", "cibles"]
    /// Participles tying the group to the measure (`hit by`, `visées par`).
    static let hitWords = SanctionTargetCues.listedWords.union(SanctionTargetCues.affectedWords)
    static let inclusionVerbs: Set<String> = ["include", "includes", "included", "are", "were", "incluent", "comprennent", "comprenaient", "sont", "etaient", "figurent"]
}

extension Analysis {
    func groupMembersOfMeasures() {
        var imposersOf: [Int: [Int]] = [:]
        for r in relations where r.predicate == .imposedBy { if case .entity(let o) = r.object { imposersOf[r.subject, default: []].append(o) } }
        var last: (measure: Int, sentence: Int)? = nil
        for (k, s) in sentences.enumerated() where !skip[k] {
            // The measures of the sentence, and `les sanctions`, `the measures` taking up the last one described.
            var measures = slots[k].filter { type($0.entity) == .sanction && !isCitedRegime($0, sentence: k) }.map { ($0.entity, $0.tokens) }
            if let l = last, k - l.sentence <= 6 {
                for i in s.tokens where ["sanctions", "mesures", "measures", "restrictions"].contains(tokens[i].key) && !slots[k].contains(where: { $0.tokens.contains(i) }) {
                    measures.append((l.measure, i..<(i + 1)))
                }
            }
            if let newest = slots[k].last(where: { type($0.entity) == .sanction && !isCitedRegime($0, sentence: k) }) { last = (newest.entity, k) }
            for (measure, at) in measures {
                // The group before the measure, tied to it by a participle of hitting: `the firms targeted by the sanctions`.
                let lead = ordered(max(s.tokens.lowerBound, at.lowerBound - 8), at.lowerBound)
                guard let g = lead.first(where: { isGroupNoun(tokens[$0].key) }),
                      ordered(g + 1, at.lowerBound).contains(where: { GroupMemberCues.hitWords.contains(tokens[$0].key) }),
                      let verb = ordered(at.upperBound, min(s.tokens.upperBound, at.upperBound + 4)).first(where: { GroupMemberCues.inclusionVerbs.contains(tokens[$0].key) })
                else { continue }
                let kinds: Set<EntityType> = GroupMemberCues.peopleNouns.contains(tokens[g].key) ? [.person]
                    : GroupMemberCues.firmNouns.contains(tokens[g].key) ? [.company] : [.person, .company]
                // (`one of Putin's oldest allies`: a possessive names whom a member is close to, not a member.)
                let possessor = { (sl: Slot) in sl.tokens.upperBound < s.tokens.upperBound && ["'s", "’s", "'", "’"].contains(self.tokens[sl.tokens.upperBound].key) }
                for member in slots[k] where member.tokens.lowerBound > verb && kinds.contains(type(member.entity)) && !member.anaphor && !drafts[member.entity].isMedia && !possessor(member) {
                    relate(member.entity, .subjectTo, .entity(measure), cue: member.tokens, sentence: k, rule: "rule:sanction.group-members", confidence: 0.5)
                    for o in imposersOf[measure] ?? [] {
                        relate(member.entity, .sanctionedBy, .entity(o), cue: member.tokens, sentence: k, rule: "rule:sanction.group-members.listed", confidence: 0.45)
                    }
                }
            }
        }
    }

    private func isGroupNoun(_ key: String) -> Bool {
        GroupMemberCues.peopleNouns.contains(key) || GroupMemberCues.firmNouns.contains(key) || GroupMemberCues.mixedNouns.contains(key)
    }
}
