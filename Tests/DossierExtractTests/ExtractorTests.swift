import DossierModel
import Foundation
import Testing
@testable import DossierExtract

/// Builds a document the way the reader does: one paragraph per line.
func document(_ text: String, language: String = "und") -> Document {
    Document(source: "t.txt", language: language, text: text)
}

func extract(_ text: String, language: String = "und") throws -> DocumentExtraction {
    try Extractor().extract(document(text, language: language))
}

extension DocumentExtraction {
    /// What the extraction found, for failure messages: entities with their types, relations as triples.
    var summary: String {
        "\(entities.map { "\($0.name) \($0.type)" }) \(relations.map { "\(entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }
    /// Whether some measure targets `name`.
    func isTarget(_ name: String) -> Bool {
        relations.contains { $0.predicate == .subjectTo && entities[$0.subject].name == name }
    }
    func entity(_ name: String) -> ExtractedEntity? { entities.first { $0.name == name || $0.aliases.contains(name) } }
    func name(_ entity: Int) -> String { entities[entity].name }
    /// The object's entity name, or its literal.
    func objectName(_ r: ExtractedRelation) -> String {
        switch r.object {
        case .entity(let o): return entities[o].name
        case .literal(_, let v): return v.stringValue ?? ""
        }
    }
    func has(_ subject: String, _ predicate: DossierModel.Predicate, _ object: String) -> Bool {
        relations.contains { r in
            guard r.predicate == predicate, entities[r.subject].name == subject || entities[r.subject].aliases.contains(subject) else { return false }
            switch r.object {
            case .entity(let o): return entities[o].name == object || entities[o].aliases.contains(object)
            case .literal(_, let v): return v.stringValue == object
            }
        }
    }
}

@Suite struct EvidenceTests {
    static let samples = [
        "Le fournisseur russe d’équipements, Acme Minage, basé à Moscou, prévoit de construire un centre de données dans la région de Tver.",
        "Zephyr Compute, the Denver-based miner, said its chief executive, Laura Whitfield, signed a partnership with Orion Grid.",
        "Selon le quotidien Kommersant, la société Bolt Data, dont le siège est à Kazan, a été sanctionnée par l’OFAC.",
    ]

    @Test(arguments: samples)
    func everyMentionAndRelationPointsAtItsText(_ text: String) throws {
        let doc = document(text)
        let result = try Extractor().extract(doc)
        #expect(!result.entities.isEmpty)
        for e in result.entities {
            for m in e.mentions {
                #expect(doc.text.slice(m.evidence.span) == m.text, "mention \(m.text) of \(e.name)")
                #expect(m.evidence.sentence.contains(m.evidence.span))
                #expect(!m.evidence.extractor.isEmpty && m.evidence.confidence > 0)
            }
        }
        for r in result.relations {
            #expect(r.evidence.sentence.contains(r.evidence.span))
            #expect(doc.text.slice(r.evidence.sentence).contains(doc.text.slice(r.evidence.span)))
            #expect(result.entities.indices.contains(r.subject))
        }
        for (i, e) in result.entities.enumerated() { #expect(e.localID == i) }
    }
}

@Suite struct TokenizerTests {
    @Test func splitsFrenchElisionsWithBothApostrophes() {
        let tokens = Tokenizer.tokenize(Array("l'OFAC et d’Aurora, qu’il".unicodeScalars)).map(\.text)
        #expect(tokens == ["l'", "OFAC", "et", "d’", "Aurora", ",", "qu’", "il"])
    }

    @Test func keepsHyphenatedNamesDomainsAndAcronymsWhole() {
        let tokens = Tokenizer.tokenize(Array("États-Unis, crypto.news et les U.S. ; Texas-based".unicodeScalars)).map(\.text)
        #expect(tokens.contains("États-Unis"))
        #expect(tokens.contains("crypto.news"))
        #expect(tokens.contains("U.S."))
        #expect(tokens.contains("Texas") && tokens.contains("based"))
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Émirats 🚀 Dubaï"
        let scalars = Array(text.unicodeScalars)
        for t in Tokenizer.tokenize(scalars) { #expect(text.slice(TextSpan(start: t.start, end: t.end)) == t.text) }
    }
}

@Suite struct ValueTests {
    func quantities(_ text: String) -> [Quantity] {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return ValueReader.money(tokens, in: 0..<tokens.count, lex: Lexicons.shared)
    }

