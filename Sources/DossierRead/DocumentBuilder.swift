import DossierModel
import Foundation

/// Joins extracted blocks into a document's text and records paragraph and sentence spans.
/// Every format reader (HTML, feeds, text) ends here, so segmentation is done one way.
public enum DocumentBuilder {
    public static func build(source: String, blocks: [String], format: String,
                             metadata: DocumentMetadata = .init()) -> Document {
        let blocks = blocks.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        var doc = PlainText.document(text: blocks.joined(separator: "\n\n"), source: source)
        doc.format = format
        metadata.apply(to: &doc)
        return doc
    }
}

/// Metadata found by a format reader, before it is put on the document.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var published: String?
    public var modified: String?
    public var authors: [String] = []
    public var language: String?
    public var url: String?
    public var siteName: String?
    public var summary: String?
    public var feed: String?
    public var extra: [String: String] = [:]
    public init() {}

    func apply(to doc: inout Document) {
        doc.title = title; doc.published = published; doc.modified = modified; doc.authors = authors
        if let language { doc.language = language }
        doc.url = url; doc.siteName = siteName; doc.summary = summary; doc.feed = feed
        doc.metadata.merge(extra) { _, new in new }
    }
}
