import DossierModel

/// LOCATED_IN from a place written as a complement of the firm's name or of its head noun, the way
/// sanctions and tender notices list firms: `X et Y de Chine, et Z de Hong Kong`, `X and Y of China`,
/// `X, une société de Hong Kong`, `X, a company from Singapore`.
enum PlaceComplementCues {
    /// Prepositions that give a firm's home after its name or head noun.
    static let homePrepositions: Set<String> = ["de", "d'", "of"]
    /// Head nouns that say what the firm is, so `de/of/from <place>` is its home. Nouns of a relation to
    /// someone else (`fournisseur de Russie`, `a customer of China`) are left out: the place is the other party.
    static let homeHeads: Set<String> = ["societe", "entreprise", "groupe", "firme", "compagnie", "start-up", "startup", "jeune-pousse", "conglomerat",
                                         "company", "firm", "group", "conglomerate", "corporation", "business", "outfit", "enterprise", "maison", "house"]
    /// Tokens that may close the place of a firm's complement: a list goes on, a clause or the sentence ends.
    static let closers: Set<String> = [",", ".", ";", ")", ":", "et", "and", "&", "ont", "have", "has", "a", "is", "est", "sont", "are", "were", "etaient", "said", "ont-elles"]
}

extension Analysis {
    /// `Korvalis Systems et Denbrook Energy de Chine`, `firms X and Y of China`: every firm of the list
    /// right before `de/of <place>` is in that place. The list is read backwards over `,`/`et`/`and` between names.
    func collectFirmListPlaces() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            let ss = slots[k]
            for (n, place) in ss.enumerated() where n > 0 && type(place.entity) == .location {
                let p = place.tokens.lowerBound
                // `de Chine même`, `of China itself`: an intensifier may follow the place.
                var after = place.tokens.upperBound
                if after < s.tokens.upperBound, ["meme", "itself", "proper"].contains(tokens[after].key) { after += 1 }
                guard p - 2 >= s.tokens.lowerBound, PlaceComplementCues.homePrepositions.contains(tokens[p - 1].key),
                      after >= s.tokens.upperBound || PlaceComplementCues.closers.contains(tokens[after].key) else { continue }
                var firms: [Slot] = []
                var m = n - 1
                while m >= 0 {
                    let f = ss[m]
                    let gap = keys(ordered(f.tokens.upperBound, firms.last?.tokens.lowerBound ?? (p - 1)))
                    // A weakly read one-word name may be the tail of a longer one (`Assistance publique - Hôpitaux de Paris`).
                    guard isFirm(f.entity), !f.anaphor, drafts[f.entity].strength >= 2, firms.isEmpty ? gap.isEmpty : (!gap.isEmpty && gap.count <= 2 && gap.allSatisfy { [",", "et", "and", "&"].contains($0) }) else { break }
                    firms.append(f)
                    m -= 1
                }
                guard let first = firms.last else { continue }
                // `l'usine de X de Dunkerque`, `the CEO of X of China`: a firm that is itself a complement of a noun.
                let before = first.tokens.lowerBound - 1
                if before >= s.tokens.lowerBound, ["de", "d'", "du", "des", "of", "'s", "-"].contains(tokens[before].key) { continue }
                for f in firms {
                    relate(f.entity, .locatedIn, .entity(place.entity), cue: f.tokens.lowerBound..<place.tokens.upperBound, sentence: k,
                           rule: "rule:firm-of-place", confidence: 0.55)
                }
            }
        }
    }

    /// `X, une société de Hong Kong`, `X, a trading company from Dubai`: the apposition's head noun is followed by
    /// the firm's home (`from` too, which a firm's name does not swallow).
    func placeOfApposedHead(after x: Slot, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var i = x.tokens.upperBound
        guard i + 3 < end, tokens[i].key == "," else { return }
        i += 1
        if ["a", "an", "the", "un", "une", "la", "le", "l'"].contains(tokens[i].key), !(language == "fr" && tokens[i].key == "a") { i += 1 }
        // Up to three lower-case modifiers before the head (`a trading house`, `une petite société`).
        var words = 0
        while i < end, words < 3, !PlaceComplementCues.homeHeads.contains(tokens[i].key) {
            guard tokens[i].kind == .word, !tokens[i].isNameLike, !slots[k].contains(where: { $0.tokens.contains(i) }) else { return }
            i += 1; words += 1
        }
        guard i + 2 < end, PlaceComplementCues.homeHeads.contains(tokens[i].key),
              PlaceComplementCues.homePrepositions.contains(tokens[i + 1].key) || tokens[i + 1].key == "from",
              let place = slots[k].first(where: { $0.tokens.lowerBound == i + 2 && type($0.entity) == .location }),
              // `a company of China's Y`: the place belongs to the next name.
              place.tokens.upperBound >= end || tokens[place.tokens.upperBound].key != "'s" else { return }
        relate(x.entity, .locatedIn, .entity(place.entity), cue: x.tokens.lowerBound..<place.tokens.upperBound, sentence: k,
               rule: "rule:apposition.head-of-place", confidence: 0.6)
    }
}

