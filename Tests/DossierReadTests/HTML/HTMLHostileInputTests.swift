import DossierModel
@testable import DossierRead
import Foundation
import Testing
import DossierTestSupport

@Suite struct HTMLHostileInputTests {
    private func diagnostic(_ data: Data, options: ReaderOptions = .init()) -> Diagnostic? {
        do { _ = try HTMLReader.read(data: data, source: "hostile.html", options: options); return nil } catch { return error }
    }

    @Test func deepNestingIsRefusedWithAClearError() {
        let html = String(repeating: "<div>", count: 100_000) + "text" + String(repeating: "</div>", count: 100_000)
        let error = diagnostic(Data(html.utf8))
        #expect(error?.code == "NestingTooDeep")
        #expect(error?.message.contains("\(ReaderOptions().maxDepth) levels") == true)
    }

    @Test func nestingWithinTheLimitIsRead() throws {
        let html = String(repeating: "<div>", count: 100) + "A paragraph deep inside, still long enough to count as text." + String(repeating: "</div>", count: 100)
        let doc = try HTMLReader.read(data: Data(html.utf8), source: "deep.html")
        #expect(doc.text == "A paragraph deep inside, still long enough to count as text.")
    }

    @Test func oversizedPageIsRefused() {
        var options = ReaderOptions()
        options.maxFileBytes = 1000
        let html = "<html><body>" + String(repeating: "<p>Too long a page for the limit.</p>", count: 100) + "</body></html>"
        #expect(diagnostic(Data(html.utf8), options: options)?.code == "FileTooLarge")
    }

    @Test func binaryBlobIsRefused() {
        var generator = SplitMix64(seed: 7)
        let blob = Data((0..<20_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        #expect(diagnostic(blob)?.code == "BinaryFile")
        #expect(diagnostic(Data())?.code == "EmptyFile")
    }

    @Test func largePageIsReadWhole() throws {
        let paragraph = "<p>A long article paragraph, with commas, numbers like 1,234 and enough words to be prose.</p>"
        let html = "<html><body><article>" + String(repeating: paragraph, count: 20_000) + "</article></body></html>"
        let doc = try HTMLReader.read(data: Data(html.utf8), source: "large.html")
        #expect(doc.paragraphs.count == 20_000)
    }

    /// Random byte edits of a real fixture: every outcome is a document or a diagnostic, never a crash.
    @Test func randomMutationsNeverCrash() throws {
        let original = [UInt8](try HTMLFixtures.data("news.html"))
        var generator = SplitMix64(seed: 42)
        var documents = 0, diagnostics = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 20)) {
                let position = Int(generator.next() % UInt64(max(1, bytes.count)))
                switch generator.next() % 4 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
                case 1: bytes.insert(contentsOf: Array("<div><p></b></td>&#x0;&amp".utf8).shuffled(using: &generator), at: position)
                case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int(generator.next() % 200)))
                default: bytes.insert(UInt8(truncatingIfNeeded: generator.next() | 0x80), at: position)
                }
                if bytes.isEmpty { bytes = [0x3C] }
            }
            do {
                let doc = try HTMLReader.read(data: Data(bytes), source: "mutant.html")
                #expect(doc.paragraphs.allSatisfy { $0.start <= $0.end && $0.end <= doc.text.unicodeScalars.count })
                documents += 1
            } catch {
                #expect(!error.code.isEmpty)
                diagnostics += 1
            }
        }
        #expect(documents + diagnostics == 300)
        #expect(documents > 0)
    }

}
