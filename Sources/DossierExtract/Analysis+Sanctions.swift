import DossierModel
import Foundation

extension Analysis {
    /// Nouns of a restrictive measure; the Bool says whether targets are designated (SANCTIONED_BY).
    static let sanctionNouns: [String: Bool] = [
        "sanctions": true, "sanction": true, "embargo": false, "interdiction": false, "ban": false, "bans": false,
        "blacklist": true, "designation": true, "designations": true, "restrictions": false, "controls": false, "controles": false,
        "gel": true, "freeze": true, "freezes": true, "prohibition": false, "licence": false, "license": false, "licences": false, "licenses": false, "package": true, "paquet": true,
        "penalty": false, "penalties": false, "amende": false, "amendes": false, "curbs": false, "curb": false,
        "rules": false, "regles": false, "regulations": false, "guidance": false, "measures": true, "mesures": true,
    ]
    /// Nouns of a rule that is a measure only with a trade word in its phrase (`export rules`, `règles
    /// d'exportation`) or a sanctions or export-control body behind it (`new rules from the BIS`).
    static let ruleNouns: Set<String> = ["rules", "regles", "regulations", "guidance", "lignes"]
    /// Words after `restrictions`/`controls`/`ban` that make it a trade measure rather than any rule.
    static let measureContext: Set<String> = ["export", "exports", "exportation", "exportations", "import", "importation", "vente",
                                              "sale", "sales", "commerce", "trade", "avoirs", "assets", "chips", "puces", "technology",
                                              "technologies", "semiconductors", "semi-conducteurs", "exporter", "exportations", "importer",
                                              "vendre", "sell", "ship", "shipments", "livraisons", "chip", "puce", "semiconductor", "gpu", "gpus",
                                              "accelerators", "processeurs", "processors"]
    static let targetCues: Set<String> = ["soumis", "soumise", "soumises", "sous", "vise", "visee", "visees", "frappe", "frappee",
                                          "subject", "under", "hit", "targeted", "sanctionne", "sanctionnee", "sanctioned", "designated",
                                          "blacklisted", "facing", "faces", "face", "affected", "touchee", "touche", "figure", "figurent", "figurait", "figuraient",
                                          "remains", "remain", "stays", "reste", "restent", "demeure", "appears", "included", "inclus", "incluse",
                                          "needs", "need", "needed", "requires", "required", "besoin", "objet", "cibles", "targets",
                                          "inscrite", "inscrites", "inscrits", "listed",
                                          // `X devront obtenir une licence`, `X must obtain a license`; `X s'exposent à des sanctions`, `X risque des sanctions`.
                                          "obtenir", "obtain", "exposent", "exposaient", "expose", "exposee", "exposees", "exposes", "exposer", "risquent", "risque", "encourent", "encourt"]

