import DossierModel

/// Cue words between two names, per predicate, in English and French (folded keys).
enum RelationCues {
    /// Nouns of a firm's suppliers (`its energy supplier, Y`) and of its customers (`customers such as Y`).
    static let supplierNouns: Set<String> = ["supplier", "suppliers", "provider", "fournisseur", "fournisseurs", "prestataire"]
    static let customerNouns: Set<String> = ["customers", "customer", "clients", "client", "tenants", "locataires"]
    static let founded: Set<String> = ["founded", "co-founded", "cofounded", "fonde", "fondee", "cofonde", "cofondee", "co-fonde", "created", "cree", "creee", "founder", "co-founder", "cofounder", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur"]
    static let ownsActive: Set<String> = Set(["acquired", "acquires", "acquire", "acquiring", "bought", "buys", "buy", "owns", "purchased", "purchase", "rachete", "rachetee", "racheter", "rachat", "acquis", "acquise", "acquiert", "acquerir", "acquisition", "possede", "possedait", "detient", "detenait", "stake", "participation", "controls", "controle", "holds", "hold", "took", "possedent", "detiennent", "controlent", "rachetent", "acquierent",
                                          // `l'État du Niger a décidé de nationaliser Y`: a state takes the firm.
                                          "nationalise", "nationaliser", "nationalisee", "nationalisation", "nationalised", "nationalized", "nationalize", "nationalizes", "nationalises", "nationalization"])
        .union(plainBuyVerbs)
    /// French clitics before a verb of holding say the object is elsewhere (`qui en possède 6 %`).
    static let objectClitics: Set<String> = ["en", "y", "le", "la", "les", "l'"]
    /// Verbs of buying that take goods as often as firms (`acheter`, `buying`).
    static let plainBuyVerbs: Set<String> = ["acheter", "achete", "achetee", "achetent", "buying"]
    /// A share of a firm's capital (`la part de 9 %`, `its stake`).
    static let stakeNouns: Set<String> = ["part", "parts", "participation", "participations", "stake", "stakes", "interest", "holding"]
    /// Verbs of hiring a firm for a job (`a mandaté Y`, `hired Y`, `commissioned Y`).
    static let hireVerbs: Set<String> = ["mandate", "mandated", "mandates", "hired", "hires", "hire", "retained", "retains", "commissioned", "commissions", "embauche"]
    /// Participles of planning or building a site (`prévue par X`, `proposed by X`).
    static let siteParticiples: Set<String> = ["prevu", "prevue", "prevus", "prevues", "planned", "proposed", "projete", "projetee", "construit", "construite", "built",
                                               "developpe", "developpee", "developed", "envisage", "envisagee"]
    static let passiveOwner: Set<String> = ["codetenu par", "codetenue par", "co-owned by", "jointly owned by", "acquired by", "bought by", "owned by", "rachete par", "rachetee par", "detenue par", "detenu par", "propriete de", "controlee par", "controle par", "acquise par", "acquis par", "held by", "taken over by"]
    static let subsidiary: Set<String> = ["subsidiary", "filiale", "unit", "unite", "division", "arm", "branche"]
    /// Nouns that make a firm in apposition one of a group's (`X, société du groupe Y`, `X, a member of the Y group`).
    static let groupMemberHeads: Set<String> = ["societe", "entreprise", "company", "member", "membre"]
    /// Heads of a firm's own business named after its possessive (`X's container terminal operator Y`); a supplier,
    /// lender, rival or partner named so is another firm.
    static let ownedUnitHeads: Set<String> = subsidiary.union(["operator", "producer", "maker", "manufacturer", "affiliate", "carrier", "airline", "brand", "miner", "developer"])
    static let operates: Set<String> = ["operates", "operate", "operating", "runs", "run", "exploite", "exploiter", "gere", "built", "builds", "build", "building", "construit", "construire", "develops", "developing", "developpe", "developper", "launch", "launched", "lance", "lancer", "opened", "ouvre", "ouvert", "ouvrir", "exploitent", "exploiteront", "gerent", "construisent", "construiront", "developpent", "developperont"]
    static let located: [String] = ["registered in", "incorporated in", "founded in", "fondee a", "fonde a", "creee a", "cree a", "enregistree a", "enregistre a", "immatriculee a", "immatriculee en", "domiciliee a", "constituee a", "dont le siege est a", "dont le siege est en", "run from", "dirigee depuis", "exploitee depuis", "exploite depuis", "operee depuis", "operated from", "based in", "headquartered in", "located in", "basee a", "base a", "basee en", "base en", "basees a", "implantee a", "implante a", "implantee en", "installee a", "siege a", "siege social a", "offices in", "office in", "bureaux a", "bureau a", "succursale a", "succursale en", "succursale au", "succursale aux", "branch in", "branches in", "operations in", "presente en", "present en", "opere en", "operates in", "active en", "headquarters in", "hq in", "siege est a", "siege est situe a", "from"] + PlaceCues.participles
    static let invests: Set<String> = ["invest", "invests", "invested", "investing", "investment", "investir", "investit", "investi", "investissement", "investira", "injecte", "injecter", "finance", "financed", "funding", "financement", "backs", "backed", "soutient", "stake",
                                       "engage", "committed", "commits", "pledged", "pledges", "apporte", "apportera", "subventionne", "subsidizes", "subsidises", "poured", "pours", "injects", "injected", "injectera", "investissent", "investiront", "financent", "injectent"]
    static let passiveInvest: [String] = ["backed by", "funded by", "financed by", "soutenue par", "soutenu par", "financee par", "finance par", "investment from", "investissement de", "funding from", "led by"]
    static let supplies: Set<String> = ["supplies", "supply", "supplied", "supplying", "fournit", "fournir", "fournira", "fournissait", "provides", "provide", "provided", "providing", "delivers", "deliver", "delivered", "livre", "livrer", "livrera", "sells", "sell", "sold", "vend", "vendre", "vendu", "vendra", "vendait", "hosts", "host", "heberge", "heberger", "hebergera", "hebergeront", "powers", "alimente", "supplier", "fournisseur", "fournissent", "fourniront", "livrent", "livreront", "vendent", "vendront", "hebergent", "alimentent", "alimenteront", "fournirait", "fourniraient", "livrerait", "livreraient"]
    static let passiveSupply: [String] = ["supplied by", "provided by", "fourni par", "fournie par", "fournis par", "powered by", "alimente par", "alimentee par", "hosted by", "heberge par", "hebergee par", "made by", "fabrique par", "fabriquee par", "concu par", "designed by", "manufactured by", "built by", "from"]
    /// Participles before `by` + outlet that make the outlet a source (`reviewed by Reuters`).
    static let seenBy: Set<String> = ["reviewed", "seen", "obtained", "contacted", "viewed", "documented", "consulted", "consultes", "consulte", "consultee", "obtenu", "obtenus", "obtenue"]
    /// Nouns of a published study whose author is a source (`according to a report by X`, `selon une étude du cabinet X`).
    static let studies: Set<String> = ["report", "study", "analysis", "survey", "research", "note", "rapport", "etude", "enquete", "analyse"]
    /// French verbs of speech before `à / au` + outlet (`a indiqué à l'AFP`, `a confié au Monde`).
    static let saidTo: Set<String> = ["indique", "declare", "confie", "explique", "precise", "affirme", "assure", "dit", "raconte", "souligne", "estime", "reconnu", "annonce"]
    static let partner: Set<String> = ["venture", "ventures", "joint-venture", "partnership", "partnered", "partner", "partners", "partenariat", "partenaire", "partenaires", "associe", "allie", "joint", "coentreprise", "co-entreprise", "memorandum", "mou", "protocole", "alliance", "collaboration", "collaborate", "collaborates", "collaborating", "teamed", "cooperation", "cooperer", "cooperate", "consortium", "associee", "associes", "associees", "alliee", "allies", "alliees"]
}

extension Analysis {
    /// Pattern rules over pairs of names in a sentence, plus nationality and sources.
    func collectRelations() {
        retypeAroundRoleWords()
        retypeListedPeople()
        outletsAfterContractedArticles()
        retypeInvestmentTargets()
        for (k, s) in sentences.enumerated() where !skip[k] {
            let ss = slots[k]
            for a in ss.indices {
                // `Xavier Dorel, fondateur de Velkor, investit dans Y`: the clause after the apposition is its head's.
                let head = appositionHead(of: ss[a], sentence: k)
                for b in (a + 1)..<min(ss.count, a + 12) where ss[b].tokens.lowerBound - ss[a].tokens.upperBound <= 25 && ss[b].tokens.lowerBound >= ss[a].tokens.upperBound {
                    // (The place that closes a body's name, `gouvernement du Québec`, stands inside it, not between it and the next name.)
                    let between = ss[(a + 1)..<b].filter { $0.tokens.lowerBound >= ss[a].tokens.upperBound }
                    if let h = head {
                        // The head stands where the complement was, so that only the words after the apposition read as the clause.
                        pair(Slot(entity: h.entity, tokens: ss[a].tokens, anaphor: true), ss[b], between: between, sentence: k)
                    } else {
                        pair(ss[a], ss[b], between: between, sentence: k)
                    }
                }
            }
            reportedBy(k, s)
            capacities(k, s)
            investments(k, s)
        }
        nationalities()
        localArms()
        armsNamedAfterParents()
        bodiesInsideBodies()
        makersByName()
        makersInsideProductNames()
        makersInContext()
        partnerLists()
        partnersNamed()
        roleWithoutOrganization()
        investorClauses()
        collectRoleClauses()
        collectPeopleDescriptors()
        collectPlaceClauses()
        collectHoldingClauses()
        collectLoans()
        nominalHoldings()
        collectTradeClauses()
        collectDealClauses()
        collectFrames()
        verbsAfterRelativeLists()
    }

    /// `Division pénale du ministère de la Justice`: a body whose name closes on another body's name is
    /// that body's unit (the name finder reads both).
    func bodiesInsideBodies() {
        for (k, _) in sentences.enumerated() where !skip[k] {
            for outer in slots[k] where type(outer.entity) == .organization {
                for inner in slots[k] where inner.entity != outer.entity && type(inner.entity) == .organization
                    && inner.tokens.upperBound == outer.tokens.upperBound && inner.tokens.lowerBound > outer.tokens.lowerBound + 1 {
                    relate(outer.entity, .subsidiaryOf, .entity(inner.entity), cue: outer.tokens, sentence: k, rule: "rule:body-inside-body-name", confidence: 0.6)
                }
            }
        }
    }

    /// `Stargate, … in which SoftBank, OpenAI and Oracle are the equity investors`, `dont X est
    /// l'actionnaire principal`: each firm of the list invests in the one before the relative clause.
    func investorClauses() {
        let nouns: Set<String> = ["investor", "investors", "investisseur", "investisseurs", "actionnaire", "actionnaires", "shareholder", "shareholders", "backer", "backers"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            let ks = keys(s.tokens)
            guard ks.contains(where: { nouns.contains($0) }) else { continue }
            let firms = slots[k].filter { [.company, .organization, .facility].contains(type($0.entity)) && !drafts[$0.entity].isMedia }
            for (idx, target) in firms.enumerated() {
                let after = keys(ordered(target.tokens.upperBound, min(target.tokens.upperBound + 12, s.tokens.upperBound)))
                guard let rel = after.firstIndex(where: { ["which", "dont", "whom"].contains($0) }) else { continue }
                var members: [Slot] = []
                for f in firms[(idx + 1)...] {
                    let gap = members.last.map { keys(ordered($0.tokens.upperBound, f.tokens.lowerBound)) } ?? []
                    if members.isEmpty {
                        // The list stands inside the relative (`in which A and B are investors`), not before it
                        // (`A and B are among the investors in the round, which valued Y`).
                        guard f.tokens.lowerBound - target.tokens.upperBound <= rel + 4, f.tokens.lowerBound > target.tokens.upperBound + rel else { break }
                    } else if !(gap.count <= 3 && gap.allSatisfy({ [",", "and", "et", "'s"].contains($0) || lex.places.value($0) != nil || $0.first?.isUppercase == true })) { break }
                    members.append(f)
                }
                guard let last = members.last else { continue }
                let tail = keys(ordered(last.tokens.upperBound, min(last.tokens.upperBound + 6, s.tokens.upperBound)))
                guard tail.contains(where: { nouns.contains($0) }), tail.prefix(2).contains(where: { ["is", "are", "est", "sont", "was", "were"].contains($0) }) else { continue }
                // `dont X est actionnaire` is a holding; `in which X is an investor` an investment.
                let holding = tail.contains(where: { HoldingCues.holderNouns.contains($0) })
                for m in members where m.entity != target.entity && type(m.entity) != .facility {
                    relate(m.entity, holding ? .owns : .investsIn, .entity(target.entity), cue: target.tokens.lowerBound..<last.tokens.upperBound, sentence: k,
                           rule: holding ? "rule:relative.shareholders" : "rule:relative.investors", confidence: 0.55)
                }
            }
        }
    }

    /// `Nvidia's H20`, `la H20 conçue par Nvidia`, `Huawei … its Ascend chips`: the firm that makes a product.
    func makersInContext() {
        for (k, _) in sentences.enumerated() where !skip[k] {
            for p in slots[k] where type(p.entity) == .product {
                let makers = slots[k].filter { type($0.entity) == .company && !drafts[$0.entity].isMedia }
                for m in makers {
                    let before = m.tokens.upperBound <= p.tokens.lowerBound
                    let gap = before ? keys(ordered(m.tokens.upperBound, p.tokens.lowerBound)) : keys(ordered(p.tokens.upperBound, m.tokens.lowerBound))
                    guard gap.count <= 8, !gap.contains(where: { Self.rivalWords.contains($0) }),
                          // The maker's product is the nearer one (`unveiled Orla to rival ChatGPT`).
                          !slots[k].contains(where: { type($0.entity) == .product && $0.entity != p.entity && (before ? $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.upperBound <= p.tokens.lowerBound : $0.tokens.lowerBound >= p.tokens.upperBound && $0.tokens.upperBound <= m.tokens.lowerBound) }) else { continue }
                    let cue: Set<String> = before ? ["'s", "launched", "released", "unveiled", "makes", "designs", "designed", "built", "lance", "devoile", "presente", "its", "ses", "sa", "son",
                                                     "issues", "issued", "emet", "issuer", "emetteur", "maker", "fabricant", "developer", "developpeur", "concepteur", "createur", "editeur", "creator", "designer",
                                                     "commercialise", "markets", "called", "named", "dubbed", "baptise", "baptisee", "appele", "appelee"]
                                                  : ["by", "par", "de", "d'", "from"]
                    let verbs: Set<String> = ["concu", "concue", "fabrique", "fabriquee", "designed", "made", "built", "developpe", "developpee", "produced", "produit", "produite"]
                    // `le service de streaming de X, Skyreach`: the owner of the noun the name stands in apposition to.
                    let ownerOfApposedNoun = before && gap == [","] && m.tokens.lowerBound > sentences[k].tokens.lowerBound
                        && tokens[m.tokens.lowerBound - 1].isOf
                    if before ? (["'s", "'"].contains(gap.first ?? "") || ownerOfApposedNoun || gap.contains(where: { cue.contains($0) && $0 != "'s" })) : (gap.last.map { cue.contains($0) } == true && (gap.count <= 1 || gap.contains(where: { verbs.contains($0) }))) {
                        relate(m.entity, .supplies, .entity(p.entity), cue: before ? m.tokens.lowerBound..<p.tokens.upperBound : p.tokens.lowerBound..<m.tokens.upperBound,
                               sentence: k, rule: "rule:maker-of-product", confidence: 0.6)
                        break
                    }
                }
            }
        }
    }

