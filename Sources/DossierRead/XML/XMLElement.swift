import Foundation

/// A small element tree built from the XML stream for one record (a feed item, a sanctions
/// entry, a news document), so format readers look things up by local name and the stream can
/// drop each record once it is read.
struct XMLElement: Sendable {
    enum Child: Sendable {
        case element(XMLElement)
        case text(String)
    }

    /// Local name, without prefix; formats are matched on local names so namespace changes do not break them.
    var name: String
    var namespace: String?
    /// Attributes by local name (`xml:lang` is stored as `lang`).
    var attributes: [String: String]
    var children: [Child]

    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }

    func child(_ name: String) -> XMLElement? { elements.first { $0.name == name } }
    func children(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// The first element at a path of local names (`["head", "title"]`).
    func path(_ names: String...) -> XMLElement? {
        var current: XMLElement? = self
        for name in names { current = current?.child(name) }
        return current
    }

    /// Every descendant (depth first) with that local name.
    func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for e in elements {
            if e.name == name { found.append(e) }
            found += e.descendants(name)
        }
        return found
    }

    /// All text below this element, whitespace collapsed and trimmed.
    var text: String {
        var raw = ""
        appendText(to: &raw)
        return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func appendText(to out: inout String) {
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e): out += " "; e.appendText(to: &out); out += " "
            }
        }
    }

    /// Trimmed text of a child, nil when missing or blank.
    func value(_ name: String) -> String? {
        guard let t = child(name)?.text, !t.isEmpty else { return nil }
        return t
    }

    func attribute(_ name: String) -> String? {
        guard let v = attributes[name]?.trimmed, !v.isEmpty else { return nil }
        return v
    }
}
