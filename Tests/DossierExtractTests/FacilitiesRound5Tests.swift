import DossierModel
import Testing
@testable import DossierExtract

/// Facilities, round 5 (real news wording): the new sites a firm builds or invests in somewhere,
/// figurative hubs and sales offices that are no site, and capacities that belong to no site (an
/// office, a firm's target). Invented actors only.
@Suite struct FacilitiesRound5Tests {
    private func facilities(_ r: DocumentExtraction) -> [ExtractedEntity] { r.entities.filter { $0.type == .facility } }

    @Test(arguments: [
        ("Korvane Cloud prévoit d'investir 3 milliards d'euros pour développer de nouveaux centres de données dans la région de Valdoria.", "fr", "Korvane Cloud", "Valdoria"),
        ("Korvane Cloud a annoncé un investissement de 2 milliards d'euros dans des centres de données à Lisbonne.", "fr", "Korvane Cloud", "Lisbonne"),
        ("Korvane Cloud plans to build new data centers in Ohio over the next three years.", "en", "Korvane Cloud", "Ohio"),
    ])
    func newSitesAFirmBuildsInOnePlaceAreItsFacility(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(facilities(r).first)
        #expect(r.has(firm, .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test(arguments: [
        ("Korvane Hash exploite déjà des centres de données au Québec, en Norvège et en Islande.", "fr"),
        ("Korvane Hash, qui construit aussi des usines en Arizona et à Dresde, a publié ses résultats.", "fr"),
        ("Korvane Hash operates data centers in Texas, Norway and Iceland.", "en"),
    ])
    func aFleetInSeveralPlacesIsNoFacility(text: String, language: String) throws {
        #expect(facilities(try extract(text, language: language)).isEmpty)
    }

    @Test(arguments: [
        "La région est en train de devenir un pôle majeur de l'informatique en nuage pour Korvane Cloud.",
        "La ville est devenue une plaque tournante de la logistique pour Dravex Systems.",
        "Dravex Systems a ouvert un bureau de vente à Novelle, en Sibérie.",
    ])
    func figurativeHubsAndOfficesAreNoSite(text: String) throws {
        #expect(facilities(try extract(text, language: "fr")).isEmpty)
    }

    @Test func anOfficeDrawsNoCapacity() throws {
        let r = try extract("Talmar Énergie fixera un tarif pour ce bloc de 400 mégawatts, a dit le ministre lors d'un point presse au siège social de Talmar Énergie.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .capacity })
    }

    @Test(arguments: [
        ("Korvane Data a ouvert une ferme de minage de 40 MW à Talvera. « Nous visons une capacité de 1 GW », a dit son président.", "fr"),
        ("Korvane Data opened a 40 MW mining farm in Talvera. The company aims to reach a capacity of 1 GW by 2027.", "en"),
    ])
    func aFirmsTargetIsNotThePreviousSitesCapacity(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let farm = try #require(facilities(r).first)
        #expect(r.has(farm.name, .capacity, "40 MW"))
        #expect(!r.has(farm.name, .capacity, "1 GW") && !r.has(farm.name, .capacity, "1000 MW"))
    }

    @Test func twoPlacesJoinedByEtNameOneSiteInEach() throws {
        let r = try extract("Korvane Cloud a présenté ses projets lundi. Les sites de Lyon, la capitale des Gaules, et de Nantes, dans l'ouest, ouvriront en juin, chacun d'une capacité de 80 mégawatts.", language: "fr")
        let sites = facilities(r).filter { r.has("Korvane Cloud", .operates, $0.name) }
        #expect(sites.count == 2)
        #expect(sites.contains { r.has($0.name, .locatedIn, "Lyon") } && sites.contains { r.has($0.name, .locatedIn, "Nantes") })
        #expect(sites.allSatisfy { r.has($0.name, .capacity, "80 MW") })
    }

    @Test func aMegaCentreWithACapacityIsADataCentre() throws {
        let r = try extract("La société Korvane Cloud prévoit d'investir 200 M$ dans un futur méga-centre de 24 MW à Talvera.", language: "fr")
        let site = try #require(facilities(r).first)
        #expect(r.has("Korvane Cloud", .operates, site.name))
        #expect(r.has(site.name, .capacity, "24 MW"))
    }

    @Test func theFirmOfAPossessiveRunsTheSiteNotTheSubject() throws {
        let r = try extract("Korvane Hash moved part of its machines to Dravex Digital's Ohio facility in May.", language: "en")
        let site = try #require(facilities(r).first)
        #expect(r.has("Dravex Digital", .operates, site.name))
        #expect(!r.has("Korvane Hash", .operates, site.name))
    }

    @Test func aFacilityNounBeforeAnotherDescribesOneSite() throws {
        let r = try extract("Korvane Hash is planning an AI data center campus in Talvera. The data center campus will feature two halls.", language: "en")
        #expect(facilities(r).count == 1)
    }

    @Test(arguments: [
        ("Selon Dravex Systems, la région compte 180 data centers en service, surtout au Kenya.", "fr"),
        ("Selon Dravex Systems, la région ne compte pas de centre de données capable d'accueillir des GPU.", "fr"),
        ("De son côté, Korvane Cloud (n°3 mondial du data center) a publié ses résultats.", "fr"),
        ("Dravex Systems said there is no data center in Ohio able to host the cluster.", "en"),
    ])
    func statisticsNegationsAndTradesAreNoSite(text: String, language: String) throws {
        #expect(facilities(try extract(text, language: language)).isEmpty)
    }

    @Test func theFirmNamedAfterTheLedeRunsItsOwnerlessSite() throws {
        let r = try extract("A large data center project near Talvera, Ohio, was unveiled on Monday. Korvane Hash is developing an AI data center campus that could cost $2 billion.", language: "en")
        let sites = facilities(r)
        #expect(sites.count == 1)
        #expect(sites.allSatisfy { r.has("Korvane Hash", .operates, $0.name) })
    }

    @Test func theBuyerOfAPlantRunsIt() throws {
        let r = try extract("Korvane Hash bought the West Texas wind farm from Dravex Capital, a filing showed.", language: "en")
        let farm = try #require(facilities(r).first)
        #expect(r.has("Korvane Hash", .operates, farm.name))
        #expect(!r.has("Dravex Capital", .operates, farm.name))
    }

    @Test func aSitePurchaseIsNoSecondSite() throws {
        let r = try extract("Korvane Hash bought the West Texas wind farm last month. Korvane Hash's wind farm purchase closed in June.", language: "en")
        #expect(facilities(r).count == 1)
    }
}
