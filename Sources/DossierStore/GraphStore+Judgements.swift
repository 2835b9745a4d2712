import DossierModel
import Foundation

/// An analyst's correction, as stored in the database and in `graph/judgements.jsonl`.
public struct Judgement: Codable, Sendable, Equatable {
    /// `merge`, `split`, `distinct`, `retype`, `rename`, `reject`, `reject-relation`, or `create`
    /// (nodes and relationships an analyst made in a query session, as JSON).
    public var kind: String
    /// As the analyst typed them (names or ids).
    public var arguments: [String]
    /// The stable ids the arguments resolved to when the judgement was made.
    public var uids: [String]
    public var at: String
    public init(kind: String, arguments: [String], uids: [String] = [], at: String) {
        self.kind = kind; self.arguments = arguments; self.uids = uids; self.at = at
    }
}

extension GraphStore {
    /// The entity an analyst means: a stable id (`company:bitriver`), a row id, or a name
    /// (compared with `NameKey.key`) that only one entity goes by.
    public func entity(named reference: String) throws -> StoredEntity {
        if let id = try entityID(uid: reference) ?? Int64(reference).flatMap({ try db.scalarInt("SELECT id FROM entities WHERE id = ?", [.int($0)]) }),
           let e = try Self.entity(db: db, id: id) { return e }
        let key = NameKey.key(reference)
        let ids = try db.query("""
            SELECT entity_id FROM aliases WHERE key = ?1 UNION SELECT id FROM entities WHERE name = ?2 COLLATE NOCASE ORDER BY 1
            """, [.text(key), .text(reference)]) { $0.int(0) }
        let found = try ids.compactMap { try Self.entity(db: db, id: $0) }
        guard let first = found.first else {
            throw StoreError(code: 0, message: "no entity named \"\(reference)\"")
        }
        if found.count > 1 {
            throw StoreError(code: 0, message: "\"\(reference)\" is ambiguous: " + found.map { "\($0.uid) (\($0.type) \($0.name))" }.joined(separator: ", ") + "; use an id")
        }
        return first
    }

