import Testing
import DossierModel
@testable import DossierExport

@Suite struct ResultFormatTests {
    let mixed = QueryResult(
        columns: ["name", "n", "r", "score"],
        rows: [
            [.string("Zoë"), .node(SampleGraph.node1), .relationship(SampleGraph.snapshot.relationships[0]), .int(1)],
            [.string("商务部"), .null, .null, .double(1.0)],
        ])

    @Test func jsonKeepsThePinnedShapeAndIntegersApartFromFloats() throws {
        let json = JSONText.encode(QueryResult(columns: ["a", "b"], rows: [[.int(1), .double(1.0)], [.null, .string("x\"y")]]))
        #expect(json == #"{"columns":["a","b"],"rows":[[1,1.0],[null,"x\"y"]]}"#)
    }

    @Test func jsonWritesGraphElementsWithSortedKeys() {
        let rel = GraphRelationship(id: 7, type: "WORKS_FOR", start: 2, end: 1, properties: ["role": "CEO"])
        #expect(JSONText.encode(.relationship(rel)) == #"{"end":1,"id":7,"properties":{"role":"CEO"},"start":2,"type":"WORKS_FOR"}"#)
        let node = GraphNode(id: 1, labels: ["Company"], properties: ["name": "X", "capacity": 2.5])
        #expect(JSONText.encode(.node(node)) == #"{"id":1,"labels":["Company"],"properties":{"capacity":2.5,"name":"X"}}"#)
        #expect(JSONText.encode(.path(nodes: [node], relationships: [])) == #"{"nodes":[{"id":1,"labels":["Company"],"properties":{"capacity":2.5,"name":"X"}}],"relationships":[]}"#)
    }

    @Test func jsonParsesBackWhatItWrites() throws {
        let text = JSONText.encode(.map(["i": .int(3), "d": .double(3.0), "s": .string("é\n\u{1}"), "l": .list([.bool(true), .null])]))
        let value = try JSONValueParser.parse(text)
        #expect(value == .map(["i": .int(3), "d": .double(3.0), "s": .string("é\n\u{1}"), "l": .list([.bool(true), .null])]))
    }

    @Test func parserRejectsTrailingTextWithAPosition() {
        #expect(throws: Diagnostic.self) { try JSONValueParser.parse("[1, 2] x") }
        #expect(throws: Diagnostic.self) { try JSONValueParser.parse("\"open") }
    }

    @Test func tableAlignsByDisplayWidthAndShowsNullDistinctly() throws {
        let table = TableRenderer().render(mixed)
        let lines = table.split(separator: "\n").map(String.init)
        let widths = Set(lines.dropLast().map(DisplayWidth.of))
        #expect(widths.count == 1, "every line of the grid has the same display width:\n\(table)")
        #expect(table.contains("(:Company {name: \"Northwind Mining\""))
        #expect(table.contains("[:WORKS_FOR {confidence: 0.8, role: \"CEO\"}]"))
        #expect(table.contains("| NULL"))
        #expect(lines.last == "2 rows")
    }

    @Test func tableMatchesItsGoldenFile() throws {
        let table = TableRenderer(options: TableOptions(maxCellWidth: 30, elapsedMilliseconds: 12.4)).render(mixed)
        let golden = try Golden.check(table, "table.txt")
        #expect(!golden.recorded)
        #expect(table == golden.expected)
    }

    @Test func tableDimsNullsOnlyWhenColoured() {
        let result = QueryResult(columns: ["x"], rows: [[.null]])
        #expect(TableRenderer(options: TableOptions(colour: true)).render(result).contains("\u{1B}[2mNULL"))
        #expect(!TableRenderer().render(result).contains("\u{1B}"))
    }

    @Test func pathsPointEachArrowTheWayItGoes() {
        let s = SampleGraph.snapshot
        let path = QueryValue.path(nodes: [s.nodes[0], s.nodes[1]], relationships: [s.relationships[0]])
        #expect(CellText.render(path).contains(")<-[:WORKS_FOR"))
    }

    @Test func csvQuotesWhatNeedsQuotingAndLeavesNullEmpty() {
        let csv = CSVText.render(QueryResult(columns: ["a", "b"], rows: [[.string("x, \"y\""), .null], [.int(1), .list([.string("p")])]]))
        #expect(csv == "a,b\n\"x, \"\"y\"\"\",\n1,\"[\"\"p\"\"]\"\n")
    }

    @Test func errorsShowACaretUnderTheColumn() {
        let error = Diagnostic(code: "UndefinedVariable", message: "m is not defined", position: SourcePosition(line: 2, column: 8))
        let text = ErrorText.render(error, source: "MATCH (n:Company)\nRETURN m", lineOffset: 10)
        #expect(text == "12:8: error: m is not defined [UndefinedVariable]\n  RETURN m\n         ^")
    }
}
