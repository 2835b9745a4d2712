/// The store's schema as forward migrations: migration `n` takes version `n` to `n + 1`.
/// A database is never migrated backwards; a newer database than this build refuses to open.
enum StoreSchema {
    static let migrations: [String] = [
        // 1: the tables.
        """
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
            title TEXT, published TEXT, modified TEXT, language TEXT, url TEXT, feed TEXT,
            format TEXT, text TEXT NOT NULL, sentences TEXT NOT NULL DEFAULT '[]', ingested_at TEXT NOT NULL);
        CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL);
        CREATE TABLE document_sources(
            source TEXT PRIMARY KEY, file TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE);
        CREATE INDEX document_sources_file ON document_sources(file);
        CREATE INDEX document_sources_document ON document_sources(document_id);
        CREATE TABLE entities(
            id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL,
            properties TEXT NOT NULL DEFAULT '{}', origin TEXT NOT NULL DEFAULT 'extracted', created_at TEXT);
        CREATE INDEX entities_type ON entities(type);
        CREATE TABLE aliases(
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            name TEXT NOT NULL, key TEXT NOT NULL, language TEXT, script TEXT,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE);
        CREATE UNIQUE INDEX aliases_unique ON aliases(entity_id, name, ifnull(document_id, 0));
        CREATE TABLE entity_keys(
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, key TEXT NOT NULL,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE);
        CREATE INDEX entity_keys_key ON entity_keys(key);
        CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
        CREATE TABLE occurrences(
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, local_id INTEGER NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name TEXT NOT NULL,
            properties TEXT NOT NULL DEFAULT '{}', PRIMARY KEY(document_id, local_id));
        CREATE INDEX occurrences_entity ON occurrences(entity_id);
        CREATE TABLE mentions(
            id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE, text TEXT NOT NULL,
            sentence_start INTEGER, sentence_end INTEGER, span_start INTEGER, span_end INTEGER,
            snippet TEXT, extractor TEXT NOT NULL, confidence REAL NOT NULL, created_at TEXT);
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE TABLE relations(
            id INTEGER PRIMARY KEY, subject_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            predicate TEXT NOT NULL, object_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
            object_value TEXT, object_key TEXT, properties TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL DEFAULT 'extracted');
        \(relationIndexes)
        CREATE TABLE relation_evidence(
            id INTEGER PRIMARY KEY, relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            sentence_start INTEGER, sentence_end INTEGER, span_start INTEGER, span_end INTEGER,
            snippet TEXT, extractor TEXT NOT NULL, confidence REAL NOT NULL,
            properties TEXT NOT NULL DEFAULT '{}', created_at TEXT);
        CREATE INDEX relation_evidence_relation ON relation_evidence(relation_id);
        CREATE INDEX relation_evidence_document ON relation_evidence(document_id);
        CREATE TABLE resolutions(
            id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL);
        CREATE TABLE judgements(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, arguments TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE distinct_pairs(a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY(a, b));
        CREATE TABLE rejections(
            type TEXT NOT NULL, key TEXT NOT NULL, predicate TEXT NOT NULL DEFAULT '', object_key TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(type, key, predicate, object_key));
        """,
        // 2: indexes for lookups by name and for the cascades of `forget` on large stores.
        """
        CREATE INDEX aliases_key ON aliases(key);
        CREATE INDEX aliases_document ON aliases(document_id);
        CREATE INDEX entity_keys_document ON entity_keys(document_id);
        CREATE INDEX resolutions_entity ON resolutions(entity_id);
        CREATE INDEX resolutions_document ON resolutions(document_id);
        """,
        // 3: the extractor fingerprint each document was extracted under (NULL: before
        // fingerprints, so re-extracted on the next ingest), and the `dossier import` files.
        """
        ALTER TABLE documents ADD COLUMN extractor TEXT;
        CREATE TABLE imports(path TEXT PRIMARY KEY, hash TEXT NOT NULL, imported_at TEXT NOT NULL);
        """,
    ]

    /// Also rebuilt by a bulk import, which drops them while it inserts.
    static let relationIndexes = """
        CREATE INDEX relations_spo ON relations(subject_id, predicate, object_id, object_key);
        CREATE INDEX relations_object ON relations(object_id);
        """

    static var currentVersion: Int { migrations.count }

    /// Brings the database to `currentVersion`, each step in its own transaction.
    static func migrate(_ db: Connection) throws {
        try db.execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")
        var version = Int(try db.scalarInt("SELECT max(version) FROM schema_version") ?? 0)
        if version > currentVersion {
            throw StoreError(code: 0, message: "\(db.path) has schema version \(version); this dossier knows up to \(currentVersion)")
        }
        while version < currentVersion {
            try db.transaction {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                let now = Int(try db.scalarInt("SELECT max(version) FROM schema_version") ?? 0)
                guard now == version else { version = now; return }
                try db.execute(migrations[version])
                try db.run("INSERT INTO schema_version(version) VALUES (?)", [.int(Int64(version + 1))])
                version += 1
            }
        }
    }
}
