import DossierModel

/// Writes one document's extraction into the store (inside the caller's transaction): resolves
/// each entity to a stored one or creates it, then attaches mentions, aliases and relations.
struct ExtractionWriter {
    let db: Connection
    let documentID: Int64
    let document: Document
    let resolution: ResolutionHooks

    func write(_ extraction: DocumentExtraction) throws -> IngestOutcome {
        var entityOf: [Int: Int64] = [:]
        for entity in extraction.entities {
            if let id = try resolveOrCreate(entity) { entityOf[entity.localID] = id }
        }
        for relation in extraction.relations {
            try write(relation, entityOf: entityOf)
        }
        return IngestOutcome(isNew: true, entities: extraction.entities.count, relations: extraction.relations.count)
    }

    func isRejected(type: String, key: String, predicate: String = "", objectKey: String = "") throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM rejections WHERE type = ? AND key = ? AND predicate = ? AND object_key = ?",
                         [.text(type), .text(key), .text(predicate), .text(objectKey)]) ?? 0 > 0
    }

    func resolveOrCreate(_ entity: ExtractedEntity) throws -> Int64? {
        let type = entity.type.rawValue
        if try isRejected(type: type, key: NameKey.key(entity.name)) { return nil }
        let names = [entity.name] + entity.aliases.filter { $0 != entity.name }
        let keys = Array(Set(resolution.keys(type, names))).sorted()
        let candidates = try GraphStore.candidates(db: db, type: type, keys: keys)
        let id: Int64
        if let choice = resolution.choose(entity, candidates) {
            id = choice.entityID
            try db.run("INSERT INTO resolutions(entity_id, document_id, name, score, reasons) VALUES (?,?,?,?,?)",
                       [.int(id), .int(documentID), .text(entity.name), .double(choice.score),
                        .text(ValueJSON.encode(.list(choice.reasons.map(Value.string))))])
        } else {
            id = try GraphStore.createEntity(db: db, type: type, name: entity.name, origin: "extracted", properties: [:])
        }
        // The name as written is in the document's language; aliases may be added equivalents in another.
        for name in names {
            try GraphStore.addAlias(db: db, entity: id, name: name, language: name == entity.name ? document.language : nil, documentID: documentID)
        }
        for key in keys {
            try db.run("INSERT INTO entity_keys(entity_id, key, document_id) VALUES (?,?,?)", [.int(id), .text(key), .int(documentID)])
        }
        try db.run("INSERT OR IGNORE INTO occurrences(document_id, local_id, entity_id, name, properties) VALUES (?,?,?,?,?)",
                   [.int(documentID), .int(Int64(entity.localID)), .int(id), .text(entity.name), .text(ValueJSON.encode(entity.properties))])
        for m in entity.mentions {
            let e = m.evidence
            try db.run("""
                INSERT INTO mentions(entity_id, document_id, text, sentence_start, sentence_end, span_start, span_end, snippet, extractor, confidence)
                VALUES (?,?,?,?,?,?,?,?,?,?)
                """, [.int(id), .int(documentID), .text(m.text), .optional(e.sentence.start), .optional(e.sentence.end),
                      .optional(e.span.start), .optional(e.span.end), .text(e.snippet), .text(e.extractor), .double(e.confidence)])
        }
        return id
    }

    func write(_ relation: ExtractedRelation, entityOf: [Int: Int64]) throws {
        guard var subject = entityOf[relation.subject] else { return }
        var objectID: Int64?
        var objectValue: String?
        var objectKey: String?
        switch relation.object {
        case .entity(let local):
            guard let o = entityOf[local] else { return }
            objectID = o
            if relation.predicate.isSymmetric, o < subject { objectID = subject; subject = o }
        case .literal(let text, let normalized):
            objectValue = text
            objectKey = normalized == .null ? NameKey.key(text) : ValueJSON.encode(normalized)
        }
        let subjectUID = try GraphStore.uid(db: db, of: subject)
        let objectRef = try objectID.map { id in try GraphStore.uid(db: db, of: id) } ?? objectKey ?? ""
        if try isRejected(type: "relation", key: subjectUID, predicate: relation.predicate.rawValue, objectKey: objectRef) { return }
        let predicate = relation.predicate.rawValue
        let relationID: Int64
        if let existing = try db.scalarInt("""
            SELECT id FROM relations WHERE subject_id = ? AND predicate = ? AND object_id IS ? AND object_key IS ? AND origin = 'extracted'
            """, [.int(subject), .text(predicate), .optional(objectID), .optional(objectKey)]) {
            relationID = existing
        } else {
            try db.run("INSERT INTO relations(subject_id, predicate, object_id, object_value, object_key) VALUES (?,?,?,?,?)",
                       [.int(subject), .text(predicate), .optional(objectID), .optional(objectValue), .optional(objectKey)])
            relationID = db.lastInsertID
        }
        let e = relation.evidence
        var properties = relation.properties
        if let objectValue { properties["value"] = .string(objectValue) }
        try db.run("""
            INSERT INTO relation_evidence(relation_id, document_id, sentence_start, sentence_end, span_start, span_end, snippet, extractor, confidence, properties)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """, [.int(relationID), .int(documentID), .optional(e.sentence.start), .optional(e.sentence.end), .optional(e.span.start),
                  .optional(e.span.end), .text(e.snippet), .text(e.extractor), .double(e.confidence), .text(ValueJSON.encode(properties))])
    }
}