    /// One Sanction per measure described: a sanction noun with who imposed it (an
    /// organisation in its noun phrase or named as imposer) and whom it targets.
    func collectSanctions() {
        collectLaws()
        var byKey: [String: Int] = [:]
        var listEntity: [Int: Int] = [:]
        for (k, s) in sentences.enumerated() where !skip[k] {
            lowercaseLists(in: s, sentence: k, entities: &listEntity)
            // Lists and programmes from the lexicon are Sanction entities already.
            for slot in slots[k] where type(slot.entity) == .sanction {
                // `put X on the Entity List`: the body that keeps the list imposes it when the text names that body.
                var imposers = imposers(np: slot.tokens, sentence: k)
                if imposers.isEmpty, let keeper = listKeeper(slot.entity) { imposers = [keeper] }
                linkSanction(slot.entity, np: withTargetAfter(slot.tokens, sentence: k), sentence: k, designated: true, imposers: imposers)
            }
            var i = s.tokens.lowerBound
            var madeHere: (Int, Int)? = nil
            while i < s.tokens.upperBound {
                let t = tokens[i]
                var nounEnd = i + 1
                var designated = Self.sanctionNouns[t.key]
                if t.key == "liste", i + 1 < s.tokens.upperBound, tokens[i + 1].key == "noire" { designated = true; nounEnd = i + 2 }
                // `The sanctions freeze any U.S. assets of those targeted`: before a determiner, `freeze` is the verb of a measure named before.
                if ["freeze", "freezes"].contains(t.key), i + 1 < s.tokens.upperBound, Self.freezeVerbObjects.contains(tokens[i + 1].key) { designated = nil }
                // `mesures restrictives`, `restrictive measures`: the EU's word for designations; `lignes directrices`: guidance.
                if i + 1 < s.tokens.upperBound, let two = Self.twoWordMeasures[t.key + " " + tokens[i + 1].key] { designated = two; nounEnd = i + 2 }
                if Self.licenceNouns.contains(t.key), Set(keys(s.tokens)).isDisjoint(with: ["export", "exports", "exportation", "exportations", "exporter", "ship", "shipments", "shipment", "sell", "selling", "sales", "vendre", "ventes", "livrer", "livraisons", "expeditions", "shipping", "exporting", "expedier", "exporter"]) { designated = nil }
                // `added X to its Entity List, meaning suppliers need a licence`: the licence is the effect of the listing, not a measure of its own.
                if Self.licenceNouns.contains(t.key), let m = ordered(s.tokens.lowerBound, i).last(where: { ["meaning", "means", "signifie"].contains(tokens[$0].key) }),
                   keys(ordered(s.tokens.lowerBound, m)).contains(where: { Self.listWords.contains($0) }) { designated = nil }
                // `attempted to license its technology`, `the act bans the department from …`: before a determiner the word is a verb.
                if ["license", "licence", "ban", "bans"].contains(t.key), i + 1 < s.tokens.upperBound, Self.verbObjectDeterminers.contains(tokens[i + 1].key) { designated = nil }
                // `Ukrainian sanctions coordinator X`, `the sanctions commissioner`: a post named after sanctions is no measure.
                if designated != nil, nounEnd < s.tokens.upperBound,
                   Self.sanctionPosts.contains(tokens[nounEnd].key) || lex.roleTitles.value(tokens[nounEnd].key) != nil { designated = nil }
                // `l'AMF a infligé une amende à X`: an ordinary fine is no Sanction; only a penalty for breaking sanctions or export rules is.
                if ["penalty", "penalties", "amende", "amendes"].contains(t.key), Set(keys(s.tokens)).isDisjoint(with: Self.breachContext) { designated = nil }
                // `its anti-money-laundering controls`, `ses contrôles internes`: a firm's own checks are no measure.
                if ["controls", "controles"].contains(t.key),
                   keys(ordered(max(s.tokens.lowerBound, i - 2), min(s.tokens.upperBound, i + 3))).contains(where: { SanctionBystanders.internalControlWords.contains($0) }) { designated = nil }
                if ["package", "paquet"].contains(t.key), !keys(max(s.tokens.lowerBound, i - 3)..<min(i + 3, s.tokens.upperBound)).contains(where: { $0.hasPrefix("sanction") }) { designated = nil }
                if t.key == "export", i + 1 < s.tokens.upperBound, ["controls", "ban", "bans", "restrictions", "curbs"].contains(tokens[i + 1].key) {
                    designated = false; nounEnd = i + 2
                }
                if nounEnd < s.tokens.upperBound, ["evaders", "evasion", "authorities", "notices", "risk", "risks", "compliance", "lawyer", "lawyers", "experts", "expert", "contournement", "autorites", "regime", "regimes"].contains(tokens[nounEnd].key) { designated = nil }
                // `a inscrit sur sa liste noire X`, `added X to the list`: the verb pass describes that designation.
                // A participle in apposition (`X, inscrite sur la liste noire américaine`) states the target's status; the noun
                // describes the measure. (After an auxiliary, `passiveDesignations` reads the clause.)
                if designated != nil, let v = ordered(max(s.tokens.lowerBound, i - 4), i).last(where: { Self.designationVerbs.contains(tokens[$0].key) }),
                   !(v > s.tokens.lowerBound && Self.passiveMarkers.contains(tokens[v - 1].key)) { designated = nil }
                guard let isDesignation = designated, !slots[k].contains(where: { $0.tokens.contains(i) }), !isDesignatingVerb(i, sentence: k) else { i += 1; continue }
                // `les restrictions imposées à la Chine`, `restrictions imposed on Iran`: the participle makes it a
                // measure, and the phrase ends with the target it names.
                // (`sanctions imposed on X`, and in the passive `Sanctions were imposed on X`, `des sanctions ont été imposées à X`:
                // the participle's target closes the measure's name. A passive clause with no target after it is the
                // sentence's predicate, no part of the name.)
                let found = participle(after: nounEnd, in: s)
                let target = found.flatMap { p in slots[k].first(where: { $0.tokens.lowerBound > p + 1 && $0.tokens.lowerBound - p <= 4
                    && [.location, .company, .person].contains(type($0.entity)) }) }
                let participleAt = target != nil || found == nounEnd ? found : nil
                var np = nounPhrase(from: i, nounEnd: nounEnd, in: s)
                if let target { np = np.lowerBound..<target.tokens.upperBound }
                let imposedOnTarget = participleAt != nil
                let npKeys = Set(keys(np))
                let inner = slots[k].filter { np.contains($0.tokens.lowerBound) && [.company, .organization, .person, .location].contains(type($0.entity)) }
                var imposers = imposers(np: np, sentence: k)
                if imposers.isEmpty, let owner = possessiveImposer(before: np, sentence: k) ?? rankingImposer(after: np, sentence: k) { imposers = [owner] }
                let twoWord = nounEnd == i + 2 && Self.twoWordMeasures[t.key + " " + tokens[i + 1].key] != nil && !Self.ruleNouns.contains(t.key)
                let isMeasure = Self.ruleNouns.contains(t.key) ? ruleIsMeasure(np: np, imposers: imposers)
                    : imposedOnTarget || twoWord || ["sanctions", "sanction", "embargo", "blacklist", "designation", "designations", "package", "paquet", "penalty", "penalties", "amende", "amendes"].contains(t.key) || t.key == "export"
                    || t.key == "liste" && nounEnd == i + 2 || aimedSectorHome(np: np) != nil
                    || !npKeys.isDisjoint(with: Self.measureContext) || !imposers.isEmpty
                // `the curbs`, `new rules`: only an imposer (a body or a governing place) makes them a measure.
                let needsImposer = Self.ruleNouns.contains(t.key) || ["curbs", "curb"].contains(t.key)
                // `U.S. chip curbs on China`: a country before the noun stands for the government that imposes them.
                let nationalModifier = inner.contains { type($0.entity) == .location && $0.tokens.upperBound <= i && $0.tokens.lowerBound == np.lowerBound }
                // `hit by new EU measures`, `visé par de nouvelles mesures de l'UE`: a body's measures aimed at a firm are a
                // measure of their own unless that body's measure was described already.
                // (Only the noun is passed over: `de nouvelles mesures … dans le cadre d'un 16e paquet de sanctions` names a package after it.)
                if ["measures", "mesures"].contains(t.key), !twoWord, !bodyMeasures(np: np, head: i, imposers: imposers, sentence: k) { i = nounEnd; continue }
                guard isMeasure, needsImposer ? !imposers.isEmpty || nationalModifier || imposingPlace(before: np, sentence: k) != nil || precedingTarget(before: i, sentence: k) != nil
                    : !inner.isEmpty || !imposers.isEmpty || precedingTarget(before: i, sentence: k) != nil || imposingPlace(before: np, sentence: k) != nil
                        || nationalSanctions(head: i, nounEnd: nounEnd, sentence: k) || aimedSectorHome(np: np) != nil
                        || aimedGroupHome(np: np) != nil || isNumberedPackage(head: i, np: np)
                        || opensTheTopic(head: t.key, np: np, sentence: k) else { i = np.upperBound; continue }
                let key = imposers.map(String.init).joined(separator: ",") + "|" + t.key.prefix(4) + "|" + inner.map { String($0.entity) }.joined(separator: ",")
                let sanction: Int
                // (Without the auxiliaries: `sanctions imposed on X`.)
                var surface = Self.withoutVagueQuantity(participleAt.map { text(ordered(np.lowerBound, nounEnd)) + " " + text($0..<np.upperBound) } ?? text(np))
                if let f = surface.first, f.isUppercase, !tokens[np.lowerBound].isNameLike || isSentenceStart(np.lowerBound, k), !(surface.dropFirst().first.map { $0.isUppercase || $0 == "." } ?? false) {
                    surface = f.lowercased() + surface.dropFirst()
                }
                if let existing = byKey[key] {
                    sanction = existing
                    addMention(entity: sanction, tokens: np, sentence: k, rule: "coref:sanction", confidence: 0.6, anaphor: true)
                } else if let (previous, end) = madeHere, np.lowerBound >= end, np.lowerBound - end <= 4,
                          keys(ordered(end, np.lowerBound)).contains(where: { ["qui", "which", "that", "que"].contains($0) }) {
                    // `les règles du Commerce qui imposent une licence pour …`: the relative clause spells out the
                    // measure just named; its words are another name of it.
                    sanction = previous
                    drafts[sanction].extraAliases.append(surface)
                    addMention(entity: sanction, tokens: np, sentence: k, rule: "coref:sanction.relative", confidence: 0.6, anaphor: true)
                } else if inner.allSatisfy({ imposers.contains($0.entity) }),
                          let earlier = earlierMeasure(namedBy: inner.isEmpty ? surface : text(ordered(np.lowerBound, nounEnd))) {
                    // `L'embargo allemand sur les ventes d'armes … L'embargo allemand a remis en question …`, `the price cap on
                    // Russian oil … The price cap imposed by the G7`: the short form, with at most who imposed it, opens the
                    // name of a measure described before.
                    sanction = earlier
                    addMention(entity: sanction, tokens: np, sentence: k, rule: "coref:sanction.short-form", confidence: 0.6, anaphor: true)
                } else {
                    var draft = EntityDraft(type: .sanction, strength: 2)
                    draft.descriptiveName = surface
                    draft.properties["designation"] = .bool(isDesignation)
                    // The bare measure (`export restrictions`, `sanctions package`) is how other mentions name it.
                    let core = text(ordered(max(np.lowerBound, i), nounEnd))
                    if core.split(separator: " ").count >= 2, core != surface { draft.extraAliases.append(core) }
                    // A licence is a requirement imposed on exporters: `licence requirement for …`, `obligation de licence pour …`.
                    if Self.licenceNouns.contains(t.key) {
                        // (`license requirement on …` names the requirement already.)
                        let from = nounEnd < np.upperBound && ["requirement", "requirements"].contains(tokens[nounEnd].key) ? nounEnd + 1 : nounEnd
                        let rest = from < np.upperBound ? " " + text(from..<np.upperBound) : ""
                        draft.extraAliases.append((language == "fr" ? "obligation de licence" : "licence requirement") + rest)
                    }
                    if let p = ValueReader.period(tokens, in: np) { draft.properties["date"] = .string(p) }
                    sanction = addEntity(draft)
                    byKey[key] = sanction
                    addMention(entity: sanction, tokens: np, sentence: k, rule: "rule:sanction-noun", confidence: 0.7)
                }
                linkSanction(sanction, np: np, sentence: k, designated: isDesignation, imposers: imposers, head: i)
                // `BIS rules`, `OFAC sanctions`: the measure as named after its imposer.
                let core = text(ordered(max(np.lowerBound, i), nounEnd))
                for o in imposers where !fold(displayName(sanction)).contains(fold(shortName(o))) {
                    // (`sanctions DOC` and, as the text writes the body, `sanctions du ministère américain du Commerce`.)
                    for body in Set([shortName(o), displayName(o)]).sorted() where !fold(displayName(sanction)).contains(fold(body)) {
                        let of = body.first.map { "AEIOUÉÈÊHaeiouéèêh".contains($0) } == true ? "d'" : "de "
                        let alias = language == "fr" ? (body == shortName(o) ? "\(core) \(body)" : "\(core) \(of)\(body)") : "\(body) \(core)"
                        if !drafts[sanction].extraAliases.contains(alias) { drafts[sanction].extraAliases.append(alias) }
                    }
                }
                madeHere = (sanction, np.upperBound)
                i = np.upperBound
            }
            slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        bannedTradeWithCountries()
    }

    /// `le 12e paquet de sanctions de l'UE contre la Russie`: a programme the lexicon names, followed by the target it is aimed at.
    private func withTargetAfter(_ name: Range<Int>, sentence k: Int) -> Range<Int> {
        var at = name.upperBound
        let end = sentences[k].tokens.upperBound
        guard at + 1 < end, ["contre", "against", "on", "visant", "targeting"].contains(tokens[at].key) else { return name }
        at += 1
        if ["la", "le", "l'", "les", "the"].contains(tokens[at].key) { at += 1 }
        guard let target = slots[k].first(where: { $0.tokens.lowerBound == at && [.location, .company, .person].contains(type($0.entity)) }) else { return name }
        return name.lowerBound..<target.tokens.upperBound
    }

    /// `sur la liste des entités du BIS`, `the entity list`: a list of the lexicon written in lower case,
    /// which the name finder (capitalised names only) leaves out. One entity per list.
    private func lowercaseLists(in s: Sentence, sentence k: Int, entities: inout [Int: Int]) {
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            guard let (len, id) = lex.authorities.longestMatch(tokens, at: i, limit: s.tokens.upperBound), len >= 2, lex.entries[id].type == .sanction, lex.entries[id].kind.hasSuffix("list"),
                  keys(i..<(i + len)).contains(where: { ["list", "liste"].contains($0) }),
                  !slots[k].contains(where: { $0.tokens.overlaps(i..<(i + len)) }) else { i += 1; continue }
            let r = i..<(i + len)
            // `unreliable entity list`, `liste des entités non fiables`: another country's list that shares the words.
            let before = i > s.tokens.lowerBound ? tokens[i - 1] : nil
            if let b = before, b.kind == .word, !b.isNameLike, !Self.listLead.contains(b.key) { i += len; continue }
            if r.upperBound < s.tokens.upperBound, ["non", "of", "for", "pour"].contains(tokens[r.upperBound].key) { i += len; continue }
            let entry = lex.entries[id]
            let e: Int
            if let known = entities[id] ?? drafts.indices.first(where: { drafts[$0].type == .sanction && drafts[$0].descriptiveName == nil && !Set(drafts[$0].extraAliases).isDisjoint(with: entry.names) }) {
                e = known
            } else {
                var draft = EntityDraft(type: .sanction, strength: 3)
                draft.extraAliases = entry.names
                draft.properties["kind"] = .string(entry.kind)
                if let c = entry.country { draft.properties["country"] = .string(c) }
                e = addEntity(draft)
            }
            entities[id] = e
            addMention(entity: e, tokens: r, sentence: k, rule: "lexicon:authorities.lowercase", confidence: 0.8)
            i += len
        }
        slots[k].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `Its 19th sanctions package`, `ses sanctions`: a possessive before the measure stands for the body named
    /// last, in this sentence or the one before (`… the European Union went further. Its package …`).
    private func possessiveImposer(before np: Range<Int>, sentence k: Int) -> Int? {
        // `the EU's 14th package`: the body in the possessive.
        if np.lowerBound > sentences[k].tokens.lowerBound, ["'s", "’s"].contains(tokens[np.lowerBound - 1].key),
           let body = slots[k].last(where: { $0.tokens.upperBound == np.lowerBound - 1 && type($0.entity) == .organization }) { return body.entity }
        guard np.lowerBound > sentences[k].tokens.lowerBound, ["its", "their", "son", "sa", "ses", "leur", "leurs"].contains(tokens[np.lowerBound - 1].key) else { return nil }
        if let here = slots[k].last(where: { $0.tokens.upperBound <= np.lowerBound && type($0.entity) == .organization }) { return here.entity }
        // Only when no firm comes between: `its` after a firm is the firm's.
        // `Washington a ciblé … pour garantir l'application de ses sanctions`: after a place, `ses` is that government's.
        if slots[k].contains(where: { $0.tokens.upperBound <= np.lowerBound && [.company, .person, .location].contains(type($0.entity)) }) { return nil }
        guard k > 0, let last = slots[k - 1].last(where: { [.organization, .company, .person].contains(type($0.entity)) }), type(last.entity) == .organization else { return nil }
        return last.entity
    }

    /// Words that may stand before a list's name (`on the entity list`, `sur sa liste …`).
    static let listLead: Set<String> = ["the", "its", "their", "on", "to", "from", "off", "of", "la", "sa", "leur", "sur", "de", "des", "du", "l'", "a", "au", "une", "un", "votre", "cette", "this"]

    static let twoWordMeasures: [String: Bool] = ["mesures restrictives": true, "restrictive measures": true, "lignes directrices": false,
                                                   "asset freeze": true, "asset freezes": true, "trade ban": false, "trade restrictions": false, "export curbs": false,
                                                   // `the price cap on Russian oil`, `le plafonnement des prix du pétrole russe`: a ceiling on what a country's goods may fetch.
                                                   "price cap": false, "price caps": false, "plafonnement des": false, "prix plafond": false,
                                                   // `a temporary denial order against X`, `an order denying the export privileges of X`: the Commerce
                                                   // Department's ban on a party's exports.
                                                   "denial order": true, "denial orders": true, "order denying": true]
    static let finiteAuxiliaries: Set<String> = ["va", "vont", "est", "sont", "sera", "seront", "etait", "etaient", "ont", "avait", "avaient", "a",
                                                 "is", "are", "was", "were", "will", "would", "has", "have", "had"]
    static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// What `freeze` governs when it is a verb: `freeze any assets`, `freezes all their property`.
    static let freezeVerbObjects: Set<String> = ["any", "all", "their", "the", "its", "his", "her", "assets", "property"]

    static let measureTradeWords: Set<String> = ["export", "exports", "exportation", "exportations", "exporter", "chip", "chips", "puce", "puces", "semiconductors",
                                        "semi-conducteurs", "technology", "technologies", "sanctions", "ship", "trade", "commerce"]

    /// A rule noun names a measure only with a trade word or a sanctions or export-control body.
    private func ruleIsMeasure(np: Range<Int>, imposers: [Int]) -> Bool {
        if !Set(keys(np)).isDisjoint(with: Self.measureTradeWords) { return true }
        return imposers.contains { e in
            guard case .string(let kind)? = drafts[e].properties["kind"] else { return false }
            return kind.contains("sanctions") || kind.contains("export control")
        }
    }

    /// Verbs by which a measure acts on a firm named right after it.
    /// Nouns of posts and people after `sanctions` (`sanctions coordinator`, `sanctions lawyer`).
    static let sanctionPosts: Set<String> = ["coordinator", "commissioner", "officer", "official", "officials", "envoy", "chief", "czar", "tsar", "lawyer", "lawyers",
                                             "expert", "experts", "team", "office", "adviser", "advisor", "specialist", "specialists", "compliance", "attorney", "attorneys"]
    /// Words that tie a targeted group to someone outside it (`oligarchs close to`, `proches de`, `associés à`).
    static let tiedTo: Set<String> = ["associes", "associees", "associated", "lies", "liees", "linked", "proches", "close", "allies", "allied", "connected"]
    static let actingOnVerbs: Set<String> = ["designated", "designates", "included", "includes", "include", "comprend", "comprenait", "comprennent", "inclut", "incluait", "incluent", "bar", "bars", "barred", "prevent", "prevents", "prevented", "block", "blocks", "hit", "hits", "target", "targets",
                                             "empechent", "empeche", "empechaient", "interdisent", "visent", "frappent", "ciblent", "forbid", "forbids",
                                             "visaient", "visait", "ciblaient", "ciblait", "frappaient", "frappait", "interdisaient"]

    static let dayWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
                                         "vendredi", "samedi", "dimanche", "yesterday", "today", "hier", "aujourd'hui", "tonight"]

