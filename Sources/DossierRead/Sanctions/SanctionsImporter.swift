import DossierModel
import Foundation

/// A sanctions list → one document of generated sentences plus the facts they state.
///
/// Lists are structured, so their facts need no text extraction: each record becomes a
/// paragraph ("ACME LLC (Entity) is listed by OFAC under programme RUSSIA-EO14024.") and the
/// entities and relations are prefilled with evidence pointing at those sentences, extractor
/// `importer:<format>`, confidence 1.0. Records are streamed one at a time.
enum SanctionsImporter {
    static func read(_ stream: XMLStream, format: SanctionsFormat, root: XMLStream.Start, source: String) throws(Diagnostic) -> ReadItem {
        var builder = SanctionsDocumentBuilder(format: format, source: source)
        while let start = try stream.nextStart() {
            guard format.isRecord(start) else { continue }
            if let record = SanctionRecordParser.parse(try stream.readElement(), format: format) {
                builder.add(record)
            }
        }
        return builder.finish(rootAttributes: root.attributes)
    }
}

/// Accumulates generated text, sentence spans, entities and relations for one list.
struct SanctionsDocumentBuilder {
    let format: SanctionsFormat
    let source: String
    private var text = ""
    private var length = 0   // scalars in `text`
    private var paragraphs: [TextSpan] = []
    private var sentences: [TextSpan] = []
    private var entities: [ExtractedEntity] = []
    private var relations: [ExtractedRelation] = []
    private var authorityID = -1
    private var programmeIDs: [String: Int] = [:]
    private var locationIDs: [String: Int] = [:]
    /// Listed parties by the list's own id, so a party named in another record's link is one entity.
    private var partyIDs: [String: Int] = [:]
    private var records = 0
    /// Shared entities (authority, programmes, countries) keep this many mentions at most.
    private let mentionCap = 50

    init(format: SanctionsFormat, source: String) {
        self.format = format
        self.source = source
        let authority = format.authority
        authorityID = newEntity(.organization, authority.name, aliases: authority.aliases)
    }

    var extractor: String { "importer:\(format.rawValue)" }

