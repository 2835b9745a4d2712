import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: a demonym of two words whose last word alone is another country's (`North Korean`).
/// Names are invented.
@Suite struct PlacesSession17Tests {
    @Test func northKoreanIsNorthKoreaNotSouthKorea() throws {
        let r = try extract("The Treasury also designated two North Korean firms, Korvan Trading and Ungam Corporation.", language: "en")
        #expect(r.has("Korvan Trading", .locatedIn, "North Korea"))
        #expect(r.has("Ungam Corporation", .locatedIn, "North Korea"))
        #expect(!r.entities.contains { $0.name == "South Korea" || $0.name == "North Korean" }, "\(r.entities.map(\.name))")
    }

    @Test func aKoreanFirmIsStillSouthKorean() throws {
        let r = try extract("The South Korean chipmaker Hanvel Semiconductor will build a plant. The Korean firm Daelim Parts supplies it.", language: "en")
        #expect(r.has("Hanvel Semiconductor", .locatedIn, "South Korea"))
        #expect(!r.entities.contains { $0.name == "South Korean" })
    }

    @Test func firmsRegisteredInAPlaceThenListed() throws {
        let r = try extract("Three Hong Kong-registered firms, Asia Pacific Lanes Limited, Sinnor Electronics Co., Limited, and Xinhor Co., Limited, are among the 46 entities sanctioned on Wednesday.", language: "en")
        for firm in ["Asia Pacific Lanes Limited", "Xinhor Co., Limited"] {
            #expect(r.has(firm, .locatedIn, "Hong Kong"), "\(firm)")
        }
    }

    @Test func aFirmNounPlacedThenItsName() throws {
        let r = try extract("Par ailleurs, les sanctions visent aussi une autre société basée à Dubaï, Industrial Velkor General Trading, accusée de gérer les transactions de Diamvel.", language: "fr")
        #expect(r.has("Industrial Velkor General Trading", .locatedIn, "Dubaï"))
    }

    @Test func aFirmNounsNameFollowsAComma() throws {
        // (`… basée à Dubaï et X`: X is coordinated with the firm, not its name.)
        let r = try extract("Une société basée à Dubaï et Velkor Trading ont signé un accord.", language: "fr")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:firm-noun-in-place.named" })
    }

    @Test func aPlaceBeforeAnotherClauseLendsNoSeat() throws {
        // (`un analyste basé à Dubaï, X …`: the participle places the analyst, not the firm named after the comma.)
        let r = try extract("Selon un analyste basé à Dubaï, Velkor Trading a doublé ses ventes.", language: "fr")
        #expect(!r.has("Velkor Trading", .locatedIn, "Dubaï"))
    }
}
