import DossierModel

/// Node ids of Document nodes and ids of MENTIONS edges live above this offset, so they never
/// collide with entity and relation row ids.
public let documentIDOffset: Int64 = 1_000_000_000_000

extension GraphStore {
    /// The whole graph as the query engine sees it, read in one transaction (a consistent
    /// snapshot even while another process ingests). See docs/store.md for the mapping.
    public func snapshot(includeDocuments: Bool = true) throws -> GraphSnapshot {
        try readTransaction {
            var nodes: [GraphNode] = []
            var index: [Int64: Int] = [:]
            for (id, uid, type, name, props) in try db.query("SELECT id, uid, type, name, properties FROM entities ORDER BY id", [], {
                ($0.int(0), $0.text(1), $0.text(2), $0.text(3), $0.text(4))
            }) {
                var p = ValueJSON.decodeMap(props)
                p["name"] = p["name"] ?? .string(name)
                if p["id"] == nil { p["id"] = .string(uid) }
                p["uid"] = .string(uid)
                index[id] = nodes.count
                nodes.append(GraphNode(id: id, labels: [type], properties: p))
            }
            var aliases: [Int64: [Value]] = [:]
            for (id, alias) in try db.query("SELECT DISTINCT a.entity_id, a.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.name <> e.name ORDER BY a.entity_id, a.name", [], { ($0.int(0), $0.text(1)) }) {
                aliases[id, default: []].append(.string(alias))
            }
            for (id, i) in index where nodes[i].properties["aliases"] == nil {
                nodes[i].properties["aliases"] = .list(aliases[id] ?? [])
            }
            // Per-document properties: one value stays a value; differing values become a list.
            var gathered: [Int64: [String: [Value]]] = [:]
            for (id, props) in try db.query("SELECT entity_id, properties FROM occurrences WHERE properties <> '{}' ORDER BY document_id, local_id", [], { ($0.int(0), $0.text(1)) }) {
                for (k, v) in ValueJSON.decodeMap(props) where !(gathered[id]?[k]?.contains(v) ?? false) { gathered[id, default: [:]][k, default: []].append(v) }
            }
            for (id, c, _) in try db.query("SELECT subject_id, object_value, min(id) FROM relations WHERE predicate = 'CAPACITY' AND object_value IS NOT NULL GROUP BY subject_id, object_key ORDER BY min(id)", [], { ($0.int(0), $0.text(1), $0.int(2)) }) {
                gathered[id, default: [:]]["capacity", default: []].append(.string(c))
            }
            for (id, props) in gathered {
                guard let i = index[id] else { continue }
                for (k, values) in props where nodes[i].properties[k] == nil || k == "capacity" {
                    nodes[i].properties[k] = values.count == 1 ? values[0] : .list(values)
                }
            }
            var relationships = try loadRelationships()
            if includeDocuments {
                let (docs, mentions) = try loadDocumentNodes()
                nodes += docs
                relationships += mentions
            }
            return GraphSnapshot(nodes: nodes, relationships: relationships)
        }
    }

    func loadRelationships() throws -> [GraphRelationship] {
        var evidenceProps: [Int64: (props: [String: [Value]], confidence: Double, docs: Set<Int64>)] = [:]
        for (rel, doc, props, confidence) in try db.query("SELECT relation_id, document_id, properties, confidence FROM relation_evidence ORDER BY id", [], {
            ($0.int(0), $0.isNull(1) ? -1 : $0.int(1), $0.text(2), $0.double(3))
        }) {
            var entry = evidenceProps[rel] ?? ([:], 0, [])
            for (k, v) in ValueJSON.decodeMap(props) where !(entry.props[k]?.contains(v) ?? false) { entry.props[k, default: []].append(v) }
            entry.confidence = max(entry.confidence, confidence)
            entry.docs.insert(doc)
            evidenceProps[rel] = entry
        }
        return try db.query("SELECT id, subject_id, predicate, object_id, properties FROM relations WHERE object_id IS NOT NULL ORDER BY id", []) { s in
            let id = s.int(0)
            var p = ValueJSON.decodeMap(s.text(4))
            if let e = evidenceProps[id] {
                for (k, values) in e.props where p[k] == nil { p[k] = values.count == 1 ? values[0] : .list(values) }
                p["confidence"] = .double(e.confidence)
                p["support"] = .int(Int64(e.docs.filter { $0 >= 0 }.count))
            }
            return GraphRelationship(id: id, type: s.text(2), start: s.int(1), end: s.int(3), properties: p)
        }
    }

