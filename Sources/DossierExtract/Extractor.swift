import DossierModel
import Foundation

/// Document → typed entities and relations, each with evidence.
///
/// Rules and general-knowledge lexicons only (no model): names are found and typed in each
/// sentence, grouped per document, then facilities and sanctions are described and relations
/// read from cue words between names. Linear in the text size; never fails on bad input.
public struct Extractor: Sendable {
    let lexicons: Lexicons

    public init() throws {
        lexicons = Lexicons.shared
        if lexicons.entries.isEmpty {
            throw Diagnostic(code: "LexiconsMissing", message: "the extractor's lexicons (DossierExtract/Lexicons/*.tsv) could not be loaded")
        }
    }

    /// Bump whenever a rule changes what is extracted (a new pattern, a changed confidence, a
    /// fixed bug): with the lexicon files' bytes it makes the extractor's fingerprint, and a
    /// store re-extracts every document extracted under another fingerprint on the next ingest.
    /// `ExtractorRevisionTests` fails when the dev sets' extraction changes without a bump.
    public static let rulesRevision = 194

    /// The bundled lexicon files (`Lexicons/`), sorted by name, with their bytes: what the
    /// extraction depends on besides the rules.
    public static func lexiconFiles() -> [(name: String, bytes: Data)] {
        guard let directory = Bundle.module.url(forResource: "Lexicons", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, $0) }
        }
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        guard !document.text.isEmpty else { return DocumentExtraction(document: document.source) }
        let analysis = Analysis(document: document, lex: lexicons)
        analysis.collectNames()
        analysis.markWireCredits()
        analysis.resolveAnaphora()
        analysis.collectFacilities()
        analysis.nameSitesByCode()
        analysis.retypeBareSiteCodes()
        analysis.dropLegalFormFragments()
        analysis.collectSanctions()
        analysis.collectDesignations()
        analysis.collectRelations()
        analysis.pairPlacesRespectively()
        analysis.spreadPluralAnaphors()
        analysis.designatedByImposers()
        analysis.ministersOfDocumentBodies()
        analysis.restateAcquisitionsAsHoldings()
        analysis.laterDealPrices()
        analysis.siteCosts()
        analysis.dropUncuedGuesses()
        analysis.placeUnplacedSites()
        analysis.aimUntargetedMeasures()
        analysis.addHeadlineNames()
        analysis.placeHeadlineSubjects()
        return analysis.output()
    }
}

extension Analysis {
    /// The drafts as the model's values: entities keep their local index, names are the most
    /// complete form, aliases the other forms plus the lexicon's English/French names.
    func output() -> DocumentExtraction {
        var entities: [ExtractedEntity] = []
        var newID: [Int: Int] = [:]
        for (e, d) in drafts.enumerated() where !d.suppressed { newID[e] = newID.count }
        for (e, d) in drafts.enumerated() where !d.suppressed {
            let name = displayName(e)
            var aliases: [String] = []
            var seen: Set<String> = [fold(name)]
            for a in d.names + d.extraAliases where !a.isEmpty && !seen.contains(fold(a)) {
                seen.insert(fold(a)); aliases.append(a)
            }
            var props = d.properties
            if d.isMedia { props["media"] = .bool(true) }
            entities.append(ExtractedEntity(localID: newID[e]!, type: d.type, name: name, aliases: aliases, mentions: d.mentions, properties: props))
        }
        let kept: [ExtractedRelation] = relations.compactMap { r in
            guard let s = newID[r.subject] else { return nil }
            var out = r
            out.subject = s
            if case .entity(let o) = r.object {
                guard let no = newID[o] else { return nil }
                out.object = .entity(no)
            }
            return out
        }
        return DocumentExtraction(document: document.source, entities: entities, relations: kept)
    }
}
