import CLibXML2
import Foundation

/// One run of text between two block boundaries, with the statistics the selector scores.
struct TextBlock: Sendable {
    /// Byte range in `HTMLScan.text` (UTF-8, whitespace already collapsed).
    var start: Int
    var end: Int
    /// Unicode scalars in the block, and how many of them sit inside links.
    var chars: Int
    var linkChars: Int
    var commas: Int
    /// The nearest enclosing block-level element and its tag.
    var element: Int32
    var tag: HTMLTag
}

/// One element of the page: enough to walk from a block up to the body.
struct ScannedElement: Sendable {
    var parent: Int32
    var tag: HTMLTag
    var hints: HTMLHints
}

/// Metadata seen during the pass, still raw (the metadata reader cleans it).
struct RawPageMetadata: Sendable {
    /// `<meta>` pairs keyed by lower-cased `name`, `property`, `itemprop` or `http-equiv`.
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var title: String?
    var firstH1: String?
    var htmlLang: String?
    var canonical: String?
    var timeDatetimes: [String] = []
    var authorLinks: [String] = []
    var bylines: [String] = []
}

/// One streaming SAX pass of libxml2's HTML parser over UTF-8 bytes: blocks of text with their
/// link and comma counts, the element tree as parent links with class/id hints, and raw metadata.
/// No DOM is built; the selector scores the blocks afterwards. A struct reached through a raw pointer
/// from the callbacks: no reference counting and no dynamic exclusivity checks per SAX event.
struct HTMLScan {
    private(set) var elements: [ScannedElement] = []
    private(set) var blocks: [TextBlock] = []
    private(set) var text: [UInt8] = []
    var metadata = RawPageMetadata()
    private(set) var errorCount = 0
    private(set) var tooDeep = false

    private let maxDepth: Int
    private var context: htmlParserCtxtPtr?
    /// An open element: its id, its name (libxml2 interns names in its dictionary, so pointers compare
    /// names), its tag, and the nearest block-level element at or above it.
    private struct OpenElement {
        var id: Int32
        var blockOwner: Int32
        var tag: HTMLTag
        var name: UnsafePointer<UInt8>
    }
    private var stack: [OpenElement] = []
    /// Tags by interned name pointer: a direct-mapped cache in front of the byte lookup.
    private var tagCache = [(UnsafePointer<UInt8>?, HTMLTag)](repeating: (nil, .other), count: 256)
    private var blockStart = 0, blockChars = 0, blockLinkChars = 0, blockCommas = 0
    private var pendingSpace = false
    private var anchorDepth = 0
    /// Open `<form>` elements: a comment form's "Name *" field is not a byline.
    private var formDepth = 0
    private var skipLevel = Int.max

