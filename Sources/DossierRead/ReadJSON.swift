import DossierModel
import Foundation

/// The pinned `dossier read --json` output: a JSON array, one object per document, one per line.
///
/// Keys of the foundation issue — `source`, `title`, `published` (null when unknown), `language`,
/// `text`, `paragraphs`, `sentences` (`{"start","end"}` scalar offsets) — plus `authors`, `format`
/// and, when known, `modified`, `url`, `feed`, `site_name`, `summary`, `metadata`. Keys are sorted so
/// the output is stable for golden files.
public enum ReadJSON {
    public static func encode(_ documents: [Document]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try documents.map { String(decoding: try encoder.encode(Object($0)), as: UTF8.self) }
        return lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]"
    }

    struct Object: Encodable {
        let document: Document
        init(_ document: Document) { self.document = document }

        enum Key: String, CodingKey {
            case source, title, published, modified, language, text, paragraphs, sentences, authors, url, feed, format, metadata
            case siteName = "site_name", summary
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(document.source, forKey: .source)
            try c.encode(document.title, forKey: .title)
            try c.encode(document.published, forKey: .published)
            try c.encodeIfPresent(document.modified, forKey: .modified)
            try c.encode(document.language, forKey: .language)
            try c.encode(document.text, forKey: .text)
            try c.encode(document.paragraphs, forKey: .paragraphs)
            try c.encode(document.sentences, forKey: .sentences)
            try c.encode(document.authors, forKey: .authors)
            try c.encodeIfPresent(document.url, forKey: .url)
            try c.encodeIfPresent(document.feed, forKey: .feed)
            try c.encodeIfPresent(document.siteName, forKey: .siteName)
            try c.encodeIfPresent(document.summary, forKey: .summary)
            try c.encode(document.format, forKey: .format)
            if !document.metadata.isEmpty { try c.encode(document.metadata, forKey: .metadata) }
        }
    }
}
