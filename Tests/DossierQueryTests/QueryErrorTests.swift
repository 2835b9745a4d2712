import Testing
import DossierModel
@testable import DossierQuery

@Suite struct QueryErrorTests {
    @Test func undefinedVariableHasPositionAndCaret() throws {
        let e = try #require(QueryEngine().error("MATCH (n)\nRETURN m.name"))
        #expect(e.type == "SyntaxError" && e.phase == .compile && e.detail == "UndefinedVariable")
        #expect(e.position?.line == 2 && e.position?.column == 8)
        let lines = e.description.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("query:2:8: error: ") && lines[0].hasSuffix("[UndefinedVariable]"))
        #expect(lines[1] == "  RETURN m.name")
        #expect(lines[2] == "         ^")
    }

    @Test func syntaxErrorSaysWhatWasExpected() throws {
        let e = try #require(QueryEngine().error("MATCH (n RETURN n"))
        #expect(e.detail == "UnexpectedSyntax")
        #expect(e.message.contains("expected"))
        #expect(e.position?.column == 10)
    }

    @Test(arguments: [
        ("WITH 1 AS x MATCH (x) RETURN x", "VariableTypeConflict"),
        ("MATCH (a) CREATE (a) RETURN a", "VariableAlreadyBound"),
        ("MATCH (a) WHERE count(a) > 1 RETURN a", "InvalidAggregation"),
        ("MATCH (a) WITH a.name RETURN 1", "NoExpressionAlias"),
        ("MATCH (a) RETURN a LIMIT a.x", "NonConstantExpression"),
        ("RETURN NOT 'x'", "InvalidArgumentType"),
        ("RETURN nosuch(1)", "UnknownFunction"),
        ("RETURN 1 — 2", "InvalidUnicodeCharacter"),
        ("RETURN 9223372036854775808", "IntegerOverflow"),
        ("CREATE (a)-[:A|B]->(b)", "NoSingleRelationshipType"),
        ("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion"),
    ])
    func semanticErrorsUseTheTCKNames(query: String, detail: String) throws {
        let e = try #require(QueryEngine().error(query))
        #expect(e.detail == detail)
        #expect(e.phase == .compile)
        #expect(e.position != nil)
    }

    @Test func runtimeErrorsSayWhatWentWrong() throws {
        let e = try #require(QueryEngine().error("WITH 'a' AS s RETURN s * 2"))
        #expect(e.type == "TypeError" && e.phase == .runtime)
        #expect(e.message.contains("String"))
        let z = try #require(QueryEngine().error("RETURN 1 / 0"))
        #expect(z.detail == "DivisionByZero")
    }

    @Test func missingParameterIsReported() throws {
        let e = try #require(QueryEngine().error("RETURN $who"))
        #expect(e.detail == "MissingParameter")
    }
}
