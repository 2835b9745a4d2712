import DossierModel
import Foundation

/// Limits that keep hostile or huge inputs from exhausting memory or time.
public struct ReaderOptions: Sendable {
    public var maxFileBytes: Int = 64 << 20
    /// Deepest element nesting accepted in XML.
    public var maxDepth: Int = 200
    /// Most entity declarations an XML internal subset may hold.
    public var maxEntityDeclarations: Int = 64
    /// Most bytes of entity values an XML internal subset may declare in total.
    public var maxEntityBytes: Int = 16 << 10
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
    /// Reads one file's bytes. `source` is the path as the user gave it; its extension is only
    /// a hint when the content is ambiguous.
    ///
    /// Throws one diagnostic for the whole file (empty, binary, too large, malformed or hostile
    /// XML); a caller reading many files reports it and goes on with the others.
    public static func read(data: Data, source: String, options: ReaderOptions = .init()) throws(Diagnostic) -> [ReadItem] {
        if data.count > options.maxFileBytes {
            throw Diagnostic(code: "FileTooLarge", message: "\(source): \(data.count) bytes exceeds the limit of \(options.maxFileBytes)")
        }
        let kind = ContentSniffer.kind(of: data, source: source)
        switch kind {
        case .empty:
            throw Diagnostic(code: "EmptyFile", message: "\(source): the file is empty")
        case .binary:
            throw Diagnostic(code: "BinaryFile", message: "\(source): looks like a binary file, not text, HTML or XML")
        case .html:
            return [ReadItem(document: try HTMLReader.read(data: data, source: source, options: options))]
        case .xml:
            return try XMLDocumentReader.read(data: data, source: source, options: options)
        case .text, .markdown:
            let decoded = TextDecoder.decode(data)
            let markdown = kind == .markdown
            var meta = DocumentMetadata()
            meta.extra["encoding"] = decoded.encoding.rawValue
            let document = PlainTextReader.document(text: decoded.text, source: source, markdown: markdown, metadata: meta)
            if document.text.isEmpty {
                throw Diagnostic(code: "EmptyFile", message: "\(source): the file holds no text")
            }
            return [ReadItem(document: document)]
        }
    }
}
