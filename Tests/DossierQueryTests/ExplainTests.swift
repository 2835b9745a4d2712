import Testing
import DossierModel
@testable import DossierQuery

@Suite struct ExplainTests {
    @Test func planShowsOperatorsAndAnchors() throws {
        let e = SampleGraph.engine()
        let plan = try e.explain("MATCH (p:Person)-[:WORKS_FOR]->(c:Company {name: $n}) WHERE p.born > 1970 RETURN c.name, count(*) AS n ORDER BY n DESC LIMIT 3")
        print(plan)
        #expect(plan.contains("Aggregate"))
        #expect(plan.contains("Sort"))
        #expect(plan.contains("label scan :Person"))
        #expect(plan.contains("property index seek"))
        let lines = plan.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Limit") == true)
        #expect(lines.last?.contains("Argument") == true)
    }

    @Test func explainReportsCompileErrors() {
        #expect(throws: QueryError.self) { try SampleGraph.engine().explain("MATCH (n) RETURN m") }
    }
}
