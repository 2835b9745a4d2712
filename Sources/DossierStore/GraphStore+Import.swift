import CSQLite
import DossierModel
import Foundation

extension GraphStore {
    /// Persists nodes and relationships an analyst created in a query session. Ids in `created`
    /// that are not among its nodes name existing entities. Returns the new entity ids.
    @discardableResult
    public func recordAnalystFacts(_ created: GraphSnapshot) throws -> [Int64: Int64] {
        try writeTransaction { try insertAnalystFacts(created, existing: [:]) }
    }

    /// `existing` maps ids of the session to entity ids (for a replay, where row ids differ).
    func insertAnalystFacts(_ created: GraphSnapshot, existing: [Int64: Int64]) throws -> [Int64: Int64] {
        let now = Self.now()
        var idOf = existing
        for node in created.nodes where !node.labels.contains("Document") {
            let type = node.labels.first ?? "Entity"
            let name = node.properties["name"]?.stringValue ?? "unnamed \(type.lowercased())"
            var props = node.properties
            props["name"] = nil
            let id = try Self.createEntity(db: db, type: type, name: name, origin: "analyst", properties: props)
            try Self.addAlias(db: db, entity: id, name: name, language: nil, documentID: nil)
            try db.run("INSERT INTO entity_keys(entity_id, key) VALUES (?,?)", [.int(id), .text("n:" + NameKey.key(name))])
            try db.run("INSERT INTO mentions(entity_id, text, extractor, confidence, created_at) VALUES (?,?,'analyst',1.0,?)",
                       [.int(id), .text(name), .text(now)])
            idOf[node.id] = id
        }
        for rel in created.relationships {
            let start = idOf[rel.start] ?? rel.start, end = idOf[rel.end] ?? rel.end
            for id in [start, end] where try db.scalarInt("SELECT count(*) FROM entities WHERE id = ?", [.int(id)]) == 0 {
                throw StoreError(code: 0, message: "relationship \(rel.type) refers to node \(id), which is not in the store")
            }
            try db.run("INSERT INTO relations(subject_id, predicate, object_id, properties, origin) VALUES (?,?,?,?,'analyst')",
                       [.int(start), .text(rel.type), .int(end), .text(ValueJSON.encode(rel.properties))])
            try db.run("INSERT INTO relation_evidence(relation_id, extractor, confidence, created_at) VALUES (?,'analyst',1.0,?)",
                       [.int(db.lastInsertID), .text(now)])
        }
        return idOf
    }

    /// Counts of an import.
    public struct ImportCounts: Sendable, Equatable {
        public var nodes = 0
        public var edges = 0
        public init(nodes: Int = 0, edges: Int = 0) { self.nodes = nodes; self.edges = edges }
    }

    /// Loads the JSON-lines graph format of `../shared/anchors/` verbatim in one transaction:
    /// labels, relation types and properties as given, each line's `id` kept as an `id`
    /// property, no resolution, parallel edges kept. With `hash` (the file's content hash), the
    /// file is recorded in `imports`, in the same transaction, for `dossier rebuild` to re-import.
    public func importJSONLines(path: String, hash: String? = nil) throws -> ImportCounts {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(code: "FileNotFound", message: "\(path): cannot open the file")
        }
        defer { try? handle.close() }
        // A large page cache keeps the indexes' pages in memory during the bulk insert;
        // without it a 100k-entity graph spends most of its time in page I/O.
        try db.execute("PRAGMA cache_size = -262144")
        // Every edge's ends are checked below, so the per-row foreign-key lookups are redundant;
        // the relation indexes are rebuilt once, sorted, instead of updated row by row.
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON") }
        return try writeTransaction {
            try db.execute("DROP INDEX relations_spo; DROP INDEX relations_object;")
            var counts = ImportCounts()
            var idOf: [String: Int64] = [:]
            let now = Self.now()
            var lineNumber = 0
            for line in LineReader(handle: handle) {
                lineNumber += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                func fail(_ why: String) -> Diagnostic {
                    Diagnostic(code: "InvalidJSONLine", message: why, position: SourcePosition(file: path, line: lineNumber, column: 1))
                }
                guard case .map(let obj)? = ValueJSON.decode(line) else { throw fail("not a JSON object") }
                let props: [String: Value]
                if case .map(let p)? = obj["properties"] { props = p } else { props = [:] }
                switch obj["type"]?.stringValue {
                case "node":
                    guard let id = obj["id"].flatMap(Self.idText) else { throw fail("a node needs an \"id\"") }
                    let label = obj["label"]?.stringValue ?? { if case .list(let l)? = obj["labels"] { return l.first?.stringValue } else { return nil } }() ?? "Entity"
                    var p = props
                    p["id"] = obj["id"]
                    let name = props["name"]?.stringValue ?? id
                    try db.run("INSERT INTO entities(uid, type, name, properties, origin, created_at) VALUES (?,?,?,?,'import',?)",
                               [.text(id), .text(label), .text(name), .text(ValueJSON.encode(p)), .text(now)])
                    idOf[id] = db.lastInsertID
                    counts.nodes += 1
                case "edge":
                    guard let rel = obj["rel"]?.stringValue ?? obj["label"]?.stringValue else { throw fail("an edge needs a \"rel\"") }
                    guard let src = obj["src"].flatMap(Self.idText), let s = try idOf[src] ?? entityID(uid: src) else { throw fail("unknown source node") }
                    guard let dst = obj["dst"].flatMap(Self.idText), let d = try idOf[dst] ?? entityID(uid: dst) else { throw fail("unknown target node") }
                    try db.run("INSERT INTO relations(subject_id, predicate, object_id, properties, origin) VALUES (?,?,?,?,'import')",
                               [.int(s), .text(rel), .int(d), .text(ValueJSON.encode(props))])
                    counts.edges += 1
                default:
                    throw fail("\"type\" must be \"node\" or \"edge\"")
                }
            }
            try db.execute(StoreSchema.relationIndexes)
            if let hash {
                try db.run("INSERT INTO imports(path, hash, imported_at) VALUES (?,?,?) ON CONFLICT(path) DO UPDATE SET hash=excluded.hash, imported_at=excluded.imported_at",
                           [.text(path), .text(hash), .text(now)])
            }
            return counts
        }
    }

    static func idText(_ v: Value) -> String? {
        switch v {
        case .string(let s): return s
        case .int(let i): return String(i)
        default: return nil
        }
    }

    func entityID(uid: String) throws -> Int64? {
        try db.scalarInt("SELECT id FROM entities WHERE uid = ?", [.text(uid)])
    }

    /// Writes a consistent copy of the store to `path` with SQLite's online backup API;
    /// other readers and writers are not stopped (WAL keeps the copy's snapshot stable).
    public func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError(code: 0, message: "\(path) already exists; choose a new file")
        }
        let target = try Connection(path: path)
        guard let backup = sqlite3_backup_init(target.handle, "main", db.handle, "main") else {
            throw target.error(sqlite3_errcode(target.handle), "backup to \(path)")
        }
        var rc: Int32
        repeat {
            rc = sqlite3_backup_step(backup, -1)
            if rc == SQLITE_BUSY || rc == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        if rc != SQLITE_DONE { throw target.error(rc, "backup to \(path)") }
    }
}

/// Lines of a file read in large chunks (a 0.5 GB graph does not fit comfortably as one String).
struct LineReader: Sequence, IteratorProtocol {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var position = 0
    var atEnd = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[position..<nl], as: UTF8.self)
                position = nl + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return String(decoding: buffer[position...], as: UTF8.self)
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
