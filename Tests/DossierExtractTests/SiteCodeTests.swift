import DossierModel
import Testing
@testable import DossierExtract

/// A data centre named by a code (`PAR3`, `CAL-3`) is a site, not a product with a model code.
/// Firm and site names are invented.
@Suite struct SiteCodeTests {
    @Test(arguments: [
        // right after the site noun
        ("Norvalis a lancé la construction de son centre de données LYS4 (40 MW) près de Lyon.", "fr", "LYS4", "Norvalis"),
        // after a naming participle
        ("Kestrel Compute said its new 60-MW data centre, dubbed TOR-2, will open in 2026.", "en", "TOR-2", "Kestrel Compute"),
        // in brackets after the site's place
        ("Brisk Mining has secured the rights to a new data center site in Laval, Québec (“LVL-2”), which will host its machines.", "en", "LVL-2", "Brisk Mining"),
        // an apposition before the site noun
        ("Quenby Data a annoncé jeudi l'ouverture de DKR2, le centre de données de Quenby Data à Dakar.", "fr", "DKR2", "Quenby Data"),
    ])
    func aCodeBesideASiteNamesTheSite(text: String, language: String, code: String, operator firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(code)?.type == .facility, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.entities.contains { $0.type == .product }, "the code is no product")
        #expect(r.has(firm, .operates, code))
        #expect(r.entity(code)?.mentions.contains { $0.evidence.extractor == "rule:site-code" } == true)
    }

    @Test func theSitesDescriptionStaysAnAlias() throws {
        let r = try extract("Norvalis a lancé la construction de son centre de données LYS4 (40 MW) près de Lyon.", language: "fr")
        let site = try #require(r.entity("LYS4"))
        #expect(site.aliases.contains("centre de données de Norvalis (Lyon)"), "\(site.aliases)")
        #expect(r.has("LYS4", .locatedIn, "Lyon"))
        #expect(r.relations.contains { r.entities[$0.subject].name == "LYS4" && $0.predicate == .capacity })
    }

    @Test func aLaterSentenceAboutTheCodeIsAboutTheSite() throws {
        // The second sentence names only the code; read as the site, it places it.
        let r = try extract("Kestrel Compute said its new 60-MW data centre, dubbed TOR-2, is on schedule. TOR-2 will open in Toronto in 2026.", language: "en")
        #expect(r.has("TOR-2", .locatedIn, "Toronto"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(r.entity("TOR-2")?.mentions.count ?? 0 >= 3)
    }

    @Test func aCodeThatIsTheSubjectOfACopulaNamesTheSiteDescribedAfter() throws {
        let r = try extract("Quenby Data opened a data center in Accra on Monday. ACC1 is the first data center of Quenby Data in Ghana.", language: "en")
        #expect(r.entity("ACC1")?.type == .facility)
        #expect(r.has("ACC1", .locatedIn, "Accra"))
    }

    @Test func aSiteKeepsTheFirstCodeThatNamesIt() throws {
        // The second sentence's site noun is read as the first site again; its code must not rename it.
        let r = try extract("Quenby Data a inauguré son centre de données CIV1 à Abidjan. Un mois plus tôt, le groupe avait ouvert DRC1, le centre de données de Quenby Data en République démocratique du Congo.", language: "fr")
        #expect(r.has("CIV1", .locatedIn, "Abidjan"), "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(r.entity("DRC1")?.aliases.contains("CIV1") != true)
    }

    @Test(arguments: [
        // a product noun after the code: a list, not a name
        ("The deal covers a 20 MW data centre, HX200 servers and cooling for Norvalis.", "en"),
        // a code after a site anaphor names another site, not the one the anaphor stands for
        ("Norvalis a ouvert un centre de données de 40 MW près de Lyon. Le centre LYS3, déjà en service, sera agrandi.", "fr"),
        // a verb between the site noun and the code
        ("Le centre de données de Norvalis à Lyon accueille HX200 depuis janvier.", "fr"),
    ])
    func aCodeNotBesideASiteNamesNone(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.type == .facility && $0.mentions.contains { $0.evidence.extractor == "rule:site-code" } },
                "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
