import DossierModel
import DossierStore
import Foundation

/// Analyst judgements: applied to the store and appended to `graph/judgements.jsonl`, the
/// readable, committable log that `dossier rebuild` replays.
public enum StoreJudgements {
    public static func logPath(_ graphDirectory: String) -> String { (graphDirectory as NSString).appendingPathComponent("judgements.jsonl") }

    /// Applies one judgement (`merge`, `split`, `distinct`, `retype`, `rename`, `reject`,
    /// `reject-relation`) and logs it. Returns what it resolved to, for the message.
    @discardableResult
    public static func record(kind: String, arguments: [String], graphDirectory: String) throws -> Judgement {
        let judgement = Judgement(kind: kind, arguments: arguments, at: ISO8601DateFormatter().string(from: Date()))
        let applied = try GraphAccess.withStore(graphDirectory) { try $0.apply(judgement) }
        try append(applied, to: logPath(graphDirectory))
        return applied
    }

    static func append(_ j: Judgement, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(j)
        line.append(0x0A)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: line) else {
                throw Diagnostic(code: "StoreNotWritable", message: "cannot write \(path)")
            }
            return
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw Diagnostic(code: "StoreNotWritable", message: "cannot write \(path)") }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(line)
    }

    /// The judgements logged so far, oldest first.
    public static func logged(graphDirectory: String) throws -> [Judgement] {
        let path = logPath(graphDirectory)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var out: [Judgement] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            do { out.append(try JSONDecoder().decode(Judgement.self, from: Data(line.utf8))) }
            catch { throw Diagnostic(code: "InvalidJudgement", message: "not a judgement", position: SourcePosition(file: path, line: n + 1, column: 1)) }
        }
        return out
    }

    /// What `dossier rebuild` did.
    public struct RebuildReport: Sendable {
        public var ingest: IngestSummary
        /// `dossier import` files imported again, and those that could not be (printed as `path: reason`).
        public var reimported = 0
        public var failedImports: [IngestFailure] = []
        public var replayed = 0
        public var failedJudgements: [String] = []
    }

    /// Recreates the store from the recorded source files (plus `extraPaths`, for a lost
    /// database), imports the recorded `dossier import` files again (a missing one is reported,
    /// not fatal), and replays the judgement log. The old database is kept aside until the new
    /// one is complete, then removed.
    public static func rebuild(graphDirectory: String, extraPaths: [String] = [],
                               extraction: DocumentExtracting = LocalExtraction()) throws -> RebuildReport {
        let fm = FileManager.default
        let db = (graphDirectory as NSString).appendingPathComponent(GraphStore.fileName)
        var sources: [String] = []
        var imports: [(path: String, hash: String)] = []
        if GraphStore.exists(in: graphDirectory) {
            (sources, imports) = try GraphAccess.withStore(graphDirectory) { (try $0.recordedFiles(), try $0.recordedImports()) }
        }
        let aside = db + "-rebuilding"
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: db + suffix) {
            try? fm.removeItem(atPath: aside + suffix)
            try fm.moveItem(atPath: db + suffix, toPath: aside + suffix)
        }
        do {
            let pipeline = try IngestPipeline(graphDirectory: graphDirectory, extraction: extraction)
            var report = RebuildReport(ingest: pipeline.ingest(paths: Array(Set(sources + extraPaths)).sorted()))
            if let e = report.ingest.storeError { throw e }
            for file in imports {
                guard FileManager.default.fileExists(atPath: file.path) else {
                    report.failedImports.append(IngestFailure(path: file.path, reason: "imported file is missing; its nodes and relationships are not in the rebuilt graph"))
                    continue
                }
                do { _ = try StoreStatistics.importJSONLines(file.path, graphDirectory: graphDirectory); report.reimported += 1 }
                catch let e as Diagnostic where e.code != "StoreNotWritable" && e.code != "StoreBusy" {
                    report.failedImports.append(IngestFailure(path: file.path, reason: (e.position.map { "line \($0.line): " } ?? "") + e.message))
                }
            }
            for j in try logged(graphDirectory: graphDirectory) {
                do { _ = try GraphAccess.withStore(graphDirectory) { try $0.apply(j) }; report.replayed += 1 }
                catch { report.failedJudgements.append("\(j.kind) \(j.arguments.joined(separator: " ")): \(error)") }
            }
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: aside + suffix) }
            return report
        } catch {
            for suffix in ["", "-wal", "-shm"] {
                try? fm.removeItem(atPath: db + suffix)
                if fm.fileExists(atPath: aside + suffix) { try? fm.moveItem(atPath: aside + suffix, toPath: db + suffix) }
            }
            throw error
        }
    }
}
