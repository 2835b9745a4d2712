import ArgumentParser
import DossierKit
import Foundation

/// `dossier read PATH… --json`: what the reader makes of files, without touching the graph.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Read files into clean documents and print them.")

    @Argument(help: "Files to read.") var paths: [String]
    @Flag(help: "Print a JSON array of documents.") var json = false

    func run() throws {
        throw ExitCode.failure
    }
}
