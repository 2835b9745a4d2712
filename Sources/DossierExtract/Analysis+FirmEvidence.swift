import DossierModel

/// Cues that a capitalised name no lexicon or head noun typed is a firm after all. News names a
/// small firm once or twice, often with no apposition (`analysts at Pekvar said`, `rivals such as
/// Tolvane`, `Hexalis declined to comment`); without a cue the name is only a guess and is dropped
/// when no relation holds it (`dropUncuedGuesses`). Each cue here is a context in which a person,
/// a place, a title or an event is rarely named.
enum FirmEvidenceCues {
    /// `analysts at X`, `engineers at X`: people who work at a firm.
    static let staffNouns: Set<String> = ["analyst", "analysts", "engineer", "engineers", "employee", "employees", "workers", "worker", "staff",
                                          "executive", "executives", "researchers", "researcher", "economist", "strategist", "strategists", "manager", "managers"]
    /// `rivals such as X`, `des acteurs comme X`: plural nouns for firms before an example (the nationality
    /// reading's list, with the trade's collective nouns).
    static let firmPlurals: Set<String> = NationalityCues.pluralFirmNouns.union(["players", "providers", "hyperscalers", "acteurs", "industriels", "editeurs",
                                                                                "equipementiers", "constructeurs"])
    static let exampleOpeners: Set<String> = ["such", "including", "like", "comme", "notamment", "tels", "telles", "dont", "among", "parmi"]
    /// `X's customers`, `les salariés de X`: what only a firm has.
    static let firmAttributes: Set<String> = ["customers", "clients", "employees", "staff", "workforce", "revenue", "revenues", "sales", "profit", "profits",
                                              "earnings", "shareholders", "subsidiary", "subsidiaries", "headquarters", "valuation", "board",
                                              "salaries", "actionnaires", "filiale", "filiales", "siege", "valorisation",
                                              "chiffre", "benefice", "capital", "effectifs", "actifs", "assets"]
    /// `X declined to comment`, `X n'a pas souhaité commenter`: a firm asked by the reporter.
    static let declineVerbs: Set<String> = ["declined", "refused"]
    /// `une entente avec X et Y`, `a supply agreement with X`: the parties of a deal.
    static let agreementNouns: Set<String> = ["accord", "accords", "entente", "contrat", "partenariat", "protocole", "agreement", "agreements", "deal", "deals",
                                              "contract", "partnership", "memorandum", "coentreprise", "venture"]
    /// `l'acquisition de X`, `the takeover of X`: what is bought is a firm (a place or a person is typed before).
    static let takeoverNouns: Set<String> = ["acquisition", "rachat", "takeover", "buyout", "merger", "fusion"]
    /// `son partenaire X`, `its rival X`: a firm's relation named before the name.
    static let relationNouns: Set<String> = ["partenaire", "concurrent", "rival", "competitor", "filiale", "subsidiary"]
    static let frenchDeclineVerbs: Set<String> = ["souhaite", "voulu", "repondu", "donne", "commente"]
}

extension Analysis {
    /// Weak firm guesses with a firm's context in at least one of their mentions.
    func firmEvidenceGuesses() -> Set<Int> {
        var found = Set<Int>()
        for k in slots.indices where !skip[k] {
            let named = slots[k].filter { !$0.anaphor }
            for (n, slot) in named.enumerated() {
                let e = slot.entity
                guard isWeakFirmGuess(e), !found.contains(e) else { continue }
                if pairedWithFirm(n, in: named, sentence: k) || firmContext(slot, sentence: k) { found.insert(e) }
            }
        }
        return found
    }

