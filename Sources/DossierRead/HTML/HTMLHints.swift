/// What an element's `class`, `id` and `role` say about it: page chrome, or article content.
/// General vocabulary of web templates only — no site-specific names.
struct HTMLHints: OptionSet, Sendable {
    let rawValue: UInt16
    /// Comments, share bars, related lists, ads, newsletters, footers, sidebars, cookie banners…
    static let boilerplate = HTMLHints(rawValue: 1 << 0)
    /// article, content, entry, post, story, body…
    static let content = HTMLHints(rawValue: 1 << 1)
    /// schema.org `itemprop="articleBody"` (or a class that says article-body).
    static let articleBody = HTMLHints(rawValue: 1 << 2)
    /// `<main>`, `role="main"`, `<article>`, `role="article"`.
    static let landmark = HTMLHints(rawValue: 1 << 3)
    /// `hidden`, `aria-hidden="true"`, `display:none`: never rendered text.
    static let hidden = HTMLHints(rawValue: 1 << 4)
    /// Navigation, banner, contentinfo and similar roles or elements.
    static let chrome = HTMLHints(rawValue: 1 << 5)
    /// A byline container (author names), read for metadata.
    static let byline = HTMLHints(rawValue: 1 << 6)

    /// Classifies one `class` or `id` value: a byte scan over its alphanumeric segments, no allocation.
    static func classify(_ value: UnsafePointer<UInt8>) -> HTMLHints {
        let vocabulary = table   // once per value, not a lazy-global check per segment
        var hints: HTMLHints = []
        var start = 0, i = 0
        var previousWasContent = false
        while true {
            if i == start, startsTaxonomyClass(value + i) {
                while value[i] != 0 && value[i] != 0x20 { i += 1 }   // skip the whole class name
                start = i + 1
                if value[i] == 0 { break }
                i += 1
                continue
            }
            let c = value[i]
            let isWordByte = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            if !isWordByte {
                let endsName = c == 0 || c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
                if i > start {
                    let h = vocabulary.classify(value + start, count: i - start, endsName: endsName)
                    // Two content words in a row ("article-body", "entry-content") name the body itself.
                    if h.contains(.content), previousWasContent { hints.insert(.articleBody) }
                    previousWasContent = h.contains(.content)
                    hints.formUnion(h)
                }
                if endsName { previousWasContent = false }
                if c == 0 { break }
                start = i + 1
            }
            i += 1
        }
        // "article-body" is the strongest word a template uses; otherwise chrome words win over "content".
        if hints.contains(.articleBody) { hints.remove(.boilerplate) } else if hints.contains(.boilerplate) { hints.remove(.content) }
        return hints
    }

    /// CMS taxonomy classes (`category-promotions`, `tag-comments`) name the article's topics, not its parts.
    private static func startsTaxonomyClass(_ p: UnsafePointer<UInt8>) -> Bool {
        func starts(_ prefix: StaticString) -> Bool {
            for k in 0..<prefix.utf8CodeUnitCount where p[k] | 0x20 != prefix.utf8Start[k] { return false }
            return true
        }
        switch p[0] | 0x20 {
        case 0x63: return starts("category-")
        case 0x74: return starts("tag-") || starts("topic-") || starts("type-")
        case 0x73: return starts("section-")
        case 0x66: return starts("format-")
        default: return false
        }
    }

    /// The vocabulary as flat arrays of plain values: no reference counting per rule tried.
    private struct Table {
        struct Rule { var offset: Int; var count: Int; var exact: Bool; var last: Bool; var hints: HTMLHints }
        /// Every word's lower-case bytes, back to back.
        var bytes: [UInt8] = []
        /// Rules grouped by first letter: those of letter k are `rules[bucket[k]..<bucket[k + 1]]`.
        var rules: [Rule] = []
        var bucket: [Int] = []

