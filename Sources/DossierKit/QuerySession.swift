import DossierModel
import DossierQuery

/// A read session over one graph directory: loads a consistent snapshot once, then answers
/// queries against it. The REPL and `dossier query` both go through this type.
public final class QuerySession: @unchecked Sendable {
    public let graphDirectory: String
    private let engine: QueryEngine
    /// Whether CREATE results are persisted to the graph directory as analyst facts.
    private let persists: Bool

    public init(graphDirectory: String) throws {
        self.graphDirectory = graphDirectory
        let snapshot = try GraphAccess.snapshot(graphDirectory: graphDirectory)
        let evidence = try? GraphAccess.evidenceSource(graphDirectory: graphDirectory)
        engine = QueryEngine(snapshot: snapshot, evidence: evidence)
        persists = true
    }

    /// A session over a snapshot already in memory (tests, benchmarks); CREATE stays in memory.
    public init(snapshot: GraphSnapshot, evidence: (any EvidenceSource)? = nil) {
        graphDirectory = ""
        engine = QueryEngine(snapshot: snapshot, evidence: evidence)
        persists = false
    }

    /// Timeout and buffered-row bound for the following queries.
    public var limits: QueryLimits {
        get { engine.limits }
        set { engine.limits = newValue }
    }

    /// Runs one query. Errors are `Diagnostic`s carrying the position in `query` and the TCK
    /// detail as `code` (`UndefinedVariable`, …); `render(_:query:)` adds the caret display.
    public func run(_ query: String, parameters: [String: Value] = [:]) throws -> QueryResult {
        let mark = engine.mark
        let result: QueryResult
        do {
            result = try engine.run(query, parameters: parameters)
        } catch {
            throw error.diagnostic
        }
        let created = engine.created(since: mark)
        if persists, !created.nodes.isEmpty || !created.relationships.isEmpty {
            try GraphAccess.recordAnalystFacts(graphDirectory: graphDirectory, created: created)
        }
        return result
    }

    /// The plan of a query, as text, without running it.
    public func explain(_ query: String) throws -> String {
        do { return try engine.explain(query) } catch { throw error.diagnostic }
    }

    /// Cancels the query running on another thread, if any (Ctrl-C in the REPL).
    public func cancel() { engine.cancel() }

    /// Labels, relationship types and property keys with counts, for `:schema` and completion.
    public func schema() -> GraphSchemaSummary {
        let counts = engine.schemaCounts()
        var summary = GraphSchemaSummary()
        summary.labels = counts.labels
        summary.relationshipTypes = counts.types
        summary.propertyKeys = counts.keys
        summary.entityNames = engine.entityNames()
        return summary
    }
}

/// What the graph holds, by name, with counts.
public struct GraphSchemaSummary: Sendable, Equatable {
    public var labels: [String: Int] = [:]
    public var relationshipTypes: [String: Int] = [:]
    public var propertyKeys: [String: Int] = [:]
    public var entityNames: [String] = []
    public init() {}
}
