import DossierModel
@testable import DossierRead
import Foundation

/// Fixture files of the HTML tests, and the shared article-extraction benchmark when present.
enum HTMLFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func read(_ name: String) throws -> Document {
        try HTMLReader.read(data: data(name), source: name)
    }

    /// `../shared/data/article-extraction` beside the repository root.
    static let articleBenchmark = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/article-extraction")

    static var articleBenchmarkIsAvailable: Bool {
        FileManager.default.fileExists(atPath: articleBenchmark.appendingPathComponent("ground-truth.json").path)
    }
}
