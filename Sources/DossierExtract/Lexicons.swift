import DossierModel
import Foundation

/// A known name from the general-knowledge lexicons: a place, an authority or a programme.
struct LexiconEntry: Sendable {
    let type: EntityType
    /// Every spelling the lexicon gives (English, French, acronyms), surface forms first.
    let names: [String]
    /// ISO country code of a place (its own code for a country).
    let country: String?
    /// `country`, `region`, `city`, or the authority `kind` (`sanctions authority`, `sanctions list`…).
    let kind: String

    /// Whether the entry knows the word `key` only as an acronym of at most `length` letters (`US`, `EAU`), so that
    /// written with lower-case letters (`Us`, `Eau`) it is another word.
    func knowsOnlyAsAcronym(_ key: String, length: Int) -> Bool {
        names.contains { $0.count <= length && $0 == $0.uppercased() && fold($0) == key }
            && !names.contains { fold($0) == key && $0 != $0.uppercased() }
    }
}

/// Phrases looked up by their folded token keys ("ministere americain du commerce").
struct PhraseTable<Value: Sendable>: Sendable {
    private(set) var table: [String: Value] = [:]
    private(set) var firstWords: Set<String> = []
    private(set) var maxLength = 1

    /// Adds a phrase; an existing phrase keeps its first value unless `replace` is set.
    mutating func add(_ phrase: String, _ value: Value, replace: Bool = false) {
        let keys = Tokenizer.tokenize(Array(phrase.unicodeScalars)).map(\.key)
        guard let first = keys.first else { return }
        let key = keys.joined(separator: " ")
        if table[key] != nil && !replace { return }
        table[key] = value
        firstWords.insert(first)
        maxLength = max(maxLength, keys.count)
    }

    func value(_ key: String) -> Value? { table[key] }

    /// The longest phrase starting at token `i` and ending before `limit`, as (token count, value).
    func longestMatch(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        guard i < limit, firstWords.contains(tokens[i].key) else { return nil }
        var key = ""
        var best: (Int, Value)? = nil
        for length in 1...maxLength where i + length <= limit {
            key += (length == 1 ? "" : " ") + tokens[i + length - 1].key
            if let v = table[key] { best = (length, v) }
        }
        return best
    }
}

/// The lexicons of `Lexicons/` (copied from shared/data/lexicons, see ORIGIN.md), loaded once.
struct Lexicons: Sendable {
    var places = PhraseTable<Int>()          // → entries index
    var authorities = PhraseTable<Int>()
    /// Well-known firms, media outlets, public bodies, product families and public figures (`known_names.tsv`).
    var knownNames = PhraseTable<Int>()
    /// Towns of 15,000 people or more missing from `cities.tsv` (`minor_places.tsv`): only a
    /// fallback for names that nothing else types.
    var minorPlaces = PhraseTable<Int>()
    var entries: [LexiconEntry] = []
    /// Demonym adjective (`russe`, `américaines`, `Russian`, `U.S.`) → country code.
    var demonyms: [String: String] = [:]
    /// Country code → (English name, French name).
    var countryNames: [String: (en: String, fr: String)] = [:]
    var firstNames = GivenNames()
    /// First names that are also ordinary words or place names (`Will`, `Paris`): weaker evidence.
    var ambiguousFirstNames: Set<String> = []
    var companySuffixes = PhraseTable<String>()
    var companyPrefixes = PhraseTable<String>()
    var roleTitles = PhraseTable<String>()
    var facilityNouns = PhraseTable<FacilityNoun>()
    var currencies = PhraseTable<String>()
    /// Folded name of a sanctions list or programme → the ids of the bodies that keep it, nearest
    /// first (the `parent` column of `authorities.tsv`: the Entity List is the BIS's, the SDN list OFAC's).
    var listKeepers: [String: [String]] = [:]
    /// Authority id of `authorities.tsv` → its folded names.
    var authorityNames: [String: Set<String>] = [:]