    func loadDocumentNodes() throws -> ([GraphNode], [GraphRelationship]) {
        let docs = try db.query("""
            SELECT d.id, (SELECT min(s.source) FROM document_sources s WHERE s.document_id = d.id), d.title, d.url, d.published, d.language, d.hash
            FROM documents d ORDER BY d.id
            """, []) { s -> GraphNode in
            var p: [String: Value] = ["source": .string(s.optionalText(1) ?? ""), "language": .string(s.text(5)), "hash": .string(s.text(6))]
            if let t = s.optionalText(2) { p["title"] = .string(t) }
            if let u = s.optionalText(3) { p["url"] = .string(u) }
            if let d = s.optionalText(4) { p["published"] = .string(d) }
            return GraphNode(id: documentIDOffset + s.int(0), labels: ["Document"], properties: p)
        }
        let mentions = try db.query("SELECT min(rowid), document_id, entity_id, count(*) FROM occurrences GROUP BY document_id, entity_id ORDER BY 1", []) { s in
            GraphRelationship(id: documentIDOffset + s.int(0), type: "MENTIONS", start: documentIDOffset + s.int(1), end: s.int(2), properties: [:])
        }
        return (docs, mentions)
    }

    /// The evidence behind a node or relationship of `snapshot()`: one map per mention or per
    /// supporting sentence — {document, title, url, date, sentence, start, end, extractor, confidence}.
    public func evidence(node id: Int64) throws -> [Value] {
        if id >= documentIDOffset {
            return try db.query("SELECT d.id, d.title, d.url, d.published FROM documents d WHERE d.id = ?", [.int(id - documentIDOffset)]) { s in
                self.evidenceMap(source: try self.documentSource(s.int(0)), title: s.optionalText(1), url: s.optionalText(2), date: s.optionalText(3),
                                 sentence: nil, start: nil, end: nil, extractor: "reader", confidence: 1)
            }
        }
        return try evidenceRows("FROM mentions m WHERE m.entity_id = ?", id)
    }

    public func evidence(relationship id: Int64) throws -> [Value] {
        if id >= documentIDOffset {
            guard let (doc, entity) = try db.query("SELECT document_id, entity_id FROM occurrences WHERE rowid = ?", [.int(id - documentIDOffset)], { ($0.int(0), $0.int(1)) }).first else { return [] }
            return try evidenceRows("FROM mentions m WHERE m.entity_id = ? AND m.document_id = \(doc)", entity)
        }
        return try evidenceRows("FROM relation_evidence m WHERE m.relation_id = ?", id)
    }

    func evidenceRows(_ from: String, _ id: Int64) throws -> [Value] {
        try db.query("""
            SELECT m.document_id, d.title, d.url, d.published, m.snippet, m.span_start, m.span_end, m.extractor, m.confidence, m.created_at
            \(from.replacingOccurrences(of: "FROM mentions m", with: "FROM mentions m LEFT JOIN documents d ON d.id = m.document_id").replacingOccurrences(of: "FROM relation_evidence m", with: "FROM relation_evidence m LEFT JOIN documents d ON d.id = m.document_id"))
            ORDER BY m.document_id, m.span_start
            """, [.int(id)]) { s in
            let source = s.isNull(0) ? nil : try self.documentSource(s.int(0))
            return self.evidenceMap(source: source, title: s.optionalText(1), url: s.optionalText(2), date: s.optionalText(3) ?? s.optionalText(9),
                                    sentence: s.optionalText(4), start: s.optionalInt(5), end: s.optionalInt(6), extractor: s.text(7), confidence: s.double(8))
        }
    }

