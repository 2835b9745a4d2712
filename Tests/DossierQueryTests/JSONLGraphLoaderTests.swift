import Foundation
import Testing
@testable import DossierQuery

@Suite("JSON-lines graph loader")
struct JSONLGraphLoaderTests {
    /// Lines in the anchors' two layouts (spaced nodes, compact edges) plus escapes, non-ASCII text,
    /// every JSON value kind, and a line the scanner cannot read (a bare top-level array is not an object).
    static func generatedLines(count: Int) -> [String] {
        var lines: [String] = []
        let names = ["Olga Martin", "Zoë \\\"Q\\\" Durand", "Ле́на \\u00e9\\ud83d\\ude00", "tab\\there\\/slash\\\\"]
        for i in 0..<count {
            let label = ["Person", "Company", "Sanction"][i % 3]
            lines.append("{\"type\": \"node\", \"id\": \"N\(i)\", \"label\": \"\(label)\", \"properties\": "
                         + "{\"name\": \"\(names[i % names.count]) #\(i)\", \"score\": \(Double(i) / 4), \"rank\": -\(i), "
                         + "\"active\": \(i % 2 == 0), \"gone\": null, \"tags\": [\"a\", \(i), [true]], \"meta\": {\"k\": \"v\"}}}")
        }
        for i in 0..<count * 2 {
            lines.append("{\"type\":\"edge\",\"rel\":\"WORKS_FOR\",\"src\":\"N\(i % count)\",\"dst\":\"N\((i * 7) % count)\",\"properties\":{\"since\":\(2000 + i % 20)}}")
        }
        lines.append("{\"type\":\"node\",\"labels\":[\"Location\",\"City\"],\"id\":\"L0\",\"properties\":{}}")
        return lines
    }

    @Test func scannerBuildsTheSameGraphAsJSONSerialization() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-jsonl-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try (Self.generatedLines(count: 300).joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let fast = try JSONLGraphLoader.load(path: file.path)
        let reference = try JSONLGraphLoader.load(path: file.path, usingScanner: false)
        #expect(fast.nodeCount == 301)
        #expect(fast.relationshipCount == 600)
        #expect(fast.nodeLabels == reference.nodeLabels)
        #expect((0..<fast.nodeCount).map(fast.nodeProperties) == (0..<reference.nodeCount).map(reference.nodeProperties))
        #expect(fast.relType == reference.relType)
        #expect(fast.relStart == reference.relStart)
        #expect(fast.relEnd == reference.relEnd)
        #expect((0..<fast.relationshipCount).map(fast.relationshipProperties)
                == (0..<reference.relationshipCount).map(reference.relationshipProperties))
        #expect(fast.nodeProperty(1, "name") == .string("Zoë \"Q\" Durand #1"))
        #expect(fast.nodeProperty(2, "name") == .string("Ле́на é😀 #2"))
    }

    @Test func scannerRejectsWhatIsNotOneJSONObject() {
        for text in ["[1, 2]", "{\"a\": 1} x", "{\"a\": }", "{\"a\": \"\\q\"}", "{\"a\": tru}", "{\"a\": \"open"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { JSONLineScanner.object($0) } == nil, "\(text)")
        }
    }

    @Test func aBadLineIsReportedWithItsNumber() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-jsonl-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try "{\"type\":\"node\",\"id\":\"A\",\"label\":\"X\",\"properties\":{}}\n{\"type\":\"edge\",\"rel\":\"R\",\"src\":\"A\",\"dst\":\"B\"}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect { try JSONLGraphLoader.load(path: file.path) } throws: { ($0 as? JSONLGraphLoader.LoadError)?.line == 2 }
    }
}