    /// Applies a judgement and records it. Throws, changing nothing, when it cannot apply.
    @discardableResult
    public func apply(_ judgement: Judgement) throws -> Judgement {
        try writeTransaction {
            var j = judgement
            // A relation rejected by row id is replayed by the stable ids it resolved to.
            let replayByUIDs = j.kind == "reject-relation" && j.arguments.count == 1 && j.uids.count == 3
            let args = replayByUIDs ? j.uids : j.arguments
            func need(_ n: Int) throws { if args.count != n { throw StoreError(code: 0, message: "\(j.kind) takes \(n) arguments") } }
            func target(_ i: Int) throws -> StoredEntity {
                if i < j.uids.count, let id = try entityID(uid: j.uids[i]), let e = try Self.entity(db: db, id: id) { return e }
                return try entity(named: args[i])
            }
            switch j.kind {
            case "merge":
                try need(2)
                let (a, b) = (try target(0), try target(1))
                j.uids = [a.uid, b.uid]
                try merge(b, into: a)
            case "distinct":
                try need(2)
                let (a, b) = (try target(0), try target(1))
                if a.id == b.id { throw StoreError(code: 0, message: "\(a.uid) is one entity; use `dossier split` to separate its names") }
                j.uids = [a.uid, b.uid]
                try db.run("INSERT OR IGNORE INTO distinct_pairs(a, b) VALUES (?,?)", [.text(min(a.uid, b.uid)), .text(max(a.uid, b.uid))])
            case "retype":
                try need(2)
                guard EntityType(rawValue: args[1]) != nil else {
                    throw StoreError(code: 0, message: "unknown type \(args[1]); one of " + EntityType.allCases.map(\.rawValue).joined(separator: ", "))
                }
                let e = try target(0)
                j.uids = [e.uid]
                try db.run("UPDATE entities SET type = ? WHERE id = ?", [.text(args[1]), .int(e.id)])
            case "rename":
                try need(2)
                let e = try target(0)
                j.uids = [e.uid]
                try pinNames(of: e, to: e.id)
                try db.run("UPDATE entities SET name = ? WHERE id = ?", [.text(args[1]), .int(e.id)])
                try Self.addAlias(db: db, entity: e.id, name: args[1], language: nil, documentID: nil)
                try db.run("INSERT INTO entity_keys(entity_id, key) VALUES (?,?)", [.int(e.id), .text("n:" + NameKey.key(args[1]))])
            case "reject":
                try need(1)
                let e = try target(0)
                j.uids = [e.uid]
                for name in e.names {
                    try db.run("INSERT OR IGNORE INTO rejections(type, key) VALUES (?,?)", [.text(e.type), .text(NameKey.key(name))])
                }
                try db.run("DELETE FROM entities WHERE id = ?", [.int(e.id)])
            case "reject-relation" where args.count == 1:
                // A relationship id, as a query returns it.
                guard let id = Int64(args[0]), let (subject, predicate, object) = try db.query("""
                    SELECT s.uid, r.predicate, coalesce(o.uid, r.object_key) FROM relations r JOIN entities s ON s.id = r.subject_id
                    LEFT JOIN entities o ON o.id = r.object_id WHERE r.id = ?
                    """, [.int(id)], { ($0.text(0), $0.text(1), $0.optionalText(2) ?? "") }).first else {
                    throw StoreError(code: 0, message: "no relation with id \(args[0])")
                }
                j.uids = [subject, predicate, object]
                try db.run("DELETE FROM relations WHERE id = ?", [.int(id)])
                try db.run("INSERT OR IGNORE INTO rejections(type, key, predicate, object_key) VALUES ('relation',?,?,?)",
                           [.text(subject), .text(predicate), .text(object)])
            case "reject-relation":
                try need(3)
                let s = try target(0)
                let o = try? target(2)
                let objectRef = o?.uid ?? NameKey.key(args[2])
                if !replayByUIDs { j.uids = [s.uid, args[1], objectRef] }
                let removed = try db.query("""
                    SELECT id FROM relations WHERE subject_id = ? AND predicate = ? AND (object_id IS ? AND (object_id IS NOT NULL OR object_key = ? OR object_value = ?))
                    """, [.int(s.id), .text(args[1]), .optional(o?.id), .text(NameKey.key(args[2])), .text(args[2])]) { $0.int(0) }
                if removed.isEmpty { throw StoreError(code: 0, message: "no relation \(s.name) -\(args[1])-> \(args[2])") }
                for id in removed { try db.run("DELETE FROM relations WHERE id = ?", [.int(id)]) }
                try db.run("INSERT OR IGNORE INTO rejections(type, key, predicate, object_key) VALUES ('relation',?,?,?)",
                           [.text(s.uid), .text(args[1]), .text(objectRef)])
            case "split":
                try need(1)
                let e = try target(0)
                j.uids = [e.uid]
                try split(e)
            case "create":
                try need(1)
                guard let created = try? JSONDecoder().decode(GraphSnapshot.self, from: Data(args[0].utf8)) else {
                    throw StoreError(code: 0, message: "create takes a JSON graph of nodes and relationships")
                }
                let ownIDs = Set(created.nodes.map(\.id))
                var existing: [Int64: Int64] = [:]
                if j.uids.isEmpty {
                    // Remember which stored entities the new relationships point at, by stable id.
                    for id in Set(created.relationships.flatMap { [$0.start, $0.end] }) where !ownIDs.contains(id) {
                        j.uids.append("\(id)=\(try Self.uid(db: db, of: id))")
                    }
                } else {
                    for pair in j.uids {
                        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                        guard parts.count == 2, let old = Int64(parts[0]), let id = try entityID(uid: parts[1]) else {
                            throw StoreError(code: 0, message: "create refers to \(pair), which is not in the store")
                        }
                        existing[old] = id
                    }
                }
                _ = try insertAnalystFacts(created, existing: existing)
            default:
                throw StoreError(code: 0, message: "unknown judgement \(j.kind)")
            }
            try db.run("INSERT INTO judgements(kind, arguments, created_at) VALUES (?,?,?)",
                       [.text(j.kind), .text(ValueJSON.encode(.list((j.arguments + j.uids).map(Value.string)))), .text(j.at)])
            return j
        }
    }