    func documentSource(_ id: Int64) throws -> String? {
        try db.query("SELECT min(source) FROM document_sources WHERE document_id = ?", [.int(id)]) { $0.optionalText(0) }.first ?? nil
    }

    func evidenceMap(source: String?, title: String?, url: String?, date: String?, sentence: String?, start: Int?, end: Int?, extractor: String, confidence: Double) -> Value {
        func opt(_ s: String?) -> Value { s.map(Value.string) ?? .null }
        func opt(_ i: Int?) -> Value { i.map { .int(Int64($0)) } ?? .null }
        return .map(["document": opt(source), "title": opt(title), "url": opt(url), "date": opt(date), "sentence": opt(sentence),
                     "start": opt(start), "end": opt(end), "extractor": .string(extractor), "confidence": .double(confidence)])
    }

    /// One scorer record per document, keyed by its first source: entities named as written in
    /// that document (their other names as aliases), relations between them, CAPACITY literals.
    public func perDocumentRecords() throws -> [(source: String, record: ScorerRecord)] {
        try readTransaction {
            var aliasesOf: [Int64: [String]] = [:]
            for (id, name) in try db.query("SELECT DISTINCT entity_id, name FROM aliases ORDER BY entity_id, name", [], { ($0.int(0), $0.text(1)) }) {
                aliasesOf[id, default: []].append(name)
            }
            let types = Dictionary(uniqueKeysWithValues: try db.query("SELECT id, type, name FROM entities", [], { ($0.int(0), ($0.text(1), $0.text(2))) }))
            var out: [(String, ScorerRecord)] = []
            for (doc, source) in try db.query("SELECT d.id, (SELECT min(source) FROM document_sources s WHERE s.document_id = d.id) FROM documents d ORDER BY 2", [], { ($0.int(0), $0.optionalText(1) ?? "") }) {
                var nameIn: [Int64: String] = [:]
                var order: [Int64] = []
                for (entity, name) in try db.query("SELECT entity_id, name FROM occurrences WHERE document_id = ? ORDER BY local_id", [.int(doc)], { ($0.int(0), $0.text(1)) }) {
                    if let known = nameIn[entity] { if name.count > known.count { nameIn[entity] = name } } else { nameIn[entity] = name; order.append(entity) }
                }
                var record = ScorerRecord()
                for id in order {
                    guard let (type, canonical) = types[id], let name = nameIn[id] else { continue }
                    let others = ([canonical] + (aliasesOf[id] ?? [])).filter { $0 != name }
                    record.entities.append(.init(name: name, type: type, aliases: Array(uniqued(others))))
                }
                let rels = try db.query("""
                    SELECT DISTINCT r.subject_id, r.predicate, r.object_id, r.object_value, e.properties FROM relation_evidence e
                    JOIN relations r ON r.id = e.relation_id WHERE e.document_id = ? ORDER BY e.id
                    """, [.int(doc)]) { ($0.int(0), $0.text(1), $0.isNull(2) ? nil : $0.int(2), $0.optionalText(3), ValueJSON.decodeMap($0.text(4))) }
                var seen: Set<String> = []
                for (s, p, o, literal, props) in rels {
                    guard let subject = nameIn[s] ?? types[s]?.1 else { continue }
                    let object = o.flatMap { nameIn[$0] ?? types[$0]?.1 } ?? literal ?? ""
                    let r = ScorerRecord.Relation(subject: subject, predicate: p, object: object, role: props["role"]?.stringValue, amount: props["amount"]?.stringValue)
                    if seen.insert("\(subject)\u{1}\(p)\u{1}\(object)").inserted { record.relations.append(r) }
                }
                out.append((source, record))
            }
            return out
        }
    }
}

/// Order-preserving de-duplication.
func uniqued(_ xs: [String]) -> [String] {
    var seen: Set<String> = []
    return xs.filter { seen.insert($0).inserted }
}
