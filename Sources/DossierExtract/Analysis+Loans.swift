import DossierModel

/// Lenders: annotators count a loan or a financing from a bank or a fund as backing the site or firm it pays for.
enum LoanCues {
    static let loanNouns: Set<String> = ["loan", "loans", "financing", "pret", "prets", "financement", "financements"]
    /// What introduces the lender after the noun (`a loan from the AIIB`, `un prêt accordé par la BEI`).
    static let lenderOpeners: Set<String> = ["from", "par"]
    /// What introduces the site or firm paid for (`financing for the plant`, `pour financer l'usine`).
    static let purposeVerbs: Set<String> = ["finance", "financer", "fund", "build", "construire"]
    static let purposeWords: Set<String> = purposeVerbs.union(["for", "pour"])
    /// Words between the purpose and what it pays for.
    static let fillers: Set<String> = ["to", "the", "la", "le", "l'", "its", "son", "sa"]
}

extension Analysis {
    /// `Financing for the Korvan Wind Station comes in the form of a US$34.4mn loan from the AIIB and US$24.8mn from
    /// the Valmor Fund`, `un prêt de 50 M€ accordé par la BEI pour financer l'usine de X`: each lender backs the site.
    func collectLoans() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            guard let noun = s.tokens.first(where: { LoanCues.loanNouns.contains(tokens[$0].key) }),
                  let paid = paidFor(noun: noun, sentence: k) else { continue }
            var lenders: [Slot] = []
            for i in noun..<s.tokens.upperBound where LoanCues.lenderOpeners.contains(tokens[i].key) {
                guard let lender = slotStarting(at: i + 1, sentence: k, types: [.organization, .company], skip: 1),
                      lender.entity != paid.entity, !drafts[lender.entity].isMedia, !lenders.contains(where: { $0.entity == lender.entity }) else { continue }
                lenders.append(lender)
                lenders += coordinated(after: lender, sentence: k, descriptors: false) { [.organization, .company].contains(self.type($0.entity)) && $0.entity != paid.entity }
            }
            for l in lenders {
                relate(l.entity, .investsIn, .entity(paid.entity), cue: min(l.tokens.lowerBound, paid.tokens.lowerBound)..<max(l.tokens.upperBound, paid.tokens.upperBound),
                       sentence: k, rule: "rule:loan-from", confidence: 0.5)
            }
        }
    }

    /// The site right after a word of purpose near the noun, or the firm after a verb of purpose (articles and `to`
    /// skipped): `financing for the plant`, `to finance Korvex`; not `a fund for the Private Sector`, a firm after a bare `for`.
    private func paidFor(noun: Int, sentence k: Int) -> Slot? {
        let s = sentences[k].tokens
        // (`the Valmor Climate Fund`: a capitalised word is a name's, not a verb.)
        for i in max(s.lowerBound, noun - 12)..<min(s.upperBound, noun + 16) where LoanCues.purposeWords.contains(tokens[i].key) && (!tokens[i].isCapitalized || i == s.lowerBound) {
            var j = i + 1
            while j < s.upperBound, LoanCues.purposeWords.contains(tokens[j].key) || LoanCues.fillers.contains(tokens[j].key) { j += 1 }
            let verb = (i..<j).contains { LoanCues.purposeVerbs.contains(tokens[$0].key) }
            if let slot = slots[k].first(where: { $0.tokens.lowerBound == j && !$0.anaphor && (type($0.entity) == .facility || verb && type($0.entity) == .company) }) { return slot }
        }
        return nil
    }
}
