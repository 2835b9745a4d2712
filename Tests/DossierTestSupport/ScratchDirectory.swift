import Foundation

/// A fresh, empty directory for one test, removed when the test process exits.
///
/// Tests run in parallel and each needs a directory of its own; removing it at the end of each test
/// would need every test to clean up on every path, so the process removes them all at exit instead
/// (before, hundreds were left behind in the temporary directory after every run).
public func scratchDirectory(_ prefix: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    ScratchRegistry.shared.add(dir)
    return dir
}

/// The directories made so far; the first one registers the removal at exit.
final class ScratchRegistry: @unchecked Sendable {
    static let shared = ScratchRegistry()
    private let lock = NSLock()
    private var paths: [String] = []

    private init() {
        atexit { ScratchRegistry.shared.removeAll() }
    }

    func add(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        paths.append(path)
    }

    func removeAll() {
        lock.lock(); defer { lock.unlock() }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        paths.removeAll()
    }
}
