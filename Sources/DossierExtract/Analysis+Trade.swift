import DossierModel

/// SUPPLIES, PARTNER_OF and OWNS of products from clauses: `parmi les clients d’EEP figure BIT
/// Mining`, `X will build a supercomputer with Nvidia`, `X étudie avec Y`, `la société exploite …
/// des processeurs Nvidia H100`, and the maker inside a product's name (`Nvidia H100`).
enum TradeCues {
    static let customerNouns: Set<String> = ["client", "clients", "customer", "customers", "clientele", "acheteur", "acheteurs", "buyer", "buyers", "tenant", "tenants", "locataire", "locataires"]
    static let jointVerbs: Set<String> = ["build", "builds", "building", "develop", "develops", "developing", "co-develop", "construire", "construira", "construiront", "batir", "batira",
                                          "developper", "developpera", "developperont", "etudie", "etudient", "studying", "explore", "explores", "exploring", "launch", "launches", "lancer",
                                          "lancera", "lance", "deploy", "deploie", "deployer", "partner", "partners", "partnered", "s'associe", "associe", "teams", "teamed", "cooperate", "cooperates"]
    /// Nouns after a firm that make `with Nvidia` a supply of hardware, not a partner.
    static let hardwareNouns: Set<String> = ["chips", "chip", "puces", "puce", "gpus", "gpu", "processors", "processeurs", "servers", "serveurs", "hardware", "technology", "technologie",
                                             "technologies", "systems", "systemes", "equipment", "equipements", "accelerators", "accelerateurs", "cards", "cartes", "machines", "rigs", "asics", "plateformes"]
    static let useVerbs: Set<String> = ["operates", "operate", "exploite", "exploitent", "deploys", "deployed", "deploie", "deploye", "runs", "installed", "installe", "installera",
                                        "owns", "possede", "bought", "purchased", "achete", "acquired", "acquiert", "fleet", "parc", "parcs"]
    static let contractNouns: Set<String> = ["lease", "leases", "contract", "contracts", "agreement", "agreements", "deal", "deals", "bail", "baux", "contrat", "contrats", "accord", "accords", "ppa", "ppas"]
    /// Service words that make a contract a supply (`hosting contract with Y`, `contrat d’hébergement avec Y`).
    static let serviceWords: Set<String> = ["hosting", "colocation", "hebergement", "lease", "leasing", "bail", "location", "power", "electricity", "electricite", "energie", "energy",
                                            "capacity", "capacite", "cloud", "computing", "calcul", "supply", "fourniture", "approvisionnement", "services", "service", "offtake"]
    /// `will acquire 12,000 rigs from Bitmain`: goods acquired from a seller (a firm or a stake acquired is a holding, see `boughtFrom`).
    static let acquireVerbs: Set<String> = ["acquire", "acquires", "acquired", "acquiring"]
    static let buyVerbs: Set<String> = ["bought", "buys", "buy", "buying", "purchased", "purchases", "purchase", "sourced", "sources", "source", "ordered", "orders", "secured",
                                        "leases", "leased", "lease", "rents", "rented", "achete", "achetee", "achetes", "achetees", "acheter", "achetera", "commande", "commandee",
                                        "commandees", "commandes", "securise", "loue", "louee", "loues", "louer", "importe", "imports", "imported", "obtient", "obtenu",
                                        // `va se procurer deux radars auprès de X`, `procured from X`
                                        "procurer", "procure", "procurera", "procured", "procures", "procuring", "sourcing", "purchasing", "importing", "acquiring"]
    /// `uses chips from X`, `spend $300 million on machines from X`, `received the first GPUs from X`: a verb of
    /// use, spending or receipt names a seller only with the goods between.
    static let hardwareUseVerbs: Set<String> = ["uses", "use", "using", "used", "utilise", "utilisent", "utilisera",
                                                "spend", "spends", "spent", "spending", "received", "receives", "receive", "receiving", "took", "takes", "take"]
    static let relyPhrases: [[String]] = Analysis.phrases(["rely on", "relies on", "relied on", "depend on", "depends on", "s'appuie sur", "s'appuient sur", "depend de", "dependent de", "se fournit aupres de", "se fournissent aupres de", "se fournit chez", "s'approvisionne aupres de", "s'approvisionnent aupres de", "s'approvisionne chez", "sources from", "buys from"])
    static let makeVerbs: Set<String> = ["manufactures", "manufacture", "manufactured", "makes", "produces", "fabrique", "fabriquent", "fabriquera", "produit", "produisent", "assembles", "assemble", "grave", "builds"]
    static let suppliedBy: [[String]] = Analysis.phrases(["fournie par", "fourni par", "fournis par", "fournies par", "supplied by", "provided by", "powered by", "alimente par", "alimentee par",
                                                          "alimentes par", "alimentees par", "delivered by", "livre par", "livree par", "livres par", "livrees par", "sourced from", "bought from", "achetee a", "achete a",
                                                          "licensed from", "under license from", "under licence from", "sous licence de", "sous licence du", "sous licence d'"])
    static let supplyVerbs: Set<String> = ["fournit", "fournira", "fournissait", "fournir", "livre", "livrera", "livrait", "vend", "vendra", "vendait", "loue", "louera", "supplies", "sells", "provides", "delivers",
                                           "fournissent", "fourniront", "livrent", "livreront", "vendent"]
    /// `a chip supply agreement with Y to manufacture its chips`, `pour fabriquer ses batteries`: after the other party,
    /// a purpose clause in which it makes the signer's goods (Y supplies the signer).
    static func makesSignersGoods(_ after: [String]) -> Bool {
        after.prefix(3).contains { ["to", "pour"].contains($0) }
            && after.indices.contains { i in ["manufacture", "make", "produce", "build", "fabriquer", "produire"].contains(after[i]) && i + 1 < after.count
                && ["its", "their", "ses", "sa", "son", "leurs", "leur"].contains(after[i + 1]) }
    }

