import DossierModel

/// Operators name their data centres and plants by codes (`PAR3`, `CAL-3`, `DRC1`): a city or
/// country code and a number, the same shape as a chip's model code. The name finder cannot tell
/// them apart and calls such a code a product; the site the sentence describes beside it tells.
extension Analysis {
    /// Quote marks and brackets that may stand around a site's code (`data center « MRS4 »`, `(“MTL-3”)`).
    static let codeQuotes: Set<String> = Vocabulary.quoteMarks.union(["(", ")"])
    /// Verbs of being between a code and the site noun that describes it (`CIV1 est le cinquième centre de données`).
    static let codeCopulas: Set<String> = ["is", "was", "will", "be", "est", "etait", "sera", "devient", "becomes", "remains", "reste"]

    /// A code read as a product that a site of the same sentence is named by becomes that site's
    /// name: its mentions (in every sentence) are the site's, and the product is dropped. Runs after
    /// the sites are collected and before the relations are read, so that a later sentence about
    /// the code (`TOR-2 will open in Toronto`) is read as one about the site.
    func nameSitesByCode() {
        for k in sentences.indices where !skip[k] {
            for slot in slots[k] where !slot.anaphor && isSiteCodeCandidate(slot) {
                guard let site = siteNamed(byCode: slot.tokens, sentence: k) else { continue }
                merge(code: slot.entity, named: text(slot.tokens), into: site)
            }
        }
    }

    /// `PAR1 et PAR2`, `DC5 … DC6`: in a story about data centres, a code of a site's shape (two to four capitals, a
    /// number under 100: `MRS3`, `CAL-3`) that no maker's name leads and no product noun follows is a site the text
    /// names without describing it; model codes run to more digits (`H100`, `B200`) or to one letter (`M2`).
    func retypeBareSiteCodes() {
        guard drafts.contains(where: { $0.type == .facility && !$0.suppressed && ["DATA_CENTER", "CAMPUS"].contains($0.properties["kind"]?.stringValue ?? "") })
        else { return }
        var uses: [Int: [Bool]] = [:]   // per product: whether each mention reads as a bare site code
        for k in sentences.indices where !skip[k] {
            for slot in slots[k] where isSiteCodeCandidate(slot) {
                let code = tokens[slot.tokens.lowerBound]
                let makerLeads = slots[k].contains { $0.tokens.upperBound == slot.tokens.lowerBound && type($0.entity) == .company }
                let nounFollows = slot.tokens.upperBound < sentences[k].tokens.upperBound && Vocabulary.productHeads.contains(tokens[slot.tokens.upperBound].key)
                // (`Samsung makes AI4`, `will make AI5`: a code that is made is a product.)
                let made = keys(ordered(max(sentences[k].tokens.lowerBound, slot.tokens.lowerBound - 3), slot.tokens.lowerBound)).contains { Self.makingVerbs.contains($0) }
                uses[slot.entity, default: []].append(Self.hasSiteCodeShape(code.text) && !makerLeads && !nounFollows && !made)
            }
        }
        for (e, bare) in uses where bare.allSatisfy({ $0 }) { drafts[e].type = .facility }
    }

    static let makingVerbs: Set<String> = ["make", "makes", "made", "making", "produce", "produces", "produced", "manufacture", "manufactures", "manufactured",
                                           "design", "designs", "designed", "fabrique", "fabriquer", "fabriquera", "produit", "produire", "produira", "concoit", "concu"]

    /// Two to four capitals, an optional hyphen, then one or two digits.
    static func hasSiteCodeShape(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        let letters = s.prefix { ("A"..."Z").contains($0) }.count
        var rest = s.dropFirst(letters)
        if rest.first == "-" { rest = rest.dropFirst() }
        return (2...4).contains(letters) && (1...2).contains(rest.count) && rest.allSatisfy { ("0"..."9").contains($0) }
    }

    /// A product named here by one word of letters and digits (its other names, if any, are
    /// what the code abbreviates: `Raxio Côte d'Ivoire (CIV1)`).
    private func isSiteCodeCandidate(_ slot: Slot) -> Bool {
        drafts[slot.entity].type == .product && !drafts[slot.entity].suppressed && slot.tokens.count == 1
            && ProductNames.isModelCode(tokens[slot.tokens.lowerBound])
    }

