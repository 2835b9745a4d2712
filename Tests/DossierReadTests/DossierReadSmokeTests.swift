import Testing
import DossierModel
@testable import DossierRead
import Foundation

@Suite struct ReaderSmokeTests {
    @Test func rejectsEmptyFiles() {
        #expect(throws: Diagnostic.self) { try Reader.read(data: Data(), source: "empty.txt") }
    }
}
