import DossierModel
import Foundation

/// Joins extracted blocks into a document's text and records paragraph and sentence spans.
/// Every format reader (HTML, feeds, text) ends here, so segmentation, whitespace clean-up,
/// teaser removal and language identification are done one way for all of them.
public enum DocumentBuilder {
    /// Builds a document whose paragraphs are the non-empty blocks, separated by a blank line.
    ///
    /// Blocks that are teaser or chrome lines ("Read more: …") are dropped. The language is the
    /// one the text shows when it is confident, else the declared one; paragraphs whose
    /// language differs from the document's are listed in `metadata["paragraph_languages"]`.
    public static func build(source: String, blocks: [String], format: String,
                             metadata: DocumentMetadata = .init()) -> Document {
        let kept = blocks.map(TextNormalizer.normalize).filter { !$0.isEmpty && !Boilerplate.isTeaser($0) }
        let text = kept.joined(separator: "\n\n")
        let scalars = unicodeScalars(of: text)
        var paragraphs: [TextSpan] = [], sentences: [TextSpan] = []
        var offset = 0
        for block in kept {
            let span = TextSpan(start: offset, end: offset + scalarCount(block))
            paragraphs.append(span)
            sentences += SentenceSegmenter.sentences(in: scalars, range: span.start..<span.end)
            offset = span.end + 2
        }
        var doc = Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, format: format)
        metadata.apply(to: &doc)
        let evidence = paragraphs.map { LanguageEvidence(scalars: scalars[$0.start..<$0.end]) }
        let (language, perParagraph) = languages(of: evidence, declared: metadata.language)
        doc.language = language
        if let perParagraph { doc.metadata["paragraph_languages"] = perParagraph }
        return doc
    }

    /// The document language and, when some paragraphs differ, every paragraph's language.
    /// Each paragraph is scored once; the document's evidence is the sum of its paragraphs'.
    static func languages(of evidence: [LanguageEvidence], declared: String?) -> (String, String?) {
        let whole = evidence.reduce(LanguageEvidence(), +).guess
        let declaredCode = declared.flatMap(primaryLanguage)
        let detectedIsSure = whole.code != "und" && whole.confidence >= 0.9
        let language = detectedIsSure || declaredCode == nil ? whole.code : declaredCode ?? "und"
        let perParagraph = evidence.map { e -> String in
            guard e.words >= 5 else { return language }
            let guess = e.guess
            return guess.code == "und" || guess.confidence < 0.8 ? language : guess.code
        }
        let differs = perParagraph.contains { $0 != language }
        return (language, differs ? perParagraph.joined(separator: ",") : nil)
    }

    /// The scalars of `text`, decoded from its UTF-8 with an ASCII fast path (the generic
    /// `Array(text.unicodeScalars)` counts them first, then copies through an iterator).
    static func unicodeScalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                var i = 0, n = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    if lead < 0x80 {
                        out[n] = Unicode.Scalar(lead); i += 1
                    } else {
                        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        let value = TextNormalizer.scalarValue(bytes, at: i, length: min(length, bytes.count - i))
                        out[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        i += length
                    }
                    n += 1
                }
                count = n
            }
        }
    }

    /// Unicode scalars in `text`, counted on its UTF-8 bytes (every byte but continuation bytes).
    static func scalarCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `fr-FR` → `fr`; nil for empty or non-alphabetic tags.
    static func primaryLanguage(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return (2...3).contains(primary.count) && primary.allSatisfy(\.isLetter) ? primary : nil
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
