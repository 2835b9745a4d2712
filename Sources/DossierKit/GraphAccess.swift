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

extension GraphAccess {
    /// Persists what an analyst's CREATE made (ids in `created` are the session's temporary
    /// ids), with evidence extractor "analyst" and a timestamp.
    public static func recordAnalystFacts(graphDirectory: String, created: GraphSnapshot) throws {
        throw Diagnostic(code: "NotImplemented", message: "the store is not wired yet")
    }

    /// One scorer-format record per document, keyed by the document's `source`
    /// (`dossier export json --per-document`).
    public static func perDocumentRecords(graphDirectory: String) throws -> [(source: String, record: ScorerRecord)] {
        throw Diagnostic(code: "NotImplemented", message: "the store is not wired yet")
    }
}
