/// The HTML elements the extractor tells apart; every other name is `.other` (a block boundary).
/// Names are matched on their bytes (libxml2 lower-cases them) so the SAX pass allocates nothing.
enum HTMLTag: UInt8, Sendable {
    case other, html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas
    case select, textarea, button, option, input, label, video, audio, picture, source
    case p, div, section, article, main, aside, header, footer, nav, form
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre
    case table, tr, td, th, caption, figure, figcaption, address, hr, br
    case a, span, b, i, em, strong, u, small, sub, sup, abbr, cite, code, q, mark, time
    case font, s, strike, del, ins, `var`, kbd, samp, dfn, bdi, bdo, wbr, big, tt, data, acronym, img

    /// Text inside these elements never reaches the document.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas,
             .select, .textarea, .button, .option, .input, .label, .video, .audio, .head:
            return true
        default: return false
        }
    }

    /// Inline elements continue the current block; everything else starts or ends one.
    var isInline: Bool { rawValue >= HTMLTag.a.rawValue || self == .picture || self == .source }

    /// Elements whose attributes or text the metadata reader wants.
    var carriesMetadata: Bool {
        switch self {
        case .meta, .link, .html, .title, .h1, .script, .a, .time: return true
        default: return false
        }
    }

    var isHeading: Bool { rawValue >= HTMLTag.h1.rawValue && rawValue <= HTMLTag.h6.rawValue }

    /// Elements that hold page chrome (or picture captions) rather than the article's prose.
    var isChrome: Bool { self == .nav || self == .footer || self == .aside || self == .form || self == .figure || self == .figcaption }

    init(name: UnsafePointer<UInt8>) {
        let key = Self.packedKey(name)
        self = key.long ? (Self.longNames[key.string()] ?? .other) : (Self.shortNames[key.value] ?? .other)
    }

    /// Up to eight bytes packed into an integer: an exact key for short names.
    struct PackedKey {
        var value: UInt64
        var long: Bool
        var pointer: UnsafePointer<UInt8>
        func string() -> String { String(cString: pointer) }
    }

    static func packedKey(_ name: UnsafePointer<UInt8>) -> PackedKey {
        var value: UInt64 = 0
        var i = 0
        while i < 8 {
            let c = name[i]
            if c == 0 { return PackedKey(value: value, long: false, pointer: name) }
            value = value << 8 | UInt64(c | 0x20)
            i += 1
        }
        return PackedKey(value: value, long: name[8] != 0, pointer: name)
    }

    static func packed(_ s: String) -> UInt64 {
        s.utf8.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let names: [(String, HTMLTag)] = [
        ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
        ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
        ("svg", .svg), ("math", .math), ("iframe", .iframe), ("object", .object), ("embed", .embed),
        ("canvas", .canvas), ("select", .select), ("textarea", .textarea), ("button", .button),
        ("option", .option), ("input", .input), ("label", .label), ("video", .video), ("audio", .audio),
        ("picture", .picture), ("source", .source), ("p", .p), ("div", .div), ("section", .section),
        ("article", .article), ("main", .main), ("aside", .aside), ("header", .header), ("footer", .footer),
        ("nav", .nav), ("form", .form), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5),
        ("h6", .h6), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd),
        ("blockquote", .blockquote), ("pre", .pre), ("table", .table), ("tr", .tr), ("td", .td), ("th", .th),
        ("caption", .caption), ("figure", .figure), ("figcaption", .figcaption), ("address", .address),
        ("hr", .hr), ("br", .br), ("a", .a), ("span", .span), ("b", .b), ("i", .i), ("em", .em),
        ("strong", .strong), ("u", .u), ("small", .small), ("sub", .sub), ("sup", .sup), ("abbr", .abbr),
        ("cite", .cite), ("code", .code), ("q", .q), ("mark", .mark), ("time", .time), ("font", .font),
        ("s", .s), ("strike", .strike), ("del", .del), ("ins", .ins), ("var", .var), ("kbd", .kbd),
        ("samp", .samp), ("dfn", .dfn), ("bdi", .bdi), ("bdo", .bdo), ("wbr", .wbr), ("big", .big),
        ("tt", .tt), ("data", .data), ("acronym", .acronym), ("img", .img),
    ]
    private static let shortNames: [UInt64: HTMLTag] = Dictionary(
        names.filter { $0.0.utf8.count <= 8 }.map { (packed($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
    private static let longNames: [String: HTMLTag] = Dictionary(
        names.filter { $0.0.utf8.count > 8 }.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
}

/// The attributes the extractor reads, matched on bytes like tags.
enum HTMLAttribute: UInt8 {
    case other, `class`, id, role, itemprop, style, hidden, ariaHidden, property, name, content
    case charset, httpEquiv, href, rel, datetime, lang, type

    /// A switch on the first byte, then a byte comparison: attributes are the most frequent lookups.
    init(name p: UnsafePointer<UInt8>) {
        func eq(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            for k in 1..<n where p[k] != word.utf8Start[k] { return false }
            return p[n] == 0
        }
        switch p[0] {
        case 0x63: self = eq("class") ? .class : eq("content") ? .content : eq("charset") ? .charset : .other
        case 0x69: self = eq("id") ? .id : eq("itemprop") ? .itemprop : .other
        case 0x72: self = eq("rel") ? .rel : eq("role") ? .role : .other
        case 0x73: self = eq("style") ? .style : .other
        case 0x68: self = eq("href") ? .href : eq("hidden") ? .hidden : eq("http-equiv") ? .httpEquiv : .other
        case 0x61: self = eq("aria-hidden") ? .ariaHidden : .other
        case 0x70: self = eq("property") ? .property : .other
        case 0x6E: self = eq("name") ? .name : .other
        case 0x64: self = eq("datetime") ? .datetime : .other
        case 0x6C: self = eq("lang") ? .lang : .other
        case 0x74: self = eq("type") ? .type : .other
        default: self = .other
        }
    }
}
