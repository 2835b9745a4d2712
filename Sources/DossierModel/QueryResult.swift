/// A value in a query's result: property values plus the graph's own elements.
public indirect enum QueryValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([QueryValue])
    case map([String: QueryValue])
    case node(GraphNode)
    case relationship(GraphRelationship)
    case path(nodes: [GraphNode], relationships: [GraphRelationship])

    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .list(let l): self = .list(l.map(QueryValue.init))
        case .map(let m): self = .map(m.mapValues(QueryValue.init))
        }
    }
}

/// The table a query returns: named columns, rows of values in column order.
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[QueryValue]]
    public init(columns: [String] = [], rows: [[QueryValue]] = []) { self.columns = columns; self.rows = rows }
}
