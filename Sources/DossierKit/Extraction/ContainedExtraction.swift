import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Extraction in a child process (`dossier extract-worker`), so that a trap or a runaway rule on
/// one document costs that document, not the ingest: the document is reported as failed, the
/// worker is replaced, and the next document goes on. One worker serves many documents, so the
/// lexicons load once per run, as they do in process.
public final class ContainedExtraction: DocumentExtracting {
    /// The worker's command line.
    public struct Worker: Sendable {
        public var executable: String
        public var arguments: [String]
        public init(executable: String, arguments: [String]) {
            self.executable = executable; self.arguments = arguments
        }

        /// This very executable run as `extract-worker`.
        public static func thisExecutable() -> Worker {
            let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
            return Worker(executable: path, arguments: ["extract-worker"])
        }
    }

    let worker: Worker
    /// Seconds one document may take; a worker past it is killed and the document reported.
    let timeLimit: @Sendable (Document) -> Double
    private var running: Running?
    /// One pair of coders for the run, not one per document.
    private let encoder = WorkerCoding.encoder(), decoder = WorkerCoding.decoder()
    /// How many workers were started, for tests and the curious.
    public private(set) var workersStarted = 0

    /// The default limit, a wide margin over the measured speed (a 10 MB paragraph in about 45 s).
    public static let defaultTimeLimit: @Sendable (Document) -> Double = { 60 + 60 * Double($0.text.utf8.count) / 1_000_000 }

    public init(worker: Worker = .thisExecutable(), timeLimit: @escaping @Sendable (Document) -> Double = defaultTimeLimit) {
        self.worker = worker
        self.timeLimit = timeLimit
        // A dead worker must show as a failed write, not kill the ingest with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { running?.stop() }

    /// The document sent by `prepare`, with its limit and the moment its time ran out.
    private var sentAhead: (document: Document, limit: Double, deadline: Date)?

    /// Sends the document now: the worker extracts it while the ingest stores the one before.
    /// A worker that cannot take it is left for `extract` to replace and report.
    public func prepare(_ document: Document) {
        guard sentAhead == nil, let worker = try? runningWorker() else { return }
        let limit = timeLimit(document)
        do {
            try WorkerFrames.write(try encoder.encode(document), to: worker.requests)
            sentAhead = (document, limit, Date() + limit)
        } catch {
            running = nil
            worker.stop()
        }
    }

    public func extract(_ document: Document) throws -> DocumentExtraction {
        if let sent = sentAhead {
            sentAhead = nil
            if sent.document == document { return try reply(limit: sent.limit, deadline: sent.deadline) }
            // Sent ahead but not asked for after all: its answer is read and dropped.
            _ = try? reply(limit: sent.limit, deadline: sent.deadline)
        }
        let limit = timeLimit(document)
        let worker = try runningWorker()
        do { try WorkerFrames.write(try encoder.encode(document), to: worker.requests) }
        catch let failure as WorkerFrames.Failure { throw fail(failure, limit: limit) }
        return try reply(limit: limit, deadline: Date() + limit)
    }

    /// The worker's answer to the request it is working on.
    private func reply(limit: Double, deadline: Date) throws -> DocumentExtraction {
        guard let worker = running else { throw fail(.closed, limit: limit) }
        do {
            guard let bytes = try WorkerFrames.read(from: worker.replies, deadline: deadline) else { throw WorkerFrames.Failure.closed }
            switch try decoder.decode(WorkerReply.self, from: bytes) {
            case .extraction(let extraction): return extraction
            case .failure(let message): throw Diagnostic(code: "ExtractionFailed", message: message)
            }
        } catch let failure as WorkerFrames.Failure {
            throw fail(failure, limit: limit)
        } catch is DecodingError {
            running = nil
            worker.stop()
            throw Diagnostic(code: "ExtractionCrashed", message: "the extraction worker answered something unreadable; the document was skipped")
        }
    }

    /// Ends the worker that failed on the current document and says why.
    private func fail(_ failure: WorkerFrames.Failure, limit: Double) -> Diagnostic {
        let cause = running?.stop() ?? "the worker was gone"
        running = nil
        switch failure {
        case .timedOut:
            let seconds = String(format: limit < 10 ? "%.1f" : "%.0f", limit)
            return Diagnostic(code: "ExtractionTimedOut", message: "extraction took longer than \(seconds) s; the document was skipped")
        case .closed, .malformed:
            return Diagnostic(code: "ExtractionCrashed", message: "extraction failed on this document (\(cause)); it was skipped and the ingest went on")
        }
    }

    private func runningWorker() throws -> Running {
        if let running { return running }
        do { running = try Running(worker) }
        catch { throw Diagnostic(code: "ExtractorUnavailable", message: "cannot start the extraction worker \(worker.executable): \(error)") }
        workersStarted += 1
        return running!
    }

    /// One live worker process and the ends of its pipes. Its standard error goes to an unlinked
    /// temporary file (a pipe nobody drains could fill and block it), read back when it ends.
    final class Running {
        let process = Process()
        let input = Pipe(), output = Pipe()
        let errors: FileHandle
        let errorsReader: FileHandle
        var requests: Int32 { input.fileHandleForWriting.fileDescriptor }
        var replies: Int32 { output.fileHandleForReading.fileDescriptor }

        init(_ worker: Worker) throws {
            let errorsPath = NSTemporaryDirectory() + "dossier-worker-\(UUID().uuidString).err"
            _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
            errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
            errorsReader = try FileHandle(forReadingFrom: URL(fileURLWithPath: errorsPath))
            // Nothing is left in the temporary directory, however this process ends.
            try? FileManager.default.removeItem(atPath: errorsPath)
            process.executableURL = URL(fileURLWithPath: worker.executable)
            process.arguments = worker.arguments
            var environment = ProcessInfo.processInfo.environment
            environment["SWIFT_BACKTRACE"] = "enable=no"   // a crash report, not a minute of symbolication
            process.environment = environment
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Keep only our ends, so the worker's death shows as end-of-file.
            try? input.fileHandleForReading.close()
            try? output.fileHandleForWriting.close()
        }

        /// Ends the worker and says how it ended: its exit or signal and its last words.
        @discardableResult
        func stop() -> String {
            try? input.fileHandleForWriting.close()
            if process.isRunning {
                // A clean worker exits on end-of-input; a stuck one is killed.
                let patience = Date() + 0.5
                while process.isRunning && Date() < patience { usleep(10_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
            process.waitUntilExit()
            try? output.fileHandleForReading.close()
            try? errors.close()
            let said = String(decoding: (try? errorsReader.readToEnd()) ?? Data(), as: UTF8.self)
            try? errorsReader.close()
            let how = process.terminationReason == .uncaughtSignal
                ? "the worker was stopped by signal \(process.terminationStatus)"
                : "the worker exited with status \(process.terminationStatus)"
            let lastWords = said.split(separator: "\n").last { $0.contains("error") } ?? said.split(separator: "\n").last
            return lastWords.map { how + ": " + $0.trimmingCharacters(in: .whitespaces) } ?? how
        }
    }
}
