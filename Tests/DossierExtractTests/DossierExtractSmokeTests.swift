import Testing
import DossierModel
@testable import DossierExtract
@Suite struct ExtractorSmokeTests {
    @Test func extractionNamesItsDocument() throws {
        let result = try Extractor().extract(Document(source: "a.txt", text: ""))
        #expect(result.document == "a.txt")
    }
}
