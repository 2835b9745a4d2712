import Testing
@testable import DossierQuery

/// WHERE tests on one node are checked while matching; the results must equal filtering afterwards.
@Suite("WHERE conjuncts checked during the match")
struct PredicatePushdownTests {
    static func engine() throws -> QueryEngine {
        let engine = QueryEngine()
        _ = try engine.run("UNWIND range(0, 59) AS i CREATE (:P {n: i, tag: CASE WHEN i % 3 = 0 THEN 'x' END})-[:R]->(:Q {n: i % 7, name: 'q' + toString(i % 5)})")
        _ = try engine.run("MATCH (p:P), (q:Q) WHERE p.n % 11 = 0 AND q.n = 3 CREATE (p)-[:R]->(q)")
        return engine
    }

    @Test func filteredMatchEqualsFilteringAfterwards() throws {
        let engine = try Self.engine()
        let pushed = try engine.run("""
            MATCH (p:P)-[:R]->(q:Q) WHERE q.name STARTS WITH 'q1' AND p.tag IS NULL AND (q.n < 3 OR q.n = 5) AND p.n <> q.n
            RETURN p.n, q.n ORDER BY p.n, q.n
            """).rows
        let after = try engine.run("""
            MATCH (p:P)-[:R]->(q:Q) WITH p, q WHERE q.name STARTS WITH 'q1' AND p.tag IS NULL AND (q.n < 3 OR q.n = 5) AND p.n <> q.n
            RETURN p.n, q.n ORDER BY p.n, q.n
            """).rows
        #expect(!pushed.isEmpty)
        #expect(pushed == after)
    }

    @Test func optionalMatchKeepsTheRowWhenTheFilterRejectsEveryNode() throws {
        let engine = try Self.engine()
        let rows = try engine.run("MATCH (p:P {n: 0}) OPTIONAL MATCH (p)-[:R]->(q:Q) WHERE q.name = 'none' RETURN p.n, q").rows
        #expect(rows == [[.int(0), .null]])
    }

    @Test func onlyErrorFreeSingleNodeTestsArePushed() throws {
        func pushable(_ text: String) throws -> Bool {
            let ast = try Parser.parse("MATCH (a)-->(b) WHERE \(text) RETURN a")
            let plan = try SemanticAnalyzer.analyze(ast, source: "")
            guard case .match(let m) = plan.parts[0].clauses[0], let p = m.predicate else { return false }
            var slots: Set<Int> = []
            return MatchStage.isErrorFreeTest(p, &slots) && slots.count == 1
        }
        #expect(try pushable("b.name = 'x'"))
        #expect(try pushable("b.n < 3 OR b.n IS NULL"))
        #expect(try !pushable("b.n / 0 > 1"))
        #expect(try !pushable("NOT b.flag"))
        #expect(try !pushable("a.n = b.n"))
    }
}