    @Test func readsMoneyInBothLanguages() {
        let rub = quantities("jusqu’à 12 milliards de roubles russes")
        #expect(rub.first?.value == 1.2e10 && rub.first?.unit == "RUB" && rub.first?.qualifier == "up to")
        let usd = quantities("plus de 130 millions de dollars")
        #expect(usd.first?.value == 1.3e8 && usd.first?.unit == "USD" && usd.first?.qualifier == "more than")
        #expect(quantities("a $44.7M round").first?.value == 44.7e6)
        #expect(quantities("4 bn €").first.map { ($0.value, $0.unit) } ?? (0, "") == (4e9, "EUR"))
        #expect(quantities("1,5 Md€").first.map { ($0.value, $0.unit) } ?? (0, "") == (1.5e9, "EUR"))
    }

    @Test func readsCapacitiesAndPeriods() {
        func caps(_ s: String) -> [String] {
            let t = Tokenizer.tokenize(Array(s.unicodeScalars))
            return ValueReader.capacities(t, in: 0..<t.count).map(ValueReader.capacityLiteral)
        }
        #expect(caps("une capacité de 100 mégawatts") == ["100 MW"])
        #expect(caps("1,4 GW") == ["1400 MW"])
        #expect(caps("about 3 EH/s of hashrate") == ["3 EH/s"])
    }

    /// Compound adjectives and glued units: `a 300-megawatt data center`, `300MW`, `1,2 GW`.
    @Test(arguments: [
        ("a 300-megawatt data center", "300 MW", "300-megawatt"),
        ("a 1.2-gigawatt campus", "1200 MW", "1.2-gigawatt"),
        ("a 300-MW plant", "300 MW", "300-MW"),
        ("a 300MW plant", "300 MW", "300MW"),
        ("a 1.5GW campus near the river", "1500 MW", "1.5GW"),
        ("a 500-kilowatt pilot", "0.5 MW", "500-kilowatt"),
        ("a 10-EH/s fleet", "10 EH/s", "10-EH/s"),
        ("une centrale de 500 mégawatts", "500 MW", "500 mégawatts"),
        ("un campus de 1,2 gigawatt", "1200 MW", "1,2 gigawatt"),
        ("une ferme de 300MW", "300 MW", "300MW"),
        ("un parc de 20-MW", "20 MW", "20-MW"),
    ])
    func readsHyphenatedAndGluedCapacities(_ text: String, _ literal: String, _ surface: String) throws {
        let scalars = Array(text.unicodeScalars)
        let t = Tokenizer.tokenize(scalars)
        let q = try #require(ValueReader.capacities(t, in: 0..<t.count).first)
        #expect(ValueReader.capacityLiteral(q) == literal)
        let span = TextSpan(start: t[q.tokens.lowerBound].start, end: t[q.tokens.upperBound - 1].end)
        #expect(text.slice(span) == surface)
        func period(_ s: String) -> String? {
            let t = Tokenizer.tokenize(Array(s.unicodeScalars))
            return ValueReader.period(t, in: 0..<t.count)
        }
        #expect(period("au quatrième trimestre 2024") == "2024-Q4")
        #expect(period("au cours du second semestre 2024") == "2024-H2")
        #expect(period("early 2024") == "early 2024")
        #expect(period("le 20 avril 2022") == "2022-04-20")
        #expect(period("on March 3, 2025") == "2025-03-03")
    }
}

@Suite struct PatternTests {
    @Test func frenchAppositionGivesRoleAndPlace() throws {
        let r = try extract("Léa Martin, directrice de Nordvolt Data, a confirmé le projet. Nordvolt Data, basée à Lyon, exploite aussi une succursale à Genève.")
        #expect(r.entity("Léa Martin")?.type == .person)
        #expect(r.has("Léa Martin", .worksFor, "Nordvolt Data"))
        #expect(r.has("Nordvolt Data", .locatedIn, "Lyon"))
        #expect(r.has("Nordvolt Data", .locatedIn, "Genève"))
    }