    /// The facility of sentence `k` that the code at `c` names, if the two stand in one of the
    /// naming shapes: right after the site noun (`son centre de données LYS4`, `data centre, dubbed
    /// TOR-2`), in brackets after the site and its place (`a site in Laval, Québec (“LVL-2”)`), or
    /// before it as an apposition or a copula's subject (`DRC1, le centre de données de X`,
    /// `CIV1 est le cinquième centre de données de X`).
    private func siteNamed(byCode c: Range<Int>, sentence k: Int) -> Int? {
        let end = sentences[k].tokens.upperBound
        // `the data centre H100 servers`: a code that a product noun follows is the product's.
        if c.upperBound < end, Vocabulary.productHeads.contains(tokens[c.upperBound].key) { return nil }
        for site in slots[k] where type(site.entity) == .facility && !drafts[site.entity].suppressed && !isNamedByCode(site.entity) {
            let r = site.tokens
            // A site anaphor before a code (`le centre LYS3`) names another site than its antecedent; one
            // after the code describes it (`CIV1 est le cinquième centre de données de X`).
            if r.upperBound <= c.lowerBound, !site.anaphor {
                let gap = r.upperBound..<c.lowerBound
                if gap.count <= 4, gap.allSatisfy({ tokens[$0].text == "," || Self.codeQuotes.contains(tokens[$0].text) || Self.namingParticiples.contains(tokens[$0].key) }) {
                    return site.entity
                }
                if bracketedAfterPlace(gap, sentence: k) { return site.entity }
            } else if c.upperBound < r.lowerBound {
                if describesCodeBefore(c.upperBound..<r.lowerBound) { return site.entity }
            }
        }
        return nil
    }

    /// `… site in Saint-Laurent, Québec (“LVL-2”)`: between the site noun and the bracket that opens on
    /// the code, only places, prepositions and commas.
    private func bracketedAfterPlace(_ gap: Range<Int>, sentence k: Int) -> Bool {
        guard gap.count >= 2, gap.count <= 10 else { return false }
        var open = gap.upperBound - 1
        while open > gap.lowerBound, Vocabulary.quoteMarks.contains(tokens[open].text) { open -= 1 }
        guard tokens[open].text == "(" else { return false }
        let placeTokens = Set(slots[k].filter { type($0.entity) == .location }.flatMap { Array($0.tokens) })
        let linkWords: Set<String> = [",", "in", "at", "near", "a", "au", "en", "dans", "pres", "de", "d'", "du", "the", "le", "la", "l'"]
        return (gap.lowerBound..<open).allSatisfy { placeTokens.contains($0) || linkWords.contains(tokens[$0].key) }
    }

    /// `, le cinquième`, `est le nouveau`, `, a 90 MW`: what may stand between a code and the site
    /// noun that describes it — a comma or a copula, an article, then at most three words of
    /// description (adjectives, ordinals, a capacity).
    private func describesCodeBefore(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 2, gap.count <= 7 else { return false }
        var i = gap.lowerBound
        if tokens[i].text == "," { i += 1 } else {
            guard Self.codeCopulas.contains(tokens[i].key) else { return false }
            while i < gap.upperBound, Self.codeCopulas.contains(tokens[i].key) { i += 1 }
        }
        guard i < gap.upperBound, Self.articles.contains(tokens[i].key) else { return false }
        let description = (i + 1)..<gap.upperBound
        return description.count <= 3 && description.allSatisfy { t in
            tokens[t].kind == .number || tokens[t].kind == .word && !tokens[t].isCapitalized && !Vocabulary.productHeads.contains(tokens[t].key) || tokens[t].text == "-"
        }
    }

    private func isNamedByCode(_ site: Int) -> Bool {
        drafts[site].mentions.contains { $0.evidence.extractor == Self.siteCodeRule }
    }

    static let siteCodeRule = "rule:site-code"

    /// The code becomes the site's name (its description stays an alias); the code's mentions, tagged as
    /// naming the site, its slots and its names are the site's from now on (`merge(_:into:)`).
    private func merge(code: Int, named name: String, into site: Int) {
        if let description = drafts[site].descriptiveName { drafts[site].extraAliases.insert(description, at: 0) }
        for i in drafts[code].mentions.indices { drafts[code].mentions[i].evidence.extractor = Self.siteCodeRule }
        merge(code, into: site)
        drafts[site].descriptiveName = name
        drafts[site].mentions.sort { $0.evidence.span.start < $1.evidence.span.start }
    }
}
