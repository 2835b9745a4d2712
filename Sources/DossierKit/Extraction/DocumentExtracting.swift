import DossierExtract
import DossierModel
import DossierResolve

/// The extract stage as the ingest sees it: a document in, its linked extraction out. Two hosts
/// implement it — this process, or a child process whose crash cannot take the ingest down.
public protocol DocumentExtracting: AnyObject {
    func extract(_ document: Document) throws -> DocumentExtraction
    /// Names the document that will be asked for next, so that a host working beside this
    /// process can start on it while the caller stores the last one. A host may ignore it, and
    /// the caller may still ask for another document.
    func prepare(_ document: Document)
}

extension DocumentExtracting {
    public func prepare(_ document: Document) {}
}

/// Extraction in this process: no start-up cost, but a trap in a rule ends the whole run.
public final class LocalExtraction: DocumentExtracting {
    /// Loaded on first use: re-ingesting unchanged files never pays for the extractor's lexicons.
    private var loaded: Extractor?

    public init() {}

    public func extract(_ document: Document) throws -> DocumentExtraction {
        DocumentLinker.link(try extractor().extract(document))
    }

    private func extractor() throws -> Extractor {
        if let loaded { return loaded }
        do { loaded = try Extractor() }
        catch { throw Diagnostic(code: "ExtractorUnavailable", message: "cannot load the extractor: \(error)") }
        return loaded!
    }
}
