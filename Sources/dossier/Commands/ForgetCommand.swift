import ArgumentParser
import DossierKit

/// `dossier forget DOC`: removes a document and exactly what only it supported.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forget", abstract: "Remove a document and every fact only it supported.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The document: its source path, its file, its title or a content-hash prefix.") var document: String

    func run() throws {
        let forgotten: [String]
        do { forgotten = try StoreStatistics.forget(document, graphDirectory: graph.graph) } catch { failWithMessage(error) }
        if forgotten.isEmpty { failWithMessage(ValidationError("no document matches \"\(document)\"")) }
        print("forgot " + forgotten.joined(separator: ", "))
    }
}
