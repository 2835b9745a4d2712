import DossierModel
import DossierStore

/// The store's counts and single-entity view for the command line, plus the maintenance
/// operations (forget, backup, import) that need nothing but the store.
public struct StoreStatistics: Sendable, Equatable {
    public var stats: StoreStats

    /// The counts of `graphDirectory`; all zero when nothing was ingested there yet.
    public static func load(graphDirectory: String) throws -> StoreStatistics {
        guard GraphStore.exists(in: graphDirectory) else { return StoreStatistics(stats: StoreStats()) }
        return StoreStatistics(stats: try GraphAccess.withStore(graphDirectory, readOnly: true) { try $0.stats() })
    }

    /// Exactly `{"documents":N,"entities":{TYPE:N},"relations":{PREDICATE:N},"evidence":N,"judgements":N}`, keys sorted inside.
    public var json: String {
        func object(_ m: [String: Int]) -> String {
            "{" + m.keys.sorted().map { "\(ValueJSON.encode(.string($0))):\(m[$0]!)" }.joined(separator: ",") + "}"
        }
        return "{\"documents\":\(stats.documents),\"entities\":\(object(stats.entities)),\"relations\":\(object(stats.relations)),\"evidence\":\(stats.evidence),\"judgements\":\(stats.judgements)}"
    }

    public var text: String {
        var lines = ["documents   \(stats.documents)", "entities    \(stats.entities.values.reduce(0, +))"]
        lines += stats.entities.sorted { $0.key < $1.key }.map { "  \($0.key.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.value)" }
        lines.append("relations   \(stats.relations.values.reduce(0, +))")
        lines += stats.relations.sorted { $0.key < $1.key }.map { "  \($0.key.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.value)" }
        lines += ["evidence    \(stats.evidence)", "merges      \(stats.merges)", "judgements  \(stats.judgements)"]
        return lines.joined(separator: "\n")
    }

    /// SQLite's integrity check: "ok" when the database file is sound.
    public static func integrityCheck(graphDirectory: String) throws -> String {
        do { return try GraphStore.integrityCheck(directory: graphDirectory) } catch let e as StoreError { throw e.diagnostic }
    }

    /// An id-independent listing of the whole graph, for comparisons.
    public static func canonicalDump(graphDirectory: String) throws -> String {
        try GraphAccess.withStore(graphDirectory, readOnly: true) { try $0.canonicalDump() }
    }

    /// `dossier show`: the entity a name or id denotes, described with its evidence.
    public static func describe(_ reference: String, graphDirectory: String) throws -> String {
        try GraphAccess.withStore(graphDirectory, readOnly: true) { try $0.describe(try $0.entity(named: reference)) }
    }

    /// `dossier forget`: the sources forgotten (empty when nothing matched).
    public static func forget(_ reference: String, graphDirectory: String) throws -> [String] {
        try GraphAccess.withStore(graphDirectory) { try $0.forget(reference) }
    }

    public static func backup(graphDirectory: String, to file: String) throws {
        guard GraphStore.exists(in: graphDirectory) else { throw Diagnostic(code: "NoGraph", message: "no graph in \(graphDirectory) to back up") }
        try GraphAccess.withStore(graphDirectory, readOnly: true) { try $0.backup(to: file) }
    }

    /// `dossier import jsonl`: (nodes, relationships) loaded.
    public static func importJSONLines(_ file: String, graphDirectory: String) throws -> (Int, Int) {
        guard let hash = IngestHash.sha256Hex(fileAt: file) else {
            throw Diagnostic(code: "FileNotFound", message: "\(file): cannot open the file")
        }
        let counts = try GraphAccess.withStore(graphDirectory) { try $0.importJSONLines(path: file, hash: hash) }
        return (counts.nodes, counts.edges)
    }
}