    /// `Les partenaires d'Enerkem dans RCV, soit Shell, Suncor et Proman`, `Korvex's partners, A and B`, `the partners of X
    /// are A and B`: the firms a partner noun lists are partners of the firm it names.
    func partnersNamed() {
        let nouns: Set<String> = ["partners", "partenaires", "partner", "partenaire"]
        for (k, s) in sentences.enumerated() where !skip[k] {
            for i in s.tokens where nouns.contains(tokens[i].key) {
                // The firm named: `partenaires d'X`, `partners of X`, or `X's partners`.
                let x: Slot
                var j: Int
                if i + 1 < s.tokens.upperBound, tokens[i + 1].isOf || tokens[i + 1].key == "of", let named = slotStarting(at: i + 2, sentence: k, types: [.company, .organization], skip: 0) {
                    x = named; j = named.tokens.upperBound
                } else if i - 1 > s.tokens.lowerBound, tokens[i - 1].key == "'s", let named = slots[k].last(where: { $0.tokens.upperBound == i - 1 && isFirmOrBody($0.entity) }) {
                    x = named; j = i + 1
                } else { continue }
                guard !x.anaphor else { continue }
                // At most a short complement (`dans RCV`, `in the project`), then the words that open the list: the openers of
                // a group's examples (`à savoir`, `such as`, `:`), a verb of membership (`sont`, `include`), `soit` or a comma.
                func opener(at t: Int) -> Int? {
                    if let p = matchPhrase(NationalityCues.exampleOpeners, at: t, sentence: k) { return p.count }
                    return NationalityCues.memberVerbs.contains(tokens[t].key) || [",", "soit"].contains(tokens[t].key) ? 1 : nil
                }
                guard let open = (j..<min(s.tokens.upperBound, j + 4)).first(where: { opener(at: $0) != nil }) else { continue }
                j = open
                while j < s.tokens.upperBound, j - open < 4, let n = opener(at: j) { j += n }
                guard let first = slots[k].first(where: { $0.tokens.lowerBound == j && isFirmOrBody($0.entity) && !$0.anaphor }), first.entity != x.entity else { continue }
                for p in [first] + coordinated(after: first, sentence: k, descriptors: true, accepts: { self.isFirmOrBody($0.entity) }) where p.entity != x.entity {
                    relate(p.entity, .partnerOf, .entity(x.entity), cue: i..<p.tokens.upperBound, sentence: k, rule: "rule:partners-of", confidence: 0.55)
                }
            }
        }
    }

    /// `MGX, Bpifrance, Mistral AI et NVIDIA … coentreprise`: a list of firms in a sentence that
    /// declares a partnership, joint venture or memorandum are partners of each other.
    func partnerLists() {
        let cues: Set<String> = ["partenariat", "partnership", "coentreprise", "co-entreprise", "joint", "joint-venture", "consortium", "alliance", "memorandum", "protocole", "partenaires", "partners",
                                 "collaboration", "cooperation"]
        let sentenceCues = cues.union(Self.agreementNouns)
        for (k, s) in sentences.enumerated() where !skip[k] && !Set(keys(s.tokens)).isDisjoint(with: sentenceCues) {
            let firms = slots[k].filter { [.company, .organization].contains(type($0.entity)) && !$0.anaphor }
            var group: [Slot] = []
            func flush() {
                if group.count >= 2, listDeclaresPartnership(group, cues: cues, sentence: k) {
                    // (A long list, a consortium of eight, makes its first member the others' partner, not every pair.)
                    for a in group.count > 4 ? [0] : Array(group.indices) { for b in (a + 1)..<group.count {
                        relate(group[a].entity, .partnerOf, .entity(group[b].entity), cue: group[a].tokens.lowerBound..<group[b].tokens.upperBound,
                               sentence: k, rule: "rule:partner-list", confidence: 0.5)
                    } }
                }
                group = []
            }
            for f in firms {
                if let last = group.last {
                    if joinsList(partnerGap(last.tokens.upperBound, f.tokens.lowerBound), descriptors: true) { group.append(f); continue }
                    flush()
                }
                group.append(f)
            }
            flush()
        }
    }

    /// The words between two parties of a list, without what describes the first: its share in
    /// parentheses (`Ivanhoe Mines (39,6 %), Zijin …`) or a verbless apposition (`MGX, le fonds
    /// émirati spécialisé dans l'IA, la licorne Mistral AI`), so that the list reads on.
    private func partnerGap(_ from: Int, _ to: Int) -> [String] {
        var gap = keys(ordered(from, to))
        if gap.first == "(", let close = gap.firstIndex(of: ")"), gap[1..<close].allSatisfy({ $0 == "%" || $0.hasSuffix("%") || $0.first?.isNumber == true || $0 == "," }) {
            gap.removeSubrange(0...close)
        }
        if gap.first == ",", let second = gap.dropFirst().firstIndex(of: ","), second - 1 <= 10,
           !gap[1..<second].contains(where: { ["qui", "which", "who", "que", "that", "dont", "whose", "et", "and"].contains($0) }) {
            gap.removeSubrange(0..<second)
        }
        return gap
    }

    /// A list of firms is a partnership only as its parties: `X and Y signed a memorandum`,
    /// `a joint venture between X and Y`; not when the list names investors, customers or
    /// members introduced by `including / notamment / dont`, nor a cue in another clause.
    private func listDeclaresPartnership(_ group: [Slot], cues: Set<String>, sentence k: Int) -> Bool {
        let s = sentences[k], first = group[0].tokens.lowerBound, last = group[group.count - 1].tokens.upperBound
        var j = first - 1
        while j >= s.tokens.lowerBound, Self.articles.contains(tokens[j].key) { j -= 1 }
        let before = j >= s.tokens.lowerBound ? tokens[j].key : ""
        let lead = keys(ordered(max(s.tokens.lowerBound, first - 8), first))
        let leadStops: Set<String> = [".", ";", "including", "notamment", "dont"]
        // `le consortium formé par X, Y et Z`, `un consortium composé des japonais X et Y`: the members of a venture.
        if let cueAt = lead.lastIndex(where: { cues.contains($0) }), lead[cueAt...].contains(where: { Self.formationWords.contains($0) }),
           !lead[cueAt...].contains(where: { leadStops.contains($0) }) { return true }
        // `un accord de principe a été conclu entre X et Y`: the parties of an agreement that is not a trade deal.
        if let at = lead.lastIndex(where: { Self.agreementNouns.contains($0) }), lead[at...].contains(where: { ["between", "entre"].contains($0) }),
           !lead[at...].contains(where: { leadStops.contains($0) || Self.tradeAgreementWords.contains($0) || ["with", "avec", ","].contains($0) }) { return true }
        if ["including", "include", "includes", "notamment", "dont", "as", "comme", "from", "by", "par", "of", "de", "d'", "du", "des", "to", "a"].contains(before) { return false }
        // `a joint venture between X and Y`, `a joint venture with the investment firms X and Y`, `a joint effort involving X, Y and Z`.
        if let cueAt = lead.lastIndex(where: { cues.contains($0) }),
           lead[cueAt...].contains(where: { ["between", "entre", "with", "avec", "involving", "associant", "reunissant", "regroupant", "impliquant"].contains($0) }),
           !lead[cueAt...].contains(where: { leadStops.contains($0) }) { return true }
        let after = keys(ordered(last, min(s.tokens.upperBound, last + 12)))
        guard let cueAt = after.firstIndex(where: { cues.contains($0) }) else { return false }
        let gap = after[..<cueAt]
        return !gap.contains { [".", ";", ",", "which", "who", "qui", "que", "dont", "while", "tandis", "including", "notamment"].contains($0) }
            && !slots[k].contains { $0.tokens.lowerBound >= last && $0.tokens.lowerBound < last + cueAt && [.company, .organization].contains(type($0.entity)) }
    }

    /// `, la banque publique d’investissement` / `and the chip designer`: a list separator followed
    /// by a verbless descriptive phrase for the next name.
    func isDescriptorGap(_ gap: [String]) -> Bool {
        let verbsOrClauses: Set<String> = ["qui", "que", "dont", "which", "who", "that", "a", "est", "sont", "ont", "has", "have", "is", "are", "was", "were", "will",
                                          "said", "par", "by", "with", "avec", "to", "pour", "for", "from", "annonce", "announced", "(", ")", ".", ";", ":"]
        // `X, filiale de Y` makes Y a complement, not the next member of a list.
        guard let first = gap.first, [",", "et", "and"].contains(first), gap.count <= 9, !["de", "d'", "du", "des", "of"].contains(gap.last ?? "") else { return false }
        return gap.dropFirst().allSatisfy { !verbsOrClauses.contains($0) && $0.first?.isNumber != true }
    }

    /// `chief executive Paul Prager said`: a business title with no firm named goes to the firm
    /// the sentence is about.
    func roleWithoutOrganization() {
        for (k, s) in sentences.enumerated() where !skip[k] {
            // With no firm in the sentence, the title goes to the firm the article is about.
            guard var firm = salientAt[k] ?? slots[k].first(where: { type($0.entity) == .company && !drafts[$0.entity].isMedia })?.entity ?? topicAt[k] else { continue }
            // `the Alphabet unit receives warrants. … chief executive X said`: the article's firm when it is named far more often.
            if let topic = topicAt[k], drafts[topic].mentions.count > 2 * drafts[firm].mentions.count, !slots[k].contains(where: { $0.entity == firm }) { firm = topic }
            for p in slots[k] where type(p.entity) == .person {
                // `chief executive Paul Prager`, `Le directeur général, Aydin Kilic,`
                // The title phrase must end at the name (`a spokeswoman for X` is someone else's title).
                let end = p.tokens.lowerBound > s.tokens.lowerBound && tokens[p.tokens.lowerBound - 1].text == "," ? p.tokens.lowerBound - 1 : p.tokens.lowerBound
                guard let lo = titlePhraseStart(endingAt: end, sentence: k) else { continue }
                // `WeWork's founder and former CEO, X`, `Emirates President X`, `le PDG de Y, X`: a firm
                // owns the title and the pair rules read it.
                // `Acme Cloud's country head, X`: a possessive up to two words before the title.
                // `Korvalis, dont l'actuel patron X`: a relative of possession owns it too.
                let owners: Set<String> = ["of", "de", "d'", "du", "'s", "for", "at", "pour", "chez", "dont", "whose"]
                let owner = (max(s.tokens.lowerBound, lo - 3)..<lo).last { !(tokens[$0].kind == .word && !tokens[$0].isNameLike) || owners.contains(tokens[$0].key) }
                if let o = owner, owners.contains(tokens[o].key) { continue }
                // `Ukrainian president X`, `Representative X` hold a public office; a unit's head belongs to the unit's body.
                if publicOfficeBefore(lo, sentence: k) || !isFirmOrBody(firm) { continue }
                // `President Donald Trump`, `le président Mohamed Bazoum`: a bare `president` before a name is a head of state's title.
                if end - lo == 1, ["president", "presidente"].contains(tokens[lo].key) { continue }
                if unitHead(p, titleAt: lo, end: end, sentence: k) { continue }
                if slots[k].contains(where: { $0.tokens.upperBound <= p.tokens.lowerBound && $0.tokens.upperBound >= lo - 1 && [.company, .organization].contains(type($0.entity)) }) { continue }
                let roles = roleTitles(in: lo..<end)
                guard roles.contains(where: { Self.businessRoles.contains($0) }) else { continue }
                for role in roles where Self.businessRoles.contains(role) || role == "FOUNDER" {
                    // `CEO and co-founder X left the company`: the founder of the firm the sentence is about.
                    if role == "FOUNDER" {
                        relate(p.entity, .founded, .entity(firm), cue: lo..<p.tokens.upperBound, sentence: k, rule: "rule:title-before-name.salient-founder", confidence: 0.4)
                    } else {
                        relate(p.entity, .worksFor, .entity(firm), cue: lo..<p.tokens.upperBound, sentence: k, rule: "rule:title-before-name.salient", confidence: 0.45, properties: ["role": .string(role)])
                    }
                }
            }
        }
    }

    /// The title of `x` in `x TITLE and [former] z TITLE y`: the first title ends at `and`, only modifiers stand before
    /// `z`, and `z`'s own title reaches the name.
    private func coordinatedFirmTitle(_ x: Slot, _ z: Slot, _ y: Slot) -> String? {
        let first = x.tokens.upperBound..<z.tokens.lowerBound, second = z.tokens.upperBound..<y.tokens.lowerBound
        guard let and = first.first(where: { ["and", "et"].contains(tokens[$0].key) }), afterModifiers(and + 1, limit: first.upperBound) == first.upperBound,
              let role = exactTitle(first.lowerBound..<and), exactTitle(second) != nil else { return nil }
        return role
    }

    /// The role of a range that is only a title, perhaps after modifiers (`CEO`, `former executive`).
    private func exactTitle(_ r: Range<Int>) -> String? {
        let start = afterModifiers(r.lowerBound, limit: r.upperBound)
        guard let (length, role) = lex.roleTitles.longestMatch(tokens, at: start, limit: r.upperBound), start + length == r.upperBound else { return nil }
        return role
    }

    /// The gap before a firm's name without a trailing descriptor that ends in a firm noun
    /// (`at tech market research firm ▸Y` → `at`, `chez le cabinet ▸Y` → `chez`).
    func midBeforeFirmDescriptor(_ r: Range<Int>) -> Range<Int> {
        // `de la société énergétique ▸Y`, `de l'entreprise américaine ▸Y`: adjectives may follow the head, and in
        // French one noun behind `de` (`de la société publique russe de pipelines ▸Y`).
        func describesHead(_ h: Int) -> Bool {
            if isAdjectiveRun((h + 1)..<r.upperBound) { return true }
            let n = r.upperBound - 1
            return n - 1 > h && ["de", "d'"].contains(tokens[n - 1].key) && isAdjectiveRun(n..<r.upperBound) && isAdjectiveRun((h + 1)..<(n - 1))
        }
        guard let head = (max(r.lowerBound, r.upperBound - 6)..<r.upperBound).last(where: { TitleCues.firmHeads.contains(tokens[$0].key) }),
              describesHead(head) else { return r }
        var j = head
        // (`of the Russian state-owned pipeline company Y`: a nationality and a hyphenated adjective too.)
        while j > r.lowerBound, head - j < 7, tokens[j - 1].text == "-" || tokens[j - 1].kind == .word && (!tokens[j - 1].isNameLike || isDemonym(tokens[j - 1].key)),
              !Self.complementMarkers.contains(tokens[j - 1].key) || Self.articles.contains(tokens[j - 1].key) { j -= 1 }
        return r.lowerBound..<j
    }

