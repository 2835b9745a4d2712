import ArgumentParser
import DossierKit
import Foundation

/// `dossier extract-worker`: the child process that ingest and rebuild extract documents in.
/// Not for people; it speaks length-prefixed JSON on its standard input and output.
struct ExtractWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-worker", abstract: "Extract documents sent by an ingest (internal).", shouldDisplay: false)

    func run() throws {
        let status = ExtractionWorker.serve()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Where ingest and rebuild run extraction.
struct ExtractionOptions: ParsableArguments {
    @Flag(name: .long, help: "Extract in this process: a little faster to start, but a fault in one document ends the run.")
    var inProcess = false

    @Option(name: .long, help: ArgumentHelp("Seconds one document's extraction may take before it is skipped (default: 60 plus 60 per MB of text).", valueName: "seconds"))
    var timeLimit: Double?

    func validate() throws {
        if let timeLimit, timeLimit <= 0 { throw ValidationError("--time-limit must be a positive number of seconds") }
        if inProcess && timeLimit != nil { throw ValidationError("--time-limit needs a worker process; drop --in-process") }
    }

    func extraction() -> DocumentExtracting {
        if inProcess { return LocalExtraction() }
        guard let timeLimit else { return ContainedExtraction() }
        return ContainedExtraction(timeLimit: { _ in timeLimit })
    }
}
