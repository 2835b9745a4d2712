import Testing
@testable import DossierExport

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Intelion", 8), ("Zoë", 3), ("Zoe\u{0301}", 3), ("БитРивер", 8), ("商务部", 6),
        ("ＡＢ", 4), ("🏛", 2), ("👍🏽", 2), ("한국", 4), ("", 0),
    ])
    func measuresTerminalColumns(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func truncatesWithAnEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncate("Northwind Mining", toWidth: 8) == "Northwi…")
        #expect(DisplayWidth.truncate("商务部商务部", toWidth: 6) == "商务…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("商务部商务部", toWidth: 6)) <= 6)
        #expect(DisplayWidth.truncate("short", toWidth: 8) == "short")
    }
}
