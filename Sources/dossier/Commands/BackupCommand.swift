import ArgumentParser
import DossierKit

/// `dossier backup FILE`: a consistent copy of the store while others read and write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Write a consistent copy of the graph database to FILE.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The new database file.") var file: String

    func run() throws {
        do { try StoreStatistics.backup(graphDirectory: graph.graph, to: file) } catch { failWithMessage(error) }
        print("wrote \(file)")
    }
}
