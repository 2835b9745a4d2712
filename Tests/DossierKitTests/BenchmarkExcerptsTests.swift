import Testing
@testable import DossierKit

@Suite struct BenchmarkExcerptsTests {
    @Test func keepsWholeParagraphsWithinTheLimit() {
        let body = "First one.\n\n  Second one.  \n\nThird paragraph, which is too long to fit.\n"
        #expect(BenchmarkExcerpts.excerpt(of: body, limit: 30) == "First one.\n\nSecond one.\n")
    }

    @Test func keepsALongFirstParagraphWhole() {
        let body = String(repeating: "word ", count: 20) + "\nnext"
        let cut = BenchmarkExcerpts.excerpt(of: body, limit: 10)
        #expect(cut == String(repeating: "word ", count: 20).trimmingCharacters(in: .whitespaces) + "\n")
    }

    /// Lengths count Unicode scalars (as the Python cut that produced the gold hashes did), so
    /// an accented or curly-quoted text cuts at the same paragraph.
    @Test func countsUnicodeScalars() {
        let body = "é’é’\n\nab"
        #expect(BenchmarkExcerpts.excerpt(of: body, limit: 8) == "é’é’\n\nab\n")
        #expect(BenchmarkExcerpts.excerpt(of: body, limit: 7) == "é’é’\n")
    }
}
