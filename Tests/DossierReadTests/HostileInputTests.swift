import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct HostileInputTests {
    func diagnostic(_ name: String, options: ReaderOptions = .init()) -> Diagnostic? {
        do { _ = try Fixtures.read(name, options: options); return nil } catch { return error as? Diagnostic }
    }

    @Test func billionLaughsIsRefused() {
        #expect(diagnostic("hostile/billion_laughs.xml")?.code == "EntityExpansion")
    }

    @Test func quadraticBlowupIsRefused() {
        #expect(diagnostic("hostile/quadratic_blowup.xml")?.code == "EntityExpansion")
    }

    @Test func quadraticBlowupUnderARaisedLimitIsReadWithoutExpansion() throws {
        var options = ReaderOptions()
        options.maxEntityBytes = 1 << 20
        let doc = try #require(try Fixtures.read("hostile/quadratic_blowup.xml", options: options).first?.document)
        #expect(doc.text.unicodeScalars.count < 1_000)
    }

    @Test func externalEntityIsNeverRead() throws {
        let doc = try Fixtures.document("hostile/xxe.xml")
        #expect(doc.text == "before after")
        #expect(!doc.text.contains("root:"))
    }

    @Test func malformedXMLGivesLineAndColumn() throws {
        let d = try #require(diagnostic("hostile/malformed.xml"))
        #expect(d.code == "MalformedXML")
        #expect(d.position?.line == 5)
        #expect(d.position?.file == "hostile/malformed.xml")
        #expect(d.description.hasPrefix("hostile/malformed.xml:5:"))
    }

    @Test func excessiveDepthIsRefused() {
        #expect(diagnostic("hostile/deep.xml")?.code == "DepthLimit")
        var options = ReaderOptions()
        options.maxDepth = 10
        let shallow = Data(("<a>" + String(repeating: "<b>", count: 20) + "x" + String(repeating: "</b>", count: 20) + "</a>").utf8)
        #expect(throws: Diagnostic.self) { try Reader.read(data: shallow, source: "s.xml", options: options) }
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        #expect(diagnostic("hostile/empty.txt")?.code == "EmptyFile")
        #expect(diagnostic("hostile/binary.bin")?.code == "BinaryFile")
        #expect((try? Reader.read(data: Data("  \n\n ".utf8), source: "blank.txt")) == nil)
    }

    @Test func oversizedFilesAreRefused() {
        var options = ReaderOptions()
        options.maxFileBytes = 10
        #expect(throws: Diagnostic.self) { try Reader.read(data: Data("more than ten bytes".utf8), source: "big.txt", options: options) }
    }
}
