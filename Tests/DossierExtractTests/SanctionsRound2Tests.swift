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

    @Test func aRegistrationAppositionDoesNotEndTheListOfTargets() throws {
        let r = try extract("The Office of Foreign Assets Control on Tuesday designated Volnar Group, a hosting firm based in Moscow. Three subsidiaries were designated alongside the parent: Volnar International, registered in the United Kingdom, Volnar Logistic and Korvant Solutions.", language: "en")
        #expect(r.has("Volnar Logistic", .sanctionedBy, "Office of Foreign Assets Control"))
        #expect(r.has("Korvant Solutions", .sanctionedBy, "Office of Foreign Assets Control"))
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

    @Test func aNegatedCueNamesNoTarget() throws {
        let r = try extract("Talmar Soft n'est pas visé par les sanctions.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subjectTo })
        let en = try extract("Korvex Cloud is not subject to the sanctions, its lawyers said.", language: "en")
        #expect(!en.relations.contains { $0.predicate == .subjectTo })
    }

    @Test func anAlsoDesignatedTargetJoinsTheDesignationBefore() throws {
        let r = try extract("""
            Le Trésor américain a placé mardi sur la liste SDN la société Korvex Pay.             L'OFAC a également sanctionné l'importateur Talmar Supply, basé à Erevan.
            """, language: "fr")
        let designations = r.entities.filter { $0.type == .sanction }
        #expect(designations.count == 1)
        let measure = try #require(designations.first)
        #expect(r.has("Korvex Pay", .subjectTo, measure.name))
        #expect(r.has("Talmar Supply", .subjectTo, measure.name))
        #expect(measure.aliases.contains { $0.hasPrefix("inscription de Korvex Pay sur la liste") })
    }

    @Test func aSanctionedAdjectiveAfterAPrepositionIsNoDesignation() throws {
        let r = try extract("The U.S. Treasury said Korvex Swap helped clients of sanctioned lenders, including Talmar Bank's retail arm.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Talmar Bank" })
    }

    @Test func destinationsOfALicenceRequirementAreSubjectToIt() throws {
        let r = try extract("""
            Shipments of advanced processors to Vietnam and Indonesia will require a licence under a rule published by the Commerce Department.             Among the companies affected is Korvex Servers, an assembler in Johor.
            """, language: "en")
        let licence = try measure(r, containing: "licence")
        #expect(r.has("Vietnam", .subjectTo, licence))
        #expect(r.has("Indonesia", .subjectTo, licence))
        #expect(r.has(licence, .imposedBy, "Commerce Department"))
        #expect(r.has("Korvex Servers", .subjectTo, licence))
        #expect(!r.has("Korvex Servers", .sanctionedBy, "Commerce Department"))
    }

    @Test func aFirmBarredFromSellingIsBoundByTheMeasureJustDescribed() throws {
        let r = try extract("""
            The Commerce Department on Friday tightened its export controls on advanced chips. \
            Under the change, Korvex Semi is barred from selling its accelerators to Vietnam.
            """, language: "en")
        let controls = try measure(r, containing: "controls")
        #expect(r.has("Korvex Semi", .subjectTo, controls))
        #expect(r.has("Vietnam", .subjectTo, controls))
        #expect(!r.has("Korvex Semi", .sanctionedBy, "Commerce Department"))
        let none = try extract("Korvex Semi is barred from selling its accelerators to Vietnam, a court ruled.", language: "en")
        #expect(!none.relations.contains { $0.predicate == .subjectTo })
    }

    @Test func aPackageTargetingSeveralFirmsBindsEachOfThem() throws {
        let r = try extract("The EU's 21st sanctions package targets Korvex Trading, Talmar Shipping and Orlov Metals.", language: "en")
        let package = try measure(r, containing: "package")
        for firm in ["Korvex Trading", "Talmar Shipping", "Orlov Metals"] { #expect(r.has(firm, .subjectTo, package), "\(firm)") }
    }

    @Test func firmsAmongThemMidSentenceAreTheListsTargets() throws {
        let r = try extract("""
            The Bureau of Industry and Security on Wednesday added 12 companies to the Entity List. \
            The bureau said the firms, among them Korvex Trade Ltd and Talmar Components, an Emirati trading house, had re-exported chips bought from Orlov Systems.
            """, language: "en")
        let list = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Korvex Trade Ltd", .subjectTo, list.name))
        #expect(r.has("Talmar Components", .subjectTo, list.name))
        #expect(!r.has("Orlov Systems", .subjectTo, list.name))
    }

    @Test func aCountryAmongThoseSubjectToRulesIsTheirTarget() throws {
        let r = try extract("Le Maroc figure parmi les pays soumis aux règles du département américain du Commerce qui imposent une licence pour l'exportation de puces.", language: "fr")
        let rules = try measure(r, containing: "règles")
        #expect(r.has("Maroc", .subjectTo, rules))
    }

    @Test func sanctionsNamedByACountryAdjectiveAreAMeasureWithoutATarget() throws {
        let fr = try extract("Le groupe a perdu ses clients depuis l'entrée en vigueur des sanctions américaines en 2022.", language: "fr")
        #expect(fr.entities.contains { $0.type == .sanction })
        #expect(!fr.relations.contains { $0.predicate == .imposedBy })
        let bare = try extract("Le groupe a perdu ses clients depuis l'entrée en vigueur des sanctions en 2022.", language: "fr")
        #expect(!bare.entities.contains { $0.type == .sanction })
    }
}
