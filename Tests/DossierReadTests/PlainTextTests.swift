import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct PlainTextTests {
    @Test func teaserLinesInBothLanguagesAreDropped() throws {
        let doc = try Fixtures.document("text/teasers.txt")
        #expect(doc.paragraphTexts == ["The company expanded its mining site in Texas.", "The expansion will be completed next year."])
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared"))
    func theExampleArticleLosesItsTwoTeasers() throws {
        let url = SharedData.directory.appendingPathComponent("seed/000_0eb31ecf05c10a3e.txt")
        let raw = try String(contentsOf: url, encoding: .utf8)
        #expect(raw.contains("Vous pourriez aussi aimer") && raw.contains("En savoir plus"))
        let doc = try #require(try Reader.read(data: Data(contentsOf: url), source: "seed.txt").first?.document)
        #expect(!doc.text.contains("Vous pourriez aussi aimer"))
        #expect(!doc.text.contains("En savoir plus"))
        #expect(doc.language == "fr")
        #expect(doc.paragraphs.count == 6)
        #expect(SpanInvariants.violations(doc).isEmpty)
    }

    @Test func markdownIsReducedToText() throws {
        let doc = try Fixtures.document("text/article.md")
        #expect(doc.format == "markdown")
        #expect(doc.title == "Miner opens new site")
        #expect(doc.paragraphTexts == [
            "The Acme Corp. miner opened a new site on Monday. It will draw 50 MW.",
            "First list item",
            "Second list item with code",
        ])
    }

    @Test func hardWrappedParagraphsAreRejoined() {
        let text = "Heading line\nThe first paragraph is wrapped\nacross two lines.\n\nThe second paragraph.\n- an item\n- another item"
        let doc = PlainTextReader.document(text: text, source: "t.txt", markdown: false)
        #expect(doc.paragraphTexts == ["Heading line", "The first paragraph is wrapped across two lines.",
                                       "The second paragraph.", "- an item", "- another item"])
    }

    @Test(arguments: ["Read more: x", "Related : x", "See also: x", "En savoir plus : x", "Lire aussi : x",
                      "Vous pourriez aussi aimer : x", "À lire aussi: x", "Advertisement", "Publicité"])
    func teaserIsRecognised(_ line: String) {
        #expect(Boilerplate.isTeaser(line))
    }

    @Test(arguments: ["More than 100 miners joined: the sector grows.", "Related parties must disclose: all of it.",
                      "The company said: we will expand."])
    func ordinaryLineIsKept(_ line: String) {
        #expect(!Boilerplate.isTeaser(line))
    }

    @Test func contentDecidesNotTheExtension() throws {
        let rss = try Fixtures.data("feeds/rss2.xml")
        let items = try Reader.read(data: rss, source: "feed.txt")
        #expect(items.first?.document.format == "rss")
    }
}

@Suite struct MarkdownFrontMatterTests {
    @Test func frontMatterBecomesMetadataNotText() {
        let text = "---\ntitle: \"Miners sanctioned\"\ndate: 2025-02-11\nauthor: Newsroom\nlang: en\n---\n\n# Miners sanctioned\n\nThe Treasury acted on Tuesday."
        let doc = PlainTextReader.document(text: text, source: "a.md", markdown: true)
        #expect(doc.title == "Miners sanctioned")
        #expect(doc.published == "2025-02-11")
        #expect(doc.authors == ["Newsroom"])
        #expect(doc.text == "The Treasury acted on Tuesday.")
    }
}

@Suite struct ContentSnifferTests {
    @Test(arguments: [
        ("<3 the new miners. They are fast.", "a.txt", ContentSniffer.Kind.text),
        ("<p>Hello</p>", "a.txt", .html),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "a.xml", .html),
        ("<?xml version=\"1.0\"?><report/>", "a.html", .xml),
        ("# Title\n\nText.", "a.md", .markdown),
        ("", "a.txt", .empty),
    ])
    func sniffs(_ text: String, _ name: String, _ kind: ContentSniffer.Kind) {
        #expect(ContentSniffer.kind(of: Data(text.utf8), source: name) == kind)
    }
}