    /// Do only names, joined by `,` / `et` / `and`, stand between token `start` and the name at `a`?
    private func listReaches(from start: Int, to a: Int, sentence k: Int) -> Bool {
        let separators: Set<String> = [",", "et", "and"]
        var cursor = start
        for s in slots[k].sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) where s.tokens.lowerBound >= start && s.tokens.lowerBound < a {
            if s.tokens.lowerBound == cursor || s.tokens.lowerBound == cursor + 1 && separators.contains(tokens[cursor].key) {
                cursor = s.tokens.upperBound
            } else { return false }
        }
        return a == cursor || a == cursor + 1 && separators.contains(tokens[cursor].key)
    }

    /// A name typed a firm only by default, which `dropUncuedGuesses` drops unless something supports it.
    func isWeakFirmGuess(_ e: Int) -> Bool {
        drafts[e].type == .company && drafts[e].strength <= 1 && !drafts[e].isMedia && !drafts[e].suppressed
    }

    /// A firm the text types by a lexicon, a legal form or a cue.
    func isStrongFirm(_ e: Int) -> Bool {
        drafts[e].type == .company && drafts[e].strength >= 2 && !drafts[e].isMedia
    }

    /// `Tolvane and Equinix`, `Nvidia ou Velkor`: joined by a conjunction to a firm the text types. (A comma
    /// may close a clause, `such as X, Disney has…`; lists of three are read by `listedWithFirms`.)
    private func pairedWithFirm(_ n: Int, in named: [Slot], sentence k: Int) -> Bool {
        let joins: Set<String> = ["and", "et", "or", "ou"]
        func joined(_ a: Slot, _ b: Slot) -> Bool {
            guard a.tokens.upperBound < b.tokens.lowerBound else { return false }
            let gap = keys(a.tokens.upperBound..<b.tokens.lowerBound)
            return gap.count == 1 && joins.contains(gap[0])
        }
        // `Under Secretary for Terrorism and Financial Intelligence`: a pair inside a capitalised title is the title's.
        func inTitle(_ first: Slot) -> Bool {
            let i = first.tokens.lowerBound
            return i >= sentences[k].tokens.lowerBound + 2 && ["for", "of", "de", "du", "des"].contains(tokens[i - 1].key) && tokens[i - 2].isCapitalized
        }
        if n > 0, isStrongFirm(named[n - 1].entity), joined(named[n - 1], named[n]), !inTitle(named[n - 1]) { return true }
        if n + 1 < named.count, isStrongFirm(named[n + 1].entity), joined(named[n], named[n + 1]), !inTitle(named[n]) { return true }
        return false
    }

    private func firmContext(_ slot: Slot, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound, hi = sentences[k].tokens.upperBound
        let a = slot.tokens.lowerBound, b = slot.tokens.upperBound
        func key(_ i: Int) -> String { i >= lo && i < hi ? tokens[i].key : "" }
        // `analysts at X`
        if key(a - 1) == "at", FirmEvidenceCues.staffNouns.contains(key(a - 2)) { return true }
        // `rivals such as X`, `des acteurs comme X`, `operators including X`, `des opérateurs tels que X`
        if let opener = (max(lo, a - 3)..<a).last(where: { FirmEvidenceCues.exampleOpeners.contains(key($0)) }),
           keys(opener..<a).allSatisfy({ FirmEvidenceCues.exampleOpeners.contains($0) || ["as", "que", "qu'", ":"].contains($0) }),
           (max(lo, opener - 3)..<opener).contains(where: { FirmEvidenceCues.firmPlurals.contains(key($0)) }) { return true }
        // `X's customers`, `X's valuation`
        if key(b) == "'s", FirmEvidenceCues.firmAttributes.contains(key(b + 1)) { return true }
        // `les salariés de X`, `le chiffre d'affaires de X`
        if ["de", "d'", "du"].contains(key(a - 1)) {
            let noun = key(a - 2) == "affaires" ? "chiffre" : key(a - 2)
            if FirmEvidenceCues.firmAttributes.contains(noun) { return true }
        }
        // `une entente avec X et Y`: the names after `avec` / `with` and a deal's noun, across a list.
        if let w = (max(lo, a - 8)..<a).last(where: { ["avec", "with"].contains(key($0)) }),
           FirmEvidenceCues.agreementNouns.contains(key(w - 1)) || FirmEvidenceCues.agreementNouns.contains(key(w - 2)),
           listReaches(from: w + 1, to: a, sentence: k) { return true }
        // `l'acquisition de X`, `the takeover of X`; `son partenaire X`, `its rival X`.
        if Token.isOfWord(key(a - 1)), FirmEvidenceCues.takeoverNouns.contains(key(a - 2)) { return true }
        if FirmEvidenceCues.relationNouns.contains(key(a - 1)), ["son", "sa", "its", "leur", "their"].contains(key(a - 2)) { return true }
        // The name must be the subject: `a spokesperson for X declined to comment` is about the spokesperson.
        let subject = a == lo || [",", "and", "but", "et", "mais", "while", "-", "–", "—"].contains(key(a - 1))
            || Self.definiteDeterminers.contains(key(a - 1)) && a - 1 == lo
        // `X said it would`, `X said in a statement`
        if subject, ["said", "says"].contains(key(b)), ["it", "its", "it's"].contains(key(b + 1)) || key(b + 1) == "in" && key(b + 3) == "statement" { return true }
        // `In a statement, X said`, `Dans un communiqué, X a précisé`
        if key(a - 1) == ",", ["statement", "communique"].contains(key(a - 2)) { return true }
        // `X declined to comment`, `X did not respond to a request for comment`
        if subject, FirmEvidenceCues.declineVerbs.contains(key(b)), ["to", "a"].contains(key(b + 1)) { return true }
        if subject, key(b) == "did", key(b + 1) == "not", ["respond", "reply", "immediately"].contains(key(b + 2)) { return true }
        // `X n'a pas souhaité commenter`, `X n'a pas répondu`
        if subject, key(b) == "n'", key(b + 1) == "a", key(b + 2) == "pas", FirmEvidenceCues.frenchDeclineVerbs.contains(key(b + 3)) { return true }
        // `X signed`, `X a racheté`, `X has opened`: what a firm does, told of a name that is no person's.
        let verb = ["a", "has", "have"].contains(key(b)) && tokens[b].text != "à" ? b + 1 : b
        // A lone capitalised opener (`Officials signed…`) may be a common noun: it needs a second mention.
        if subject, MentionFinder.corporateVerbs.contains(key(verb)), a != lo || drafts[slot.entity].mentions.count >= 2 { return true }
        // `une amende à X`, `un contrat à X`
        if key(a - 1) == "a", ["amende", "amendes", "contrat", "commande", "subvention", "licence"].contains(key(a - 2)) { return true }
        // `placé X en redressement judiciaire`, `X filed for bankruptcy`
        if key(b) == "en", ["redressement", "liquidation", "faillite"].contains(key(b + 1)) { return true }
        if key(b) == "filed", key(b + 1) == "for", ["bankruptcy", "chapter", "insolvency"].contains(key(b + 2)) { return true }
        // `values X at $1.2 billion`, `valorise X à`
        if ["values", "valued", "valorise", "valorisant", "valuing"].contains(key(a - 1)) { return true }
        return false
    }
}
