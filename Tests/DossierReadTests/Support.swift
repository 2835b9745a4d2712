import DossierModel
@testable import DossierRead
import Foundation
import Testing

/// Paths of the repository, its fixtures and the read-only shared data beside it.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// Reads a fixture through the public entry point; `source` is its relative name.
    static func read(_ name: String, options: ReaderOptions = .init()) throws -> [ReadItem] {
        try Reader.read(data: data(name), source: name, options: options)
    }

    static func document(_ name: String) throws -> Document {
        let items = try read(name)
        return try #require(items.first?.document)
    }
}

/// The shared data directory (`../shared` relative to the repository root), absent in some clones.
enum SharedData {
    static let directory = Fixtures.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: directory.appendingPathComponent("data").path) }
}

/// The span invariants every document must keep, whatever its input.
enum SpanInvariants {
    /// Problems found, empty when the document is consistent.
    static func violations(_ doc: Document) -> [String] {
        var problems: [String] = []
        let scalars = Array(doc.text.unicodeScalars)
        let count = scalars.count
        var previousEnd = 0
        for p in doc.paragraphs {
            if p.start < previousEnd || p.end > count || p.start >= p.end { problems.append("bad paragraph \(p)") }
            previousEnd = p.end
        }
        previousEnd = 0
        for s in doc.sentences {
            if s.start < previousEnd || s.end > count || s.start >= s.end { problems.append("bad sentence \(s)"); continue }
            previousEnd = s.end
            guard let p = doc.paragraphs.first(where: { $0.contains(s) }) else {
                problems.append("sentence \(s) outside every paragraph"); continue
            }
            if s.start > p.start, !scalars[s.start - 1].properties.isWhitespace { problems.append("sentence \(s) starts inside a word") }
            if s.end < p.end, !scalars[s.end].properties.isWhitespace { problems.append("sentence \(s) ends inside a word") }
        }
        // Sentences tile their paragraph: only whitespace lies between them.
        for p in doc.paragraphs {
            let inside = doc.sentences.filter { p.contains($0) }
            if inside.isEmpty { problems.append("paragraph \(p) has no sentence"); continue }
            var covered = p.start
            for s in inside + [TextSpan(start: p.end, end: p.end)] {
                if scalars[covered..<s.start].contains(where: { !$0.properties.isWhitespace }) {
                    problems.append("text between \(covered) and \(s.start) belongs to no sentence")
                }
                covered = s.end
            }
        }
        return problems
    }
}

extension Document {
    /// The text of every sentence, for readable expectations.
    var sentenceTexts: [String] { sentences.map { text.slice($0) } }
    var paragraphTexts: [String] { paragraphs.map { text.slice($0) } }
}
