import CLibXML2
import DossierModel
import Foundation

/// A forward-only pull parser over libxml2's `xmlTextReader`, safe for untrusted input.
///
/// Options are `XML_PARSE_NONET` only: no network, no external DTD, no entity substitution,
/// so an external entity is never read and an internal one is never expanded (its reference is
/// skipped). Memory stays bounded by the record being read: `readElement()` builds one subtree
/// and the reader frees the nodes it has passed. The first libxml2 error becomes a
/// `MalformedXML` diagnostic with line and column.
final class XMLStream {
    struct Start {
        var name: String
        var namespace: String?
        var depth: Int
        var attributes: [String: String]
    }

    private let reader: xmlTextReaderPtr
    private let buffer: UnsafeMutableRawBufferPointer
    private let errors: ErrorCollector
    let source: String
    let maxDepth: Int

    /// `utf8` must be UTF-8 (the reader transcodes every input first); it is copied, because
    /// libxml2 reads the buffer lazily while the stream is consumed.
    init(utf8 data: Data, source: String, maxDepth: Int) throws(Diagnostic) {
        LibXML.ensureInitialized()
        self.source = source
        self.maxDepth = maxDepth
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        errors = ErrorCollector()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(data.count),
                                              nil, "UTF-8", options) else {
            buffer.deallocate()
            throw Diagnostic(code: "MalformedXML", message: "\(source): libxml2 could not start reading", position: nil)
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// Advances to the next start element in document order (descending into the current one
    /// unless `readElement()` consumed it); nil at the end of the document.
    func nextStart() throws(Diagnostic) -> Start? {
        while try advance() {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) { return currentStart() }
        }
        return nil
    }

    /// Reads the element at the current start tag (returned by `nextStart()`) and everything in it.
    func readElement() throws(Diagnostic) -> XMLElement {
        var element = XMLElement(name: localName(), namespace: namespaceURI(), attributes: attributes(), children: [])
        guard xmlTextReaderIsEmptyElement(reader) == 0 else { return element }
        let depth = Int(xmlTextReaderDepth(reader))
        if depth >= maxDepth { throw depthError(depth) }
        while try advance() {
            let type = xmlTextReaderNodeType(reader)
            switch UInt32(type) {
            case XML_READER_TYPE_ELEMENT.rawValue:
                element.children.append(.element(try readElement()))
            case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
                 XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
                if let value = xmlTextReaderConstValue(reader) { element.children.append(.text(String(cString: value))) }
            case XML_READER_TYPE_END_ELEMENT.rawValue:
                if Int(xmlTextReaderDepth(reader)) == depth { return element }
            default:
                break   // comments, processing instructions, entity references (never expanded)
            }
        }
        return element
    }

    // MARK: - libxml2 access

    private func advance() throws(Diagnostic) -> Bool {
        let status = xmlTextReaderRead(reader)
        if status < 0 || errors.first != nil { throw malformed() }
        if status == 1, Int(xmlTextReaderDepth(reader)) > maxDepth { throw depthError(Int(xmlTextReaderDepth(reader))) }
        return status == 1
    }

    private func currentStart() -> Start {
        Start(name: localName(), namespace: namespaceURI(), depth: Int(xmlTextReaderDepth(reader)), attributes: attributes())
    }

    private func localName() -> String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    private func namespaceURI() -> String? {
        xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
    }

    private func attributes() -> [String: String] {
        var result: [String: String] = [:]
        guard xmlTextReaderHasAttributes(reader) == 1 else { return result }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let name = localName()
            let qualified = xmlTextReaderConstName(reader).map { String(cString: $0) } ?? name
            if qualified == "xmlns" || qualified.hasPrefix("xmlns:") { continue }
            result[name] = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    private func malformed() -> Diagnostic {
        guard let error = errors.first else {
            return Diagnostic(code: "MalformedXML", message: "\(source): the XML is not well-formed")
        }
        let position = SourcePosition(file: source, line: max(error.line, 1), column: max(error.column, 1))
        return Diagnostic(code: error.code, message: error.message, position: position)
    }

    private func depthError(_ depth: Int) -> Diagnostic {
        Diagnostic(code: "DepthLimit", message: "\(source): elements nest \(depth) deep, more than the limit of \(maxDepth)")
    }
}

/// Keeps the first error libxml2 reports for one stream.
final class ErrorCollector {
    struct Entry {
        var code: String
        var message: String
        var line: Int
        var column: Int
    }
    private(set) var first: Entry?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "XML error \(error.code)"
        // Entity loops and amplification get their own code: the input is hostile, not just broken.
        let isEntityProblem = error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue)
            || error.code == Int32(XML_ERR_ENTITY_BOUNDARY.rawValue)
        let code = isEntityProblem ? "EntityExpansion" : message.hasPrefix("Excessive depth") ? "DepthLimit" : "MalformedXML"
        let text = code == "DepthLimit" ? "elements nest deeper than libxml2's limit of 256 levels" : message
        first = Entry(code: code, message: text,
                      line: Int(error.line), column: Int(error.int2))
    }
}
