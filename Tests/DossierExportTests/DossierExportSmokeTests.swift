import Testing
import DossierModel
@testable import DossierExport
@Suite struct DOTSmokeTests {
    @Test func emptyGraphIsAValidDigraph() {
        #expect(DOTExporter.export(GraphSnapshot()).hasPrefix("digraph"))
    }
}
