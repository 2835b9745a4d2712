import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 6 round 2: a participle that folds to a site noun is no site;
/// participles and nouns of place (`situé à`, `near the town of`) place the site they describe,
/// not the firm named as its builder; a firm's birthplace places the firm, never its sites.
/// Invented names only.
@Suite struct FacilitiesRound2Session6Tests {
    @Test(arguments: [
        ("L'Antminer S21 Pro, fabriqué par Bitmain, consomme 3 500 watts.", "fr"),
        ("Les machines, fabriquées en Chine par Bitmain, sont arrivées en mars.", "fr"),
        ("Le modèle, FABRIQUE PAR Bitmain, consomme 3 500 watts.", "fr"),
    ])
    func aParticipleThatFoldsToASiteNounIsNoSite(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.type == .facility })
        #expect(!r.relations.contains { $0.predicate == .operates })
    }

    @Test func theNounFabriqueStillNamesASite() throws {
        let r = try extract("La fabrique de Norvaline à Lyon emploie 300 personnes.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Lyon"))
    }

    @Test(arguments: [
        ("Le datacenter, développé par Velmora Cloud et situé à Bordeaux, ouvrira en 2026.", "fr", "Velmora Cloud", "Bordeaux"),
        ("The data center, developed by Velmora Cloud and located in Leesburg, will open in 2026.", "en", "Velmora Cloud", "Leesburg"),
    ])
    func aCoordinatedParticipleOfPlacePlacesTheSiteNotItsBuilder(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(firm, .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
        #expect(!r.has(firm, .locatedIn, place))
    }

    @Test func aFirmBasedSomewhereKeepsItsSeat() throws {
        let r = try extract("Le datacenter de Velmora Cloud, société basée à Bordeaux, ouvrira en 2026.", language: "fr")
        #expect(r.has("Velmora Cloud", .locatedIn, "Bordeaux"))
    }

    @Test(arguments: [
        ("Korvane Cloud operates a 12 MW facility near the town of Tavrin, Finland.", "en", "Tavrin"),
        ("Korvane Cloud va construire un centre de données sur la commune de Marcoussis.", "fr", "Marcoussis"),
        ("L'usine de Korvane Cloud est située dans la commune de Tavrin.", "fr", "Tavrin"),
    ])
    func aPlaceAfterItsOwnNounPlacesTheSite(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test func aPlaceAfterAFirmsOfIsNotTheSites() throws {
        let r = try extract("Korvane Cloud operates a 12 MW facility for the government of Finland.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }

    @Test(arguments: [
        ("Founded in Berlin in 2019, Trivelle Data runs three data centers.", "en"),
        ("Fondée à Berlin en 2019, la société Trivelle Data exploite trois centres de données.", "fr"),
    ])
    func aFirmsBirthplacePlacesTheFirmNotItsSites(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Trivelle Data", .locatedIn, "Berlin"))
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }

    @Test func aGasPlantFeedingADataCenterIsASite() throws {
        let r = try extract("The Corrin gas plant, operated by Taldor Power, will supply the data center of Sarvane Systems.", language: "en")
        let plant = try #require(r.entities.first { $0.type == .facility && $0.name.contains("gas plant") })
        #expect(r.has("Taldor Power", .operates, plant.name))
        #expect(!r.relations.contains { rel in
            guard rel.predicate == .operates, case .entity(let o) = rel.object else { return false }
            return r.entities[rel.subject].name == "Taldor Power" && r.entities[o].name.contains("data center")
        })
    }
}

/// Names, nationalities and descriptors around a site or its firm.
@Suite struct FacilityNamesRound2Session6Tests {
    @Test(arguments: [
        ("The project, dubbed Ardent, plans a 1.2 GW campus in Texas.", "en", "Texas"),
        ("Le projet, baptisé Ardent, prévoit un campus de 1,2 GW au Texas.", "fr", "Texas"),
    ])
    func aProjectsGivenNameNamesItsSiteAndRunsNothing(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Ardent", .locatedIn, place))
        #expect(!r.relations.contains { $0.predicate == .operates })
        #expect(!r.entities.contains { $0.type == .company && $0.name == "Ardent" })
    }

    @Test(arguments: [
        ("The bitcoin miner Hexalon said its Norwegian site would be fully energized by June.", "en", "Norway"),
        ("Le mineur Hexalon a indiqué que son site norvégien serait alimenté en juin.", "fr", "Norvège"),
    ])
    func aNationalityIsTheOnlyPlaceOfAFirmsSite(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Hexalon", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, country))
    }

    @Test func aNationalityOnTheFirmMakesNoSite() throws {
        let r = try extract("The Norwegian miner Hexalon said its site would be fully energized by June.", language: "en")
        #expect(!r.entities.contains { $0.type == .facility })
    }

    @Test(arguments: [
        ("Quarnis Cloud, a Marseille data center specialist, said on Monday it would expand.", "en"),
        ("Quarnis Cloud, un spécialiste marseillais des centres de données, a annoncé lundi son expansion.", "fr"),
    ])
    func aPlaceInASpecialistsDescriptorPlacesTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Quarnis Cloud", .locatedIn, "Marseille"))
        #expect(!r.entities.contains { $0.type == .facility })
    }
}

/// A site described over two sentences: its name or firm in one, its place and capacity in the next.
@Suite struct SitesOverTwoSentencesRound2Session6Tests {
    @Test(arguments: [
        ("Kelvaro Systems opened a data center last year. Located in Tavrin, Texas, it draws 150 MW.", "en", "Tavrin", "150 MW"),
        ("Kelvaro Systems exploite un centre de données à Lyon. Implanté dans la commune de Tavrin, il consomme 20 MW.", "fr", "Tavrin", "20 MW"),
        ("Kelvaro Systems unveiled a new campus on Tuesday. The 150 MW site is located in Tavrin, Texas.", "en", "Tavrin", "150 MW"),
    ])
    func theNextSentencePlacesTheSiteJustDescribed(text: String, language: String, place: String, capacity: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Kelvaro Systems", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
        #expect(r.has(site.name, .capacity, capacity))
    }

    @Test(arguments: [
        ("Le groupe Hexalon a inauguré un site baptisé Aurora. Situé à Tavrin, en Finlande, il affiche une capacité de 40 MW.", "fr", "Finlande"),
        ("The Hexalon group opened a site named Aurora. Located in Tavrin, Finland, it draws 40 MW.", "en", "Finland"),
    ])
    func aSiteNamedAfterAPlaceIsDescribedInTheNextSentence(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(site.name.contains("Aurora"))
        #expect(!r.entities.contains { $0.type == .location && $0.name == "Aurora" })
        #expect(r.has("Hexalon", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, country))
        #expect(r.has(site.name, .capacity, "40 MW"))
    }

    @Test func anOpeningParticipleBeforeAFirmPlacesNoEarlierSite() throws {
        let r = try extract("Kelvaro Systems opened a data center last year. Located in Tavrin, Velmora Cloud said it would follow.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility })
    }
}
