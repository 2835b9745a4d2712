import DossierModel
@testable import DossierRead
import Testing

@Suite struct SegmentationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let sentences: [String]
        var testDescription: String { String(text.prefix(40)) }
    }

    static let english: [Case] = [
        Case(text: "Mr. Smith met Dr. Jones at St. Mary's. They talked.",
             sentences: ["Mr. Smith met Dr. Jones at St. Mary's.", "They talked."]),
        Case(text: "Acme Inc. said revenue rose 1.5% to $12,000,000. The U.S. Treasury agreed.",
             sentences: ["Acme Inc. said revenue rose 1.5% to $12,000,000.", "The U.S. Treasury agreed."]),
        Case(text: "The deal was signed by Acme Corp. The firm is based in Texas.",
             sentences: ["The deal was signed by Acme Corp.", "The firm is based in Texas."]),
        Case(text: "J. P. Morgan and J.P. Morgan are banks. No. 5 is next.",
             sentences: ["J. P. Morgan and J.P. Morgan are banks.", "No. 5 is next."]),
        Case(text: "He said \"we are ready.\" Then he left!",
             sentences: ["He said \"we are ready.\"", "Then he left!"]),
        Case(text: "Is it over? Not yet... Maybe soon… We will see.",
             sentences: ["Is it over?", "Not yet...", "Maybe soon…", "We will see."]),
        Case(text: "Prices rose in Jan. and fell in Feb. overall, e.g. for gold.",
             sentences: ["Prices rose in Jan. and fell in Feb. overall, e.g. for gold."]),
        Case(text: "Shares fell vs. the index. The U.K. and the U.S. reacted.",
             sentences: ["Shares fell vs. the index.", "The U.K. and the U.S. reacted."]),
        Case(text: "1. Build the site\n2. Connect the grid",
             sentences: ["1. Build the site", "2. Connect the grid"]),
        Case(text: "Miners Turn To AI", sentences: ["Miners Turn To AI"]),
        Case(text: "Regulators backed a plan by Acme Corp. to build a plant. It will open soon.",
             sentences: ["Regulators backed a plan by Acme Corp. to build a plant.", "It will open soon."]),
        Case(text: "Regulators backed a plan by Acme Corp.'s local utility to build a plant.",
             sentences: ["Regulators backed a plan by Acme Corp.'s local utility to build a plant."]),
        Case(text: "Shares of Foo Holdings Ltd. rose while Bar Co. fell. Baz Inc. gained.",
             sentences: ["Shares of Foo Holdings Ltd. rose while Bar Co. fell.", "Baz Inc. gained."]),
        Case(text: "The unit of Nordic S.A. said it would expand. Prices rose.",
             sentences: ["The unit of Nordic S.A. said it would expand.", "Prices rose."]),
        Case(text: "A deal with Acme Inc. (the buyer) closed. Then it grew.",
             sentences: ["A deal with Acme Inc. (the buyer) closed.", "Then it grew."]),
    ]

    static let french: [Case] = [
        Case(text: "M. Dupont et Mme Martin ont rencontré MM. Durand et Petit. Ils ont signé.",
             sentences: ["M. Dupont et Mme Martin ont rencontré MM. Durand et Petit.", "Ils ont signé."]),
        Case(text: "Le taux atteint 1,5 % pour 12 000 clients. La société est satisfaite.",
             sentences: ["Le taux atteint 1,5 % pour 12 000 clients.", "La société est satisfaite."]),
        Case(text: "« Nous sommes prêts. » Le directeur a ajouté : « Tout ira bien ! »",
             sentences: ["« Nous sommes prêts. »", "Le directeur a ajouté : « Tout ira bien ! »"]),
        Case(text: "Les métaux (p. ex. le cuivre, le nickel, etc.) sont concernés. Les prix montent.",
             sentences: ["Les métaux (p. ex. le cuivre, le nickel, etc.) sont concernés.", "Les prix montent."]),
        Case(text: "Le 3 janv. dernier, la Cie a investi. Pourquoi ? Personne ne sait…",
             sentences: ["Le 3 janv. dernier, la Cie a investi.", "Pourquoi ?", "Personne ne sait…"]),
        Case(text: "Selon Dr Martin, c'est fini. Vraiment fini.",
             sentences: ["Selon Dr Martin, c'est fini.", "Vraiment fini."]),
        Case(text: "La Russie envisage de taxer le minage", sentences: ["La Russie envisage de taxer le minage"]),
        Case(text: "Le projet de Nordvolt S.A. a été approuvé par le régulateur. Les travaux commencent.",
             sentences: ["Le projet de Nordvolt S.A. a été approuvé par le régulateur.", "Les travaux commencent."]),
        Case(text: "La filiale d'Acme Cie. prévoit une usine, et Foo Ltée. aussi. Le site ouvre en mai.",
             sentences: ["La filiale d'Acme Cie. prévoit une usine, et Foo Ltée. aussi.", "Le site ouvre en mai."]),
        Case(text: "Le groupe Volta S.A.S. construit une centrale. Elle produira 50 MW.",
             sentences: ["Le groupe Volta S.A.S. construit une centrale.", "Elle produira 50 MW."]),
    ]

    @Test(arguments: english + french)
    func splitsSentences(_ c: Case) {
        let doc = DocumentBuilder.build(source: "t", blocks: [c.text], format: "text")
        #expect(doc.sentenceTexts == c.sentences)
        #expect(SpanInvariants.violations(doc).isEmpty)
    }

    @Test func offsetsAreUnicodeScalars() {
        let doc = DocumentBuilder.build(source: "t", blocks: ["Émile a vu 🚀 décoller. Puis il est parti."], format: "text")
        #expect(doc.sentences == [TextSpan(start: 0, end: 22), TextSpan(start: 23, end: 41)])
        #expect(doc.text.slice(doc.sentences[1]) == "Puis il est parti.")
    }

    @Test func paragraphsAreSeparatedBlocks() {
        let doc = DocumentBuilder.build(source: "t", blocks: ["  First   block. ", "", "Second\u{A0}block\u{AD}s."], format: "text")
        #expect(doc.paragraphTexts == ["First block.", "Second blocks."])
        #expect(doc.text == "First block.\n\nSecond blocks.")
    }
}
