import DossierModel
import DossierQuery

/// A read session over one graph directory: loads a consistent snapshot once, then answers
/// queries against it. The REPL and `dossier query` both go through this type.
public final class QuerySession: @unchecked Sendable {
    public let graphDirectory: String

    public init(graphDirectory: String) throws {
        self.graphDirectory = graphDirectory
    }

    /// Runs one query. Errors are `Diagnostic`s carrying the position in `query`.
    public func run(_ query: String, parameters: [String: Value] = [:]) throws -> QueryResult {
        throw Diagnostic(code: "NotImplemented", message: "the query engine is not wired yet")
    }

    /// The plan of a query, as text, without running it.
    public func explain(_ query: String) throws -> String {
        throw Diagnostic(code: "NotImplemented", message: "the query engine is not wired yet")
    }

    /// Cancels the query running on another thread, if any (Ctrl-C in the REPL).
    public func cancel() {}

    /// Labels, relationship types and property keys with counts, for `:schema` and completion.
    public func schema() -> GraphSchemaSummary { GraphSchemaSummary() }
}

/// What the graph holds, by name, with counts.
public struct GraphSchemaSummary: Sendable, Equatable {
    public var labels: [String: Int] = [:]
    public var relationshipTypes: [String: Int] = [:]
    public var propertyKeys: [String: Int] = [:]
    public var entityNames: [String] = []
    public init() {}
}
