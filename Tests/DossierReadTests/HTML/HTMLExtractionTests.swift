import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct HTMLExtractionTests {
    @Test func newsPageKeepsTheArticleAndDropsPageChrome() throws {
        let doc = try HTMLFixtures.read("news.html")
        let paragraphs = doc.paragraphs.map { String(doc.text.unicodeScalars[doc.text.unicodeScalars.index(doc.text.unicodeScalars.startIndex, offsetBy: $0.start)..<doc.text.unicodeScalars.index(doc.text.unicodeScalars.startIndex, offsetBy: $0.end)]) }
        #expect(paragraphs.first == "Acme Steel opened a new electric-arc furnace plant near Toledo, Ohio, on Wednesday, the company said, adding that it will employ 800 people by the end of next year.")
        #expect(paragraphs.last == "Shares of Acme Steel rose 3 percent in New York trading after the announcement, giving the company a market value of about $9 billion.")
        for kept in ["Why Ohio", "\"This is the most modern steel plant in North America,\" Lopez told reporters",
                     "Capacity: 1.5 million tonnes a year", "Jobs: 800 permanent positions"] {
            #expect(doc.text.contains(kept), "missing: \(kept)")
        }
        for dropped in ["World", "Advertisement", "Share on", "Share this", "newsletter", "Related", "Steel prices climb", "Great news for Toledo",
                        "comments", "All rights reserved", "cookies", "tracking", ".ad {", "a comment node", "By Jane Roe"] {
            #expect(!doc.text.contains(dropped), "kept: \(dropped)")
        }
        #expect(!doc.text.contains("Steelmaker opens new plant in Ohio"), "the title is not part of the text")
        #expect(doc.paragraphs.count == 8)
    }

    @Test func newsPageMetadata() throws {
        let doc = try HTMLFixtures.read("news.html")
        #expect(doc.format == "html")
        #expect(doc.title == "Steelmaker opens new plant in Ohio")
        #expect(doc.authors == ["Jane Roe", "John Doe"])
        #expect(doc.published == "2024-03-27T09:15:00Z")
        #expect(doc.modified == "2024-03-28T08:00:00")
        #expect(doc.language == "en")
        #expect(doc.url == "https://ledger.example/news/steelmaker-plant?ref=canonical")
        #expect(doc.siteName == "The Daily Ledger")
        #expect(doc.summary == "A new plant will employ 800 people.")
        #expect(doc.metadata["jsonld.about"] == "Steel industry|Ohio")
        #expect(doc.metadata["jsonld.mentions"] == "Acme Steel")
        #expect(doc.metadata["jsonld.type"] == "NewsArticle")
        #expect(doc.metadata["keywords"] == "steel, Ohio")
    }

    @Test func metadataFallsBackToMetaTagsAndMarkup() throws {
        let html = """
        <html><head><meta http-equiv="content-language" content="fr-FR"><title>Un titre de page - Le Journal</title>
        <meta name="description" content="Résumé."><meta property="og:site_name" content="Le Journal">
        <meta name="DC.date" content="27/03/2024"></head>
        <body><div class="byline">Par Marie Curie et Pierre Curie</div>
        <p><time datetime="2024-03-27">27 mars</time> Un paragraphe assez long pour être retenu comme texte principal de la page.</p></body></html>
        """
        let doc = try HTMLReader.read(data: Data(html.utf8), source: "fr.html")
        #expect(doc.title == "Un titre de page")
        #expect(doc.language == "fr")
        #expect(doc.siteName == "Le Journal")
        #expect(doc.summary == "Résumé.")
        #expect(doc.published == "2024-03-27")
        #expect(doc.authors == ["Marie Curie", "Pierre Curie"])
    }

    @Test func mainTextInDivsWithoutParagraphs() throws {
        let doc = try HTMLFixtures.read("divs-only.html")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.text.hasPrefix("The harbour authority said on Tuesday"))
        #expect(doc.text.hasSuffix("over the coming decade."))
        #expect(!doc.text.contains("About us"))
        #expect(!doc.text.contains("Copyright"))
    }

    @Test func malformedMarkupIsRecovered() throws {
        let doc = try HTMLFixtures.read("malformed.html")
        #expect(doc.title == "Broken & messy")
        #expect(doc.text.contains("bold misnested italic text"))
        #expect(doc.text.contains("The second paragraph follows an unclosed one — it has an unknown entity &bogus;"))
        #expect(doc.text.contains("link and an emoji 🚀 at the end"))
    }

    @Test func softHyphensNonBreakingSpacesAndEntitiesAreNormalised() throws {
        let doc = try HTMLFixtures.read("typography.html")
        #expect(doc.text.contains("International cooperation was discussed at length, with 10 000 delegates and 5 % growth — said the chair : « bien » !"))
        #expect(doc.text.contains("Entities: & <tag> \"quoted\" été éé and lots of whitespace inside."))
        #expect(!doc.text.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0xA0 || $0.value == 0x202F })
    }

    @Test func fragmentsKeepEveryBlock() {
        let blocks = HTMLReader.blocks(fromHTMLFragment: "<p>One <b>bold</b> line.</p><ul><li>Item</li></ul><script>x()</script>Tail<br>next")
        #expect(blocks == ["One bold line.", "Item", "Tail", "next"])
    }

    @Test(arguments: [
        ("2024-03-27T10:15:00.123+0100", "2024-03-27T10:15:00+01:00"),
        ("2024-03-27 10:15", "2024-03-27T10:15:00"),
        ("2024-03-27", "2024-03-27"),
        ("2024/03", "2024-03"),
        ("Wed, 27 Mar 2024 10:15:00 GMT", "2024-03-27T10:15:00Z"),
        ("March 27, 2024", "2024-03-27"),
        ("27 mars 2024", "2024-03-27"),
    ])
    func datesAreNormalisedToISO8601(raw: String, expected: String) {
        #expect(ISODate.normalize(raw) == expected)
    }

    @Test func titleSuffixesAreCleaned() {
        let reader = HTMLMetadataReader(raw: RawPageMetadata())
        #expect(reader.cleanTitle("Plant opens | The Ledger", siteName: "The Ledger") == "Plant opens")
        #expect(reader.cleanTitle("The Ledger - Plant opens in Ohio", siteName: "The Ledger") == "Plant opens in Ohio")
        #expect(reader.cleanTitle("Plant opens in Ohio after years of delay - Ledger", siteName: nil) == "Plant opens in Ohio after years of delay")
        #expect(reader.cleanTitle("Prices rise - and nobody knows why", siteName: nil) == "Prices rise - and nobody knows why")
    }
}
