import DossierModel

/// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds → one document per item or entry.
///
/// Items are read one at a time from the stream, so a large feed costs the memory of one item
/// plus the documents already made. Each document's `source` is `path#n` (n from 1) and its
/// `feed` is the path; channel-level language and title fill in what an item lacks.
enum FeedReader {
    enum Flavour: String { case rss, rdf, atom }

    static func read(_ stream: XMLStream, root: XMLStream.Start, flavour: Flavour, source: String) throws(Diagnostic) -> [ReadItem] {
        var channel = DocumentMetadata()
        channel.language = root.attributes["lang"]
        var items: [ReadItem] = []
        let itemName = flavour == .atom ? "entry" : "item"
        let channelDepth = flavour == .rss ? 2 : 1   // rss/channel/title; rdf:RDF/channel/title is read whole below
        while let start = try stream.nextStart() {
            if start.name == itemName {
                let element = try stream.readElement()
                let n = items.count + 1
                let doc = flavour == .atom
                    ? atomEntry(element, source: "\(source)#\(n)", feed: source, channel: channel)
                    : rssItem(element, source: "\(source)#\(n)", feed: source, channel: channel, flavour: flavour)
                items.append(ReadItem(document: doc))
            } else if flavour == .rdf, start.name == "channel" {
                let element = try stream.readElement()
                channel.siteName = XMLBlocks.inlineText(element.value("title"))
                channel.language = element.value("language") ?? channel.language
            } else if start.depth == channelDepth, start.name == "title" || start.name == "language", items.isEmpty {
                let element = try stream.readElement()
                if start.name == "title" { channel.siteName = XMLBlocks.inlineText(element.text) }
                else { channel.language = element.text.nonEmpty ?? channel.language }
            }
        }
        return items
    }

    // MARK: - RSS

    static func rssItem(_ item: XMLElement, source: String, feed: String, channel: DocumentMetadata,
                        flavour: Flavour) -> Document {
        var meta = DocumentMetadata()
        meta.feed = feed
        meta.siteName = channel.siteName
        meta.title = XMLBlocks.inlineText(item.value("title"))
        meta.url = item.value("link") ?? item.attribute("about") ?? item.value("guid")
        meta.published = DateNormalizer.iso8601(item.value("pubDate") ?? item.value("date") ?? item.value("issued"))
        meta.authors = (item.children("creator") + item.children("author")).map(\.text).filter { !$0.isEmpty }
        meta.language = item.value("language") ?? channel.language
        let categories = (item.children("category") + item.children("subject")).map(\.text).filter { !$0.isEmpty }
        if !categories.isEmpty { meta.extra["categories"] = categories.joined(separator: "; ") }
        let description = item.value("description")
        let blocks: [String]
        if let encoded = item.children("encoded").first(where: { !$0.text.isEmpty }) {
            blocks = XMLBlocks.htmlBlocks(rawText(encoded))
            meta.summary = XMLBlocks.inlineText(description)
        } else {
            blocks = XMLBlocks.blocks(fromMarkupOrText: rawText(item.child("description")))
        }
        return DocumentBuilder.build(source: source, blocks: blocks, format: flavour.rawValue, metadata: meta)
    }

    /// The element's text without whitespace collapsing (CDATA with HTML keeps its structure).
    static func rawText(_ element: XMLElement?) -> String {
        guard let element else { return "" }
        return element.children.map { child -> String in
            if case .text(let t) = child { return t }
            return ""
        }.joined()
    }

    // MARK: - Atom

    static func atomEntry(_ entry: XMLElement, source: String, feed: String, channel: DocumentMetadata) -> Document {
        var meta = DocumentMetadata()
        meta.feed = feed
        meta.siteName = channel.siteName
        meta.title = entry.child("title").flatMap { atomText($0).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
        let links = entry.children("link")
        meta.url = (links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first)?.attribute("href")
        meta.published = DateNormalizer.iso8601(entry.value("published") ?? entry.value("updated"))
        meta.modified = DateNormalizer.iso8601(entry.value("updated"))
        meta.authors = entry.children("author").compactMap { $0.value("name") ?? ($0.text.isEmpty ? nil : $0.text) }
        let content = entry.child("content")
        meta.language = content?.attribute("lang") ?? entry.attribute("lang") ?? channel.language
        let categories = entry.children("category").compactMap { $0.attribute("label") ?? $0.attribute("term") }
        if !categories.isEmpty { meta.extra["categories"] = categories.joined(separator: "; ") }
        let summary = entry.child("summary").map(atomText) ?? []
        var blocks = content.map(atomText) ?? []
        if blocks.isEmpty { blocks = summary } else { meta.summary = summary.isEmpty ? nil : summary.joined(separator: " ") }
        return DocumentBuilder.build(source: source, blocks: blocks, format: "atom", metadata: meta)
    }

    /// An Atom text construct by its `type`: `text` (default), `html` (escaped markup), `xhtml` (inline div).
    static func atomText(_ element: XMLElement) -> [String] {
        switch element.attribute("type")?.lowercased() {
        case "html", "text/html": return XMLBlocks.htmlBlocks(rawText(element))
        case "xhtml", "application/xhtml+xml": return XMLBlocks.blocks(element.child("div") ?? element)
        default: return XMLBlocks.paragraphs(ofPlainText: rawText(element))
        }
    }
}
