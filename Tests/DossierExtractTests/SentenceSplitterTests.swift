import Testing
@testable import DossierExtract

/// The extractor's own sentence splitter: a company form (`Corp.`, `Plc.`, `Ltée.`) ends a sentence
/// only before a usual opener, so a relation across `Acme Corp. to build` is not lost.
@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        return SentenceSplitter.split(tokens).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test(arguments: [
        ("Regulators backed a plan by Acme Corp. to build a plant. It will open soon.",
         ["Regulators backed a plan by Acme Corp. to build a plant.", "It will open soon."]),
        ("Regulators backed a plan by Acme Corp.'s local utility to build a plant.",
         ["Regulators backed a plan by Acme Corp.'s local utility to build a plant."]),
        ("The deal was signed by Acme Corp. The firm is based in Texas.",
         ["The deal was signed by Acme Corp.", "The firm is based in Texas."]),
        ("Shares of Foo Holdings Plc. Chief Executive Ann Lee said they rose.",
         ["Shares of Foo Holdings Plc. Chief Executive Ann Lee said they rose."]),
        ("Le projet de Nordvolt Ltée. a été approuvé. Les travaux commencent.",
         ["Le projet de Nordvolt Ltée. a été approuvé.", "Les travaux commencent."]),
        ("Le contrat lie Volta Cie. Elle fournira 50 MW.",
         ["Le contrat lie Volta Cie.", "Elle fournira 50 MW."]),
        ("M. Dupont a signé. Mme Martin aussi.", ["M. Dupont a signé.", "Mme Martin aussi."]),
    ])
    func splitsAfterCompanyFormsOnlyBeforeAnOpener(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