    /// Folds `b` into `a`: names, evidence and relations move; relations that become the same are joined.
    func merge(_ b: StoredEntity, into a: StoredEntity) throws {
        guard a.id != b.id else { throw StoreError(code: 0, message: "\(a.uid) and \(b.uid) are already one entity") }
        guard a.type == b.type else { throw StoreError(code: 0, message: "cannot merge a \(b.type) into a \(a.type); retype one first") }
        if try db.scalarInt("SELECT count(*) FROM distinct_pairs WHERE a = ? AND b = ?", [.text(min(a.uid, b.uid)), .text(max(a.uid, b.uid))]) ?? 0 > 0 {
            throw StoreError(code: 0, message: "\(a.uid) and \(b.uid) were judged distinct")
        }
        try pinNames(of: b, to: a.id)
        try pinNames(of: a, to: a.id)
        for table in ["aliases", "entity_keys", "occurrences", "mentions", "resolutions"] {
            try db.run("UPDATE OR IGNORE \(table) SET entity_id = ? WHERE entity_id = ?", [.int(a.id), .int(b.id)])
        }
        try db.run("UPDATE relations SET subject_id = ? WHERE subject_id = ?", [.int(a.id), .int(b.id)])
        try db.run("UPDATE relations SET object_id = ? WHERE object_id = ?", [.int(a.id), .int(b.id)])
        try db.run("INSERT INTO resolutions(entity_id, name, score, reasons) VALUES (?,?,1.0,?)",
                   [.int(a.id), .text(b.name), .text(ValueJSON.encode(.list([.string("analyst merge of \(b.uid)")])))])
        let merged = ValueJSON.decodeMap(try db.query("SELECT properties FROM entities WHERE id = ?", [.int(b.id)]) { $0.text(0) }.first ?? "{}")
            .merging(ValueJSON.decodeMap(try db.query("SELECT properties FROM entities WHERE id = ?", [.int(a.id)]) { $0.text(0) }.first ?? "{}")) { _, mine in mine }
        try db.run("UPDATE entities SET properties = ? WHERE id = ?", [.text(ValueJSON.encode(merged)), .int(a.id)])
        try db.run("DELETE FROM entities WHERE id = ?", [.int(b.id)])
        try joinDuplicateRelations()
    }

    /// Keeps an entity's names and blocking keys without a document, attached to `target`: a
    /// judged entity's names then still resolve to it after the documents that brought them
    /// change or are re-extracted (and it is not removed meanwhile: see `removeUnsupported`).
    func pinNames(of e: StoredEntity, to target: Int64) throws {
        try db.run("""
            INSERT INTO entity_keys(entity_id, key) SELECT DISTINCT ?1, key FROM entity_keys k WHERE entity_id = ?2 AND document_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM entity_keys x WHERE x.entity_id = ?1 AND x.key = k.key AND x.document_id IS NULL)
            """, [.int(target), .int(e.id)])
        for name in e.names { try Self.addAlias(db: db, entity: target, name: name, language: nil, documentID: nil) }
    }

    /// Relations that now have the same ends and predicate become one, keeping all evidence.
    func joinDuplicateRelations() throws {
        try db.execute("""
            DELETE FROM relations WHERE origin = 'extracted' AND subject_id = object_id;
            UPDATE relation_evidence SET relation_id = (
                SELECT min(r2.id) FROM relations r1 JOIN relations r2
                  ON r2.subject_id = r1.subject_id AND r2.predicate = r1.predicate AND r2.object_id IS r1.object_id
                 AND r2.object_key IS r1.object_key AND r2.origin = 'extracted'
                WHERE r1.id = relation_evidence.relation_id AND r1.origin = 'extracted')
              WHERE relation_id IN (SELECT id FROM relations WHERE origin = 'extracted');
            DELETE FROM relations WHERE origin = 'extracted'
              AND NOT EXISTS (SELECT 1 FROM relation_evidence e WHERE e.relation_id = relations.id);
            """)
    }