    struct FacilityNoun: Sendable {
        let kind: String
        let plural: Bool
        let language: String
        let lemma: String
    }

    static let shared: Lexicons = {
        var lex = Lexicons()
        lex.load()
        return lex
    }()

    private static func rows(_ file: String) -> [[String: String]] {
        guard let url = Bundle.module.url(forResource: file, withExtension: "tsv", subdirectory: "Lexicons")
                ?? Bundle.module.url(forResource: file, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            var row: [String: String] = [:]
            for (k, v) in zip(header, cells) where !v.isEmpty { row[k] = String(v) }
            return row
        }
    }

    private static func list(_ row: [String: String], _ keys: String...) -> [String] {
        keys.flatMap { (row[$0] ?? "").split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
    }

    /// `la Russie` → `Russie`; `l'Iran` → `Iran`.
    static func stripArticle(_ s: String) -> String {
        for a in ["le ", "la ", "les ", "l'", "l’", "the "] where s.lowercased().hasPrefix(a) {
            return String(s.dropFirst(a.count))
        }
        return s
    }

    private mutating func addEntry(_ entry: LexiconEntry, authority: Bool = false, phrases: [String]) {
        entries.append(entry)
        let id = entries.count - 1
        for p in phrases where !p.isEmpty {
            if authority { authorities.add(p, id) } else { places.add(p, id) }
        }
    }

    private mutating func load() {
        for r in Self.rows("countries") {
            guard let code = r["alpha2"], let en = r["en_name"] else { continue }
            let fr = r["fr_name"] ?? en
            countryNames[code] = (en, fr)
            let names = [fr, en] + Self.list(r, "en_alt") + Self.list(r, "fr_alt").map(Self.stripArticle)
            addEntry(LexiconEntry(type: .location, names: names, country: code, kind: "country"), phrases: names)
            for d in Self.list(r, "en_demonyms", "fr_demonym_ms", "fr_demonym_fs", "fr_demonym_mp", "fr_demonym_fp", "fr_demonym_alt") {
                if demonyms[fold(d)] == nil { demonyms[fold(d)] = code }
            }
        }
        for r in Self.rows("regions") {
            guard let en = r["en_name"] else { continue }
            let names = [r["fr_name"] ?? en, en] + Self.list(r, "en_alt", "fr_alt")
            addEntry(LexiconEntry(type: .location, names: names, country: r["country_code"], kind: "region"), phrases: names)
        }
        for r in Self.rows("cities") {
            guard let name = r["name"] else { continue }
            let names = [r["fr_name"] ?? name, name] + Self.list(r, "fr_alt") + Self.list(r, "ru_name")
            addEntry(LexiconEntry(type: .location, names: names, country: r["country_code"], kind: "city"), phrases: names)
        }
        for r in Self.rows("extra_places") {
            let names = Self.list(r, "names")
            guard !names.isEmpty else { continue }
            // A new spelling of a place already known (`UAE` beside `EAU`) joins that entry.
            let table = places
            let known = names.compactMap { name in table.value(Tokenizer.tokenize(Array(name.unicodeScalars)).map(\.key).joined(separator: " ")) }.first
            if let id = known {
                let e = entries[id]
                entries[id] = LexiconEntry(type: e.type, names: e.names + names.filter { !e.names.contains($0) }, country: e.country, kind: e.kind)
                for n in names { places.add(n, id) }
                continue
            }
            addEntry(LexiconEntry(type: .location, names: names, country: r["country_code"], kind: r["kind"] ?? (r["country_code"] == nil ? "macro-region" : "region")), phrases: names)
        }
        for name in Vocabulary.macroRegions {
            addEntry(LexiconEntry(type: .location, names: [name], country: nil, kind: "macro-region"), phrases: [name])
        }
        var parents: [String: String] = [:]
        var lists: [(id: String, names: Set<String>)] = []
        for r in Self.rows("authorities") {
            let kind = r["kind"] ?? ""
            let type: EntityType = ["sanctions list", "export control list", "sanctions programme", "regulation"].contains(kind) ? .sanction : .organization
            let names = Self.list(r, "fr_name", "en_name", "acronyms", "en_alt", "fr_alt")
            addEntry(LexiconEntry(type: type, names: names, country: r["jurisdiction"], kind: kind), authority: true, phrases: names)
            guard let id = r["id"] else { continue }
            let folded = Set(names.map(fold).filter { !$0.isEmpty })
            authorityNames[id] = folded
            parents[id] = r["parent"]
            if ["sanctions list", "export control list", "sanctions programme"].contains(kind) { lists.append((id, folded)) }
        }
        for list in lists {
            var chain: [String] = []
            var at = parents[list.id]
            while let p = at, chain.count < 3, !chain.contains(p) { chain.append(p); at = parents[p] }
            for n in list.names { listKeepers[n] = chain }
        }
        for r in Self.rows("known_names") {
            let names = Self.list(r, "names")
            guard !names.isEmpty else { continue }
            let type: EntityType = ["Organization": .organization, "Product": .product, "Person": .person][r["type"] ?? ""] ?? .company
            let kind = r["media"] == "y" ? "media" : "known \(type.rawValue.lowercased())"
            entries.append(LexiconEntry(type: type, names: names, country: r["country"], kind: kind))
            for n in names { knownNames.add(n, entries.count - 1) }
        }
        for r in Self.rows("minor_places") {
            guard let name = r["name"] else { continue }
            entries.append(LexiconEntry(type: .location, names: [name], country: r["country_code"], kind: "city"))
            minorPlaces.add(name, entries.count - 1)
        }
        for r in Self.rows("first_names") {
            guard let name = r["name"] else { continue }
            firstNames.insert(fold(name))
            if r["common_word"] == "yes" || r["place_name"] == "yes" { ambiguousFirstNames.insert(fold(name)) }
        }
        for r in Self.rows("company_forms") + Self.rows("company_forms_extra") {
            guard let form = r["form"] else { continue }
            let norm = r["normalized"] ?? form
            let pos = r["position"] ?? "suffix"
            if pos != "prefix" { companySuffixes.add(form, norm) }
            if pos != "suffix" { companyPrefixes.add(form, norm) }
        }
        for r in Self.rows("role_titles") + Self.rows("role_titles_extra") {
            guard let t = r["title"], let role = r["normalized_role"] else { continue }
            roleTitles.add(t, role)
        }
        for r in Self.rows("facility_nouns") + Self.rows("facility_nouns_extra") {
            guard let noun = r["noun"], let kind = r["kind"] else { continue }
            facilityNouns.add(noun, FacilityNoun(kind: kind, plural: r["number"] == "pl", language: r["language"] ?? "",
                                                 lemma: r["lemma"] ?? noun))
        }
        for r in Self.rows("currencies") {
            guard let code = r["code"] else { continue }
            for n in Self.list(r, "en_name", "en_plural", "en_alt", "fr_name", "fr_plural", "fr_alt", "symbols", "ru_alt") {
                currencies.add(n, code)
            }
            currencies.add(code, code)
        }
        // The bare words go to the currency news usually means, not the first table row.
        for (word, code) in [("dollar", "USD"), ("dollars", "USD"), ("$", "USD"), ("euro", "EUR"), ("euros", "EUR"),
                             ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("yuan", "CNY"),
                             ("pound", "GBP"), ("pounds", "GBP"), ("livres", "GBP"), ("livre sterling", "GBP"), ("yen", "JPY")] {
            currencies.add(word, code, replace: true)
        }
    }
}

/// Given names, folded. French writes compound given names with a hyphen (`Jean-Pierre`, `Henri-Max`):
/// a compound of two given names is one too.
struct GivenNames {
    private var names: Set<String> = []

    mutating func insert(_ name: String) { names.insert(name) }

    func contains(_ key: String) -> Bool {
        if names.contains(key) { return true }
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { names.contains(String($0)) }
    }
}
