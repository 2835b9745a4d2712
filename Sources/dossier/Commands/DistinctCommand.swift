import ArgumentParser
import DossierKit

/// `dossier distinct`: an analyst judgement, stored and appended to graph/judgements.jsonl.
struct DistinctCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "distinct", abstract: "Judge two entities to be different; they will never be merged.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "One entity.") var a: String
    @Argument(help: "The other.") var b: String

    func run() throws {
        recordJudgement("distinct", [a, b], graphDirectory: graph.graph)
    }
}
