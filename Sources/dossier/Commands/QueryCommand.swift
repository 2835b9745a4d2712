import ArgumentParser
import DossierExport
import DossierKit
import DossierModel
import Foundation

/// `dossier query 'QUERY' [--format table|json|csv] [-f FILE] [--param NAME=JSON]…`
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run one openCypher query against the graph and print its result.",
        discussion: """
        JSON output is {"columns":[…],"rows":[[…]]}; nodes are {"id","labels","properties"}, \
        relationships {"id","type","start","end","properties"}, paths {"nodes","relationships"}.
        Exit status 1 when the query fails (the error is printed with a caret under the query).
        """)

    @Argument(help: "The query (or use -f FILE).") var query: String?
    @Option(name: [.customShort("f"), .customLong("file")], help: "Read the query from FILE.") var file: String?
    @Option(help: "table, json or csv.") var format: ResultFormat = .table
    @Option(name: .customLong("param"), help: ArgumentHelp("Set $NAME to a JSON value.", valueName: "NAME=JSON"))
    var parameters: [String] = []
    @OptionGroup var graphOptions: GraphOptions

    func validate() throws {
        if (query == nil) == (file == nil) { throw ValidationError("give either a query or -f FILE") }
        _ = try QueryCommand.parseParameters(parameters)
    }

    func run() throws {
        let text: String
        if let file {
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
                SurfaceIO.error("error: cannot read \(file): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else {
            text = query ?? ""
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let result: QueryResult
        do {
            let session = try QuerySession(graphDirectory: graphOptions.graph)
            result = try session.run(text, parameters: try QueryCommand.parseParameters(parameters))
        } catch {
            SurfaceIO.error(ErrorText.render(error, source: text))
            throw ExitCode.failure
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let options = TableOptions(colour: SurfaceIO.isTerminal(STDOUT_FILENO), elapsedMilliseconds: ms)
        SurfaceIO.write(format.render(result, options: options))
    }

    /// `NAME=JSON` pairs; the value must be JSON (`--param name='"Intelion"'`, `--param n=3`).
    static func parseParameters(_ pairs: [String]) throws -> [String: Value] {
        var parameters: [String: Value] = [:]
        for pair in pairs {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw ValidationError("--param wants NAME=JSON, got \(pair)")
            }
            let name = String(pair[..<eq]).trimmingCharacters(in: CharacterSet(charactersIn: "$"))
            do {
                parameters[name] = try JSONValueParser.parse(String(pair[pair.index(after: eq)...]))
            } catch {
                throw ValidationError("--param \(name): the value is not JSON (\(error)); quote strings, e.g. --param \(name)='\"text\"'")
            }
        }
        return parameters
    }
}

extension ResultFormat: ExpressibleByArgument {}

/// Writing to the standard streams from the surfaces' commands.
enum SurfaceIO {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// A line on standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}
