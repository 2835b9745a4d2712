import DossierModel
import Testing
@testable import DossierExtract

/// How a measure is recognised and named: penalties, licence requirements, packages with their
/// rank, and the `imposer sanctions on target` aliases other mentions use. Invented actors only.
@Suite struct SanctionNamingTests {
    @Test func aPenaltyOnAFirmIsAMeasureSubjectingIt() throws {
        let r = try extract("The Office of Trade Enforcement (OTE) imposed a £120,000 penalty on Marlow Alloys Ltd for payments to a listed buyer.", language: "en")
        let penalty = try #require(r.entities.first { $0.type == .sanction })
        #expect(penalty.name.contains("penalty"))
        #expect(r.has("Marlow Alloys Ltd", .subjectTo, penalty.name))
    }

    @Test func aLicenceIsNamedAsARequirement() throws {
        let en = try extract("The Bureau of Trade Security said exporters now need a licence to ship the Z40 accelerator to Freedonia.", language: "en")
        #expect(en.entities.contains { $0.type == .sanction && $0.aliases.contains { $0.hasPrefix("licence requirement") } })
        let fr = try extract("Le Bureau de la sécurité commerciale impose une licence pour l'exportation de processeurs avancés vers la Freedonie.", language: "fr")
        #expect(fr.entities.contains { $0.type == .sanction && $0.aliases.contains { $0.hasPrefix("obligation de licence") } })
    }

    @Test func aPackageKeepsItsRankAndImposerTargetAlias() throws {
        let r = try extract("Le Conseil de l'Union européenne a adopté jeudi un 12e paquet de sanctions contre la société Norvald Trading.", language: "fr")
        let package = try #require(r.entities.first { $0.type == .sanction })
        #expect(package.name.hasPrefix("12e paquet"))
        #expect(package.aliases.contains { $0.hasPrefix("sanctions de") && $0.hasSuffix("contre Norvald Trading") })
    }

    @Test func aMeasureImposedByAPlaceIsRecognisedAndEndsBeforeItsCause() throws {
        let r = try extract("Exports of servers to Freedonia have been banned since 2023, when Washington imposed sweeping export restrictions after the invasion of Sylvania.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("export restrictions") })
        #expect(!measure.name.contains("invasion"))
        #expect(!r.has("Sylvania", .subjectTo, measure.name))
    }

    @Test func aMediaOutletInTheClauseIsNotADesignatedTarget() throws {
        let r = try extract("The Office of Foreign Assets Control had already designated Korvex Pay in June, and the Financial Times reported in August that the company kept serving clients.", language: "en")
        #expect(r.has("Korvex Pay", .sanctionedBy, "Office of Foreign Assets Control"))
        #expect(!r.has("Financial Times", .sanctionedBy, "Office of Foreign Assets Control"))
    }

    @Test func aFirmOnTheBlacklistOfThePackageIsCarriedOverSeveralSentences() throws {
        let r = try extract("""
        Le Conseil de l'Union européenne a adopté jeudi un 12e paquet de sanctions contre la Freedonie.
        La mesure a été préparée pendant des mois.
        Les diplomates ont longuement discuté de son contenu.
        Plusieurs capitales ont exprimé des réserves.
        Le paquet inscrit également sur la liste noire la Norvald Capital Bank, établie à Tirana.
        """, language: "fr")
        let package = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Norvald Capital Bank", .subjectTo, package.name))
    }

    @Test func aListDescribedInTheDesignationClauseNamesTheMeasure() throws {
        let r = try extract("The Office of Foreign Assets Control added Korvex Pay to its list of entities barred from buying dual-use goods in its latest round.", language: "en")
        #expect(r.entities.contains { $0.type == .sanction && $0.aliases.contains("list of entities barred from buying dual-use goods") })
    }
}
