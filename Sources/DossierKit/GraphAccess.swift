import DossierModel
import DossierStore

/// Read access to a graph directory for exporters and sessions.
public enum GraphAccess {
    /// A consistent snapshot of the whole graph (Document nodes and MENTIONS edges included).
    public static func snapshot(graphDirectory: String) throws -> GraphSnapshot {
        throw Diagnostic(code: "NotImplemented", message: "the store is not wired yet")
    }

    /// Evidence lookups for the snapshot's node and relationship ids.
    public static func evidenceSource(graphDirectory: String) throws -> any EvidenceSource {
        throw Diagnostic(code: "NotImplemented", message: "the store is not wired yet")
    }
}
