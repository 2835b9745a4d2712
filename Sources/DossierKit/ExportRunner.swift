import DossierExport
import DossierModel
import Foundation

/// One export as the user asked for it (`dossier export …` or the REPL's `:export`).
public struct ExportRequest: Sendable {
    public enum Format: String, CaseIterable, Sendable { case dot, json, graphml, neo4j }
    public enum Selection: Sendable, Equatable {
        case wholeGraph
        case query(String, parameters: [String: Value])
        case around(name: String, depth: Int)
    }

    public var format: Format
    public var selection: Selection
    /// A file (a directory for `neo4j` and per-document JSON); nil writes to standard output.
    public var output: String?
    public var force: Bool
    public var minConfidence: Double?
    public var withDocuments: Bool
    public var withEvidence: Bool
    /// JSON only: one scorer-format file per document into `output`.
    public var perDocument: Bool
    /// DOT only: `svg` or `png` through Graphviz instead of DOT text.
    public var render: String?

    public init(format: Format, selection: Selection = .wholeGraph, output: String? = nil, force: Bool = false,
                minConfidence: Double? = nil, withDocuments: Bool = false, withEvidence: Bool = false,
                perDocument: Bool = false, render: String? = nil) {
        self.format = format; self.selection = selection; self.output = output; self.force = force
        self.minConfidence = minConfidence; self.withDocuments = withDocuments; self.withEvidence = withEvidence
        self.perDocument = perDocument; self.render = render
    }
}

/// What an export produced: text for standard output (when no file was named), the files
/// written, and notes for standard error (which actors matched, size warnings).
public struct ExportOutcome: Sendable {
    public var standardOutput = Data()
    public var written: [String] = []
    public var notes: [String] = []
}

/// Loads what an export needs from a graph and runs it. The sources are closures so tests
/// hand it a built graph and the REPL hands it its own session.
public struct ExportRunner: Sendable {
    public var snapshot: @Sendable () throws -> GraphSnapshot
    public var evidence: @Sendable () throws -> (any EvidenceSource)?
    public var runQuery: @Sendable (String, [String: Value]) throws -> QueryResult
    public var perDocumentRecords: @Sendable () throws -> [(source: String, record: ScorerRecord)]

    public init(snapshot: @escaping @Sendable () throws -> GraphSnapshot,
                evidence: @escaping @Sendable () throws -> (any EvidenceSource)?,
                runQuery: @escaping @Sendable (String, [String: Value]) throws -> QueryResult,
                perDocumentRecords: @escaping @Sendable () throws -> [(source: String, record: ScorerRecord)]) {
        self.snapshot = snapshot; self.evidence = evidence; self.runQuery = runQuery; self.perDocumentRecords = perDocumentRecords
    }

    /// The runner over a graph directory; queries go through `session` (one is opened when nil).
    public init(graphDirectory: String, session: QuerySession? = nil) {
        self.init(
            snapshot: { try GraphAccess.snapshot(graphDirectory: graphDirectory) },
            evidence: { try GraphAccess.evidenceSource(graphDirectory: graphDirectory) },
            runQuery: { query, parameters in
                try (session ?? QuerySession(graphDirectory: graphDirectory)).run(query, parameters: parameters)
            },
            perDocumentRecords: { try GraphAccess.perDocumentRecords(graphDirectory: graphDirectory) })
    }

