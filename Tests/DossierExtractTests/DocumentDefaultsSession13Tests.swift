import DossierModel
import Testing
@testable import DossierExtract

/// Session 13: a site placed by the article rather than by its own sentence, a dateline on a line of its
/// own, a home town on a firm anaphor, and three site readings. Firm names are invented.
@Suite struct DocumentDefaultsSession13Tests {
    @Test(arguments: [
        ("Lagos est devenue la capitale numérique du Nigeria. À Lagos, la demande de stockage explose. Velkor a ouvert un nouveau centre de données de 20 MW.",
         "fr", "centre de données de Velkor", "Lagos"),
        ("Demand for storage is booming in Austin. Austin now hosts a dozen operators, and Texas offers cheap power. Velkor Systems said it had opened a new 20 MW data center.",
         "en", "Velkor Systems data center", "Austin"),
    ])
    func anUnplacedSiteStandsInThePlaceTheArticleNamesMost(text: String, language: String, site: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(site, .locatedIn, place), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        let placed = r.relations.first { $0.predicate == .locatedIn && r.entities[$0.subject].name == site }
        #expect(placed?.evidence.extractor == "document:site-main-place")
        #expect((placed?.evidence.confidence ?? 1) < 0.5, "a document-level guess says so in its confidence")
    }

    @Test func twoPlacesNamedEquallyOftenPlaceNoSite() throws {
        let r = try extract("Velkor a des bureaux à Lagos et à Abuja. Lagos et Abuja se disputent les investisseurs. Velkor a ouvert un nouveau centre de données de 20 MW.", language: "fr")
        #expect(r.entity("centre de données de Velkor") != nil)
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }

    @Test func aPlaceNamedOnceIsLeftToTheSentenceRules() throws {
        // The venue of the talks is named once; the sentence rules have judged it, the document adds nothing.
        let r = try extract("Fenwick Cloud said it was in talks in Riyadh with Qasr Digital about a new 50 MW campus.", language: "en")
        #expect(r.entities.contains { $0.type == .facility })
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }

    @Test func aSitePlacedInItsOwnSentenceKeepsOnlyThatPlace() throws {
        let r = try extract("Lagos est devenue la capitale numérique du Nigeria. À Lagos, la demande de stockage explose. Velkor a ouvert un centre de données de 20 MW à Abuja.", language: "fr")
        #expect(r.has("centre de données de Velkor (Abuja)", .locatedIn, "Abuja"))
        #expect(!r.has("centre de données de Velkor (Abuja)", .locatedIn, "Lagos"))
    }

    @Test func aDefiniteSiteOfANamedFirmIsThatFirmsSite() throws {
        // `l'usine de X` needs no place or capacity when X is a firm the text names.
        let r = try extract("Velkor SA a publié ses résultats. L'usine de Velkor SA prend forme après 17 mois de travaux.", language: "fr")
        #expect(r.has("Velkor SA", .operates, "usine de Velkor SA"))
    }

    @Test func aPlaceModifyingAPluralSiteNounPlacesEachSiteOfTheList() throws {
        let r = try extract("Tarnell Cells Inc. said output rose in mid-June at its Texas facilities in Corsicana and Rockdale.", language: "en")
        #expect(r.has("Tarnell Cells Inc. facility (Corsicana)", .locatedIn, "Corsicana"))
        #expect(r.has("Tarnell Cells Inc. facility (Rockdale)", .locatedIn, "Rockdale"))
        #expect(r.has("Tarnell Cells Inc. facility (Rockdale)", .locatedIn, "Texas"))
        // Each site stands in its own item of the list, not in the other one.
        #expect(!r.has("Tarnell Cells Inc. facility (Rockdale)", .locatedIn, "Corsicana"))
        #expect(!r.has("Tarnell Cells Inc. facility (Corsicana)", .locatedIn, "Rockdale"))
    }

    @Test(arguments: ["Output rose in mid-June at the Velkor plant.", "La production a repris à mi-juin selon Velkor SA."])
    func aMonthWithItsPartIsNoPlace(text: String) throws {
        let r = try extract(text)
        #expect(!r.entities.contains { $0.type == .location }, "\(r.entities.map(\.name))")
    }

