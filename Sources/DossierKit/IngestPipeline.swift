import DossierModel
import DossierRead
import DossierResolve
import DossierStore
import Foundation

/// How far an ingest has got, for the live progress line.
public struct IngestProgress: Sendable {
    public var filesDone = 0
    public var filesTotal = 0
    public var filesSkipped = 0
    public var documents = 0
    public var entities = 0
    public var relations = 0
    /// Documents already stored but extracted by another extractor (an older Dossier), extracted again.
    public var reExtracted = 0
    public var elapsed: Double = 0
}

/// One input that could not be ingested, and why (printed as `path: reason`).
public struct IngestFailure: Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

/// What an ingest run did.
public struct IngestSummary: Sendable {
    public var progress = IngestProgress()
    public var failures: [IngestFailure] = []
    /// Set when the store itself refused to write (read-only, disk full): the run stopped.
    public var storeError: Diagnostic?
}

/// read → extract → link within the document → resolve against the store → store, one
/// transaction per document. Unchanged files are skipped unread; files that fail are reported
/// and the others still go in.
public final class IngestPipeline {
    let store: GraphStore
    let extraction: DocumentExtracting
    let graphDirectory: String
    /// The extractor's fingerprint recorded with each document; computed on the first file.
    lazy var extractorFingerprint = ExtractorFingerprint.current

    /// `extraction` is where documents are extracted: in this process by default; the command
    /// line passes a `ContainedExtraction`, so that a fault in one document cannot end the run.
    public init(graphDirectory: String, extraction: DocumentExtracting = LocalExtraction()) throws(Diagnostic) {
        self.graphDirectory = graphDirectory
        self.extraction = extraction
        do { store = try GraphStore(directory: graphDirectory) }
        catch let e as StoreError { throw e.diagnostic }
        catch { throw Diagnostic(code: "StoreError", message: "\(error)") }
    }

    /// The hooks that let the store ask entity resolution without depending on it.
    public static let resolution = ResolutionHooks(
        keys: { type, names in Resolver.keys(type: type, names: names) },
        choose: { entity, candidates in
            let names = [entity.name] + entity.aliases
            let pool = candidates.map { ResolutionCandidate(id: $0.id, type: $0.type, names: $0.names) }
            return Resolver.match(type: entity.type.rawValue, names: names, candidates: pool)
                .map { ResolutionChoice(entityID: $0.id, score: $0.score, reasons: $0.reasons) }
        })

