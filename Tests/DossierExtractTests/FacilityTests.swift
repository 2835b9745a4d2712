import DossierModel
import Testing
@testable import DossierExtract

/// Facility relations: which firm runs a site (the clause's subject, not a lessor, seller or
/// customer) and where it stands (the place on the site's noun phrase, not a firm's seat).
/// Invented actors only.
@Suite struct FacilityTests {
    private func site(_ r: DocumentExtraction) throws -> ExtractedEntity {
        try #require(r.entities.first { $0.type == .facility })
    }

    private func operators(_ r: DocumentExtraction, of facility: ExtractedEntity) -> Set<String> {
        Set(r.relations.compactMap { rel -> String? in
            guard rel.predicate == .operates, case .entity(let o) = rel.object, r.entities[o].name == facility.name else { return nil }
            return r.entities[rel.subject].name
        })
    }

    @Test func aLessorAfterWithDoesNotRunTheSite() throws {
        let r = try extract("Kestrel Mining Group signed a lease with Ironvale Power Holdings for its new 120 MW data center in Denver.", language: "en")
        let f = try site(r)
        #expect(operators(r, of: f) == ["Kestrel Mining Group"])
        #expect(r.has(f.name, .locatedIn, "Denver"))
    }

    @Test func aFirmsSeatIsNotTheSitesPlace() throws {
        let r = try extract("Kestrel Mining Group, a Denver-based miner, will convert its mining facility in Boise into a data center.", language: "en")
        let f = try site(r)
        #expect(r.has(f.name, .locatedIn, "Boise"))
        #expect(!r.has(f.name, .locatedIn, "Denver"))
    }

    @Test func aPlaceBeforeAnEarlierSiteDoesNotMoveTheNextOne() throws {
        let r = try extract("Kestrel Mining Group operates a 300-megawatt mining facility near Boise, Idaho, and is developing a second campus in Reno, where power is cheap.", language: "en")
        let campus = try #require(r.entities.first { $0.type == .facility && $0.name.contains("Reno") })
        #expect(r.has(campus.name, .locatedIn, "Reno"))
        #expect(!r.has(campus.name, .locatedIn, "Boise"))
    }

    @Test func frenchSellerAfterAupresDeDoesNotRunTheSite() throws {
        let r = try extract("Le mineur Kestrel Mining a annoncé lundi l’acquisition, auprès de son concurrent Ironvale Power, d’un site de minage de 80 MW à Grenoble.", language: "fr")
        let f = try site(r)
        #expect(operators(r, of: f) == ["Kestrel Mining"])
        #expect(r.has(f.name, .locatedIn, "Grenoble"))
    }

    @Test func frenchSeatAfterBaseeAIsNotTheSitesPlace() throws {
        let r = try extract("La jeune pousse Verdane Data, basée à Lyon, a présenté mardi son projet de centre de données à Grenoble.", language: "fr")
        let f = try site(r)
        #expect(r.has("Verdane Data", .operates, f.name))
        #expect(r.has(f.name, .locatedIn, "Grenoble"))
        #expect(!r.has(f.name, .locatedIn, "Lyon"))
    }

