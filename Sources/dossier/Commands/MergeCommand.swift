import ArgumentParser
import DossierKit

/// `dossier merge`: an analyst judgement, stored and appended to graph/judgements.jsonl.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Judge two entities to be one (B is folded into A).")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The entity that stays.") var a: String
    @Argument(help: "The entity folded into it.") var b: String

    func run() throws {
        recordJudgement("merge", [a, b], graphDirectory: graph.graph)
    }
}
