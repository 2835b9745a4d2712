import Foundation
import Testing

/// Where the repository and the read-only shared material are, found from this file's path.
enum SharedData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sharedRoot = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: sharedRoot.appendingPathComponent("tck/features").path)
    }
}

/// The built executables sit next to the test bundle.
enum BuiltProducts {
    static func executable(_ name: String) -> URL? {
        var candidates: [URL] = []
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(arg0.deletingLastPathComponent())
        candidates.append(arg0.deletingLastPathComponent().deletingLastPathComponent())
        for b in Bundle.allBundles { candidates.append(b.bundleURL.deletingLastPathComponent()) }
        candidates.append(SharedData.repositoryRoot.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent(name) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

@Suite struct TCKTests {
    /// Runs every scenario of ../shared/tck/features; any unexpected failure or pass fails the test.
    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared/tck (the openCypher TCK subset)"))
    func conformanceMatchesExpectedFailures() throws {
        let binary = try #require(BuiltProducts.executable("dossier-tck"), "dossier-tck was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            SharedData.sharedRoot.appendingPathComponent("tck/features").path,
            SharedData.sharedRoot.appendingPathComponent("tck/graphs").path,
            "--expected-failures",
            SharedData.repositoryRoot.appendingPathComponent("Tests/DossierQueryTests/Fixtures/tck-expected-failures.txt").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = output.split(separator: "\n").map(String.init)
        let closing = try #require(lines.first { $0.range(of: #"^\d+ passed, \d+ failed$"#, options: .regularExpression) != nil })
        let passed = Int(closing.split(separator: " ")[0]) ?? 0
        #expect(process.terminationStatus == 0, "unexpected TCK results:\n\(output.suffix(4000))")
        #expect(passed >= 1660, "\(closing)")
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared/tck"))
    func runnerRejectsAnUnlistedFailure() throws {
        let binary = try #require(BuiltProducts.executable("dossier-tck"))
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("tck-empty-\(UUID()).txt")
        try "# nothing expected to fail\n".write(to: empty, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: empty) }
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            SharedData.sharedRoot.appendingPathComponent("tck/features").path,
            SharedData.sharedRoot.appendingPathComponent("tck/graphs").path,
            "--expected-failures", empty.path, "--filter", "WithOrderBy1.feature:11",
        ]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }
}