    mutating func add(_ record: SanctionRecord) {
        records += 1
        if !text.isEmpty { append("\n\n") }
        let start = length
        let type = entityType(record)
        var properties: [String: Value] = ["listed_as": .string(record.kind.rawValue)]
        if let reference = record.reference { properties["reference"] = .string(reference) }
        if let listedOn = record.listedOn { properties["date"] = .string(listedOn) }
        let target = party(record.reference, type: type, name: record.name)
        entities[target].type = type
        entities[target].name = record.name
        entities[target].aliases = record.aliases
        entities[target].properties.merge(properties) { _, new in new }

        // Sentence 1: listing and programmes.
        var sentenceStart = length
        let nameSpan = append(record.name)
        append(" (\(record.kind.rawValue)) is listed by ")
        let authoritySpan = append(format.authority.name)
        var programmeSpans: [(String, TextSpan)] = []
        if !record.programmes.isEmpty {
            append(record.programmes.count == 1 ? " under programme " : " under programmes ")
            for (i, programme) in record.programmes.enumerated() {
                if i > 0 { append(i == record.programmes.count - 1 ? " and " : ", ") }
                programmeSpans.append((programme, append(programme)))
            }
        }
        append(".")
        let first = closeSentence(from: sentenceStart)
        mention(target, nameSpan, in: first)
        mention(authorityID, authoritySpan, in: first)
        relate(target, .sanctionedBy, authorityID, cue: nameSpan, in: first)
        for (programme, span) in programmeSpans {
            let (sanction, isNew) = programmeEntity(programme)
            mention(sanction, span, in: first)
            relate(target, .subjectTo, sanction, cue: span, in: first)
            if isNew { relate(sanction, .imposedBy, authorityID, cue: span, in: first) }
        }

        // Sentence 2: other names.
        if !record.aliases.isEmpty {
            append(" ")
            sentenceStart = length
            append(record.kind == .individual ? "This person is also known as " : "It is also known as ")
            var aliasSpans: [TextSpan] = []
            for (i, alias) in record.aliases.prefix(10).enumerated() {
                if i > 0 { append("; ") }
                aliasSpans.append(append(alias))
            }
            append(".")
            let second = closeSentence(from: sentenceStart)
            for span in aliasSpans { mention(target, span, in: second) }
        }

        // Sentence 3: address countries.
        if !record.countries.isEmpty {
            append(" ")
            sentenceStart = length
            append(record.kind == .individual ? "An address is given in " : "Its address is in ")
            var countrySpans: [(String, TextSpan)] = []
            for (i, country) in record.countries.enumerated() {
                if i > 0 { append(i == record.countries.count - 1 ? " and " : ", ") }
                countrySpans.append((country, append(country)))
            }
            append(".")
            let third = closeSentence(from: sentenceStart)
            for (country, span) in countrySpans {
                let location = locationEntity(country)
                mention(location, span, in: third)
                relate(target, .locatedIn, location, cue: span, in: third)
            }
        }
        // Sentences 4…: links to other parties.
        for link in record.links {
            append(" ")
            sentenceStart = length
            append((record.kind == .individual ? "This person is " : "It is ") + link.kind.lowercased() + " ")
            let relatedSpan = append(link.name)
            append(".")
            let sentence = closeSentence(from: sentenceStart)
            let related = party(link.reference, type: Self.looksLikePublicBody(link.name) ? .organization : .company, name: link.name)
            mention(related, relatedSpan, in: sentence)
            if let (subject, predicate, object, role) = Self.fact(link.kind, target: target, targetType: type, related: related,
                                                                  relatedType: entities[related].type) {
                relations.append(ExtractedRelation(subject: subject, predicate: predicate, object: .entity(object),
                                                   properties: role.map { ["role": .string($0)] } ?? [:],
                                                   evidence: evidence(relatedSpan, in: sentence)))
            }
        }
        paragraphs.append(TextSpan(start: start, end: length))
    }

    /// The schema fact a list's link states, if any: ownership and leadership; support or agency links have no predicate.
    static func fact(_ kind: String, target: Int, targetType: EntityType, related: Int, relatedType: EntityType)
        -> (Int, DossierModel.Predicate, Int, String?)? {
        switch kind.lowercased() {
        case "owned or controlled by":
            return relatedType == .person || targetType == .product ? (related, .owns, target, nil) : (target, .subsidiaryOf, related, nil)
        case "parent company of":
            return (related, .subsidiaryOf, target, nil)
        case "owned or operated by":
            return (related, .owns, target, nil)
        case "leader or official of":
            return targetType == .person ? (target, .worksFor, related, "leader or official") : nil
        default:
            return nil
        }
    }

    /// The entity of a listed party: the one already made for its list id (or, for a party the
    /// list names without an id, for its name), or a new one.
    private mutating func party(_ reference: String?, type: EntityType, name: String) -> Int {
        let key = reference ?? "name:" + name.lowercased()
        if let id = partyIDs[key] { return id }
        let id = newEntity(type, name)
        partyIDs[key] = id
        return id
    }

    func finish(rootAttributes: [String: String]) -> ReadItem {
        let authority = format.authority.name
        var document = Document(source: source, title: "\(authority) sanctions list", language: "en", text: text,
                                paragraphs: paragraphs, sentences: sentences, format: "sanctions",
                                metadata: ["sanctions_format": format.rawValue, "entries": String(records)])
        document.published = rootAttributes["generationDate"] ?? rootAttributes["dateGenerated"]
        document.siteName = authority
        return ReadItem(document: document,
                        prefilled: DocumentExtraction(document: source, entities: entities, relations: relations))
    }

    // MARK: - Text