    /// Participles by which a body adopts a measure (`adopted by the Council`, `approuvé par le Conseil`).
    static let adoptionParticiples: Set<String> = ["adopted", "approved", "agreed", "imposed", "decided", "announced", "adopte", "adoptee", "adoptes", "adoptees",
                                                   "approuve", "approuvee", "approuves", "approuvees", "decide", "decidee", "annonce", "annoncee", "impose", "imposee", "imposes", "imposees",
                                                   "annonces", "annoncees", "decides", "decidees"]

    /// Verbs by which the body that holds a measure lifts, eases, extends or tightens it (`the Treasury lifted sanctions on X`,
    /// `les États-Unis ont assoupli les sanctions`): that body imposed it.
    static let revisingVerbs: Set<String> = ["lifted", "lifts", "eased", "eases", "extended", "extends", "renewed", "renews", "tightened", "tightens", "expanded", "expands",
                                             "broadened", "removed", "removes", "leve", "levent", "retire", "retirent", "assoupli", "assouplit", "prolonge", "prolongent", "renouvele", "renouvelle", "renouvellent", "renforce", "renforcent", "durci", "durcit", "etendu", "elargi", "reconduit"]

    static let durationUnits: Set<String> = ["year", "years", "month", "months", "week", "weeks", "days", "an", "ans", "annee", "annees", "mois", "semaines", "jours"]

    /// Verbs between a body and the measure it imposes (`X imposed sanctions`, `X a adopté des sanctions`).
    static let imposingVerbs: Set<String> = ["imposed", "impose", "imposes", "imposent", "imposait", "slapped", "announced", "annonce", "unveiled", "adopted", "adopte",
                                             "introduced", "decide", "decrete", "instaure", "pris", "prend", "prennent", "inflige", "vote", "approuve", "introduit",
                                             "prononce", "edicte", "devoile", "mis", "met", "mettent", "adopts", "imposing", "announces", "approved", "agreed", "issued", "publie"]

    /// Determiners that open a verb's object (`to license its technology`, `bans the department`).
    static let verbObjectDeterminers: Set<String> = ["its", "their", "the", "his", "her", "all", "any"]
    static let imposedParticiples: Set<String> = ["imposed", "imposees", "imposee", "imposes", "impose"]
    /// Auxiliaries and adverbs between a measure's noun and its passive participle (`were also imposed`, `ont été imposées`).
    static let measurePassiveWords: Set<String> = passiveAuxiliaries.union(["have", "has", "had", "also", "ont", "avaient", "avait", "egalement", "aussi", "deja", "already"])

    /// The participle of `sanctions imposed on …`, and of the passive `Sanctions were imposed on …`, `des sanctions
    /// ont été imposées à …` (French `a été` too).
    private func participle(after nounEnd: Int, in s: Sentence) -> Int? {
        var j = nounEnd
        while j < s.tokens.upperBound, j - nounEnd < 3,
              Self.measurePassiveWords.contains(tokens[j].key) || language == "fr" && tokens[j].key == "a" && j + 1 < s.tokens.upperBound && tokens[j + 1].key == "ete" { j += 1 }
        guard j < s.tokens.upperBound, Self.imposedParticiples.contains(tokens[j].key) else { return nil }
        return j
    }

    private func isSentenceStart(_ i: Int, _ k: Int) -> Bool { i == sentences[k].tokens.lowerBound }

    /// Words that end a measure's noun phrase: clause boundaries, and a verb after the phrase.
    static let nounPhraseStops: Set<String> = [",", ";", ".", ":", "(", ")", "qui", "que", "qu'", "which", "that", "who", "dont", "mais", "but", "while", "alors", "tandis", "—", "–", "«", "»", "\"",
                                   "after", "apres", "following", "if", "unless", "si", "since", "depuis", "despite", "malgre", "amid", "because", "car",
                                   // `… contre la Russie n'ont pas …`, `l'embargo … reste en vigueur`: a verb after the phrase.
                                   "n'", "ne", "reste", "restent", "remain", "remains", "remained", "stayed", "restait", "restaient", "demeure", "demeurent", "continue", "continues", "continuent",
                                   // `U.S. sanctions and cannot access …`: a modal opens the next predicate.
                                   "cannot", "can", "must", "should", "may", "might", "doit", "doivent", "peut", "peuvent",
                                   // `the package bans imports … and adds X to the list`, `les mesures comprennent un gel …`: the next predicate.
                                   "adds", "include", "includes", "comprennent", "comprend", "incluent", "inclut"]

