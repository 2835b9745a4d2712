import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct HTMLEncodingTests {
    @Test(arguments: [("windows-1251.html", "windows-1251"), ("koi8-r.html", "koi8-r")])
    func russianPagesWithMetaCharset(file: String, charset: String) throws {
        let doc = try HTMLFixtures.read(file)
        #expect(doc.metadata["charset"] == charset)
        #expect(doc.title == "Новый завод")
        #expect(doc.text.hasPrefix("Российская металлургическая компания объявила в среду"))
        #expect(doc.text.contains("начнёт работу в следующем году."))
        #expect(!doc.text.contains("Главная"))
    }

    @Test func latin1DeclaredByHTTPEquiv() throws {
        let doc = try HTMLFixtures.read("iso-8859-1-http-equiv.html")
        #expect(doc.text.hasPrefix("L'usine de Saint-Étienne a été inaugurée jeudi"))
        #expect(doc.text.contains("« C'est une journée historique »"))
    }

    @Test func utf16WithByteOrderMark() throws {
        let doc = try HTMLFixtures.read("utf-16le-bom.html")
        #expect(doc.metadata["charset"] == "utf-16le")
        #expect(doc.text.contains("marque d’ordre des octets, et il contient des accents : é, è, à, ç."))
    }

    @Test func undeclaredWindows1252IsSniffed() throws {
        let doc = try HTMLFixtures.read("windows-1252-undeclared.html")
        #expect(doc.metadata["charset"] == "windows-1252")
        #expect(doc.text.contains("The company’s “new” café in Zürich opened on Monday — and"))
        #expect(doc.text.contains("Prices start at €4"))
    }

    @Test func undeclaredCyrillicIsSniffed() throws {
        let text = "Металлургический комбинат в Череповце увеличил выпуск стали на пять процентов за первый квартал этого года."
        for (codec, expected) in [(SingleByteCodePage.windows1251, "windows-1251"), (.koi8R, "koi8-r")] {
            let bytes = try #require(encode(text, codec))
            let doc = try HTMLReader.read(data: Data(Array("<html><body><p>".utf8) + bytes + Array("</p></body></html>".utf8)), source: "x.html")
            #expect(doc.metadata["charset"] == expected)
            #expect(doc.text == text)
        }
    }

    @Test func invalidUTF8BytesAreReplaced() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8)
        bytes += [0xE9, 0xFF] + Array(" ouvert, avec un octet invalide au milieu du texte de la page.</p></body></html>".utf8)
        let doc = try HTMLReader.read(data: Data(bytes), source: "bad.html")
        #expect(doc.text == "Caf\u{FFFD}\u{FFFD} ouvert, avec un octet invalide au milieu du texte de la page.")
    }

    /// Encodes with our own tables (reverse lookup), so the test does not depend on iconv.
    private func encode(_ text: String, _ page: SingleByteCodePage) -> [UInt8]? {
        let table = page == .koi8R ? CodePageTables.koi8r : CodePageTables.windows1251
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)); continue }
            guard let i = table.firstIndex(of: UInt16(scalar.value)) else { return nil }
            out.append(UInt8(0x80 + i))
        }
        return out
    }
}
