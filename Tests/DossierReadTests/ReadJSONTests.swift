import DossierModel
@testable import DossierRead
import Foundation
import Testing

/// Pins the `dossier read --json` interface with a golden file (`Fixtures/golden/read-json.txt`).
/// Set DOSSIER_RECORD=1 to rewrite it; the test then fails so the diff gets reviewed.
@Suite struct ReadJSONTests {
    @Test func feedAndTextMatchTheGoldenFile() throws {
        let documents = try ["feeds/rss2.xml", "text/teasers.txt"].flatMap { try Fixtures.read($0).map(\.document) }
        let json = try ReadJSON.encode(documents)
        let golden = Fixtures.directory.appendingPathComponent("golden/read-json.txt")
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try json.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("golden file rewritten: \(golden.path)")
            return
        }
        #expect(json == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func pinnedKeysArePresent() throws {
        let json = try ReadJSON.encode([try Fixtures.document("news/nitf.xml")])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let object = try #require(array.first)
        for key in ["source", "title", "published", "language", "text", "paragraphs", "sentences"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let sentences = try #require(object["sentences"] as? [[String: Int]])
        #expect(sentences.first == ["start": 0, "end": 60])
    }

    @Test func unknownValuesAreNull() throws {
        let json = try ReadJSON.encode([Document(source: "a.txt", text: "Hello.")])
        #expect(json.contains(#""published":null"#))
        #expect(json.contains(#""title":null"#))
    }
}
