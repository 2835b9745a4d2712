import Testing
import DossierModel
@testable import DossierQuery

@Suite struct ExpressionTests {
    let engine = QueryEngine()

    @Test(arguments: [
        ("RETURN CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END", QueryValue.string("two")),
        ("RETURN CASE WHEN 1 > 2 THEN 'yes' ELSE 'no' END", .string("no")),
        ("RETURN substring('openCypher', 4, 3)", .string("Cyp")),
        ("RETURN split('a,b,,c', ',')", .list([.string("a"), .string("b"), .string(""), .string("c")])),
        ("RETURN toUpper('bitRiver')", .string("BITRIVER")),
        ("RETURN toLower('BitRiver')", .string("bitriver")),
        ("RETURN trim('  x ') + ltrim(' y') + rtrim('z ')", .string("xyz")),
        ("RETURN replace('a-b-c', '-', '+')", .string("a+b+c")),
        ("RETURN 'BitRiver' =~ 'Bit.*'", .bool(true)),
        ("RETURN 'BitRiver' =~ 'River'", .bool(false)),
        ("RETURN [x IN range(1, 6) WHERE x % 2 = 0 | x * 10]", .list([.int(20), .int(40), .int(60)])),
        ("RETURN all(x IN [1, 2] WHERE x > 0), any(x IN [1, 2] WHERE x > 1)", .bool(true)),
        ("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)", .int(6)),
        ("RETURN [1, 2, 3, 4][1..3]", .list([.int(2), .int(3)])),
        ("RETURN [1, 2, 3][-1]", .int(3)),
        ("RETURN round(2.5), sign(-3)", .double(3)),
        ("RETURN ceil(1.2)", .double(2)),
        ("RETURN floor(-1.2)", .double(-2)),
        ("RETURN sqrt(16)", .double(4)),
        ("RETURN abs(-7)", .int(7)),
        ("RETURN toInteger('42'), toFloat('1.5')", .int(42)),
        ("RETURN toBoolean('TRUE')", .bool(true)),
        ("RETURN toString(1.0)", .string("1.0")),
        ("RETURN coalesce(null, 'x')", .string("x")),
        ("RETURN head([1, 2]) + last([3, 4])", .int(5)),
        ("RETURN size(tail([1, 2, 3]))", .int(2)),
        ("RETURN null = null", .null),
        ("RETURN 1 = 1.0", .bool(true)),
        ("RETURN 2 ^ 3", .double(8)),
        ("RETURN 7 % 3", .int(1)),
        ("RETURN 'a' < 'b'", .bool(true)),
        ("RETURN [1, null] IN [[1, null]]", .null),
        ("WITH {a: 1, b: 2} AS m, 3 AS x RETURN m{.a, x}", .map(["a": .int(1), "x": .int(3)])),
    ])
    func evaluates(query: String, expected: QueryValue) throws {
        let r = try engine.run(query)
        #expect(r.rows.first?.first == expected, "\(query) → \(r.rows)")
    }

    @Test func unaliasedColumnsKeepTheSourceText() throws {
        let r = try engine.run("RETURN cOuNt( * ), 1 + 2, {a: 1}.a")
        #expect(r.columns == ["cOuNt( * )", "1 + 2", "{a: 1}.a"])
    }

    @Test func patternsAndPaths() throws {
        let e = SampleGraph.engine()
        #expect(try e.scalar("MATCH (p:Person)-[:WORKS_FOR]->(c)-[:LOCATED_IN]->(l) RETURN l.name") == .string("Bratsk"))
        #expect(try e.scalar("MATCH (l:Location)<-[*1..2]-(x) RETURN count(DISTINCT x)") == .int(3))
        #expect(try e.scalar("MATCH (a:Person), (b:Sanction) MATCH p = shortestPath((a)-[*]-(b)) RETURN length(p)") == .int(2))
        #expect(try e.scalar("MATCH (c:Company) WHERE (c)-[:SANCTIONED_BY]->() RETURN c.name") == .string("ООО «БитРивер»"))
        #expect(try e.scalar("MATCH (c:Company {name: 'Intelion Data Inc.'}) RETURN [(c)-->(l) | l.name]") == .list([.string("Bratsk")]))
        #expect(try e.scalar("MATCH (n) WHERE id(n) = 3 RETURN labels(n)") == .list([.string("Person")]))
        #expect(try e.scalar("MATCH ()-[r:WORKS_FOR]->() RETURN type(r) + ':' + toString(r.since)") == .string("WORKS_FOR:2017"))
    }

    @Test func aggregationOrderingAndUnion() throws {
        let e = SampleGraph.engine()
        let r = try e.run("MATCH (c:Company)-->(l:Location) RETURN l.name AS place, count(*) AS n, collect(c.name) AS names ORDER BY n DESC LIMIT 1")
        #expect(r.rows.first?[1] == .int(2))
        let u = try e.run("UNWIND [1, 2, 2] AS x RETURN x UNION UNWIND [2, 3] AS x RETURN x")
        #expect(u.rows.count == 3)
        let a = try e.run("UNWIND [1, 2.5, null] AS x RETURN sum(x), avg(x), min(x), max(x), count(x)")
        #expect(a.rows[0] == [.double(3.5), .double(1.75), .int(1), .double(2.5), .int(2)])
    }

    @Test func createMutatesTheGraph() throws {
        let e = QueryEngine()
        let r = try e.run("CREATE (a:Company {name: 'Acme'})-[:OWNS {share: 0.5}]->(b:Company {name: 'Beta'})")
        #expect(r.columns.isEmpty && r.rows.isEmpty)
        #expect(try e.scalar("MATCH (:Company)-[o:OWNS]->(b) RETURN b.name + ' ' + toString(o.share)") == .string("Beta 0.5"))
        let created = e.created(since: QueryEngine.Mark(nodes: 0, relationships: 0))
        #expect(created.nodes.count == 2 && created.relationships.count == 1)
    }
}
