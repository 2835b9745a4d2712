import DossierModel
import Testing
@testable import DossierExtract

/// Session 6: common news wordings that failed on invented names when probed sentence by sentence —
/// a firm called `X AI`, a power deal, goods bought or received from a maker, French passives of
/// ownership with the share and the owner described, a possessive opening the sentence, the firm
/// that runs a site when another firm stands in its apposition, an outlet named with its media noun,
/// and the agent of `backed by` taken for the firm raising a round. Invented actors only.
@Suite struct ProbesSession6Tests {
    @Test(arguments: [
        ("On Monday, Miravel AI said it had raised $120 million.", "en", "Miravel AI"),
        ("Miravel IA, soutenue par Dorvan Capital, a levé 120 millions d'euros.", "fr", "Miravel IA"),
    ])
    func aClosingAIBelongsToTheFirmsName(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .company)
    }

    @Test func anAIBeforeANounQualifiesIt() throws {
        let r = try extract("Velkor Systems said Dorvan AI chips would ship in May.", language: "en")
        #expect(r.entity("Dorvan AI") == nil)
    }

    @Test(arguments: [
        ("Velkor Hash signed a 10-year power deal with Ostrin Energy on Tuesday.", "en", "Ostrin Energy", "Velkor Hash"),
        ("Velkor Minage a signé mardi un contrat d'électricité de dix ans avec Ostrin Énergie.", "fr", "Ostrin Énergie", "Velkor Minage"),
    ])
    func theUtilityOfAPowerDealSuppliesTheFirm(text: String, language: String, supplier: String, customer: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(supplier, .supplies, customer))
        #expect(!r.has(customer, .supplies, supplier))
    }

    @Test(arguments: [
        "Velkor Hash will spend $300 million on new machines from Bitmain.",
        "Velkor Hash has received the first batch of GPUs from Nvidia.",
    ])
    func goodsFromAMakerAreSuppliedByIt(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.has("Bitmain", .supplies, "Velkor Hash") || r.has("Nvidia", .supplies, "Velkor Hash"))
    }

    @Test(arguments: [
        ("Velkor Tech est détenue à 51 % par le fonds d'État russe Kirov Invest.", "Kirov Invest", "Velkor Tech"),
        ("La start-up nantaise Lumio a été rachetée par le groupe Ostrin AG pour 30 millions d'euros.", "Ostrin AG", "Lumio"),
    ])
    func aFrenchPassiveNamesTheOwner(text: String, owner: String, owned: String) throws {
        #expect(try extract(text, language: "fr").has(owner, .owns, owned))
    }

    @Test func aPossessiveOpeningTheSentenceNamesTheEmployer() throws {
        #expect(try extract("Miravel's chief executive Paul Girard resigned on Monday.", language: "en").has("Paul Girard", .worksFor, "Miravel"))
    }

    @Test(arguments: [
        ("Dorvan Cloud, a subsidiary of German group Ostrin AG, will open a 40 MW data center in Frankfurt.", "en"),
        ("Dorvan Cloud, filiale du groupe allemand Ostrin AG, ouvrira un centre de données de 40 MW à Francfort.", "fr"),
    ])
    func theSubjectRunsTheSiteNotTheParentInItsApposition(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Dorvan Cloud", .operates, site.name))
        #expect(!r.has("Ostrin AG", .operates, site.name))
    }

    @Test(arguments: [
        ("Velkor Tech plans to open a mining farm in Irkutsk, the Kommersant newspaper reported.", "en", "Kommersant"),
        ("Velkor Minage a signé un contrat avec Ostrin Énergie. L'information a d'abord été révélée par Les Echos.", "fr", "Les Echos"),
    ])
    func anOutletWithItsMediaNounOrAFrenchParticipleReports(text: String, language: String, outlet: String) throws {
        let r = try extract(text, language: language)
        let firm = language == "en" ? "Velkor Tech" : "Velkor Minage"
        #expect(r.has(firm, .reportedBy, outlet))
    }

    @Test func theAgentOfBackedByRaisesNothing() throws {
        let r = try extract("Miravel AI, which is backed by Dorvan Capital, raised $120 million in a round led by Tessara Ventures.", language: "en")
        #expect(r.has("Tessara Ventures", .investsIn, "Miravel AI"))
        #expect(!r.has("Tessara Ventures", .investsIn, "Dorvan Capital"))
    }
}
