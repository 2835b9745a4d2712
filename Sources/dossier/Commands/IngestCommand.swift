import ArgumentParser
import DossierKit
import DossierModel
import Foundation

/// `dossier ingest PATH…`: files and directories into the graph, one transaction per document.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read, extract and store articles (files or directories, recursively).",
        discussion: "Unchanged files are skipped without being read again. Exit 1 when some inputs failed; the others are still ingested.")

    @OptionGroup var graph: GraphOptions
    @OptionGroup var host: ExtractionOptions
    @Argument(help: "Files or directories to ingest.") var paths: [String]

    func run() throws {
        let pipeline: IngestPipeline
        do { pipeline = try IngestPipeline(graphDirectory: graph.graph, extraction: host.extraction()) } catch { failWithMessage(error) }
        let live = isatty(STDERR_FILENO) == 1
        let summary = pipeline.ingest(paths: paths) { p in
            if live { FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.progressLine(p)).utf8)) }
        }
        if live { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        for failure in summary.failures { printError("error: \(failure)") }
        if let e = summary.storeError { printError("error: \(e.message); ingest stopped, every document before it is stored whole") }
        printError(Self.summaryLine(summary))
        if summary.progress.reExtracted > 0,
           (try? StoreJudgements.logged(graphDirectory: graph.graph))?.contains(where: { $0.kind == "retype" || $0.kind == "split" }) == true {
            printError("note: retype and split judgements are not re-applied to re-extracted documents; `dossier rebuild` replays them all")
        }
        if !summary.failures.isEmpty || summary.storeError != nil { throw ExitCode.failure }
    }

    static func progressLine(_ p: IngestProgress) -> String {
        let rate = p.elapsed > 0 ? Double(p.filesDone) / p.elapsed : 0
        let left = rate > 0 ? Double(p.filesTotal - p.filesDone) / rate : 0
        return "\(p.filesDone)/\(p.filesTotal) files · \(p.documents) documents · \(p.entities) entities · \(p.relations) relations · "
            + String(format: "%.1f files/s · %.0f s left", rate, left)
    }

    static func summaryLine(_ s: IngestSummary) -> String {
        let p = s.progress
        var line = "\(p.filesTotal) file\(p.filesTotal == 1 ? "" : "s")"
        line += ": \(p.documents) new documents, \(p.filesSkipped) unchanged, \(p.entities) entities, \(p.relations) relations"
        if p.reExtracted > 0 { line += ", \(p.reExtracted) re-extracted because the extractor changed" }
        line += String(format: " in %.1f s", p.elapsed)
        if !s.failures.isEmpty { line += "; \(s.failures.count) failed" }
        return line
    }
}

/// Prints a line on standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Prints an error for a human (a diagnostic's message, not its debug form) and exits 1.
func failWithMessage(_ error: Error) -> Never {
    if let d = error as? Diagnostic { printError("error: \(d.position.map { "\($0): " } ?? "")\(d.message)") }
    else { printError("error: \(error)") }
    Foundation.exit(1)
}
