import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 7 round 2: sites that are described but were not found, and the
/// wrong operator or place around them. Invented firms and sites only.
@Suite struct FacilitiesRound2Session7Tests {
    private func sites(_ r: DocumentExtraction) -> [ExtractedEntity] { r.entities.filter { $0.type == .facility } }

    /// `developed by X and funded by Y`: only the agent of the building participle runs the site.
    @Test func theFunderOfACoordinatedPassiveRunsNothing() throws {
        let r = try extract("Tessaline Energy will build a 300 MW data center campus near Abilene. The project will be developed by Tessaline Energy and funded by Harwick Capital.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Tessaline Energy", .operates, site.name))
        #expect(!r.has("Harwick Capital", .operates, site.name))
    }

    @Test func theAgentOfABuildingPassiveStillRunsTheSite() throws {
        let r = try extract("Le centre de données de Cambrai, construit et exploité par Nordane Compute, représentera 200 MW.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Nordane Compute", .operates, site.name))
    }

    /// `The mine, owned by X, is located in Y`: the verb after the closing comma places the site, not X.
    @Test(arguments: [
        ("The mine, owned by Galtrin Resources, is located in Sonora, Mexico.", "en", "Sonora"),
        ("La mine, détenue par Galtrin Resources, est située au Chili.", "fr", "Chili"),
    ])
    func theAgentInAnAppositionIsNotPlacedBySiteVerb(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has("Galtrin Resources", .locatedIn, place))
    }

    @Test func aFirmBasedAfterItsOwnApposition() throws {
        // Negative of the above: the firm's own `based in` still places it.
        let r = try extract("Galtrin Resources, a copper miner, is based in Denver.", language: "en")
        #expect(r.has("Galtrin Resources", .locatedIn, "Denver"))
    }

    /// `la gigafactory de batteries de X à Y`, `l'extension de 12 MW de X`: a product or a capacity
    /// between the noun and `de X` leaves X the site's firm.
    @Test(arguments: [
        "La gigafactory de batteries de Calvex Energy à Dunkerque produira 30 GWh par an.",
        "L'usine de puces de Calvex Energy à Crolles emploie 4 000 personnes.",
    ])
    func aComplementBeforeTheFirmsDe(text: String) throws {
        let r = try extract(text, language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Calvex Energy", .operates, site.name))
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Calvex Energy" })
    }

    /// `le fondeur X`, `X Semiconducteurs`: a chip foundry's head noun and trade word name a firm, not a person.
    @Test func aFoundryIsAFirm() throws {
        let r = try extract("Le fondeur Tarvel Semiconducteurs investira 5 milliards d'euros dans une nouvelle usine à Crolles, a indiqué Tarvel Semiconducteurs.", language: "fr")
        let firm = try #require(r.entities.first { $0.name == "Tarvel Semiconducteurs" })
        #expect(firm.type == .company)
        let site = try #require(sites(r).first)
        #expect(r.has("Tarvel Semiconducteurs", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Crolles"))
    }

    /// `X, une société dont l'installation de Y …`: the relative's firm owns the vague site, as a possessive would.
    @Test func aRelativeDontOwnsTheSite() throws {
        let r = try extract("Parmi eux se trouve Korvel Mining, une société dont l'installation géante de Pavlodar consomme 80 MW.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Korvel Mining", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Pavlodar"))
    }

    @Test func aDefiniteVagueNounWithoutRelativeIsNoNewSite() throws {
        let r = try extract("Korvel Mining a précisé que l'installation de Pavlodar avait été inspectée.", language: "fr")
        #expect(sites(r).isEmpty)
    }

    /// `a 100 MW expansion in Y`, `l'extension de 12 MW de X à Y`: growth with a capacity is a site;
    /// `its expansion in Europe` is a business plan.
    @Test(arguments: [
        ("Sarvane Mining's 100 MW expansion in Paraguay will be completed in June, Sarvane Mining said.", "en", "Paraguay"),
        ("L'extension de 12 MW de Sarvane Mining à Lagos sera achevée en juin, a précisé Sarvane Mining.", "fr", "Lagos"),
    ])
    func anExpansionWithACapacityIsASite(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Sarvane Mining", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test func anExpansionWithoutCapacityIsNoSite() throws {
        let r = try extract("Sarvane Mining said its expansion in Europe would continue next year.", language: "en")
        #expect(sites(r).isEmpty)
    }

    /// `parc de serveurs` is a data centre.
    @Test func aServerParkIsADataCentre() throws {
        let r = try extract("Le parc de serveurs de Lindqvist Data à Trondheim accueillera ses premières machines en mars.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Lindqvist Data", .operates, site.name))
    }

    /// `Pellerin y fabrique des puces`: after a clitic `fabrique` is a verb, not a factory.
    @Test func aVerbAfterACliticIsNoSite() throws {
        let r = try extract("Le groupe Pellerin a annoncé l'agrandissement de son usine de Crolles. Pellerin y fabrique des puces.", language: "fr")
        let text = r.entities.flatMap(\.mentions).map(\.text)
        #expect(!text.contains("fabrique"))
    }

    /// `moved its headquarters from A to B`, `a transféré son siège de A à B`: the seat is B only.
    @Test(arguments: [
        ("Last year Helvara AG moved its headquarters from Zug to Lugano.", "en", "Zug", "Lugano"),
        ("L'an dernier, la société Helvara a transféré son siège de Zoug à Genève.", "fr", "Zoug", "Genève"),
    ])
    func aMovedSeatIsTheNewTown(text: String, language: String, old: String, new: String) throws {
        let r = try extract(text, language: language)
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(r.has(firm.name, .locatedIn, new))
        #expect(!r.has(firm.name, .locatedIn, old))
    }

    /// `Depuis son siège de Zoug, la société X …`: a fronted seat belongs to the subject after it.
    @Test func aFrontedSeatBelongsToTheSubject() throws {
        let r = try extract("Depuis son siège de Zoug, la société Ferlane Holding a annoncé l'achat d'un centre de données à Lulea.", language: "fr")
        #expect(r.has("Ferlane Holding", .locatedIn, "Zoug"))
        #expect(!r.has("Ferlane Holding", .locatedIn, "Lulea"))
    }
}
