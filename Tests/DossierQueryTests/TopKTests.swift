import Testing
@testable import DossierQuery

@Suite("ORDER BY … LIMIT as a bounded selection")
struct TopKTests {
    @Test(arguments: [0, 1, 3, 10, 50])
    func smallestEqualsTheHeadOfAFullSort(k: Int) {
        var generator = SystemRandomNumberGenerator()
        let values = (0..<400).map { _ in Int.random(in: 0..<60, using: &generator) } // many ties
        let precedes = { (a: Int, b: Int) in values[a] != values[b] ? values[a] > values[b] : a < b }
        let full = Array(values.indices.sorted(by: precedes).prefix(k))
        #expect(ProjectionStage.smallest(k, of: values.count, by: precedes) == full)
    }

    @Test func topGroupsByCountMatchAFullSort() throws {
        let engine = QueryEngine()
        _ = try engine.run("UNWIND range(1, 300) AS i CREATE (:Item {group: i % 37, name: 'g' + toString(i % 37)})")
        let limited = try engine.run("MATCH (n:Item) RETURN n.name AS g, count(*) AS c ORDER BY c DESC, g LIMIT 5").rows
        let all = try engine.run("MATCH (n:Item) RETURN n.name AS g, count(*) AS c ORDER BY c DESC, g").rows
        #expect(limited.count == 5)
        #expect(limited == Array(all.prefix(5)))
    }
}
