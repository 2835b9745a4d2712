import DossierModel

/// A buyer choosing its suppliers, as news reports public contracts: `NASA selected X and Y to deliver
/// payloads`, `the Army picked X for a pilot program`, `the contract was awarded to X by Y`,
/// `le ministère a retenu X pour héberger ses données`, `le contrat a été attribué à X par Y`. Each chosen
/// firm SUPPLIES the buyer. A choice needs its purpose (a supply verb or a contract noun) so that
/// `selected X as chief executive` or `chose Paris for its office` stay unread.
enum ContractAwardCues {
    static let chooseVerbs: Set<String> = ["selected", "selects", "picked", "picks", "chose", "chosen", "tapped", "taps", "contracted", "hired",
                                           "retenu", "retient", "choisi", "choisit", "selectionne", "selectionnee", "mandate"]
    /// `to supply`, `pour fournir`: what the chosen firm is to do.
    static let supplyVerbs: Set<String> = ["supply", "provide", "build", "deliver", "develop", "operate", "design", "manufacture", "install", "host", "run",
                                           "fournir", "construire", "livrer", "developper", "exploiter", "concevoir", "fabriquer", "installer", "heberger", "equiper", "gerer"]
    /// `for a pilot program`, `pour un contrat`: a job named as a noun.
    static let jobNouns: Set<String> = FirmClauseCues.awardNouns.union(["program", "programme", "project", "pilot", "mission", "projet", "appel"])
}

extension Analysis {
    func collectContractAwards() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens {
                let key = tokens[i].key
                if ContractAwardCues.chooseVerbs.contains(key) { chosenSuppliers(verb: i, sentence: k) }
                if TakeoverCues.awardVerbs.contains(key) || ["attribuee", "confiee"].contains(key) { passiveAward(verb: i, sentence: k) }
            }
        }
    }

    /// `NASA selected X and Y to deliver payloads`, `Le ministère a retenu X pour héberger ses données`.
    private func chosenSuppliers(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let first = slotStarting(at: i + 1, sentence: k, types: [.company], skip: 0), isFirm(first.entity) else { return }
        let chosen = [first] + coordinated(after: first, sentence: k, descriptors: false) { self.isFirm($0.entity) }
        let after = chosen.last!.tokens.upperBound
        // The purpose follows the last chosen firm: `to supply`, `pour fournir`, `for a … contract`.
        let window = keys(after..<min(end, after + 5))
        let purpose = (window.first.map { ["to", "pour"].contains($0) } ?? false) && window.dropFirst().first.map { ContractAwardCues.supplyVerbs.contains($0) } == true
            || (window.first.map { ["for", "pour"].contains($0) } ?? false) && window.dropFirst().prefix(4).contains(where: { ContractAwardCues.jobNouns.contains($0) })
        guard purpose, let buyer = subjectOfVerb(i, sentence: k, types: [.company, .organization], window: 10, excluding: first.entity),
              !drafts[buyer.entity].isMedia, !chosen.contains(where: { $0.entity == buyer.entity }) else { return }
        for y in chosen {
            relate(y.entity, .supplies, .entity(buyer.entity), cue: buyer.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:chosen-supplier", confidence: 0.55)
        }
    }

    /// `The contract was awarded to X by Y`, `Le contrat a été attribué à X par Y`.
    private func passiveAward(verb i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        let before = keys(max(lo, i - 6)..<i)
        guard before.contains(where: { ["was", "were", "been", "ete", "est", "sont"].contains($0) }),
              before.contains(where: { ContractAwardCues.jobNouns.contains($0) }),
              i + 1 < end, ["to", "a", "au"].contains(tokens[i + 1].key),
              let y = slotStarting(at: i + 2, sentence: k, types: [.company], skip: 0), isFirm(y.entity) else { return }
        var j = y.tokens.upperBound
        while j < end, j < y.tokens.upperBound + 3, !["by", "par"].contains(tokens[j].key) { j += 1 }
        guard j < end, ["by", "par"].contains(tokens[j].key),
              let x = slotStarting(at: j + 1, sentence: k, types: [.company, .organization], skip: 1), x.entity != y.entity, !drafts[x.entity].isMedia else { return }
        relate(y.entity, .supplies, .entity(x.entity), cue: y.tokens.lowerBound..<x.tokens.upperBound, sentence: k, rule: "rule:passive-award", confidence: 0.55)
    }
}