    /// `the designation earlier this year`, `la désignation annoncée hier`: when the act happened is not
    /// part of the measure's name (unless a participle or the target follows: `imposées hier contre X`).
    static let timeAdverbs: Set<String> = ["earlier", "later", "previously", "recently", "recemment", "yesterday", "hier", "today", "aujourd'hui"]

    /// `imposed`, `imposées`, `décidé`: a past participle by its ending, English or French.
    private func isParticipleLike(_ t: Token) -> Bool {
        t.text.count > 4 && (t.text.lowercased().hasSuffix("ed") || isParticiple(t))
    }

    /// A measure described before whose name opens with `surface` (two words or more, articles aside).
    private func earlierMeasure(namedBy surface: String) -> Int? {
        func words(_ text: String) -> [String] {
            Tokenizer.tokenize(Array(text.unicodeScalars)).filter { $0.kind == .word && !Self.articles.contains($0.key) }.map(\.key)
        }
        let short = words(surface)
        guard short.count >= 2 else { return nil }
        return drafts.indices.last { e in
            drafts[e].type == .sanction && !drafts[e].suppressed && drafts[e].descriptiveName.map { words($0).starts(with: short) && words($0).count > short.count } == true
        }
    }

    /// The noun phrase of a measure: the noun and its complements up to a clause boundary.
    private func nounPhrase(from i: Int, nounEnd: Int, in s: Sentence) -> Range<Int> {
        var j = nounEnd
        let k = sentenceIndex(ofToken: i)
        while j < s.tokens.upperBound, j - i < 22 {
            let t = tokens[j]
            if Self.nounPhraseStops.contains(t.key) { break }
            // `l'embargo … va être prolongé`, `the sanctions … were imposed`: a finite auxiliary opens the predicate.
            if j > nounEnd, Self.finiteAuxiliaries.contains(t.key), !t.isFrenchA, !(language == "en" && t.key == "a") { break }
            // `sanctions on three entities - A, B and C -`: a hyphen between spaces is a dash.
            if t.text == "-", t.spaceBefore, j + 1 < s.tokens.upperBound, tokens[j + 1].spaceBefore { break }
            // `les sanctions contre X la couperaient …`: an object pronoun right after a name opens the next predicate.
            if j > nounEnd, ["la", "le", "les", "l'", "lui", "leur"].contains(t.key), language == "fr", slots[k].contains(where: { $0.tokens.upperBound == j && [.company, .person].contains(type($0.entity)) }),
               !(j + 1 < s.tokens.upperBound && tokens[j + 1].isNameLike) { break }
            // `a retiré de sa liste noire l'homme d'affaires X`: an article right after the noun opens the verb's object.
            // (`soumis à licence les exportations …`: after another noun, the article opens what the measure covers.)
            if j == nounEnd, Self.listWords.contains(tokens[i].key), ["l'", "le", "la", "les", "the"].contains(t.key) { break }
            // `sanctions on 39 entities it said were …`, `our sanctions and our ability to …`: a pronoun opens another clause or phrase.
            if j > nounEnd, ["it", "they", "he", "she", "il", "ils", "elle", "elles", "our", "notre", "nos"].contains(t.key) {
                if ["and", "et"].contains(tokens[j - 1].key) { j -= 1 }
                break
            }
            // `to violate U.S. sanctions and violating …`: a gerund after `and` is the next predicate.
            if j >= nounEnd, t.key == "and", j + 1 < s.tokens.upperBound, !tokens[j + 1].isCapitalized, tokens[j + 1].key.hasSuffix("ing") { break }
            // `contourner les sanctions américaines et continuer à financer …`: a French infinitive after `et` too.
            if j >= nounEnd, t.key == "et", language == "fr", j + 1 < s.tokens.upperBound, !tokens[j + 1].isCapitalized,
               ["er", "ir", "re"].contains(where: { tokens[j + 1].key.hasSuffix($0) }), j + 2 < s.tokens.upperBound,
               ["a", "de", "d'", "le", "la", "les", "l'", "sa", "son", "ses", "leur", "leurs", "des", "un", "une"].contains(tokens[j + 2].key) { break }
            // `a proposé des sanctions contre la Russie aux États membres`: past its target, `aux` + a name is to whom
            // the measure is proposed, not part of it.
            if j > nounEnd + 1, t.key == "aux", j + 1 < s.tokens.upperBound, tokens[j + 1].isCapitalized { break }
            // `renewed sanctions on X for another year`, `prolongé de six mois`: how long the measure runs is not its name.
            // (Only when the phrase ends there: `for two years against X` still names its target.)
            if j > nounEnd, ["for", "pour", "by", "de", "until", "jusqu'au", "jusqu'en"].contains(t.key),
               let unit = ordered(j + 1, min(s.tokens.upperBound, j + 4)).first(where: { Self.durationUnits.contains(tokens[$0].key) }), phraseEnds(after: unit, in: s) { break }
            // `sanctions on X over its dealings with Y`, `over allegedly assisting`, `for their role in`, `en raison de ses liens avec Y`:
            // the reason is not the measure's aim.
            // (`sanctions on Russia over the war in Ukraine`: the reason too.)
            if j > nounEnd, j + 1 < s.tokens.upperBound, ["over", "for"].contains(t.key) && (Self.possessiveDeterminers.contains(tokens[j + 1].key) || t.key == "over" && tokens[j + 1].key == "the"
                    || tokens[j + 1].key.hasSuffix("ly") || tokens[j + 1].key.hasSuffix("ing") && tokens[j + 1].key.count > 5)
                || t.key == "raison" && tokens[j - 1].key == "en" {
                if t.key == "raison" { j -= 1 }
                break
            }
            // (A target after it keeps the phrase going: `imposées hier contre X`.)
            if j >= nounEnd, Self.timeAdverbs.contains(t.key), !(j + 1 < s.tokens.upperBound && isParticipleLike(tokens[j + 1])),
               !ordered(j + 1, min(s.tokens.upperBound, j + 3)).contains(where: { ["contre", "against", "on", "sur", "visant", "targeting", "a", "to"].contains(tokens[$0].key) }) { break }
            // `the sanctions on X also hit Y`, `the sanctions also target Y`: the adverb opens the next predicate.
            if j >= nounEnd, ["also", "egalement", "aussi"].contains(t.key) { break }
            // `sanctions on these entities due to their operation in …`: the reason is not the measure's aim.
            if j > nounEnd, t.key == "due", j + 1 < s.tokens.upperBound, tokens[j + 1].key == "to" { break }
            // `the sanctions freeze any assets …`, `these sanctions follow the actions …`: a verb of the measure named before.
            if j >= nounEnd, ["freeze", "freezes", "follow", "follows"].contains(t.key), j + 1 < s.tokens.upperBound, Self.freezeVerbObjects.contains(tokens[j + 1].key) { break }
            // `the sanctions on Russia pushed X to …`: a past-tense verb right after the target opens the next predicate.
            if j > nounEnd + 1, t.kind == .word, !t.isCapitalized, t.key.hasSuffix("ed"), j + 1 < s.tokens.upperBound, slots[k].contains(where: { $0.tokens.upperBound == j }),
               !SanctionBystanders.participleLinks.contains(tokens[j + 1].key) { break }
            // `sanctions for processing ransomware payments`, `pour avoir aidé …`: the reason is not the measure.
            if j > nounEnd, j + 1 < s.tokens.upperBound, (t.key == "for" && tokens[j + 1].key.hasSuffix("ing")) || (t.key == "pour" && ["avoir", "etre", "aider", "violation", "violations", "infraction", "infractions", "non-respect", "contournement"].contains(tokens[j + 1].key)) { break }
            // `the package banned transactions in …`: a verb of the measure ends its phrase.
            // (`asset freezes and travel bans on …`: after a noun of what is barred, `bans` is a noun of the phrase.)
            if j >= nounEnd && Self.prohibitionVerbs.contains(t.key) && !["travel", "visa", "trade", "export", "import", "entry"].contains(tokens[j - 1].key)
                || j >= nounEnd && Self.actingOnVerbs.contains(t.key) { break }
            // `on Monday`, `ce jeudi`, `last week`: the date of the act is not part of the measure's name.
            if Self.dayWords.contains(t.key) {
                if j > nounEnd, ["on", "le", "ce", "this", "last", "cette", "la"].contains(tokens[j - 1].key) { j -= 1 }
                break
            }
            // `sanctions on Dec. 17`, `sanctions on March 3`: a date after `on` is the act's, not a target.
            if j >= nounEnd, t.key == "on", j + 1 < s.tokens.upperBound, Self.monthNames.contains(tokens[j + 1].key) || Self.monthAbbreviations.contains(tokens[j + 1].key),
               j + 2 >= s.tokens.upperBound || tokens[j + 2].kind == .number || tokens[j + 2].text == "." { break }
            // `U.S. sanctions in 2022 for shipping …`: the year of the act is its date, not its name (unless a target follows).
            if j >= nounEnd, ["in", "en"].contains(t.key), j + 1 < s.tokens.upperBound, Self.isYear(tokens[j + 1]),
               !(j + 2 < s.tokens.upperBound && ["on", "against", "contre", "sur", "visant", "targeting"].contains(tokens[j + 2].key)) { break }
            // (`removed from the sanctions list in March`: a month likewise.)
            if j > nounEnd, ["in", "en"].contains(t.key), j + 1 < s.tokens.upperBound, Self.monthNames.contains(tokens[j + 1].key), tokens[j + 1].key != "may",
               phraseEnds(after: j + 1, in: s) { break }
            if ["last", "this", "cette", "la"].contains(t.key), j + 1 < s.tokens.upperBound, ["week", "month", "year", "semaine", "mois", "annee"].contains(tokens[j + 1].key),
               t.key != "la" || j + 2 < s.tokens.upperBound && tokens[j + 2].key == "derniere" { break }
            // `imposed by X`, `imposées par X`: the agent closes the phrase (`… par Washington empêchent …`).
            if ["by", "par"].contains(t.key) || (["from", "of", "du", "de", "d'"].contains(t.key) && Self.ruleNouns.contains(tokens[i].key)), j >= nounEnd, let agent = slots[k].first(where: { $0.tokens.lowerBound > j && $0.tokens.lowerBound <= j + 3 }),
               keys(ordered(j + 1, agent.tokens.lowerBound)).allSatisfy({ ["the", "l'", "la", "le", "les"].contains($0) }) {
                j = agent.tokens.upperBound
                // `by the UK's Office of Financial Sanctions Implementation`: a country's possessive leads to its body.
                if j + 1 < s.tokens.upperBound, ["'s", "’s"].contains(tokens[j].key),
                   let body = slots[k].first(where: { $0.tokens.lowerBound == j + 1 && type($0.entity) == .organization }) { j = body.tokens.upperBound }
                break
            }
            // `… un réseau accusé de commercialiser …`, `a network accused of shipping …`: the charge describes the target.
            // `Ces sanctions s'ajoutent à …`: a reflexive verb. `… in the Arctic as a deadline looms`: a clause of time.
            if j > nounEnd, j + 1 < s.tokens.upperBound,
               ["accuse", "accusee", "accuses", "accusees", "accused", "soupconne", "soupconnee", "soupconnes", "soupconnees", "suspected", "alleged"].contains(t.key)
                && ["de", "d'", "of"].contains(tokens[j + 1].key)
                || ["s'", "se"].contains(t.key) && language == "fr"
                || t.key == "as" && ["a", "an", "the", "it", "they", "he", "she", "its"].contains(tokens[j + 1].key) && language == "en" { break }
            // `ces sanctions du Trésor américain mettent …`: a French verb of the third person plural after a name or an
            // adjective (after a determiner, `-ent` ends a noun: `le président`, `un agent`).
            if language == "fr", j > nounEnd, t.kind == .word, !t.isCapitalized, t.key.count >= 5, t.key.hasSuffix("ent"), !t.key.hasSuffix("ment"),
               tokens[j - 1].isNameLike || lex.demonyms[tokens[j - 1].key] != nil { break }
            // a finite verb ends the phrase: crude test on common auxiliaries
            if ["a", "ont", "est", "sont", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "devrait", "pourrait", "sera"].contains(t.key) && t.text != "à" && (t.key != "a" || language == "fr") { break }
            j += 1
        }
        j = quotedComplementEnd(phraseEnd: j, nounEnd: nounEnd, in: s)
        // `sanctions américaines et n'a plus …`, `… Marvel Tanker l'empêchent`: a conjunction or an elided pronoun left
        // before the stop belongs to the next predicate; so does a preposition or article whose object the stop cut off.
        while j > nounEnd, Self.danglingPhraseWords.contains(tokens[j - 1].key) { j -= 1 }
        // Leading noun adjectives (`US sanctions`, `OFAC sanctions`) belong to the phrase.
        var a = i
        while a > s.tokens.lowerBound, a > i - 3 {
            let p = tokens[a - 1]
            if p.kind == .word, !["despite", "malgre", "amid", "after", "apres", "since", "depuis"].contains(p.key), p.isNameLike || Self.isOrdinal(p.key) || lex.demonyms[p.key] != nil || Self.measureContext.contains(p.key) || ["new", "export-control", "export-controls", "nouvelles", "nouvelle", "western", "occidentales", "economic", "economiques", "financial", "financieres", "secondary", "secondaires", "sectoral", "sectorielles", "tough", "sweeping", "strict", "severe"].contains(p.key),
               !["la", "le", "les", "the", "its", "their", "son", "sa", "ses", "leur", "leurs"].contains(p.key) { a -= 1 } else { break }
        }
        return a..<j
    }

