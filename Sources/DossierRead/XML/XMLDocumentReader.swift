import DossierModel
import Foundation

/// XML bytes → documents: transcodes to UTF-8, refuses hostile entity declarations, then
/// dispatches on the root element (feeds, news formats, sanctions lists, XHTML, anything else).
enum XMLDocumentReader {
    static func read(data: Data, source: String, options: ReaderOptions) throws(Diagnostic) -> [ReadItem] {
        let utf8 = utf8Bytes(data)
        try EntityGuard.check(utf8, source: source, options: options)
        let stream = try XMLStream(utf8: utf8, source: source, maxDepth: options.maxDepth)
        guard let root = try stream.nextStart() else {
            throw Diagnostic(code: "EmptyXML", message: "\(source): the XML has no root element")
        }
        switch root.name {
        case "html":
            return [ReadItem(document: try HTMLReader.read(data: data, source: source, options: options))]
        case "rss":
            return try FeedReader.read(stream, root: root, flavour: .rss, source: source)
        case "RDF":
            return try FeedReader.read(stream, root: root, flavour: .rdf, source: source)
        case "feed":
            return try FeedReader.read(stream, root: root, flavour: .atom, source: source)
        case "nitf":
            return [ReadItem(document: NewsXMLReader.nitf(try stream.readElement(), source: source))]
        case "newsItem":
            return [ReadItem(document: NewsXMLReader.newsItem(try stream.readElement(), source: source, feed: nil))]
        case "newsMessage":
            var items: [ReadItem] = []
            while let start = try stream.nextStart() {
                guard start.name == "newsItem" else { continue }
                let n = items.count + 1
                items.append(ReadItem(document: NewsXMLReader.newsItem(try stream.readElement(), source: "\(source)#\(n)", feed: source)))
            }
            return items
        default:
            if let format = SanctionsFormat(root: root) {
                return [try SanctionsImporter.read(stream, format: format, root: root, source: source)]
            }
            return [ReadItem(document: NewsXMLReader.generic(try stream.readElement(), source: source))]
        }
    }

    /// The document as UTF-8 without a BOM: other encodings (BOM, declaration, statistics) are
    /// transcoded and invalid bytes replaced, so libxml2 is always told "UTF-8".
    static func utf8Bytes(_ data: Data) -> Data {
        if let (encoding, length) = TextDecoder.byteOrderMark(data), encoding == .utf8 {
            return utf8Bytes(Data(data.dropFirst(length)))
        }
        let declared = TextDecoder.declaredXMLEncoding(data)
        let undeclaredOrUTF8 = declared == nil || declared == .utf8
        if TextDecoder.byteOrderMark(data) == nil, undeclaredOrUTF8, TextDecoder.unmarkedUTF16(Array(data.prefix(512))) == nil,
           UTF8Validation.isValid(data) {
            return data
        }
        return Data(TextDecoder.decode(data, declared: declared).text.utf8)
    }
}
