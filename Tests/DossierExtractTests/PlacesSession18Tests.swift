import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a hyphenated seat before a plural firm noun places every firm of the list, and it
/// belongs to the names after it, not to the firm before the comma. Names are invented.
@Suite struct PlacesSession18Tests {
    static let listed = "The designated entities are Hong Kong-based Clarvin Trading Limited, Taiwan-based companies Mecavor Machinery Co Ltd and Joelin Industrial Co Ltd, as well as China-based Changrun Parts."

    @Test func aPluralFirmNounAfterASeatPlacesTheWholeList() throws {
        let r = try extract(Self.listed, language: "en")
        #expect(r.has("Mecavor Machinery Co Ltd", .locatedIn, "Taiwan"))
        #expect(r.has("Joelin Industrial Co Ltd", .locatedIn, "Taiwan"))
        #expect(r.has("Changrun Parts", .locatedIn, "China"))
    }

    @Test func aSeatBeforeAFirmNounAndANameIsNotThePreviousFirms() throws {
        let r = try extract(Self.listed, language: "en")
        #expect(r.has("Clarvin Trading Limited", .locatedIn, "Hong Kong"))
        #expect(!r.has("Clarvin Trading Limited", .locatedIn, "Taiwan"))
    }

    @Test func aSingularSeatStillPlacesOnlyItsFirm() throws {
        // (`A and B`: without a plural noun, the seat is A's alone.)
        let r = try extract("Taiwan-based Mecavor Machinery and Joelin Industrial signed a supply deal.", language: "en")
        #expect(r.has("Mecavor Machinery", .locatedIn, "Taiwan"))
        #expect(!r.has("Joelin Industrial", .locatedIn, "Taiwan"))
    }

    @Test func theApposedSeatStillPlacesTheFirmBeforeIt() throws {
        let r = try extract("Mecavor Machinery, the Austin-based miner, bought new machines.", language: "en")
        #expect(r.has("Mecavor Machinery", .locatedIn, "Austin"))
    }
}