    @Test func englishXBasedAndReportedBy() throws {
        let r = try extract("Kestrel Mining, the Calgary-based miner, is building a 150 MW data center in Alberta, according to Reuters.")
        #expect(r.has("Kestrel Mining", .locatedIn, "Calgary"))
        #expect(r.has("Kestrel Mining", .reportedBy, "Reuters"))
        let facility = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Kestrel Mining", .operates, facility.name))
        #expect(r.has(facility.name, .capacity, "150 MW"))
        #expect(r.has(facility.name, .locatedIn, "Alberta"))
    }

    @Test func frenchSourcesThroughAdjectivesAndAFirmThatSpeaksIsNoSource() throws {
        let r = try extract("Selon le média indépendant Vestnik, Korvant Vychisleniya a installé plusieurs milliers de serveurs à Tver.", language: "fr")
        #expect(r.has("Korvant Vychisleniya", .reportedBy, "Vestnik"))
        let after = try extract("D'après Le Courrier, qui a révélé le projet, Nordvolt Data discute avec plusieurs laboratoires.", language: "fr")
        #expect(after.has("Nordvolt Data", .reportedBy, "Le Courrier"))
        let speaker = try extract("Altyn Kopir a importé des puces de Halvorsen Chips. Halvorsen Chips a indiqué avoir cessé toute livraison en 2022.", language: "fr")
        #expect(!speaker.relations.contains { $0.predicate == .reportedBy }, "a firm that says something is not a news source")
    }

    @Test func designationBuildsOneSanctionWithTargetsAndImposer() throws {
        let r = try extract("The Office of Foreign Assets Control (OFAC) on Tuesday designated Volna Exchange and its owner, Pavel Orlov.")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Volna Exchange", .subjectTo, sanction.name))
        #expect(r.has("Volna Exchange", .sanctionedBy, "OFAC"))
        #expect(r.has(sanction.name, .imposedBy, "OFAC"))
    }

    @Test func definiteNounTakesUpTheLastFirm() throws {
        let r = try extract("Borealis Compute a levé des fonds cette année. La société prévoit d’investir 2 milliards d’euros dans un centre de données à Oulu.")
        let facility = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Borealis Compute", .investsIn, facility.name))
    }
}

@Suite struct BadInputTests {
    @Test func emptyTextAndNoEntity() throws {
        #expect(try extract("").entities.isEmpty)
        let r = try extract("il pleuvait et personne ne savait quoi faire de cette journée.")
        #expect(r.entities.isEmpty && r.relations.isEmpty)
    }

