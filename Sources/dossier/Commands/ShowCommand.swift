import ArgumentParser
import DossierKit

/// `dossier show NAME`: one entity's types, names, facts and the sentences behind them.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entity: names, facts and their evidence.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "A name (any spelling it goes by) or an id.") var entity: String

    func run() throws {
        do { print(try StoreStatistics.describe(entity, graphDirectory: graph.graph)) } catch { failWithMessage(error) }
    }
}