    public func run(_ request: ExportRequest) throws -> ExportOutcome {
        var outcome = ExportOutcome()
        if request.perDocument {
            guard request.format == .json, let directory = request.output else {
                throw Diagnostic(code: "Usage", message: "--per-document needs `export json` and a directory")
            }
            try writePerDocument(into: directory, force: request.force, outcome: &outcome)
            return outcome
        }
        let full = try snapshot()
        let evidenceSource = try evidence()
        var selected = try select(request, from: full, notes: &outcome.notes)
        if let minimum = request.minConfidence {
            selected.graph = GraphSelection.minimumConfidence(minimum, in: selected.graph, evidence: evidenceSource)
        }
        let withEvidence = request.withEvidence || request.format == .dot || request.format == .neo4j
        let evidenceForExport = withEvidence ? evidenceSource : nil

        switch request.format {
        case .dot:
            if let warning = DOTExporter.sizeWarning(nodeCount: selected.graph.nodes.count) { outcome.notes.append(warning) }
            let options = DOTExporter.Options(evidence: evidenceForExport,
                                              sanctioned: GraphConventions.sanctionedNodeIDs(in: full),
                                              highlighted: selected.highlighted)
            let text = DOTExporter.export(selected.graph, options: options)
            if let format = request.render {
                try emit(try GraphvizRenderer.render(text, format: format), request, &outcome)
            } else {
                try emit(Data(text.utf8), request, &outcome)
            }
        case .json:
            try emit(Data(GraphJSONExporter.export(selected.graph, evidence: evidenceForExport).utf8), request, &outcome)
        case .graphml:
            try emit(Data(GraphMLExporter.export(selected.graph, evidence: evidenceForExport).utf8), request, &outcome)
        case .neo4j:
            guard let directory = request.output else {
                throw Diagnostic(code: "Usage", message: "export neo4j writes three files: name a directory with -o DIR")
            }
            let files = Neo4jCSVExporter.export(selected.graph, evidence: evidenceForExport).sorted { $0.key < $1.key }
            let paths = files.map { (path: (directory as NSString).appendingPathComponent($0.key), data: Data($0.value.utf8)) }
            try ExportFiles.write(paths, force: request.force)
            outcome.written = paths.map(\.path)
        }
        return outcome
    }

    /// The graph the request selects, plus the nodes to emphasise.
    func select(_ request: ExportRequest, from full: GraphSnapshot, notes: inout [String]) throws -> (graph: GraphSnapshot, highlighted: Set<Int64>) {
        let base = request.withDocuments ? full : GraphSelection.withoutDocuments(full)
        switch request.selection {
        case .wholeGraph:
            return (base, [])
        case .query(let query, let parameters):
            let result = try runQuery(query, parameters)
            let graph = GraphSelection.result(result, in: full)
            if graph.nodes.isEmpty {
                throw Diagnostic(code: "NothingToDraw", message: "the query returned no nodes, relationships or paths to export; return graph elements (RETURN n, r, p)")
            }
            return (graph, [])
        case .around(let name, let depth):
            let matches = GraphSelection.nodesNamed(name, in: base)
            guard !matches.isEmpty else {
                throw Diagnostic(code: "NoSuchEntity", message: "no entity is named \"\(name)\" (names and aliases compared as the query language's name predicate does)")
            }
            let list = matches.map { "\(GraphConventions.displayName($0)) (\($0.labels.joined(separator: ":")), id \($0.id))" }
            notes.append("around \"\(name)\": matched \(matches.count == 1 ? "1 entity" : "\(matches.count) entities"): \(list.joined(separator: "; "))")
            return (GraphSelection.neighbourhood(of: matches, depth: depth, in: base), Set(matches.map(\.id)))
        }
    }

    func emit(_ data: Data, _ request: ExportRequest, _ outcome: inout ExportOutcome) throws {
        if let path = request.output {
            try ExportFiles.write([(path, data)], force: request.force)
            outcome.written.append(path)
        } else {
            outcome.standardOutput = data
        }
    }

    func writePerDocument(into directory: String, force: Bool, outcome: inout ExportOutcome) throws {
        let records = try perDocumentRecords().sorted { $0.source < $1.source }
        let names = PerDocumentFiles.names(for: records.map(\.source))
        var files: [(path: String, data: Data)] = []
        for (record, name) in zip(records, names) {
            files.append(((directory as NSString).appendingPathComponent(name), try PerDocumentFiles.encode(record.record)))
        }
        try ExportFiles.write(files, force: force)
        outcome.written = files.map(\.path)
        outcome.notes.append("wrote \(files.count) per-document file\(files.count == 1 ? "" : "s") to \(directory)")
    }
}
