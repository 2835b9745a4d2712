import ArgumentParser
import DossierQuery
import Foundation

/// `dossier-tck FEATURES_DIR GRAPHS_DIR [--expected-failures FILE] [--verbose] [--filter S]`
struct DossierTCK: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-tck",
        abstract: "Run openCypher TCK feature files against Dossier's query engine.")

    @Argument(help: "Folder of .feature files (searched recursively).") var featuresDirectory: String
    @Argument(help: "Folder of named graphs (<name>/<name>.cypher).") var graphsDirectory: String
    @Option(help: "Scenario ids expected to fail, one per line with a reason.") var expectedFailures: String?
    @Flag(help: "Print every failing scenario with the reason.") var verbose = false
    @Option(help: "Run only scenarios whose id or name contains this text.") var filter: String?

    func run() throws {
        let runner = TCKRunner(featuresDirectory: featuresDirectory, graphsDirectory: graphsDirectory, filter: filter)
        let outcomes = runner.run()
        let expected = try expectedFailures.map { try ExpectedFailures(contentsOf: $0) } ?? ExpectedFailures()
        let summary = TCKSummary(outcomes: outcomes, expected: expected)
        if verbose {
            for o in outcomes where !o.passed {
                print("FAIL \(o.id) \(o.name)\n     \(o.message)")
            }
        }
        for id in summary.unexpectedPasses { print("UNEXPECTED PASS \(id)") }
        if expectedFailures != nil, !verbose {
            for o in summary.unexpectedFailures { print("UNEXPECTED FAIL \(o.id): \(o.message)") }
        }
        for line in summary.lines { print(line) }
        if expectedFailures != nil, !summary.unexpectedPasses.isEmpty || !summary.unexpectedFailures.isEmpty {
            throw ExitCode(1)
        }
    }
}

DossierTCK.main()
