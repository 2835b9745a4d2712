import DossierModel
import Foundation

/// Limits that keep hostile or huge inputs from exhausting memory or time.
public struct ReaderOptions: Sendable {
    public var maxFileBytes: Int = 64 << 20
    public var maxDepth: Int = 256
    public init() {}
}

/// One thing read from a file: a document, and for structured sources (sanctions lists)
/// the facts already known from the structure, so they skip text extraction.
public struct ReadItem: Sendable {
    public var document: Document
    public var prefilled: DocumentExtraction?
    public init(document: Document, prefilled: DocumentExtraction? = nil) {
        self.document = document; self.prefilled = prefilled
    }
}

/// Bytes → clean documents. Dispatches on the content (not the file name alone).
public enum Reader {
    /// Reads one file's bytes. `source` is the path as the user gave it.
    public static func read(data: Data, source: String, options: ReaderOptions = .init()) throws(Diagnostic) -> [ReadItem] {
        if data.isEmpty { throw Diagnostic(code: "EmptyFile", message: "\(source): the file is empty") }
        if data.count > options.maxFileBytes {
            throw Diagnostic(code: "FileTooLarge", message: "\(source): \(data.count) bytes exceeds the limit of \(options.maxFileBytes)")
        }
        if data.prefix(4096).contains(0) {
            throw Diagnostic(code: "BinaryFile", message: "\(source): looks like a binary file (NUL bytes), not text, HTML or XML")
        }
        let text = String(decoding: data, as: UTF8.self)
        return [ReadItem(document: PlainText.document(text: text, source: source))]
    }
}

/// Plain text: paragraphs at blank lines or line breaks, sentences at terminal punctuation.
enum PlainText {
    static func document(text raw: String, source: String) -> Document {
        let lines = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let text = lines.joined(separator: "\n\n")
        var paragraphs: [TextSpan] = [], sentences: [TextSpan] = []
        var offset = 0
        for line in lines {
            let n = line.unicodeScalars.count
            paragraphs.append(TextSpan(start: offset, end: offset + n))
            var start = offset, i = offset
            let scalars = Array(line.unicodeScalars)
            for (k, s) in scalars.enumerated() {
                i = offset + k
                if ".!?".unicodeScalars.contains(s), k + 1 == scalars.count || scalars[k + 1] == " " {
                    sentences.append(TextSpan(start: start, end: i + 1)); start = i + 2
                }
            }
            if start < offset + n { sentences.append(TextSpan(start: start, end: offset + n)) }
            offset += n + 2
        }
        return Document(source: source, text: text, paragraphs: paragraphs, sentences: sentences, format: "text")
    }
}
