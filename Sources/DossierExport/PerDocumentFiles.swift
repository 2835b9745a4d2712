import DossierModel
import Foundation

/// File names for `dossier export json --per-document DIR`: the source file's name without
/// its extension (`corpus/x/en01.txt` → `en01.json`), a feed's n-th item as `feed-n.json`
/// (`feed.xml#3` → `feed-3.json`), and `-2`, `-3`… for names already taken.
public enum PerDocumentFiles {
    /// One file name per source, in the order given; the first of a clashing group keeps the plain name.
    public static func names(for sources: [String]) -> [String] {
        var taken = Set<String>()
        return sources.map { source in
            let base = baseName(source)
            var candidate = base
            var n = 2
            while taken.contains(candidate.lowercased()) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            taken.insert(candidate.lowercased())
            return candidate + ".json"
        }
    }

    static func baseName(_ source: String) -> String {
        var path = source
        var item: String?
        if let hash = source.lastIndex(of: "#") {
            let suffix = source[source.index(after: hash)...]
            if !suffix.isEmpty, suffix.allSatisfy(\.isNumber) {
                item = String(suffix)
                path = String(source[..<hash])
            }
        }
        var name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        if !stem.isEmpty { name = stem }
        name = String(name.map { $0 == "/" || $0 == "\\" || $0 == ":" || $0.isNewline ? "_" : $0 })
        if name.isEmpty || name == "." || name == ".." { name = "document" }
        return item.map { "\(name)-\($0)" } ?? name
    }

    /// The scorer's JSON for one record: sorted keys, pretty-printed, UTF-8 unescaped.
    public static func encode(_ record: ScorerRecord) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(record)
        data.append(0x0A)
        return data
    }
}
