import Testing
@testable import DossierModel

@Suite struct TextSpanTests {
    @Test func slicesByUnicodeScalarsNotUTF16() {
        let text = "Dubaï 🚀 Intelion"
        #expect(text.slice(TextSpan(start: 8, end: 16)) == "Intelion")
        #expect(text.slice(TextSpan(start: 0, end: 5)) == "Dubaï")
    }

    @Test func clampsSpansPastTheEnd() {
        #expect("abc".slice(TextSpan(start: 1, end: 99)) == "bc")
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("ООО «БитРивер»", "bitriver"),
        ("BitRiver LLC", "bitriver"),
        ("l'OFAC", "ofac"),
        ("Ministère américain du Commerce", "ministere americain du commerce"),
        ("The Intelion Group Inc.", "intelion group"),
        ("Veltra+", "veltra plus"),
        ("Veltra Plus", "veltra plus"),
        ("C++ Labs", "c plus labs"),
    ])
    func foldsSpellingsOfOneName(name: String, key: String) {
        #expect(NameKey.key(name) == key)
    }
}
