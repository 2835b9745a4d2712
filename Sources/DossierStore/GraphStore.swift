import DossierModel

/// The persistent graph under `graph/` (SQLite).
public final class GraphStore {
    public init(directory: String) throws {}
}
