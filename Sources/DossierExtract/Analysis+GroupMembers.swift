import DossierModel

/// `The oligarchs that were hit by the new EU sanctions include A, the founder of B, C, …`, `Les entreprises visées
/// par les sanctions américaines comprennent A et B`: a group the measure hit, then its members after a verb of
/// inclusion. Every member of the group's kind is a target; the firms that describe people in a list of people are not.
enum GroupMemberCues {
    static let peopleNouns: Set<String> = ["individuals", "persons", "people", "oligarchs", "businessmen", "executives", "officials",
                                           "personnes", "particuliers", "individus", "oligarques", "dirigeants", "responsables"]
    static let firmNouns: Set<String> = ["companies", "firms", "banks", "institutions", "exchanges", "entreprises", "societes", "banques"]
    static let mixedNouns: Set<String> = ["entities", "entites", "targets", "cibles"]
    static let hitWords: Set<String> = ["hit", "targeted", "affected", "concerned", "covered", "named", "listed", "sanctioned", "designated",
                                        "visees", "vises", "frappees", "frappes", "touchees", "touches", "concernees", "concernes", "ciblees", "cibles",
                                        "sanctionnees", "sanctionnes", "designees", "designes"]
    static let inclusionVerbs: Set<String> = ["include", "includes", "included", "are", "were", "incluent", "comprennent", "comprenaient", "sont", "etaient", "figurent"]
}

extension Analysis {
    func groupMembersOfMeasures() {
        var imposersOf: [Int: [Int]] = [:]
        for r in relations where r.predicate == .imposedBy { if case .entity(let o) = r.object { imposersOf[r.subject, default: []].append(o) } }
        for (k, s) in sentences.enumerated() where !skip[k] {
            for measure in slots[k] where type(measure.entity) == .sanction && !isCitedRegime(measure, sentence: k) {
                // The group before the measure, tied to it by a participle of hitting: `the firms targeted by the sanctions`.
                let lead = ordered(max(s.tokens.lowerBound, measure.tokens.lowerBound - 8), measure.tokens.lowerBound)
                guard let g = lead.first(where: { isGroupNoun(tokens[$0].key) }),
                      ordered(g + 1, measure.tokens.lowerBound).contains(where: { GroupMemberCues.hitWords.contains(tokens[$0].key) }),
                      let verb = ordered(measure.tokens.upperBound, min(s.tokens.upperBound, measure.tokens.upperBound + 4)).first(where: { GroupMemberCues.inclusionVerbs.contains(tokens[$0].key) })
                else { continue }
                let kinds: Set<EntityType> = GroupMemberCues.peopleNouns.contains(tokens[g].key) ? [.person]
                    : GroupMemberCues.firmNouns.contains(tokens[g].key) ? [.company] : [.person, .company]
                // (`one of Putin's oldest allies`: a possessive names whom a member is close to, not a member.)
                let possessor = { (sl: Slot) in sl.tokens.upperBound < s.tokens.upperBound && ["'s", "’s", "'", "’"].contains(self.tokens[sl.tokens.upperBound].key) }
                for member in slots[k] where member.tokens.lowerBound > verb && kinds.contains(type(member.entity)) && !member.anaphor && !drafts[member.entity].isMedia && !possessor(member) {
                    relate(member.entity, .subjectTo, .entity(measure.entity), cue: member.tokens, sentence: k, rule: "rule:sanction.group-members", confidence: 0.5)
                    for o in imposersOf[measure.entity] ?? [] {
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