    @Test func mixedScriptsReplacementCharactersAndAllCaps() throws {
        let text = "Компания ООО «Ромашка» и BitRi\u{FFFD}ver работают в Москве. NVIDIA AND INTEL ANNOUNCE A NEW PLANT IN OHIO\n\u{FFFD}\u{FFFD} Acme\u{0000}Corp"
        let doc = document(text)
        let r = try Extractor().extract(doc)
        for e in r.entities { for m in e.mentions { #expect(doc.text.slice(m.evidence.span) == m.text) } }
    }

    @Test func oneMegabyteParagraphFinishesInLinearTime() throws {
        let unit = "Zephyr Compute, basée à Lyon, a signé un partenariat avec Orion Grid pour 12 millions d’euros selon Reuters. "
        let small = String(repeating: unit, count: 1_000)
        let large = String(repeating: unit, count: 10_000)  // ~1 MB, no line break
        let extractor = try Extractor()
        let t0 = Date()
        _ = extractor.extract(document(small))
        let t1 = Date()
        let r = extractor.extract(document(large))
        let t2 = Date()
        let ratio = t2.timeIntervalSince(t1) / max(t1.timeIntervalSince(t0), 1e-3)
        #expect(ratio < 30, "10× the text took \(ratio)× the time")
        #expect(r.entities.count < 20)
    }
}

@Suite struct RobustnessTests {
    static let devset = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/devset")

    static func devTexts() throws -> [String] {
        try FileManager.default.contentsOfDirectory(at: devset, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .map { try String(contentsOf: $0, encoding: .utf8) }
    }

    /// Names and cues in unexpected orders (whole articles run together, words shuffled by a
    /// seeded generator) must never trap, and every mention must still point at its text.
    @Test func runTogetherAndShuffledArticlesNeverTrap() throws {
        let texts = try Self.devTexts()
        #expect(texts.count >= 20)
        var corpus = [texts.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")]
        var state: UInt64 = 0x9E3779B97F4A7C15
        for t in texts {
            var words = t.split(separator: " ").map(String.init)
            for i in stride(from: words.count - 1, to: 0, by: -1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words.swapAt(i, Int(state >> 33) % (i + 1))
            }
            corpus.append(words.joined(separator: " "))
        }
        let extractor = try Extractor()
        for text in corpus {
            let doc = document(text)
            let r = extractor.extract(doc)
            for e in r.entities { for m in e.mentions { #expect(doc.text.slice(m.evidence.span) == m.text) } }
        }
    }
}

@Suite struct MorePatternTests {
    @Test func supplyAgreementsPointFromSupplierToCustomer() throws {
        let r = try extract("Halcyon Compute has entered into agreements with Vireo Systems to purchase servers for its new cluster.")
        #expect(r.has("Vireo Systems", .supplies, "Halcyon Compute"))
    }

    @Test func imposerIsTheHeadBodyNotTheParentInItsComplement() throws {
        let r = try extract("Le 3 mars 2024, le Bureau de contrôle des avoirs étrangers (OFAC) du Trésor américain a inscrit sur sa liste noire la plateforme Velka.")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Velka", .subjectTo, sanction.name))
        #expect(r.has("Velka", .sanctionedBy, "OFAC"))
        #expect(!r.has("Velka", .sanctionedBy, "Trésor américain"))
    }

    @Test func locationsAfterBasedInAndTickersAreHandled() throws {
        let r = try extract("Tarn Digital (NASDAQ: TARN), basée à Villefranche, exploite un centre de données de 40 MW à Castelnau.")
        #expect(r.entity("NASDAQ") == nil)
        #expect(r.entity("Villefranche")?.type == .location)
        #expect(r.has("Tarn Digital", .locatedIn, "Villefranche"))
        let facility = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(facility.name, .capacity, "40 MW"))
    }

    @Test func investorsNamedInARelativeClause() throws {
        let r = try extract("The plan centres on Aurora Compute, a venture in which Helix Partners, Moravia Capital and Quill Energy are the equity investors.")
        #expect(r.has("Helix Partners", .investsIn, "Aurora Compute"))
        #expect(r.has("Quill Energy", .investsIn, "Aurora Compute"))
    }
}

@Suite struct LegalFormPrefixTests {
    /// A one-word name after a prefix legal form (`PAO X`, `OOO X`) once trapped on an empty range.
    @Test(arguments: ["Elle est contrôlée par le producteur PAO Novatek, qui en détient 60 %.",
                      "The stake is held by OOO Severstal."])
    func oneWordNameAfterAPrefixFormIsACompany(_ text: String) throws {
        let result = try extract(text)
        #expect(result.entities.contains { $0.type == .company })
    }
}

@Suite struct RoleAsWrittenTests {
    @Test func roleKeepsTheTitleAsWrittenAndItsNormalisedRole() throws {
        let result = try extract("Anna Keller, directrice générale de Velkor Mining, a confirmé l'accord.", language: "fr")
        let worksFor = try #require(result.relations.first { $0.predicate == .worksFor })
        #expect(worksFor.properties["role"] == .string("directrice générale"))
        #expect(worksFor.properties["role_normalized"] == .string("CEO"))
    }
}
