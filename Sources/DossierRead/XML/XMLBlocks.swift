import Foundation

/// Paragraph blocks from an XML subtree: XHTML in Atom, NITF bodies, NewsML inline XML and
/// unknown XML alike. An element with inline markup (`b`, `a`, NITF's `org`, `person`, …)
/// stays inside its block; any other element starts a block of its own.
enum XMLBlocks {
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "dfn", "em", "emphasis", "font", "i", "kbd", "mark",
        "q", "s", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "label", "img",
        // NITF inline elements
        "org", "person", "location", "chron", "num", "money", "event", "function", "object.title", "virtloc",
        "classifier", "copyrite", "pronounce", "lang", "alt-code", "postaddr", "city", "country", "region", "state",
        "sublocation", "frac", "sup", "inline",
    ]
    /// Elements whose text is never article text.
    static let skipped: Set<String> = [
        "script", "style", "head", "nav", "footer", "aside", "form", "button", "noscript", "iframe",
        "media-reference", "media-metadata", "media-producer", "body.end", "meta", "link", "svg",
    ]

    static func blocks(_ element: XMLElement, skipping extra: Set<String> = []) -> [String] {
        var blocks: [String] = []
        var current = ""
        func flush() {
            let block = current.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .joined(separator: "\n").trimmed
            if !block.isEmpty { blocks.append(block) }
            current = ""
        }
        func walk(_ e: XMLElement) {
            for child in e.children {
                switch child {
                case .text(let t): current += t
                case .element(let c):
                    if skipped.contains(c.name) || extra.contains(c.name) { continue }
                    if c.name == "br" { current += "\n"; continue }
                    if inline.contains(c.name) { walk(c) } else { flush(); walk(c); flush() }
                }
            }
        }
        walk(element)
        flush()
        return blocks
    }

    /// Blocks of a text that may hold escaped HTML (RSS `description`) or plain paragraphs.
    static func blocks(fromMarkupOrText text: String) -> [String] {
        if looksLikeHTML(text) { return htmlBlocks(text) }
        return paragraphs(ofPlainText: text)
    }

    /// The HTML reader's blocks of a fragment; when it finds no block (bare inline text),
    /// the fragment's text with tags removed and entities decoded.
    static func htmlBlocks(_ html: String) -> [String] {
        let blocks = HTMLReader.blocks(fromHTMLFragment: html)
        if !blocks.isEmpty { return blocks }
        let withBreaks = html.replacingOccurrences(of: #"(?i)<(br|/p|/div|/li|/h[1-6])\b[^>]*>"#, with: "\n\n",
                                                   options: .regularExpression)
        let stripped = withBreaks.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        return paragraphs(ofPlainText: decodeEntities(stripped))
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var replacement = named[name]
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
                if let replacement { out += replacement; rest = after[after.index(after: semi)...]; continue }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    static func paragraphs(ofPlainText text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalized.components(separatedBy: "\n\n").map(\.trimmed)
            .filter { !$0.isEmpty }
    }

    /// A tag (`<p`, `</a`, `<br/`) or an entity reference (`&amp;`, `&#233;`) is taken as HTML.
    static func looksLikeHTML(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "<") || b == UInt8(ascii: "&") {
            guard i + 1 < bytes.count else { break }
            let next = bytes[i + 1]
            let isLetter = (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z")
            if b == UInt8(ascii: "<"), isLetter || next == UInt8(ascii: "/") { return true }
            if b == UInt8(ascii: "&"), isLetter || next == UInt8(ascii: "#"),
               let semicolon = bytes[(i + 1)...].prefix(10).firstIndex(of: UInt8(ascii: ";")),
               bytes[(i + 1)..<semicolon].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x23 }) {
                return true
            }
        }
        return false
    }

    /// A one-line title from text that may hold HTML.
    static func inlineText(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        let plain = looksLikeHTML(text) ? htmlBlocks(text).joined(separator: " ") : text
        let line = plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : line
    }
}
