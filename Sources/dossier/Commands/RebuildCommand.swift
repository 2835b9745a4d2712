import ArgumentParser
import DossierKit

/// `dossier rebuild [PATH…]`: recreates the store from its recorded sources and replays graph/judgements.jsonl.
struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild", abstract: "Recreate the graph from the recorded sources and replay the judgements.",
        discussion: "Give PATHs when the database is lost; they are ingested along with any recorded sources.")
    @OptionGroup var graph: GraphOptions
    @OptionGroup var host: ExtractionOptions
    @Argument(help: "Extra files or directories to ingest.") var paths: [String] = []

    func run() throws {
        let report: StoreJudgements.RebuildReport
        do { report = try StoreJudgements.rebuild(graphDirectory: graph.graph, extraPaths: paths, extraction: host.extraction()) } catch { failWithMessage(error) }
        for f in report.ingest.failures { printError("error: \(f)") }
        for f in report.failedImports { printError("error: \(f)") }
        for f in report.failedJudgements { printError("error: judgement \(f)") }
        let imports = report.reimported + report.failedImports.count > 0 ? "; \(report.reimported) imports re-imported" : ""
        printError(IngestCommand.summaryLine(report.ingest) + imports + "; \(report.replayed) judgements replayed")
        if !report.ingest.failures.isEmpty || !report.failedImports.isEmpty || !report.failedJudgements.isEmpty { throw ExitCode.failure }
    }
}
