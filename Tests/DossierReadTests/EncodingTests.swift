import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct EncodingTests {
    static let russian = "Компания объявила о строительстве нового центра обработки данных в Москве."

    @Test(arguments: [
        ("encodings/cp1251.txt", "Компания объявила"),
        ("encodings/koi8r.txt", "Компания объявила"),
        ("encodings/cp1252.txt", "Le directeur général a présenté les résultats de l’année."),
        ("encodings/utf16le.txt", "Le président de la société"),
        ("encodings/utf16be.xml", "Le conseil a approuvé le projet à Genève."),
        ("encodings/koi8r_declared.xml", "Компания объявила"),
    ])
    func decodesFixture(_ name: String, _ expectedPrefix: String) throws {
        let doc = try Fixtures.document(name)
        #expect(doc.text.hasPrefix(expectedPrefix))
        #expect(!doc.text.contains("\u{FFFD}"))
    }

    @Test func invalidBytesAreReplacedNotFatal() throws {
        let doc = try Fixtures.document("encodings/invalid_utf8.txt")
        #expect(doc.text.hasPrefix("The company said"))
        #expect(doc.text.contains("Valid text follows."))
    }

    @Test(arguments: [TextEncoding.windows1251, .koi8r])
    func statisticsTellCyrillicCodePagesApart(_ encoding: TextEncoding) throws {
        let bytes = try #require(Self.encode(Self.russian, encoding))
        let decoded = TextDecoder.decode(Data(bytes))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == Self.russian)
    }

    @Test func frenchLatin1IsWindows1252() {
        let bytes: [UInt8] = Array("Le march".utf8) + [0xE9] + Array(" a progress".utf8) + [0xE9] + Array(" de 5 %.".utf8)
        let decoded = TextDecoder.decode(Data(bytes))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Le marché a progressé de 5 %.")
    }

    @Test func labelsAreRecognised() {
        #expect(TextEncoding(label: "ISO-8859-1") == .windows1252)
        #expect(TextEncoding(label: "cp1251") == .windows1251)
        #expect(TextEncoding(label: "KOI8-R") == .koi8r)
        #expect(TextEncoding(label: "utf-8") == .utf8)
        #expect(TextEncoding(label: "x-unknown") == nil)
    }

    @Test func xmlDeclarationIsRead() {
        #expect(TextDecoder.declaredXMLEncoding(Array(#"<?xml version="1.0" encoding='windows-1251'?><a/>"#.utf8)) == .windows1251)
        #expect(TextDecoder.declaredXMLEncoding(Array("<a/>".utf8)) == nil)
    }

    /// Inverse of the decoder's table for one single-byte code page.
    static func encode(_ text: String, _ encoding: TextEncoding) -> [UInt8]? {
        let table = encoding == .windows1251 ? CodePageTables.windows1251 : CodePageTables.koi8r
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)); continue }
            guard let index = table.firstIndex(of: UInt16(scalar.value)) else { return nil }
            bytes.append(UInt8(0x80 + index))
        }
        return bytes
    }
}
