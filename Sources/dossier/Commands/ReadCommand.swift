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
                    FileHandle.standardError.write(Data((Self.errorLine(error, file: file) + "\n").utf8))
                }
            }
        }
        if json {
            print(try ReadJSON.encode(documents))
        } else {
            for document in documents { print(Self.summary(document)) }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// `file[:line:col]: error: reason [Code]`, naming the file once.
    static func errorLine(_ d: Diagnostic, file: String) -> String {
        if d.position != nil { return d.description }
        let reason = d.message.hasPrefix(file + ": ") ? String(d.message.dropFirst(file.count + 2)) : d.message
        return "\(file): \(d.severity.rawValue): \(reason) [\(d.code)]"
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
