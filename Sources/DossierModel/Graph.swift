/// A node of the property graph as the store hands it to the query engine and exporters.
public struct GraphNode: Hashable, Codable, Sendable {
    public var id: Int64
    public var labels: [String]
    public var properties: [String: Value]
    public init(id: Int64, labels: [String], properties: [String: Value] = [:]) {
        self.id = id; self.labels = labels; self.properties = properties
    }
}

/// A directed, typed relationship of the property graph.
public struct GraphRelationship: Hashable, Codable, Sendable {
    public var id: Int64
    public var type: String
    public var start: Int64
    public var end: Int64
    public var properties: [String: Value]
    public init(id: Int64, type: String, start: Int64, end: Int64, properties: [String: Value] = [:]) {
        self.id = id; self.type = type; self.start = start; self.end = end; self.properties = properties
    }
}

/// A consistent, read-only copy of the whole graph: what the store loads for a query
/// session or an export. Value type, so a reader never sees a writer's half-done work.
public struct GraphSnapshot: Codable, Sendable {
    public var nodes: [GraphNode]
    public var relationships: [GraphRelationship]
    public init(nodes: [GraphNode] = [], relationships: [GraphRelationship] = []) {
        self.nodes = nodes; self.relationships = relationships
    }
}

/// Answers `evidence(x)` for the query engine without it knowing how the store keeps it.
public protocol EvidenceSource: Sendable {
    func evidence(forNode id: Int64) -> [Value]
    func evidence(forRelationship id: Int64) -> [Value]
}