    private enum CaptureKind { case title, h1, jsonLD, authorLink, byline }
    private var capture: (kind: CaptureKind, level: Int)?
    private var captured: [UInt8] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
        text.reserveCapacity(1 << 16)
        elements.reserveCapacity(4096)
        blocks.reserveCapacity(512)
    }

    /// Runs the pass. `bytes` must be valid UTF-8 (see `HTMLCharset`).
    static func scan(utf8 bytes: UnsafeRawBufferPointer, maxDepth: Int) -> HTMLScan {
        LibXML.ensureInitialized()
        guard let base = bytes.baseAddress, bytes.count > 0,
              let ctxt = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count))
        else { return HTMLScan(maxDepth: maxDepth) }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NODEFDTD.rawValue
        htmlCtxtUseOptions(ctxt, Int32(options))
        // Without this libxml2 2.9 falls back to Latin-1 for undeclared pages; the bytes are UTF-8 by now.
        _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        ctxt.pointee.sax.pointee = handler
        let state = UnsafeMutablePointer<HTMLScan>.allocate(capacity: 1)
        state.initialize(to: HTMLScan(maxDepth: maxDepth))
        state.pointee.context = ctxt
        ctxt.pointee.userData = UnsafeMutableRawPointer(state)
        _ = htmlParseDocument(ctxt)
        state.pointee.flushBlock()
        state.pointee.context = nil
        ctxt.pointee.userData = nil
        if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc); ctxt.pointee.myDoc = nil }
        let scan = state.move()
        state.deallocate()
        return scan
    }

    nonisolated(unsafe) private static let handler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: HTMLScan.self).pointee.start(name, atts)
        }
        h.endElement = { ctx, name in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: HTMLScan.self).pointee.end(name)
        }
        h.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            ctx.assumingMemoryBound(to: HTMLScan.self).pointee.characters(ch, Int(len))
        }
        h.cdataBlock = h.characters
        h.ignorableWhitespace = h.characters
        h.serror = { ctx, _ in
            guard let ctx else { return }
            ctx.assumingMemoryBound(to: HTMLScan.self).pointee.errorCount += 1
        }
        return h
    }()

    // MARK: SAX events

    private mutating func start(_ name: UnsafePointer<UInt8>, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if stack.count >= maxDepth {
            tooDeep = true
            if let context { xmlStopParser(context) }
            return
        }
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: name) >> 3) & 255
        let tag: HTMLTag
        if tagCache[slot].0 == name { tag = tagCache[slot].1 } else { tag = HTMLTag(name: name); tagCache[slot] = (name, tag) }
        var hints: HTMLHints = tag == .main || tag == .article ? .landmark : []
        if tag.isChrome { hints.insert(.chrome) }
        var found = FoundAttributes()
        // Inside skipped content (scripts, SVG icons, hidden parts) only metadata tags need their attributes.
        let readsAttributes = skipLevel == Int.max || tag.carriesMetadata || tag == .body
        if readsAttributes, let atts {
            var k = 0
            while let attName = atts[k] {
                let value = atts[k + 1]
                k += 2
                let attribute = HTMLAttribute(name: attName)
                guard let value else {
                    if attribute == .hidden { hints.insert(.hidden) }
                    continue
                }
                switch attribute {
                case .other: continue
                case .class, .id:
                    if tag != .body && tag != .html { hints.formUnion(HTMLHints.classify(value)) }
                case .role: hints.formUnion(HTMLHints.classifyRole(value))
                case .hidden: hints.insert(.hidden)
                case .ariaHidden: if Self.equalsIgnoringCase(value, "true") { hints.insert(.hidden) }
                case .style: if Self.styleHides(value) { hints.insert(.hidden) }
                case .itemprop:
                    if Self.equalsIgnoringCase(value, "articlebody") { hints.formUnion([.articleBody, .content]) }
                    found.keep(attribute, value)
                default: found.keep(attribute, value)
                }
            }
        }
        if tag.carriesMetadata || found.itemprop != nil || found.datetime != nil { noteMetadata(tag, found) }
        if hints.contains(.byline), capture == nil, skipLevel == Int.max, formDepth == 0 { beginCapture(.byline) }

        let id = Int32(elements.count)
        let parent = stack.last
        elements.append(ScannedElement(parent: parent?.id ?? -1, tag: tag, hints: hints))
        if !tag.isInline { flushBlock() }
        if tag == .br, text.count > blockStart, skipLevel == Int.max { text.append(0x0A); pendingSpace = false }
        stack.append(OpenElement(id: id, blockOwner: tag.isInline ? (parent?.blockOwner ?? -1) : id, tag: tag, name: name))
        if tag == .a { anchorDepth += 1 }
        if tag == .form { formDepth += 1 }
        if skipLevel == Int.max, tag.isSkipped || hints.contains(.hidden) { skipLevel = stack.count - 1 }
    }

    private mutating func end(_ name: UnsafePointer<UInt8>) {
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        while stack.count > index {
            let closing = stack[stack.count - 1].tag
            if !closing.isInline { flushBlock() }
            if closing == .a { anchorDepth -= 1 }
            if closing == .form { formDepth -= 1 }
            stack.removeLast()
            if let capture, capture.level >= stack.count { endCapture() }
            if skipLevel >= stack.count { skipLevel = Int.max }
        }
    }

    private mutating func characters(_ ch: UnsafePointer<UInt8>, _ count: Int) {
        if capture != nil, captured.count < 1 << 20 { captured.append(contentsOf: UnsafeBufferPointer(start: ch, count: count)) }
        guard skipLevel == Int.max else { return }
        // Work on locals (the buffer is swapped out, not copied): no exclusivity checks per byte.
        var text: [UInt8] = []
        swap(&text, &self.text)
        defer { swap(&text, &self.text) }
        var chars = 0, commas = 0
        var pendingSpace = self.pendingSpace
        let blockStart = self.blockStart
        let inLink = anchorDepth > 0
        var i = 0
        while i < count {
            var c = ch[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true; i += 1; continue
            }
            if c == 0xC2, i + 1 < count {
                let d = ch[i + 1]
                if d == 0xA0 { pendingSpace = true; i += 2; continue }   // NBSP
                if d == 0xAD { i += 2; continue }                         // soft hyphen
            } else if c == 0xE2, i + 2 < count, ch[i + 1] == 0x80 {
                let d = ch[i + 2]
                if d == 0x8B || d == 0x8C || d == 0x8E || d == 0x8F { i += 3; continue }   // zero-width, direction marks
                if d == 0xAF || d == 0x87 || d == 0x89 || d == 0x8A || d == 0xA8 || d == 0xA9 {  // narrow/thin spaces, separators
                    pendingSpace = true; i += 3; continue
                }
            } else if c == 0xEF, i + 2 < count, ch[i + 1] == 0xBB, ch[i + 2] == 0xBF {
                i += 3; continue                                          // stray BOM / ZWNBSP
            }
            if pendingSpace {
                if text.count > blockStart, text[text.count - 1] != 0x0A { text.append(0x20) }
                pendingSpace = false
            }
            // A run of ordinary bytes up to the next whitespace or possible special sequence, copied at once.
            let run = i
            repeat {
                if c & 0xC0 != 0x80 {
                    chars += 1
                    if c == 0x2C { commas += 1 }
                }
                i += 1
                guard i < count else { break }
                c = ch[i]
            } while c > 0x20 && c != 0xC2 && c != 0xE2 && c != 0xEF
            text.append(contentsOf: UnsafeBufferPointer(start: ch + run, count: i - run))
        }
        self.pendingSpace = pendingSpace
        blockChars += chars
        blockCommas += commas
        if inLink { blockLinkChars += chars }
    }

    private mutating func flushBlock() {
        if blockChars > 0 {
            let owner = stack.last?.blockOwner ?? -1
            blocks.append(TextBlock(start: blockStart, end: text.count, chars: blockChars, linkChars: blockLinkChars,
                                    commas: blockCommas, element: owner,
                                    tag: owner >= 0 ? elements[Int(owner)].tag : .other))
        } else if text.count > blockStart {
            text.removeSubrange(blockStart...)
        }
        blockStart = text.count
        blockChars = 0; blockLinkChars = 0; blockCommas = 0
        pendingSpace = false
    }

    // MARK: Metadata

    /// Attribute values of the current start tag, by `HTMLAttribute` (pointers into libxml2's buffers).
    /// Plain stored fields and a switch: no key paths, no strings until a value is used.
    private struct FoundAttributes {
        var itemprop, property, name, content, httpEquiv, href, rel, datetime, lang, type: UnsafePointer<UInt8>?

        /// Keeps the value of an attribute the metadata reader may want; the others are ignored.
        mutating func keep(_ a: HTMLAttribute, _ value: UnsafePointer<UInt8>) {
            switch a {
            case .itemprop: itemprop = value
            case .property: property = value
            case .name: name = value
            case .content: content = value
            case .httpEquiv: httpEquiv = value
            case .href: href = value
            case .rel: rel = value
            case .datetime: datetime = value
            case .lang: lang = value
            case .type: type = value
            default: break
            }
        }
    }

    private static func string(_ value: UnsafePointer<UInt8>?) -> String? {
        value.map { String(cString: $0) }
    }

    private mutating func noteMetadata(_ tag: HTMLTag, _ found: FoundAttributes) {
        switch tag {
        case .meta:
            guard let content = Self.string(found.content) else { return }
            for key in [found.name, found.property, found.itemprop, found.httpEquiv] {
                if let k = Self.string(key) { metadata.metas.append((k.lowercased(), content)) }
            }
            return
        case .link:
            if let rel = found.rel, let href = found.href, metadata.canonical == nil, Self.hasWord(rel, "canonical") {
                metadata.canonical = String(cString: href)
            }
        case .html:
            if let lang = Self.string(found.lang) { metadata.htmlLang = lang }
        case .title:
            if metadata.title == nil, capture == nil { beginCapture(.title) }
        case .h1:
            if metadata.firstH1 == nil, capture == nil, skipLevel == Int.max { beginCapture(.h1) }
        case .script:
            if let type = found.type, capture == nil, Self.containsIgnoringCase(type, "ld+json") { beginCapture(.jsonLD) }
        case .a:
            if let rel = found.rel, capture == nil, Self.containsIgnoringCase(rel, "author") { beginCapture(.authorLink) }
        default: break
        }
        let datetime = Self.string(found.datetime)
        if let datetime { metadata.timeDatetimes.append(datetime) }
        if let prop = Self.string(found.itemprop), let content = Self.string(found.content) ?? datetime {
            metadata.metas.append((prop.lowercased(), content))
        }
    }

    private mutating func beginCapture(_ kind: CaptureKind) {
        capture = (kind, stack.count)
        captured.removeAll(keepingCapacity: true)
    }

    private mutating func endCapture() {
        guard let kind = capture?.kind else { return }
        capture = nil
        let raw = String(decoding: captured, as: UTF8.self)
        switch kind {
        case .jsonLD: metadata.jsonLD.append(raw)
        case .title: metadata.title = HTMLText.collapse(raw)
        case .h1: metadata.firstH1 = HTMLText.collapse(raw)
        case .authorLink: metadata.authorLinks.append(HTMLText.collapse(raw))
        case .byline: if captured.count < 300 { metadata.bylines.append(HTMLText.collapse(raw)) }
        }
    }

    // MARK: Byte helpers

    private static func equalsIgnoringCase(_ value: UnsafePointer<UInt8>, _ expected: StaticString) -> Bool {
        let e = expected.utf8Start
        for k in 0..<expected.utf8CodeUnitCount where value[k] | 0x20 != e[k] { return false }
        return value[expected.utf8CodeUnitCount] == 0
    }

    /// `word` anywhere in `value`, ASCII case ignored (`word` is lower-case).
    private static func containsIgnoringCase(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        var i = 0
        while value[i] != 0 {
            if match(value, at: i, word) != nil { return true }
            i += 1
        }
        return false
    }

    /// `word` as one whole space-separated token of `value`, ASCII case ignored (`rel="canonical"`).
    private static func hasWord(_ value: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        var i = 0
        while value[i] != 0 {
            let startsToken = i == 0 || isSpace(value[i - 1])
            if startsToken, let end = match(value, at: i, word), value[end] == 0 || isSpace(value[end]) { return true }
            i += 1
        }
        return false
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    /// `display:none` or `visibility:hidden` in an inline style, spaces and case ignored; no allocation.
    private static func styleHides(_ value: UnsafePointer<UInt8>) -> Bool {
        contains(value, property: "display", value: "none") || contains(value, property: "visibility", value: "hidden")
    }

    private static func contains(_ s: UnsafePointer<UInt8>, property: StaticString, value: StaticString) -> Bool {
        var i = 0
        while s[i] != 0 {
            if s[i] | 0x20 == property.utf8Start[0], let afterName = match(s, at: i, property) {
                var j = afterName
                while s[j] == 0x20 || s[j] == 0x09 { j += 1 }
                if s[j] == 0x3A {
                    j += 1
                    while s[j] == 0x20 || s[j] == 0x09 { j += 1 }
                    if match(s, at: j, value) != nil { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The index after `word` when it occurs (case-insensitively) at `i`.
    private static func match(_ s: UnsafePointer<UInt8>, at i: Int, _ word: StaticString) -> Int? {
        for k in 0..<word.utf8CodeUnitCount {
            let c = s[i + k]
            if c == 0 || c | 0x20 != word.utf8Start[k] { return nil }
        }
        return i + word.utf8CodeUnitCount
    }
}

/// Whitespace handling shared by the scanner and the metadata reader.
enum HTMLText {
    /// Collapses whitespace (NBSP and the narrow and thin spaces included), drops soft hyphens and
    /// zero-width characters, and trims. Works on the UTF-8 bytes; a value that needs no change
    /// (most meta contents and titles) comes back as it is, without a new string.
    static func collapse(_ s: String) -> String {
        var s = s
        let collapsed: String? = s.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                var length = 1, isSpace = false, isDropped = false
                switch c {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x20: isSpace = true
                case 0xC2 where i + 1 < bytes.count:
                    length = 2
                    isSpace = bytes[i + 1] == 0xA0                  // NBSP
                    isDropped = bytes[i + 1] == 0xAD                // soft hyphen
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
                    length = 3
                    switch bytes[i + 2] {
                    case 0x8B, 0x8C, 0x8E, 0x8F: isDropped = true  // zero-width, direction marks
                    case 0x87, 0x89, 0x8A, 0xAF, 0xA8, 0xA9: isSpace = true   // figure, thin, hair, narrow spaces, separators
                    default: break
                    }
                case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                    length = 3; isDropped = true                    // BOM / ZWNBSP
                default: break
                }
                if isSpace {
                    space = true
                } else if !isDropped {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<i + length]))
                }
                i += length
            }
            return out.elementsEqual(bytes) ? nil : String(decoding: out, as: UTF8.self)
        }
        return collapsed ?? s
    }
}
