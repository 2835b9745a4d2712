import DossierModel

/// Links the entities of ONE document that denote the same actor: the same normalised name
/// twice, a surname alone after the full name ("Vyaznikov" after "Maxim Vyaznikov"), an
/// organisation's acronym after its full name. Inside one article such short forms are
/// unambiguous; across articles they are not, so this never runs across documents.
public enum DocumentLinker {
    /// The extraction with linked entities folded into one (the most complete name wins,
    /// the others become aliases) and relations re-pointed; self-loops created by folding are dropped.
    public static func link(_ extraction: DocumentExtraction) -> DocumentExtraction {
        let entities = extraction.entities
        guard entities.count > 1 else { return extraction }
        var parent = Array(entities.indices)
        func find(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            guard ra != rb else { return }
            // The representative is the longer name; ties keep the earlier entity.
            let aWins = (NameKey.tokens(entities[ra].name).count, -ra) >= (NameKey.tokens(entities[rb].name).count, -rb)
            if aWins { parent[rb] = ra } else { parent[ra] = rb }
        }
        var byKey: [String: Int] = [:]
        for (i, e) in entities.enumerated() {
            let key = "\(e.type.rawValue):\(NameKey.key(e.name))"
            if let j = byKey[key] { union(i, j) } else { byKey[key] = i }
        }
        for (i, e) in entities.enumerated() {
            let tokens = NameKey.tokens(e.name)
            let sameType = entities.indices.filter { $0 != i && entities[$0].type == e.type }
            var partners: [Int] = []
            if e.type == .person, tokens.count == 1 {
                partners = sameType.filter { let t = NameKey.tokens(entities[$0].name); return t.count >= 2 && t.last == tokens[0] }
            } else if e.type == .organization || e.type == .company, Resolver.writtenAcronym(e.name) != nil {
                partners = sameType.filter { Resolver.isAcronym(e.name, of: entities[$0].name) }
            }
            let distinctTargets = Set(partners.map { NameKey.key(entities[$0].name) })
            if distinctTargets.count == 1 { partners.forEach { union(i, $0) } }
        }
        var folded: [Int: ExtractedEntity] = [:]
        var order: [Int] = []
        for i in entities.indices {
            let r = find(i)
            if folded[r] == nil { folded[r] = entities[r]; folded[r]!.aliases = []; folded[r]!.mentions = []; order.append(r) }
            var rep = folded[r]!
            for name in [entities[i].name] + entities[i].aliases + entities[r].aliases where name != rep.name && !rep.aliases.contains(name) {
                rep.aliases.append(name)
            }
            rep.mentions += entities[i].mentions
            for (k, v) in entities[i].properties where rep.properties[k] == nil { rep.properties[k] = v }
            folded[r] = rep
        }
        let localOf = Dictionary(uniqueKeysWithValues: entities.indices.map { (entities[$0].localID, entities[find($0)].localID) })
        var relations: [ExtractedRelation] = []
        for var r in extraction.relations {
            guard let s = localOf[r.subject] else { continue }
            r.subject = s
            if case .entity(let o) = r.object {
                guard let o2 = localOf[o], o2 != s else { continue }
                r.object = .entity(o2)
            }
            relations.append(r)
        }
        return DocumentExtraction(document: extraction.document, entities: order.compactMap { folded[$0] }, relations: relations)
    }
}
