import DossierModel
@testable import DossierRead
import Testing

@Suite struct FeedTests {
    @Test func rss2ItemsAreDocumentsLinkedToTheirFeed() throws {
        let items = try Fixtures.read("feeds/rss2.xml")
        #expect(items.map(\.document.source) == ["feeds/rss2.xml#1", "feeds/rss2.xml#2"])
        let first = items[0].document
        #expect(first.feed == "feeds/rss2.xml")
        #expect(first.format == "rss")
        #expect(first.title == "Grid operator approves & expands a 100 MW data centre")
        #expect(first.published == "2024-03-27T10:15:00+01:00")
        #expect(first.authors == ["Jane Roe"])
        #expect(first.language == "en")
        #expect(first.url == "https://example.org/a1")
        #expect(first.summary == "Short teaser of the story.")
        // content:encoded wins over the description; the "Read more:" teaser is dropped.
        #expect(first.paragraphTexts == [
            "The regional grid operator approved the expansion on Tuesday. Officials said the site would draw 100 MW.",
            "Construction starts in May.",
        ])
        #expect(items[1].document.text == "Escaped HTML in the description. It has two sentences.")
        #expect(items[1].document.published == "2024-03-28T08:00:00Z")
    }

    @Test func atomTextHtmlAndXhtmlContent() throws {
        let docs = try Fixtures.read("feeds/atom.xml").map(\.document)
        #expect(docs.count == 3)
        #expect(docs[0].paragraphTexts == ["First paragraph of plain text.", "Second paragraph of plain text."])
        #expect(docs[0].authors == ["Ann Lee"])
        #expect(docs[0].url == "https://example.org/t")
        #expect(docs[1].title == "HTML entry")
        #expect(docs[1].paragraphTexts == ["The HTML content paragraph.", "Another paragraph."])
        #expect(docs[2].title == "Entrée XHTML")
        #expect(docs[2].paragraphTexts.last == "Les travaux commenceront en mai selon la société.")
        #expect(docs[2].language == "fr")
        #expect(docs.allSatisfy { $0.format == "atom" && $0.feed == "feeds/atom.xml" })
    }

    @Test func rdfItems() throws {
        let docs = try Fixtures.read("feeds/rdf.xml").map(\.document)
        #expect(docs.map(\.source) == ["feeds/rdf.xml#1", "feeds/rdf.xml#2"])
        #expect(docs[0].format == "rdf")
        #expect(docs[0].siteName == "RDF Site")
        #expect(docs[0].authors == ["Sam Poe"])
        #expect(docs[0].published == "2024-03-27T10:15:00+01:00")
        #expect(docs[0].text == "The first RDF item describes a new plant.")
    }

    @Test func nitfBodyWithoutTrailer() throws {
        let doc = try Fixtures.document("news/nitf.xml")
        #expect(doc.format == "nitf")
        #expect(doc.title == "Miner plans new site near the river")
        #expect(doc.published == "2024-03-27T10:15:00+01:00")
        #expect(doc.authors == ["John Smith"])
        #expect(doc.paragraphTexts == ["The Acme Mining Corp. said on Wednesday it plans a new site.",
                                       "The plant would draw 50 MW, the company said."])
        #expect(!doc.text.contains("Copyright"))
    }

    @Test func newsMLG2InlineXHTML() throws {
        let doc = try Fixtures.document("news/newsml.xml")
        #expect(doc.format == "newsml")
        #expect(doc.title == "Un mineur prévoit un nouveau site")
        #expect(doc.authors == ["Marie Curie"])
        #expect(doc.language == "fr")
        #expect(doc.published == "2024-03-27T09:00:00+01:00")
        #expect(doc.paragraphTexts == ["La société a annoncé mercredi un nouveau site de 50 MW.",
                                       "Les travaux commenceront en mai, selon M. Dupont."])
        #expect(doc.sentences.count == 2)
    }

    @Test func genericXMLFallback() throws {
        let doc = try Fixtures.document("news/generic.xml")
        #expect(doc.format == "xml")
        #expect(doc.title == "Quarterly mining report")
        #expect(doc.paragraphTexts == ["Output rose by 12% in the quarter.", "The company expects further growth."])
    }

    @Test(arguments: [
        ("Wed, 27 Mar 2024 10:15:00 +0100", "2024-03-27T10:15:00+01:00"),
        ("27 Mar 2024 10:15 GMT", "2024-03-27T10:15:00Z"),
        ("Thu, 4 Jul 24 08:00:00 EST", "2024-07-04T08:00:00-05:00"),
        ("2024-03-27T10:15:00Z", "2024-03-27T10:15:00Z"),
        ("20240327T101500+0100", "2024-03-27T10:15:00+01:00"),
        ("2024-03", "2024-03"),
    ])
    func datesBecomeISO8601(_ raw: String, _ expected: String) {
        #expect(DateNormalizer.iso8601(raw) == expected)
    }

    @Test func notADateIsNil() {
        #expect(DateNormalizer.iso8601("yesterday") == nil)
    }
}
