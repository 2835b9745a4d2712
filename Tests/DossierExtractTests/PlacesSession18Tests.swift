import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a hyphenated seat before a plural firm noun places every firm of the list, and it
/// belongs to the names after it, not to the firm before the comma; places whose head noun French
/// writes in lower case. Names are invented.
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

    /// French writes the head noun of a sea, a gulf or a region in lower case.
    @Test func placesWithALowerCaseHeadNoun() throws {
        let r = try extract("Velkor Shipping, basée dans la région parisienne, exploite des navires en mer Baltique et dans le golfe Persique.", language: "fr")
        for place in ["région parisienne", "mer Baltique", "golfe Persique"] {
            #expect(r.entities.contains { $0.name == place && $0.type == .location }, "\(place): \(r.entities.map(\.name))")
        }
    }

    @Test func aLowerCaseNounAloneIsNoPlace() throws {
        // (`détroit`, `golfe`, `canton` alone are the cities Detroit, Golfe and Canton in the lexicon.)
        let r = try extract("Les navires de Velkor Shipping passent par le détroit, puis par le golfe, loin du canton.", language: "fr")
        #expect(!r.entities.contains { $0.type == .location }, "\(r.entities.map(\.name))")
    }

    /// `ses campus existants en région parisienne et à Marseille`: one site in each place, even with an
    /// adjective after a noun whose plural is written like its singular.
    @Test func aFirmsSitesInTwoPlacesAfterAnAdjective() throws {
        let r = try extract("Velkor Cloud prévoit l’extension de ses campus existants en région parisienne et à Marseille.", language: "fr")
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 2, "\(sites.map(\.name))")
        #expect(sites.contains { r.has($0.name, .locatedIn, "Marseille") && !r.has($0.name, .locatedIn, "région parisienne") })
    }
}
