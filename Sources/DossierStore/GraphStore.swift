import DossierModel
import Foundation

/// An entity already in the store, as resolution sees it: its type and every name it goes by.
public struct StoredEntity: Sendable, Hashable {
    public var id: Int64
    public var uid: String
    public var type: String
    public var name: String
    public var names: [String]
}

/// Resolution's verdict for one extracted entity: the stored entity it is, and why.
public struct ResolutionChoice: Sendable {
    public var entityID: Int64
    public var score: Double
    public var reasons: [String]
    public init(entityID: Int64, score: Double, reasons: [String]) { self.entityID = entityID; self.score = score; self.reasons = reasons }
}

/// What the store asks of entity resolution while it ingests, so it needs no resolver of its own:
/// the blocking keys of a set of names, and the choice among candidates found by those keys.
public struct ResolutionHooks: Sendable {
    public var keys: @Sendable (_ type: String, _ names: [String]) -> [String]
    public var choose: @Sendable (_ entity: ExtractedEntity, _ candidates: [StoredEntity]) -> ResolutionChoice?
    public init(keys: @escaping @Sendable (String, [String]) -> [String],
                choose: @escaping @Sendable (ExtractedEntity, [StoredEntity]) -> ResolutionChoice?) {
        self.keys = keys; self.choose = choose
    }
    /// Exact normalised name only.
    public static let exactName = ResolutionHooks(keys: { _, names in names.map(NameKey.key) }, choose: { e, c in
        c.first { $0.type == e.type.rawValue }.map { ResolutionChoice(entityID: $0.id, score: 1, reasons: ["same normalised name"]) }
    })
}

/// A file as last ingested: enough to skip it unread when it has not changed.
public struct FileStamp: Sendable, Equatable {
    public var path: String
    public var size: Int64
    public var mtime: Double
    public init(path: String, size: Int64, mtime: Double) { self.path = path; self.size = size; self.mtime = mtime }
}

/// What one document's ingestion did.
public struct IngestOutcome: Sendable, Equatable {
    /// False when the same content was already stored (only a source path may have been added).
    public var isNew: Bool
    public var entities: Int
    public var relations: Int
    /// True when the same content had been extracted under another extractor fingerprint and was extracted again.
    public var reExtracted = false
}

/// The persistent graph under `graph/`: one SQLite database, `graph/dossier.sqlite`.
///
/// Not thread-safe: one instance per thread or process. Several processes may open the same
/// directory; WAL lets readers go on while one writer commits, and writers queue on the busy timeout.
public final class GraphStore {
    public static let fileName = "dossier.sqlite"
    public let directory: String
    let db: Connection

