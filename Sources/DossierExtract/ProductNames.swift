/// How product names look: model codes (`H100`, `S19`, `MI300X`, `A7A5`), a maker's name
/// followed by a model (`Nvidia H100`, `Huawei Ascend 910B`), a product family followed by a
/// number (`Antminer S19`, `GeForce RTX 4090`, `Llama 3`). General patterns, no product list.
enum ProductNames {
    /// Letter-and-digit tokens that are not products.
    static let notModelCodes: Set<String> = ["co2", "h2o", "b2b", "b2c", "p2p", "g7", "g8", "g20", "b20", "c40", "p5", "e5", "mp3", "mp4", "4g", "5g", "3g", "2g"]
    /// A model number after a maker (`Boeing 737`, `787-9`): two to four digits, maybe a variant after a hyphen, not a year.
    static func isModelNumber(_ t: Token) -> Bool {
        let parts = t.text.split(separator: "-", omittingEmptySubsequences: false)
        guard t.kind == .number, let head = parts.first, (2...4).contains(head.count), parts.count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }) else { return false }
        return !(head.count == 4 && (head.hasPrefix("19") || head.hasPrefix("20")))
    }
    /// Prefixes of letter-and-digit tokens that are events, diseases or legal references.
    static let notModelPrefixes: [String] = ["covid", "cop", "sars", "h1n1", "section", "article", "ue", "eu", "ce", "q", "fy", "cy"]

    /// `RM17`, `Rs158`, `USD4.5`: a currency's letters before an amount.
    static func isCurrencyAmount(_ key: String) -> Bool {
        currencyPrefixes.contains { key.hasPrefix($0) && key.count > $0.count && key.dropFirst($0.count).allSatisfy { $0.isNumber || $0 == "." || $0 == "," } }
    }

    /// `NdFeB`, `NdPr`, `LiFePO4`: a formula written as element symbols, in mixed case, is a material, not a brand.
    static func isChemicalFormula(_ text: String) -> Bool {
        guard text.contains(where: \.isLowercase), text.first?.isUppercase == true else { return false }
        var symbols = 0
        var rest = Substring(text)
        while let first = rest.first {
            if first.isNumber { rest = rest.drop { $0.isNumber }; continue }
            let two = String(rest.prefix(2))
            if two.count == 2, two.last?.isLowercase == true, elementSymbols.contains(two) { rest = rest.dropFirst(2) }
            else if elementSymbols.contains(String(first)) { rest = rest.dropFirst() }
            else { return false }
            symbols += 1
        }
        return symbols >= 2
    }

    static let elementSymbols: Set<String> = Set("""
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Ru Rh Pd Ag Cd
    In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Th U
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    static let currencyPrefixes: [String] = ["rm", "rs", "rp", "usd", "eur", "gbp", "inr", "myr", "cad", "aud", "chf", "cny", "rmb", "sgd", "hkd"]

    static let unitOrOrdinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "e", "er", "eme", "re", "s", "h", "m", "k", "x", "bn", "mn", "md", "mw", "gw", "kw", "mwh", "gwh", "twh", "eh", "th/s", "km", "kg", "t", "g", "b", "pm", "am"]

    /// A model code: one token with letters and digits, at most four letters (`H100`, `GB200`,
    /// `910B`, `A7A5`, `GPT-4`), not an ordinal (`19th`, `14e`), a decade (`1990s`) or a period (`Q3`).
    static func isModelCode(_ t: Token) -> Bool {
        guard t.kind == .word, t.hasDigit, (3...10).contains(t.text.unicodeScalars.count) else { return false }
        let key = t.key
        if Vocabulary.notNames.contains(key) || notModelCodes.contains(key) { return false }
        let letters = key.filter(\.isLetter).count, digits = key.filter(\.isNumber).count
        guard letters >= 1, digits >= 1, letters <= 4 else { return false }
        // `Vexa4`: a capitalised four-letter word with a number is a brand's spelling, not a model code.
        let scalars = t.text.unicodeScalars
        if scalars.count > 4, scalars.first!.properties.isUppercase, scalars.dropFirst().prefix(3).allSatisfy(\.properties.isLowercase) { return false }
        // `19th`, `14e`, `1er`, `3rd`, `1990s`, `100MW`, `5bn`: digits then a suffix.
        if key.first?.isNumber == true, unitOrOrdinalSuffixes.contains(String(key.drop { $0.isNumber || $0 == "," || $0 == "." })) { return false }
        if notModelPrefixes.contains(where: { key.hasPrefix($0) && key.dropFirst($0.count).allSatisfy { $0.isNumber || $0 == "-" } }) { return false }
        return true
    }
}

extension ProductNames {
    /// Words that say who owns what follows (`its`, `Amazon's`, `Korvant Systems'`, `ses`).
    static let ownerWords: Set<String> = ["'s", "'", "its", "their", "our", "sa", "son", "ses", "leur", "leurs", "notre", "nos"]
    /// Nouns after an owned name that make it a product (`its Quasar chips`, `their Nimbra platform`);
    /// `machines`, `devices` and `apps` name a maker as often as a product (`its Bitmain machines`).
    static let ownedProductNouns: Set<String> = Vocabulary.productHeads.subtracting(["machine", "machines", "device", "devices", "app", "application"])
        .union(["platform", "platforms", "chatbot", "rigs", "miners", "superchip", "superchips", "family", "line", "lineup"])
    /// Nouns after a camel-case name that make it a product line (`the AmpereOne family`), not a firm (`the CoreWeave GPUs`).
    static let lineNouns: Set<String> = ["family", "line", "lineup", "series", "gamme"]
    /// Nouns that make the name before them an issued or hosted product whoever owns it (`the Quasar token`, `the Vela chatbot`).
    static let issuedNouns: Set<String> = ["token", "tokens", "stablecoin", "stablecoins", "chatbot", "chatbots"]
    /// French nouns a product name follows (`puces Quasar`, `le modèle Vela`); not `la plateforme X`,
    /// which in French news is as often an exchange (a firm) as a product.
    static let nounsBeforeProduct: Set<String> = ["puce", "puces", "processeur", "processeurs", "accelerateur", "accelerateurs", "serveur", "serveurs", "modele", "modeles",
                                                  "chatbot", "application", "logiciel", "stablecoin", "jeton", "gamme", "superordinateur", "superpuce", "superpuces", "machines"]
}

extension MentionFinder {
    /// `a commandé 3 000 serveurs à X`, `vendu ses machines à X`: a verb of trade before `à` makes the
    /// name after it a party, not a place.
    func tradedBefore(_ i: Int, in s: Sentence) -> Bool {
        let trade: Set<String> = ["commande", "commandee", "commandes", "commandees", "achete", "achetee", "achetes", "achetees", "vendu", "vendue", "vendus", "vend", "vendra",
                                  "loue", "louee", "loues", "fournit", "fournira", "fourni", "livre", "livree", "livres", "livrera", "cede", "cedee", "cedera", "confie", "attribue"]
        return (max(s.tokens.lowerBound, i - 6)..<i).contains { trade.contains(tokens[$0].key) }
    }

    /// `its new Quasar chips`, `Korvant's latest Quasar accelerators`: an owner, then one adjective of novelty.
    func ownerBeforeAdjective(_ r: Range<Int>, in s: Sentence) -> Bool {
        let a = r.lowerBound - 1
        guard a - 1 >= s.tokens.lowerBound, ["new", "latest", "newest", "next-generation", "flagship", "upcoming", "own", "first", "second", "third", "current"].contains(tokens[a].key) else { return false }
        return ProductNames.ownerWords.contains(tokens[a - 1].key)
    }

    /// Words of an apposition that name a trade, so a firm (`X, a server assembler`), or qualify a maker.
    static let makerWords: Set<String> = ["designer", "designers", "maker", "makers", "giant", "firm", "company", "startup", "group", "fabricant", "concepteur", "specialist", "specialiste",
                                       "of", "de", "d'", "du", "des", "developer", "provider", "supplier", "fournisseur", "operator", "exploitant", "issuer", "emetteur",
                                       // `a server assembler`, `un intégrateur de serveurs`, `a chip vendor`: a trade, so a firm.
                                       "assembler", "assemblers", "assembleur", "integrator", "integrateur", "manufacturer", "manufacturers", "vendor", "vendors",
                                       "distributor", "distributeur", "reseller", "revendeur", "builder", "constructeur", "equipementier", "host", "hebergeur"]

    /// `Quasar, its new AI chip,`, `Vela, a large language model`: an apposition whose head is a product noun
    /// (not `Nvidia, the chip designer`, where the noun qualifies a maker).
    func productApposition(after r: Range<Int>, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        guard r.upperBound + 2 < end, tokens[r.upperBound].key == ",", ["a", "an", "its", "their", "the", "un", "une", "son", "sa", "le", "la"].contains(tokens[r.upperBound + 1].key) else { return false }
        var j = r.upperBound + 2
        while j < min(end, r.upperBound + 7), tokens[j].kind == .word, ![",", "."].contains(tokens[j].key) {
            // `a Silicon Valley designer of server processors`: the head is the maker, the product noun its complement.
            if Self.makerWords.contains(tokens[j].key) || Vocabulary.companyHeads.contains(tokens[j].key) { return false }
            if ProductNames.ownedProductNouns.contains(tokens[j].key) || ProductNames.nounsBeforeProduct.contains(tokens[j].key)
                || ProductCues.strongNounsAfter.contains(tokens[j].key) || ProductCues.strongNounsBefore.contains(tokens[j].key) {
                let next = j + 1 < end ? tokens[j + 1].key : ""
                return !(Vocabulary.companyHeads.contains(next) || Self.makerWords.contains(next))
            }
            j += 1
        }
        return false
    }

    /// Is the name a firm the lexicon knows (`puces Nvidia` names the maker, not a product)?
    func isKnownFirm(_ r: Range<Int>) -> Bool {
        guard let (_, id) = lex.knownNames.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound) else { return false }
        return lex.entries[id].type != .product
    }

    /// `ses puces Quasar`, `le modèle Vela`: a product noun right before the name, itself not the
    /// complement of a maker (`le fabricant de puces X` names a firm).
    func productNounBefore(_ r: Range<Int>, in s: Sentence) -> Bool {
        // The other cues around a product name without a model number (ProductCues.swift).
        if productNounBeforeOwned(r, in: s) || productNounAfterOwned(r, in: s) || launchedObject(r, in: s) || madeByAround(r, in: s)
            || namedAfterProductNoun(r, in: s) || exampleOfProducts(r, in: s) || productApposedAfterOwnedNoun(r, in: s) { return true }
        var n = r.lowerBound - 1
        // `ses modèles de langage Command`, `its large language model X`: the noun's own complement sits between.
        if n - 2 > s.tokens.lowerBound, tokens[n].key == "langage", tokens[n - 1].key == "de" { n -= 2 }
        guard n > s.tokens.lowerBound, ProductNames.nounsBeforeProduct.contains(tokens[n].key) else { return false }
        let before = tokens[n - 1].key
        return !["de", "d'", "of", "en"].contains(before) && !(r.upperBound < s.tokens.upperBound && ["de", "d'", "du"].contains(tokens[r.upperBound].key))
    }

    /// `Nvidia H100` names a product and its maker: the maker is mentioned too.
    func makerInProductName(_ m: NameMention) -> NameMention? {
        // The limit leaves the product's own entry out when the lexicon lists it with its maker (`Airbus A350`).
        guard m.type == .product, m.tokens.count >= 2, let (len, id) = lex.knownNames.longestMatch(tokens, at: m.tokens.lowerBound, limit: m.tokens.upperBound - 1),
              lex.entries[id].type == .company else { return nil }
        return NameMention(tokens: m.tokens.lowerBound..<(m.tokens.lowerBound + len), sentence: m.sentence, type: .company, strength: 3,
                           rule: "lexicon:known-names", lexicon: id)
    }

    /// `Nvidia H100`, `Microsoft Azure`, `Antminer S19`, `GeForce RTX 4090`, `Llama 3`: a product name.
    func looksLikeProduct(_ r: Range<Int>) -> Bool {
        // `iPhone`, `iPad`: a known product written in camel case, which the lexicon reader (capitals only) leaves to the chunker.
        if r.count == 1, tokens[r.lowerBound].isCamel, let (len, id) = lex.knownNames.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound),
           len == 1, lex.entries[id].type == .product { return true }
        // `the first iPhones`: the plural of a known product.
        if r.count == 1, tokens[r.lowerBound].key.hasSuffix("s"), let id = lex.knownNames.value(String(tokens[r.lowerBound].key.dropLast())),
           lex.entries[id].type == .product { return true }
        guard r.count >= 2, r.count <= 5, let lastIndex = r.last else { return false }
        let last = tokens[lastIndex]
        let endsWithModel = ProductNames.isModelCode(last) || (last.kind == .number && last.text.count <= 4 && !(last.text.count == 4 && last.text.hasPrefix("20")))
        // A known maker followed by a model or a known product family (`Boeing 737 Max`, `Nvidia Blackwell`). Other
        // words after a maker are left to the other cues: they name a subsidiary (`Gazprom Neft`, `Sber Leasing`) as often as a brand.
        if let (len, id) = lex.knownNames.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound), len < r.count, lex.entries[id].type == .company {
            let rest = (r.lowerBound + len)..<r.upperBound
            if rest.contains(where: { ProductNames.isModelCode(tokens[$0]) || ProductNames.isModelNumber(tokens[$0]) }) { return true }
            if let (plen, pid) = lex.knownNames.longestMatch(tokens, at: rest.lowerBound, limit: r.upperBound), lex.entries[pid].type == .product, plen >= 1 { return true }
            return false
        }
        // A known product family, or a camel-case brand, followed by a model number (not a given name
        // that is also a product's: `Grace Hopper` the person is read by the person rules).
        if let (len, id) = lex.knownNames.longestMatch(tokens, at: r.lowerBound, limit: r.upperBound), lex.entries[id].type == .product,
           len == r.count || !lex.firstNames.contains(tokens[r.lowerBound].key) || r.dropFirst(len).contains(where: { tokens[$0].hasDigit }) { return true }
        return endsWithModel && (tokens[r.lowerBound].isCamel || ProductNames.isModelCode(last))
    }
}
