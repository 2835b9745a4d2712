import DossierExtract
import Foundation

/// Which extractor produced a document's entities and relations: SHA-256 over the rules
/// revision and the bundled lexicon files. A document stored under another fingerprint is
/// re-extracted on the next ingest, so upgrading Dossier upgrades old documents too.
enum ExtractorFingerprint {
    /// Computed once per process (hashing ≈ 1.7 MB of lexicons), and only when an ingest needs it.
    static let current: String = {
        var hasher = IngestHash.Hasher256()
        hasher.update(Array("rules \(Extractor.rulesRevision)\n".utf8))
        for file in Extractor.lexiconFiles() {
            hasher.update(Array("\(file.name) \(file.bytes.count)\n".utf8))
            hasher.update(file.bytes)
        }
        return IngestHash.hex(hasher.finish())
    }()
}
