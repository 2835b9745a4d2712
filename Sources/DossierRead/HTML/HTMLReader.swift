import CLibXML2
import DossierModel
import Foundation

/// HTML page → clean document: main text without page chrome, plus metadata.
public enum HTMLReader {
    /// Reads a whole page. Encoding comes from BOM / `<meta charset>` / http-equiv.
    public static func read(data: Data, source: String, options: ReaderOptions = .init()) throws(Diagnostic) -> Document {
        let blocks = textBlocks(data: data)
        return DocumentBuilder.build(source: source, blocks: blocks, format: "html")
    }

    /// The text blocks of an HTML fragment (an RSS `content:encoded`, an Atom `html` content).
    public static func blocks(fromHTMLFragment html: String) -> [String] {
        textBlocks(data: Data(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8")
    }

    static func textBlocks(data: Data, encoding: String? = nil) -> [String] {
        let opts = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            htmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, opts)
        }
        guard let doc else { return [] }
        defer { xmlFreeDoc(doc) }
        var blocks: [String] = []
        func walk(_ node: xmlNodePtr?) {
            var cur = node
            while let n = cur {
                if n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name {
                    let tag = String(cString: name)
                    if ["script", "style", "nav", "footer"].contains(tag) { cur = n.pointee.next; continue }
                    if ["p", "h1", "h2", "h3", "li"].contains(tag) {
                        var text = ""
                        collect(n.pointee.children, into: &text)
                        blocks.append(text)
                        cur = n.pointee.next; continue
                    }
                }
                walk(n.pointee.children)
                cur = n.pointee.next
            }
        }
        func collect(_ node: xmlNodePtr?, into text: inout String) {
            var cur = node
            while let n = cur {
                if n.pointee.type == XML_TEXT_NODE, let c = n.pointee.content { text += String(cString: c) }
                else if n.pointee.type == XML_ELEMENT_NODE { collect(n.pointee.children, into: &text) }
                cur = n.pointee.next
            }
        }
        walk(xmlDocGetRootElement(doc))
        return blocks
    }
}
