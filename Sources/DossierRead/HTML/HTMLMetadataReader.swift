import Foundation

/// Turns what the scan saw in `<head>`, JSON-LD and bylines into the document's metadata.
/// Preference order per field: JSON-LD article object / OpenGraph / meta tags / markup fallbacks.
struct HTMLMetadataReader {
    let raw: RawPageMetadata
    /// The first non-blank value of each meta key.
    private let metas: [String: String]

    init(raw: RawPageMetadata) {
        self.raw = raw
        var metas: [String: String] = [:]
        for (key, value) in raw.metas where metas[key] == nil && value.utf8.contains(where: { $0 > 0x20 }) {
            metas[key] = value
        }
        self.metas = metas
    }

    func read() -> DocumentMetadata {
        let ld = JSONLDArticle(scripts: raw.jsonLD)
        var m = DocumentMetadata()
        let siteName = first([meta("og:site_name"), ld.publisher, meta("application-name")])
        m.siteName = siteName
        m.title = first([meta("og:title"), ld.headline, meta("twitter:title"), meta("dc.title"), raw.title]) { cleanTitle($0, siteName: siteName) }
            ?? first([raw.firstH1])
        m.authors = authors(ld: ld)
        m.published = first([ld.datePublished, meta("article:published_time"), meta("og:published_time"),
                             meta("datepublished"), meta("date"), meta("pubdate"), meta("publishdate"), meta("publish-date"),
                             meta("dc.date.issued"), meta("dc.date"), meta("dcterms.created"), meta("dcterms.issued"),
                             meta("sailthru.date"), meta("parsely-pub-date"), raw.timeDatetimes.first], ISODate.normalize)
        m.modified = first([ld.dateModified, meta("article:modified_time"), meta("og:updated_time"), meta("datemodified"),
                            meta("last-modified"), meta("dcterms.modified")], ISODate.normalize)
        m.language = first([raw.htmlLang, meta("og:locale"), ld.inLanguage, meta("content-language"), meta("dc.language"),
                            meta("language")], Self.languageCode)
        m.url = first([raw.canonical, meta("og:url"), ld.url])
        m.summary = first([meta("og:description"), meta("description"), ld.description, meta("twitter:description")])
        if !ld.about.isEmpty { m.extra["jsonld.about"] = ld.about.joined(separator: "|") }
        if !ld.mentions.isEmpty { m.extra["jsonld.mentions"] = ld.mentions.joined(separator: "|") }
        if let type = ld.type { m.extra["jsonld.type"] = type }
        if let keywords = first([ld.keywords, meta("news_keywords"), meta("keywords")]) { m.extra["keywords"] = keywords }
        if let section = first([ld.section, meta("article:section")]) { m.extra["section"] = section }
        return m
    }

    private func meta(_ key: String) -> String? { metas[key] }

    /// The first candidate that is non-blank once transformed; later candidates are not transformed
    /// (date parsing and title cleaning cost more than the lookups).
    private func first(_ candidates: [String?], _ transform: (String) -> String? = { $0 }) -> String? {
        for case let candidate? in candidates {
            if let value = transform(candidate).flatMap(nonEmpty) { return value }
        }
        return nil
    }

    private func nonEmpty(_ s: String) -> String? {
        let t = HTMLText.collapse(s)
        return t.isEmpty ? nil : t
    }

    private func authors(ld: JSONLDArticle) -> [String] {
        var names = ld.authors
        if names.isEmpty {
            names = raw.metas.filter { ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"].contains($0.key) }
                .map(\.value).filter { !$0.contains("://") }
        }
        if names.isEmpty { names = raw.authorLinks }
        if names.isEmpty, let byline = raw.bylines.first { names = Self.namesInByline(byline) }
        var seen = Set<String>()
        return names.map(HTMLText.collapse).map(Self.stripBy).filter { !$0.isEmpty && $0.count < 80 && seen.insert($0.lowercased()).inserted }
    }

    /// "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"].
    static func namesInByline(_ byline: String) -> [String] {
        stripBy(HTMLText.collapse(byline))
            .replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " et ", with: ",")
            .split(separator: ",").map(\.trimmed).filter { !$0.isEmpty }
    }