    /// A contract named for buying (`power purchase agreement`, `contrat d'approvisionnement`) or for
    /// supplying energy to the signer (`contrat de fourniture d'électricité`).
    static func isPurchaseContract(_ words: [String]) -> Bool {
        words.contains { purchaseWords.contains($0) } || isPowerSupplyContract(words)
    }
    /// Words that make a contract a purchase whoever signs it (`power purchase agreement`, `contrat d'achat`).
    static let purchaseWords: Set<String> = ["purchase", "achat", "ppa", "approvisionnement"]
    /// `a power supply contract`, `un contrat de fourniture d'électricité`: who buys depends on who signs.
    static func isPowerSupplyContract(_ words: [String]) -> Bool {
        words.contains { ["supply", "fourniture"].contains($0) } && words.contains { powerWords.contains($0) }
    }
    /// Words in a firm's name that make it a power producer (`Meridia Renewables`, `Solenne Énergie`).
    static let generatorWords: Set<String> = powerWords.union(["renewables", "renewable", "solar", "wind", "hydro", "energies", "power", "nuclear", "renouvelables", "eolien", "solaire"])
    static let powerWords: Set<String> = ["power", "electricity", "electricite", "energie", "energy", "gas", "gaz", "electric", "electrique"]
    /// Well-known utilities whose names say nothing of power.
    static let utilities: Set<String> = ["edf", "engie", "iberdrola", "enel", "e on", "rwe", "vattenfall", "entergy", "hydro quebec", "totalenergies", "orsted",
                                         "fortum", "statkraft", "endesa", "uniper", "enbw", "naturgy", "exelon", "dominion", "pg e", "rosatom", "rosenergoatom",
                                         "inter rao", "eskom", "tepco", "kepco", "ercot", "hydro ottawa", "bc hydro", "ontario power generation", "emirates water and electricity"]
    /// Words about power, and a utility facing a firm whose name shows it neither sells nor generates power: the
    /// utility is the seller, whatever the contract's name says (`a power purchase agreement with Microsoft`).
    static func sellsPower(under words: [String], from utility: String, to other: String) -> Bool {
        words.contains { powerWords.contains($0) || $0 == "ppa" }
            && isUtility(utility) && !isUtility(other) && !other.split(separator: " ").contains { generatorWords.contains(String($0)) }
    }
    /// `a power deal with Y`: a firm whose name shows no utility buys the power the words speak of.
    static func powerBought(_ words: [String], by foldedName: String) -> Bool {
        words.contains { powerWords.contains($0) } && !isUtility(foldedName)
    }
    /// Does the firm's name show it sells computing or hosting (`Pellworth Cloud`, `Glacier Hosting`)?
    static func namesProvider(_ foldedName: String) -> Bool {
        foldedName.split(separator: " ").contains { ["cloud", "hosting", "hebergement", "colocation", "compute", "computing"].contains(String($0)) }
    }
    /// Does the firm's name show it sells power (`Ostrin Energy`, `EDF`)?
    static func isUtility(_ foldedName: String) -> Bool {
        let words = foldedName.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: ".", with: " ").split(separator: " ").map(String.init)
        return words.contains { powerWords.contains($0) } || utilities.contains(words.joined(separator: " "))
    }
    /// Verbs of sending goods to a buyer (`shipped components to Y`, `a livré des composants à Y`, `exporte vers Y`).
    static let shipVerbs: Set<String> = ["shipped", "ships", "ship", "shipping", "exported", "exports", "exporting", "delivered", "delivering",
                                         "expedie", "expedies", "expediees", "achemine", "achemines", "exporte", "exportes", "livre", "livres", "livrees", "livrait", "livraient",
                                         "resold", "resells", "resell", "reselling", "revend", "revendu", "revendus", "revendait", "sell", "sells", "sold", "selling", "vendre", "vendra", "vend"]
    /// `X hosts Y's machines`, `X héberge les serveurs de Y`: hosting a firm's equipment is a service to it.
    static let hostVerbs: Set<String> = ["hosts", "host", "hosted", "hosting", "houses", "housed", "heberge", "hebergent", "hebergera", "hebergeait", "accueille", "accueillera"]
    static let hostedGoods: Set<String> = ["machines", "miners", "rigs", "servers", "serveurs", "gpus", "equipment", "equipements", "computers", "racks", "baies", "hardware", "materiel", "clusters", "supercomputer", "supercalculateur"]
    static let negations: Set<String> = ["not", "never", "n't", "ne", "n'", "pas", "jamais", "denied", "dement", "nie"]
    /// What a firm buys to run its sites: when a sentence says only who provides it (`Power for the campus
    /// is bought from X`, `L'électricité sera fournie par X`), the buyer is the firm the text is about.
    static let suppliedGoods: Set<String> = ["power", "electricity", "electricite", "energy", "energie", "gas", "gaz", "servers", "serveurs", "chips", "puces", "gpus", "machines",
                                             "equipment", "equipements", "turbines", "cooling", "refroidissement", "hardware", "materiel", "accelerators", "accelerateurs", "processors",
                                             "processeurs", "mw", "gw", "megawatts", "gigawatts"]
    /// `Power will come from X`, `L'électricité proviendra de X`: a source named for goods.
    static let comesFrom: [[String]] = Analysis.phrases(["come from", "comes from", "came from", "coming from", "will come from", "provient de", "proviendra de", "provenant de",
                                                         "viendra de", "vient de", "proviennent de", "proviendront de", "sourced from"])
}