/// Words around a firm's places of operation (`Analysis.placesOfOperation`) that widen or block the reading.
enum OperationPlaceCues {
    /// Nouns of growth that a possessive makes a firm's presence: `poursuit son développement en France`, `its expansion in Asia`.
    static let growthNouns: Set<String> = ["developpement", "expansion", "implantation", "presence"]
    /// Nouns of people or flows elsewhere: `compte des clients en Europe`, `its sales in China` put the other party there.
    static let otherParties: Set<String> = ["clients", "client", "customers", "customer", "users", "utilisateurs", "abonnes", "subscribers", "ventes", "sales",
                                            "exports", "exportations", "demande", "demand", "revenue", "revenues", "chiffre", "investors", "investisseurs",
                                            "prix", "prices", "buyers", "acheteurs", "fournisseurs", "suppliers", "partners", "partenaires",
                                            "fournisseur", "supplier", "partenaire", "partner"]
    /// Verbs of holding, whose subject may be anyone (`owns a property in`); they need a firm in the clause.
    static let holdingVerbs: Set<String> = ["has", "owns", "possede", "dispose", "compte", "manages", "manage", "gere", "gerait"]
    /// Verbs of financing: a fund that invests in data centres across Europe runs none of them.
    static let financing: Set<String> = ["invests", "invest", "investing", "invested", "investit", "investir", "investira", "investi", "finance", "finances", "financing",
                                         "financer", "financed", "funds", "fund", "funded", "backs", "backed"]

    /// The words after the last comma: an apposition (`X, backed by Y, runs …`) says nothing of the clause's verb.
    static func lastClause(_ words: [String]) -> ArraySlice<String> {
        words.lastIndex(of: ",").map { words[(words.index(after: $0))...] } ?? words[...]
    }

    static func isPossessedGrowth(_ lead: [String], at i: Int) -> Bool {
        growthNouns.contains(lead[i]) && i > 0 && Analysis.possessives.contains(lead[i - 1])
    }

    /// `compte de nombreux clients en Europe`, `invests in data centers across Europe`, `makes chillers for data
    /// centers in Europe`: customers, sales or sites financed or served elsewhere.
    static func isOtherPartysPlace(_ lead: [String], verb v: Int, pluralSite: Bool) -> Bool {
        // `has offered services to several banks in Asia`: a recipient after the verb holds the place.
        if lead[v...].contains(where: { otherParties.contains($0) || ["to", "for", "pour"].contains($0) }) { return true }
        guard pluralSite else { return false }
        if lead[..<v].suffix(4).contains(where: { financing.contains($0) }) { return true }
        // `vendra des puces à des centres de données en X`, `sells chips to data centers in X`: sites of the buyers.
        if lead[..<v].contains(where: { RelationCues.supplies.contains($0) || ["exporte", "exports", "ships", "shipped", "expedie"].contains($0) }) { return true }
        return lead[..<v].suffix(3).contains { ["for", "pour", "to", "aux"].contains($0) }
    }
}

/// A firm that supplies a site: the site is its customer's, not its own.
enum SiteCustomerCues {
    static let recipients: Set<String> = ["to", "pour", "a", "au", "aux"]

    /// The words between a firm and a site noun hold a supply verb and end on a preposition of the recipient
    /// and an article (`will supply GPUs to a`, `fournira des GPU pour un`; not `capacity from a`).
    static func suppliesSite(_ gap: [String]) -> Bool {
        guard gap.contains(where: { RelationCues.supplies.contains($0) && !["supplier", "fournisseur", "hosts", "host", "heberge", "heberger"].contains($0) }) else { return false }
        var tail = gap
        if let last = tail.last, ["a", "an", "the", "un", "une", "le", "la", "l'", "les", "des"].contains(last) { tail.removeLast() }
        return recipients.contains(tail.last ?? "")
    }
}