    static let danglingPhraseWords: Set<String> = ["and", "et", "or", "ou", "l'", "d'", "qu'", "n'", "s'", "de", "du", "des", "la", "le", "les",
                                                   "of", "the", "a", "an", "on", "against", "contre", "sur", "targeting", "visant", "to"]

    /// `des sanctions contre 30 navires de la « flotte fantôme »`: a quoted name completes the phrase the quote mark
    /// stopped; `new sanctions targeting “individuals and …`: a quotation left open inside the phrase is cut off.
    private func quotedComplementEnd(phraseEnd j: Int, nounEnd: Int, in s: Sentence) -> Int {
        let opening: Set<String> = ["«", "“", "\""], closing: Set<String> = ["»", "”", "\""]
        if j < s.tokens.upperBound, j > nounEnd, opening.contains(tokens[j].key),
           ["de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the"].contains(tokens[j - 1].key),
           let close = (j + 1..<min(s.tokens.upperBound, j + 8)).first(where: { closing.contains(tokens[$0].key) }), close > j + 1,
           (j + 1..<close).allSatisfy({ tokens[$0].kind == .word }) { return close + 1 }
        if let open = (nounEnd..<j).first(where: { ["“", "«"].contains(tokens[$0].key) }),
           !(open + 1..<j).contains(where: { closing.contains(tokens[$0].key) }) { return open }
        return j
    }

    /// Whether nothing but a year or a day's number follows token `i` before the clause goes on (a stop, a day, the end).
    private func phraseEnds(after i: Int, in s: Sentence) -> Bool {
        var j = i + 1
        while j < s.tokens.upperBound, j - i <= 2, tokens[j].kind == .number || Self.isYear(tokens[j]) { j += 1 }
        return j >= s.tokens.upperBound || Self.nounPhraseStops.contains(tokens[j].key) || Self.dayWords.contains(tokens[j].key)
            || ["on", "le", "and", "et"].contains(tokens[j].key)
    }

    /// Organisations named inside the phrase or as the imposer before it (`X imposed sanctions`).
    private func imposers(np: Range<Int>, sentence k: Int) -> [Int] {
        var out: [Int] = []
        for slot in slots[k] where type(slot.entity) == .organization && !isAdjudicator(slot.entity) {
            if np.contains(slot.tokens.lowerBound) {
                // `contre/against X` names a target, not the imposer.
                let lead = keys(ordered(np.lowerBound, slot.tokens.lowerBound))
                if lead.contains(where: { ["contre", "against", "on", "sur", "visant", "targeting", "aux", "envers", "ciblant"].contains($0) || language == "fr" && $0 == "a" }) { continue }
                out.append(slot.entity)
            } else if slot.tokens.upperBound <= np.lowerBound, np.lowerBound - slot.tokens.upperBound <= 4 {
                let gap = keys(ordered(slot.tokens.upperBound, np.lowerBound))
                // (`X a critiqué les sanctions`: the French auxiliary alone says nothing; its participle must impose.)
                if gap.contains(where: { Self.imposingVerbs.contains($0) || Self.revisingVerbs.contains($0) }) { out.append(slot.entity) }
            } else if slot.tokens.lowerBound >= np.upperBound, slot.tokens.lowerBound - np.upperBound <= 8 {
                // `imposed by X`; `…, adopted on Friday by the Council`, `…, adopté vendredi par le Conseil`.
                let gap = keys(ordered(np.upperBound, slot.tokens.lowerBound))
                let adopted = gap.first == "," && gap.contains { Self.adoptionParticiples.contains($0) }
                if gap.contains(where: { ["by", "par"].contains($0) }), gap.count <= 4 || adopted,
                   !slots[k].contains(where: { $0.tokens.lowerBound >= np.upperBound && $0.tokens.upperBound <= slot.tokens.lowerBound }) { out.append(slot.entity) }
            }
        }
        return out
    }

    /// `sanctions on a number of Russian firms` → `sanctions on Russian firms`, `contre des dizaines de personnes` →
    /// `contre des personnes`: a vague count is no part of the measure's name.
    static func withoutVagueQuantity(_ name: String) -> String {
        var out = name
        for (vague, plain) in [(" a number of ", " "), (" dozens of ", " "), (" a series of ", " "), (" des dizaines de ", " des "),
                               (" une série de ", " des "), (" une dizaine de ", " des "), (" une centaine de ", " des ")] {
            out = out.replacingOccurrences(of: vague, with: plain)
        }
        return out
    }

