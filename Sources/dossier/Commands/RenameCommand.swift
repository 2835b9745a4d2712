import ArgumentParser
import DossierKit

/// `dossier rename`: an analyst judgement, stored and appended to graph/judgements.jsonl.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Change an entity's canonical name (the old one stays an alias).")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The entity.") var entity: String
    @Argument(help: "The new name.") var name: String

    func run() throws {
        recordJudgement("rename", [entity, name], graphDirectory: graph.graph)
    }
}
