import DossierKit
import DossierModel

/// What the REPL needs from a query session; `QuerySession` in production, a hand-built
/// graph in tests.
protocol ReplSession: AnyObject, Sendable {
    func run(_ query: String, parameters: [String: Value]) throws -> QueryResult
    func explain(_ query: String) throws -> String
    func cancel()
    func schema() -> GraphSchemaSummary
}

extension QuerySession: ReplSession {}