    @discardableResult
    private mutating func append(_ piece: String) -> TextSpan {
        let clean = piece.contains("\n") ? String(piece.map { $0 == "\n" ? " " : $0 }) : piece
        let start = length
        text += clean
        length += clean.unicodeScalars.count
        return TextSpan(start: start, end: length)
    }

    private mutating func closeSentence(from start: Int) -> TextSpan {
        let span = TextSpan(start: start, end: length)
        sentences.append(span)
        return span
    }

    // MARK: - Facts

    private func entityType(_ record: SanctionRecord) -> EntityType {
        switch record.kind {
        case .individual: return .person
        case .vessel, .aircraft: return .product
        case .entity: return Self.looksLikePublicBody(record.name) ? .organization : .company
        }
    }

    /// Government bodies, armed groups and associations are Organizations; the rest are Companies.
    static func looksLikePublicBody(_ name: String) -> Bool {
        let lower = name.lowercased()
        let cues = ["ministry", "ministère", "government", "central bank", "national bank", "agency", "committee",
                    "council", "corps", "army", "armed forces", "ground force", "air force", "navy", "brigade",
                    "front", "movement", "party", "organization", "organisation", "foundation", "fund", "federation",
                    "republic", "state ", "al-qaida", "al qaida", "taliban", "islamic state", "isil", "hizballah",
                    "hezbollah", "battalion", "militia", "authority", "office of", "directorate", "service", "police",
                    "guard", "network", "association", "jamaat", "harakat", "lashkar", "tehrik"]
        return cues.contains { lower.contains($0) }
    }

    private mutating func newEntity(_ type: EntityType, _ name: String, aliases: [String] = [],
                                    properties: [String: Value] = [:]) -> Int {
        let id = entities.count
        entities.append(ExtractedEntity(localID: id, type: type, name: name, aliases: aliases, properties: properties))
        return id
    }

    private mutating func programmeEntity(_ programme: String) -> (Int, Bool) {
        if let id = programmeIDs[programme] { return (id, false) }
        let name = programme.lowercased().hasPrefix("the ") || programme.contains("Regulations")
            ? programme : "\(format.authorityShortName) \(programme) sanctions"
        let id = newEntity(.sanction, name, aliases: name == programme ? [] : [programme],
                           properties: ["programme": .string(programme)])
        programmeIDs[programme] = id
        return (id, true)
    }

    private mutating func locationEntity(_ country: String) -> Int {
        if let id = locationIDs[country] { return id }
        let id = newEntity(.location, country, properties: ["kind": .string("country")])
        locationIDs[country] = id
        return id
    }

    private func evidence(_ span: TextSpan, in sentence: TextSpan) -> Evidence {
        let sentenceText = slice(sentence)
        let snippet = sentenceText.count > 300 ? String(sentenceText.prefix(300)) + "…" : sentenceText
        return Evidence(document: source, sentence: sentence, span: span, snippet: snippet, extractor: extractor, confidence: 1.0)
    }

    /// Text of a recent span; indexes from the end, so the cost does not grow with the list.
    private func slice(_ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.endIndex, offsetBy: span.start - length)
        let upper = scalars.index(scalars.endIndex, offsetBy: span.end - length)
        return String(scalars[lower..<upper])
    }

    private mutating func mention(_ entity: Int, _ span: TextSpan, in sentence: TextSpan) {
        let isShared = entity == authorityID || programmeIDs.values.contains(entity) || locationIDs.values.contains(entity)
        if isShared, entities[entity].mentions.count >= mentionCap { return }
        entities[entity].mentions.append(Mention(text: slice(span), evidence: evidence(span, in: sentence)))
    }

    private mutating func relate(_ subject: Int, _ predicate: DossierModel.Predicate, _ object: Int, cue: TextSpan, in sentence: TextSpan) {
        relations.append(ExtractedRelation(subject: subject, predicate: predicate, object: .entity(object),
                                           evidence: evidence(cue, in: sentence)))
    }
}
