import ArgumentParser
import DossierExport
import DossierKit
import DossierModel
import Foundation

/// `dossier export dot|json|graphml|neo4j …`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph, a query's result or one actor's neighbourhood as DOT, JSON, GraphML or Neo4j CSV.",
        subcommands: [ExportDOTCommand.self, ExportJSONCommand.self, ExportGraphMLCommand.self, ExportNeo4jCommand.self])
}

/// The options every export shares.
struct ExportOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "The file to write (standard output when absent).")
    var output: String?
    @Flag(help: "Replace an existing file.") var force = false
    @Option(help: "Export only this query's nodes, relationships and paths (and the edges among them).")
    var query: String?
    @Option(name: .customLong("param"), help: ArgumentHelp("Set $NAME for --query.", valueName: "NAME=JSON"))
    var parameters: [String] = []
    @Option(help: "Export the neighbourhood of every actor with this name (or alias).") var around: String?
    @Option(help: "Hops from the --around actors.") var depth = 1
    @Option(help: "Drop relationships (and nodes) whose confidence is below this.") var minConfidence: Double?
    @Flag(help: "Keep Document nodes and MENTIONS edges.") var withDocuments = false
    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        if query != nil && around != nil { throw ValidationError("use --query or --around, not both") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let c = minConfidence, !(0...1).contains(c) { throw ValidationError("--min-confidence is between 0 and 1") }
        _ = try QueryCommand.parseParameters(parameters)
    }

    func request(_ format: ExportRequest.Format) throws -> ExportRequest {
        var selection = ExportRequest.Selection.wholeGraph
        if let query { selection = .query(query, parameters: try QueryCommand.parseParameters(parameters)) }
        if let around { selection = .around(name: around, depth: depth) }
        return ExportRequest(format: format, selection: selection, output: output, force: force,
                             minConfidence: minConfidence, withDocuments: withDocuments)
    }

    /// Runs the export, prints its notes on standard error, exits 1 on failure.
    func perform(_ request: ExportRequest) throws {
        do {
            let outcome = try ExportRunner(graphDirectory: graphOptions.graph).run(request)
            for note in outcome.notes { SurfaceIO.error(note) }
            if !outcome.standardOutput.isEmpty { SurfaceIO.write(outcome.standardOutput) }
            for path in outcome.written where !request.perDocument { SurfaceIO.error("wrote \(path)") }
        } catch {
            if case .query(let text, _) = request.selection {
                SurfaceIO.error(ErrorText.render(error, source: text))
            } else {
                SurfaceIO.error(String(describing: error))
            }
            throw ExitCode.failure
        }
    }
}

struct ExportDOTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dot", abstract: "Graphviz DOT (or SVG/PNG with --render).")
    enum Render: String, ExpressibleByArgument { case svg, png }
    @OptionGroup var options: ExportOptions
    @Option(help: "Render with Graphviz instead of writing DOT: svg or png.") var render: Render?

    func validate() throws {
        if render == .png, options.output == nil, SurfaceIO.isTerminal(STDOUT_FILENO) {
            throw ValidationError("--render png writes binary data: name a file with -o")
        }
    }

    func run() throws {
        var request = try options.request(.dot)
        request.render = render?.rawValue
        try options.perform(request)
    }
}

struct ExportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "json", abstract: "The graph as JSON, or one scorer-format file per document.")
    @OptionGroup var options: ExportOptions
    @Flag(help: "Add each element's evidence.") var withEvidence = false
    @Option(help: ArgumentHelp("Write one file per document (the format of shared/eval/score.py) into DIR.", valueName: "DIR"))
    var perDocument: String?

    func run() throws {
        var request = try options.request(.json)
        request.withEvidence = withEvidence
        if let perDocument {
            request.perDocument = true
            request.output = perDocument
        }
        try options.perform(request)
    }
}

struct ExportGraphMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graphml", abstract: "GraphML for Gephi and yEd.")
    @OptionGroup var options: ExportOptions
    @Flag(help: "Add each element's evidence as an attribute.") var withEvidence = false

    func run() throws {
        var request = try options.request(.graphml)
        request.withEvidence = withEvidence
        try options.perform(request)
    }
}

struct ExportNeo4jCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neo4j", abstract: "CSV files for neo4j-admin's bulk import (nodes.csv, relationships.csv, evidence.csv).")
    @OptionGroup var options: ExportOptions

    func validate() throws {
        if options.output == nil { throw ValidationError("name the directory for the CSV files with -o DIR") }
    }

    func run() throws { try options.perform(try options.request(.neo4j)) }
}