    /// Ingests files and directories (recursively; hidden files and README* skipped inside directories).
    /// Each file is read one turn ahead, so that its first document can go to the extraction
    /// host while the file before is stored; the store itself sees the files in order.
    public func ingest(paths: [String], progress report: (IngestProgress) -> Void = { _ in }) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let (files, missing) = Self.expand(paths, skipping: graphDirectory)
        summary.failures = missing
        summary.progress.filesTotal = files.count
        var upcoming = files.first.map(readAhead)
        for (index, file) in files.enumerated() {
            let current = upcoming!
            upcoming = index + 1 < files.count ? readAhead(files[index + 1]) : nil
            do {
                let next = (try? upcoming?.get())??.firstToExtract
                try storeFile(try current.get(), path: file, thenExtracting: next, into: &summary)
            } catch let e as Diagnostic where e.code == "StoreNotWritable" || e.code == "StoreBusy" || e.code == "StoreError" {
                summary.storeError = e
                break
            } catch let e as Diagnostic {
                summary.failures.append(IngestFailure(path: file, reason: Self.reason(e, file: file)))
            } catch {
                summary.failures.append(IngestFailure(path: file, reason: "\(error)"))
            }
            summary.progress.filesDone += 1
            summary.progress.elapsed = Date().timeIntervalSince(started)
            report(summary.progress)
        }
        summary.progress.elapsed = Date().timeIntervalSince(started)
        return summary
    }

    /// A diagnostic's message without a repeated `path: ` prefix.
    static func reason(_ d: Diagnostic, file: String) -> String {
        d.message.hasPrefix(file + ": ") ? String(d.message.dropFirst(file.count + 2)) : d.message
    }

    /// A file read and parsed, waiting for its turn to be stored.
    struct ReadFile {
        var stamp: FileStamp
        var hash: String
        var items: [ReadItem]
        /// The first of its documents that the extraction host must work on.
        var firstToExtract: Document? { items.first { $0.prefilled == nil }?.document }
    }

    /// Reads and parses a file, or nil when the store already holds it unchanged. Errors wait
    /// for the file's turn, to be reported in order.
    func readAhead(_ path: String) -> Result<ReadFile?, Error> {
        Result {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let stamp = FileStamp(path: path, size: size, mtime: mtime)
            do {
                if try store.isUnchanged(stamp, extractor: extractorFingerprint) { return nil }
            } catch let e as StoreError { throw e.diagnostic }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(code: "Unreadable", message: "cannot read the file (permission denied?)")
            }
            return ReadFile(stamp: stamp, hash: IngestHash.sha256Hex(data), items: try Reader.read(data: data, source: path))
        }
    }

    /// Extracts and stores a read file's documents, one transaction each. `next` is the document
    /// after this file's last, sent ahead while the last is stored.
    func storeFile(_ file: ReadFile?, path: String, thenExtracting next: Document?, into summary: inout IngestSummary) throws {
        guard let file else { summary.progress.filesSkipped += 1; return }
        do {
            if try store.refreshIfSameContent(file.stamp, hash: file.hash, extractor: extractorFingerprint) { summary.progress.filesSkipped += 1; return }
            var failed: [IngestFailure] = []
            var toExtract = file.items.compactMap { $0.prefilled == nil ? $0.document : nil }[...]
            for item in file.items {
                let extraction: DocumentExtraction
                if let prefilled = item.prefilled {
                    extraction = DocumentLinker.link(prefilled)
                } else {
                    toExtract = toExtract.dropFirst()
                    do { extraction = try self.extraction.extract(item.document) }
                    catch let e as Diagnostic where e.code.hasPrefix("Extraction") && file.items.count > 1 {
                        // One item of a feed failed: the others still go in, and the file is tried again next run.
                        failed.append(IngestFailure(path: item.document.source, reason: e.message)); continue
                    }
                    if let following = toExtract.first ?? next { self.extraction.prepare(following) }
                }
                let outcome = try store.ingest(item.document, contentHash: Self.contentHash(item.document), file: path,
                                               extraction: extraction, resolution: Self.resolution, extractor: extractorFingerprint)
                if outcome.isNew { summary.progress.documents += 1 }
                if outcome.reExtracted { summary.progress.reExtracted += 1 }
                summary.progress.entities += outcome.entities
                summary.progress.relations += outcome.relations
            }
            if !failed.isEmpty { summary.failures += failed; return }
            try store.recordFile(file.stamp, hash: file.hash, sources: file.items.map(\.document.source))
        } catch let e as StoreError {
            throw e.diagnostic
        }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Content identity of a document: what it says, not where it was found.
    static func contentHash(_ d: Document) -> String {
        IngestHash.sha256Hex([d.title ?? "", d.published ?? "", d.language, d.text].joined(separator: "\u{1F}"))
    }

    /// Files to ingest in a stable order, and the paths that do not exist. Walking a directory
    /// skips hidden files, README* and the graph directory itself (`dossier ingest .`).
    static func expand(_ paths: [String], skipping graphDirectory: String) -> ([String], [IngestFailure]) {
        let graphPath = absolute(graphDirectory)
        var files: [String] = []
        var missing: [IngestFailure] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                missing.append(IngestFailure(path: path, reason: "no such file or directory")); continue
            }
            guard isDir.boolValue else { files.append(path); continue }
            var found: [String] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            if let walker = fm.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    let full = base + "/" + relative
                    if name.hasPrefix(".") || absolute(full) == graphPath { walker.skipDescendants(); continue }
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, !name.hasPrefix("README") { found.append(full) }
                }
            }
            files += found.sorted()
        }
        return (files, missing)
    }
}