extension Analysis {
    /// `the data center that X operates in Y`, `le centre de données de 200 MW que X exploite à Y`: X is the
    /// subject of a relative clause on a site, so the place after the verb is the site's.
    func isSubjectOfSiteRelative(_ slot: Slot, sentence k: Int) -> Bool {
        let at = slot.tokens.lowerBound - 1
        guard at > sentences[k].tokens.lowerBound, ["that", "which", "que", "qu'"].contains(tokens[at].key) else { return false }
        return slots[k].contains { type($0.entity) == .facility && $0.tokens.upperBound <= at && at - $0.tokens.upperBound <= 4 }
    }

    /// `X's new data center, located in Wyoming, …`, `le centre de données de X, situé dans le Wyoming`: a participle
    /// right after the comma that closes a site between the firm and the place places the site, not the firm.
    /// (`le centre de données de X, situé …`: the firm may be the site's complement too.)
    func isPlacedSiteBetween(_ x: Slot, _ between: [Slot], place y: Slot, sentence k: Int) -> Bool {
        let complement = x.tokens.lowerBound - 2 >= sentences[k].tokens.lowerBound && tokens[x.tokens.lowerBound - 1].isOf
            && slots[k].contains { type($0.entity) == .facility && $0.tokens.upperBound == x.tokens.lowerBound - 1 }
        guard let end = between.last(where: { type($0.entity) == .facility })?.tokens.upperBound ?? (complement ? x.tokens.upperBound : nil) else { return false }
        let after = keys(ordered(end, y.tokens.lowerBound))
        return after.count >= 2 && after.count <= 5 && after[0] == "," && (SeatCues.participles.contains(after[1]) || Self.siteParticiples.contains(after[1]))
    }

    /// Participles of a site's place beyond the seat participles (`situé`, `sited`).
    static let siteParticiples: Set<String> = ["situe", "situee", "situated", "sited", "implante", "implantee", "installe", "installee"]

    /// `The Ridgeway data center, a joint venture between X and Y, is located in Z`: a firm inside an apposition
    /// that opens right after a site; the verb after it, and its place, are the site's.
    func isInSiteApposition(_ slot: Slot, sentence k: Int) -> Bool {
        slots[k].contains { site in
            type(site.entity) == .facility && site.tokens.upperBound < slot.tokens.lowerBound && slot.tokens.lowerBound - site.tokens.upperBound <= 10
                && tokens[site.tokens.upperBound].key == "," && !keys((site.tokens.upperBound + 1)..<slot.tokens.lowerBound).contains(",")
                && site.tokens.lowerBound - sentences[k].tokens.lowerBound <= 4
        }
    }

    /// `a data center in Frankfurt and another in Amsterdam`, `un centre de données à Francfort et un autre à
    /// Amsterdam`: the words `and another` after the site's place (and its chain) and the second place.
    func anotherSite(after r: Range<Int>, place p: Int, sentence k: Int) -> (cue: Range<Int>, place: Int)? {
        let end = sentences[k].tokens.upperBound
        guard var i = slots[k].first(where: { $0.entity == p && $0.tokens.lowerBound >= r.upperBound })?.tokens.upperBound else { return nil }
        // Past the chain of the first place (`in Dresden, Germany,`).
        while i + 1 < end, tokens[i].key == ",", let q = slots[k].first(where: { $0.tokens.lowerBound == i + 1 && type($0.entity) == .location }) { i = q.tokens.upperBound }
        if i < end, tokens[i].key == "," { i += 1 }
        guard i + 3 < end, ["and", "et"].contains(tokens[i].key) else { return nil }
        var j = i + 1
        if ["d'", "de"].contains(tokens[j].key) { j += 1 }
        if ["un", "une"].contains(tokens[j].key) { j += 1 }
        guard j + 2 < end, ["another", "autre", "second", "seconde", "deuxieme"].contains(tokens[j].key) else { return nil }
        let cue = (i + 1)..<(j + 1)
        var at = j + 1
        if tokens[at].key == "one" { at += 1 }
        guard at + 1 < end, ["in", "at", "near", "a", "en", "au", "aux", "dans", "pres"].contains(tokens[at].key) else { return nil }
        if tokens[at].key == "pres", at + 2 < end, ["de", "d'"].contains(tokens[at + 1].key) { at += 1 }
        guard let q = slots[k].first(where: { $0.tokens.lowerBound == at + 1 && type($0.entity) == .location }), q.entity != p else { return nil }
        return (cue, q.entity)
    }
}
