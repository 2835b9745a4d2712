import Foundation

/// Markdown → plain lines: headings, emphasis, code marks, links, images, quotes and rules
/// are reduced to their text. The first level-1 heading is returned as the title.
enum MarkdownStripper {
    static func strip(_ lines: [String]) -> (lines: [String], title: String?) {
        var out: [String] = []
        var title: String?
        var inFence = false
        for raw in lines {
            var line = raw.trimmed
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); out.append(""); continue }
            if inFence { out.append(line); continue }
            if isRule(line) || isReferenceDefinition(line) { out.append(""); continue }
            while line.hasPrefix(">") { line = line.dropFirst().trimmed }
            var headingLevel = 0
            while line.hasPrefix("#") { line.removeFirst(); headingLevel += 1 }
            if headingLevel > 0 {
                line = line.trimmed { $0 == " " || $0 == "#" }
            }
            var isItem = false
            if let marker = line.first, "*+-".contains(marker), line.dropFirst().first == " " {
                line = String(line.dropFirst(2)); isItem = true
            } else if line.first?.isNumber == true, let range = line.range(of: #"^\d{1,3}[.)] "#, options: .regularExpression) {
                line = String(line[range.upperBound...]); isItem = true
            }
            line = inline(line)
            if headingLevel == 1, title == nil, !line.isEmpty { title = line; out.append(""); continue }
            // Headings and list items stand alone as paragraphs.
            if headingLevel > 0 || isItem { out.append(""); out.append(line); out.append(""); continue }
            out.append(line)
        }
        return (out, title)
    }

    /// Inline markup: `![alt](url)` → nothing, `[text](url)` → text, `**b**`, `_i_`, `` `c` `` → text,
    /// `<tag>` → nothing, `\*` → `*`. Lines without any markup character skip the regexes.
    static func inline(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { markupScalars.contains($0) }) else { return line }
        var s = line
        for (pattern, template) in inlineRules {
            s = pattern.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
        }
        return s
    }

    static let markupScalars = Set("[]<*_`~\\!".unicodeScalars)

    /// Compiled once; NSRegularExpression is immutable after creation, so sharing it is safe.
    static let inlineRules: [(NSRegularExpression, String)] = [
        (#"!\[[^\]]*\]\([^)]*\)"#, ""),
        (#"\[([^\]]*)\]\([^)]*\)"#, "$1"),
        (#"\[([^\]]*)\]\[[^\]]*\]"#, "$1"),
        (#"<[A-Za-z/][^>]*>"#, ""),
        (#"(\*\*|__|\*|`|~~)"#, ""),
        (#"(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])"#, "$1"),
        (#"\\([\\`*_{}\[\]()#+\-.!])"#, "$1"),
    ].compactMap { pattern, template in (try? NSRegularExpression(pattern: pattern)).map { ($0, template) } }

    /// YAML front matter (`---` … `---` on the first lines) → its `key: value` fields and the lines after it.
    static func frontMatter(_ lines: [String]) -> (fields: [String: String], body: [String]) {
        guard lines.first?.trimmed == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) else { return ([:], lines) }
        var fields: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed.lowercased()
            let value = line[line.index(after: colon)...].trimmed.trimmed { $0 == "\"" || $0 == "'" }
            if !key.isEmpty, !value.isEmpty { fields[key] = value }
        }
        return (fields, Array(lines[(end + 1)...]))
    }

    static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        return compact.count >= 3 && (Set(compact) == ["-"] || Set(compact) == ["*"] || Set(compact) == ["_"])
    }

    static func isReferenceDefinition(_ line: String) -> Bool {
        line.hasPrefix("[") && line.range(of: #"^\[[^\]]+\]:\s*\S+"#, options: .regularExpression) != nil
    }
}