    @Test(arguments: [
        ("MADRID, 16 juillet (EUROPA PRESS) –\nLe gouvernement a pris le contrôle de la filiale de Velkor SA.", "MADRID"),
        ("BAAR, SWITZERLAND\nVelkor Systems AG said on Tuesday it would build a data center.", "SWITZERLAND"),
    ])
    func aDatelineOnALineOfItsOwnNamesItsPlace(text: String, place: String) throws {
        let r = try extract(text)
        #expect(r.entity(place)?.type == .location, "\(r.entities.map(\.name))")
    }

    @Test func aTitleOpeningOnAPlaceIsStillATitle() throws {
        // No comma, parenthesis or dash after the place: a title, skipped like any other.
        let title = "LYON Velkor SA rachète un site"
        let r = try extract(title + "\nVelkor SA a publié ses résultats.")
        let inTitle = r.entities.flatMap(\.mentions).filter { $0.evidence.span.start < title.unicodeScalars.count }
        #expect(inTitle.isEmpty, "\(inTitle.map(\.text))")
        #expect(r.entity("Velkor SA") != nil)
    }

    @Test(arguments: [
        "Velkor a levé 100 millions d'euros. La start-up grenobloise est appelée à changer de dimension.",
        "Velkor a levé 100 millions d'euros, a dit Paul Martin, directeur de la société grenobloise.",
    ])
    func aHomeTownAdjectiveOnAFirmAnaphorPlacesTheFirm(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has("Velkor", .locatedIn, "Grenoble"), "\(r.entities.map(\.name))")
    }

    @Test(arguments: [
        ("Velkor Trading sold chips to the army. Washington says Velkor Trading evaded controls. The new US sanctions take effect on Monday.", "en"),
        ("Velkor Trading a vendu des puces à l'armée. Selon Washington, Velkor Trading a contourné les contrôles. Les sanctions américaines entrent en vigueur lundi.", "fr"),
    ])
    func aMeasureWithoutATargetIsAimedAtTheActorTheArticleNamesMost(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let aimed = r.relations.filter { $0.predicate == .subjectTo }
        #expect(aimed.count == 1, "\(aimed.map { r.entities[$0.subject].name })")
        #expect(aimed.first.map { r.entities[$0.subject].name } == "Velkor Trading")
        #expect(aimed.first?.evidence.extractor == "document:measure-main-actor")
    }

    @Test func aCountryIsNeverTheDefaultTarget() throws {
        // The country named most often imposes the measures here; the firm named twice is their target.
        let r = try extract("The United Kingdom and Australia imposed sanctions on Velkor Trading. The United Kingdom said Velkor Trading had evaded controls, and the United Kingdom froze its assets. Australia's foreign ministry imposed matching travel bans.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].type == .location },
                "\(r.relations.filter { $0.predicate == .subjectTo }.map { r.entities[$0.subject].name })")
        #expect(r.relations.filter { $0.predicate == .subjectTo }.allSatisfy { r.entities[$0.subject].name == "Velkor Trading" })
    }

    @Test func anActorNamedOnceIsLeftToItsSentence() throws {
        // The sentence rules judge `could face`: no target; the document adds none either.
        let r = try extract("Mirovan Logistics could face U.S. sanctions if it keeps shipping Iranian oil, a Treasury official said.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo })
    }

    @Test func aMeasureWithItsOwnTargetTakesNoOther() throws {
        let r = try extract("Dremora Ltd sold chips. Dremora Ltd denies it. Dremora Ltd said so again. Les sanctions américaines contre Velkor Trading entrent en vigueur lundi.", language: "fr")
        #expect(r.relations.filter { $0.predicate == .subjectTo }.map { r.entities[$0.subject].name } == ["Velkor Trading"])
    }

    @Test func aMediaSourceIsNotATarget() throws {
        let r = try extract("Velkor Trading evaded controls, Reuters reported. Reuters said Velkor Trading denied it, Reuters added. The new US sanctions take effect on Monday.", language: "en")
        #expect(r.relations.filter { $0.predicate == .subjectTo }.map { r.entities[$0.subject].name } == ["Velkor Trading"])
    }
}
