import DossierModel
import Testing
@testable import DossierExtract

/// Where a measure's descriptive name ends (session 8). Invented names only.
@Suite struct SanctionsSession8Tests {
    @Test func aDativeAfterTheTargetIsNoPartOfTheMeasure() throws {
        let r = try extract("La Commission européenne a proposé une nouvelle série de sanctions contre la Russie aux États membres.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(!measure.name.contains("membres"), "\(measure.name)")
        #expect(measure.name.contains("Russie"))
    }

    @Test func aGerundAfterAndStartsTheNextPredicate() throws {
        let r = try extract("Prosecutors charged Ivan Dorokhov with conspiracy to violate U.S. sanctions and violating export rules.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(!measure.name.contains("violating"), "\(measure.name)")
    }

    @Test func aMeasureOnExportsKeepsItsComplement() throws {
        let r = try extract("Les restrictions aux exportations de puces vers la Chine visent Korvex Technologies.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(measure.name.contains("exportations"), "\(measure.name)")
    }
}