extension Analysis {
    func collectTradeClauses() {
        collectProductClauses()
        // Each product's known maker, indexed once.
        let makers = Dictionary(relations.filter { $0.predicate == .supplies }.compactMap { r -> (Int, Int)? in
            if case .entity(let o) = r.object, type(o) == .product { return (o, r.subject) } else { return nil }
        }, uniquingKeysWith: { a, _ in a })
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where TradeCues.customerNouns.contains(tokens[i].key) { customersOf(noun: i, sentence: k) }
            jointProjects(sentence: k)
            productsInUse(sentence: k, makers: makers)
            fleetsWithoutOwner(sentence: k, makers: makers)
            for i in s.tokens {
                let key = tokens[i].key
                if TradeCues.contractNouns.contains(key) { supplyContract(noun: i, sentence: k) }
                if TradeCues.buyVerbs.contains(key) || TradeCues.hardwareUseVerbs.contains(key) || TradeCues.acquireVerbs.contains(key) { boughtFrom(verb: i, sentence: k) }
                // `placed an order for 5,000 servers from X` (not `in order to`).
                if key == "order", i > s.tokens.lowerBound, tokens[i - 1].key != "in" { boughtFrom(verb: i, sentence: k) }
                if TradeCues.makeVerbs.contains(key) { madeFor(verb: i, sentence: k) }
                if TradeCues.shipVerbs.contains(key) { shippedTo(verb: i, sentence: k) }
                if TradeCues.hostVerbs.contains(key) { hostsMachines(verb: i, sentence: k) }
                if ["counts", "count", "compte", "comptent", "comptait"].contains(key) { countsAmongCustomers(verb: i, sentence: k) }
                if let p = matchPhrase(TradeCues.relyPhrases, at: i, sentence: k) { reliesOn(cue: i..<(i + p.count), sentence: k) }
                if let p = matchPhrase(TradeCues.suppliedBy, at: i, sentence: k) { suppliedToTheFirm(cue: i..<(i + p.count), sentence: k) }
                if let p = matchPhrase(TradeCues.comesFrom, at: i, sentence: k), goodsBefore(i, sentence: k) { suppliedToTheFirm(cue: i..<(i + p.count), sentence: k) }
                if ["lui", "leur"].contains(key), i + 1 < s.tokens.upperBound, TradeCues.supplyVerbs.contains(tokens[i + 1].key) { suppliesPronoun(at: i, sentence: k) }
            }
        }
    }

    /// `Parmi les clients d’EEP figure BIT Mining`, `X's customers include Y`, `Y, a customer of X`.
    private func customersOf(noun i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        var supplier: Slot? = nil
        if i + 1 < end, tokens[i + 1].isOf { supplier = slotStarting(at: i + 2, sentence: k, types: [.company], skip: 0) }
        // `X's customers`, `X's largest / first customer`.
        if supplier == nil, let s = (max(sentences[k].tokens.lowerBound, i - 3)..<i).last(where: { tokens[$0].key == "'s" }),
           (s + 1..<i).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike }) {
            supplier = slots[k].last { $0.tokens.upperBound == s && isFirm($0.entity) }
        }
        if supplier == nil, customersOfSubject(noun: i, sentence: k) { return }
        if supplier == nil { customerOfPossessive(noun: i, sentence: k); return }
        guard let s = supplier, isFirm(s.entity) else { return }
        // The customer: after `figure / include / including / notamment / such as / :`, or before in apposition.
        let after = max(s.tokens.upperBound, i + 1)
        var customer: Slot? = nil
        if after < end, let cue = (after..<min(end, after + 3)).first(where: { ["figure", "figurent", "include", "includes", "included", "including", "notamment", "such", "comme", "dont", ":", "are", "sont", "is", "est"].contains(tokens[$0].key) }) {
            customer = slots[k].first { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 4 && isFirm($0.entity) && $0.entity != s.entity }
        }
        if customer == nil {
            var j = min(i, s.tokens.lowerBound) - 1
            while j > sentences[k].tokens.lowerBound, Self.articles.contains(tokens[j].key) || ["major", "key", "big", "main", "important", "grand", "gros", "principal",
                                                                                                   "premier", "first", "largest", "biggest", "plus", "second", "deuxieme"].contains(tokens[j].key) { j -= 1 }
            if tokens[j].key == "," { customer = slots[k].last { $0.tokens.upperBound == j && isFirm($0.entity) } }
            // `Y is a customer of X`, `Y est client de X`.
            else if ["is", "est", "was", "etait", "became", "becomes", "devient", "remains", "remain", "reste", "become"].contains(tokens[j].key) {
                customer = slots[k].last { $0.tokens.upperBound == j && isFirm($0.entity) }
                    // `Y, filiale de Z, est un client de X`: the subject before the aside.
                    ?? (j > sentences[k].tokens.lowerBound && tokens[j - 1].key == "," ? subjectOfVerb(j, sentence: k, types: [.company], window: 20, excluding: s.entity) : nil)
            }
        }
        guard let c = customer, c.entity != s.entity else { return }
        relate(s.entity, .supplies, .entity(c.entity), cue: min(i, c.tokens.lowerBound)..<max(c.tokens.upperBound, s.tokens.upperBound), sentence: k,
               rule: "rule:customer-of", confidence: 0.6)
        // The customers listed after the noun (`include A, B and C`); a customer named before it in apposition has none after it.
        guard c.tokens.lowerBound > i else { return }
        var last = c
        while let next = slots[k].first(where: { $0.tokens.lowerBound > last.tokens.upperBound && $0.tokens.lowerBound - last.tokens.upperBound <= 2 }), isFirm(next.entity),
              keys(ordered(last.tokens.upperBound, next.tokens.lowerBound)).allSatisfy({ [",", "and", "et"].contains($0) }) {
            relate(s.entity, .supplies, .entity(next.entity), cue: i..<next.tokens.upperBound, sentence: k, rule: "rule:customer-of+conjunct", confidence: 0.55)
            last = next
        }
    }

    /// `Firms A, B and C have clients that include the Russian government`, `X a des clients comme Y`: the
    /// subject of `have` (each firm of a list before it) supplies every body or firm the clients include.
    private func customersOfSubject(noun i: Int, sentence k: Int) -> Bool {
        let lo = sentences[k].tokens.lowerBound, end = sentences[k].tokens.upperBound
        var h = i - 1
        if h > lo, ["des", "many", "several", "plusieurs"].contains(tokens[h].key) { h -= 1 }
        guard h > lo, ["have", "has", "had", "ont", "a", "avait", "avaient"].contains(tokens[h].key), i + 1 < end else { return false }
        var cue = i + 1
        if ["that", "which", "who", "qui"].contains(tokens[cue].key) { cue += 1 }
        guard cue < end, ["include", "includes", "included", "including", "comprennent", "incluent", "comme", "such", "notamment", "dont"].contains(tokens[cue].key),
              let supplier = clauseSubject(before: h, sentence: k, types: [.company]), isFirm(supplier.entity) else { return false }
        guard let first = slots[k].first(where: { $0.tokens.lowerBound > cue && $0.tokens.lowerBound - cue <= 4 && [.company, .organization].contains(type($0.entity)) && !$0.anaphor })
        else { return false }
        let customers = [first] + coordinated(after: first, sentence: k, descriptors: false, accepts: { [.company, .organization].contains(self.type($0.entity)) })
        for firm in [supplier.entity] + coordinatedBefore(supplier.entity, limit: h, sentence: k) where isFirm(firm) {
            for c in customers where c.entity != firm {
                relate(firm, .supplies, .entity(c.entity), cue: i..<c.tokens.upperBound, sentence: k, rule: "rule:customers-of-subject", confidence: 0.55)
            }
        }
        return true
    }

    /// `X said Y is its largest customer`, `Y, son principal client, …`: Y buys from the firm the possessive stands for.
    private func customerOfPossessive(noun i: Int, sentence k: Int) {
        let lo = sentences[k].tokens.lowerBound
        var j = i - 1
        while j > lo, i - j <= 3, ["largest", "biggest", "main", "key", "major", "first", "anchor", "principal", "premier", "plus", "gros", "grand", "important", "most"].contains(tokens[j].key) { j -= 1 }
        // (`Its customers include X`: a possessive opening the sentence is read before a list verb only; before a
        // copula it often stands for a product or a person last named: `Its first customer is X`.)
        let listVerbs: Set<String> = ["figurent", "figure", "include", "includes", "included", "comptent", "comprennent"]
        guard j > lo || j == lo && i + 1 < sentences[k].tokens.upperBound && listVerbs.contains(tokens[i + 1].key), Self.possessives.contains(tokens[j].key) else { return }
        var c = j - 1
        if c > lo, ["is", "are", "was", "were", "est", "sont", "etait", "became", "becomes", "devient", "remains", "reste", "as", "comme", "of", "un", "une", "a", "an", "one", ","].contains(tokens[c].key) { c -= 1 }
        if c > lo, ["one", "un", "une"].contains(tokens[c].key) { c -= 1 }
        // `Son principal locataire est l'opérateur Rostelecom`: the customer named after the copula.
        let end = sentences[k].tokens.upperBound
        // `Parmi ses clients figurent X et Y`, `Its customers include X`: the customers follow the verb.
        let after: Slot? = i + 1 < end && (["is", "est", "was", "etait", "remains", "reste", "sera", "will", ":"].contains(tokens[i + 1].key) || listVerbs.contains(tokens[i + 1].key))
            ? slots[k].first(where: { $0.tokens.lowerBound > i + 1 && $0.tokens.lowerBound - i <= 7 && isFirm($0.entity) && !$0.anaphor }).flatMap { f in
                keys(ordered(i + 2, f.tokens.lowerBound)).contains(where: { [",", ".", ";"].contains($0) }) ? nil : f } : nil
        guard let customer = slots[k].last(where: { $0.tokens.upperBound == c + 1 && isFirm($0.entity) }) ?? after,
              let supplier = clauseSubject(before: customer.tokens.lowerBound, sentence: k, types: [.company], window: 12, excluding: customer.entity)?.entity
                ?? salientAt[k].flatMap({ isFirm($0) && $0 != customer.entity ? $0 : nil }) else { return }
        // `counts X and Y among its customers`: a list of customers, read by `countsAmongCustomers`.
        if let s = slots[k].last(where: { $0.entity == supplier && $0.tokens.upperBound <= customer.tokens.lowerBound }),
           keys(ordered(s.tokens.upperBound, customer.tokens.lowerBound)).allSatisfy({ [",", "and", "et"].contains($0) }) { return }
        relate(supplier, .supplies, .entity(customer.entity), cue: min(j, customer.tokens.lowerBound)..<max(i + 1, customer.tokens.upperBound), sentence: k, rule: "rule:possessive-customer", confidence: 0.55)
        guard customer.tokens.lowerBound > i else { return }
        var last = customer
        while let next = slots[k].first(where: { $0.tokens.lowerBound > last.tokens.upperBound && $0.tokens.lowerBound - last.tokens.upperBound <= 3 }), isFirm(next.entity), next.entity != supplier,
              keys(ordered(last.tokens.upperBound, next.tokens.lowerBound)).allSatisfy({ [",", "and", "et", "le", "la", "l'", "les", "the", "groupe", "group"].contains($0) }),
              keys(ordered(last.tokens.upperBound, next.tokens.lowerBound)).contains(where: { [",", "and", "et"].contains($0) }) {
            relate(supplier, .supplies, .entity(next.entity), cue: i..<next.tokens.upperBound, sentence: k, rule: "rule:possessive-customer+conjunct", confidence: 0.5)
            last = next
        }
    }

    /// `YTL will build an AI supercomputer with Nvidia`, `Samruk-Energy, filiale du fonds X, étudie
    /// avec Masdar … une centrale`: a joint project is a partnership of its subject and the firm after `with`.
    private func jointProjects(sentence k: Int) {
        let s = sentences[k]
        for y in slots[k] where isFirmOrBody(y.entity) && !y.anaphor && y.tokens.lowerBound >= s.tokens.lowerBound + 2 {
            // `with Y`, `alongside Y`, `aux côtés de la société Y`: the cue may stand before a descriptor.
            var c = y.tokens.lowerBound - 1
            while c > s.tokens.lowerBound + 1, y.tokens.lowerBound - c <= 2, ["la", "le", "l'", "the", "societe", "groupe", "group", "company", "firm"].contains(tokens[c].key) { c -= 1 }
            var cueAt = c
            if ["de", "du", "des"].contains(tokens[c].key), c >= s.tokens.lowerBound + 2, tokens[c - 1].key == "cotes", tokens[c - 2].key == "aux" { cueAt = c - 2 }
            else { guard ["with", "avec", "alongside"].contains(tokens[c].key) else { continue } }
            let lo = max(s.tokens.lowerBound, cueAt - 9)
            guard let verbAt = (lo..<cueAt).last(where: { TradeCues.jointVerbs.contains(tokens[$0].key) }) else { continue }
            // `with Nvidia chips`: hardware bought, not a partner.
            if y.tokens.upperBound < s.tokens.upperBound, TradeCues.hardwareNouns.contains(tokens[y.tokens.upperBound].key) || tokens[y.tokens.upperBound].key == "'s" { continue }
            // The verb's object must not be a named firm (`develops X with Y` is about X) and no clause boundary between.
            let between = keys(ordered(verbAt, y.tokens.lowerBound))
            if between.contains(where: { [".", ";", "who", "qui", "which", "que", "by", "par"].contains($0) }) { continue }
            if slots[k].contains(where: { isFirmOrBody($0.entity) && $0.tokens.lowerBound > verbAt && $0.tokens.upperBound < y.tokens.lowerBound }) { continue }
            guard let x = clauseSubject(before: verbAt, sentence: k, types: [.company, .organization], window: 16, excluding: y.entity) else { continue }
            relate(x.entity, .partnerOf, .entity(y.entity), cue: x.tokens.lowerBound..<y.tokens.upperBound, sentence: k, rule: "rule:joint-project.with", confidence: 0.5)
        }
    }

    /// `a 10-year lease with Lambda`, `un contrat d’hébergement de sept ans avec la société Cohere`:
    /// the firm that signs a hosting, lease or power contract supplies the firm after `with`.
    private func supplyContract(noun i: Int, sentence k: Int) {
        let s = sentences[k]
        let around = keys(ordered(max(s.tokens.lowerBound, i - 5), min(s.tokens.upperBound, i + 4)))
        guard ["lease", "leases", "bail", "ppa", "ppas"].contains(tokens[i].key) || around.contains(where: { TradeCues.serviceWords.contains($0) }) else { return }
        // (`un contrat d'achat d'électricité de 15 ans avec Y`: the contract's complements come first.)
        guard let w = (i + 1..<min(s.tokens.upperBound, i + 10)).first(where: { ["with", "avec"].contains(tokens[$0].key) }),
              let customer = partyAfter(w + 1, sentence: k, types: [.company]), isFirm(customer.entity) else { return }
        // `agreements with Y to buy/purchase …` (Y supplies) is read by the pair rules.
        let after = keys(ordered(customer.tokens.upperBound, min(s.tokens.upperBound, customer.tokens.upperBound + 8)))
        if after.contains(where: { ["buy", "purchase", "acheter", "acquire", "source", "procure"].contains($0) }) || TradeCues.makesSignersGoods(after) { return }
        // `X, a Stockholm-based miner, said it will convert its site … after signing a lease with Y`: past the
        // window, the firm that opens the sentence signs.
        guard let supplier = subjectOfVerb(i, sentence: k, types: [.company], window: 30, excluding: customer.entity)
                ?? slots[k].first(where: { isFirm($0.entity) && $0.entity != customer.entity && $0.tokens.upperBound <= i && !isComplement($0, sentence: k) }) else {
            // `Power for the site is bought under a retail contract with Y`: Y sells to the firm the text is about.
            if keys(ordered(s.tokens.lowerBound, i)).contains(where: { TradeCues.buyVerbs.contains($0) }), let buyer = implicitBuyer(before: i, sentence: k, supplier: customer.entity) {
                relate(customer.entity, .supplies, .entity(buyer), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:bought-under-contract.implicit-buyer", confidence: 0.45)
            }
            return
        }
        guard !keys(ordered(supplier.tokens.upperBound, i)).contains(where: { TradeCues.negations.contains($0) }) else { return }
        // `a power purchase agreement with Y`, `un contrat de fourniture d'électricité avec Y`: the subject buys from Y.
        // `signed a 10-year power deal with Y`, `un contrat d'électricité avec Y`: a firm that is no utility buys the
        // power; the utility (its name says so) is the one that supplies it.
        let powerDeal = TradeCues.powerBought(keys(ordered(max(s.tokens.lowerBound, i - 3), w)), by: fold(displayName(supplier.entity)))
        // `signed an offtake agreement with Y`: the signer takes Y's output, unless its name says it generates power.
        let offtake = keys(ordered(max(s.tokens.lowerBound, i - 3), i + 1)).contains("offtake")
            && !fold(displayName(supplier.entity)).split(separator: " ").contains { TradeCues.generatorWords.contains(String($0)) }
        // `X (a utility) signed a power supply contract with Y`: the utility sells; only `purchase`/`achat` make it buy.
        // (The words start after the supplier: `Kirvel Energy signed an agreement` speaks of no power.)
        let contractWords = keys(ordered(max(s.tokens.lowerBound, i - 5, supplier.tokens.upperBound <= i ? supplier.tokens.upperBound : s.tokens.lowerBound), w))
        // (`Constellation Energy entered a power purchase agreement with Microsoft`: with a firm that neither sells nor
        // generates power, the utility sells even under a purchase agreement.)
        if !contractWords.contains(where: { TradeCues.purchaseWords.contains($0) }) && TradeCues.isPowerSupplyContract(contractWords)
            || TradeCues.sellsPower(under: contractWords, from: fold(displayName(supplier.entity)), to: fold(displayName(customer.entity))),
           TradeCues.isUtility(fold(displayName(supplier.entity))) {
            relate(supplier.entity, .supplies, .entity(customer.entity), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:supply-contract-with.utility", confidence: 0.55)
            return
        }
        if TradeCues.isPurchaseContract(contractWords) || powerDeal || offtake {
            relate(customer.entity, .supplies, .entity(supplier.entity), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:purchase-contract-with", confidence: 0.55)
            return
        }
        // `signed a $1.5 billion cloud contract with Pellworth Cloud`: the party whose name says it sells the service provides it.
        if TradeCues.namesProvider(fold(displayName(customer.entity))), !TradeCues.namesProvider(fold(displayName(supplier.entity))) {
            relate(customer.entity, .supplies, .entity(supplier.entity), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:service-contract-with.provider-named", confidence: 0.55)
            return
        }
        relate(supplier.entity, .supplies, .entity(customer.entity), cue: i..<customer.tokens.upperBound, sentence: k, rule: "rule:service-contract-with", confidence: 0.55)
    }

    /// `from China-based A, B and C; Hong Kong-based D; and E`: the sellers listed after the first, each perhaps
    /// introduced by where it is based.
    private func listedSellers(after first: Slot, sentence k: Int) -> [Slot] {
        let end = sentences[k].tokens.upperBound
        var out: [Slot] = [], last = first
        while true {
            var j = last.tokens.upperBound
            while j < end, [",", ";", "and", "et"].contains(tokens[j].key) { j += 1 }
            guard j > last.tokens.upperBound, let next = slotStarting(at: j, sentence: k, types: [.company, .organization], passingSeats: true),
                  isFirmOrBody(next.entity), !next.anaphor, next.entity != first.entity else { break }
            // (`from A and B sold them to C`: a name followed by its verb opens a clause of its own.)
            let after = next.tokens.upperBound
            if after < end, tokens[after].kind == .word, !tokens[after].isNameLike, ![",", ";", "and", "et"].contains(tokens[after].key), !Self.complementMarkers.contains(tokens[after].key) { break }
            out.append(next)
            last = next
        }
        return out
    }

    /// `achetées au fabricant chinois Bitmain`, `leases in Pori from the local utility Pori Energia`,
    /// `sécurisé … puces GB300 auprès de Nvidia`: the seller supplies the buyer and the product.
    private func boughtFrom(verb i: Int, sentence k: Int) {
        let s = sentences[k]
        // `has won a $400 million order from Y`, `a remporté une commande … auprès de Y`: the order is won, Y buys (see `awardedBy`).
        if ["order", "orders", "commande", "commandes"].contains(tokens[i].key),
           (max(s.tokens.lowerBound, i - 6)..<i).contains(where: { FirmClauseCues.winVerbs.contains(tokens[$0].key) }) { return }
        var j = i + 1
        var seller: Slot? = nil
        while j < min(s.tokens.upperBound, i + 16), seller == nil {
            let key = tokens[j].key
            if [".", ";"].contains(key) { return }
            if key == "from" || key == "aupres" && j + 1 < s.tokens.upperBound && ["de", "d'", "du"].contains(tokens[j + 1].key) {
                seller = slotStarting(at: key == "from" ? j + 1 : j + 2, sentence: k, types: [.company, .organization], skip: 3, passingSeats: true)
            } else if ["au", "chez"].contains(key), j + 1 < s.tokens.upperBound, Vocabulary.companyHeads.contains(tokens[j + 1].key) || key == "chez" {
                seller = slotStarting(at: j + 1, sentence: k, types: [.company, .organization], skip: 3)
            }
            j += 1
        }
        guard let from = seller, isFirmOrBody(from.entity) else { return }
        // `X, which bought the 90MW Y facility from Z`: a site bought changes hands; the buyer owns it, Z sold no goods.
        if let site = slots[k].first(where: { type($0.entity) == .facility && $0.tokens.lowerBound > i && $0.tokens.upperBound <= from.tokens.lowerBound }) {
            if ["bought", "buys", "buy", "purchased", "purchases", "achete", "achetee", "acheter", "acquired", "acquiert"].contains(tokens[i].key),
               let buyer = subjectOfVerb(i, sentence: k, types: [.company, .organization, .person], window: 20, excluding: from.entity) {
                relate(buyer.entity, .owns, .entity(site.entity), cue: i..<site.tokens.upperBound, sentence: k, rule: "rule:bought-site-from", confidence: 0.55)
            }
            return
        }
        if TradeCues.hardwareUseVerbs.contains(tokens[i].key), !keys(ordered(i, from.tokens.lowerBound)).contains(where: { TradeCues.hardwareNouns.contains($0) }) { return }
        // `received an order for 2,000 servers from Y`: the order is won, Y buys (read by `awardedBy`).
        if FirmClauseCues.winVerbs.contains(tokens[i].key), keys(ordered(i + 1, min(from.tokens.lowerBound, i + 4))).contains(where: { FirmClauseCues.awardNouns.contains($0) }) { return }
        // `bought a 25% stake in Y from Z`, `acquired Y from Z`: a holding changes hands; Z sold no goods.
        if keys(ordered(i, from.tokens.lowerBound)).contains(where: { FirmClauseCues.stakeWords.contains($0) || $0.hasSuffix("%") })
            || slots[k].contains(where: { $0.tokens.lowerBound > i && $0.tokens.upperBound < from.tokens.lowerBound && isFirm($0.entity)
                && ["from", "for", "aupres", "au", "chez", "pour"].contains(tokens[$0.tokens.upperBound].key) }) { return }
        // `secured $100 million in funding from X` is an investment, not a purchase.
        if keys(ordered(i, from.tokens.lowerBound)).contains(where: { DealCues.fundingNouns.contains($0) }) { return }
        // `secured $75 million from X and Y`, `a obtenu 20 M€ auprès de X`: money received is backing, not goods.
        if DealCues.receiveVerbs.contains(tokens[i].key), !ValueReader.money(tokens, in: i..<from.tokens.lowerBound, lex: lex).isEmpty { return }
        if let buyer = subjectOfVerb(i, sentence: k, types: [.company], window: 20, excluding: from.entity) {
            relate(from.entity, .supplies, .entity(buyer.entity), cue: i..<from.tokens.upperBound, sentence: k, rule: "rule:bought-from", confidence: 0.55)
            for other in listedSellers(after: from, sentence: k) where other.entity != buyer.entity {
                relate(other.entity, .supplies, .entity(buyer.entity), cue: i..<other.tokens.upperBound, sentence: k, rule: "rule:bought-from.listed", confidence: 0.5)
            }
        } else if let buyer = implicitBuyer(before: i, sentence: k, supplier: from.entity) {
            relate(from.entity, .supplies, .entity(buyer), cue: i..<from.tokens.upperBound, sentence: k, rule: "rule:bought-from.implicit-buyer", confidence: 0.45)
            // `Les 28 000 machines X ont été achetées au fabricant Y`: the buyer owns the machines.
            for p in slots[k] where type(p.entity) == .product && p.tokens.upperBound <= i {
                relate(buyer, .owns, .entity(p.entity), cue: p.tokens.lowerBound..<from.tokens.upperBound, sentence: k, rule: "rule:bought-from.implicit-owner", confidence: 0.45)
            }
        }
        for p in slots[k] where type(p.entity) == .product && p.tokens.upperBound <= from.tokens.lowerBound && from.tokens.lowerBound - p.tokens.upperBound <= 20 {
            relate(from.entity, .supplies, .entity(p.entity), cue: p.tokens.lowerBound..<from.tokens.upperBound, sentence: k, rule: "rule:bought-from.product", confidence: 0.55)
        }
    }

    /// `Saqr Meridian shipped components made by A and B to Y`, `X, accused of shipping modules to Y`,
    /// `X a livré des composants à Y`: the sender supplies the firm the goods go to.
    private func shippedTo(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let to = (i + 1..<min(end, i + 14)).first(where: { ["to", "a", "au", "aux", "vers"].contains(tokens[$0].key) }),
              !keys(ordered(i + 1, to)).contains(where: { [",", ".", ";", "pour", "for", "which", "qui", "que"].contains($0) }),
              !keys(ordered(max(sentences[k].tokens.lowerBound, i - 4), i)).contains(where: { TradeCues.negations.contains($0) }),
              let buyer = partyAfter(to + 1, sentence: k, types: [.company]), isFirm(buyer.entity),
              // `sold shares to fund its expansion`: an infinitive, not a buyer.
              !keys(ordered(to + 1, buyer.tokens.lowerBound)).contains(where: { Self.possessives.contains($0) || ProductNames.ownerWords.contains($0) }),
              let sender = subjectOfVerb(i, sentence: k, types: [.company], window: 24, excluding: buyer.entity), isFirm(sender.entity) else { return }
        // A maker named with the goods (`components made by A and B`) is not the sender; a stake, a unit or a
        // named firm sold is a holding changing hands (`sold a 51% stake in X to Y`), read by the holding rules.
        let goods = keys(ordered(i + 1, to))
        if goods.contains(where: { FirmClauseCues.stakeWords.contains($0) || $0.hasSuffix("%") || HoldingCues.childNouns.contains($0) || ["business", "activite", "activites", "company", "societe", "entreprise", "itself"].contains($0) }) { return }
        let between = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.upperBound <= to }
        if between.contains(where: { $0.entity == sender.entity || type($0.entity) == .company && !namesMakerOfProduct($0, sentence: k) && !goods.contains(where: { ["by", "par"].contains($0) }) }) { return }
        relate(sender.entity, .supplies, .entity(buyer.entity), cue: i..<buyer.tokens.upperBound, sentence: k, rule: "rule:shipped-to", confidence: 0.5)
    }

    /// `X hosts Y's mining machines`, `X héberge les serveurs de Y`, `X hosts machines for Y`: X supplies Y.
    private func hostsMachines(verb i: Int, sentence k: Int) {
        let end = sentences[k].tokens.upperBound
        guard let goodsAt = (i + 1..<min(end, i + 6)).first(where: { TradeCues.hostedGoods.contains(tokens[$0].key) }),
              !keys(ordered(i + 1, goodsAt)).contains(where: { [",", ".", ";"].contains($0) }) else { return }
        var client: Slot? = slots[k].first { $0.tokens.lowerBound > i && $0.tokens.upperBound < goodsAt && ["'s", "'"].contains(tokens[$0.tokens.upperBound].key) && isFirm($0.entity) }
        if client == nil, goodsAt + 1 < end, ["de", "d'", "du", "des", "for", "pour", "belonging", "appartenant", "owned"].contains(tokens[goodsAt + 1].key) {
            let start = ["belonging", "appartenant", "owned"].contains(tokens[goodsAt + 1].key) ? goodsAt + 3 : goodsAt + 2
            client = start < end ? partyAfter(start, sentence: k, types: [.company]) : nil
        }
        guard let c = client, isFirm(c.entity), !namesMakerOfProduct(c, sentence: k),
              let host = subjectOfVerb(i, sentence: k, types: [.company], window: 14, excluding: c.entity), isFirm(host.entity) else { return }
        relate(host.entity, .supplies, .entity(c.entity), cue: i..<max(goodsAt + 1, c.tokens.upperBound), sentence: k, rule: "rule:hosts-machines", confidence: 0.5)
    }

    /// `TSMC manufactures Nvidia's Blackwell processors`, `les processeurs qu’elle fabrique pour Nvidia et AMD`.
    private func madeFor(verb i: Int, sentence k: Int) {
        let s = sentences[k]
        var customer: Slot? = nil
        if let p = (i + 1..<min(s.tokens.upperBound, i + 6)).first(where: { ["for", "pour"].contains(tokens[$0].key) }) {
            customer = partyAfter(p + 1, sentence: k, types: [.company])
        } else if let c = slotStarting(at: i + 1, sentence: k, types: [.company], skip: 0), c.tokens.upperBound < s.tokens.upperBound, tokens[c.tokens.upperBound].key == "'s" {
            customer = c
        }
        guard let c = customer, isFirm(c.entity), let maker = subjectOfVerb(i, sentence: k, types: [.company], window: 40, excluding: c.entity) else { return }
        relate(maker.entity, .supplies, .entity(c.entity), cue: i..<c.tokens.upperBound, sentence: k, rule: "rule:makes-for", confidence: 0.55)
    }

    /// `Korvant … counts Mistral AI and Perplexity among its customers`, `X compte Y parmi ses clients`.
    private func countsAmongCustomers(verb i: Int, sentence k: Int) {
        let s = sentences[k]
        guard let among = (i + 1..<min(s.tokens.upperBound, i + 14)).first(where: { ["among", "parmi"].contains(tokens[$0].key) }),
              let noun = (among + 1..<min(s.tokens.upperBound, among + 4)).first(where: { TradeCues.customerNouns.contains(tokens[$0].key) || DealCues.investorNouns.contains(tokens[$0].key) || HoldingCues.holderNouns.contains(tokens[$0].key) }),
              let supplier = clauseSubject(before: i, sentence: k, types: [.company], window: 30) else { return }
        let key = tokens[noun].key
        // `X compte parmi ses clients Y et Z`: with nothing between the verb and `parmi`, the list follows the noun.
        let named = slots[k].filter { $0.tokens.lowerBound > i && $0.tokens.upperBound <= among }
        let listed = named.isEmpty ? firmsListed(from: noun + 1, sentence: k) : named
        // `counts X among its investors / shareholders`: X backs or holds the subject.
        for c in listed where c.entity != supplier.entity {
            if TradeCues.customerNouns.contains(key), isFirm(c.entity) {
                relate(supplier.entity, .supplies, .entity(c.entity), cue: i..<(among + 1), sentence: k, rule: "rule:counts-among-customers", confidence: 0.6)
            } else if [.company, .organization, .person].contains(type(c.entity)), !TradeCues.customerNouns.contains(key) {
                let holding = HoldingCues.holderNouns.contains(key)
                relate(c.entity, holding ? .owns : .investsIn, .entity(supplier.entity), cue: i..<(noun + 1), sentence: k,
                       rule: holding ? "rule:counts-among-shareholders" : "rule:counts-among-investors", confidence: 0.55)
            }
        }
    }

    /// `Apple and AMD rely on X for …`, `X s’appuie sur Y`: Y supplies X.
    private func reliesOn(cue: Range<Int>, sentence k: Int) {
        guard let supplier = slotStarting(at: cue.upperBound, sentence: k, types: [.company], skip: 2), isFirm(supplier.entity),
              let customer = clauseSubject(before: cue.lowerBound, sentence: k, types: [.company], window: 10, excluding: supplier.entity) else { return }
        relate(supplier.entity, .supplies, .entity(customer.entity), cue: customer.tokens.lowerBound..<supplier.tokens.upperBound, sentence: k, rule: "rule:relies-on", confidence: 0.55)
        // `Apple and Advanced Micro Devices rely on …`
        var first = customer
        while let prev = slots[k].last(where: { $0.tokens.upperBound < first.tokens.lowerBound && first.tokens.lowerBound - $0.tokens.upperBound <= 2 }), isFirm(prev.entity),
              keys(ordered(prev.tokens.upperBound, first.tokens.lowerBound)).allSatisfy({ [",", "and", "et"].contains($0) }) {
            relate(supplier.entity, .supplies, .entity(prev.entity), cue: prev.tokens.lowerBound..<supplier.tokens.upperBound, sentence: k, rule: "rule:relies-on+conjunct", confidence: 0.5)
            first = prev
        }
    }

    /// The firm a sentence is about: its first firm that is not a complement (other than `except`),
    /// else the firm the text is about so far.
    private func firmOfSentence(_ k: Int, except: Int) -> Int? {
        slots[k].first(where: { isFirm($0.entity) && $0.entity != except && !isComplement($0, sentence: k) })?.entity
            ?? topicAt[k].flatMap { isFirm($0) && $0 != except ? $0 : nil }
    }

    /// `X, dont l'électricité est fournie par Y`, `X's servers, supplied by Y`: the supplier after `par/by`
    /// serves the firm of the clause before it.
    private func suppliedToTheFirm(cue: Range<Int>, sentence k: Int) {
        guard let supplier = slotStarting(at: cue.upperBound, sentence: k, types: [.company, .organization], skip: 3), isFirmOrBody(supplier.entity),
              !keys(ordered(max(sentences[k].tokens.lowerBound, cue.lowerBound - 4), cue.lowerBound)).contains(where: { TradeCues.negations.contains($0) }) else { return }
        // A named customer right before the participle is read by the pair rules (`X, powered by Y`).
        let customer = describedBefore(cue.lowerBound, sentence: k, types: [.company], window: 6).flatMap({ namesMakerOfProduct($0, sentence: k) ? nil : $0.entity })
            ?? subjectOfVerb(cue.lowerBound, sentence: k, types: [.company], window: 12, excluding: supplier.entity)?.entity
            ?? implicitBuyer(before: cue.lowerBound, sentence: k, supplier: supplier.entity)
        guard let c = customer, c != supplier.entity else { return }
        relate(supplier.entity, .supplies, .entity(c), cue: cue.lowerBound..<supplier.tokens.upperBound, sentence: k, rule: "rule:supplied-by.sentence-firm", confidence: 0.45)
    }

    /// Is a good a site runs on (`power`, `l'électricité`, `the servers`) named before token `i` in its clause?
    func goodsBefore(_ i: Int, sentence k: Int) -> Bool {
        let lo = max(sentences[k].tokens.lowerBound, i - 8)
        return keys(ordered(lo, i)).reversed().prefix { ![",", ";", "."].contains($0) }.contains { TradeCues.suppliedGoods.contains($0) }
    }

    /// The firm the text names most often (the first named on a tie): what an article is about.
    func mostNamedFirm(excluding other: Int?) -> Int? {
        drafts.indices.filter { isFirm($0) && !drafts[$0].suppressed && $0 != other }
            .max { drafts[$0].mentions.count < drafts[$1].mentions.count || drafts[$0].mentions.count == drafts[$1].mentions.count && $0 > $1 }
    }

    /// `Power for the campus is bought from X`, `Les serveurs, fournis par Dell, …`: no firm is named before
    /// the cue, the sentence opens on a good or a site, so the buyer is the firm the text is about.
    func implicitBuyer(before i: Int, sentence k: Int, supplier: Int) -> Int? {
        let s = sentences[k]
        guard !slots[k].contains(where: { isFirmOrBody($0.entity) && $0.tokens.upperBound <= i && $0.entity != supplier }),
              keys(ordered(s.tokens.lowerBound, i)).contains(where: { TradeCues.suppliedGoods.contains($0) }),
              !keys(ordered(max(s.tokens.lowerBound, i - 4), i)).contains(where: { TradeCues.negations.contains($0) }) else { return nil }
        // The firm the text is about (named most often; the first named on a tie) runs the sites whose power
        // and machines are described, else the firm of the previous sentences.
        let candidates = [mostNamedFirm(excluding: supplier), salientAt[k]].compactMap { $0 }
        // A parent is not its own subsidiary's customer in this sense (`Power would come from Druk Green`, a DHI unit).
        let related = Set(relations.filter { $0.predicate == .subsidiaryOf }.flatMap { r -> [Int] in
            guard case .entity(let o) = r.object else { return [] }
            return r.subject == supplier ? [o] : o == supplier ? [r.subject] : []
        })
        return candidates.first { isFirm($0) && $0 != supplier && !related.contains($0) }
    }

    /// `Hydro-Québec lui fournit l'électricité`, `AMD, qui lui fournira des accélérateurs`: the pronoun is the
    /// firm the sentence (or the text) is about.
    private func suppliesPronoun(at i: Int, sentence k: Int) {
        guard let supplier = clauseSubject(before: i, sentence: k, types: [.company, .organization], window: 10), isFirmOrBody(supplier.entity),
              let customer = firmOfSentence(k, except: supplier.entity) else { return }
        relate(supplier.entity, .supplies, .entity(customer), cue: supplier.tokens.lowerBound..<(i + 2), sentence: k, rule: "rule:supplies-pronoun", confidence: 0.45)
    }

    /// `Bitdeer's own SealMiner machines`, `ses propres serveurs X`: a firm's own product is held (and made) by it;
    /// `Les 9 000 machines X qui y tournent encore`: a counted fleet running at the text's site, with no
    /// firm in the sentence, belongs to the firm the text is about (not to the fleet's maker).
    private func fleetsWithoutOwner(sentence k: Int, makers: [Int: Int]) {
        let s = sentences[k]
        for p in slots[k] where type(p.entity) == .product {
            let lo = max(s.tokens.lowerBound, p.tokens.lowerBound - 3)
            let lead = keys(ordered(lo, p.tokens.lowerBound))
            if let own = lead.lastIndex(where: { ["own", "propres", "propre"].contains($0) }), lo + own >= s.tokens.lowerBound + 2,
               ["'s", "its", "their", "ses", "sa", "son", "leurs"].contains(tokens[lo + own - 1].key) {
                let owner = tokens[lo + own - 1].key == "'s" ? slots[k].last(where: { $0.tokens.upperBound == lo + own - 1 && isFirm($0.entity) })?.entity
                    : slots[k].first(where: { $0.anaphor && $0.tokens.lowerBound == lo + own - 1 })?.entity ?? clauseSubject(before: lo + own - 1, sentence: k, types: [.company], window: 12)?.entity
                if let o = owner, isFirm(o) {
                    relate(o, .owns, .entity(p.entity), cue: (lo + own - 1)..<p.tokens.upperBound, sentence: k, rule: "rule:own-product", confidence: 0.55)
                }
                continue
            }
            // A counted fleet (`9 000 machines X`, `28,000 X units`) that runs or is installed, in a sentence naming no firm.
            let counted = (max(s.tokens.lowerBound, p.tokens.lowerBound - 3)..<p.tokens.lowerBound).contains { tokens[$0].kind == .number }
            let running: Set<String> = ["tournent", "tourne", "fonctionnent", "installees", "installes", "deployees", "deployes", "run", "running", "installed", "deployed", "operating", "hum", "humming"]
            guard counted, !slots[k].contains(where: { isFirmOrBody($0.entity) && !$0.anaphor }),
                  keys(s.tokens).contains(where: { running.contains($0) }) else { continue }
            guard let owner = mostNamedFirm(excluding: nil), makers[p.entity] != owner else { continue }
            relate(owner, .owns, .entity(p.entity), cue: p.tokens, sentence: k, rule: "rule:fleet-at-site", confidence: 0.45)
        }
    }

    /// `IREN will provide Microsoft with access to NVIDIA GB300 GPUs`, `la société exploite … des
    /// processeurs Nvidia H100`: the firm that runs another maker's product owns it.
    private func productsInUse(sentence k: Int, makers: [Int: Int]) {
        for p in slots[k] where type(p.entity) == .product {
            let lo = max(sentences[k].tokens.lowerBound, p.tokens.lowerBound - 12)
            guard let verbAt = (lo..<p.tokens.lowerBound).last(where: { TradeCues.useVerbs.contains(tokens[$0].key) }),
                  !keys(ordered(verbAt, p.tokens.lowerBound)).contains(where: { [".", ";", "by", "par"].contains($0) }),
                  let user = firmSubject(before: verbAt, sentence: k, window: 14) else { continue }
            // Without a known maker, only a verb of running or buying makes the firm an owner.
            let strong: Set<String> = ["runs", "operates", "exploite", "exploitent", "deploys", "deploie", "fleet", "parc", "parcs", "owns", "possede", "bought", "purchased", "achete", "acquired"]
            guard makers[p.entity].map({ $0 != user.entity }) ?? strong.contains(tokens[verbAt].key) else { continue }
            relate(user.entity, .owns, .entity(p.entity), cue: user.tokens.lowerBound..<p.tokens.upperBound, sentence: k, rule: "rule:runs-product", confidence: 0.5)
        }
    }

    /// `Nvidia H100`, `NVIDIA GB300`: a two-word product whose second word is a model number names its
    /// maker first; when the text never names that maker alone, the maker is added as a firm.
    func makersInsideProductNames() {
        for (p, d) in drafts.enumerated() where d.type == .product && !d.suppressed {
            guard let m = d.mentions.first(where: { !$0.text.isEmpty }) else { continue }
            let i = tokenIndex(atScalar: m.evidence.span.start)
            guard i + 1 < tokens.count, tokens[i + 1].end <= m.evidence.span.end, i + 2 >= tokens.count || tokens[i + 2].start >= m.evidence.span.end else { continue }
            let brand = tokens[i], model = tokens[i + 1]
            guard brand.kind == .word, !brand.hasDigit, brand.text.unicodeScalars.count >= 3, brand.isCapitalized || brand.isAllCaps,
                  model.hasDigit, model.text.first?.isUppercase == true, model.text.first?.isLetter == true,
                  lex.places.value(brand.key) == nil, !Vocabulary.productHeads.contains(brand.key) else { continue }
            // `Antminer S19`: a known product family is a line of its maker's, not the maker.
            if let (len, id) = lex.knownNames.longestMatch(tokens, at: i, limit: i + 1), len == 1, lex.entries[id].type == .product { continue }
            let k = sentenceIndex(ofToken: i)
            let maker: Int
            if let known = keyToEntity[Self.groupKey(brand.text)] {
                guard drafts[known].type == .company else { continue }
                maker = known
            } else {
                // `Bitdeer's own SealMiner A2`, `AMD … ses accélérateurs Instinct MI355X`: a firm named before the
                // product in its sentence is its likelier maker, and a camel-case first word is a product line.
                if brand.isCamel || slots[k].contains(where: { isFirm($0.entity) && !$0.anaphor && $0.tokens.upperBound <= i }) { continue }
                var draft = EntityDraft(type: .company, strength: 1)
                draft.names = [brand.text]
                maker = addEntity(draft)
                keyToEntity[Self.groupKey(brand.text)] = maker
                addMention(entity: maker, tokens: i..<(i + 1), sentence: k, rule: "rule:maker-in-product-name", confidence: 0.55, asSlot: false)
            }
            relate(maker, .supplies, .entity(p), cue: i..<(i + 2), sentence: k, rule: "rule:product-named-after-maker", confidence: 0.65)
        }
    }
}
