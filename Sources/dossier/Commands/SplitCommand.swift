import ArgumentParser
import DossierKit

/// `dossier split`: an analyst judgement, stored and appended to graph/judgements.jsonl.
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "split", abstract: "Separate an entity into one per name it was found under.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The entity.") var entity: String

    func run() throws {
        recordJudgement("split", [entity], graphDirectory: graph.graph)
    }
}
