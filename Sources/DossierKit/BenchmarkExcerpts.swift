import Foundation

/// Excerpts of real news pages for measuring the extractor on real wording: the article bodies
/// of the article-extraction benchmark (`shared/data/article-extraction/ground-truth.json`),
/// cut to the length of the held-out excerpts. The texts stay in `../shared` (third-party, MIT);
/// only our own gold annotation of them lives in the repository, so the cut must be reproducible
/// byte for byte — each gold record carries the SHA-256 of its excerpt.
public enum BenchmarkExcerpts {
    /// Whole paragraphs (non-empty lines, trimmed) from the start of `body`, joined by a blank line,
    /// while the excerpt stays within `limit` Unicode scalars; at least the first paragraph.
    public static func excerpt(of body: String, limit: Int = 2500) -> String {
        let paragraphs = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        var kept: [String] = []
        var length = 0
        for paragraph in paragraphs {
            let added = paragraph.unicodeScalars.count + (kept.isEmpty ? 0 : 2)
            if !kept.isEmpty && length + added > limit { break }
            kept.append(paragraph)
            length += added
        }
        return kept.joined(separator: "\n\n") + "\n"
    }

    /// Writes `<dir>/<id>.txt` for every gold id of the form `en-<page-id prefix>`, from the
    /// benchmark's ground truth. Returns each id with the SHA-256 of what was written.
    @discardableResult
    public static func write(goldIDs: [String], groundTruth: URL, to dir: URL) throws -> [String: String] {
        struct Page: Decodable { let articleBody: String }
        let pages = try JSONDecoder().decode([String: Page].self, from: Data(contentsOf: groundTruth))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var hashes: [String: String] = [:]
        for id in goldIDs {
            guard let dash = id.firstIndex(of: "-") else { continue }
            let prefix = id[id.index(after: dash)...]
            guard let key = pages.keys.first(where: { $0.hasPrefix(prefix) }), let page = pages[key] else { continue }
            let text = excerpt(of: page.articleBody)
            try Data(text.utf8).write(to: dir.appendingPathComponent(id + ".txt"))
            hashes[id] = IngestHash.sha256Hex(text)
        }
        return hashes
    }
}
