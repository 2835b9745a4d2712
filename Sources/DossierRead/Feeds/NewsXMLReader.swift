import Foundation
import DossierModel

/// News-agency XML (NITF, IPTC NewsML-G2) and unknown XML → documents.
enum NewsXMLReader {
    // MARK: - NITF

    /// NITF 3.x: `head/title`, `head/docdata`, `body/body.head` (hedline, byline, dateline),
    /// `body/body.content` (the text); `body.end` is left out.
    static func nitf(_ root: XMLElement, source: String) -> Document {
        var meta = DocumentMetadata()
        let head = root.child("head"), body = root.child("body")
        let bodyHead = body?.child("body.head")
        meta.title = bodyHead?.path("hedline", "hl1")?.text.nonEmpty ?? head?.value("title")
        let docdata = head?.child("docdata")
        meta.published = DateNormalizer.iso8601(docdata?.child("date.issue")?.attribute("norm")
            ?? head?.child("pubdata")?.attribute("date.publication") ?? docdata?.child("date.release")?.attribute("norm"))
        meta.authors = (bodyHead?.children("byline") ?? []).compactMap { byline in
            (byline.child("person")?.text ?? byline.text).removingPrefix(["By ", "by ", "Par ", "par "]).nonEmpty
        }
        meta.language = root.attribute("lang") ?? body?.attribute("lang") ?? head?.child("docdata")?.child("doc-id")?.attribute("lang")
        meta.url = docdata?.child("doc-id")?.attribute("id-string")
        meta.siteName = head?.child("pubdata")?.attribute("name")
        if let abstract = bodyHead?.child("abstract")?.text.nonEmpty { meta.summary = abstract }
        let content = body?.child("body.content") ?? body ?? root
        return DocumentBuilder.build(source: source, blocks: XMLBlocks.blocks(content), format: "nitf", metadata: meta)
    }

    // MARK: - NewsML-G2

    /// One `newsItem`: `contentMeta` (headline, by, language, contentCreated), `itemMeta`
    /// (firstCreated, versionCreated) and `contentSet` (inlineXML with XHTML or NITF, or inlineData).
    static func newsItem(_ item: XMLElement, source: String, feed: String?) -> Document {
        var meta = DocumentMetadata()
        let contentMeta = item.child("contentMeta"), itemMeta = item.child("itemMeta")
        meta.title = contentMeta?.value("headline")
        meta.authors = (contentMeta?.children("by") ?? []).compactMap { $0.text.removingPrefix(["By ", "by ", "Par ", "par "]).nonEmpty }
        meta.language = contentMeta?.child("language")?.attribute("tag") ?? item.attribute("lang")
        meta.published = DateNormalizer.iso8601(contentMeta?.value("contentCreated") ?? itemMeta?.value("firstCreated")
            ?? itemMeta?.value("versionCreated"))
        meta.modified = DateNormalizer.iso8601(contentMeta?.value("contentModified") ?? itemMeta?.value("versionCreated"))
        meta.url = item.attribute("guid")
        meta.feed = feed
        if let description = contentMeta?.value("description") { meta.summary = description }
        var blocks: [String] = []
        for content in item.child("contentSet")?.elements ?? [] {
            if content.name == "inlineXML" {
                if let nitf = content.descendants("nitf").first {
                    blocks += XMLBlocks.blocks(nitf.path("body", "body.content") ?? nitf, skipping: ["body.head"])
                } else {
                    let html = content.descendants("body").first ?? content
                    blocks += XMLBlocks.blocks(html, skipping: ["title"])
                }
            } else if content.name == "inlineData" {
                blocks += XMLBlocks.blocks(fromMarkupOrText: FeedReader.rawText(content))
            }
            if !blocks.isEmpty { break }   // alternative renditions of the same text: keep the first
        }
        return DocumentBuilder.build(source: source, blocks: blocks, format: "newsml", metadata: meta)
    }

    // MARK: - Generic

    /// Unknown XML: the first title-like element is the title, every other element with text a paragraph.
    static func generic(_ root: XMLElement, source: String) -> Document {
        var meta = DocumentMetadata()
        let titleNames = ["title", "headline", "hl1", "heading", "hed"]
        let titleElement = titleNames.lazy.compactMap { root.descendants($0).first }.first
        meta.title = titleElement?.text.nonEmpty
        meta.language = root.attribute("lang")
        meta.published = DateNormalizer.iso8601(["published", "date", "pubDate", "created"].lazy
            .compactMap { root.descendants($0).first?.text.nonEmpty }.first)
        var blocks = XMLBlocks.blocks(root)
        if let title = meta.title, let index = blocks.firstIndex(of: title) { blocks.remove(at: index) }
        return DocumentBuilder.build(source: source, blocks: blocks, format: "xml", metadata: meta)
    }
}

extension String {
    /// nil for an empty or blank string.
    var nonEmpty: String? {
        let trimmed = self.trimmed
        return trimmed.isEmpty ? nil : trimmed
    }

    func removingPrefix(_ prefixes: [String]) -> String {
        let trimmed = self.trimmed
        for prefix in prefixes where trimmed.hasPrefix(prefix) { return String(trimmed.dropFirst(prefix.count)) }
        return trimmed
    }
}
