import DossierModel
import DossierTestSupport
import Testing
@testable import DossierExtract

/// The extractor on sentences glued together at random from the phrases its rules look for: names
/// before and after appositions, nationalities before `-based`, titles, measures, sites, amounts.
/// A rule that builds an inverted range or reads past a sentence traps the whole ingest, so every
/// draw must come back, with every span inside the text and every relation's ends real entities.
@Suite struct ExtractorFuzzTests {
    static let english = [
        "Velkor Mining", "Tarnell Capital Inc.", "Brisa Networks", "OFAC", "the Treasury Department", "the European Union", "Nvidia", "H100",
        ", a Turkish-based carrier,", ", the Chinese-owned miner,", "the Lisbon-based firm", "Russian-controlled", "-based", "-owned",
        "said", "has frozen the assets of", "was among 45 entities designated by", "designated", "added", "to the Entity List", "sanctions on",
        "chief executive", "its owner,", "former", "Jean Perrin", "Maria Lentz", "who heads", "appointed", "of", "in", "at", "by", "and", "with",
        "a 300 MW data centre", "the plant", "its mine in", "Texas", "Kazakhstan", "Series C.", "raised $50 million", "led the round",
        "acquired a 20% stake in", "signed a deal with", "to buy", "power", "(", ")", ",", ".", ";", "\"", "-", "’s", "2022", "since",
        "according to Reuters", "The company", "It", "its", "the", "a", "which", "whose", "dubbed TOR-2", "phase", "100 MW", "GW",
        "shareholder", "a 30 per cent shareholder of", "is also", "'s", "President and Chief Executive,", "At Velkor Mining,", "(Brinet)",
    ]
    static let french = [
        "Velkor Mining", "Tarnell Capital SA", "Brisa Networks", "l’OFAC", "le Trésor américain", "l’Union européenne", "Nvidia", "A100",
        ", un transporteur turc,", "le groupe russe", "la société lisboète", "basée à", "détenue par", "filiale de",
        "a indiqué", "a gelé les avoirs de", "fait partie des 45 entités sanctionnées par", "sanctionnée", "inscrite", "sur la liste noire", "sanctions contre",
        "directeur général", "son propriétaire,", "ancien", "Jean Perrin", "Anne Morel", "qui dirige", "Nommé PDG de", "de", "du", "à", "en", "par", "et", "avec",
        "un centre de données de 300 MW", "l’usine", "sa mine du", "Québec", "Kazakhstan", "série C.", "a levé 50 millions d’euros", "a mené le tour",
        "a acquis une participation de 20 % dans", "a signé avec", "un contrat d’achat", "électricité", "(", ")", ",", ".", ";", "«", "»", "-", "2022", "depuis",
        "selon Reuters", "La société", "Elle", "sa", "le", "la", "qui", "dont", "baptisé MRS3", "tranche", "100 MW", "GW",
        "actionnaire", "actionnaire à plus de 20 % de", "qui est également un", "Pour Velkor Mining,", "son PDG", "(Brinet)", "la mine de",
    ]

    /// A document of a few lines, each a sentence of 3 to 14 phrases drawn from `pool`.
    static func draw(_ pool: [String], _ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...4, using: &rng)).map { _ in
            (0..<Int.random(in: 3...14, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    @Test(arguments: [("en", UInt64(15)), ("fr", UInt64(16))])
    func randomPhrasesNeverTrapAndStayInsideTheText(language: String, seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let pool = language == "en" ? Self.english : Self.french
        for draw in 0..<500 {
            let text = Self.draw(pool, &rng)
            let r = try Extractor().extract(Document(source: "fuzz.txt", language: language, text: text))
            let length = text.unicodeScalars.count
            func inside(_ e: Evidence) -> Bool { e.span.start <= e.span.end && e.span.end <= length && e.sentence.start <= e.sentence.end && e.sentence.end <= length }
            for e in r.entities {
                #expect(!e.name.isEmpty, "draw \(draw): \(text)")
                #expect(e.mentions.allSatisfy { inside($0.evidence) }, "draw \(draw): \(text)")
            }
            for rel in r.relations {
                #expect(inside(rel.evidence) && r.entities.indices.contains(rel.subject), "draw \(draw): \(text)")
                if case .entity(let o) = rel.object { #expect(r.entities.indices.contains(o), "draw \(draw): \(text)") }
            }
        }
    }
}
