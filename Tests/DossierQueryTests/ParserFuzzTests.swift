import Testing
import DossierTestSupport
@testable import DossierQuery

/// No input may crash the interpreter: random text and mutations of valid queries either
/// run or fail with a QueryError whose position lies inside the query.
@Suite struct ParserFuzzTests {

    static let seeds = [
        "MATCH (a:Company {name: 'x'})-[r:OWNS*1..3]->(b) WHERE b.share > 0.5 RETURN a.name, count(DISTINCT b) ORDER BY a.name LIMIT 3",
        "UNWIND [1, 2.5, 'a', null, [1], {k: 1}] AS x WITH x WHERE x IS NOT NULL RETURN CASE WHEN x = 1 THEN 'one' ELSE toString(x) END",
        "OPTIONAL MATCH p = shortestPath((a)-[*]-(b)) RETURN nodes(p), [y IN range(0, 3) | y ^ 2], all(z IN [1] WHERE z > 0)",
        "CREATE (a:A {v: $p})<-[:T]-(b) WITH a, b MATCH (a)<--(b) RETURN a{.v, .*}, b:A, 'it''s' =~ 'i.*' UNION ALL RETURN 1, 2, 3",
    ]

    static let alphabet = Array("()[]{}-<>:.,;|*$'\"`\\=+/%^!~ \n\tabcMATCHRETURNWHEREnull0123456789éЖ—🧐")
    static let tokens = ["MATCH", "RETURN", "WITH", "WHERE", "(", ")", "[", "]", "-->", "<-", "*", "..", "{", "}", ":", "'", "$", "CASE", "END", "UNION", "count(*)", "0x", "1e999", "`", ","]

    func check(_ query: String, engine: QueryEngine) {
        do {
            _ = try engine.run(query, parameters: ["p": 1])
        } catch {
            let length = query.unicodeScalars.count
            #expect((error.offset ?? 0) >= 0 && (error.offset ?? 0) <= length, "bad position for \(query.debugDescription)")
            #expect(error.position != nil, "no position for \(query.debugDescription)")
        }
    }

    @Test func randomStrings() {
        var g = SplitMix64(seed: 42)
        for _ in 0..<1500 {
            let engine = QueryEngine()
            engine.limits = QueryLimits(timeout: 1, maximumBufferedRows: 100_000)
            let length = Int.random(in: 0..<60, using: &g)
            let q = String((0..<length).map { _ in Self.alphabet.randomElement(using: &g)! })
            check(q, engine: engine)
        }
    }

    @Test func mutatedValidQueries() {
        var g = SplitMix64(seed: 7)
        for _ in 0..<1500 {
            let engine = QueryEngine()
            engine.limits = QueryLimits(timeout: 1, maximumBufferedRows: 100_000)
            var q = Array(Self.seeds.randomElement(using: &g)!)
            for _ in 0..<Int.random(in: 1...4, using: &g) {
                let at = Int.random(in: 0...q.count, using: &g)
                switch Int.random(in: 0..<3, using: &g) {
                case 0 where !q.isEmpty: q.remove(at: min(at, q.count - 1))
                case 1: q.insert(contentsOf: Self.tokens.randomElement(using: &g)!, at: at)
                default: q.insert(Self.alphabet.randomElement(using: &g)!, at: at)
                }
            }
            check(String(q), engine: engine)
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let engine = QueryEngine()
        for q in [String(repeating: "[", count: 5000), "RETURN " + String(repeating: "(", count: 5000) + "1",
                  "RETURN " + String(repeating: "NOT ", count: 5000) + "true", "MATCH " + String(repeating: "(", count: 5000),
                  "RETURN " + String(repeating: "-", count: 5000) + "1"] {
            check(q, engine: engine)
        }
    }
}
