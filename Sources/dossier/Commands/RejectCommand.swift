import ArgumentParser
import DossierKit
import Foundation

/// `dossier reject ENTITY`, `dossier reject --relation SUBJECT PREDICATE OBJECT` or `dossier reject --relation ID`.
struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Judge an entity or a relation wrong; it is removed and not extracted again.")
    @OptionGroup var graph: GraphOptions
    @Flag(help: "Reject a relation, given as SUBJECT PREDICATE OBJECT or as its id.") var relation = false
    @Argument(help: "An entity, or with --relation: subject, predicate, object (an entity or a literal), or a relationship id.") var target: [String]

    func validate() throws {
        if relation && target.count != 3 && target.count != 1 { throw ValidationError("--relation takes SUBJECT PREDICATE OBJECT, or a relationship id") }
        if !relation && target.count != 1 { throw ValidationError("give one entity (quote names with spaces), or use --relation") }
    }

    func run() throws {
        recordJudgement(relation ? "reject-relation" : "reject", target, graphDirectory: graph.graph)
    }
}

/// Applies and logs a judgement, printing what it resolved to; exits 1 with the reason when it cannot apply.
func recordJudgement(_ kind: String, _ arguments: [String], graphDirectory: String) {
    do {
        let j = try StoreJudgements.record(kind: kind, arguments: arguments, graphDirectory: graphDirectory)
        print("\(kind) \(j.uids.joined(separator: " ")): recorded in \(StoreJudgements.logPath(graphDirectory))")
    } catch { failWithMessage(error) }
}
