import DossierModel

/// Who runs a facility when the sentence names several firms: the agent of a participle after the
/// noun, the subject of the verb that runs or builds it, never an investor, customer or rival, and
/// nobody for a landmark the site merely stands next to.
extension Analysis {
    /// Participles after which `by/par X` names a firm that does not run the site (`owned by`, `financée par`).
    static let nonRunningParticiples: Set<String> = ["financed", "finance", "financee", "funded", "backed", "soutenu", "soutenue", "alimente", "alimentee",
                                                     "powered", "fed", "owned", "detenu", "detenue", "detenus", "detenues", "acquired", "bought", "rachete", "rachetee"]

    /// Words right before a firm that make it a bystander of the site: an investor, customer, rival or
    /// the object of a supply verb (`infrastructure investor X`, `provide X with capacity`, `rivals including X`).
    static let bystanderCues: Set<String> = ["investor", "investors", "investisseur", "investisseurs", "fund", "fonds", "customer", "customers", "client", "clients",
                                             "supplier", "suppliers", "fournisseur", "fournisseurs", "rival", "rivals", "concurrent", "concurrents", "competitor",
                                             "competitors", "lender", "lenders", "buyer", "acheteur", "tenant", "locataire",
                                             "provide", "provides", "providing", "supply", "supplies", "supplying", "sell", "sells", "selling", "serve", "serves",
                                             "fournir", "fournit", "fournira", "vendre", "vend", "vendra"]

    /// Verbs and auxiliaries right after a firm that make it the subject of its clause.
    static let subjectVerbs: Set<String> = operatingVerbs.union(["is", "was", "will", "has", "plans", "est", "sera", "va", "prevoit", "exploite", "construit"])

    /// Words that put a site next to the noun after them, as a landmark (`near the Itaipu dam`,
    /// `à quelques kilomètres du barrage`, `next to a hydroelectric plant`).
    static let landmarkCues: Set<String> = ["near", "nearby", "beside", "next", "adjacent", "alongside", "close", "pres", "proche", "proximite", "cote", "voisin",
                                            "voisine", "kilometres", "kilometers", "km", "miles", "metres", "meters"]

    /// Verbs whose subject runs, builds or develops the site they govern.
    static let operatingVerbs: Set<String> = RelationCues.operates.union(["exploitera", "construira", "developpera", "exploitent", "construisent", "developpent",
                                                                           "exploiteront", "construiront", "developperont", "operera", "batit", "batira", "operated",
                                                                           // `va implanter une usine`, `implantera son site`: settling a site is building it.
                                                                           "implanter", "implante", "implantera", "implantent"])

    /// Words of putting a site into service (`a mis en service`, `commissioned`, `inaugure`): their subject runs it.
    /// `started construction of`, `a lancé la construction de`: the noun of building a site too.
    static let commissioningWords: Set<String> = ["service", "commissioned", "commissions", "commission", "inaugure", "inaugurated", "inaugurates", "energized", "energised",
                                                  "construction", "groundbreaking"]

    /// Auxiliaries of a passive main verb (`will be operated by`, `sera exploitée par`).
    static let passiveAuxiliaries: Set<String> = ["be", "is", "was", "were", "are", "been", "being", "sera", "est", "etait", "ete", "seront", "sont"]

    /// `une centrale de 60 MW construite par X`, `the Bugey plant, operated by X`, `built last year by X`:
    /// the firm behind `by/par` after a building participle that follows the noun (an apposition comma allowed).
    func participleAgent(noun r: Range<Int>, sentence k: Int, participles: Set<String> = builderParticiples) -> Int? {
        let s = sentences[k]
        // `The facility, located in X, Y, will be operated by Z`: the subject's passive verb may come after appositions.
        let isSubject = r.lowerBound - s.tokens.lowerBound <= 2
        let reach = min(s.tokens.upperBound, r.upperBound + (isSubject ? 20 : 10))
        guard let by = (r.upperBound..<reach).first(where: { ["par", "by"].contains(tokens[$0].key) }), by > r.upperBound,
              let p = stride(from: by - 1, through: max(r.upperBound, by - 3), by: -1).first(where: { participles.contains(tokens[$0].key) }),
              !keys(ordered(p, by)).contains(",") else { return nil }
        let lead = keys(ordered(r.upperBound, p))
        let commas = lead.filter { $0 == "," }.count
        let passiveVerb = isSubject && p > r.upperBound && Self.passiveAuxiliaries.contains(tokens[p - 1].key)
        guard commas == 0 || (commas == 1 && lead.last == ",") || passiveVerb || isPassiveRelative(lead),
              // Another site between the noun and the participle takes the agent.
              !(r.upperBound..<p).contains(where: { lex.facilityNouns.longestMatch(tokens, at: $0, limit: p) != nil }) else { return nil }
        // `par la société locale X`: the name, not the anaphor before it.
        let agent = slots[k].filter { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 5 && [.company, .organization].contains(type($0.entity)) }
            .sorted { !$0.anaphor && $1.anaphor }.first
        guard let a = agent, !drafts[a.entity].isMedia else { return nil }
        return a.entity
    }

