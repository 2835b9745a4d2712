import Testing
@testable import DossierExport

@Suite struct PerDocumentFilesTests {
    @Test func namesFilesAfterTheSourceWithoutExtension() {
        #expect(PerDocumentFiles.names(for: ["corpus/x/en01.txt", "feed.xml#3", "a/b/page.html"]) == ["en01.json", "feed-3.json", "page.json"])
    }

    @Test func numbersClashesFromTwo() {
        #expect(PerDocumentFiles.names(for: ["a/en01.txt", "b/en01.html", "c/en01.xml"]) == ["en01.json", "en01-2.json", "en01-3.json"])
        #expect(PerDocumentFiles.names(for: ["x-2.txt", "x.txt", "x.html"]) == ["x-2.json", "x.json", "x-3.json"])
    }
}
