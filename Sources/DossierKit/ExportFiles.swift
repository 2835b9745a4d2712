import DossierModel
import Foundation

/// Writes export files so that nothing is overwritten without `force` and a failed write
/// leaves no half-written file: each file goes to a temporary name in the same directory,
/// then is renamed over the target (rename is atomic within a file system).
public enum ExportFiles {
    /// Writes every file or none of them: existing targets are refused before anything is written.
    public static func write(_ files: [(path: String, data: Data)], force: Bool) throws {
        let manager = FileManager.default
        if !force {
            let existing = files.map(\.path).filter { manager.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw Diagnostic(code: "FileExists", message: "refusing to overwrite \(existing.joined(separator: ", ")); pass --force to replace")
            }
        }
        for file in files { try writeOne(file.data, to: file.path) }
    }

    static func writeOne(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                throw Diagnostic(code: "WriteFailed", message: "cannot rename \(temporary.path) to \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is Diagnostic { throw error }
            throw Diagnostic(code: "WriteFailed", message: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// Runs Graphviz's `dot` to turn DOT text into SVG or PNG.
public enum GraphvizRenderer {
    /// `dot` on the PATH, or nil when Graphviz is not installed.
    public static func dotExecutable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func render(_ dot: String, format: String) throws -> Data {
        guard let executable = dotExecutable() else {
            throw Diagnostic(code: "GraphvizMissing", message: "--render needs Graphviz's `dot`, which is not on the PATH; install it (apt-get install graphviz) or export DOT and render it elsewhere")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T\(format)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input; process.standardOutput = output; process.standardError = errors
        try process.run()
        // Feed stdin from another thread so a large drawing cannot deadlock on full pipes.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorsRead = DispatchSemaphore(value: 0)
        let errorReader = Thread {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            errorsRead.signal()
        }
        errorReader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorsRead.wait()
        guard process.terminationStatus == 0 else {
            throw Diagnostic(code: "GraphvizFailed", message: "dot -T\(format) failed: \(String(decoding: errorData.value, as: UTF8.self))")
        }
        return data
    }
}

/// A value handed from a reader thread, guarded by a lock.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}
