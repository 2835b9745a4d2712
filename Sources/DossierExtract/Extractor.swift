import DossierModel

/// Document → typed entities and relations, each with evidence.
public struct Extractor: Sendable {
    public init() throws {}

    public func extract(_ document: Document) -> DocumentExtraction {
        DocumentExtraction(document: document.source)
    }
}
