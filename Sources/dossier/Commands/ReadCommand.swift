import ArgumentParser
import DossierModel
import DossierRead
import Foundation

/// `dossier read PATH… --json`: what the reader makes of files, without touching the graph.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Read files into clean documents and print them.",
        discussion: """
        Directories are read recursively (hidden files skipped). Each failed file prints one line \
        to standard error; the others are still printed, and the exit code is then 1.
        """)

    @Argument(help: "Files or directories to read.") var paths: [String]
    @Flag(help: "Print a JSON array of documents (source, title, published, language, text, paragraphs, sentences, …).")
    var json = false

    func run() throws {
        var documents: [Document] = []
        var failures = 0
        for path in paths {
            for file in Self.files(at: path) {
                do {
                    let data = try Self.contents(of: file)
                    documents += try Reader.read(data: data, source: file).map(\.document)
                } catch {
                    failures += 1
                    // A diagnostic with a position already names the file; one without says it in its message.
                    let message = error.description
                    FileHandle.standardError.write(Data((message.hasPrefix(file) ? message : "\(file): \(message)").utf8 + [0x0A]))
                }
            }
        }
        if json {
            // One document per line: readable, and still one JSON array.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let lines = try documents.map { String(decoding: try encoder.encode(ReadOutput($0)), as: UTF8.self) }
            print(lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]")
        } else {
            for document in documents { print(Self.summary(document)) }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func contents(of file: String) throws(Diagnostic) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw Diagnostic(code: "FileNotFound", message: "\(file): no such file")
        }
        do { return try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw Diagnostic(code: "FileUnreadable", message: "\(file): cannot be read (\(error.localizedDescription))")
        }
    }

    /// The path itself, or every regular file under a directory in sorted order.
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let walker = FileManager.default.enumerator(atPath: path) else { return [path] }
        let base = path.hasSuffix("/") ? path : path + "/"
        return walker.compactMap { $0 as? String }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { base + $0 }
            .filter { var dir: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue }
            .sorted()
    }

    static func summary(_ d: Document) -> String {
        let title = d.title.map { "“\($0)”" } ?? "(no title)"
        var line = "\(d.source) [\(d.format), \(d.language)] \(title)"
        if let published = d.published { line += ", \(published)" }
        line += " — \(d.paragraphs.count) paragraphs, \(d.sentences.count) sentences, \(d.text.unicodeScalars.count) characters"
        return line
    }
}

/// The pinned `read --json` object: the keys of the foundation issue plus authors, url, feed, format, metadata.
struct ReadOutput: Encodable {
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
