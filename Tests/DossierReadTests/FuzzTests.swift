import DossierModel
@testable import DossierRead
import Foundation
import Testing
import DossierTestSupport

/// Random mutations of every fixture: the reader may refuse an input, but never crashes, and
/// whatever it returns keeps its spans valid (inside the text, sentences tiling inside paragraphs,
/// never cutting a word).
@Suite struct FuzzTests {

    static let fixtures: [String] = {
        let root = Fixtures.directory
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && !name.hasPrefix("html/") && !name.contains("quadratic")
        }.sorted()
    }()

    /// Markup and punctuation that stress the segmenter and the XML paths.
    static let insertions: [[UInt8]] = [
        Array("<".utf8), Array("</item>".utf8), Array("&".utf8), Array("&lol;".utf8), Array(". ".utf8), Array("...".utf8),
        Array(" « ".utf8), Array("»".utf8), Array("M. ".utf8), Array("\n\n".utf8), Array("\u{A0}".utf8), [0x00], [0xFF],
        [0xC3], Array("<![CDATA[".utf8), Array("]]>".utf8), Array("<!ENTITY x \"y\">".utf8), Array("\r\n".utf8),
    ]

    static func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var out = bytes
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            guard !out.isEmpty else { out = [0x41]; continue }
            let at = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: out[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: out.remove(at: at)
            case 2: out.insert(contentsOf: insertions.randomElement(using: &rng) ?? [], at: at)
            default: out.removeSubrange(at..<min(out.count, at + Int.random(in: 1...64, using: &rng)))
            }
        }
        return out
    }

    @Test(arguments: fixtures)
    func mutatedFixturesNeverBreakSpans(_ name: String) throws {
        let original = [UInt8](try Fixtures.data(name))
        var rng = SplitMix64(seed: UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        for round in 0..<40 {
            let mutated = Self.mutate(original, using: &rng)
            guard let items = try? Reader.read(data: Data(mutated), source: name) else { continue }
            for item in items {
                let problems = SpanInvariants.violations(item.document)
                #expect(problems.isEmpty, "round \(round) of \(name): \(problems.prefix(3))")
                if let facts = item.prefilled {
                    let length = item.document.text.unicodeScalars.count
                    #expect(facts.relations.allSatisfy { $0.evidence.sentence.end <= length && $0.evidence.sentence.contains($0.evidence.span) })
                }
            }
        }
    }

    @Test func randomTextKeepsSegmentationInvariants() {
        var rng = SplitMix64(seed: 42)
        let pieces = ["M.", "Mme", "Inc.", "U.S.", "1,5", "12 000", "etc.", "« Oui. »", "\"Yes.\"", "...", "…", "!", "?",
                      "Le", "The", "vs.", "J.", "P.", "Morgan", "word", "mot", "\n", " ", "  ", "(p. ex.", ")", "No.", "5."]
        for _ in 0..<300 {
            let blocks = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined(separator: " ")
            }
            let doc = DocumentBuilder.build(source: "random", blocks: blocks, format: "text")
            let problems = SpanInvariants.violations(doc)
            #expect(problems.isEmpty, "\(blocks): \(problems.prefix(3))")
        }
    }
}
