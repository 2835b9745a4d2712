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
}