    /// Separates an entity into one entity per distinct normalised name it was found under;
    /// each document's evidence follows the name that document used. The pieces are marked distinct.
    func split(_ e: StoredEntity) throws {
        let occurrences = try db.query("SELECT document_id, name FROM occurrences WHERE entity_id = ? ORDER BY document_id, local_id", [.int(e.id)]) { ($0.int(0), $0.text(1)) }
        var groupOfDoc: [Int64: String] = [:]
        var members: [String: [String]] = [:]
        var order: [String] = []
        for (doc, name) in occurrences {
            let key = NameKey.key(name)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(name)
            if groupOfDoc[doc] == nil { groupOfDoc[doc] = key }
        }
        guard order.count > 1 else { throw StoreError(code: 0, message: "\(e.uid) is found under one name only; nothing to split") }
        let keeper = order.max { (members[$0]!.count, -order.firstIndex(of: $0)!) < (members[$1]!.count, -order.firstIndex(of: $1)!) }!
        var pieceOf: [String: Int64] = [keeper: e.id]
        var uids = [e.uid]
        for key in order where key != keeper {
            let name = members[key]!.first!
            let id = try Self.createEntity(db: db, type: e.type, name: name, origin: "extracted", properties: [:])
            pieceOf[key] = id
            uids.append(try Self.uid(db: db, of: id))
        }
        try db.run("UPDATE entities SET name = ? WHERE id = ?", [.text(members[keeper]!.first!), .int(e.id)])
        for (doc, key) in groupOfDoc where key != keeper {
            let piece = pieceOf[key]!
            for table in ["aliases", "entity_keys", "occurrences", "mentions", "resolutions"] {
                try db.run("UPDATE \(table) SET entity_id = ? WHERE entity_id = ? AND document_id = ?", [.int(piece), .int(e.id), .int(doc)])
            }
            // Evidence of this document's relations follows the piece: re-point it to a relation with the new end.
            let rows = try db.query("""
                SELECT ev.id, r.subject_id, r.predicate, r.object_id, r.object_value, r.object_key FROM relation_evidence ev
                JOIN relations r ON r.id = ev.relation_id WHERE ev.document_id = ? AND (r.subject_id = ? OR r.object_id = ?)
                """, [.int(doc), .int(e.id), .int(e.id)]) { ($0.int(0), $0.int(1), $0.text(2), $0.isNull(3) ? nil : $0.int(3), $0.optionalText(4), $0.optionalText(5)) }
            for (evidence, s, p, o, value, key) in rows {
                let s2 = s == e.id ? piece : s, o2 = o == e.id ? piece : o
                let rel: Int64
                if let existing = try db.scalarInt("SELECT id FROM relations WHERE subject_id = ? AND predicate = ? AND object_id IS ? AND object_key IS ? AND origin = 'extracted'",
                                                   [.int(s2), .text(p), .optional(o2), .optional(key)]) {
                    rel = existing
                } else {
                    try db.run("INSERT INTO relations(subject_id, predicate, object_id, object_value, object_key) VALUES (?,?,?,?,?)",
                               [.int(s2), .text(p), .optional(o2), .optional(value), .optional(key)])
                    rel = db.lastInsertID
                }
                try db.run("UPDATE relation_evidence SET relation_id = ? WHERE id = ?", [.int(rel), .int(evidence)])
            }
        }
        try db.execute("DELETE FROM relations WHERE origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM relation_evidence e WHERE e.relation_id = relations.id)")
        for (i, a) in uids.enumerated() {
            for b in uids[(i + 1)...] {
                try db.run("INSERT OR IGNORE INTO distinct_pairs(a, b) VALUES (?,?)", [.text(min(a, b)), .text(max(a, b))])
            }
        }
    }

