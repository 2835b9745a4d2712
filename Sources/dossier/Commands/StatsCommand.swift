import ArgumentParser
import DossierKit
import Foundation

/// `dossier stats [--json]`: counts of documents, entities by type, relations by predicate, evidence, judgements.
/// `--check` and `--canonical` add SQLite's integrity verdict and an id-independent listing (in
/// that order, before the counts when combined), which the crash tests compare between stores.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the graph holds.")
    @OptionGroup var graph: GraphOptions
    @Flag(help: "Print {\"documents\",\"entities\",\"relations\",\"evidence\",\"judgements\"} as JSON.") var json = false
    @Flag(help: "Run SQLite's integrity check and print its verdict (\"ok\").") var check = false
    @Flag(help: "Print every entity, alias, relation and mention as sorted lines, independent of row ids.") var canonical = false

    func run() throws {
        do {
            if check { print(try StoreStatistics.integrityCheck(graphDirectory: graph.graph)) }
            if canonical { print(try StoreStatistics.canonicalDump(graphDirectory: graph.graph)) }
            if (check || canonical) && !json { return }
            let stats = try StoreStatistics.load(graphDirectory: graph.graph)
            print(json ? stats.json : stats.text)
        } catch { failWithMessage(error) }
    }
}