    static func isYear(_ t: Token) -> Bool {
        t.kind == .number && t.text.count == 4 && Int(t.text).map { (1900...2100).contains($0) } == true
    }

    /// `19e`, `14th`, `third`: the rank of a package belongs to its name.
    static func isOrdinal(_ key: String) -> Bool {
        if ["first", "second", "third", "premier", "premiere", "deuxieme", "troisieme", "latest", "dernier"].contains(key) { return true }
        guard let d = key.firstIndex(where: { !$0.isNumber }), d != key.startIndex else { return false }
        return ["e", "er", "eme", "th", "st", "nd", "rd"].contains(String(key[d...]))
    }

    /// A country as news writes it before a measure: its short capitals without dots (`US`, `UK`, `EU`), else its name.
    private func countryCode(_ place: Int) -> String {
        ([displayName(place)] + drafts[place].names + drafts[place].extraAliases).first { (2...3).contains($0.count) && $0.allSatisfy(\.isUppercase) } ?? displayName(place)
    }

    /// A place standing for a government that imposes the measure (`Washington imposed sweeping export
    /// restrictions`): enough to recognise the measure, though it gives no IMPOSED_BY (the object must be an organisation).
    private func imposingPlace(before np: Range<Int>, sentence k: Int) -> Int? {
        let near = slots[k].last { type($0.entity) == .location && $0.tokens.upperBound <= np.lowerBound && np.lowerBound - $0.tokens.upperBound <= 4 }
        guard let place = near else { return nil }
        let gap = keys(ordered(place.tokens.upperBound, np.lowerBound))
        // `Washington's chip curbs`: a possessive place is the government behind the measure.
        if gap.first.map({ ["'s", "’s", "'", "’"].contains($0) }) == true, gap.count <= 2 { return place.entity }
        return gap.contains(where: { ["imposed", "imposes", "impose", "imposent", "slapped", "announced", "annonce", "adopted", "adopte", "introduced", "unveiled"].contains($0) }) ? place.entity : nil
    }

    /// A firm or person just before the measure, tied to it by `soumise aux`, `subject to`, `under`; or a
    /// country right before such a cue (`l'exportation vers l'Arabie saoudite reste soumise à licence`).
    private func precedingTarget(before i: Int, sentence k: Int) -> Int? {
        // `X n'est pas visé par les sanctions`, `X is not subject to the rule`: a negated cue names no target.
        let tied = { (slot: Slot, span: Int) -> Bool in
            var from = slot.tokens.upperBound
            // `X, déjà visé par des sanctions américaines, est frappé par de nouvelles mesures`: the cue after the apposition ties X.
            if from < i, self.tokens[from].text == ",", let close = ordered(from + 1, min(i, from + 12)).first(where: { self.tokens[$0].text == "," }),
               self.keys(ordered(close, i)).contains(where: { Self.targetCues.contains($0) }) { from = close }
            let gap = self.keys(ordered(from, i))
            // `fait lui aussi l'objet d'un gel des avoirs`: `also` refers to the measure described before, not to a new one.
            let again = gap.contains { ["aussi", "egalement"].contains($0) } && !gap.contains { $0 != "objet" && Self.targetCues.contains($0) }
            // `X could face sanctions`, `X s'expose à des sanctions`: a threat to X is no measure on it, unless X is the party whose
            // dealings are punished (`banks dealing with X could face sanctions`).
            let threatened = gap.contains { SanctionBystanders.threatWords.contains($0) }
                && !(slot.tokens.lowerBound > 0 && SanctionBystanders.dealingWords.contains(self.tokens[slot.tokens.lowerBound - 1].key))
            return i - from <= span && gap.contains(where: { Self.targetCues.contains($0) }) && !again && !threatened && !gap.contains(where: { ["pas", "not", "n't", "never", "jamais", "plus"].contains($0) })
        }
        // `X, a subsidiary of Y, has been under EU sanctions`, `X, établi à Z, figure parmi les entités frappées par …`:
        // a firm inside the subject's apposition is skipped, and `among`/`parmi` lets the cue stand further from the name.
        let people = slots[k].filter { $0.tokens.upperBound <= i && [.company, .person].contains(type($0.entity)) }
        if let last = people.last {
            let among = keys(ordered(last.tokens.upperBound, i)).contains { ["parmi", "among"].contains($0) }
            if people.count >= 2, let head = people.dropLast().last, isApposition(last, of: head, sentence: k), tied(head, 20) { return head.entity }
            if tied(last, among ? 20 : 12) { return last.entity }
        }
        if let subject = pronounSubject(before: i, sentence: k) { return subject }
        // `les États-Unis avaient soumis à licence …`: a place before an active verb imposes, it is not the target.
        let active: Set<String> = ["a", "ont", "avait", "avaient", "aura", "auront", "have", "has", "had", "will"]
        // `Le Maroc figure parmi les pays soumis aux règles …`: `among`/`parmi` lets the cue stand further from the country.
        if let place = slots[k].last(where: { $0.tokens.upperBound <= i && type($0.entity) == .location }),
           tied(place, keys(ordered(place.tokens.upperBound, i)).contains { ["parmi", "among", "coup"].contains($0) } ? 8 : 4),
           !ordered(place.tokens.upperBound, i).contains(where: { active.contains(tokens[$0].text.lowercased()) }) { return place.entity }
        return nil
    }

    /// Words before a participle that make it appositive (`X, inscrite sur …`, `X, déjà inscrite sur …`).
    static let passiveMarkers: Set<String> = [",", "deja", "already"]

    static let listStateWords: Set<String> = ["is", "was", "been", "are", "were", "remains", "remained", "stays", "est", "etait", "reste", "restait", "demeure", "figure", "figurait", "toujours", "still", "already", "deja"]

    /// `Huawei, which has been on the U.S. Entity List since 2019`, `X est toujours sur la liste noire`: a firm or person
    /// that a state verb puts on a list is listed.
    private func onList(before np: Range<Int>, sentence k: Int) -> Int? {
        guard !Set(keys(np)).isDisjoint(with: Self.listWords) else { return nil }
        guard let last = slots[k].last(where: { $0.tokens.upperBound <= np.lowerBound && [.company, .person].contains(type($0.entity)) }),
              np.lowerBound - last.tokens.upperBound <= 8, !drafts[last.entity].isMedia else { return nil }
        let gap = keys(ordered(last.tokens.upperBound, np.lowerBound))
        guard let on = gap.lastIndex(where: { ["on", "onto", "sur"].contains($0) }), gap[..<on].contains(where: { Self.listStateWords.contains($0) }),
              !gap.contains(where: { ["pas", "not", "n't", "never", "jamais", "plus", "off", "removed", "retire", "retiree"].contains($0) }) else { return nil }
        return last.entity
    }

    /// `Shipments of AI chips to Malaysia and Thailand will require a licence`, `les exportations vers la Chine
    /// nécessiteront une licence`: the countries a licence requirement is aimed at.
    private func licensedDestinations(before np: Range<Int>, sentence k: Int, head: Int?) -> [Int] {
        guard let h = head, ["licence", "license", "licences", "licenses"].contains(tokens[h].key) else { return [] }
        let lo = max(sentences[k].tokens.lowerBound, np.lowerBound - 20)
        let gap = keys(ordered(lo, np.lowerBound))
        guard gap.contains(where: { ["require", "requires", "required", "need", "needs", "needed", "necessiteront", "necessite", "necessitent", "soumis", "soumises", "soumise", "exigera", "exige"].contains($0) }),
              gap.contains(where: { ["shipments", "exports", "sales", "exportations", "livraisons", "ventes", "expeditions"].contains($0) }) else { return [] }
        var out: [Int] = []
        for slot in slots[k] where type(slot.entity) == .location && slot.tokens.lowerBound >= lo && slot.tokens.upperBound <= np.lowerBound {
            let lead = keys(ordered(max(lo, slot.tokens.lowerBound - 2), slot.tokens.lowerBound))
            let coordinated = out.last.map { _ in lead.contains { ["and", "et", ","].contains($0) } } ?? false
            if lead.contains(where: { ["to", "vers", "into"].contains($0) }) || coordinated { out.append(slot.entity) }
        }
        return out
    }

    /// `Western sanctions`, `sanctions occidentales`: a bloc's sanctions, described without naming a body.
    static let blocAdjectives: Set<String> = ["western", "occidentales", "occidentale", "international", "internationales", "internationale"]

    /// `sanctions américaines`, `U.S. sanctions`, `British sanctions`: sanctions whose only imposer is a country's adjective
    /// are a measure of their own even when the sentence names no target.
    private func nationalSanctions(head i: Int, nounEnd: Int, sentence k: Int) -> Bool {
        // `contrôles américains à l'exportation`, `U.S. export restrictions`, `Chinese export controls`.
        guard ["sanctions", "sanction", "controls", "controles", "restrictions", "embargo", "export"].contains(tokens[i].key) else { return false }
        let before = i > sentences[k].tokens.lowerBound ? tokens[i - 1] : nil
        let after = nounEnd < sentences[k].tokens.upperBound ? tokens[nounEnd] : nil
        return [before, after].contains { t in t.map { $0.kind == .word && (lex.demonyms[$0.key] != nil || Self.blocAdjectives.contains($0.key)) } ?? false }
            || before.map { ["u.s.", "us", "uk", "eu"].contains($0.key) } ?? false
    }