    /// `Head of Platform Unit at Y`, `directeur de la division X chez Y`: the firm named right after
    /// a unit by `at / chez / within`.
    func firmAfterUnit(_ unit: Slot, sentence k: Int) -> Slot? {
        let end = sentences[k].tokens.upperBound
        guard unit.tokens.upperBound < end, ["at", "chez", "within", "au", "sein"].contains(tokens[unit.tokens.upperBound].key) else { return nil }
        var j = unit.tokens.upperBound + 1
        while j < end, Self.articles.contains(tokens[j].key) || ["sein", "de", "du", "d'"].contains(tokens[j].key) { j += 1 }
        return slots[k].first { $0.tokens.lowerBound == j && isFirmOrBody($0.entity) && !$0.anaphor }
    }

    func has(_ ks: [String], _ phrase: String) -> Bool {
        containsRun(ks, phrase.split(separator: " ").map(String.init))
    }

    /// Do the words `part` stand together, in order, somewhere in `ks`?
    func containsRun(_ ks: [String], _ p: [String]) -> Bool {
        guard p.count <= ks.count else { return false }
        for i in 0...(ks.count - p.count) where Array(ks[i..<(i + p.count)]) == p { return true }
        return false
    }

    /// The first role title in the range; `Co-CEO`, `co-président` count as the title itself.
    func roleTitle(in r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i < r.upperBound {
            if let (_, role) = lex.roleTitles.longestMatch(tokens, at: i, limit: r.upperBound) { return role }
            if tokens[i].key.hasPrefix("co-"), let role = lex.roleTitles.value(String(tokens[i].key.dropFirst(3))) { return role }
            i += 1
        }
        return nil
    }

    /// A title written in the plural (`les dirigeants`, `executives`, `its two founders`).
    func hasPluralTitle(_ r: Range<Int>) -> Bool {
        r.contains { i in
            let key = tokens[i].key
            return ["les", "ses", "leurs", "their", "two", "three", "deux", "trois"].contains(key)
                || key.hasSuffix("s") && !key.hasSuffix("ss") && lex.roleTitles.value(key) != nil
        }
    }

    /// The role titles of a range in order, one per `and`/`et`-joined title (`founder and CEO`).
    func roleTitles(in r: Range<Int>) -> [String] {
        guard let first = roleTitle(in: r) else { return [] }
        var roles = [first]
        for i in r where ["and", "et", "&"].contains(tokens[i].key) {
            if let next = roleTitle(in: (i + 1)..<min(r.upperBound, i + 5)), !roles.contains(next) { roles.append(next) }
        }
        return roles
    }

    /// True when every `and`/`et` of the range joins two role titles (`chairman and chief executive`),
    /// so the range names one person's titles, not a list of people or firms.
    func titlesJoinedOnly(_ r: Range<Int>) -> Bool {
        r.allSatisfy { i in
            !["and", "et"].contains(tokens[i].key) || i > r.lowerBound && i + 1 < r.upperBound
                && roleTitle(in: max(r.lowerBound, i - 3)..<i) != nil && titleStarts(at: afterModifiers(i + 1, limit: r.upperBound), limit: r.upperBound)
        }
    }

    /// The first token from `i` that is not a title modifier (`former`, `legendary`, `interim`).
    func afterModifiers(_ i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, TitleCues.modifiers.contains(tokens[j].key) { j += 1 }
        return j
    }

    /// Participles before `by`/`par` whose agent closes an apposition (`X, backed by Y, …`, `X, sanctionné par l'UE, …`).
    static let backingParticiples: Set<String> = ["backed", "owned", "controlled", "funded", "financed", "soutenu", "soutenue", "detenu", "detenue",
                                                  "controle", "controlee", "finance", "financee", "sanctioned", "sanctionne", "sanctionnee", "designated",
                                                  "designe", "designee", "targeted", "vise", "visee"]