        func classify(_ s: UnsafePointer<UInt8>, count: Int, endsName: Bool) -> HTMLHints {
            let first = s[0] | 0x20
            guard first >= 0x61, first <= 0x7A else { return [] }
            let letter = Int(first - 0x61)
            rules: for r in bucket[letter]..<bucket[letter + 1] {
                let rule = rules[r]
                let n = rule.count
                if count < n || (rule.exact && count != n) || (rule.last && !endsName) { continue }
                for k in 1..<n where s[k] | 0x20 != bytes[rule.offset + k] { continue rules }
                return rule.hints
            }
            return []
        }
    }

    /// `=word` matches the whole segment, `word` a segment that starts with it, `$word` the whole
    /// last segment of a class name (`post-tags` but not WordPress's taxonomy class `tag-foo`).
    private static let vocabulary: [(String, HTMLHints)] = [
        ("=ad", .boilerplate), ("=ads", .boilerplate), ("advert", .boilerplate), ("adsby", .boilerplate),
        ("adslot", .boilerplate), ("adunit", .boilerplate), ("adwrap", .boilerplate), ("adcontainer", .boilerplate),
        ("=nav", .boilerplate), ("navbar", .boilerplate), ("navigation", .boilerplate), ("=menu", .boilerplate),
        ("share", .boilerplate), ("sharing", .boilerplate), ("social", .boilerplate), ("$tags", .boilerplate),
        ("$tag", .boilerplate), ("comment", .boilerplate), ("disqus", .boilerplate), ("related", .boilerplate),
        ("promo", .boilerplate), ("newsletter", .boilerplate), ("footer", .boilerplate), ("sidebar", .boilerplate),
        ("cookie", .boilerplate), ("consent", .boilerplate), ("gdpr", .boilerplate), ("breadcrumb", .boilerplate),
        ("subscri", .boilerplate), ("signup", .boilerplate), ("recommend", .boilerplate), ("outbrain", .boilerplate),
        ("taboola", .boilerplate), ("sponsor", .boilerplate), ("popular", .boilerplate), ("trending", .boilerplate),
        ("=modal", .boilerplate), ("popup", .boilerplate), ("=banner", .boilerplate),
        ("masthead", .boilerplate), ("toolbar", .boilerplate), ("pagination", .boilerplate), ("=pager", .boilerplate),
        ("=print", .boilerplate), ("=skip", .boilerplate), ("=sronly", .boilerplate), ("visuallyhidden", .boilerplate),
        ("=rss", .boilerplate), ("=mostread", .boilerplate), ("=most", .boilerplate), ("readmore", .boilerplate),
        ("caption", .boilerplate), ("credit", .boilerplate), ("gallery", .boilerplate), ("slideshow", .boilerplate),
        ("carousel", .boilerplate), ("timestamp", .boilerplate), ("=date", .boilerplate), ("=meta", .boilerplate),
        ("=byline", [.boilerplate, .byline]), ("=author", [.boilerplate, .byline]), ("=authors", [.boilerplate, .byline]),
        ("articlebody", [.content, .articleBody]), ("storybody", [.content, .articleBody]),
        ("article", .content), ("content", .content), ("entry", .content), ("=post", .content),
        ("story", .content), ("=body", .content), ("=text", .content), ("=main", .content), ("=prose", .content),
        ("=blog", .content),
    ]

    private static let table: Table = {
        var t = Table()
        for letter in UInt8(0x61)...UInt8(0x7A) {
            t.bucket.append(t.rules.count)
            for (spec, hints) in vocabulary {
                let exact = spec.hasPrefix("=") || spec.hasPrefix("$"), last = spec.hasPrefix("$")
                let word = Array((exact ? String(spec.dropFirst()) : spec).utf8)
                guard word[0] == letter else { continue }
                t.rules.append(Table.Rule(offset: t.bytes.count, count: word.count, exact: exact, last: last, hints: hints))
                t.bytes += word
            }
        }
        t.bucket.append(t.rules.count)
        return t
    }()

    /// `role="…"` values.
    static func classifyRole(_ value: UnsafePointer<UInt8>) -> HTMLHints {
        switch String(cString: value).lowercased() {
        case "main", "article": return .landmark
        case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
             "alertdialog", "toolbar", "alert": return .chrome
        default: return []
        }
    }
}
