import ArgumentParser
import DossierKit

/// `dossier import jsonl FILE`: a graph in the JSON-lines format of ../shared/anchors, verbatim.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Load a JSON-lines graph verbatim (no resolution).")
    enum Format: String, ExpressibleByArgument { case jsonl }
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The format: jsonl.") var format: Format
    @Argument(help: "The file.") var file: String

    func run() throws {
        do {
            let (nodes, edges) = try StoreStatistics.importJSONLines(file, graphDirectory: graph.graph)
            print("imported \(nodes) nodes and \(edges) relationships")
        } catch { failWithMessage(error) }
    }
}