    /// `A, fondateur de B, …`, `A, a unit of B, …`: B is the complement of an apposition to A closed by a
    /// comma; what follows the comma is said of A. Only a lower-case descriptor ending in a preposition
    /// may stand between the opening comma and B.
    func appositionHead(of b: Slot, sentence k: Int) -> Slot? {
        let s = sentences[k].tokens
        // (`a subsidiary of the Tarnell group,`, `filiale du groupe Tarnell,`: a firm's head noun may follow or precede B.)
        var close = b.tokens.upperBound
        if close < s.upperBound, !tokens[close].isNameLike, Vocabulary.companyHeads.contains(tokens[close].key) { close += 1 }
        // (`who was sanctioned by the EU in 2022,`: a year after B is still the apposition's.)
        if close + 1 < s.upperBound, ["in", "en"].contains(tokens[close].key), tokens[close + 1].kind == .number { close += 2 }
        var open = b.tokens.lowerBound
        if open - 1 > s.lowerBound, !tokens[open - 1].isNameLike, Vocabulary.companyHeads.contains(tokens[open - 1].key) { open -= 1 }
        if open - 2 > s.lowerBound, ["the", "le", "la", "l'"].contains(tokens[open - 1].key), ["of", "de", "by", "par"].contains(tokens[open - 2].key) { open -= 1 }
        // (`…, cofondatrice de l'entreprise, basée à Montréal`: a participle or a relative after the comma may still describe B.)
        guard close + 1 < s.upperBound, tokens[close].key == ",",
              !Self.openingParticiples.contains(tokens[close + 1].key),
              !["situe", "situee", "located", "qui", "which", "who", "dont", "whose", "where", "ou", "et", "and"].contains(tokens[close + 1].key),
              let comma = (max(s.lowerBound, open - 6)..<open).last(where: { tokens[$0].key == "," }),
              ["de", "d'", "du", "of", "at", "chez"].contains(tokens[open - 1].key)
                // `X, backed by Y,`, `X, détenue par Y,`: the owner or backer closes the apposition.
                || ["by", "par"].contains(tokens[open - 1].key) && open - 2 > comma && Self.backingParticiples.contains(tokens[open - 2].key),
              (comma + 1..<open).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike }),
              lex.roleTitles.longestMatch(tokens, at: comma + 1, limit: open) != nil
                || (comma + 1..<open).contains(where: { OperationCues.units.contains(tokens[$0].key) || Self.backingParticiples.contains(tokens[$0].key) })
                || Self.articles.contains(tokens[comma + 1].key) && comma + 2 < open && lex.roleTitles.longestMatch(tokens, at: comma + 2, limit: open) != nil
        else { return nil }
        // (`Interrogé par l'AFP, le directeur général de B, X, …`: the title is X's, named right after B.)
        guard !slots[k].contains(where: { $0.tokens.lowerBound == b.tokens.upperBound + 1 && type($0.entity) == .person }) else { return nil }
        return slots[k].last { $0.tokens.upperBound == comma && [.person, .company].contains(type($0.entity)) && !$0.anaphor && !drafts[$0.entity].isMedia }
    }

    /// `X, filiale de Y`, `X, une filiale de Y`: the firm whose apposition names Y as its parent.
    private func childBeforeParent(_ parent: Slot, sentence k: Int) -> Int? {
        let at = parent.tokens.lowerBound
        var j = at - 1
        guard j - 2 >= sentences[k].tokens.lowerBound, tokens[j].isOf else { return nil }
        j -= 1
        if tokens[j - 1].key == "une" { j -= 1 }
        guard RelationCues.subsidiary.contains(tokens[at - 2].key), j - 1 >= sentences[k].tokens.lowerBound, tokens[j - 1].key == "," else { return nil }
        return slots[k].last { $0.tokens.upperBound == j - 1 && type($0.entity) == .company && !$0.anaphor }?.entity
    }

    /// `CEO of Vancouver-based Y`, `acquired Texas-based miner Y`: where a seat modifier glued before the name starts
    /// (the place and the participle, then at most two lower-case words).
    private func seatModifierStart(before y: Slot, sentence k: Int) -> Int? {
        guard let j = gluedSeatParticiple(before: y.tokens.lowerBound, sentence: k),
              let place = slots[k].last(where: { $0.tokens.upperBound == j - 1 && type($0.entity) == .location }) else { return nil }
        return place.tokens.lowerBound
    }

    /// The seat participle glued by a hyphen to the word before it (`Vancouver-based`, `Swiss-registered`), at most two
    /// lower-case words before token `i` (`Texas-based miner X`); the word before the hyphen is at `- 2`.
    func gluedSeatParticiple(before i: Int, sentence k: Int) -> Int? {
        let lo = sentences[k].tokens.lowerBound
        var j = i - 1
        while j > i - 3, j > lo, tokens[j].kind == .word, !tokens[j].isNameLike, !PlaceCues.hyphenSeat.contains(tokens[j].key) { j -= 1 }
        guard j - 2 >= lo, PlaceCues.hyphenSeat.contains(tokens[j].key), tokens[j - 1].text == "-", !tokens[j - 1].spaceBefore, !tokens[j].spaceBefore else { return nil }
        return j
    }

    private func pair(_ x: Slot, _ y: Slot, between allBetween: [Slot], sentence k: Int) {
        guard x.tokens.upperBound <= y.tokens.lowerBound else { return }
        let tx = type(x.entity), ty = type(y.entity)
        // (The seat modifier is the name's own: the words between end before it.)
        let seat = seatModifierStart(before: y, sentence: k).flatMap { $0 >= x.tokens.upperBound ? $0 : nil }
        let yStart = seat ?? y.tokens.lowerBound
        let between = seat == nil ? allBetween : allBetween.filter { $0.tokens.lowerBound < yStart }
        let midRange = x.tokens.upperBound..<yStart
        let mid = keys(midRange)
        let cue = midRange.isEmpty ? x.tokens.lowerBound..<y.tokens.upperBound : midRange
        let onlyPlacesBetween = between.allSatisfy { [.location, .product, .facility, .sanction].contains(type($0.entity)) }
        let adjacent = between.isEmpty
        let org: Set<EntityType> = [.company, .organization]
        func rel(_ s: Int, _ p: DossierModel.Predicate, _ o: Int, _ rule: String, _ c: Double, _ props: [String: Value] = [:]) {
            relate(s, p, .entity(o), cue: cue, sentence: k, rule: rule, confidence: c, properties: props)
        }

        // `Le PDG de Montalis Claire Berthon`, `le porte-parole du Kremlin X`: a title of the firm or body, then its holder with no comma.
        // (`le Secrétaire général de l'OTAN Mark Rutte`: an article may follow `de`; `le chef de l'État ivoirien X` is a head of state's title.)
        var of = x.tokens.lowerBound - 1
        if of > sentences[k].tokens.lowerBound, ["l'", "la", "le", "the"].contains(tokens[of].key), !["etat", "state"].contains(tokens[x.tokens.lowerBound].key) { of -= 1 }
        if org.contains(tx), ty == .person, adjacent, mid.isEmpty, !x.anaphor, of >= sentences[k].tokens.lowerBound + 1,
           tokens[of].isOf,
           let role = roleTitle(in: max(sentences[k].tokens.lowerBound, of - 4)..<of) {
            rel(y.entity, .worksFor, x.entity, "rule:title-of-firm.holder", 0.65, ["role": .string(role)])
        }
        // `Under Secretary of the Treasury for Terrorism and Financial Intelligence X`: a title of the body, the office's
        // capitalised remit (which may read as a name of its own), then its holder.
        if org.contains(tx), ty == .person, !x.anaphor, (2...8).contains(mid.count), ["for", "pour"].contains(mid[0]),
           midRange.dropFirst().allSatisfy({ tokens[$0].isNameLike || ["and", "&", "et", "of", "de"].contains(tokens[$0].key) }),
           x.tokens.lowerBound >= sentences[k].tokens.lowerBound + 2,
           let of = (max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 2)..<x.tokens.lowerBound).last(where: { tokens[$0].isOf }),
           let role = roleTitle(in: max(sentences[k].tokens.lowerBound, of - 4)..<of) {
            rel(y.entity, .worksFor, x.entity, "rule:title-of-org.office-holder", 0.6, ["role": .string(role)])
        }
        // WORKS_FOR / FOUNDED: `X, directeur d'Y`, `X, CEO of Y`, `Y CEO X`, `Y's chief executive X`.
        // `X, research director … at tech market research firm Y`: a descriptor ending in a firm noun may
        // sit between the preposition and Y.
        let core = tx == .person ? midBeforeFirmDescriptor(midRange) : midRange
        let coreKeys = keys(core)
        let titled = roleTitle(in: core) != nil
        // (`le proche confident de Poutine et chef de Rosneft`: a title coordinated after a person named in a complement is the head noun's.)
        let complementThenTitle = ["et", "and"].contains(mid.first ?? "") && x.tokens.lowerBound > sentences[k].tokens.lowerBound
            && tokens[x.tokens.lowerBound - 1].isOf
        // (`… de Poutine, comme le porte-parole du Kremlin Dmitri Pestrov`: a title whose holder follows the body is that holder's.)
        let holderFollows = slots[k].contains { $0.tokens.lowerBound == y.tokens.upperBound && type($0.entity) == .person }
        if tx == .person, org.contains(ty), adjacent, !complementThenTitle, !holderFollows, !startsNewListMember(mid),
           !(mid.first == "," && opensParallelTitle(after: midRange.lowerBound, sentence: k)),
           !(mid.first == "," && titlesNextName(comma: midRange.lowerBound, firm: y, sentence: k)), !(y.anaphor && namesFollow(y, sentence: k)), coreKeys.count <= (titled ? 10 : 9), let last = coreKeys.last(where: { !["la", "le", "l'", "the"].contains($0) }),
           ["de", "d'", "du", "des", "of", "at", "chez", "for", "pour", "au", "a"].contains(last) || titled && ["in", "with", "within", "aupres", "from"].contains(last) {
            // `General Manager of Unit at Y`: the unit's firm is the employer.
            // (`CFO of Google parent Alphabet`: the parent named after the firm is the employer.)
            let employer = (titled ? firmAfterUnit(y, sentence: k) : nil) ?? attributiveParent(after: y, sentence: k) ?? y
            let otherRole = roleTitle(in: midRange).flatMap { $0 == "FOUNDER" ? roleTitle(in: (midRange.lowerBound + 1 + (mid.firstIndex { RelationCues.founded.contains($0) } ?? 0))..<midRange.upperBound) : $0 }
            if mid.contains(where: { RelationCues.founded.contains($0) }) {
                rel(x.entity, .founded, y.entity, "rule:apposition.founder", 0.7)
                if let role = otherRole, role != "FOUNDER" { rel(x.entity, .worksFor, y.entity, "rule:apposition.founder-and-role", 0.7, ["role": .string(role)]) }
            } else if roleTitle(in: midRange) == "OWNER", mid.first == ",", Token.isOfWord(last), coreKeys.count <= 6 {
                // `X, propriétaire notamment du groupe minier Y`, `X, the owner of Y`: a holding, not a post.
                rel(x.entity, .owns, employer.entity, "rule:apposition.owner", 0.6)
            } else if let role = roleTitle(in: midRange), role != "OWNER", !(role == "LAWYER" && ["for", "pour"].contains(last)) {
                // (`X, a lawyer for Y` acts for a client.)
                relate(x.entity, .worksFor, .entity(employer.entity), cue: cue.lowerBound..<max(cue.upperBound, employer.tokens.upperBound), sentence: k,
                       rule: "rule:apposition.role", confidence: 0.75, properties: ["role": .string(role)])
                // `chief executive and main shareholder of Y`: a holding named beside the post.
                if coreKeys.contains(where: { ["shareholder", "owner", "co-owner", "actionnaire", "proprietaire", "coproprietaire"].contains($0) }) {
                    rel(x.entity, .owns, employer.entity, "rule:apposition.role-and-owner", 0.6)
                }
            } else if mid.contains(where: { ["heads", "dirige", "leads", "head", "chef", "patron", "boss", "works", "travaille"].contains($0) }) {
                rel(x.entity, .worksFor, y.entity, "rule:apposition.head", 0.6)
            }
        }
        // (`X, Qatar's energy minister and Y's chief executive`: a first title, perhaps of a place, then `and`.)
        let afterFirstTitle = onlyPlacesBetween && mid.count >= 4 && mid.first == "," && ["and", "et"].contains(mid.last ?? "")
            && !mid.dropFirst().contains(",") && roleTitle(in: midRange) != nil
        if tx == .person, org.contains(ty), adjacent && (mid == [","] || mid == [",", "the"] || mid == [",", "le"] || mid == [",", "la"]) || afterFirstTitle, y.tokens.upperBound + 1 < sentences[k].tokens.upperBound,
           tokens[y.tokens.upperBound].key == "'s", let role = roleTitle(in: (y.tokens.upperBound + 1)..<min(y.tokens.upperBound + 5, sentences[k].tokens.upperBound)) {
            let end = sentences[k].tokens.upperBound
            let titles = (y.tokens.upperBound + 1)..<min(y.tokens.upperBound + 7, end)
            if role == "FOUNDER" || keys(titles).contains(where: { RelationCues.founded.contains($0) }) { rel(x.entity, .founded, y.entity, "rule:apposition.possessive-founder", 0.7) }
            // `Y's chief executive`, `its founder and chairman`: the title follows Y, so the cue runs
            // through it (the evidence shows it and the role reads as written); after `founder and`
            // the next title is the job.
            let conjunction = titles.first { ["and", "et"].contains(tokens[$0].key) }
            let job = role != "FOUNDER" ? role : conjunction.flatMap { roleTitle(in: ($0 + 1)..<min($0 + 4, end)) }
            if let job, job != "FOUNDER", !RoleCues.notPosts.contains(job) {
                relate(x.entity, .worksFor, .entity(y.entity), cue: x.tokens.lowerBound..<titles.upperBound, sentence: k,
                       rule: "rule:apposition.possessive-role", confidence: 0.7, properties: ["role": .string(job)])
            }
        }
        // `Rajesh Jejurikar, President and Chief Executive (Farm Division), Mahindra & Mahindra, said`: titles
        // between commas, then the firm between commas.
        if tx == .person, org.contains(ty), adjacent, mid.count >= 3, mid.count <= 12, mid.first == ",", mid.last == ",", !mid.dropFirst().dropLast().contains(","),
           !mid.contains("of"), !mid.contains("de"), !y.anaphor, y.tokens.upperBound < sentences[k].tokens.upperBound, [",", "said", "says", "a", "declare"].contains(tokens[y.tokens.upperBound].key),
           let role = roleTitle(in: (midRange.lowerBound + 1)..<(midRange.upperBound - 1)), !RoleCues.notPosts.contains(role), role != "FOUNDER" {
            rel(x.entity, .worksFor, y.entity, "rule:apposition.title-then-firm", 0.6, ["role": .string(role)])
        }
        // `analyst Bob Stone of Jefferies`, `Jane Doe at Acme`: a person's firm right after the name.
        if tx == .person, org.contains(ty), adjacent, mid == ["of"] || mid == ["at"], !y.anaphor {
            rel(x.entity, .worksFor, y.entity, "rule:person-of-firm", 0.5)
        }
        // `son fondateur, le Russe X`, `its chairman, the Russian national X`: a title, a comma and a short descriptor.
        let descriptorAfterComma: Bool = {
            guard let c = mid.firstIndex(of: ","), x.anaphor else { return false }
            let rest = mid[(c + 1)...]
            return rest.count <= 4 && !rest.contains(",") && rest.allSatisfy { Self.articles.contains($0) || lex.demonyms[$0] != nil || ["national", "ressortissant", "homme", "femme", "d'affaires", "businessman", "businesswoman", "entrepreneur", "entrepreneure", "milliardaire", "billionaire"].contains($0) }
        }()
        if org.contains(tx), ty == .person, adjacent, mid.count <= 8, !mid.dropLast().contains(",") || descriptorAfterComma, titlesJoinedOnly(midRange), !mid.contains("of"), !mid.contains("de"),
           !(tx == .company && mid.contains { TitleCues.publicOffices.contains($0) }) {  // (`Its deputy minister, X`: a firm has no minister)
            // `TSMC chairman and chief executive C.C. Wei`, `Tether's founder and CEO X`: each title counts.
            // `Its two founders, X and Y`: the people listed after the first share the titles.
            // `its owner, X`, `son actionnaire, X`: a holding is no post (the holding rules read it).
            // `Chelsea FC owner Roman Abramovich`: an owner holds the firm rather than a post in it.
            if roleTitles(in: midRange) == ["OWNER"], !descriptorAfterComma, mid.count <= 2 {
                rel(y.entity, .owns, x.entity, "rule:owner-before-name", 0.6)
            }
            for role in roleTitles(in: midRange) where !RoleCues.notPosts.contains(role) {
                for p in [y] + listed(after: y, sentence: k) {
                    if role == "FOUNDER" { rel(p.entity, .founded, x.entity, "rule:title.founder", 0.7) }
                    else { rel(p.entity, .worksFor, x.entity, "rule:title-before-name", 0.7, ["role": .string(role)]) }
                }
            }
        }
        // `Northvolt CEO and former Tesla executive X`: the first firm's title, joined by `and` to another firm's, is X's too.
        if org.contains(tx), ty == .person, between.count == 1, let z = between.first, org.contains(type(z.entity)), !x.anaphor, !z.anaphor,
           let role = coordinatedFirmTitle(x, z, y) {
            rel(y.entity, .worksFor, x.entity, "rule:title-before-name.coordinated", 0.6, ["role": .string(role)])
        }
        // `Nvidia's Jensen Huang`, `OpenAI's Sam Altman`: a firm's possessive before a person's full name.
        if [.company, .organization].contains(tx), ty == .person, mid == ["'s"], !x.anaphor, !y.anaphor, y.tokens.count >= 2 {
            rel(y.entity, .worksFor, x.entity, "rule:possessive-person", 0.5)
        }
        // `le directeur général de Y, X`
        // (`Andrei Kostin, chair of Y, Alexei Miller, …`: a title after a person's comma is that person's.)
        if org.contains(tx), ty == .person, adjacent, mid == [","], x.tokens.lowerBound >= sentences[k].tokens.lowerBound + 2, !titleBelongsToPersonBefore(x, sentence: k) {
            // (`the owner of aluminium producer Y, X`: a descriptor of Y may stand after the preposition.)
            let wide = midBeforeFirmDescriptor(max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 9)..<x.tokens.lowerBound)
            let lead = wide.upperBound < x.tokens.lowerBound ? max(wide.lowerBound, wide.upperBound - 5)..<wide.upperBound : max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 5)..<x.tokens.lowerBound
            let leadKeys = keys(lead)
            if let p = leadKeys.last(where: { !["la", "le", "l'", "the"].contains($0) }), Token.isOfWord(p) {
                // `le président et fondateur de l'entreprise, X`: each title counts.
                // `les dirigeants de Y, A et B`: a plural title is each listed person's.
                let people = [y] + (hasPluralTitle(lead) ? listed(after: y, sentence: k) : [])
                for role in roleTitles(in: lead) {
                    for p in people {
                        if role == "FOUNDER" { rel(p.entity, .founded, x.entity, "rule:title-of.founder", 0.65) }
                        else if role == "OWNER" { rel(p.entity, .owns, x.entity, "rule:owner-of-org.name", 0.6) }
                        else { rel(p.entity, .worksFor, x.entity, "rule:title-of-org.name", 0.65, ["role": .string(role)]) }
                    }
                }
            }
            if leadKeys.contains(where: { RelationCues.subsidiary.contains($0) }), ty == .company {
                rel(y.entity, .subsidiaryOf, x.entity, "rule:subsidiary-of.apposition", 0.6)
            }
        }
        // FOUNDED by verbs.
        if tx == .person, org.contains(ty), onlyPlacesBetween, mid.count <= 8, mid.contains(where: { RelationCues.founded.contains($0) }), !mid.contains("by"), !mid.contains("par"), !startsNewListMember(mid) {
            rel(x.entity, .founded, (rivalDescribed(y, sentence: k) ?? y).entity, "rule:verb.founded", 0.7)
        }
        if org.contains(tx), ty == .person, onlyPlacesBetween, mid.count <= 8, has(mid, "founded by") || has(mid, "fondee par") || has(mid, "fonde par") || has(mid, "cofondee par") || has(mid, "creee par") || has(mid, "co-founded by") {
            rel(y.entity, .founded, x.entity, "rule:verb.founded-by", 0.7)
        }
        // `Headquartered in Sydney, IREN …` / `Basée à Lyon, X …`: an opening participle places the first firm after it.
        // `Fondée en 2018 et basée à Lausanne, X`: a coordinated participle may come further on, before any comma.
        // (`Fondée en mai 2019, et basée à Nassau, X`: a comma before `et / and` joins the participles too.)
        if tx == .location, ty == .company, case let openingLead = keys(ordered(sentences[k].tokens.lowerBound, x.tokens.lowerBound)),
           openingLead.count <= 4 || openingLead.count <= 8 && !openingLead.contains(",")
            || openingLead.count <= 12 && openingLead.indices.allSatisfy({ openingLead[$0] != "," || $0 + 1 < openingLead.count && ["et", "and"].contains(openingLead[$0 + 1]) }),
           openingLead.contains(where: { ["headquartered", "based", "basee", "base", "installee", "implantee", "established", "etablie", "founded", "fondee", "fonde", "creee"].contains($0) }),
           between.allSatisfy({ type($0.entity) == .location }), mid.count - between.reduce(0, { $0 + $1.tokens.count }) <= 6, mid.contains(","),
           // (`Selon un analyste basé à Dubaï, X …`: a participle after a noun places that noun; a firm noun is read by the seat rules.)
           !participleAfterNoun(ordered(sentences[k].tokens.lowerBound, x.tokens.lowerBound)) {
            rel(y.entity, .locatedIn, x.entity, "rule:opening-participle.place", 0.7)
            for q in chainedPlaces(after: x.entity, sentence: k) { rel(y.entity, .locatedIn, q, "rule:opening-participle.place-chain", 0.6) }
        }
        // `MGX, Abu Dhabi's AI investment vehicle`
        if tx == .company, ty == .location, adjacent, mid == [","] || mid == [",", "the"], y.tokens.upperBound < sentences[k].tokens.upperBound,
           tokens[y.tokens.upperBound].key == "'s" {
            rel(x.entity, .locatedIn, y.entity, "rule:apposition.place-possessive", 0.65)
            // `Rosneft and Lukoil, Russia's two largest oil producers`: a plural noun describes every firm of the list before.
            let described = keys(ordered(y.tokens.upperBound + 1, min(sentences[k].tokens.upperBound, y.tokens.upperBound + 6)))
            if described.contains(where: { NationalityCues.pluralFirmNouns.contains($0) }) {
                for firm in coordinatedBefore(x.entity, limit: x.tokens.upperBound, sentence: k) where type(firm) == .company {
                    rel(firm, .locatedIn, y.entity, "rule:apposition.place-possessive", 0.6)
                }
            }
        }
        // `Fondé par X, …, Y exploite` / `Founded by X, Y …`
        if tx == .person, org.contains(ty), x.tokens.lowerBound - sentences[k].tokens.lowerBound <= 3,
           x.tokens.lowerBound >= sentences[k].tokens.lowerBound + 2,
           ["fonde par", "fondee par", "founded by", "cofonde par", "cofondee par", "co-founded by", "creee par", "cree par"].contains(keys(ordered((x.tokens.lowerBound - 2), x.tokens.lowerBound)).joined(separator: " ")),
           between.allSatisfy({ !org.contains(type($0.entity)) }), !isComplement(y, sentence: k) {
            // (`…par X et Y, deux chercheurs issus du Z, la société…`: Z only describes the founders.)
            rel(x.entity, .founded, y.entity, "rule:participle.founded-by", 0.65)
            if let role = roleTitle(in: midRange), role != "FOUNDER" { rel(x.entity, .worksFor, y.entity, "rule:participle.founded-by.role", 0.6, ["role": .string(role)]) }
        }
        // `X, qui contrôle aussi le producteur Y`: control of a firm makes it a subsidiary.
        // (`a pris le contrôle de la filiale de Y`: the unit is controlled, not Y.)
        if org.contains(tx), ty == .company, onlyPlacesBetween, mid.count <= 10, mid.contains(where: { ["controle", "controls"].contains($0) }), !mid.contains("par"), !mid.contains("by"), !mid.contains("sous"), !mid.contains("under"),
           !mid.contains(where: { RelationCues.subsidiary.contains($0) || ["filiales", "subsidiaries"].contains($0) }) {
            rel(y.entity, .subsidiaryOf, x.entity, "rule:controls", 0.55)
        }
        // `Le milliardaire X contrôle Y`, `X controls Y`: a person who controls a firm holds it.
        if tx == .person, ty == .company, adjacent, mid.count <= 4, mid.contains(where: { ["controle", "controls", "controlait", "controlled"].contains($0) }),
           !mid.contains(where: { ["par", "by", "sous", "under", "was", "est", "ete"].contains($0) }) {
            rel(x.entity, .owns, y.entity, "rule:controls.person", 0.5)
        }
        // SUBSIDIARY_OF
        // `Les Crudettes, société du groupe LSDH`, `X est une entreprise du groupe Y`: a firm described as one of a group's
        // (`part of` is read by `rule:part-of`).
        if tx == .company, ty == .company, adjacent, [",", "is", "est", "was", "etait"].contains(mid.first ?? ""), mid.count <= 5,
           case let words = mid.dropFirst().filter({ !["une", "a", "an", "the", "le", "la", "l'"].contains($0) }),
           let head = words.first, RelationCues.groupMemberHeads.contains(head), words.count >= 2, ["of", "du", "de", "d'", "des"].contains(words[1]),
           words.dropFirst(2).allSatisfy({ ["groupe", "group"].contains($0) }) {
            rel(x.entity, .subsidiaryOf, y.entity, "rule:subsidiary-of.group-member", 0.65)
        }
        // (`a subsidiary of the Singapore-based Harlow Group`: a place in a compound adjective describes the parent.)
        let transparent = between.allSatisfy { $0.entity == x.entity || $0.entity == y.entity || type($0.entity) == .location && isCompoundModifier($0) }
        if org.contains(tx), org.contains(ty), adjacent || transparent, mid.count <= 10 {
            let sub = mid.contains(where: { RelationCues.subsidiary.contains($0) })
            let subAt = mid.firstIndex { RelationCues.subsidiary.contains($0) }
            // (`une filiale à 100 % du groupe singapourien Y`: the share does not count as words.)
            let afterSub = subAt.map { Array(mid[($0 + 1)...]).filter { !["a", "%", "-"].contains($0) && $0.first?.isNumber != true } } ?? []
            // (`X a pris le contrôle de la filiale de Y`: a cue inside a complement is no apposition or copula.)
            let beforeSub = subAt.map { Array(mid[..<$0]) } ?? []
            // `sa filiale d'assurances Y`: the possessive (read as its firm) owns the subsidiary; `d'assurances` is its trade.
            let possessed = subAt == 0 && x.anaphor && Self.possessives.contains(tokens[x.tokens.lowerBound].key)
            if possessed, !afterSub.isEmpty, afterSub.count <= 3, afterSub.allSatisfy({ !["par", "by"].contains($0) }) {
                rel(y.entity, .subsidiaryOf, x.entity, "rule:possessive-subsidiary", 0.6)
            } else if sub, afterSub.count <= 5, afterSub.contains(where: { ["of", "de", "d'", "du", "par", "by"].contains($0) }), !mid.contains(where: { ["et", "and"].contains($0) }),
               !beforeSub.contains(where: { ["of", "de", "d'", "du", "des"].contains($0) }) {
                rel(x.entity, .subsidiaryOf, y.entity, "rule:subsidiary-of", 0.75)
                // (`filiale détenue à parts égales par A et B`: every parent of the list.)
                if ["par", "by"].contains(mid.last ?? "") {
                    for other in coordinated(after: y, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) where other.entity != x.entity {
                        rel(x.entity, .subsidiaryOf, other.entity, "rule:subsidiary-of.coparent", 0.7)
                    }
                }
            } else if sub, mid.count <= 3, mid.first == "'s" || mid.first.map({ RelationCues.subsidiary.contains($0) }) == true, x.tokens.lowerBound > 0, tokens[x.tokens.lowerBound - 1].key != "," {
                rel(y.entity, .subsidiaryOf, x.entity, "rule:parent-subsidiary", 0.65)
            } else if tx == .company, ty == .company, mid.first == "'s", (2...5).contains(mid.count), x.tokens.lowerBound > 0, tokens[x.tokens.lowerBound - 1].key != ",",
                      midRange.dropFirst().allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isNameLike || tokens[$0].text == "-" }), RelationCues.ownedUnitHeads.contains(mid.last ?? "") {
                // `Mediterranean Shipping Company's container terminal operator Y`, `X's steel unit Y`: a firm's own business, named.
                rel(y.entity, .subsidiaryOf, x.entity, "rule:possessive-unit", 0.55)
            } else if tx == .organization, ty == .organization, mid == ["'s"] {
                rel(y.entity, .subsidiaryOf, x.entity, "rule:org-possessive", 0.55)
            } else if tx == .organization, ty == .organization, ["of the", "du", "au sein du", "within the", "at the", "de la", "at"].contains(midWithoutParentheses(mid).joined(separator: " ")) {
                rel(x.entity, .subsidiaryOf, y.entity, "rule:org-inside-org", 0.55)
            } else if has(mid, "part of") && !mid.contains(where: { ["stake", "stakes", "shares", "holding", "holdings"].contains($0) }) || has(mid, "fait partie du") || has(mid, "fait partie de") || has(mid, "appartient a") || has(mid, "belongs to")
                        || tx == .organization && ty == .organization && ["depend du", "depend de", "depend de la", "releve du", "releve de", "dependant du", "dependant de", "dependant de la", "relevant du", "relevant de", "relevant de la", "rattache au", "rattachee au", "rattache a", "rattachee a", "placee sous", "place sous", "reports to", "housed in", "within the"].contains(where: { has(midWithoutParentheses(mid), $0) }) {
                rel(x.entity, .subsidiaryOf, y.entity, "rule:part-of", 0.55)
            }
        }
        // OWNS
        if [.company, .person, .organization].contains(tx), [.company, .facility, .product].contains(ty), onlyPlacesBetween, mid.count <= (ty == .product ? 20 : 14),
           mid.contains(where: { RelationCues.ownsActive.contains($0) }), !mid.contains("par"), !mid.contains("by"), !has(mid, "took part"), !has(mid, "take part"),
           // `OFAC took action against Y`: a measure, not a takeover.
           !mid.contains("against"),
           // `X took over as chief executive of Y`: a post taken, not a firm.
           !has(mid, "over as"),
           // `a power purchase agreement with Y`, `un contrat d'achat d'électricité`: a supply, not a takeover.
           // (`a share purchase agreement to buy Y` is a takeover.)
           !(has(mid, "purchase agreement") || has(mid, "purchase agreements")) || has(mid, "share purchase") || has(mid, "stock purchase") || has(mid, "agreement to buy") || has(mid, "agreement to acquire"),
           !mid.contains("ppa"), !has(mid, "contrat d' achat"), !has(mid, "accord d' achat"),
           !mid.indices.contains(where: { $0 + 1 < mid.count && RelationCues.objectClitics.contains(mid[$0]) && RelationCues.ownsActive.contains(mid[$0 + 1]) }),
           // `a racheté les mines, concluant trois accords avec Y`, `bought the plant with Y`: after the verb, `avec`/`with` brings a
           // partner or the other party, not what was bought.
           !(mid.firstIndex(where: { RelationCues.ownsActive.contains($0) }).map { v in mid[v...].contains { ["avec", "with"].contains($0) } } ?? false),
           !(ty == .company && mid.contains(where: { ["controle", "controls", "controlled"].contains($0) })),
           // `détenait 21 % du marché des réseaux`: a market share is no holding.
           !mid.contains(where: { ["marche", "market"].contains($0) }),
           // `sold a controlling stake in Y to a firm`, `vend une participation dans Y à Z`: the seller's holding ends;
           // `which considered acquiring a stake in Y`: a holding only weighed; `X, CEO, said the acquisition …`: a speaker.
           !mid.contains(where: { HoldingCues.sellVerbs.contains($0) || HoldingCues.weighingWords.contains($0) }),
           !(tx == .person && mid.contains(where: { ["said", "says", "told"].contains($0) || SourceCues.saidTo.contains($0) })),
           !mid.contains(where: { RelationCues.subsidiary.contains($0) }),
           // (`owns and operates towers for customers such as Y`: Y is served, not owned.)
           !mid.contains(where: { RelationCues.customerNouns.contains($0) }),
           // `acheter 400 000 puces de Y`, `achète à Y`, `buying chips from Y`: a plain verb of buying takes a firm only as its
           // direct object (`va acheter le réassureur Y`); goods, a seller or a maker may follow it otherwise.
           mid.lastIndex(where: { RelationCues.plainBuyVerbs.contains($0) }).map({ v in mid.count - v - 1 <= 3
               && !mid[(v + 1)...].contains(where: { ["de", "des", "du", "d'", "a", "au", "aux", "of", "from"].contains($0) }) }) ?? true {
            // `l’acquisition, auprès de son concurrent Y, d’un site`: Y is the seller.
            // `to acquire Y's mine`: what Y owns is bought, not Y.
            let seller = mid.contains(where: { ["aupres", "from"].contains($0) })
                || y.tokens.upperBound < sentences[k].tokens.upperBound && ["'s", "'"].contains(tokens[y.tokens.upperBound].key)
            // Buying a whole firm makes it a subsidiary (`X agreed to acquire Y`); a stake or a share is a holding.
            let wholeFirm = ty == .company && tx == .company && !mid.contains(where: { ["stake", "participation", "%", "shares", "actions", "part", "parts", "capital", "interest"].contains($0) || $0.hasSuffix("%") })
                && mid.contains(where: { ["acquired", "acquires", "acquire", "acquiring", "bought", "buys", "buy", "purchased", "purchase", "rachete", "rachetee", "racheter", "rachat", "acquis", "acquise", "acquiert", "acquerir", "acquisition"].contains($0) || RelationCues.plainBuyVerbs.contains($0) })
            // (`to buy 20,000 Nvidia H100 chips`: goods of a maker, not the maker.)
            if seller || ty == .company && namesMakerOfProduct(y, sentence: k) {
            } else if wholeFirm {
                rel(y.entity, .subsidiaryOf, x.entity, "rule:verb.acquires-firm", 0.6)
            } else if ty == .company && mid.contains(where: { ["stake", "participation"].contains($0) }) || ty != .company || !mid.contains(where: { ["invest", "investit", "investi"].contains($0) }) {
                rel(x.entity, .owns, y.entity, "rule:verb.owns", 0.65)
            }
        }
        // `X est détenue à 51 % par le fonds d'État Y`, `X a été rachetée par le groupe Y`: the share and a
        // descriptor of the owner may stand around `par`.
        let withoutShare = mid.enumerated().filter { n, w in !(w == "%" || w.first?.isNumber == true || (w == "a" && n + 1 < mid.count && mid[n + 1].first?.isNumber == true)) }.map(\.element)
        let ownerDescribed = withoutShare.lastIndex(where: { ["par", "by"].contains($0) }).map { at in
            withoutShare[(at + 1)...].allSatisfy { !["et", "and", ",", "qui", "which", "que"].contains($0) } && withoutShare.count - at <= 7 } ?? false
        // (`PARIS (Reuters) - Désormais contrôlée par X, …`: an outlet in a dateline is owned by no one.)
        // `racheter la part de 9 % détenue par Y dans Z`, `the stake held by Y in Z`: the stake is in Z, not in X.
        let stakeAt = withoutShare.lastIndex(where: { RelationCues.stakeNouns.contains($0) })
        let stakeBeforeOwner = stakeAt.map { stake in withoutShare.lastIndex(where: { ["par", "by"].contains($0) }).map { stake < $0 } ?? false } ?? false
        if stakeBeforeOwner, let stake = stakeAt, withoutShare.count - stake <= 8, [.company, .person].contains(ty), adjacent, RelationCues.passiveOwner.contains(where: { has(withoutShare, $0) }),
           let z = slots[k].first(where: { $0.tokens.lowerBound > y.tokens.upperBound && $0.tokens.lowerBound <= y.tokens.upperBound + 5 }), isFirm(z.entity), !z.anaphor,
           case let gap = ordered(y.tokens.upperBound, z.tokens.lowerBound), let first = gap.first, ["dans", "in"].contains(tokens[first].key),
           gap.dropFirst().allSatisfy({ tokens[$0].kind == .word && (!tokens[$0].isNameLike || isDemonym(tokens[$0].key)) }) {
            rel(y.entity, .owns, z.entity, "rule:passive.stake-held-by", 0.6)
        }
        if [.company, .facility, .product].contains(tx), [.company, .person].contains(ty), adjacent, mid.count <= 5 || mid.count <= 12 && ownerDescribed, !drafts[x.entity].isMedia,
           !stakeBeforeOwner, RelationCues.passiveOwner.contains(where: { has(withoutShare, $0) }) {
            rel(y.entity, .owns, x.entity, "rule:passive.owned-by", 0.65)
            // `détenu par Airbus (37,5 %), BAE Systems (37,5 %) et Leonardo (25 %)`: each owner of the list, shares set aside.
            var last = y
            while let next = slots[k].first(where: { $0.tokens.lowerBound >= last.tokens.upperBound && $0.tokens.lowerBound > last.tokens.lowerBound && !$0.anaphor }),
                  [.company, .person].contains(type(next.entity)),
                  // (`50% of which is owned by A and another 50% by B`: the share and its `by` may be repeated.)
                  joinsList(keys(ordered(last.tokens.upperBound, next.tokens.lowerBound)).filter { !["(", ")", "%", "another", "by", "par", "percent"].contains($0) && !($0.first?.isNumber ?? false) }, descriptors: false) {
                rel(next.entity, .owns, x.entity, "rule:passive.owned-by.list", 0.6)
                last = next
            }
        }
        // Funding rounds: `X raised $200 million from Y and Z`, `X a levé 50 M€ auprès de Y`, `a round led by Y`.
        // (`X, which is backed by Z, raised …`: Z, the agent of `backed by`, raised nothing.)
        let agentOfPassive = x.tokens.lowerBound > sentences[k].tokens.lowerBound && ["by", "par"].contains(tokens[x.tokens.lowerBound - 1].key)
        if tx == .company, !agentOfPassive, [.company, .person, .organization].contains(ty), mid.count <= 20, between.allSatisfy({ !org.contains(type($0.entity)) }),
           mid.contains(where: { ["raised", "raises", "raise", "raising", "secured", "secures", "leve", "levee", "leve", "obtenu", "obtient", "closed"].contains($0) })
            || mid.contains(where: { ["received", "receives", "receive", "obtained", "attracted", "recu", "recoit", "attire"].contains($0) }) && mid.contains(where: { DealCues.fundingNouns.contains($0) }),
           mid.suffix(4).contains(where: { ["from", "including", "aupres", "notamment", "led", "mene", "menee", "dont"].contains($0) }),
           namesMoneyOrRound(mid) {
            rel(y.entity, .investsIn, x.entity, "rule:funding-round", 0.55, amountProperties(k))
        }
        // Nominalisations: `the acquisition of X by Y`, `le rachat de X par Y` (Y owns X);
        // `l’investissement de Y dans X`, `Y's investment in X` (Y invests in X).
        let lead = keys(ordered(max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 3), x.tokens.lowerBound))
        let takeover: Set<String> = ["acquisition", "rachat", "purchase", "takeover", "achat", "reprise"]
        if [.company, .facility].contains(tx), [.company, .person].contains(ty), adjacent, mid.count <= 4, ["by", "par"].contains(mid.last ?? ""),
           lead.contains(where: { takeover.contains($0) }), lead.last.map({ Token.isOfWord($0) }) == true {
            rel(y.entity, .owns, x.entity, "rule:nominal.acquisition-by", 0.6)
        }
        if [.company, .person, .organization].contains(tx), [.company, .facility].contains(ty), adjacent, mid.count <= 3, ["in", "into", "dans"].contains(mid.last ?? ""),
           lead.contains(where: { ["investment", "investissement", "investissements", "investments", "stake", "participation"].contains($0) }), Token.isOfWord(lead.last ?? "") {
            rel(x.entity, lead.contains(where: { ["stake", "participation"].contains($0) }) ? .owns : .investsIn, y.entity, "rule:nominal.investment-of-in", 0.55, amountProperties(k))
        }
        // `Arm, … in which SoftBank holds a stake`, `Northern Data, …, dont Tether détient la majorité du capital`
        if org.contains(tx), [.company, .person].contains(ty), mid.count <= 14, let last = mid.last, ["which", "dont", "whom", "whose"].contains(last) || has(mid, "in which") {
            // (`X, dont A et B détiennent le solde du capital`: the verb may follow a second holder, whom the lists rule adds.)
            let end = sentences[k].tokens.upperBound
            let second = y.tokens.upperBound + 1 < end && ["et", "and"].contains(tokens[y.tokens.upperBound].key)
                ? slots[k].first { $0.tokens.lowerBound == y.tokens.upperBound + 1 && [.company, .person].contains(type($0.entity)) && !$0.anaphor } : nil
            let verbAt = second?.tokens.upperBound ?? y.tokens.upperBound
            let after = keys(ordered(verbAt, min(verbAt + 6, end)))
            if after.prefix(2).contains(where: { ["holds", "owns", "detient", "possede", "controle", "controls", "held", "detenait", "hold", "own", "detiennent", "possedent", "controlent", "control"].contains($0) })
                || after.prefix(2).contains(where: { ["has", "had", "a", "avait", "have", "ont"].contains($0) }) && after.prefix(6).contains(where: { ["stake", "stakes", "participation", "participations", "interest", "%"].contains($0) || $0.hasSuffix("%") }) {
                rel(y.entity, .owns, x.entity, "rule:relative.holds-stake", 0.6)
            }
        }
        // OPERATES (facility named with a verb of running or building)
        // `X, filiale de Y, exploite un site`: the parent named in the apposition does not run it.
        // `X, whose largest customer is Y, runs a site`, `X, dont le principal client est Y, exploite`: Y neither.
        let parentInApposition = mid.first == "," && (keys(max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 4)..<x.tokens.lowerBound).contains { OperationCues.units.contains($0) || $0 == "entite" }
            || keys(max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 6)..<x.tokens.lowerBound).contains { ["whose", "dont"].contains($0) })
        // `received a loan from Y to build a data center`: the lender named after `from` builds nothing.
        let lender = ["to", "pour"].contains(mid.first ?? "") && keys(ordered(max(sentences[k].tokens.lowerBound, x.tokens.lowerBound - 4), x.tokens.lowerBound)).contains(where: { ["from", "aupres"].contains($0) })
        // `runs a plant in the port of Douala`: a site after a preposition of place, past the site run, only holds it.
        let siteOfSite = between.contains { type($0.entity) == .facility && $0.entity != y.entity }
            && ["at", "in", "of", "du", "de", "d'", "dans", "within"].contains(mid.last { !["the", "le", "la", "l'"].contains($0) } ?? "")
        if tx == .company, ty == .facility, onlyPlacesBetween, mid.count <= 10, !parentInApposition, !lender, !siteOfSite, mid.contains(where: { RelationCues.operates.contains($0) }), !isBystander(x, sentence: k) {
            rel(x.entity, .operates, y.entity, "rule:verb.operates", 0.65)
        }
        // `le centre de données, construit par X`, `the site is being developed by X`
        if tx == .facility, org.contains(ty), mid.count <= 8, ["par", "by"].contains(mid.last ?? ""),
           let cueAt = mid.lastIndex(where: { ["construit", "construite", "built", "developed", "developpe", "developpee", "operated", "exploite", "exploitee", "run", "managed", "gere", "geree", "owned", "detenu", "detenue"].contains($0) }),
           // `developed by X and funded by Y`: Y is the agent of another participle.
           !mid[cueAt...].contains(where: { ["and", "et", ","].contains($0) }) {
            if mid.contains(where: { ["owned", "detenu", "detenue"].contains($0) }) { rel(y.entity, .owns, x.entity, "rule:passive.site-owned-by", 0.6) }
            else { rel(y.entity, .operates, x.entity, "rule:passive.site-built-by", 0.65) }
        }
        // LOCATED_IN: `X, basé à Moscou`, `X, qui exploite une succursale à Dubaï`, `Moscow-based X`.
        // (`est située dans la province de Salta`, `in the state of Texas`: a region noun and `de / of` before the name.)
        var placeMid = mid
        if placeMid.count >= 3, Token.isOfWord(placeMid[placeMid.count - 1]), PlaceCues.placeNouns.contains(placeMid[placeMid.count - 2]) { placeMid.removeLast(2) }
        if tx == .facility, ty == .location, !drafts[x.entity].placedByList, between.allSatisfy({ type($0.entity) == .location }), mid.count <= 8,
           let last = placeMid.last(where: { !["la", "le", "l'", "les", "the"].contains($0) }), ["in", "at", "near", "a", "en", "dans", "au", "aux", "pres"].contains(last),
           !mid.contains("."), !(mid.contains(",") && mid.contains(where: { PlaceCues.hyphenSeat.contains($0) || ["basee", "base", "siege"].contains($0) })) {
            rel(x.entity, .locatedIn, y.entity, "rule:facility-in-place", 0.65)
            for q in chainedPlaces(after: y.entity, sentence: k) { rel(x.entity, .locatedIn, q, "rule:facility-in-place.chain", 0.6) }
        }
        if tx == .company, ty == .location, mid.count <= 8, mid.last == "from", mid.dropLast().suffix(3).contains(where: { Vocabulary.companyHeads.contains($0) }) {
            rel(x.entity, .locatedIn, y.entity, "rule:head-from-place", 0.6)
        }
        // `le datacenter, développé par X et situé à Bordeaux`: the agent's coordinated participle places the site, not X.
        // `The mine, owned by X, is located in Y`: a finite verb after the closing comma is the site's.
        let agentOfSite = x.tokens.lowerBound > sentences[k].tokens.lowerBound && ["par", "by"].contains(tokens[x.tokens.lowerBound - 1].key)
            && (["et", "and"].contains(mid.first ?? "") || mid.first == "," && mid.count > 1 && ["is", "was", "are", "were", "will", "est", "sont", "sera", "seront", "etait", "se"].contains(mid[1]))
        // (`X, the landlord of the Y campus, is based in Z`: a weak name read as the site's own stands between too.)
        if tx == .company, ty == .location, !agentOfSite, !isSubjectOfSiteRelative(x, sentence: k), !isInSiteApposition(x, sentence: k), !isPlacedSiteBetween(x, between, place: y, sentence: k), onlyPlacesBetween || between.allSatisfy({ type($0.entity) != .company || drafts[$0.entity].suppressed }), mid.count <= 14 {
            let text = mid.joined(separator: " ")
            if let cue = RelationCues.located.first(where: { $0 != "from" && (text.hasSuffix($0) || text.hasSuffix($0 + " la") || text.hasSuffix($0 + " l'") || text.hasSuffix($0 + " the") || text.hasSuffix($0 + " le")) }),
               // `X plans to expand its operations in Y`: operations still to come place nothing.
               !(PlaceCues.operationCues.contains(cue) && mid.contains(where: { Self.plannedGrowthWords.contains($0) })) {
                rel(x.entity, .locatedIn, y.entity, "rule:based-in", 0.75)
                for q in chainedPlaces(after: y.entity, sentence: k) { rel(x.entity, .locatedIn, q, "rule:based-in.chain", 0.65) }
            }
            // `X, the Austin-based miner`; not `X, Taiwan-based Y` nor `X, Taiwan-based companies Y and Z`, which place the next names.
            if adjacent, mid.count <= 3, mid.first == ",", y.tokens.upperBound + 1 < sentences[k].tokens.upperBound,
               tokens[y.tokens.upperBound].text == "-", PlaceCues.hyphenSeat.contains(tokens[y.tokens.upperBound + 1].key),
               !namesFirm(at: y.tokens.upperBound + 2, sentence: k), !firmNounNamesFirm(at: y.tokens.upperBound + 2, sentence: k) {
                rel(x.entity, .locatedIn, y.entity, "rule:apposition.x-based", 0.75)
            }
        }
        // `packaging is handled by ASE Technology in Kaohsiung`: a place right after the firm.
        // `le campus de X à Dunkerque`: the place is the site's, not the firm's.
        let ownerOfSite = x.tokens.lowerBound >= 2 && tokens[x.tokens.lowerBound - 1].isOf
            // `la gigafactory de batteries de X`, `l'extension de 12 MW de X`: a complement may stand between.
            && slots[k].contains { type($0.entity) == .facility && $0.tokens.upperBound < x.tokens.lowerBound
                && ($0.tokens.upperBound == x.tokens.lowerBound - 1 || x.tokens.lowerBound - $0.tokens.upperBound <= 4 && tokens[$0.tokens.upperBound].key == "de"
                    && ($0.tokens.upperBound..<x.tokens.lowerBound).allSatisfy { !tokens[$0].isCapitalized && tokens[$0].key != "," }) }
        // `a data center proposed by X in Frederick County`: the place of the site whose agent X is.
        // (`l'usine de galettes de silicium de pointe prévue par X à Magdebourg`: a participle of planning or building says so
        // however far the site's noun.)
        let agentOfParticiple = x.tokens.lowerBound >= 2 && ["by", "par"].contains(tokens[x.tokens.lowerBound - 1].key)
            && (slots[k].contains { type($0.entity) == .facility && $0.tokens.upperBound < x.tokens.lowerBound && x.tokens.lowerBound - $0.tokens.upperBound <= 6 }
                || x.tokens.lowerBound - 2 >= sentences[k].tokens.lowerBound && RelationCues.siteParticiples.contains(tokens[x.tokens.lowerBound - 2].key))
        // `signed the agreement with X in Beijing`: the counterpart of `with` is met there, not seated there.
        let counterpartOfWith = x.tokens.lowerBound > sentences[k].tokens.lowerBound && ["with", "avec"].contains(tokens[x.tokens.lowerBound - 1].key)
        // (`Dandong Trading en Chine`, `l'acquisition de CellCom au Liberia`: French puts `en`/`au`/`aux` before a country or region.)
        let frenchCountry = language == "fr" && mid.count == 1 && ["en", "au", "aux"].contains(mid[0])
            && drafts[y.entity].properties["kind"].map({ [.string("country"), .string("region")].contains($0) }) == true
        // `Wafi Mining SARL à Kondoya (Kéniéba)`, `X à Doniambo en Nouvelle-Calédonie`: a town with its district in brackets or
        // a known country or region after it is a place, though unknown; the firm is in both (the container through the chain below).
        let bracketed = y.tokens.upperBound + 2 < sentences[k].tokens.upperBound && tokens[y.tokens.upperBound].key == "("
            && slots[k].contains { $0.tokens.lowerBound == y.tokens.upperBound + 1 && type($0.entity) == .location && $0.tokens.upperBound < sentences[k].tokens.upperBound && tokens[$0.tokens.upperBound].key == ")" }
        if tx == .company, ty == .location, adjacent, mid == ["in"] || mid == ["a"] || frenchCountry, !y.anaphor, !ownerOfSite, !agentOfParticiple, !counterpartOfWith,
           drafts[y.entity].strength >= 2 || drafts[y.entity].properties["kind"] != nil || bracketed
            || chainedPlaces(after: y.entity, sentence: k).contains(where: { drafts[$0].properties["kind"] != nil }) {
            // `X, filiale d'Orano au Niger`: French names a parent's local arm by the country after the parent (the English
            // `a unit of Y in Austin` places Y).
            if frenchCountry, let child = childBeforeParent(x, sentence: k) {
                rel(child, .locatedIn, y.entity, "rule:firm-in-place.subsidiary", 0.5)
            } else {
                rel(x.entity, .locatedIn, y.entity, "rule:firm-in-place", 0.45)
                // `L3Harris Technologies in Fort Wayne, Indiana`: the town's state or country after a comma.
                for q in chainedPlaces(after: y.entity, sentence: k) { rel(x.entity, .locatedIn, q, "rule:firm-in-place.chain", 0.45) }
            }
        }
        // (`two Dubai-based companies, A and B`, `three UAE-based entities - A, B and C`: the list may follow the plural noun after a comma or a dash.)
        let seatMid = mid.count >= 3 && [",", "-", "—", "–", ":"].contains(mid.last ?? "") && NationalityCues.pluralFirmNouns.contains(mid[mid.count - 2]) ? Array(mid.dropLast()) : mid
        if tx == .location, ty == .company, seatMid.count <= 5, seatMid.first == "-", seatMid.count >= 2, PlaceCues.hyphenSeat.contains(seatMid[1]), !seatMid.contains(","),
           between.isEmpty || between.allSatisfy({ type($0.entity) == .location }) {
            let seated = y.anaphor ? apposedName(after: y, sentence: k) ?? y : y
            rel(seated.entity, .locatedIn, x.entity, "rule:x-based", 0.8)
            // `Taiwan-based companies A and B`: a plural firm noun places every firm of the list.
            if NationalityCues.pluralFirmNouns.contains(seatMid.last ?? ""), !y.anaphor {
                for firm in coordinated(after: y, sentence: k, descriptors: false, accepts: { self.isFirm($0.entity) }) {
                    rel(firm.entity, .locatedIn, x.entity, "rule:x-based.plural", 0.75)
                }
            }
            // `the Livingston, New Jersey-based company`: the place before the comma too.
            if let i = slots[k].firstIndex(where: { $0.tokens == x.tokens }), i > 0 {
                let p = slots[k][i - 1]
                if type(p.entity) == .location, keys(ordered(p.tokens.upperBound, x.tokens.lowerBound)) == [","] { rel(y.entity, .locatedIn, p.entity, "rule:x-based.chain", 0.7) }
            }
        }
        // `the Nvidia-backed cloud provider`: the firm before the hyphen backs the one described.
        if org.contains(tx), ty == .company, mid.count <= 6, mid.count >= 2, mid[0] == "-", ["backed", "funded", "financed"].contains(mid[1]) {
            rel(x.entity, .investsIn, y.entity, "rule:x-backed", 0.65)
        }
        if tx == .company, org.contains(ty), adjacent, mid.count <= 3, mid.first == ",", y.tokens.upperBound + 1 < sentences[k].tokens.upperBound,
           tokens[y.tokens.upperBound].text == "-", ["backed", "funded"].contains(tokens[y.tokens.upperBound + 1].key) {
            rel(y.entity, .investsIn, x.entity, "rule:apposition.x-backed", 0.65)
        }
        // `X will sell a 20% stake in its business to Y`: a stake changing hands is neither X's investment nor its supply.
        let stakeSold = mid.contains(where: { HoldingCues.sellVerbs.contains($0) }) && mid.contains(where: { ["stake", "stakes", "participation", "%", "shares", "actions"].contains($0) })
        // INVESTS_IN
        if [.company, .person, .organization].contains(tx), [.company, .facility].contains(ty), onlyPlacesBetween, mid.count <= 12, !stakeSold,
           mid.contains(where: { RelationCues.invests.contains($0) }), !mid.contains("par"), !mid.contains("by"),
           // `chief investment officer of Y`: a title, not an investment; `which considered acquiring a stake`: only weighed.
           !mid.indices.contains(where: { $0 + 1 < mid.count && ["investment", "investissement", "investissements"].contains(mid[$0]) && ["officer", "manager", "director", "bank", "banker", "banking", "firm", "fund", "committee"].contains(mid[$0 + 1]) }),
           !mid.contains(where: { HoldingCues.weighingWords.contains($0) }),
           // `… from Y` names the source of the money, read below when X receives it.
           !mid.suffix(3).contains(where: { ["from", "aupres"].contains($0) }) || mid.contains(where: { DealCues.receiveVerbs.contains($0) }),
           // `X, which owns a 30% stake in Y`: a stake held is a holding (read above), not an investment.
           !(mid.filter({ RelationCues.invests.contains($0) }).allSatisfy({ $0 == "stake" }) && mid.contains(where: { ["owns", "own", "holds", "hold", "held", "detient", "possede", "owned"].contains($0) })) {
            // `X a reçu un financement de 20 M€ de Y`, `X a annoncé un investissement de 300 M$ de Y`: the firm
            // that receives the money is the one backed.
            let amountFromY = ["de", "d'", "du"].contains(mid.last ?? "") && mid.contains(where: { DealCues.fundingNouns.contains($0) })
                && !mid.contains(where: { ["dans", "in", "into"].contains($0) || RelationCues.subsidiary.contains($0) }) && !ValueReader.money(tokens, in: midRange, lex: lex).isEmpty
            if mid.contains(where: { DealCues.receiveVerbs.contains($0) }) || amountFromY {
                if ["de", "d'", "du", "from"].contains(mid.last ?? ""), ty != .facility { rel(y.entity, .investsIn, x.entity, "rule:funding-received-from", 0.55, amountProperties(k)) }
            } else {
                rel(x.entity, .investsIn, y.entity, "rule:verb.invests", 0.6, amountProperties(k))
            }
        }
        // `X was awarded a $117 million grant from Y`, `X a obtenu un prêt de 600 M€ de la Y`: money received from a firm or body backs X.
        if tx == .company, org.contains(ty), onlyPlacesBetween, mid.count <= 14, receivesFunding(mid) {
            rel(y.entity, .investsIn, x.entity, "rule:funding-received-from", 0.55, amountProperties(k))
        }
        if [.company, .facility].contains(tx), [.company, .person, .organization].contains(ty), adjacent, mid.count <= 6,
           RelationCues.passiveInvest.contains(where: { $0 != "led by" && has(mid, $0) })
            // (`X is led by <person>` names its head; only a round is led by an investor.)
            || has(mid, "led by") && (ty != .person || mid.contains(where: { RoleCues.roundWords.contains($0) })) {
            rel(y.entity, .investsIn, x.entity, "rule:passive.backed-by", 0.6, amountProperties(k))
        }
        // `Soutenue par le fonds américain X, Y ambitionne …`, `Backed by X, Y plans …`: a fronted backer, then the firm it backs.
        if [.company, .organization, .person].contains(tx), ty == .company, adjacent, mid == [","], !x.anaphor,
           case let opening = keys(sentences[k].tokens.lowerBound..<x.tokens.lowerBound),
           RelationCues.passiveInvest.contains(where: { $0 != "led by" && opening.starts(with: $0.split(separator: " ").map(String.init)) }),
           !opening.contains(","),
           // (`Backed by A, B and C, X plans …`: a name the list goes on after is a co-backer.)
           y.tokens.upperBound < sentences[k].tokens.upperBound, ![",", "and", "et", "&"].contains(tokens[y.tokens.upperBound].key) {
            rel(x.entity, .investsIn, y.entity, "rule:fronted.backed-by", 0.55)
        }
        // SUPPLIES: maker → product, supplier → customer.
        if tx == .product, ty == .company, adjacent, ["de", "d'", "by", "from", "made by", "fabrique par", "concu par", "designed by", "du"].contains(mid.joined(separator: " ")) {
            rel(y.entity, .supplies, x.entity, "rule:product-of-maker", 0.7)
        }
        if tx == .company, ty == .product, adjacent, mid.isEmpty || mid == ["'s"] {
            rel(x.entity, .supplies, y.entity, "rule:maker-product", 0.7)
        }
        // `X signed an agreement with its energy supplier, Y`, `avec son fournisseur d'électricité, Y`: Y supplies X.
        let possessiveSupplier: Bool = {
            guard tx == .company, ty == .company, mid.count <= 14, let n = mid.lastIndex(where: { RelationCues.supplierNouns.contains($0) }), n > 0,
                  // (`X's battery supplier Y`: the firm's own possessive too.)
                  mid[max(0, n - 3)..<n].contains(where: { Self.possessives.contains($0) }) || mid.first == "'s" && n <= 4 else { return false }
            return mid[(n + 1)...].allSatisfy { [",", "d'", "de", "du", "en"].contains($0) || TradeCues.powerWords.contains($0) }
        }()
        if possessiveSupplier { rel(y.entity, .supplies, x.entity, "rule:possessive-supplier", 0.6) }
        // `owns and operates towers for customers such as A, B`, `pour des clients comme A`: the firm serves them.
        if tx == .company, ty == .company, mid.count <= 16, mid.count >= 2,
           RelationCues.customerNouns.contains(mid[mid.count - 2]) && ["such", "comme", "including", "notamment", "dont", "like"].contains(mid[mid.count - 1])
            || mid.count >= 3 && RelationCues.customerNouns.contains(mid[mid.count - 3]) && ["such as", "tels que", "telles que"].contains(mid.suffix(2).joined(separator: " ")) {
            rel(x.entity, .supplies, y.entity, "rule:customers-such-as", 0.55)
        }
        // An amount of money as the verb's object (`provide $350 million`, `vend pour 214 millions de francs`), not goods
        // that are worth some (`sold drives worth $1bn`).
        let moneyProvided = mid.indices.contains { v in
            guard RelationCues.supplies.contains(mid[v]) else { return false }
            var j = v + 1
            if j < mid.count, ["pour", "for"].contains(mid[j]) { j += 1 }
            while j < mid.count, mid[j].first?.isNumber == true || ["million", "millions", "milliard", "milliards", "billion", "billions", "bn", "m", "de", "d'"].contains(mid[j]) { j += 1 }
            return j < mid.count && (lex.currencies.value(mid[j]) != nil || ["$", "€", "£"].contains(mid[j]))
                || v + 1 < mid.count && ["$", "€", "£"].contains(mid[v + 1])
        }
        // `Denso will provide $350 million in equity for JASM`: money given for a firm backs it.
        if moneyProvided, [.company, .person, .organization].contains(tx), [.company, .facility].contains(ty), onlyPlacesBetween, mid.count <= 12,
           ["for", "to", "pour", "a"].contains(mid.last ?? ""), mid.contains(where: { ["equity", "capital", "funding", "financement", "fonds"].contains($0) }) {
            rel(x.entity, .investsIn, y.entity, "rule:verb.provides-capital", 0.55, amountProperties(k))
        }
        // `accusé d'avoir livré des processeurs de Nvidia` names a maker, not a customer; `never sold to Y`, `while Y …` no supply.
        // (`fournira l'électricité du campus de Y`: the site named before `de` is the customer's.)
        let genitive = Token.isOfWord(mid.last ?? "") && !RelationCues.supplierNouns.contains(mid.dropLast().last ?? "")
            && !between.contains(where: { type($0.entity) == .facility && $0.tokens.upperBound == y.tokens.lowerBound - 1 })
        if tx == .company, [.company, .product].contains(ty), onlyPlacesBetween || adjacent, mid.count <= 16, !genitive, !possessiveSupplier,
           !mid.contains(where: { TradeCues.negations.contains($0) || ["while", "whereas", "tandis", "alors"].contains($0) || HoldingCues.childNouns.contains($0) }),
           // (`acquérir 74 % du fournisseur d'électricité Y`: a supplier noun after `du / of` describes Y.)
           // (`a power supply agreement with Y` names a contract, read by the agreement rules.)
           mid.indices.contains(where: { RelationCues.supplies.contains(mid[$0]) && !($0 > 0 && RelationCues.supplierNouns.contains(mid[$0]) && ["du", "des", "of"].contains(mid[$0 - 1]))
               && !($0 + 1 < mid.count && SupplyContractCues.contractHeads.contains(mid[$0 + 1])) }),
           !mid.contains("par"), !mid.contains("by"),
           // (`X plans to sell its site, Reuters reported`: an outlet after a comma reports the sale.)
           !(drafts[y.entity].isMedia && mid.last == ","),
           // (`X is in talks to sell its operations, according to Y`: the source, not a customer.)
           !isNamedAsSource(y, sentence: k),
           // (`A, qui vend des camions, et B, qui fabrique …`: `, et` opens the next member of a list.)
           !mid.indices.dropLast().contains(where: { mid[$0] == "," && TitleCues.joiners.contains(mid[$0 + 1]) }),
           // (`X will provide $350 million in equity for Y`, `vend pour 214 millions de francs Y`: money right after the verb is
           // an investment or a price.)
           !moneyProvided, !stakeSold {
            // `X signed a deal for the supply of lithium from Y`: the goods come from Y.
            // (Only when `from` introduces Y itself: `supply turbines from its plant to Y` ships to Y.)
            if let c = mid.firstIndex(where: { RelationCues.supplies.contains($0) }), let f = mid.lastIndex(of: "from"), f > c, mid.count - f <= 5,
               !mid[(f + 1)...].contains(where: { ["to", "for", "its", "their"].contains($0) }), ty == .company {
                rel(y.entity, .supplies, x.entity, "rule:supply-from", 0.55)
            } else {
                rel(x.entity, .supplies, y.entity, "rule:verb.supplies", 0.6)
            }
        }
        // `CWP Global avait mandaté la société américaine Bechtel pour …`, `X hired Y to build the plant`: the firm hired serves
        // the one hiring.
        if [.company, .organization].contains(tx), isFirm(y.entity), adjacent, mid.count <= 6, !mid.contains("par"), !mid.contains("by"),
           mid.contains(where: { RelationCues.hireVerbs.contains($0) }) || has(mid, "fait appel a") || has(mid, "faire appel a") {
            rel(y.entity, .supplies, x.entity, "rule:verb.hires", 0.55)
        }
        // `Thales a été choisi par le ministère de la Défense`, `X was selected by Y`: the firm chosen supplies the one choosing.
        if isFirm(x.entity), [.company, .organization].contains(ty), !drafts[y.entity].isMedia, adjacent, mid.count <= 6, ["par", "by"].contains(mid.last(where: { !Self.articles.contains($0) }) ?? ""),
           mid.contains(where: { SupplyContractCues.chooseVerbs.contains($0) }), !isNamedAsSource(y, sentence: k),
           !(y.tokens.upperBound + 1 < sentences[k].tokens.upperBound && ["comme", "as"].contains(tokens[y.tokens.upperBound].key)) {
            rel(x.entity, .supplies, y.entity, "rule:passive.chosen-by", 0.5)
        }
        // `X agreed … to sell its entire output to Y`, `X vendra sa production à Y`.
        if tx == .company, ty == .company, mid.count <= 24, ["to", "a"].contains(mid.last ?? ""), between.allSatisfy({ !org.contains(type($0.entity)) }),
           mid.contains(where: { ["sell", "sells", "sold", "selling", "vend", "vendre", "vendra", "vendu", "supply", "supplies", "deliver", "delivers", "livrer", "livre", "provide", "provides", "fournir", "fournit",
                                       "leases", "leased", "lease", "rents", "rented", "loue", "louera"].contains($0) }),
           !mid.contains("by"), !mid.contains("par"), !mid.contains(where: { TradeCues.negations.contains($0) }), !isNamedAsSource(y, sentence: k), !stakeSold {
            rel(x.entity, .supplies, y.entity, "rule:verb.sells-to", 0.55)
        }
        if tx == .company, ty == .company, adjacent, mid.count <= 5, RelationCues.passiveSupply.contains(where: { $0 != "from" && has(mid, $0) }) {
            rel(y.entity, .supplies, x.entity, "rule:passive.supplied-by", 0.6)
        }
        // `X signed agreements with Y to purchase …` (Y supplies X); `X signed colocation agreements with Y` (X supplies Y);
        // `X a signé avec Y un contrat d'achat …`: the contract may follow Y.
        let agreements = SupplyContractCues.contractHeads
        if tx == .company, ty == .company, mid.count <= 14, ["with", "avec"].contains(mid.last ?? ""),
           mid.contains(where: { agreements.contains($0) })
            || mid.contains(where: { ["signe", "signed", "conclu", "concluded", "inked"].contains($0) })
               && keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 3, sentences[k].tokens.upperBound))).contains(where: { agreements.contains($0) }),
           between.allSatisfy({ type($0.entity) != .company }) {
            let after = keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 12, sentences[k].tokens.upperBound)))
            let buying: Set<String> = ["buy", "purchase", "acheter", "acquire", "achat", "source", "procure", "lease", "louer", "loue", "louera", "location"]
            let providing: Set<String> = ["colocation", "hosting", "host", "hebergement", "heberger", "supply", "fourniture", "fournir", "provide", "power", "electricite", "electricity", "capacity", "capacite",
                                          "deliver", "livrer", "livraison", "delivery", "sell", "vendre", "vente", "equip", "equiper"]
            // `a power deal with Y`: a firm that is no utility buys the power (see `supplyContract`).
            let powerBought = TradeCues.powerBought(mid, by: fold(displayName(x.entity)))
            // `Constellation Energy entered a power purchase agreement with Microsoft`: a utility signing for power with a
            // firm that is none sells it, whoever the contract's name says buys.
            let powerSold = TradeCues.sellsPower(under: mid, from: fold(displayName(x.entity)), to: fold(displayName(y.entity)))
            if powerSold {
                rel(x.entity, .supplies, y.entity, "rule:agreement-to-provide", 0.55)
            } else if after.prefix(8).contains(where: { buying.contains($0) }) && !after.prefix(10).contains(where: { StakeReadingCues.stakeNouns.contains($0) || $0.hasSuffix("%") })
                        || TradeCues.isPurchaseContract(mid) || powerBought || TradeCues.makesSignersGoods(after) {
                // (`an agreement with Y to acquire a 33% stake in its unit`: a share bought is no supply.)
                rel(y.entity, .supplies, x.entity, "rule:agreement-to-buy", 0.6)
            } else if mid.contains(where: { providing.contains($0) }) || after.prefix(4).contains(where: { ["to", "pour"].contains($0) }) && after.contains(where: { providing.contains($0) }) {
                rel(x.entity, .supplies, y.entity, "rule:agreement-to-provide", 0.55)
            }
        }
        // `X selected Y to supply its servers`, `X a choisi Y pour fournir …`: Y supplies X.
        if tx == .company, ty == .company, adjacent, mid.count <= 4, mid.contains(where: { ["selected", "selects", "chose", "chosen", "picked", "tapped", "hired", "choisi", "retenu", "selectionne"].contains($0) }),
           !mid.contains("par"), !mid.contains("by") {
            let after = keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 4, sentences[k].tokens.upperBound)))
            if after.first.map({ ["to", "pour", "as", "comme"].contains($0) }) == true,
               after.dropFirst().contains(where: { RelationCues.supplies.contains($0) || ["equip", "equiper", "power", "alimenter", "fournisseur", "supplier", "provider"].contains($0) }) {
                rel(y.entity, .supplies, x.entity, "rule:selected-to-supply", 0.55)
            }
        }
        // `X a signé avec Y un contrat de livraison de serveurs`: the contract after the customer.
        if tx == .company, ty == .company, adjacent, mid.count <= 4, ["with", "avec"].contains(mid.last ?? ""), mid.contains(where: { ["signed", "signe", "conclu", "concluded"].contains($0) }) {
            let after = keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 8, sentences[k].tokens.upperBound)))
            if after.prefix(3).contains(where: { TradeCues.contractNouns.contains($0) }), !TradeCues.isPurchaseContract(after),
               after.contains(where: { ["livraison", "delivery", "fourniture", "supply", "vente", "sale", "hebergement", "hosting", "colocation"].contains($0) }) {
                rel(x.entity, .supplies, y.entity, "rule:signed-with.contract", 0.55)
            }
        }
        // `Le site est alimenté par l'électricité des centrales d'X`: X supplies the site's operator.
        if tx == .facility, ty == .company, mid.count <= 10, mid.contains(where: { ["alimente", "alimentee", "powered", "supplied", "fed", "approvisionne"].contains($0) }),
           case .int(let owner)? = drafts[x.entity].properties["owner"] {
            rel(y.entity, .supplies, Int(owner), "rule:site-powered-by", 0.55)
        }
        // PARTNER_OF
        let partnerWithNear = mid.count <= 22 && mid.suffix(5).contains(where: { ["with", "avec"].contains($0) }) && mid.suffix(8).contains(where: { RelationCues.partner.contains($0) })
        // `the venture firm Accel` is an investor; a name in a dateline's parentheses (`(Reuters)`) is no party.
        let partnerCue = mid.indices.contains { i in RelationCues.partner.contains(mid[i]) && !(["venture", "ventures"].contains(mid[i]) && i + 1 < mid.count && ["firm", "firms", "capital", "fund", "funds", "investor", "investors", "arm", "capitalist", "capitalists", "debt"].contains(mid[i + 1])) }
        let inParentheses = x.tokens.lowerBound > sentences[k].tokens.lowerBound && tokens[x.tokens.lowerBound - 1].key == "("
        // (`X, a Nasdaq-listed miner, …`: a firm inside a compound adjective is no party.)
        if org.contains(tx), org.contains(ty), mid.count <= 12 || partnerWithNear, between.allSatisfy({ !org.contains(type($0.entity)) || isCompoundModifier($0) }), !inParentheses,
           !drafts[x.entity].isMedia, !isCompoundModifier(x) {
            // The connector must follow the cue in the same clause (`signed a partnership with Y`, `a partner of Y`),
            // not precede it or sit past a comma (`X announced a partnership on Monday, and Y …`).
            let connectors: Set<String> = ["with", "avec", "a", "and", "et", "between", "entre", "of", "de", "d'", "du", "to"]
            let declared = mid.indices.contains { c in
                RelationCues.partner.contains(mid[c]) && mid[(c + 1)...].contains(where: { connectors.contains($0) }) && !mid[(c + 1)...].contains(where: { [",", ";", ".", "while", "tandis", "but", "mais"].contains($0) })
            }
            // `Y, a customer of X, signed a partnership with Z`: X closes a complement, Y is the party.
            let closesComplement = mid.first == "," && x.tokens.lowerBound > sentences[k].tokens.lowerBound
                && tokens[x.tokens.lowerBound - 1].isOf
            // `Le projet X est une coentreprise entre A et B`, `X is a joint venture between A and B`: X is the venture, not a party.
            // (`X, la coentreprise entre A, B et C`: the apposition says the same.)
            let isTheVenture = mid.count >= 3 && (["est", "is", "was", "etait", "sera", "will"].contains(mid[0]) || mid[0] == "," && midRange.contains { HoldingCues.isJointVentureNoun(at: $0, tokens: tokens) })
                && mid.contains(where: { ["between", "entre"].contains($0) })
            if partnerCue && declared && !closesComplement && !isTheVenture {
                rel(x.entity, .partnerOf, y.entity, "rule:partnership", 0.6)
            } else if ["avec", "with"].contains(mid.last ?? ""), mid.count <= 6, !isComplement(x, sentence: k) {
                let after = keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 6, sentences[k].tokens.upperBound)))
                if after.contains(where: { RelationCues.partner.contains($0) }) || mid.contains(where: { ["etudie", "travaille", "travaillent", "works", "working", "worked", "teams", "teamed", "joins", "joined", "forces", "cooperate", "collaborate", "venture", "associe", "associee", "associes", "allie", "alliee", "allies"].contains($0) }) {
                    rel(x.entity, .partnerOf, y.entity, "rule:partnership.with", 0.55)
                }
            } else if mid == ["and"] || mid == ["et"] {
                // (Only the words outside names: `and Partners Exchange` names a firm, it declares nothing.)
                let after = ordered(y.tokens.upperBound, min(y.tokens.upperBound + 10, sentences[k].tokens.upperBound))
                    .filter { t in !slots[k].contains { $0.tokens.contains(t) } }.map { tokens[$0].key }
                // A pair inside a longer list is read by `partnerLists`.
                let inList = x.tokens.lowerBound > sentences[k].tokens.lowerBound && [",", "and", "et"].contains(tokens[x.tokens.lowerBound - 1].key)
                if after.contains(where: { RelationCues.partner.contains($0) }), !inList, listDeclaresPartnership([x, y], cues: RelationCues.partner, sentence: k) {
                    rel(x.entity, .partnerOf, y.entity, "rule:partnership.pair", 0.55)
                } else if !inList, opensSentence(x, sentence: k), pairSignsAgreement(after: y, sentence: k) {
                    // `X et Y ont annoncé la conclusion d'un accord`, `X and Y signed an agreement to build …`: the two
                    // subjects are the agreement's parties.
                    rel(x.entity, .partnerOf, y.entity, "rule:partnership.pair-agreement", 0.5)
                }
            }
        }
    }

    /// Agreements that tie their parties as partners; a supply, purchase or power deal is the trade
    /// rules' (`a chip supply agreement`, `un contrat d'achat d'électricité`).
    static let agreementNouns: Set<String> = ["agreement", "accord", "entente", "protocole", "memorandum", "mou"]
    static let tradeAgreementWords: Set<String> = ["supply", "purchase", "offtake", "power", "sales", "sale", "lease", "licensing", "license", "approvisionnement",
                                                   "achat", "fourniture", "vente", "electricite", "location", "licence", "ppa", "settlement", "reglement", "plea"]

    /// Participles that list the members of a venture (`formé par`, `composé de`, `made up of`, `comprising`).
    static let formationWords: Set<String> = ["forme", "formee", "formed", "compose", "composee", "composed", "constitue", "constituee", "made", "comprising",
                                              "comprenant", "reunissant", "regroupant", "associant", "led"]
    static let agreementVerbs: Set<String> = ["signed", "sign", "signent", "signe", "announced", "announce", "annoncent", "annonce", "concluded", "conclu",
                                              "concluent", "reached", "struck"]

    /// The slot opens its sentence, or follows only a dateline (`PARIS, 11 novembre (Reuters) - X …`).
    private func opensSentence(_ x: Slot, sentence k: Int) -> Bool {
        let lead = keys(sentences[k].tokens.lowerBound..<x.tokens.lowerBound)
        return lead.isEmpty || ["-", "—", "–", "--"].contains(lead.last!)
    }

    /// Verbs and nouns of a project the parties of an agreement carry out together.
    static let jointProjectWords: Set<String> = ["build", "construct", "create", "develop", "establish", "form", "set", "jointly", "construire", "implanter", "creer",
                                                 "creation", "developper", "etablir", "former", "conjointement", "coentreprise", "co-entreprise", "venture", "joint"]

    /// Does a verb of signing or announcing and an agreement between the pair follow `y` in its clause?
    private func pairSignsAgreement(after y: Slot, sentence k: Int) -> Bool {
        let after = keys(ordered(y.tokens.upperBound, min(y.tokens.upperBound + 12, sentences[k].tokens.upperBound)))
        guard let at = after.firstIndex(where: { Self.agreementNouns.contains($0) }) else { return false }
        let lead = after[..<at], tail = after[at...].prefix(6)
        // A joint project, not a supply deal (`… d'un accord visant à implanter une usine`, `an agreement to build …`).
        let project = keys(ordered(y.tokens.upperBound + at, min(y.tokens.upperBound + at + 10, sentences[k].tokens.upperBound)))
        guard project.contains(where: { Self.jointProjectWords.contains($0) }) else { return false }
        return lead.contains(where: { Self.agreementVerbs.contains($0) })
            && !lead.contains(where: { [",", ";", ".", "with", "avec", "qui", "which", "who"].contains($0) || Self.tradeAgreementWords.contains($0) })
            && !tail.contains(where: { Self.tradeAgreementWords.contains($0) || ["with", "avec"].contains($0) })
            && !slots[k].contains { $0.tokens.lowerBound >= y.tokens.upperBound && $0.tokens.lowerBound < y.tokens.upperBound + at && $0.entity != y.entity && [.company, .organization].contains(type($0.entity)) }
    }

    /// `Nvidia H100`, `Huawei Ascend 910`: a product named after its maker.
    func makersByName() {
        for (p, d) in drafts.enumerated() where d.type == .product {
            let name = displayName(p)
            guard let firstWord = name.split(separator: " ").first, name.contains(" ") else { continue }
            guard let maker = keyToEntity[Self.groupKey(String(firstWord))], drafts[maker].type == .company, let m = d.mentions.first else { continue }
            let k = sentenceIndex(ofToken: tokenIndex(atScalar: m.evidence.span.start))
            let r = tokenIndex(atScalar: m.evidence.span.start)..<(tokenIndex(atScalar: m.evidence.span.start) + 1)
            relate(maker, .supplies, .entity(p), cue: r, sentence: k, rule: "rule:product-named-after-maker", confidence: 0.7)
        }
    }

    /// `( OFAC ) du` → `du`: an acronym in parentheses does not separate two names.
    func midWithoutParentheses(_ mid: [String]) -> [String] {
        var out: [String] = []
        var depth = 0
        for m in mid {
            if m == "(" { depth += 1; continue }
            if m == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(m) }
        }
        return out
    }

    func amountProperties(_ k: Int) -> [String: Value] {
        guard let q = ValueReader.money(tokens, in: sentences[k].tokens, lex: lex).first else { return [:] }
        return moneyProperties(q)
    }

    /// `Orange Cameroun` is a subsidiary of `Orange` when the text also names the parent; otherwise the parent's
    /// name is another name of the arm, as readers use it (`MTN` for `MTN Nigeria`).
    private func localArms() {
        for e in drafts.indices where drafts[e].type == .company && !drafts[e].suppressed {
            guard let parentID = drafts[e].parentLexicon, let m = drafts[e].mentions.first else { continue }
            let names = lex.entries[parentID].names
            if let parent = names.lazy.compactMap({ self.keyToEntity[Self.groupKey($0)] }).first(where: { $0 != e && !self.drafts[$0].suppressed && self.drafts[$0].type == .company }) {
                let at = tokenIndex(atScalar: m.evidence.span.start)
                relate(e, .subsidiaryOf, .entity(parent), cue: at..<(at + 1), sentence: sentenceIndex(ofToken: at), rule: "rule:firm-local-arm", confidence: 0.7)
            } else if let name = names.first, !drafts[e].extraAliases.contains(name) {
                drafts[e].extraAliases.append(name)
            }
        }
    }

    /// LOCATED_IN from nationality adjectives (`le quotidien russe Kommersant`, `the Russian miner X`).
    private func nationalities() {
        var countries: [String: Int] = [:]
        for e in drafts.indices where drafts[e].type == .company {
            guard case .string(let code)? = drafts[e].properties["nationality"], let m = drafts[e].mentions.first else { continue }
            if countries[code] == nil { countries[code] = countryEntity(code) }
            guard let place = countries[code] else { continue }
            let ev = m.evidence
            let k = sentenceIndex(ofToken: tokenIndex(atScalar: ev.span.start))
            let r = tokenIndex(atScalar: ev.span.start)..<(tokenIndex(atScalar: ev.span.start) + 1)
            relate(e, .locatedIn, .entity(place), cue: r, sentence: k, rule: "rule:nationality-adjective", confidence: 0.7)
        }
    }

    /// The Location entity of a country (ISO code), added with its English and French names when the
    /// text only implies it (`le quotidien russe X` → Russie).
    func countryEntity(_ code: String) -> Int? {
        if let known = drafts.indices.first(where: { drafts[$0].type == .location && drafts[$0].properties["kind"] == .string("country") && drafts[$0].properties["country"] == .string(code) }) {
            return known
        }
        guard let names = lex.countryNames[code] else { return nil }
        var d = EntityDraft(type: .location, strength: 2)
        d.names = [language == "fr" ? names.fr : names.en]
        d.extraAliases = [names.en, names.fr]
        d.properties["country"] = .string(code)
        d.properties["kind"] = .string("country")
        return addEntity(d)
    }

    func tokenIndex(atScalar offset: Int) -> Int {
        var lo = 0, hi = tokens.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if tokens[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }
}
