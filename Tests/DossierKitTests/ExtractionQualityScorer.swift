import DossierModel
import Foundation

/// A Swift port of `shared/eval/score.py`'s matching, so the quality test runs without
/// ../shared: folded names with aliases on either side, one-to-one entity matching (exact,
/// then with `fuzzy` token overlap for Facility and Sanction), relations by predicate and both
/// ends, PARTNER_OF either way, CAPACITY unit-normalised.
struct ExtractionScorer {
    struct Counts: Equatable, CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1 : 0) }
        var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : (fp == 0 ? 1 : 0) }
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        mutating func add(_ o: Counts) { tp += o.tp; fp += o.fp; fn += o.fn }
        var description: String { String(format: "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision, recall, f1, tp, fp, fn) }
    }

    struct GoldEntity: Decodable { var name: String; var type: String; var aliases: [String]? }
    struct GoldRelation: Decodable { var subject: String; var predicate: String; var object: String }
    struct GoldRecord: Decodable { var id: String; var lang: String?; var sha256: String?; var entities: [GoldEntity]; var relations: [GoldRelation] }

    var fuzzy = true
    var entities = Counts(), relations = Counts()
    var byType: [String: Counts] = [:], byPredicate: [String: Counts] = [:]

    static let stop: Set<String> = Set("the a an of in on at for and or to by with de du des la le les l d un une et en au aux sur pour par dans s".split(separator: " ").map(String.init))
    static let articles = try! NSRegularExpression(pattern: "^(?:the|le|la|les|l)\\s+")

    static func fold(_ s: String) -> String {
        var out = ""
        let decomposed = s.decomposedStringWithCompatibilityMapping
        for sc in decomposed.unicodeScalars where sc.properties.canonicalCombiningClass == .notReordered {
            out.unicodeScalars.append(sc)
        }
        out = out.lowercased().replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "+", with: " plus ")
        var cleaned = ""
        for sc in out.unicodeScalars {
            let cat = sc.properties.generalCategory
            let isSpaceLike: Bool
            switch cat {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
                 .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator, .lineSeparator,
                 .paragraphSeparator, .control, .format, .surrogate, .privateUse, .unassigned: isSpaceLike = true
            default: isSpaceLike = false
            }
            if isSpaceLike { cleaned += " " } else { cleaned.unicodeScalars.append(sc) }
        }
        let joined = cleaned.split(separator: " ").joined(separator: " ")
        let range = NSRange(joined.startIndex..., in: joined)
        return articles.stringByReplacingMatches(in: joined, range: range, withTemplate: "")
    }

    static func nameSet(_ name: String, _ aliases: [String]) -> Set<String> {
        Set(([name] + aliases).map(fold).filter { !$0.isEmpty })
    }

    static let capacityPattern = try! NSRegularExpression(pattern:
        "(\\d+(?:\\.\\d+)?)[\\s-]*(gigawatts?|gw|megawatts?|mw|kilowatts?|kw|exahash(?:es|s)?(?:\\s*(?:per|par)\\s*sec(?:ond|onde)?)?|eh\\s*/?\\s*s|exaflops?|eflops?)\\b")
    static let numberWords: [(String, Int)] = [("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
                                              ("eight", 8), ("nine", 9), ("ten", 10), ("un", 1), ("une", 1), ("deux", 2), ("trois", 3),
                                              ("quatre", 4), ("cinq", 5), ("dix", 10)]

    static func normCapacity(_ s: String) -> String {
        var t = ""
        for sc in s.decomposedStringWithCompatibilityMapping.unicodeScalars where sc.properties.canonicalCombiningClass == .notReordered { t.unicodeScalars.append(sc) }
        t = t.lowercased()
        t = t.replacingOccurrences(of: "(?<=\\d)[\\s\\u00a0\\u202f](?=\\d{3}\\b)", with: "", options: .regularExpression)
        t = t.replacingOccurrences(of: "(?<=\\d),(?=\\d)", with: ".", options: .regularExpression)
        for (w, n) in numberWords { t = t.replacingOccurrences(of: "\\b\(w)\\b", with: String(n), options: .regularExpression) }
        guard let m = capacityPattern.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
              let vr = Range(m.range(at: 1), in: t), let ur = Range(m.range(at: 2), in: t), var v = Double(t[vr]) else { return "raw:" + fold(s) }
        var u = String(t[ur]).replacingOccurrences(of: " ", with: "")
        if u.hasPrefix("giga") || u == "gw" { v *= 1000; u = "mw" }
        else if u.hasPrefix("mega") || u == "mw" { u = "mw" }
        else if u.hasPrefix("kilo") || u == "kw" { v /= 1000; u = "mw" }
        else if u.hasPrefix("exah") || u.hasPrefix("eh") { u = "eh/s" }
        else { u = "exaflops" }
        var num = String(format: "%.6f", v)
        while num.hasSuffix("0") { num.removeLast() }
        if num.hasSuffix(".") { num.removeLast() }
        return "\(num) \(u)"
    }

    /// Maximum bipartite matching by augmenting paths (left → right).
    static func maxMatching(_ edges: [[Int]]) -> [Int: Int] {
        var matchRight: [Int: Int] = [:]
        func tryAssign(_ i: Int, _ seen: inout Set<Int>) -> Bool {
            for j in edges[i] where !seen.contains(j) {
                seen.insert(j)
                if let other = matchRight[j] {
                    if tryAssign(other, &seen) { matchRight[j] = i; return true }
                } else { matchRight[j] = i; return true }
            }
            return false
        }
        for i in edges.indices { var seen: Set<Int> = []; _ = tryAssign(i, &seen) }
        var out: [Int: Int] = [:]
        for (j, i) in matchRight { out[i] = j }
        return out
    }

    static func fuzzyMatch(_ a: Set<String>, _ b: Set<String>) -> Bool {
        for x in a {
            let ta = Set(x.split(separator: " ").map(String.init)).subtracting(stop)
            for y in b {
                let tb = Set(y.split(separator: " ").map(String.init)).subtracting(stop)
                if ta.isEmpty || tb.isEmpty { continue }
                if Double(ta.intersection(tb).count) / Double(ta.union(tb).count) >= 0.6 { return true }
                let (small, big) = ta.count <= tb.count ? (ta, tb) : (tb, ta)
                if small.count >= 2 && small.isSubset(of: big) { return true }
            }
        }
        return false
    }

    mutating func score(gold: GoldRecord, predicted: ScorerRecord) {
        let gNames = gold.entities.map { Self.nameSet($0.name, $0.aliases ?? []) }
        let gTypes = gold.entities.map(\.type)
        var seen: Set<String> = []
        var pEnts: [ScorerRecord.Entity] = []
        for e in predicted.entities {
            let key = e.type + "|" + Self.fold(e.name)
            if Self.fold(e.name).isEmpty || seen.contains(key) { continue }
            seen.insert(key); pEnts.append(e)
        }
        let pNames = pEnts.map { Self.nameSet($0.name, $0.aliases) }
        let pTypes = pEnts.map(\.type)
        var ematch = Self.maxMatching(pEnts.indices.map { i in gold.entities.indices.filter { pTypes[i] == gTypes[$0] && !pNames[i].isDisjoint(with: gNames[$0]) } })
        if fuzzy {
            let leftP = pEnts.indices.filter { ematch[$0] == nil }
            let usedG = Set(ematch.values)
            let fEdges = leftP.map { i in gold.entities.indices.filter { !usedG.contains($0) && pTypes[i] == gTypes[$0] && ["Facility", "Sanction"].contains(gTypes[$0]) && Self.fuzzyMatch(pNames[i], gNames[$0]) } }
            for (k, j) in Self.maxMatching(fEdges) { ematch[leftP[k]] = j }
        }
        var total = Counts()
        for i in pEnts.indices {
            if let j = ematch[i] { total.tp += 1; byType[gTypes[j], default: .init()].tp += 1 }
            else { total.fp += 1; byType[pTypes[i], default: .init()].fp += 1 }
        }
        let matchedGold = Set(ematch.values)
        for j in gold.entities.indices where !matchedGold.contains(j) { total.fn += 1; byType[gTypes[j], default: .init()].fn += 1 }
        entities.add(total)

        var foldToGold: [String: Set<Int>] = [:], foldToPred: [String: Set<Int>] = [:]
        for (j, ns) in gNames.enumerated() { for n in ns { foldToGold[n, default: []].insert(j) } }
        for (i, ns) in pNames.enumerated() { for n in ns { foldToPred[n, default: []].insert(i) } }
        func resolve(_ s: String) -> Set<Int> {
            let f = Self.fold(s)
            var c = foldToGold[f] ?? []
            for i in foldToPred[f] ?? [] { for n in pNames[i] { c.formUnion(foldToGold[n] ?? []) } }
            if c.isEmpty { c = Set((foldToPred[f] ?? []).compactMap { ematch[$0] }) }
            return c
        }
        struct Key: Hashable { var s: Int; var p: String; var o: String }
        func objectKey(_ p: String, _ o: String, gold: Bool) -> [String] {
            if p == "CAPACITY" { return ["lit:" + Self.normCapacity(o)] }
            if gold { return ["ent:\(self_firstIndex(o))"] }
            return resolve(o).map { "ent:\($0)" }
        }
        func self_firstIndex(_ name: String) -> Int { gold.entities.firstIndex { $0.name == name } ?? -1 }
        var gKeys: [Key] = []
        for r in gold.relations {
            let p = r.predicate.uppercased()
            gKeys.append(Key(s: self_firstIndex(r.subject), p: p, o: objectKey(p, r.object, gold: true)[0]))
        }
        var gIndex: [Key: [Int]] = [:]
        for (k, key) in gKeys.enumerated() { gIndex[key, default: []].append(k) }
        var pRels: [(String, [Int])] = []
        var seenRel: Set<String> = []
        for r in predicted.relations {
            let p = r.predicate.uppercased()
            var keys: Set<Key> = []
            for s in resolve(r.subject) {
                for o in objectKey(p, r.object, gold: false) {
                    keys.insert(Key(s: s, p: p, o: o))
                    if p == "PARTNER_OF", o.hasPrefix("ent:"), let oi = Int(o.dropFirst(4)) { keys.insert(Key(s: oi, p: p, o: "ent:\(s)")) }
                }
            }
            let hits = Set(keys.flatMap { gIndex[$0] ?? [] }).sorted()
            let dedup = hits.isEmpty ? "raw|\(Self.fold(r.subject))|\(p)|\(Self.fold(r.object))" : "hits|\(hits)"
            if seenRel.contains(dedup) { continue }
            seenRel.insert(dedup)
            pRels.append((p, hits))
        }
        let rmatch = Self.maxMatching(pRels.map(\.1))
        var rt = Counts()
        for (i, (p, _)) in pRels.enumerated() {
            if rmatch[i] != nil { rt.tp += 1; byPredicate[p, default: .init()].tp += 1 } else { rt.fp += 1; byPredicate[p, default: .init()].fp += 1 }
        }
        let matchedRel = Set(rmatch.values)
        for (k, key) in gKeys.enumerated() where !matchedRel.contains(k) { rt.fn += 1; byPredicate[key.p, default: .init()].fn += 1 }
        relations.add(rt)
    }
}
