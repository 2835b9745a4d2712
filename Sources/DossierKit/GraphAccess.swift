import DossierModel
import DossierStore
import Foundation

/// Read access to a graph directory for exporters and sessions.
public enum GraphAccess {
    /// A consistent snapshot of the whole graph (Document nodes and MENTIONS edges included).
    /// An empty graph when nothing was ingested into `graphDirectory` yet.
    public static func snapshot(graphDirectory: String) throws -> GraphSnapshot {
        guard GraphStore.exists(in: graphDirectory) else { return GraphSnapshot() }
        return try withStore(graphDirectory, readOnly: true) { try $0.snapshot() }
    }

    /// Evidence lookups for the snapshot's node and relationship ids.
    public static func evidenceSource(graphDirectory: String) throws -> any EvidenceSource {
        StoreEvidenceSource(graphDirectory: graphDirectory)
    }

    /// Opens the store, runs `body`, and turns store failures into diagnostics.
    static func withStore<T>(_ directory: String, readOnly: Bool = false, _ body: (GraphStore) throws -> T) throws -> T {
        do { return try body(try GraphStore(directory: directory, readOnly: readOnly)) }
        catch let e as StoreError { throw e.diagnostic }
    }
}

/// Answers `evidence(x)` by asking the store on each call (evidence is looked up rarely, and
/// keeping all of it in memory would double a large graph's footprint). One connection, opened
/// on first use; the lock keeps calls from several threads from sharing it at once.
final class StoreEvidenceSource: EvidenceSource, @unchecked Sendable {
    let graphDirectory: String
    private let lock = NSLock()
    private var store: GraphStore?

    init(graphDirectory: String) { self.graphDirectory = graphDirectory }

    private func lookUp(_ body: (GraphStore) throws -> [Value]) -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        if store == nil, GraphStore.exists(in: graphDirectory) { store = try? GraphStore(directory: graphDirectory, readOnly: true) }
        guard let store else { return [] }
        return (try? body(store)) ?? []
    }

    func evidence(forNode id: Int64) -> [Value] { lookUp { try $0.evidence(node: id) } }
    func evidence(forRelationship id: Int64) -> [Value] { lookUp { try $0.evidence(relationship: id) } }
}

extension GraphAccess {
    /// Persists what an analyst's CREATE made (ids in `created` are the session's temporary
    /// ids), with evidence extractor "analyst" and a timestamp. Logged in judgements.jsonl
    /// like any judgement, so the facts survive `dossier rebuild`.
    public static func recordAnalystFacts(graphDirectory: String, created: GraphSnapshot) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(created), as: UTF8.self)
        try StoreJudgements.record(kind: "create", arguments: [json], graphDirectory: graphDirectory)
    }

    /// One scorer-format record per document, keyed by the document's `source`
    /// (`dossier export json --per-document`).
    public static func perDocumentRecords(graphDirectory: String) throws -> [(source: String, record: ScorerRecord)] {
        guard GraphStore.exists(in: graphDirectory) else { return [] }
        return try withStore(graphDirectory, readOnly: true) { try $0.perDocumentRecords() }
    }
}