    /// `The EU sanctions X and Y`: between a body and a firm or person, `sanctions` is the verb (read by `designation`).
    private func isDesignatingVerb(_ i: Int, sentence k: Int) -> Bool {
        guard tokens[i].key == "sanctions" else { return false }
        return slots[k].contains { $0.tokens.upperBound == i && type($0.entity) == .organization }
            && slots[k].contains { $0.tokens.lowerBound == i + 1 && [.company, .person].contains(type($0.entity)) }
    }

    /// `sanctions contre X et son directeur général, Y,`: the title that closes the phrase is the person named after its comma.
    private func titledPerson(after np: Range<Int>, sentence k: Int) -> Int? {
        guard np.upperBound + 1 < sentences[k].tokens.upperBound, tokens[np.upperBound].text == ",",
              let person = slots[k].first(where: { $0.tokens.lowerBound == np.upperBound + 1 && type($0.entity) == .person }) else { return nil }
        let tail = keys(max(np.lowerBound, np.upperBound - 5)..<np.upperBound)
        // (`et à son patron, Y`, `et de son propriétaire, Y`: French repeats the preposition.)
        guard let and = tail.lastIndex(where: { ["and", "et"].contains($0) }) else { return nil }
        let owner = and + 1 < tail.count && ["a", "de", "to"].contains(tail[and + 1]) ? and + 2 : and + 1
        guard owner + 1 < tail.count, ["its", "his", "her", "their", "son", "sa", "leur"].contains(tail[owner]) else { return nil }
        return person.entity
    }

    /// Nouns of a country's economy that a measure aims at (`the Russian energy sector`, `le secteur pétrolier vénézuélien`);
    /// `imports` only with the adjective after it (`a ban on imports of Russian gas`).
    /// `five Russian businessmen`, `cinq hommes d'affaires russes`: people targeted for their wealth.
    static let tycoonNouns: Set<String> = ["businessmen", "businesspeople", "tycoons", "magnates", "affaires"]
    static let sectorNouns: Set<String> = ["sector", "sectors", "secteur", "secteurs", "industry", "industries", "industrie", "economy", "economie"]
    static let outboundWords: Set<String> = ["export", "exports", "exportation", "exportations", "exporter", "sales", "ventes", "vente", "shipments", "livraisons", "to", "vers"]
    static let importNouns: Set<String> = ["imports", "importations", "purchases", "achats"]

    /// The adjective of the country whose sector or goods the measure aims at, after its target cue (`on`, `contre`, `visant`, `à`).
    func aimedSectorHome(np: Range<Int>) -> String? {
        guard let cue = np.first(where: { ["contre", "against", "on", "visant", "targeting", "a", "au", "aux", "sur"].contains(tokens[$0].key) && tokens[$0].text != "a" }) else { return nil }
        let r = cue..<min(np.upperBound, cue + 8)
        // `a ban on Russian diamonds`, `un embargo sur le pétrole russe`, `the price cap on Russian oil`: a ban on a country's goods aims at the country.
        // (`a ban on exports of American chips to Belarus`: goods sent out are the imposer's, the destination is the aim.)
        if !Set(keys(np)).isDisjoint(with: ["ban", "bans", "embargo", "interdiction", "cap", "caps", "plafonnement", "plafond"]), Set(keys(np)).isDisjoint(with: Self.outboundWords),
           let d = ordered(cue + 1, min(r.upperBound, cue + 5)).first(where: { tokens[$0].kind == .word && isDemonym(tokens[$0].key) }) {
            return tokens[d].key
        }
        for i in r {
            let key = tokens[i].key
            let window: [Int]
            if Self.sectorNouns.contains(key) { window = Array(max(r.lowerBound, i - 3)..<min(r.upperBound, i + 4)) }
            else if Self.importNouns.contains(key) { window = Array((i + 1)..<min(r.upperBound, i + 4)) }
            else { continue }
            if let d = window.first(where: { tokens[$0].kind == .word && isDemonym(tokens[$0].key) }) { return tokens[d].key }
        }
        return nil
    }

    /// `X, a subsidiary of Y, …`: Y closes an apposition opened by the comma right after X.
    private func isApposition(_ inner: Slot, of head: Slot, sentence k: Int) -> Bool {
        let end = sentences[k].tokens.upperBound
        guard head.tokens.upperBound < end, inner.tokens.upperBound < end, tokens[head.tokens.upperBound].text == ",", tokens[inner.tokens.upperBound].text == "," else { return false }
        return !ordered(head.tokens.upperBound + 1, inner.tokens.lowerBound).contains { tokens[$0].text == "," } && inner.tokens.lowerBound - head.tokens.upperBound <= 10
    }

    /// `Elle était déjà visée par des sanctions américaines`, `It has been under U.S. sanctions since 2022`: a subject
    /// pronoun opening the sentence, tied to the measure by a target cue, stands for the previous sentence's subject.
    private func pronounSubject(before i: Int, sentence k: Int) -> Int? {
        let start = sentences[k].tokens.lowerBound
        guard k > 0, i - start <= 8, ["it", "they", "elle", "il", "ils", "elles", "celle-ci", "celui-ci"].contains(tokens[start].key),
              !slots[k].contains(where: { $0.tokens.upperBound <= i }),
              keys(ordered(start + 1, i)).contains(where: { Self.targetCues.contains($0) }) else { return nil }
        // `Celui-ci`, `celle-ci`: a demonstrative stands for the last firm or person named, not the subject.
        if ["celle-ci", "celui-ci"].contains(tokens[start].key) {
            return slots[k - 1].last { [.company, .person].contains(type($0.entity)) && !drafts[$0.entity].isMedia }?.entity
        }
        return slots[k - 1].first { [.company, .person, .facility].contains(type($0.entity)) && !isComplement($0, sentence: k - 1) && !drafts[$0.entity].isMedia }?.entity
    }

    /// Whether `measures` names a sanction: a body imposes them, a firm or person is tied to them, and no measure of
    /// that body was described before (`the measures` then refers back to it).
    private func bodyMeasures(np: Range<Int>, head i: Int, imposers: [Int], sentence k: Int) -> Bool {
        guard !imposers.isEmpty else { return false }
        let aimed = precedingTarget(before: i, sentence: k) != nil || actedOn(after: np, sentence: k) != nil
            || slots[k].contains { np.contains($0.tokens.lowerBound) && [.company, .person].contains(type($0.entity))
                && keys(ordered(i, $0.tokens.lowerBound)).contains { ["against", "on", "contre", "visant", "targeting"].contains($0) } }
        guard aimed else { return false }
        return !relations.contains { r in
            guard r.predicate == .imposedBy, case .entity(let o) = r.object else { return false }
            return imposers.contains(o)
        }
    }

    /// Firms and people joined to `target` by `,`/`et`/`and` just before it, nearest first.
    func coordinatedBefore(_ target: Int, limit: Int, sentence k: Int) -> [Int] {
        guard var last = slots[k].last(where: { $0.entity == target && $0.tokens.upperBound <= limit }) else { return [] }
        var out: [Int] = []
        while let prev = slots[k].last(where: { $0.tokens.upperBound <= last.tokens.lowerBound }), [.company, .person].contains(type(prev.entity)), !prev.anaphor {
            let gap = keys(ordered(prev.tokens.upperBound, last.tokens.lowerBound))
            guard !gap.isEmpty, gap.count <= 2, gap.allSatisfy({ [",", "et", "and"].contains($0) }) else { break }
            out.append(prev.entity)
            last = prev
        }
        return out
    }

    /// `the sanctions target X`, `les contrôles empêchent X de …`: the firm or person a verb right after the measure acts on.
    private func actedOn(after np: Range<Int>, sentence k: Int) -> Slot? {
        let start = appositionEnd(after: np, sentence: k).flatMap { Self.actingOnVerbs.contains(tokens[$0].key) ? $0 : nil } ?? np.upperBound
        guard let after = slots[k].first(where: { $0.tokens.lowerBound > start && $0.tokens.lowerBound <= start + 3 }),
              [.company, .person].contains(type(after.entity)), !drafts[after.entity].isMedia,
              keys(ordered(start, after.tokens.lowerBound)).contains(where: { Self.actingOnVerbs.contains($0) }) else { return nil }
        return after
    }

    /// `The sanctions package, the EU's 16th since the invasion, targets …`: the token after a short apposition that
    /// follows the measure.
    private func appositionEnd(after np: Range<Int>, sentence k: Int) -> Int? {
        let end = sentences[k].tokens.upperBound
        guard np.upperBound < end, tokens[np.upperBound].text == ",",
              let close = ordered(np.upperBound + 1, min(end, np.upperBound + 12)).first(where: { tokens[$0].text == "," }), close + 1 < end else { return nil }
        return close + 1
    }

    /// `The sanctions package, the EU's 16th, …`, `Le paquet, le 16e de l'UE, …`: the body named in a ranking apposition
    /// imposes the measure.
    func rankingImposer(after np: Range<Int>, sentence k: Int) -> Int? {
        guard let close = appositionEnd(after: np, sentence: k), ordered(np.upperBound, close).contains(where: { Self.isOrdinal(tokens[$0].key) }) else { return nil }
        return slots[k].first { $0.tokens.lowerBound > np.upperBound && $0.tokens.upperBound < close && type($0.entity) == .organization }?.entity
    }