    /// Opens (creating when `readOnly` is false) the store in `directory`.
    public init(directory: String, readOnly: Bool = false) throws {
        self.directory = directory
        let path = (directory as NSString).appendingPathComponent(Self.fileName)
        if readOnly {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError(code: 0, message: "no graph in \(directory) yet: run `dossier ingest` first")
            }
            db = try Connection(path: path, readOnly: !FileManager.default.isWritableFile(atPath: path))
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError(code: 0, message: "cannot create graph directory \(directory): \(error.localizedDescription)")
            }
            try Self.refuseReadOnly(directory)
            try Self.refuseReadOnly(path)
            db = try Connection(path: path)
        }
        do {
            if readOnly {
                guard try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'") == 1 else {
                    throw StoreError(code: 0, message: "no graph in \(directory) yet: run `dossier ingest` first")
                }
                let version = Int(try db.scalarInt("SELECT max(version) FROM schema_version") ?? 0)
                if version == StoreSchema.currentVersion { return }
            }
            try StoreSchema.migrate(db)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError(code: 0, message: "\(error)")
        }
    }

    /// A file or directory whose owner-write bit is off is treated as read-only even for root
    /// (who would otherwise write through it), so `chmod a-w graph` protects the store for everyone.
    static func refuseReadOnly(_ path: String) throws {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber else { return }
        if mode.intValue & 0o200 == 0 {
            throw StoreError(code: 8 /* SQLITE_READONLY */, message: "\(path) is read-only; the graph was not changed (chmod u+w to allow writes)")
        }
    }

    /// Whether a store exists in `directory` (without creating one).
    public static func exists(in directory: String) -> Bool {
        FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(fileName))
    }

    nonisolated(unsafe) private static let timestampFormatter = ISO8601DateFormatter()
    private static let timestampLock = NSLock()
    static func now() -> String { timestampLock.withLock { timestampFormatter.string(from: Date()) } }

    // MARK: Files

    /// True when the file was ingested with this size and modification time (and, given an
    /// `extractor` fingerprint, every document it yielded was extracted under that fingerprint).
    public func isUnchanged(_ stamp: FileStamp, extractor: String? = nil) throws -> Bool {
        let same = try db.query("SELECT size, mtime FROM files WHERE path = ?", [.text(stamp.path)]) {
            $0.int(0) == stamp.size && $0.double(1) == stamp.mtime
        }.first ?? false
        return try same && isExtracted(file: stamp.path, by: extractor)
    }

    /// True when the file's recorded content hash is `hash` (then only its stamp is refreshed),
    /// and, given an `extractor` fingerprint, its documents were extracted under it.
    public func refreshIfSameContent(_ stamp: FileStamp, hash: String, extractor: String? = nil) throws -> Bool {
        let same = try db.query("SELECT hash FROM files WHERE path = ?", [.text(stamp.path)]) { $0.text(0) }.first == hash
        guard try same && isExtracted(file: stamp.path, by: extractor) else { return false }
        try recordFile(stamp, hash: hash, sources: nil)
        return true
    }

    /// Whether no document of `file` was extracted under another fingerprint than `extractor` (nil: not asked).
    func isExtracted(file: String, by extractor: String?) throws -> Bool {
        guard let extractor else { return true }
        return try db.scalarInt("""
            SELECT count(*) FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE s.file = ? AND d.extractor IS NOT ?
            """, [.text(file), .text(extractor)]) == 0
    }

    /// Records a file as fully ingested. With `sources`, forgets its former items that it no longer yields.
    public func recordFile(_ stamp: FileStamp, hash: String, sources: [String]?) throws {
        try writeTransaction {
            if let sources {
                let keep = Set(sources)
                let old = try db.query("SELECT source FROM document_sources WHERE file = ?", [.text(stamp.path)]) { $0.text(0) }
                for source in old where !keep.contains(source) { try detachSource(source) }
            }
            try db.run("INSERT INTO files(path, size, mtime, hash) VALUES (?,?,?,?) ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime=excluded.mtime, hash=excluded.hash",
                       [.text(stamp.path), .int(stamp.size), .double(stamp.mtime), .text(hash)])
        }
    }

    /// Every file path ever ingested (for `dossier rebuild`).
    public func recordedFiles() throws -> [String] {
        try db.query("SELECT path FROM files ORDER BY path") { $0.text(0) }
    }

    /// Every imported file with its content hash, in import order (for `dossier rebuild`).
    public func recordedImports() throws -> [(path: String, hash: String)] {
        try db.query("SELECT path, hash FROM imports ORDER BY rowid") { ($0.text(0), $0.text(1)) }
    }

    /// Runs `body` in one write transaction (taken at once, so writers queue rather than deadlock).
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(immediate: true, body)
    }

    // MARK: Documents

    /// Stores one document and what was extracted from it, in one transaction. Idempotent: the
    /// same content again only adds `document.source` as a further source. When the source
    /// pointed to other content before, that content's evidence is replaced. When the same
    /// content was extracted under another `extractor` fingerprint, its evidence is replaced by
    /// `extraction` the same way (its sources are kept) and the outcome says `reExtracted`.
    public func ingest(_ document: Document, contentHash: String, file: String, extraction: DocumentExtraction,
                       resolution: ResolutionHooks, extractor: String? = nil) throws -> IngestOutcome {
        try writeTransaction {
            let previous = try db.query("SELECT document_id FROM document_sources WHERE source = ?", [.text(document.source)]) { $0.int(0) }.first
            var keptSources: [(source: String, file: String)] = []
            var stored = document
            var reExtracted = false
            if let (existing, extractedBy, firstSource) = try db.query("SELECT id, extractor, source FROM documents WHERE hash = ?", [.text(contentHash)], {
                ($0.int(0), $0.optionalText(1), $0.text(2))
            }).first {
                guard let extractor, extractedBy != extractor else {
                    if previous != existing {
                        if previous != nil { try detachSource(document.source) }
                        try db.run("INSERT INTO document_sources(source, file, document_id) VALUES (?,?,?)", [.text(document.source), .text(file), .int(existing)])
                    }
                    return IngestOutcome(isNew: false, entities: 0, relations: 0)
                }
                // Extracted by another extractor: removed with what only it supported, then stored again.
                keptSources = try db.query("SELECT source, file FROM document_sources WHERE document_id = ? AND source != ?",
                                           [.int(existing), .text(document.source)]) { ($0.text(0), $0.text(1)) }
                stored.source = firstSource
                try removeDocument(existing, keepingJudged: true)
                reExtracted = true
            }
            if previous != nil { try detachSource(document.source, keepingJudged: true) }
            let docID = try insertDocument(stored, hash: contentHash, extractor: extractor)
            for (source, sourceFile) in keptSources + [(document.source, file)] {
                try db.run("INSERT INTO document_sources(source, file, document_id) VALUES (?,?,?)", [.text(source), .text(sourceFile), .int(docID)])
            }
            let writer = ExtractionWriter(db: db, documentID: docID, document: document, resolution: resolution)
            var outcome = try writer.write(extraction)
            try removeUnsupported()
            outcome.isNew = !reExtracted
            outcome.reExtracted = reExtracted
            return outcome
        }
    }

    func insertDocument(_ d: Document, hash: String, extractor: String?) throws -> Int64 {
        let sentences = ValueJSON.encode(.list(d.sentences.map { .list([.int(Int64($0.start)), .int(Int64($0.end))]) }))
        try db.run("""
            INSERT INTO documents(hash, source, title, published, modified, language, url, feed, format, text, sentences, ingested_at, extractor)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, [.text(hash), .text(d.source), .optional(d.title), .optional(d.published), .optional(d.modified), .text(d.language),
                  .optional(d.url), .optional(d.feed), .text(d.format), .text(d.text), .text(sentences), .text(Self.now()), .optional(extractor)])
        return db.lastInsertID
    }

    /// Removes a source path; a document left without any source is forgotten.
    func detachSource(_ source: String, keepingJudged: Bool = false) throws {
        guard let doc = try db.query("SELECT document_id FROM document_sources WHERE source = ?", [.text(source)], { $0.int(0) }).first else { return }
        try db.run("DELETE FROM document_sources WHERE source = ?", [.text(source)])
        if try db.scalarInt("SELECT count(*) FROM document_sources WHERE document_id = ?", [.int(doc)]) == 0 {
            try removeDocument(doc, keepingJudged: keepingJudged)
        }
    }

    /// Deletes a document, its evidence, and every extracted entity or relation only it supported.
    /// With `keepingJudged`, entities an analyst named (merged or renamed: they have names
    /// without a document) stay until `removeUnsupported()`, so the document's new content
    /// resolves to them and the judgement holds.
    func removeDocument(_ id: Int64, keepingJudged: Bool = false) throws {
        try db.run("DELETE FROM documents WHERE id = ?", [.int(id)])
        try removeUnsupported(keepingJudged: keepingJudged)
    }

    /// Removes extracted relations without evidence and extracted entities without occurrences;
    /// an entity whose canonical name lost its last alias takes its most used remaining one.
    func removeUnsupported(keepingJudged: Bool = false) throws {
        let judged = keepingJudged ? "AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = entities.id AND a.document_id IS NULL)" : ""
        try db.execute("""
            DELETE FROM relations WHERE origin = 'extracted'
              AND NOT EXISTS (SELECT 1 FROM relation_evidence e WHERE e.relation_id = relations.id);
            DELETE FROM entities WHERE origin = 'extracted'
              AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) \(judged);
            UPDATE entities SET name = (SELECT a.name FROM aliases a WHERE a.entity_id = entities.id
                                        GROUP BY a.name ORDER BY count(*) DESC, a.name LIMIT 1)
              WHERE origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = entities.id AND a.name = entities.name)
                AND EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = entities.id);
            """)
    }

    /// Forgets a document named by source path, file path, title, or content-hash prefix.
    /// Returns the sources forgotten (empty when nothing matched).
    public func forget(_ reference: String) throws -> [String] {
        try writeTransaction {
            var ids = try db.query("""
                SELECT DISTINCT document_id FROM document_sources WHERE source = ?1 OR file = ?1
                UNION SELECT id FROM documents WHERE title = ?1 OR (length(?1) >= 8 AND hash LIKE ?1 || '%')
                """, [.text(reference)]) { $0.int(0) }
            ids = Array(Set(ids)).sorted()
            var sources: [String] = []
            for id in ids {
                sources += try db.query("SELECT source FROM document_sources WHERE document_id = ?", [.int(id)]) { $0.text(0) }
                let files = try db.query("SELECT DISTINCT file FROM document_sources WHERE document_id = ?", [.int(id)]) { $0.text(0) }
                for f in files { try db.run("DELETE FROM files WHERE path = ?", [.text(f)]) }
                try removeDocument(id)
            }
            return sources.sorted()
        }
    }

    // MARK: Counting

    public func stats() throws -> StoreStats {
        try readTransaction {
            var s = StoreStats()
            s.documents = Int(try db.scalarInt("SELECT count(*) FROM documents") ?? 0)
            for (t, n) in try db.query("SELECT type, count(*) FROM entities GROUP BY type", [], { ($0.text(0), Int($0.int(1))) }) { s.entities[t] = n }
            for (p, n) in try db.query("SELECT predicate, count(*) FROM relations GROUP BY predicate", [], { ($0.text(0), Int($0.int(1))) }) { s.relations[p] = n }
            s.evidence = Int(try db.scalarInt("SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM relation_evidence)") ?? 0)
            s.judgements = Int(try db.scalarInt("SELECT count(*) FROM judgements") ?? 0)
            s.merges = Int(try db.scalarInt("SELECT count(*) FROM resolutions") ?? 0)
            return s
        }
    }

    /// Runs `body` inside one read transaction: every query in it sees the same committed state.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(immediate: false, body)
    }

    /// SQLite's own consistency check: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try Self.integrityCheck(db)
    }

    /// The integrity check of the database in `directory`, even one killed before its schema was written.
    /// Opened for writing when allowed, so SQLite can first recover a WAL left by a killed writer.
    public static func integrityCheck(directory: String) throws -> String {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError(code: 0, message: "no graph in \(directory)") }
        return try integrityCheck(Connection(path: path, readOnly: !FileManager.default.isWritableFile(atPath: path)))
    }

    static func integrityCheck(_ db: Connection) throws -> String {
        try db.query("PRAGMA integrity_check") { $0.text(0) }.joined(separator: "\n")
    }

    /// Caps the database file (in pages); used to simulate a full disk.
    public func limitPages(_ count: Int) throws {
        try db.execute("PRAGMA max_page_count = \(count)")
    }
}

/// Counts for `dossier stats`. The `--json` form has exactly documents, entities, relations,
/// evidence and judgements; `merges` (resolution decisions that linked a mention to an existing
/// entity) is shown in the text form only.
public struct StoreStats: Codable, Sendable, Equatable {
    public var documents = 0
    public var entities: [String: Int] = [:]
    public var relations: [String: Int] = [:]
    public var evidence = 0
    public var judgements = 0
    public var merges = 0
    public init() {}
}
