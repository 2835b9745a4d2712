import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions stated before the name they qualify (a fronted participle clause, `sanctions-hit X`) and a
/// demonstrative subject (`Celui-ci est visé …`). Invented actors only.
@Suite struct SanctionsRound2bTests {
    private func subjectTo(_ r: DocumentExtraction, _ name: String) -> [String] {
        r.relations.compactMap { rel in
            guard rel.predicate == .subjectTo, r.entities[rel.subject].name == name, case .entity(let o) = rel.object else { return nil }
            return r.entities[o].name
        }
    }

    @Test(arguments: [
        ("Blacklisted by the Office of Foreign Assets Control in 2023, Zelvar Mining has struggled to find banks.", "en"),
        ("Sanctioned by the Office of Foreign Assets Control last year, Zelvar Mining still sells hosting.", "en"),
        ("Sanctionnée par l'Office de contrôle des avoirs étrangers en 2023, Zelvar Mining cherche d'autres banques.", "fr"),
    ])
    func aFrontedSanctionedClauseDesignatesTheSubject(_ text: String, _ language: String) throws {
        let r = try extract(text, language: language)
        let org = language == "fr" ? "Office de contrôle des avoirs étrangers" : "Office of Foreign Assets Control"
        #expect(!subjectTo(r, "Zelvar Mining").isEmpty)
        #expect(r.has("Zelvar Mining", .sanctionedBy, org))
    }

    @Test func aFrontedClauseNamingAMeasureMakesTheSubjectItsTarget() throws {
        let r = try extract("Frappée par les sanctions américaines, Zelvar Mining a dû renoncer à ses projets.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Zelvar Mining", .subjectTo, measure.name))
    }

    @Test func aGenericSubjectAfterAColonClauseIsTheFirmNamedBefore() throws {
        let r = try extract("""
            Plus au nord, Korvane Hash a dû renoncer à ses projets : placée en 2024 sur la liste SDN de l'OFAC, \
            l'entreprise ne trouve plus de clients étrangers.
            """, language: "fr")
        #expect(r.has("Korvane Hash", .sanctionedBy, "OFAC"))
        #expect(!subjectTo(r, "Korvane Hash").isEmpty)
    }

    @Test func aFrontedClauseWithoutAMeasureIsNoSanction() throws {
        let r = try extract("Listed in Hong Kong since 2019, Zelvar Mining has raised new funds.", language: "en")
        #expect(subjectTo(r, "Zelvar Mining").isEmpty)
        #expect(!r.entities.contains { $0.type == .sanction })
    }

    @Test func aSanctionsHitFirmIsSubjectToSanctions() throws {
        let r = try extract("Shares of the sanctions-hit lender Zelvar Bank fell 4% on Tuesday.", language: "en")
        #expect(!subjectTo(r, "Zelvar Bank").isEmpty)
    }

    @Test func aDemonstrativeStandsForTheLastPersonNamed() throws {
        let r = try extract("""
            L'électricité est fournie par Korvenergo, filiale du groupe Talmar, contrôlé par l'homme d'affaires Piotr Ganov. \
            Celui-ci est visé depuis 2018 par des sanctions américaines.
            """, language: "fr")
        #expect(!subjectTo(r, "Piotr Ganov").isEmpty)
        #expect(subjectTo(r, "Korvenergo").isEmpty)
    }

    @Test(arguments: [
        ("The buyer will phase out hardware from Zelvar Tech, which has been on the U.S. Entity List since 2019.", "en"),
        ("Zelvar Tech figure toujours sur la liste des entités du département du Commerce.", "fr"),
    ])
    func aFirmStatedToBeOnAListIsSubjectToIt(_ text: String, _ language: String) throws {
        let r = try extract(text, language: language)
        #expect(!subjectTo(r, "Zelvar Tech").isEmpty)
    }

    /// A delisting states that the firm had been listed: like `lifted sanctions on X`, it names the measure's target
    /// (the active `removed X from its list` reads the same since session 7; session 9 aligned the passive).
    @Test func aFirmRemovedFromAListHadBeenSubjectToIt() throws {
        let r = try extract("Zelvar Tech was removed from the Entity List on Monday.", language: "en")
        #expect(subjectTo(r, "Zelvar Tech") == ["Entity List"])
    }

    @Test func theObjectOfSanctionsIsTheirTarget() throws {
        let r = try extract("Zelvar Mining, qui fait l'objet de sanctions américaines depuis 2022, a ouvert un site.", language: "fr")
        #expect(!subjectTo(r, "Zelvar Mining").isEmpty)
    }

    @Test(arguments: [
        ("La Russie, sous le coup de sanctions occidentales, importe des puces via des pays tiers.", "fr", "Russie"),
        ("U.S. chip curbs on China have slowed sales, analysts said.", "en", "China"),
    ])
    func aCountryUnderABlocsMeasureIsSubjectToIt(_ text: String, _ language: String, _ country: String) throws {
        let r = try extract(text, language: language)
        #expect(!subjectTo(r, country).isEmpty)
    }

    @Test func aVerbAfterTheMeasureIsNotPartOfItsName() throws {
        let r = try extract("L'embargo sur la Russie reste en vigueur, a déclaré le ministre.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(measure.name == "l'embargo sur la Russie")
    }

    @Test(arguments: [
        ("Washington has barred Zelvar Tech from selling its most advanced chips to China.", "en", "China"),
        ("Les États-Unis interdisent à Zelvar Tech de vendre ses puces les plus avancées à la Chine.", "fr", "Chine"),
    ])
    func aBanOnAFirmsSalesMakesTheFirmAndTheCountrySubjectToIt(_ text: String, _ language: String, _ country: String) throws {
        let r = try extract(text, language: language)
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Zelvar Tech", .subjectTo, measure.name))
        #expect(r.has(country, .subjectTo, measure.name))
        #expect(!measure.name.contains("de à"))
    }

    @Test func aVerbActingOnAFirmEndsTheMeasuresName() throws {
        let r = try extract("U.S. export restrictions prevent Zelvar Tech from selling its top chips to Chinese customers.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(measure.name == "U.S. export restrictions")
        #expect(r.has("Zelvar Tech", .subjectTo, measure.name))
    }

    @Test func nationalExportControlsAreAMeasureWithoutATarget() throws {
        let r = try extract("Zelvar Tech ne peut plus vendre ses puces en Chine en raison des contrôles américains à l'exportation.", language: "fr")
        #expect(r.entities.contains { $0.type == .sanction && $0.name.contains("contrôles américains") })
    }
}