    /// `The sanctions target X and its chairman, Y`: the first measure of the text, named by what it acts on. (After a
    /// measure already described, `les sanctions visent également X` continues that one; the frames link it.)
    private func opensTheTopic(head: String, np: Range<Int>, sentence k: Int) -> Bool {
        guard !Self.licenceNouns.contains(head), actedOn(after: np, sentence: k) != nil else { return false }
        return !(0...k).contains { j in slots[j].contains { type($0.entity) == .sanction && (j < k || $0.tokens.upperBound <= np.lowerBound) } }
    }

    /// People a measure binds rather than aims at, after their country (`US persons`, `US citizens`).
    static let boundPeople: Set<String> = ["persons", "citizens", "nationals", "residents", "people", "ressortissants", "citoyens"]

    private func linkSanction(_ sanction: Int, np: Range<Int>, sentence k: Int, designated: Bool, imposers given: [Int]? = nil, head: Int? = nil) {
        let imposers = given ?? imposers(np: np, sentence: k)
        for o in imposers { relate(sanction, .imposedBy, .entity(o), cue: np, sentence: k, rule: "rule:sanction.imposer", confidence: 0.7) }
        var targets: [Int] = []
        // Targets inside the phrase: `contre X`, `on X`, `à la Chine et à la Russie`.
        for slot in slots[k] where np.contains(slot.tokens.lowerBound) && !imposers.contains(slot.entity) {
            let lead = keys(ordered(np.lowerBound, slot.tokens.lowerBound))
            let t = type(slot.entity)
            // `U.S. sanctions`, `les contrôles imposés par Washington`: a country before the noun or after
            // `by/par` imposes the measure; it is not its target.
            // (`the EU's Russia sanctions`, `US Iran sanctions`: a second name before the noun is the target).
            let firstModifier = !slots[k].contains { np.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= slot.tokens.lowerBound && [.organization, .location].contains(type($0.entity)) }
            // `propose des sanctions aux États membres`: the member states receive the proposal, they are not its target.
            if t == .location, slot.tokens.upperBound < np.upperBound, ["membres", "member"].contains(tokens[slot.tokens.upperBound].key) { continue }
            // `sanctions on a China-based network`, `un réseau basé en Chine`: where a target is based is not the measure's aim.
            if t == .location, isBase(slot, sentence: k) { continue }
            // `les sanctions économiques des Etats-Unis contre X`, `sanctions from the US`: a country in the genitive imposes
            // the measure; `by western countries except Canada` excludes one; `US persons`, `les citoyens américains` are
            // those the measure binds, not its aim.
            let leadWords = lead.filter { !["the", "l'", "la", "le", "les"].contains($0) }
            let genitive = ["des", "du", "of", "from"].contains(leadWords.last ?? "") && head.map { slot.tokens.lowerBound > $0 && slot.tokens.lowerBound - $0 <= 3 } == true
            if t == .location, genitive || lead.contains(where: { ["except", "excluding", "sauf", "hormis", "excepte"].contains($0) })
                || slot.tokens.upperBound < sentences[k].tokens.upperBound && Self.boundPeople.contains(tokens[slot.tokens.upperBound].key) { continue }
            if t == .location, head.map({ slot.tokens.upperBound <= $0 }) == true && firstModifier
                || ["by", "par"].contains(lead.last(where: { !["the", "l'", "la", "le", "les"].contains($0) }) ?? "") { continue }
            // `le gel des avoirs de X`, `the asset freeze of X`: the owner of the frozen assets is the target.
            // (`le gel des avoirs de l'homme d'affaires X`: a descriptor may stand between.)
            let freezeOrBan = !Set(keys(np)).isDisjoint(with: ["gel", "freeze", "freezes", "avoirs", "assets", "voyager", "travel", "visa", "privileges"])
            let frozen = freezeOrBan && lead.suffix(4).contains(where: { Token.isOfWord($0) }) && !lead.suffix(4).contains(",")
            // `une interdiction de voyager pour X`, `a travel ban for X`: the person the ban keeps out.
            let barred = freezeOrBan && t == .person && ["pour", "for"].contains(lead.last ?? "")
            // `un gel de ses avoirs aux États-Unis`, `a freeze of its assets in the U.S.`: where the assets lie is no target.
            if freezeOrBan, t == .location, ["aux", "au", "in", "en", "within"].contains(leadWords.last ?? "") { continue }
            // `des sanctions contre les oligarques associés à Poutine`: the person the group is tied to is not the target.
            if t == .person, lead.contains(where: { Self.tiedTo.contains($0) }) { continue }
            if [.company, .person, .location].contains(t),
               lead.contains(where: { ["contre", "against", "on", "visant", "targeting", "a", "to", "vers", "envers", "sur", "frappant", "ciblant", "hitting"].contains($0) }) || t == .location || frozen || barred {
                targets.append(slot.entity)
            }
        }
        // `sanctions on a number of Russian businesses`, `des sanctions contre des entreprises chinoises`: the measure
        // is aimed at the targets' country.
        if let home = aimedGroupHome(np: np), !targets.contains(home) { targets.append(home) }
        if let demonym = aimedSectorHome(np: np), let home = placeOfDemonym(demonym), !targets.contains(home) { targets.append(home) }
        if let t = precedingTarget(before: np.lowerBound, sentence: k) ?? onList(before: np, sentence: k), !isCollateral(t, np: np, aims: targets, sentence: k) {
            targets.append(t)
            // `X et Y font partie des cibles du paquet`, `X and Y are subject to …`: the subjects coordinated before the last one.
            targets += coordinatedBefore(t, limit: np.lowerBound, sentence: k).filter { !targets.contains($0) }
        }
        if let owner = possessedListing(before: np, sentence: k, head: head), !targets.contains(owner) { targets.append(owner) }
        targets += licensedDestinations(before: np, sentence: k, head: head).filter { !targets.contains($0) }
        // `the controls bar Nvidia from …`, `les contrôles empêchent Nvidia de …`: the firm the measure acts on.
        if let after = actedOn(after: np, sentence: k), !targets.contains(after.entity) {
            targets.append(after.entity)
            // `The EU's 14th package targets X, Y and Z`: the firms coordinated with the first.
            for next in coordinated(after: after, sentence: k, descriptors: false, accepts: { [.company, .person].contains(self.type($0.entity)) && !self.drafts[$0.entity].isMedia })
            where !targets.contains(next.entity) { targets.append(next.entity) }
            // `The sanctions target X and its chairman, Y`: the person the title after the target names.
            if let comma = ordered(after.tokens.upperBound, min(sentences[k].tokens.upperBound, after.tokens.upperBound + 6)).first(where: { tokens[$0].text == "," }),
               let person = titledPerson(after: after.tokens.lowerBound..<comma, sentence: k), !targets.contains(person) { targets.append(person) }
        }
        // `sanctioned X`, `X was sanctioned by`, `X a été sanctionnée`.
        for slot in slots[k] where [.company, .person].contains(type(slot.entity)) && !targets.contains(slot.entity) {
            let lo = min(slot.tokens.upperBound, np.lowerBound), hi = max(slot.tokens.lowerBound, np.upperBound)
            guard hi - lo <= 6, lo < hi else { continue }
            let gap = keys(ordered(lo, hi))
            if gap.contains(where: { ["sanctioned", "sanctionne", "sanctionnee", "designated", "designee", "blacklisted", "added", "ajoute", "ajoutee", "inscrite", "inscrit"].contains($0) }) {
                targets.append(slot.entity)
            }
        }
        if let person = titledPerson(after: np, sentence: k), !targets.contains(person) { targets.append(person) }
        for t in targets {
            relate(t, .subjectTo, .entity(sanction), cue: np, sentence: k, rule: "rule:sanction.target", confidence: 0.65)
            if designated && type(t) != .location {
                for o in imposers { relate(t, .sanctionedBy, .entity(o), cue: np, sentence: k, rule: "rule:sanction.designated", confidence: 0.65) }
            }
        }
        if drafts[sanction].descriptiveName != nil, let first = targets.first(where: { type($0) != .location }) {
            let fr = language == "fr"
            for o in imposers {
                let by = shortName(o), target = displayName(first)
                drafts[sanction].extraAliases += fr ? ["sanctions de \(by) contre \(target)", "désignation de \(target) par \(by)"]
                    : ["\(by) sanctions on \(target)", "\(by) designation of \(target)"]
            }
            // `U.S. sanctions on X`, `the UK announced sanctions on X`: a country imposing the measure names it too (`UK sanctions on X`).
            if imposers.isEmpty, let place = slots[k].first(where: { $0.tokens.lowerBound == np.lowerBound && type($0.entity) == .location })?.entity
                ?? imposingPlace(before: np, sentence: k) {
                let by = countryCode(place), target = displayName(first)
                drafts[sanction].extraAliases.append(fr ? "sanctions de \(by) contre \(target)" : "\(by) sanctions on \(target)")
            }
        }
        if drafts[sanction].descriptiveName != nil, let first = targets.first(where: { type($0) != .location }),
           !(drafts[sanction].descriptiveName ?? "").contains(displayName(first)) {
            let joiner = language == "fr" ? "contre" : "on"
            drafts[sanction].extraAliases.append((drafts[sanction].descriptiveName ?? "") + " \(joiner) " + displayName(first))
        }
    }
}