    static func stripBy(_ s: String) -> String {
        for prefix in ["By ", "by ", "BY ", "Par ", "par ", "PAR "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
        return s
    }

    /// Drops a " | Site" or " - Site" suffix (or prefix) when it names the site or is clearly the shorter part.
    func cleanTitle(_ title: String, siteName: String?) -> String {
        let t = HTMLText.collapse(title)
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] where t.containsBytes(separator) {
            let parts = t.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let site = siteName?.lowercased()
            if let site, let last = parts.last, last.lowercased().contains(site) || site.contains(last.lowercased()) {
                return parts.dropLast().joined(separator: separator)
            }
            if let site, let head = parts.first, head.lowercased() == site { return parts.dropFirst().joined(separator: separator) }
            if separator == " | ", let longest = parts.max(by: { $0.count < $1.count }) { return longest }
            if let last = parts.last, last.split(separator: " ").count <= 3, parts.dropLast().joined().count > 2 * last.count {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return t
    }

    /// "fr-FR", "fr_FR", "French"… → "fr"; nil when not a language tag.
    static func languageCode(_ raw: String) -> String? {
        let s = raw.trimmed.lowercased()
        let names = ["english": "en", "french": "fr", "français": "fr", "francais": "fr", "russian": "ru", "german": "de", "spanish": "es"]
        if let code = names[s] { return code }
        let primary = s.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == ";" }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return primary
    }
}

/// The article object of a page's schema.org JSON-LD (`NewsArticle`, `Article`, `BlogPosting`…),
/// found at top level, in arrays or in `@graph`.
struct JSONLDArticle {
    var type: String?
    var headline, datePublished, dateModified, inLanguage, url, description, publisher, keywords, section: String?
    var articleBody: String?
    var authors: [String] = []
    var about: [String] = []
    var mentions: [String] = []

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        // Parsing JSON is the dearest step of the metadata: skip scripts that cannot hold an article.
        for script in scripts where script.containsBytes("Article") || script.containsBytes("Posting")
            || script.containsBytes("WebPage") || script.containsBytes("Report") {
            guard let json = Self.parse(script) else { continue }
            Self.collect(json, into: &objects, depth: 0)
        }
        let article = objects.first { Self.types($0).contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0 == "Report" } }
            ?? objects.first { Self.types($0).contains { $0.hasSuffix("WebPage") } }
        guard let article else { return }
        type = Self.types(article).first
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        dateModified = Self.string(article["dateModified"])
        inLanguage = Self.string(article["inLanguage"]) ?? Self.names(article["inLanguage"]).first
        url = Self.string(article["url"]) ?? Self.string(article["mainEntityOfPage"]) ?? Self.id(article["mainEntityOfPage"])
        description = Self.string(article["description"])
        publisher = Self.names(article["publisher"]).first
        keywords = Self.string(article["keywords"]) ?? Self.list(article["keywords"]).map { $0.joined(separator: ", ") }
        section = Self.string(article["articleSection"]) ?? Self.list(article["articleSection"])?.first
        articleBody = Self.string(article["articleBody"])
        authors = Self.names(article["author"]).filter { !$0.contains("://") }
        about = Self.names(article["about"])
        mentions = Self.names(article["mentions"])
    }

    /// Strict JSON first; pages often wrap it in comments or CDATA or leave raw newlines inside strings.
    private static func parse(_ script: String) -> Any? {
        if let json = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]) { return json }
        var s = script
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] where s.contains(wrapper) {
            s = s.replacingOccurrences(of: wrapper, with: "")
        }
        let cleaned = String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    private static func collect(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 4 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(_ object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String, s.utf8.contains(where: { $0 > 0x20 }) else { return nil }
        return s
    }

    private static func list(_ value: Any?) -> [String]? {
        (value as? [Any])?.compactMap { $0 as? String }
    }

    private static func id(_ value: Any?) -> String? {
        string((value as? [String: Any])?["@id"])
    }

    /// Names of a thing or list of things: strings as they are, objects by `name`.
    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let s as String: return [s]
        case let object as [String: Any]: return string(object["name"]).map { [$0] } ?? []
        case let array as [Any]: return array.flatMap { names($0) }
        default: return []
        }
    }
}
