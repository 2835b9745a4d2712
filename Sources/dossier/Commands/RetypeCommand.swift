import ArgumentParser
import DossierKit

/// `dossier retype`: an analyst judgement, stored and appended to graph/judgements.jsonl.
struct RetypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retype", abstract: "Change an entity's type.")
    @OptionGroup var graph: GraphOptions
    @Argument(help: "The entity.") var entity: String
    @Argument(help: "Company, Organization, Person, Facility, Sanction, Location or Product.") var type: String

    func run() throws {
        recordJudgement("retype", [entity, type], graphDirectory: graph.graph)
    }
}
