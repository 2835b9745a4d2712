import DossierModel

/// openCypher-subset query text → result table, over an in-memory graph.
///
/// Lexer → Parser (AST with source ranges) → SemanticAnalyzer (scopes, static checks, slots)
/// → planner (anchor choice per pattern, see `Explain`) → Executor (push pipeline).
public final class QueryEngine: @unchecked Sendable {
    let graph: MemoryGraph
    let evidence: (any EvidenceSource)?
    public let cancellation = CancellationFlag()
    public var limits = QueryLimits()

    public init(snapshot: GraphSnapshot, evidence: (any EvidenceSource)? = nil) {
        graph = MemoryGraph(snapshot: snapshot)
        self.evidence = evidence
    }

    /// An empty graph (the TCK starts every scenario from one).
    public init() {
        graph = MemoryGraph()
        evidence = nil
    }

    init(graph: MemoryGraph, evidence: (any EvidenceSource)? = nil) {
        self.graph = graph
        self.evidence = evidence
    }

    /// Parses and analyses without running: compile-time errors only.
    func compile(_ query: String) throws(QueryError) -> QueryPlan {
        do {
            let ast = try Parser.parse(query)
            return try SemanticAnalyzer.analyze(ast, source: query)
        } catch {
            throw error.attach(source: query)
        }
    }

    /// Runs one query. Errors carry the TCK triple and a position in `query`.
    public func run(_ query: String, parameters: [String: Value] = [:]) throws(QueryError) -> QueryResult {
        let graph = graph
        let (columns, rows) = try execute(query, parameters: parameters.mapValues(Val.init)) { $0.map(graph.queryValue) }
        return QueryResult(columns: columns, rows: rows)
    }

    func execute(_ query: String, parameters: [String: Val]) throws(QueryError) -> (columns: [String], rows: [[Val]]) {
        try execute(query, parameters: parameters) { $0 }
    }

    func execute<Row>(_ query: String, parameters: [String: Val],
                      converting convert: @escaping ([Val]) -> Row) throws(QueryError) -> (columns: [String], rows: [Row]) {
        let plan = try compile(query)
        // Cleared when the query ends, not when it starts: a cancel that lands between the caller
        // starting a query and the executor's first check (Ctrl-C at once) must not be lost.
        defer { cancellation.reset() }
        let executor = Executor(graph: graph, parameters: parameters, evidence: evidence,
                                limits: ExecutionLimits(limits, cancellation: cancellation))
        do {
            return try executor.run(plan, converting: convert)
        } catch {
            throw error.attach(source: query)
        }
    }

    /// The plan as an indented tree of operators.
    public func explain(_ query: String) throws(QueryError) -> String {
        Explain.render(try compile(query), graph: graph)
    }

    public func cancel() { cancellation.cancel() }

    /// Nodes and relationships the engine holds, and what CREATE added since `baseline`.
    public var nodeCount: Int { graph.nodeCount }
    public var relationshipCount: Int { graph.relationshipCount }

    /// Counts by label, relationship type and property key.
    public func schemaCounts() -> (labels: [String: Int], types: [String: Int], keys: [String: Int]) {
        var keys: [String: Int] = [:]
        for (id, key) in graph.propertyKeys.enumerated() {
            let present = graph.nodeColumns[id].reduce(0) { $1.isNull ? $0 : $0 + 1 }
                + graph.relColumns[id].reduce(0) { $1.isNull ? $0 : $0 + 1 }
            if present > 0 { keys[key] = present }
        }
        return (graph.nodesByLabel.mapValues(\.count), graph.relationshipCountByType, keys)
    }

    /// Values of the `name` property, for REPL completion.
    public func entityNames(limit: Int = 10_000) -> [String] {
        var names: [String] = []
        for case .string(let s) in graph.propertyKeyID("name").map({ graph.nodeColumns[$0] }) ?? [] {
            names.append(s)
            if names.count >= limit { break }
        }
        return names
    }

    /// A marker for `createdSince`.
    public struct Mark: Sendable { let nodes: Int, relationships: Int }
    public var mark: Mark { Mark(nodes: graph.nodeCount, relationships: graph.relationshipCount) }

    /// What CREATE added after `mark`, to persist as analyst facts.
    public func created(since mark: Mark) -> GraphSnapshot {
        graph.created(since: MemoryGraph.Statistics(nodes: mark.nodes, relationships: mark.relationships, properties: 0, labels: []))
    }
}
