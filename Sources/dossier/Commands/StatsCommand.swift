import ArgumentParser
import DossierKit
import Foundation

/// `dossier stats [--json]`: counts of documents, entities by type, relations by predicate, evidence, judgements.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the graph holds.")
    @OptionGroup var graph: GraphOptions
    @Flag(help: "Print {\"documents\",\"entities\",\"relations\",\"evidence\",\"judgements\"} as JSON.") var json = false

    func run() throws {
        let stats: StoreStatistics
        do { stats = try StoreStatistics.load(graphDirectory: graph.graph) } catch { failWithMessage(error) }
        print(json ? stats.json : stats.text)
    }
}