extension GraphStore {
    /// Stored entities of `type` that share at least one blocking key, with all their names.
    static func candidates(db: Connection, type: String, keys: [String]) throws -> [StoredEntity] {
        var ids: [Int64] = []
        var seen: Set<Int64> = []
        for key in keys {
            for id in try db.query("SELECT DISTINCT k.entity_id FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND e.type = ? ORDER BY k.entity_id",
                                   [.text(key), .text(type)], { $0.int(0) }) where seen.insert(id).inserted { ids.append(id) }
        }
        return try ids.sorted().compactMap { id in try entity(db: db, id: id) }
    }

    static func entity(db: Connection, id: Int64) throws -> StoredEntity? {
        guard let (uid, type, name) = try db.query("SELECT uid, type, name FROM entities WHERE id = ?", [.int(id)], { ($0.text(0), $0.text(1), $0.text(2)) }).first else { return nil }
        let names = try db.query("SELECT DISTINCT name FROM aliases WHERE entity_id = ? ORDER BY name", [.int(id)]) { $0.text(0) }
        return StoredEntity(id: id, uid: uid, type: type, name: name, names: [name] + names.filter { $0 != name })
    }

    static func uid(db: Connection, of id: Int64) throws -> String {
        try db.query("SELECT uid FROM entities WHERE id = ?", [.int(id)]) { $0.text(0) }.first ?? ""
    }

    /// Creates an entity whose uid is derived from its type and name (`company:bitriver`),
    /// suffixed (`~2`, `~3`) when taken, so the same ingestion order yields the same ids.
    static func createEntity(db: Connection, type: String, name: String, origin: String, properties: [String: Value], uid fixed: String? = nil) throws -> Int64 {
        var uid = fixed ?? "\(type.lowercased()):\(NameKey.key(name).replacingOccurrences(of: " ", with: "-"))"
        if fixed == nil {
            let base = uid
            var n = 1
            while try db.scalarInt("SELECT count(*) FROM entities WHERE uid = ?", [.text(uid)]) ?? 0 > 0 { n += 1; uid = "\(base)~\(n)" }
        }
        try db.run("INSERT INTO entities(uid, type, name, properties, origin, created_at) VALUES (?,?,?,?,?,?)",
                   [.text(uid), .text(type), .text(name), .text(ValueJSON.encode(properties)), .text(origin), .text(now())])
        return db.lastInsertID
    }

    static func addAlias(db: Connection, entity: Int64, name: String, language: String?, documentID: Int64?) throws {
        let script = name.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } ? "Cyrl" : "Latn"
        try db.run("INSERT OR IGNORE INTO aliases(entity_id, name, key, language, script, document_id) VALUES (?,?,?,?,?,?)",
                   [.int(entity), .text(name), .text(NameKey.key(name)), .optional(language), .text(script), .optional(documentID)])
    }
}
