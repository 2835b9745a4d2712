import DossierModel
import DossierTestSupport
import Testing
@testable import DossierQuery

/// Count-only aggregations may count a last hop instead of binding it (`PatternMatcher.CountedLeaf`),
/// groups by a node's key are merged at the end, and ORDER BY … LIMIT over groups keeps only the
/// first k: all must give what binding every match gives. The reference queries read the end
/// variables (`coalesce(b, r)` is `b`) and collect (which neither counts nor merges), turning
/// all of that off.
@Suite("Counting matches without binding them")
struct CountedMatchTests {
    static func randomGraph() throws -> QueryEngine {
        let engine = QueryEngine()
        var generator = SplitMix64(seed: 7)
        var statements: [String] = []
        for i in 0..<60 {
            let label = ["A", "B", "C"][Int.random(in: 0..<3, using: &generator)]
            statements.append("CREATE (:\(label) {k: \(i), g: \(i % 7)})")
        }
        for statement in statements { _ = try engine.run(statement) }
        for _ in 0..<240 {
            let s = Int.random(in: 0..<60, using: &generator), e = Int.random(in: 0..<60, using: &generator)
            let type = ["R", "S"][Int.random(in: 0..<2, using: &generator)]
            _ = try engine.run("MATCH (a {k: \(s)}), (b {k: \(e)}) CREATE (a)-[:\(type) {w: \(s % 3)}]->(b)")
        }
        return engine
    }

    static let pairs: [(counted: String, bound: String)] = [
        ("MATCH (a:A)-[:R]->(b) RETURN a.g AS g, count(*) AS n ORDER BY g",
         "MATCH (a:A)-[r:R]->(b) RETURN a.g AS g, size(collect(coalesce(b, r))) AS n ORDER BY g"),
        ("MATCH (a)-[:R|S]-(b:B) RETURN count(*) AS n, count(DISTINCT a) AS d",
         "MATCH (a)-[r:R|S]-(b:B) RETURN size(collect(coalesce(b, r))) AS n, count(DISTINCT a) AS d"),
        ("MATCH (a:A)-->(m)<-[:S]-(b) WHERE a.k < 40 RETURN m.g AS g, count(*) AS n ORDER BY n DESC, g LIMIT 3",
         "MATCH (a:A)-->(m)<-[r:S]-(b) WHERE a.k < 40 RETURN m.g AS g, size(collect(coalesce(b, r))) AS n ORDER BY n DESC, g LIMIT 3"),
        ("MATCH (a)-[:R {w: 1}]->(b:C) RETURN a.g AS g, count(*) AS n ORDER BY g",
         "MATCH (a)-[r:R {w: 1}]->(b:C) RETURN a.g AS g, size(collect(coalesce(b, r))) AS n ORDER BY g"),
        ("MATCH (a:A)-[:R]->(b) RETURN a.g AS g, count(*) AS n, count(DISTINCT b) AS d ORDER BY g",
         "MATCH (a:A)-[r:R]->(b) RETURN a.g AS g, size(collect(coalesce(b, r))) AS n, size(collect(DISTINCT coalesce(b, r))) AS d ORDER BY g"),
        ("MATCH (a)-[:R]->(a2)-[:R]->(b) RETURN count(*) AS n",
         "MATCH (a)-[:R]->(a2)-[r:R]->(b) RETURN size(collect(coalesce(b, r))) AS n"),
    ]

    @Test(arguments: pairs.indices)
    func countedEqualsBound(index: Int) throws {
        let engine = try Self.randomGraph()
        let (counted, bound) = Self.pairs[index]
        let expected = try engine.run(bound).rows
        #expect(!expected.isEmpty)
        #expect(try engine.run(counted).rows == expected)
    }

    @Test func streamedTopKEqualsTheHeadOfTheFullOrder() throws {
        let engine = try Self.randomGraph()
        let all = try engine.run("MATCH (a)-->(b) RETURN b.g AS g, a.g AS h, count(*) AS n ORDER BY n DESC, g, h").rows
        for (skip, limit) in [(0, 1), (0, 5), (2, 4), (0, 1000)] {
            let head = try engine.run("MATCH (a)-->(b) RETURN b.g AS g, a.g AS h, count(*) AS n ORDER BY n DESC, g, h SKIP \(skip) LIMIT \(limit)").rows
            #expect(head == Array(all.dropFirst(skip).prefix(limit)))
        }
    }
}
