import DossierModel
@testable import DossierRead
import Foundation
import Testing

/// The fast document-building path must give exactly the documents of the old one
/// (`ReferenceDocumentBuilder`): same text, spans, language and metadata.
@Suite struct BuilderEquivalenceTests {
    /// Every fixture file of every test target and the extractor's dev-set articles.
    static let files: [URL] = {
        let tests = Fixtures.repositoryRoot.appendingPathComponent("Tests")
        guard let walker = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.path.contains("/Fixtures/") && !$0.hasDirectoryPath && $0.pathExtension != "gz" }
            .sorted { $0.path < $1.path }
    }()

    /// The raw blocks a reader could hand over: blank-line paragraphs, and every line on its own.
    static func blockLists(_ text: String) -> [[String]] {
        let paragraphs = text.components(separatedBy: "\n\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [paragraphs, lines, [text]]
    }

    static func expectSame(_ blocks: [String], declared: String? = nil, _ name: String) {
        var metadata = DocumentMetadata()
        metadata.language = declared
        let new = DocumentBuilder.build(source: name, blocks: blocks, format: "text", metadata: metadata)
        let old = ReferenceDocumentBuilder.build(source: name, blocks: blocks, format: "text", metadata: metadata)
        #expect(new == old, "\(name): \(new.language) vs \(old.language), \(new.sentences.count) vs \(old.sentences.count) sentences")
    }

    @Test func fixturesAndDevSetBuildTheSameDocuments() throws {
        #expect(Self.files.count > 40, "fixtures not found under \(Fixtures.repositoryRoot.path)/Tests")
        #expect(Self.files.contains { $0.path.contains("devset/fr01.txt") })
        for url in Self.files {
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            for blocks in Self.blockLists(text) { Self.expectSame(blocks, url.lastPathComponent) }
            Self.expectSame(Self.blockLists(text)[0], declared: "fr-FR", url.lastPathComponent)
        }
    }

    @Test func readerDocumentsRebuildTheSame() throws {
        for url in Self.files {
            guard let data = try? Data(contentsOf: url),
                  let items = try? Reader.read(data: data, source: url.lastPathComponent) else { continue }
            for item in items {
                let doc = item.document
                let blocks = doc.paragraphs.map { doc.text.slice($0) }
                Self.expectSame(blocks, declared: doc.language, doc.source)
            }
        }
    }

    /// Every kind of space, break, invisible and control character, abbreviations and scripts.
    @Test func awkwardCharactersBuildTheSame() {
        let specials: [Unicode.Scalar] = [
            "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\n", "\r", "\u{2028}",
            "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}", "\t", " ", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}",
            "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{01}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
            ".", "!", "?", "…", "‽", "»", "«", "”", "“", "(", ")", "'", "\"", "-", "—", "•", ":", "：",
            "É", "é", "ß", "İ", "Ж", "ж", "ع", "Ω", "漢", "カ", "🚀", "1", "A", "a", "Z", "z",
        ]
        let words = ["Mr", "M", "Inc", "The", "Le", "U.S", "e.g", "c.-à-d", "J", "12", "Read more", "Publicité",
                     "Lire aussi", "der", "und", "the", "le", "de", "été", "Ltée", "l'usine", "ÉTAT"]
        var generator = SplitMix(seed: 42)
        for round in 0..<400 {
            var blocks: [String] = []
            for _ in 0..<Int(generator.next() % 4 + 1) {
                var view = String.UnicodeScalarView()
                for _ in 0..<Int(generator.next() % 60) {
                    if generator.next() % 3 == 0 {
                        view.append(contentsOf: words[Int(generator.next() % UInt64(words.count))].unicodeScalars)
                    } else {
                        view.append(specials[Int(generator.next() % UInt64(specials.count))])
                    }
                }
                blocks.append(String(view))
            }
            Self.expectSame(blocks, declared: round % 2 == 0 ? nil : "en", "random \(round)")
        }
    }
}

/// A small deterministic generator, so a failure names a reproducible case.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
