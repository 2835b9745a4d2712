import DossierModel
import Foundation

/// Plain text (`.txt`) and Markdown (`.md`) → a document.
///
/// Paragraphs: when the text has blank lines, they separate paragraphs and the lines of one
/// paragraph are re-joined (hard-wrapped text); list items and a short first line (a heading)
/// still stand alone. Without blank lines every line is a paragraph, as in the user's example.
/// Teaser lines are dropped before paragraphs are formed.
enum PlainTextReader {
    static func document(text: String, source: String, markdown: Bool, metadata: DocumentMetadata = .init()) -> Document {
        var metadata = metadata
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if markdown {
            let (fields, body) = MarkdownStripper.frontMatter(lines)
            let stripped = MarkdownStripper.strip(body)
            lines = stripped.lines
            metadata.title = metadata.title ?? fields["title"] ?? stripped.title
            metadata.published = metadata.published ?? DateNormalizer.iso8601(fields["date"] ?? fields["published"])
            metadata.language = metadata.language ?? fields["lang"] ?? fields["language"]
            if metadata.authors.isEmpty, let author = fields["author"] ?? fields["authors"] { metadata.authors = [author] }
            metadata.url = metadata.url ?? fields["url"] ?? fields["canonical"]
        }
        lines = lines.filter { !Boilerplate.isTeaser($0) }
        return DocumentBuilder.build(source: source, blocks: paragraphs(of: lines), format: markdown ? "markdown" : "text",
                                     metadata: metadata)
    }

    static func paragraphs(of lines: [String]) -> [String] {
        let trimmed = lines.map(\.trimmed)
        let content = trimmed.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        guard content.contains(where: \.isEmpty) else { return content.filter { !$0.isEmpty } }
        var blocks: [String] = []
        var current: [String] = []
        func flush() { if !current.isEmpty { blocks.append(current.joined(separator: " ")) }; current = [] }
        for line in content {
            if line.isEmpty { flush(); continue }
            if isListItem(line) || (current.count == 1 && looksLikeHeading(current[0], before: line)) { flush() }
            current.append(line)
        }
        flush()
        return blocks
    }

    static func isListItem(_ line: String) -> Bool {
        if let first = line.first, "-•*–·".contains(first), line.dropFirst().first == " " { return true }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.hasPrefix(". ") || rest.hasPrefix(") "))
    }

    /// A short line without closing punctuation, followed by a line that starts a sentence;
    /// hard-wrapped lines are longer, or go on with a lower-case word.
    static func looksLikeHeading(_ line: String, before next: String) -> Bool {
        guard line.count <= 60, let last = line.last, next.first?.isUppercase == true else { return false }
        return !".!?:;,…»\"”-".contains(last)
    }
}