    @Test func aFacilityNounAfterASubjectPronounIsAVerb() throws {
        let r = try extract("Verdane Data fait face à une demande sans précédent, portée par les processeurs qu’elle fabrique pour ses clients.", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility })
    }

    @Test func aSiteConvertedIntoADataCenterStaysOneFacility() throws {
        let r = try extract("Kestrel Mining Group said it will convert its mining facility in Boise, in southern Idaho, into a data center for AI workloads.", language: "en")
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 1)
        let f = try site(r)
        #expect(r.has(f.name, .locatedIn, "Boise"))
        #expect(r.has(f.name, .locatedIn, "Idaho"))
    }

    @Test func frenchSiteTransformedEnCentreDeDonneesStaysOneFacility() throws {
        let r = try extract("Le mineur Kestrel Mining va transformer son usine de Grenoble en centre de données consacré à l’intelligence artificielle.", language: "fr")
        #expect(r.entities.filter { $0.type == .facility }.count == 1)
    }

    @Test func aCounterpartNamedAgainInParenthesesStillDoesNotRunTheSite() throws {
        let r = try extract("Le mineur Kestrel Mining, coté à la Bourse de Toronto, a annoncé une coentreprise avec l’Ironvale Power Authority (IPA) pour exploiter une ferme de minage de 150 MW à Grenoble.", language: "fr")
        let f = try site(r)
        #expect(operators(r, of: f) == ["Kestrel Mining"])
    }

    @Test func anEconomicZoneIsATerritoryNotASite() throws {
        let r = try extract("Kestrel Mining Group registered its trading arm in the Boise free zone last year.", language: "en")
        #expect(!r.entities.contains { $0.type == .facility })
    }

    @Test func aSuperlativeTakesUpTheSiteAndPlacesIt() throws {
        let r = try extract("La société Kestrel Mining développera un campus consacré à l’intelligence artificielle à Grenoble. Le site sera le plus grand campus d’IA d’Europe.", language: "fr")
        #expect(r.entities.filter { $0.type == .facility }.count == 1)
        let f = try site(r)
        #expect(r.has(f.name, .locatedIn, "Grenoble"))
        #expect(r.has(f.name, .locatedIn, "Europe"))
    }

    @Test func englishLargestTakesUpTheSite() throws {
        let r = try extract("Kestrel Mining Group is building a 400 MW data center in Boise. It will be the largest data center in Idaho.", language: "en")
        #expect(r.entities.filter { $0.type == .facility }.count == 1)
        let f = try site(r)
        #expect(r.has(f.name, .locatedIn, "Idaho"))
    }

    @Test func aSiteHereIsInTheDatelinePlace() throws {
        let r = try extract("BOISE, Idaho — The first halls of the Kestrel Mining Group campus here began taking servers this spring.", language: "en")
        let f = try site(r)
        #expect(r.has(f.name, .locatedIn, "BOISE") || r.has(f.name, .locatedIn, "Boise"))
        #expect(r.has(f.name, .locatedIn, "Idaho"))
    }

    @Test func aPhaseInTheNextSentenceCarriesItsCapacityToTheSite() throws {
        let fr = try extract("La société Kestrel Mining construira un centre de données de 500 MW près de Grenoble. Une première tranche de 100 MW doit être livrée en 2028.", language: "fr")
        let f = try site(fr)
        #expect(fr.has(f.name, .capacity, "500 MW"))
        #expect(fr.has(f.name, .capacity, "100 MW"))
        let en = try extract("Kestrel Mining Group will build a 300 MW data center near Boise. A first 120 MW phase is due to open in 2027.", language: "en")
        let g = try site(en)
        #expect(en.has(g.name, .capacity, "120 MW"))
    }

    @Test func theAgentOfAParticipleRunsTheSite() throws {
        let fr = try extract("Le ministère de l’Énergie a inauguré en juillet un supercalculateur exploité par Kestrel Mining à Grenoble.", language: "fr")
        let f = try site(fr)
        #expect(operators(fr, of: f) == ["Kestrel Mining"])
        let en = try extract("The ministry opened a data center operated by Kestrel Mining Group in Boise.", language: "en")
        let g = try site(en)
        #expect(operators(en, of: g) == ["Kestrel Mining Group"])
    }

    @Test func frenchDescriptiveNameElidesDeBeforeAVowel() throws {
        let r = try extract("Un nouveau centre de données sera construit à Arles.", language: "fr")
        let f = try site(r)
        #expect(f.name.contains("d'Arles"))
    }

    @Test func aFormerPlantAndPlantOwnersAreNoSites() throws {
        let fr = try extract("Le projet sera construit sur le site d’une ancienne base aérienne à Arles.", language: "fr")
        #expect(!fr.entities.contains { $0.type == .facility && $0.name.contains("base") })
        let en = try extract("The scramble for power has turned nuclear plant owners into the most courted suppliers in Idaho.", language: "en")
        #expect(!en.entities.contains { $0.type == .facility })
    }
}
