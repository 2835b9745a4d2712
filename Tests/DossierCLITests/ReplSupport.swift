import DossierTestSupport
import Foundation
import DossierKit
import DossierModel
@testable import dossier

/// A stand-in for the query engine over a hand-built graph. It understands just enough to
/// exercise the REPL: `MATCH (n:Label) RETURN n`, `RETURN $name`, `RETURN 'text'`,
/// a statement containing `boom` fails with its position, `SLEEP` runs until cancelled.
final class FakeSession: ReplSession, @unchecked Sendable {
    let graph: GraphSnapshot
    private let lock = NSLock()
    private var cancelled = false
    private(set) var ran: [String] = []

    init(graph: GraphSnapshot = FakeSession.sample) { self.graph = graph }

    static let sample = GraphSnapshot(
        nodes: [
            GraphNode(id: 1, labels: ["Company"], properties: ["name": "Northwind Mining", "uid": "c:1"]),
            GraphNode(id: 2, labels: ["Person"], properties: ["name": "Zoë Martín", "uid": "p:2"]),
            GraphNode(id: 3, labels: ["Company"], properties: ["name": "商务部 Holdings", "uid": "c:3"]),
        ],
        relationships: [GraphRelationship(id: 10, type: "WORKS_FOR", start: 2, end: 1, properties: ["role": "CEO"])])

    func run(_ query: String, parameters: [String: Value]) throws -> QueryResult {
        lock.lock(); ran.append(query); cancelled = false; lock.unlock()
        if let range = query.range(of: "boom") {
            let before = query[..<range.lowerBound]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            throw Diagnostic(code: "UnknownFunction", message: "boom is not a function", position: SourcePosition(line: line, column: column))
        }
        if query.contains("SLEEP") {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                lock.lock(); let stop = cancelled; lock.unlock()
                if stop { throw Diagnostic(code: "Cancelled", message: "query cancelled") }
                usleep(5_000)
            }
            return QueryResult(columns: ["slept"], rows: [[.bool(true)]])
        }
        if let dollar = query.firstIndex(of: "$") {
            let name = String(query[query.index(after: dollar)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            return QueryResult(columns: ["$" + name], rows: [[parameters[name].map(QueryValue.init) ?? .null]])
        }
        if let open = query.range(of: "(n:"), let close = query[open.upperBound...].firstIndex(of: ")") {
            let label = String(query[open.upperBound..<close])
            return QueryResult(columns: ["n"], rows: graph.nodes.filter { $0.labels.contains(label) }.map { [.node($0)] })
        }
        if let quote = query.firstIndex(of: "'"), let end = query[query.index(after: quote)...].firstIndex(of: "'") {
            return QueryResult(columns: ["text"], rows: [[.string(String(query[query.index(after: quote)..<end]))]])
        }
        return QueryResult(columns: ["x"], rows: [[.null]])
    }

    func explain(_ query: String) throws -> String { "Plan for: \(query)\n└─ Scan" }

    func cancel() { lock.lock(); cancelled = true; lock.unlock() }

    func schema() -> GraphSchemaSummary {
        var s = GraphSchemaSummary()
        for n in graph.nodes {
            for l in n.labels { s.labels[l, default: 0] += 1 }
            for k in n.properties.keys { s.propertyKeys[k, default: 0] += 1 }
            if let name = n.properties["name"]?.stringValue { s.entityNames.append(name) }
        }
        for r in graph.relationships { s.relationshipTypes[r.type, default: 0] += 1 }
        return s
    }
}

/// The engine fed from a list of lines, with what it printed on each stream.
struct Transcript {
    var out = ""
    var err = ""
    var status: Int32 = 0

    @discardableResult
    static func run(_ lines: [String], session: FakeSession = FakeSession(), exporter: ExportRunner? = nil,
                    configure: (ReplEngine) -> Void = { _ in }) -> Transcript {
        let sink = Sink()
        let engine = ReplEngine(session: session, exporter: exporter, settings: .init(timing: false),
                                history: { lines }, out: { sink.out += $0 }, err: { sink.err += $0 })
        configure(engine)
        let status = ReplScript.run(engine, lines: lines.makeIterator())
        return Transcript(out: sink.out, err: sink.err, status: status)
    }

    final class Sink { var out = ""; var err = "" }
}

/// The repository root and the built `dossier` executable.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var dossier: String {
        let candidates = [".build/debug/dossier", ".build/release/dossier"].map { root.appendingPathComponent($0).path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }
}

/// Runs the built `dossier` with stdin from `input`.
func runDossier(_ arguments: [String], input: String = "") throws -> (status: Int32, out: String, err: String) {
    try runTool(Paths.dossier, arguments, input: input)
}
