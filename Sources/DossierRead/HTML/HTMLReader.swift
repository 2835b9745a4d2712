import DossierModel
import Foundation

/// HTML page → clean document: main text without page chrome, plus metadata.
///
/// One streaming SAX pass of libxml2 (`HTMLScan`) collects text blocks with their link and comma
/// statistics and the class/id hints of their ancestors; `MainTextSelector` then scores blocks and
/// containers; `HTMLMetadataReader` reads `<head>`, OpenGraph and JSON-LD. No tree is built.
public enum HTMLReader {
    /// Reads a whole page. Encoding comes from BOM / `<meta charset>` / http-equiv, else a sniff.
    public static func read(data: Data, source: String, options: ReaderOptions = .init()) throws(Diagnostic) -> Document {
        let page = try extract(data: data, source: source, options: options)
        return DocumentBuilder.build(source: source, blocks: page.blocks, format: "html", metadata: page.metadata)
    }

    /// The main-text blocks (title excluded) and metadata of a page, before segmentation.
    public static func extract(data: Data, source: String, options: ReaderOptions = .init())
        throws(Diagnostic) -> (blocks: [String], metadata: DocumentMetadata) {
        try check(data, source: source, options: options)
        let (scan, encoding) = HTMLCharset.withUTF8(data) { bytes, encoding in
            (HTMLScan.scan(utf8: bytes, maxDepth: options.maxDepth), encoding)
        }
        if scan.tooDeep {
            throw Diagnostic(code: "NestingTooDeep",
                             message: "\(source): elements nested deeper than \(options.maxDepth) levels; the page was not read")
        }
        if scan.elements.isEmpty && scan.blocks.isEmpty {
            throw Diagnostic(code: "NotHTML", message: "\(source): no HTML content could be parsed")
        }
        var metadata = HTMLMetadataReader(raw: scan.metadata).read()
        metadata.extra["charset"] = encoding.name
        if scan.errorCount > 0 { metadata.extra["html.parseErrors"] = String(scan.errorCount) }
        let blocks = MainTextSelector(scan: scan).select()
        return (strings(blocks, in: scan, droppingTitle: metadata.title), metadata)
    }

    /// The text blocks of an HTML fragment (an RSS `content:encoded`, an Atom `html` content).
    /// Fragments are already the article: every visible block is kept, nothing is scored away.
    public static func blocks(fromHTMLFragment html: String) -> [String] {
        var bytes = Array(html.utf8)
        return bytes.withUnsafeMutableBytes { raw in
            let scan = HTMLScan.scan(utf8: UnsafeRawBufferPointer(raw), maxDepth: ReaderOptions().maxDepth)
            return strings(scan.blocks, in: scan, droppingTitle: nil)
        }
    }

    /// Size, binary and emptiness checks before parsing.
    static func check(_ data: Data, source: String, options: ReaderOptions) throws(Diagnostic) {
        if data.isEmpty { throw Diagnostic(code: "EmptyFile", message: "\(source): the file is empty") }
        if data.count > options.maxFileBytes {
            throw Diagnostic(code: "FileTooLarge", message: "\(source): \(data.count) bytes exceeds the limit of \(options.maxFileBytes)")
        }
        let looksBinary = data.withUnsafeBytes { raw -> Bool in
            let head = UnsafeRawBufferPointer(rebasing: raw.prefix(4096))
            if HTMLCharset.startsAsUTF16(head) { return false }
            var nul = false, controls = 0
            for c in head where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C {
                controls += 1
                if c == 0 { nul = true }
            }
            return nul || controls * 20 > head.count
        }
        if looksBinary {
            throw Diagnostic(code: "BinaryFile", message: "\(source): looks like a binary file (NUL or control bytes), not HTML")
        }
    }

    /// Block texts, one per paragraph (`<br>` breaks inside a block become paragraphs too), title excluded.
    static func strings(_ blocks: [TextBlock], in scan: HTMLScan, droppingTitle title: String?) -> [String] {
        var out: [String] = []
        out.reserveCapacity(blocks.count)
        let text = scan.text
        for block in blocks {
            for line in text[block.start..<block.end].split(separator: 0x0A) {
                let s = String(decoding: line, as: UTF8.self)
                if let title, out.isEmpty, s == title { continue }
                out.append(s)
            }
        }
        return out
    }
}