    /// Words of a relative clause's passive between a site and its participle (`, which is being built`,
    /// `, which will be run`, `, qui est exploité`, `, qui sera construite`).
    static let relativePassiveWords: Set<String> = passiveAuxiliaries.union(["will", "has", "have", "had", "currently", "already", "now", "also",
                                                                              "actuellement", "deja", "aussi", "desormais", "a"])

    /// `, which is operated by X`, `, qui sera exploité par X`: the lead from the noun to the participle
    /// is a relative pronoun and passive auxiliaries, so the agent runs the site the relative describes.
    func isPassiveRelative(_ lead: [String]) -> Bool {
        let words = lead.first == "," ? Array(lead.dropFirst()) : lead
        guard let pronoun = words.first, ["which", "that", "qui"].contains(pronoun), words.count >= 2 else { return false }
        return words.dropFirst().allSatisfy { Self.relativePassiveWords.contains($0) }
    }

    /// `The Corrin gas plant, operated by X, will supply a data center`: the agent of an earlier site's
    /// participle runs that site, not the one the sentence goes on to name.
    func isAgentOfEarlierSite(_ slot: Slot, noun r: Range<Int>, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound, at = slot.tokens.lowerBound
        guard at - 2 >= lo, ["by", "par"].contains(tokens[at - 1].key), Self.holderParticiples.contains(tokens[at - 2].key) else { return false }
        return slots[k].contains { type($0.entity) == .facility && $0.tokens.upperBound <= at - 2 && $0.tokens.lowerBound != r.lowerBound }
    }

