import DossierModel

/// openCypher-subset query text → result table.
public final class QueryEngine {
    public init(snapshot: GraphSnapshot) {}
}
