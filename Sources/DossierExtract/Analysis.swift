import DossierModel
import Foundation

/// An entity being assembled from its mentions in one document.
struct EntityDraft {
    var type: EntityType
    var strength: Int
    /// Names in order of appearance; the output name is the most complete one.
    var names: [String] = []
    var extraAliases: [String] = []
    var mentions: [Mention] = []
    var properties: [String: Value] = [:]
    var isMedia = false
    /// A descriptive entity (Facility, Sanction) whose name is built, not read.
    var descriptiveName: String? = nil
    /// Folded into another entity (a list that names a designation): not output.
    var suppressed = false
    /// The lexicon entry of the firm whose local arm this company is (`Orange` for `Orange Cameroun`).
    var parentLexicon: Int? = nil
    /// One site of a plural noun split over a list of places (`its facilities in A and B`): its place is
    /// its own item of the list, not the other items.
    var placedByList = false
    /// A facility whose name is its own proper name (`barrage de la Renaissance`), not one built from its
    /// owner and place; a later `la centrale de Singrobo` renames only a site without one.
    var properName = false
}

/// A place in a sentence where an entity is referred to (by name or by an anaphor).
struct Slot {
    var entity: Int
    var tokens: Range<Int>
    var anaphor: Bool
}

/// Everything known about one document while it is being extracted.
final class Analysis {
    let document: Document
    let lex: Lexicons
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]
    let language: String
    var skip: [Bool]
    var drafts: [EntityDraft] = []
    var slots: [[Slot]]
    var relations: [ExtractedRelation] = []
    private var relationKeys: Set<String> = []
    var keyToEntity: [String: Int] = [:]
    /// The document's first line when it is a title the rules skip (not page chrome).
    var headlineSentence: Int? = nil
    /// Places and public bodies the headline names from the lexicons, added once the rules have run.
    var headlineNames: [NameMention] = []
    /// The firms the headline names, in order: matched against the body's firms by `placeHeadlineSubjects`.
    var headlineFirms: [NameMention] = []
    /// The firm a sentence's anaphors (`la société`, `its`) refer to, per sentence.
    var salientAt: [Int: Int] = [:]
    /// The firm named most often before each sentence: what an unattributed fact is about.
    var topicAt: [Int: Int] = [:]
    /// The members a plural anaphor (`the two companies`, `ils`) opening each sentence stands for.
    var pluralAnaphors: [Int: [Int]] = [:]
    /// Lists inside a relative clause about a group (`X, whose brands include A and B, …`): the clause's verb is the group's.
    var relativeLists: [(sentence: Int, group: Int, members: Set<Int>, end: Int)] = []

    init(document: Document, lex: Lexicons) {
        self.document = document
        self.lex = lex
        scalars = Array(document.text.unicodeScalars)
        tokens = Analysis.qualifiedDemonyms(Tokenizer.tokenize(scalars), lex: lex)
        sentences = SentenceSplitter.split(tokens)
        language = Analysis.detectLanguage(document, tokens)
        skip = Array(repeating: false, count: sentences.count)
        slots = Array(repeating: [], count: sentences.count)
        markChrome()
    }

    /// `North Korean`: a demonym of two words whose last word alone is another country's (`Korean` is South
    /// Korea's), so that word's key carries both words.
    static func qualifiedDemonyms(_ tokens: [Token], lex: Lexicons) -> [Token] {
        var out = tokens
        for i in tokens.indices.dropFirst() where tokens[i].kind == .word && tokens[i - 1].kind == .word {
            let both = tokens[i - 1].key + " " + tokens[i].key
            // (`Saudi Arabian`, `Costa Rican`: the second word may be no demonym alone; `Hong Kong` stays a place.)
            guard let code = lex.demonyms[both], lex.demonyms[tokens[i].key] != code,
                  lex.demonyms[tokens[i].key] != nil || lex.places.longestMatch(tokens, at: i - 1, limit: i + 1) == nil else { continue }
            let t = tokens[i]
            out[i] = Token(start: t.start, end: t.end, text: t.text, key: both, kind: t.kind, isCapitalized: t.isCapitalized, isAllCaps: t.isAllCaps,
                           isCamel: t.isCamel, hasDigit: t.hasDigit, startsLine: t.startsLine, spaceBefore: t.spaceBefore)
        }
        return out
    }

    static func detectLanguage(_ doc: Document, _ tokens: [Token]) -> String {
        if doc.language == "fr" || doc.language == "en" { return doc.language }
        let fr: Set<String> = ["le", "la", "les", "des", "du", "est", "et", "une", "dans", "pour", "qui", "sur", "d'", "l'", "avec", "au"]
        let en: Set<String> = ["the", "of", "and", "is", "in", "to", "that", "for", "with", "on", "was", "by", "its", "from"]
        var f = 0, e = 0
        for t in tokens.prefix(3000) { if fr.contains(t.key) { f += 1 }; if en.contains(t.key) { e += 1 } }
        return f > e ? "fr" : "en"
    }

    /// Page chrome lines (`Read more:`, `Vous pourriez aussi aimer :`) and all-caps headlines.
    private func markChrome() {
        var lineIsChrome = false
        for (k, s) in sentences.enumerated() {
            let first = tokens[s.tokens.lowerBound]
            if first.startsLine {
                let head = fold(text(s.start, min(s.end, s.start + 40)))
                lineIsChrome = Vocabulary.chromePrefixes.contains { head.hasPrefix($0) }
            }
            let words = s.tokens.filter { tokens[$0].kind == .word }
            let caps = words.filter { tokens[$0].isAllCaps }.count
            let shouting = words.count >= 4 && caps * 10 >= words.count * 8
            // A title-case headline line (most words capitalised, no final stop) is not prose.
            let capitals = words.filter { tokens[$0].isCapitalized }.count
            let lastText = tokens[s.tokens.upperBound - 1].text
            let headline = first.startsLine && words.count >= 4 && capitals * 10 >= words.count * 6 && ![".", "!", "?", "»", "\""].contains(lastText)
                && (s.tokens.upperBound == tokens.count || tokens[s.tokens.upperBound].startsLine)
            // A short line without a final stop (a title or a standfirst label) is not body text.
            let lineEnds = s.tokens.upperBound == tokens.count || tokens[s.tokens.upperBound].startsLine
            // (`… with its supplier, Generacion Mediterranea S.A.`: a legal form's own period closes the line too.)
            // (`…, Marathon's chairman Fred Thill said:` leads into a quote: a long line ending in a colon is prose.)
            let title = first.startsLine && lineEnds && words.count < 20 && !(lastText.count > 1 && lastText.hasSuffix(".")) && ![".", "!", "?", "»", "\"", "”", ")"].contains(lastText)
                && !(lastText == ":" && words.count >= 8)
            skip[k] = (lineIsChrome || shouting || headline || title) && !isDatelineLine(s)
            if k == 0, skip[k], lineEnds, !lineIsChrome { headlineSentence = 0 }
        }
    }

    /// `MADRID, 16 juillet (EUROPA PRESS) –`, `BAAR, SWITZERLAND` on a line of their own: a dateline
    /// is short and has no final stop, like a title, but names the place the story was filed from.
    /// (`Lausanne, 31 janvier 2025`, `Geneva, March 3, 2024`: a town in sentence case, a comma and a date are a
    /// dateline as well.)
    private func isDatelineLine(_ s: Sentence) -> Bool {
        let first = tokens[s.tokens.lowerBound]
        guard first.startsLine, first.isAllCaps || first.isCapitalized && isDatedPlaceLine(s), first.kind == .word, s.tokens.count >= 2 else { return false }
        let length = lex.places.longestMatch(tokens, at: s.tokens.lowerBound, limit: s.tokens.upperBound)?.length
            ?? lex.minorPlaces.longestMatch(tokens, at: s.tokens.lowerBound, limit: s.tokens.upperBound)?.length
        guard let n = length, s.tokens.lowerBound + n < s.tokens.upperBound else { return false }
        return [",", "(", "-", "–", "—"].contains(tokens[s.tokens.lowerBound + n].text)
    }

    private func isDatedPlaceLine(_ s: Sentence) -> Bool {
        guard s.tokens.count <= 10, let (n, _) = lex.places.longestMatch(tokens, at: s.tokens.lowerBound, limit: s.tokens.upperBound),
              s.tokens.lowerBound + n + 1 < s.tokens.upperBound, tokens[s.tokens.lowerBound + n].text == "," else { return false }
        let rest = (s.tokens.lowerBound + n + 1)..<s.tokens.upperBound
        return rest.contains { Self.monthNames.contains(tokens[$0].key) } && rest.contains { tokens[$0].kind == .number }
    }

    func text(_ a: Int, _ b: Int) -> String {
        let lo = max(0, min(a, scalars.count)), hi = max(lo, min(b, scalars.count))
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    func text(_ r: Range<Int>) -> String {
        guard let f = r.first, let l = r.last else { return "" }
        return text(tokens[f].start, tokens[l].end)
    }

    func span(_ r: Range<Int>) -> TextSpan {
        guard let f = r.first, let l = r.last else { return TextSpan(start: 0, end: 0) }
        return TextSpan(start: tokens[f].start, end: tokens[l].end)
    }

    private var snippets: [Int: String] = [:]

    func evidence(_ r: Range<Int>, sentence k: Int, rule: String, confidence: Double) -> Evidence {
        let s = sentences[k]
        let snippet: String
        if let cached = snippets[k] { snippet = cached } else {
            var t = text(s.start, min(s.end, s.start + 600))
            if t.count > 400 { t = String(t.prefix(400)) + "…" }
            snippets[k] = t
            snippet = t
        }
        return Evidence(document: document.source, sentence: TextSpan(start: s.start, end: s.end), span: span(r),
                        snippet: snippet, extractor: rule, confidence: confidence)
    }

    func sentenceIndex(ofToken i: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: - Entities

    /// The key that groups the names of one actor: folded, articles and legal forms dropped.
    static func groupKey(_ name: String) -> String { NameKey.key(name) }

    @discardableResult
    func addEntity(_ draft: EntityDraft) -> Int {
        drafts.append(draft)
        return drafts.count - 1
    }

    func addMention(entity e: Int, tokens r: Range<Int>, sentence k: Int, rule: String, confidence: Double, asSlot: Bool = true, anaphor: Bool = false) {
        let surface = text(r)
        drafts[e].mentions.append(Mention(text: surface, evidence: evidence(r, sentence: k, rule: rule, confidence: confidence)))
        if !anaphor && drafts[e].descriptiveName == nil && !drafts[e].names.contains(surface) { drafts[e].names.append(surface) }
        if asSlot { slots[k].append(Slot(entity: e, tokens: r, anaphor: anaphor)) }
    }

    /// Adds a relation once (same subject, predicate and object keep the first evidence).
    func relate(_ s: Int, _ p: DossierModel.Predicate, _ o: RelationObject, cue: Range<Int>, sentence k: Int, rule: String,
                confidence: Double, properties: [String: Value] = [:]) {
        if case .entity(let oe) = o, oe == s { return }
        func relation() -> ExtractedRelation {
            ExtractedRelation(subject: s, predicate: p, object: o, properties: withRoleAsWritten(properties, cue: cue),
                              evidence: evidence(cue, sentence: k, rule: rule, confidence: confidence))
        }
        let key = Self.relationKey(s, p, o)
        guard !relationKeys.contains(key) else {
            // A parent the text describes outranks a takeover read earlier: only the takeover becomes a holding.
            if p == .subsidiaryOf, !AcquisitionReadings.isTakeover(rule),
               let i = relations.firstIndex(where: { $0.subject == s && $0.predicate == p && $0.object == o && AcquisitionReadings.isTakeover($0.evidence.extractor) }) {
                relations[i] = relation()
            }
            return
        }
        relationKeys.insert(key)
        relations.append(relation())
    }

    private static func relationKey(_ s: Int, _ p: DossierModel.Predicate, _ o: RelationObject) -> String {
        switch o {
        case .entity(let oe): return p.isSymmetric ? "\(min(s, oe))|\(p.rawValue)|\(max(s, oe))" : "\(s)|\(p.rawValue)|\(oe)"
        case .literal(let t, _): return "\(s)|\(p.rawValue)|lit:\(t)"
        }
    }

    /// Readings withdraw relations (`relations.removeAll`) without their keys; a pass that restates facts after
    /// such withdrawals calls this first, so that `relate` accepts a fact withdrawn earlier.
    func forgetWithdrawnRelations() {
        relationKeys = Set(relations.map { Self.relationKey($0.subject, $0.predicate, $0.object) })
    }

    func type(_ e: Int) -> EntityType { drafts[e].type }

    /// A role reads as the text wrote it (`directeur`, `chief executive`); the lexicon's
    /// normalised role (`DEPARTMENT_HEAD`, `CEO`) stays beside it as `role_normalized`.
    private func withRoleAsWritten(_ properties: [String: Value], cue: Range<Int>) -> [String: Value] {
        guard let normalized = properties["role"], properties["role_normalized"] == nil else { return properties }
        var written: Range<Int>?
        var i = cue.lowerBound
        while i < cue.upperBound {
            if let (length, role) = lex.roleTitles.longestMatch(tokens, at: i, limit: cue.upperBound) {
                var r = i..<(i + length)
                while r.count > 1, Vocabulary.nameConnectors.contains(tokens[r.upperBound - 1].key) { r = r.lowerBound..<(r.upperBound - 1) }
                if written == nil || Value.string(role) == normalized { written = r }
                if Value.string(role) == normalized { break }
                i += length
            } else {
                i += 1
            }
        }
        guard let written else { return properties }
        var out = properties
        var title = String.UnicodeScalarView()
        title.append(contentsOf: scalars[tokens[written.lowerBound].start..<tokens[written.upperBound - 1].end])
        out["role"] = .string(String(title))
        out["role_normalized"] = normalized
        return out
    }

    func keys(_ r: Range<Int>) -> [String] { r.map { tokens[$0].key } }
}

/// `a..<b`, or an empty range when the two ends come in the wrong order (names that overlap
/// or follow each other in an unexpected order must never trap).
func ordered(_ a: Int, _ b: Int) -> Range<Int> { a..<max(a, b) }
