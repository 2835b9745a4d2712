import Foundation

/// A clean article as the reader hands it on: main text without page chrome, its
/// paragraph and sentence boundaries, and its metadata. No HTML beyond this point.
public struct Document: Codable, Sendable, Equatable {
    /// The path given by the user; `path#n` for the n-th item of a feed (from 1).
    public var source: String
    public var title: String?
    /// ISO 8601, as precise as known (`2024`, `2024-03`, `2024-03-27T10:15:00+01:00`).
    public var published: String?
    public var modified: String?
    public var authors: [String]
    /// ISO 639-1 code (`fr`, `en`) or `und` when unknown.
    public var language: String
    /// The main body, without the title.
    public var text: String
    public var paragraphs: [TextSpan]
    public var sentences: [TextSpan]
    public var url: String?
    public var siteName: String?
    public var summary: String?
    /// The feed a feed item came from (its `source` path), nil for stand-alone documents.
    public var feed: String?
    /// What the bytes were: `html`, `rss`, `atom`, `rdf`, `nitf`, `newsml`, `xml`, `text`.
    public var format: String
    /// Anything else worth keeping (JSON-LD `about`/`mentions`, keywords, …).
    public var metadata: [String: String]

    public init(source: String, title: String? = nil, published: String? = nil, modified: String? = nil,
                authors: [String] = [], language: String = "und", text: String,
                paragraphs: [TextSpan] = [], sentences: [TextSpan] = [], url: String? = nil,
                siteName: String? = nil, summary: String? = nil, feed: String? = nil,
                format: String = "text", metadata: [String: String] = [:]) {
        self.source = source; self.title = title; self.published = published; self.modified = modified
        self.authors = authors; self.language = language; self.text = text
        self.paragraphs = paragraphs; self.sentences = sentences; self.url = url
        self.siteName = siteName; self.summary = summary; self.feed = feed
        self.format = format; self.metadata = metadata
    }

    /// The sentence that contains a span, or the span itself when no sentence does.
    public func sentence(containing span: TextSpan) -> TextSpan {
        sentences.first { $0.start <= span.start && span.start < max($0.end, $0.start + 1) } ?? span
    }
}