    /// A firm the words before it make an investor, customer, rival or supplied party: a cue word
    /// through articles and lower-case descriptors (`le fonds public chinois X`), or `owned by` / `détenue à 30 % par`.
    func isBystander(_ slot: Slot, sentence k: Int) -> Bool {
        let s = sentences[k]
        // `Y's rival X is building a campus`, `son concurrent X construit`: the firm opens the clause as its subject.
        if slot.tokens.upperBound < s.tokens.upperBound, Self.subjectVerbs.contains(tokens[slot.tokens.upperBound].key) { return false }
        // `customers include X, which runs a data center`: the firm heads a relative clause that runs a site.
        let end = slot.tokens.upperBound
        if end + 2 < s.tokens.upperBound, tokens[end].key == ",", ["which", "who", "qui"].contains(tokens[end + 1].key), Self.subjectVerbs.contains(tokens[end + 2].key) { return false }
        var j = slot.tokens.lowerBound - 1, steps = 0
        while j >= s.tokens.lowerBound, steps < 6 {
            let t = tokens[j]
            // `backed by Talmar, Velmo and Korvo`: a list member shares the first one's role.
            if steps == 0, [",", "et", "and"].contains(t.key), let previous = slots[k].last(where: { $0.tokens.upperBound == j && type($0.entity) == .company }) {
                return isBystander(previous, sentence: k)
            }
            if Self.bystanderCues.contains(t.key) { return true }
            if ["by", "par"].contains(t.key) {
                let lead = keys(max(s.tokens.lowerBound, j - 4)..<j)
                return lead.contains { Self.nonRunningParticiples.contains($0) }
            }
            guard t.kind == .word, !t.isCapitalized else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// The noun names a site only as a landmark near another: a landmark cue, then at most a few
    /// articles, prepositions and lower-case words before the noun (or the name that modifies it).
    func isLandmark(noun r: Range<Int>, sentence k: Int) -> Bool {
        let s = sentences[k]
        let start = slots[k].last { $0.tokens.upperBound == r.lowerBound && $0.tokens.lowerBound < r.lowerBound }?.tokens.lowerBound ?? r.lowerBound
        var j = start - 1, steps = 0
        while j >= s.tokens.lowerBound, steps < 5 {
            let t = tokens[j]
            if Self.landmarkCues.contains(t.key) { return true }
            // `next to its nuclear plant`: the firm's own site.
            if Self.possessives.contains(t.key) { return false }
            guard t.kind == .word, !t.isCapitalized || j == s.tokens.lowerBound else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// `X exploitera deux salles dans le centre de données de Y, puis un second site`: when another
    /// site stands between the verb that runs or builds and this noun, the verb's subject runs this one too.
    func operatingSubject(noun r: Range<Int>, sentence k: Int, among firms: [Slot]) -> Int? {
        let s = sentences[k]
        guard let v = (s.tokens.lowerBound..<r.lowerBound).last(where: { Self.operatingVerbs.contains(tokens[$0].key) }),
              slots[k].contains(where: { type($0.entity) == .facility && $0.tokens.lowerBound > v && $0.tokens.upperBound <= r.lowerBound }),
              !keys(ordered(v, r.lowerBound)).contains(where: { [";", ":", "."].contains($0) }) else { return nil }
        return firms.last { $0.tokens.upperBound <= v }?.entity
    }
}

extension Analysis {
    /// Words after a comma that open an apposition naming a site (`Vega, a 205 MW campus`).
    static let appositionOpeners: Set<String> = ["a", "an", "the", "its", "their", "un", "une", "le", "la", "l'", "son", "sa", "leur"]

    /// Nouns before `de/des` that make a facility noun a line of business (`activités de centres de données`).
    static let businessHeads: Set<String> = ["activites", "activite", "marche", "secteur", "operateur", "operateurs", "exploitant", "exploitants", "specialiste",
                                             "developpeur", "developpeurs", "leader", "geant", "constructeur", "fournisseur", "pionnier", "metier", "metiers",
                                             "mondial", "europeen", "francais", "acteur", "acteurs", "champion", "filiere", "industrie"]

    /// `parc industriel`, `business park`, `parc d'activités`: an estate that holds several sites.
    func isEstate(noun r: Range<Int>, sentence k: Int) -> Bool {
        let s = sentences[k]
        let next = r.upperBound < s.tokens.upperBound ? tokens[r.upperBound].key : ""
        let afterNext = r.upperBound + 1 < s.tokens.upperBound ? tokens[r.upperBound + 1].key : ""
        let prev = r.lowerBound > s.tokens.lowerBound ? tokens[r.lowerBound - 1].key : ""
        return ["industriel", "technologique", "scientifique", "logistique", "tertiaire"].contains(next) || (next == "d'" && afterNext.hasPrefix("activite"))
            || ["industrial", "business", "science", "technology", "office", "logistics", "retail"].contains(prev)
    }
}

extension Analysis {
    /// `l'usine d'Ulyanovsk du constructeur aéronautique russe X`, `the plant of Izhevsk of the maker X`:
    /// the firm behind `du/de la/of the` and a few lower-case descriptors, after the site's place.
    func ownerAfterPlace(noun r: Range<Int>, sentence k: Int) -> Int? {
        let s = sentences[k]
        guard r.upperBound + 1 < s.tokens.upperBound, ["de", "d'", "of"].contains(tokens[r.upperBound].key),
              let place = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound == r.upperBound + 1 }) else { return nil }
        var j = place.tokens.upperBound
        guard j < s.tokens.upperBound, tokens[j].isOf else { return nil }
        j += 1
        if j < s.tokens.upperBound, ["la", "l'", "the"].contains(tokens[j].key) { j += 1 }
        guard let firm = slots[k].first(where: { $0.tokens.lowerBound >= j && $0.tokens.lowerBound <= j + 4 && type($0.entity) == .company }),
              !drafts[firm.entity].isMedia,
              (j..<firm.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) else { return nil }
        return firm.entity
    }

    /// `l'usine de Lindqvist Data près de Leipzig`: a firm's name right after `de` (the caller has found the site's place).
    /// A weakly read name counts when the site's place follows it (`l'usine de Siltrova à Crolles`).
    func firmRightAfter(noun r: Range<Int>, sentence k: Int) -> Int? {
        guard r.upperBound + 1 < sentences[k].tokens.upperBound, tokens[r.upperBound].isOf,
              let firm = slots[k].first(where: { $0.tokens.lowerBound == r.upperBound + 1 && !$0.anaphor && type($0.entity) == .company }),
              !drafts[firm.entity].isMedia, drafts[firm.entity].strength >= 2 || looksLikeFirm(firm.entity) || isFirmBeforeItsSitesPlace(firm, sentence: k) else { return nil }
        return firm.entity
    }

    /// `Kupol, the Izhevsk plant that …`: the firm right before the comma that opens the apposition.
    func appositionFirm(before article: Int, sentence k: Int) -> Int? {
        guard article - 1 > sentences[k].tokens.lowerBound, tokens[article - 1].text == ",",
              let firm = slots[k].last(where: { $0.tokens.upperBound == article - 1 }), type(firm.entity) == .company,
              !firm.anaphor, !drafts[firm.entity].isMedia else { return nil }
        return firm.entity
    }

    /// `its Hallett Creek site, a 240-megawatt mining facility near Abilene`: an indefinite noun phrase
    /// right after a comma that closes a site's mention describes that site.
    func appositionSite(noun r: Range<Int>, sentence k: Int) -> Int? {
        let s = sentences[k]
        var j = r.lowerBound - 1, steps = 0
        while j > s.tokens.lowerBound, steps < 6 {
            let t = tokens[j]
            if ["a", "an", "un", "une"].contains(t.key), !t.isFrenchA { break }
            guard t.kind == .number || ValueReader.capacityUnits[t.key] != nil || ["-", "–"].contains(t.text) || (t.kind == .word && !t.isCapitalized) else { return nil }
            j -= 1; steps += 1
        }
        guard j > s.tokens.lowerBound, ["a", "an", "un", "une"].contains(tokens[j].key), tokens[j - 1].text == ",",
              let site = slots[k].last(where: { $0.tokens.upperBound == j - 1 && type($0.entity) == .facility }) else { return nil }
        return site.entity
    }
}

extension Analysis {
    /// Adjectives between a definite article and a noun that still take up the site described
    /// (`ce nouveau site`, `the new facility`, `the planned campus`).
    static let sameSiteAdjectives: Set<String> = ["new", "nouveau", "nouvel", "nouvelle", "futur", "future", "planned", "proposed", "projected", "prevu", "prevue",
                                                  "vast", "huge", "massive", "giant", "immense", "gigantesque", "vaste"]

    /// The token after `in Abilene`, `à Lyon, dans le Rhône` right after the noun (the noun's end when no place follows).
    func placePhraseEnd(after r: Range<Int>, sentence k: Int) -> Int {
        let s = sentences[k]
        guard r.upperBound < s.tokens.upperBound, ["in", "at", "near", "a", "en", "pres", "dans", "outside"].contains(tokens[r.upperBound].key) else { return r.upperBound }
        var j = r.upperBound + 1
        if j < s.tokens.upperBound, ["de", "d'", "the", "la", "le", "l'"].contains(tokens[j].key) { j += 1 }
        guard let place = slots[k].first(where: { type($0.entity) == .location && $0.tokens.lowerBound == j }) else { return r.upperBound }
        var end = place.tokens.upperBound
        for q in chainedPlaces(after: place.entity, sentence: k) {
            if let slot = slots[k].first(where: { $0.entity == q && $0.tokens.lowerBound >= end }) { end = slot.tokens.upperBound }
        }
        return end
    }
}

extension Analysis {
    /// Words that make a weakly read name a firm's rather than a site's (`Dravex Hash`, `Talmar Mining`).
    static let firmNameWords: Set<String> = Vocabulary.companyWords.union(["hash", "hashing", "minage", "calcul", "hosting", "datacenter", "cloud"])

    /// A weakly typed company whose name ends in a firm word: `de X` after a site noun is then its operator, not its name.
    func looksLikeFirm(_ entity: Int) -> Bool {
        guard type(entity) == .company, let last = drafts[entity].names.first?.split(separator: " ").last else { return false }
        return Self.firmNameWords.contains(fold(String(last)))
    }

    /// `Y, which will house…`, `Y, qui exploite…`: the firm opens a relative clause.
    /// The last firm of a list (`soutenu par Toyota, Sony et NTT, qui …`) does not head the clause.
    func relativeAntecedent(_ slot: Slot, sentence k: Int) -> Bool {
        let s = sentences[k]
        if slot.tokens.lowerBound > s.tokens.lowerBound, ["et", "and", ",", "ou", "or"].contains(tokens[slot.tokens.lowerBound - 1].key) { return false }
        if isBystander(slot, sentence: k) { return false }
        var j = slot.tokens.upperBound
        if j < s.tokens.upperBound, tokens[j].text == "," { j += 1 }
        return j < s.tokens.upperBound && ["which", "who", "qui"].contains(tokens[j].key)
    }
}

extension Analysis {
    /// Stems of verbs that turn one site into another (`convert`, `transformer`).
    static let conversionVerbs = ["convert", "transform", "reconvert", "transformer", "convertir", "reconvertir", "turn"]

    /// `transformer son site de X en centre de données`, `convert its plant into a data center`: the site
    /// a conversion verb before it turns into another (a site even without a place or capacity).
    func isConverted(noun r: Range<Int>, sentence k: Int) -> Bool {
        let s = sentences[k]
        guard keys(max(s.tokens.lowerBound, r.lowerBound - 3)..<r.lowerBound).contains(where: { key in Self.conversionVerbs.contains { key.hasPrefix($0) } }) else { return false }
        return keys(ordered(r.upperBound, min(s.tokens.upperBound, r.upperBound + 16))).contains { ["en", "into"].contains($0) }
    }
}

extension Analysis {
    /// Words between a firm and a site that make the firm its lender, customer, insurer, grid or buyer of its output.
    static let bystanderGapWords: Set<String> = ["finance", "finances", "financed", "funded", "financer", "financera", "financent", "fund", "funds", "lend", "lends", "lent",
                                                 "customer", "customers", "client", "clients", "tenant", "tenants", "locataire", "locataires",
                                                 "insure", "insures", "insurer", "assure", "assurera", "assureur",
                                                 "connect", "connects", "connecting", "raccorder", "raccordera", "raccorde",
                                                 "hosted", "hebergees", "hebergee", "heberges", "colocated",
                                                 "supplies", "supplying", "powers", "feeds", "alimente", "alimentera", "alimenter"]

    /// Verbs of renting and the parts of a site a tenant rents (`leases space`, `loue des salles`).
    static let rentingVerbs: Set<String> = ["lease", "leases", "leased", "leasing", "rent", "rents", "rented", "louer", "loue", "louera", "louent"]
    static let rentedShares: Set<String> = ["space", "spaces", "espace", "espaces", "halls", "hall", "salles", "salle", "racks", "baies", "capacity", "capacite", "floor"]

    /// Verbs of raising money: their subject borrows for its own site (`X raised $1bn to finance the Y campus`).
    static let borrowingVerbs: Set<String> = ["raised", "raises", "raise", "secured", "secures", "obtained", "obtains", "borrowed", "borrows",
                                              "leve", "levee", "obtenu", "obtient", "emprunte", "sollicite"]

    /// Nouns of a site's output; after them `of/du` makes the firm a buyer of it (`buys the output of`, `achète la production du`).
    static let outputNouns: Set<String> = ["output", "production", "electricity", "electricite", "power"]

    /// The words between a firm and a site make the firm a bystander of it (see `bystanderGapWords`, `outputNouns`).
    /// Only the words after the gap's last comma count, so an apposition (`X, a customer of Y, runs`) is left out.
    func isBystanderGap(_ whole: [String]) -> Bool {
        let gap = Array(OperationPlaceCues.lastClause(whole))
        if gap.contains(where: { Self.borrowingVerbs.contains($0) }) { return false }
        // `leases space at the Y data center`, `loue des espaces dans`: a tenant of part of the site.
        if gap.contains(where: { Self.rentingVerbs.contains($0) }), gap.contains(where: { Self.rentedShares.contains($0) }) { return true }
        if gap.contains(where: { Self.bystanderGapWords.contains($0) }) { return true }
        return zip(gap, gap.dropFirst()).contains { Self.outputNouns.contains($0.0) && Token.isOfWord($0.1) }
    }
}
