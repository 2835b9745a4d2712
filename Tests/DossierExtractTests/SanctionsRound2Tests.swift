import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions phrased the way wire copy words them beyond the dev sets: targets named sentences after the
/// measure (`Among them is X`), bodies that adopt a measure after its name, the subject of `under … sanctions`
/// behind an apposition, a pronoun standing for the previous sentence's subject. Invented actors only.
@Suite struct SanctionsRound2Tests {
    private func measure(_ r: DocumentExtraction, containing word: String) throws -> String {
        try #require(r.entities.first { $0.type == .sanction && $0.name.lowercased().contains(word) }).name
    }

    @Test func targetsCountedAfterTheMeasureAreSubjectToIt() throws {
        let r = try extract("""
            The European Union on Tuesday adopted a 21st package of sanctions against Freedonia. \
            The measures, approved by the Council of the EU, add 30 companies to the bloc's asset-freeze list. \
            Among them is Korvex Trading, which officials accuse of shipping parts to Talmar Works.
            """, language: "en")
        let package = try measure(r, containing: "package")
        #expect(r.has("Korvex Trading", .subjectTo, package))
        #expect(r.has("Korvex Trading", .sanctionedBy, "Council of the EU"))
        #expect(r.has(package, .imposedBy, "Council of the EU"))
        #expect(!r.has("Talmar Works", .subjectTo, package))
    }

    @Test func frenchAmongTheEntitiesHitByThePackage() throws {
        let r = try extract("""
            Le négociant Korvex Trading, établi à Lisbonne, figure parmi les 40 entités frappées par le 21e paquet de sanctions de l'Union européenne contre la Freedonie, adopté mardi par le Conseil de l'UE.
            """, language: "fr")
        let package = try measure(r, containing: "paquet")
        #expect(r.has("Korvex Trading", .subjectTo, package))
        #expect(r.has(package, .imposedBy, "Conseil de l'UE"))
    }

    @Test func theObjectOfATargetingVerbIsTheTargetNotTheFirmsInItsDescription() throws {
        let r = try extract("""
            Le Conseil de l'UE a adopté jeudi le 21e paquet de sanctions contre la Freedonie. \
            Le texte prévoit un gel des avoirs. \
            Il cible également l'homme d'affaires Pavel Orlov, qui détient la société par l'intermédiaire d'une holding, Talmar Holdings.
            """, language: "fr")
        let package = try measure(r, containing: "paquet")
        #expect(r.has("Pavel Orlov", .subjectTo, package))
        #expect(!r.has("Talmar Holdings", .subjectTo, package))
    }

    @Test func theSubjectBeforeAnAppositionIsUnderTheSanctions() throws {
        let r = try extract("Talmar Works, a subsidiary of the defence group Korvex Holding, has been under EU sanctions since 2023.", language: "en")
        let sanctions = try measure(r, containing: "sanctions")
        #expect(r.has("Talmar Works", .subjectTo, sanctions))
        #expect(!r.has("Korvex Holding", .subjectTo, sanctions))
    }

    @Test func thePackageIsTheLastMeasureCalledOne() throws {
        let r = try extract("""
            The European Union adopted a 21st package of sanctions against Freedonia on Monday. \
            Talmar Works has been under EU sanctions since 2023. \
            The package also bans transactions with Korvex Shipping, a Dubai-registered company.
            """, language: "en")
        let package = try measure(r, containing: "package")
        #expect(r.has("Korvex Shipping", .subjectTo, package))
    }

    @Test func aPronounSubjectStandsForThePreviousSentencesSubject() throws {
        let r = try extract("""
            Korvex Avia appartient au conglomérat public Talmar Group. Elle était déjà visée par des sanctions américaines depuis 2022.
            """, language: "fr")
        let sanctions = try measure(r, containing: "sanctions")
        #expect(r.has("Korvex Avia", .subjectTo, sanctions))
        #expect(!r.has("Talmar Group", .subjectTo, sanctions))
    }
}
