import Foundation

/// Decides what a file's bytes are, from the bytes first and the file name second.
enum ContentSniffer {
    enum Kind: Equatable { case empty, binary, html, xml, text, markdown }

    static func kind(of data: Data, source: String) -> Kind {
        let head = Array(data.prefix(4096))
        let ext = (source.split(separator: "#").first.map(String.init) ?? source).split(separator: ".").last?.lowercased() ?? ""
        let text: String
        if let (encoding, length) = TextDecoder.byteOrderMark(head) {
            text = TextDecoder.decode(head[length...], as: encoding)
        } else if let utf16 = TextDecoder.unmarkedUTF16(head) {
            text = TextDecoder.decode(head[...], as: utf16)
        } else {
            if isBinary(head) { return .binary }
            text = String(decoding: head, as: UTF8.self)
        }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.isEmpty { return data.count > head.count ? .text : .empty }
        if start.first == "<" {
            let lower = start.prefix(1024).lowercased()
            if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") { return .html }
            if lower.hasPrefix("<?xml") || lower.hasPrefix("<!doctype") || lower.hasPrefix("<!--") {
                // An XML declaration may still open XHTML: look at the first element.
                return firstElement(in: lower) == "html" ? .html : .xml
            }
            let element = firstElement(in: lower)
            if ["head", "body", "div", "p", "meta", "title", "article", "section", "span", "table", "br", "a"].contains(element) {
                return ["xml", "rss", "atom", "rdf", "nitf"].contains(ext) ? .xml : .html
            }
            if element != nil { return ["html", "htm", "xhtml"].contains(ext) ? .html : .xml }
        }
        if ["html", "htm"].contains(ext), text.range(of: #"<(p|div|body|br)\b"#, options: [.regularExpression, .caseInsensitive]) != nil {
            return .html
        }
        return ["md", "markdown"].contains(ext) ? .markdown : .text
    }

    /// The local name of the first element after declarations, comments and doctype.
    static func firstElement(in text: String) -> String? {
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let first = after.first else { return nil }
            if first == "?" || first == "!" {
                // Skip the declaration; a doctype's internal subset ends with "]>".
                let terminator = after.hasPrefix("!--") ? "-->" : (after.prefix(200).contains("[") && first == "!" ? "]>" : ">")
                guard let end = after.range(of: terminator) else { return nil }
                rest = after[end.upperBound...]
                continue
            }
            let name = after.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            guard let initial = name.first, initial.isLetter || initial == "_" else { return nil }   // "<3" is text
            return name.split(separator: ":").last.map(String.init)
        }
        return nil
    }

    /// NUL bytes or many control characters (UTF-16 was ruled out before).
    static func isBinary(_ head: [UInt8]) -> Bool {
        if head.contains(0) { return true }
        let controls = head.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
        return controls * 20 > head.count
    }
}
