import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 7 probes: ordinary wire phrasings of sites, their firms and their
/// places that the extractor misread. Invented firms and sites only.
@Suite struct FacilitiesSession7Tests {
    private func sites(_ r: DocumentExtraction) -> [ExtractedEntity] { r.entities.filter { $0.type == .facility } }

    /// `le centre de données de Valcrest à Fos-sur-Mer`: a one-word name between `de` and the site's place
    /// is the site's firm, not the site's own name.
    @Test(arguments: [
        "Le futur centre de données de Valcrest à Fos-sur-Mer (Bouches-du-Rhône) devrait consommer 300 MW.",
        "La gigafactory de Voltéra à Dunkerque produira ses premières batteries en 2026.",
        "Le campus de Tessaro à Cambrai pourra atteindre 1 GW.",
    ])
    func aOneWordFirmBeforeTheSitesPlaceRunsIt(text: String) throws {
        let r = try extract(text, language: "fr")
        let site = try #require(sites(r).first)
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(r.has(firm.name, .operates, site.name))
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == site.name })
    }

    @Test func aSiteNamedAfterAnUnknownTownKeepsItsName() throws {
        // Without a place after it, the word after `de` may be the site's town: no firm runs it.
        let r = try extract("Le centre de données de Valcrest devrait consommer 300 MW.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .operates })
    }

    /// `in northern Chile`, `dans le nord du Chili`: a part of a country is still in it; `au nord de Paris` is not.
    @Test(arguments: [
        ("Helmark Resources owns a copper mine in northern Chile.", "en", "Chile"),
        ("Helmark Resources exploite une mine de cuivre dans le nord du Chili.", "fr", "Chili"),
        ("Helmark Resources is building a 50 MW data center in the south of Sweden.", "en", "Sweden"),
    ])
    func aSiteInAPartOfACountry(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, country))
        #expect(r.has("Helmark Resources", .operates, site.name))
    }

    @Test func aSiteNorthOfACityIsNotInIt() throws {
        let r = try extract("Helmark Resources exploite un centre de données de 20 MW au nord de Paris.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility && r.entities[$0.subject].name != "Paris" && r.has(r.entities[$0.subject].name, .locatedIn, "Paris") })
    }

    /// `Lors d'une conférence à Singapour, X a présenté…`: an event's venue opening the sentence is not the firm's place.
    @Test(arguments: [
        ("Lors d'une conférence à Singapour, Valcrest Data a présenté ses résultats.", "fr", "Singapour"),
        ("At a summit in Riyadh, Valcrest Data unveiled its plans.", "en", "Riyadh"),
    ])
    func anEventsVenueIsNotTheFirmsPlace(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has("Valcrest Data", .locatedIn, place))
    }

    @Test func anOpeningPlaceWithoutAnEventStillPlacesTheFirm() throws {
        let r = try extract("À Singapour, Valcrest Data emploie 300 personnes.", language: "fr")
        #expect(r.has("Valcrest Data", .locatedIn, "Singapour"))
    }

    /// `X said the new plant in Gary, Indiana, would open`: a definite new site not yet described is the firm's.
    @Test(arguments: [
        ("Ferrovia Steel said the new plant in Gary, Indiana, would begin production in 2026.", "en", "Gary"),
        ("Ferrovia Steel a indiqué que la nouvelle usine de Dunkerque entrerait en production en 2026.", "fr", "Dunkerque"),
    ])
    func aDefiniteNewSiteInAPlaceIsTheFirms(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Ferrovia Steel", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test func aDefinitePlantWithoutNewIsNoSite() throws {
        let r = try extract("Ferrovia Steel said the plant in Gary would be studied.", language: "en")
        #expect(sites(r).isEmpty)
    }

    /// `…, d'une capacité de 300 MW, sera implanté à Cambrai`: a participle of place reaches past a long apposition.
    @Test(arguments: [
        ("Le centre de données de Valcrest Data, d'une capacité de 300 MW, sera implanté à Cambrai, dans le Nord.", "fr", "Cambrai"),
        ("The data center of Valcrest Data, with a capacity of 300 MW, will be located in Cheyenne, Wyoming.", "en", "Cheyenne"),
    ])
    func aPlaceParticipleAfterALongApposition(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, place))
        #expect(r.has(site.name, .capacity, "300 MW"))
    }

    /// `le site de Veridian Hash à Ekibastouz`: a name between `site de` and a place is the site's firm, not a news site.
    @Test func aFirmBetweenSiteDeAndAPlaceIsNoNewsSite() throws {
        let r = try extract("Le site de Veridian Hash à Ekibastouz a été porté à 250 MW en juin.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Veridian Hash", .operates, site.name))
        #expect(r.has(site.name, .capacity, "250 MW"))
        #expect(!r.has("Veridian Hash", .locatedIn, "Ekibastouz"))
    }

    /// `la centrale de Blackfork, d'une puissance de 1,1 GW, dans l'Ohio`, `la mine d'or de Redstone, dans le
    /// Nevada`: the place follows the site's own name or a capacity apposition.
    @Test(arguments: [
        ("Halvard Énergie exploite la centrale nucléaire de Blackfork, d'une puissance de 1,1 GW, dans l'Ohio.", "fr", "Ohio"),
        ("Brisco Mines va rouvrir la mine d'or de Redstone, dans le Nevada, fermée en 2015.", "fr", "Nevada"),
    ])
    func aPlaceAfterTheSitesNameOrCapacity(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test func aSeatAfterTheSitesFirmIsNotTheSitesPlace() throws {
        let r = try extract("Le centre de données de Halvard Énergie, basée à Lyon, ouvrira en 2026.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }

    /// `The data center, to be built in Mesa, Arizona, will draw 1 gigawatt`: a building participle places the site.
    @Test func aBuildingParticiplePlacesTheSite() throws {
        let r = try extract("The data center, to be built in Mesa, Arizona, will eventually draw 1 gigawatt. Harlow Cloud expects it to open in 2028.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, "Mesa"))
        #expect(r.has(site.name, .capacity, "1000 MW"))
    }

    /// `une ferme de 150 MW`: after a determiner a bare `ferme` is a mining farm; `la société ferme son usine` is a verb.
    @Test func aBareFrenchFarmIsAMiningFarm() throws {
        let r = try extract("Le mineur Sunward Minage a mis en service une ferme de 150 MW à Rockdale, au Texas.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Sunward Minage", .operates, site.name))
        #expect(r.has(site.name, .capacity, "150 MW"))
        let verb = try extract("La société ferme son bureau de Lyon pour réduire ses coûts, a indiqué Sunward Minage.", language: "fr")
        #expect(!sites(verb).contains { $0.name.lowercased().hasPrefix("ferme") })
    }

    /// `Enegix, qui exploitait à Ekibastouz une ferme`: a weakly read name that runs the site by its verb is its firm.
    @Test func aWeakNameRunningTheSiteByItsVerb() throws {
        let r = try extract("Le pays revient de loin. Tavrik, qui exploitait à Ekibastouz une ferme de 50 000 machines, a dû suspendre son activité.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Tavrik", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Ekibastouz"))
    }

    /// `has started construction of a solar farm`: the noun of building names the builder as for `build`.
    @Test func theSubjectOfConstructionRunsThePlant() throws {
        let r = try extract("Ostreva Energy has started construction of a 400-megawatt solar farm in West Texas.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Ostreva Energy", .operates, site.name))
        let customer = try extract("Ostreva Energy will buy power from a 400-megawatt solar farm in West Texas.", language: "en")
        #expect(!customer.relations.contains { $0.predicate == .operates })
    }

    /// French départements and regions are places (`à Lannion, dans les Côtes-d'Armor`), and an opening participle of
    /// place before `la société X` places the firm, not the site it runs.
    @Test func anOpeningParticipleWithADepartementPlacesTheFirm() throws {
        let r = try extract("Implantée à Lannion, dans les Côtes-d'Armor, la société Armorik Data exploite un centre de données de 8 MW.", language: "fr")
        #expect(r.entities.contains { $0.name == "Côtes-d'Armor" && $0.type == .location })
        #expect(r.has("Armorik Data", .locatedIn, "Lannion"))
        let site = try #require(sites(r).first)
        #expect(!r.has(site.name, .locatedIn, "Lannion"))
    }

    @Test(arguments: ["Finistère", "Nouvelle-Aquitaine", "Puy-de-Dôme"])
    func aFrenchDepartementOrRegionIsAPlace(place: String) throws {
        let r = try extract("Armorik Data exploite un centre de données de 8 MW dans le \(place).", language: "fr")
        #expect(r.entities.contains { $0.name == place && $0.type == .location })
    }

    /// `a data center proposed by X in Frederick County`: X proposes the site; the county is the site's, not X's.
    @Test(arguments: [
        ("A 300-megawatt data center proposed by Crescent Hill Data in Frederick County, Maryland, faces opposition.", "en"),
        ("Un centre de données de 300 MW proposé par Crescent Hill Data dans le comté de Frederick, dans le Maryland, suscite l'opposition.", "fr"),
    ])
    func theProposerOfASiteRunsItAndKeepsNoPlace(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Crescent Hill Data", .operates, site.name))
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Crescent Hill Data" })
    }

    /// `The site, located in Fort Stockton, Texas, has a capacity of 240 MW`: a text may open on the site it describes.
    @Test(arguments: [
        ("The site, located in Fort Stockton, Texas, has a capacity of 240 MW.", "en", "Fort Stockton"),
        ("Le site, situé à Pessac, en Gironde, affiche une capacité de 240 MW.", "fr", "Pessac"),
    ])
    func aTextOpeningOnAPlacedSite(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, place))
        #expect(r.has(site.name, .capacity, "240 MW"))
        let bare = try extract("The site was closed in June.", language: language)
        #expect(sites(bare).isEmpty)
    }
}
