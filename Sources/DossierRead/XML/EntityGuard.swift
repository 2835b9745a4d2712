import DossierModel
import Foundation

/// Refuses documents whose internal DTD subset could make entity expansion explode.
///
/// The stream never expands entities, so a quadratic blowup cannot grow memory there; this
/// guard still refuses it, and the billion-laughs pattern, before libxml2 starts, so the user
/// gets one clear `EntityExpansion` diagnostic instead of a silently emptied document.
/// Refused: an entity whose value refers to another entity (nesting is what multiplies), more
/// entity declarations than `maxEntityDeclarations`, or declared values longer in total than
/// `maxEntityBytes`. External entities (`SYSTEM`/`PUBLIC`) are allowed but never read.
enum EntityGuard {
    static func check(_ data: Data, source: String, options: ReaderOptions) throws(Diagnostic) {
        // The internal subset sits in the prolog, before the root element; look only there.
        let head = data.prefix(min(data.count, options.maxEntityBytes * 4 + 65_536))
        guard let prolog = String(data: head, encoding: .utf8) ?? Optional(String(decoding: head, as: UTF8.self)),
              let doctype = prolog.range(of: "<!DOCTYPE") else { return }
        if let root = prolog.range(of: #"<[A-Za-z_]"#, options: .regularExpression), root.lowerBound < doctype.lowerBound {
            return   // "<!DOCTYPE" inside the document's content, not a prolog
        }
        let subset = prolog[doctype.upperBound...]
        guard subset.contains("<!ENTITY") else { return }
        var count = 0, totalBytes = 0
        var rest = subset[...]
        while let declaration = rest.range(of: "<!ENTITY") {
            count += 1
            let body = rest[declaration.upperBound...]
            guard let quote = body.firstIndex(where: { $0 == "\"" || $0 == "'" || $0 == ">" }), body[quote] != ">" else {
                rest = body; continue   // external entity: declared, never loaded
            }
            let afterQuote = body.index(after: quote)
            let close = body[afterQuote...].firstIndex(of: body[quote]) ?? body.endIndex
            let value = body[afterQuote..<close]
            totalBytes += value.utf8.count
            if refersToEntity(value) {
                throw refusal(source, "an entity refers to other entities (the billion-laughs pattern)")
            }
            rest = body[close...]
        }
        if count > options.maxEntityDeclarations {
            throw refusal(source, "\(count) entity declarations, more than the limit of \(options.maxEntityDeclarations)")
        }
        if totalBytes > options.maxEntityBytes {
            throw refusal(source, "entity values of \(totalBytes) bytes, more than the limit of \(options.maxEntityBytes) (a quadratic blowup)")
        }
    }

    /// True for `&name;` or `%name;` other than the five predefined entities and character references.
    static func refersToEntity(_ value: Substring) -> Bool {
        var i = value.startIndex
        while let amp = value[i...].firstIndex(where: { $0 == "&" || $0 == "%" }) {
            let name = value[value.index(after: amp)...].prefix { $0 != ";" && !$0.isWhitespace }
            if !name.isEmpty, !name.hasPrefix("#"), !["lt", "gt", "amp", "quot", "apos"].contains(String(name)) { return true }
            i = value.index(after: amp)
        }
        return false
    }

    static func refusal(_ source: String, _ reason: String) -> Diagnostic {
        Diagnostic(code: "EntityExpansion", message: "\(source): refused: \(reason)")
    }
}