    /// One entity for `dossier show`: names, facts and the sentences behind them, as text.
    public func describe(_ e: StoredEntity) throws -> String {
        var lines = ["\(e.name)  [\(e.type)]  id \(e.uid)"]
        if e.names.count > 1 { lines.append("  also: " + e.names.dropFirst().joined(separator: "; ")) }
        let props = ValueJSON.decodeMap(try db.query("SELECT properties FROM entities WHERE id = ?", [.int(e.id)]) { $0.text(0) }.first ?? "{}")
        for (k, v) in props.sorted(by: { $0.key < $1.key }) where k != "id" { lines.append("  \(k): \(ValueJSON.encode(v))") }
        for (score, reasons, name) in try db.query("SELECT score, reasons, name FROM resolutions WHERE entity_id = ? GROUP BY name, score, reasons ORDER BY min(id)", [.int(e.id)], { ($0.double(0), $0.text(1), $0.text(2)) }) {
            lines.append("  merged \"\(name)\" (score \(score)): \(reasons)")
        }
        let facts = try db.query("""
            SELECT r.id, s.name, r.predicate, coalesce(o.name, r.object_value), (SELECT count(DISTINCT document_id) FROM relation_evidence WHERE relation_id = r.id)
            FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id
            WHERE r.subject_id = ?1 OR r.object_id = ?1 ORDER BY r.predicate, r.id
            """, [.int(e.id)]) { ($0.int(0), $0.text(1), $0.text(2), $0.optionalText(3) ?? "?", $0.int(4)) }
        if !facts.isEmpty { lines.append("facts:") }
        for (id, s, p, o, support) in facts {
            lines.append("  \(s) -\(p)-> \(o)   (\(support) document\(support == 1 ? "" : "s"))")
            let sentences = try evidence(relationship: id)
            for ev in sentences.prefix(3) {
                guard case .map(let m) = ev else { continue }
                lines.append("      \(m["document"]?.stringValue ?? "analyst"): \(m["sentence"]?.stringValue ?? "") [\(m["extractor"]?.stringValue ?? "")]")
            }
            if sentences.count > 3 { lines.append("      … and \(sentences.count - 3) more") }
        }
        let mentions = try evidence(node: e.id)
        if !mentions.isEmpty { lines.append("mentions:") }
        for ev in mentions.prefix(20) {
            guard case .map(let m) = ev else { continue }
            lines.append("  \(m["document"]?.stringValue ?? "analyst"): \(m["sentence"]?.stringValue ?? "")")
        }
        if mentions.count > 20 { lines.append("  … and \(mentions.count - 20) more") }
        return lines.joined(separator: "\n")
    }

    /// Every entity and relation as sorted lines, independent of row ids: two stores hold the
    /// same graph exactly when their dumps are equal (used by the crash tests).
    public func canonicalDump() throws -> String {
        try readTransaction {
            var lines = try db.query("SELECT type, uid, name, properties FROM entities", []) { "E \($0.text(0)) \($0.text(1)) \($0.text(2)) \($0.text(3))" }
            lines += try db.query("SELECT e.uid, a.name, coalesce(d.hash, '') FROM aliases a JOIN entities e ON e.id = a.entity_id LEFT JOIN documents d ON d.id = a.document_id", []) { "A \($0.text(0)) \($0.text(1)) \($0.text(2))" }
            lines += try db.query("""
                SELECT s.uid, r.predicate, coalesce(o.uid, r.object_value), (SELECT group_concat(d.hash || ':' || ev.span_start || ':' || ev.properties, ',') FROM relation_evidence ev LEFT JOIN documents d ON d.id = ev.document_id WHERE ev.relation_id = r.id)
                FROM relations r JOIN entities s ON s.id = r.subject_id LEFT JOIN entities o ON o.id = r.object_id
                """, []) { "R \($0.text(0)) \($0.text(1)) \($0.optionalText(2) ?? "") \($0.optionalText(3) ?? "")" }
            lines += try db.query("SELECT e.uid, d.hash, m.span_start, m.span_end FROM mentions m JOIN entities e ON e.id = m.entity_id LEFT JOIN documents d ON d.id = m.document_id", []) {
                "M \($0.text(0)) \($0.optionalText(1) ?? "") \($0.optionalInt(2) ?? -1) \($0.optionalInt(3) ?? -1)"
            }
            lines += try db.query("SELECT s.source, d.hash FROM document_sources s JOIN documents d ON d.id = s.document_id", []) { "S \($0.text(0)) \($0.text(1))" }
            return lines.sorted().joined(separator: "\n")
        }
    }
}
