import DossierModel
import Testing
@testable import DossierExtract

/// Who runs a site when the sentence names several firms (investors, customers, landmarks, agents
/// after the noun), and facility nouns that are a line of business or an estate, not a site.
/// Invented actors only.
@Suite struct FacilitiesSession4Tests {
    private func operators(of site: ExtractedEntity, in r: DocumentExtraction) -> Set<String> {
        Set(r.entities.map(\.name).filter { r.has($0, .operates, site.name) })
    }

    @Test func anAgentAfterAnAppositionCommaRunsThePlant() throws {
        let r = try extract("Le site de Korvane se trouve à quelques kilomètres de la centrale nucléaire de Vermont-sur-Loire, exploitée par Talmar Énergie.", language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility && $0.name.contains("centrale") })
        #expect(operators(of: plant, in: r) == ["Talmar Énergie"])
    }

    @Test func aPlantBuiltByAFirmFeedsTheSiteButIsTheBuildersOwn() throws {
        let r = try extract("Le campus sera alimenté par une centrale au gaz de 80 MW construite par le groupe Dravex Power.", language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility && $0.name.contains("centrale") })
        #expect(operators(of: plant, in: r) == ["Dravex Power"])
    }

    @Test func anInvestorNamedInTheSentenceDoesNotRunTheCampus() throws {
        let r = try extract("Korvane Digital, a developer majority-owned by infrastructure investor Halvard Partners, will open its Millbrook campus next year.", language: "en")
        let campus = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: campus, in: r).contains("Korvane Digital"))
        #expect(!operators(of: campus, in: r).contains("Halvard Partners"))
    }

    @Test func aCustomerSuppliedFromTheSiteDoesNotRunIt() throws {
        let r = try extract("Velmora Cloud agreed to provide Dravex Systems with computing capacity from a new data center in Ohio under a five-year contract.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: site, in: r) == ["Velmora Cloud"])
    }

    @Test func aDamNearTheFarmIsNotTheMinersOwn() throws {
        let r = try extract("Velmora Hash exploite une ferme de minage de 60 MW à Talvera, à quelques kilomètres du barrage de Corvino.", language: "fr")
        let dam = try #require(r.entities.first { $0.type == .facility && $0.name.lowercased().contains("barrage") })
        #expect(!operators(of: dam, in: r).contains("Velmora Hash"))
        #expect(!r.has(dam.name, .locatedIn, "Talvera"))
        let farm = try #require(r.entities.first { $0.type == .facility && $0.name.contains("minage") })
        #expect(operators(of: farm, in: r) == ["Velmora Hash"])
    }

    @Test func theSubjectOfTheVerbRunsASecondSiteNamedAfterAnotherFirmsCentre() throws {
        let r = try extract("Korvane Cloud exploitera deux salles dans le centre de données de Dravex à Lyon, puis un second site en Bretagne.", language: "fr")
        let second = try #require(r.entities.first { $0.type == .facility && $0.name.contains("second") })
        #expect(operators(of: second, in: r) == ["Korvane Cloud"])
    }

    @Test func aPossessiveAfterAnAgentIsTheAgents() throws {
        let r = try extract("Son premier circuit, gravé par Talmar Foundry dans son usine de Dresde, est en cours de test.", language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: plant, in: r) == ["Talmar Foundry"])
    }

    @Test func aLineOfBusinessOrAnEstateIsNoSite() throws {
        let business = try extract("Sa directrice, Anne Korval, a dirigé pendant dix ans les activités de centres de données de Velmora Télécom.", language: "fr")
        #expect(!business.entities.contains { $0.type == .facility })
        let subsidiary = try extract("Velmora Telecom sold a stake in its data-centre subsidiary Korvane Data to Halvard Capital.", language: "en")
        #expect(!subsidiary.entities.contains { $0.type == .facility })
    }

    @Test func aLeasedSiteIsRunByItsTenantFirm() throws {
        let r = try extract("The rest of the fleet will move to a smaller site that Korvane Hash AB leases in Talvik, Finland.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: site, in: r) == ["Korvane Hash AB"])
        #expect(r.has(site.name, .locatedIn, "Talvik"))
    }

    @Test func frenchComputeFarmsAndHostingSitesAreSites() throws {
        let farm = try extract("La société Korvane Calcul construit une ferme de calcul de 40 MW à Brenzau.", language: "fr")
        let site = try #require(farm.entities.first { $0.type == .facility })
        #expect(farm.has("Korvane Calcul", .operates, site.name))
        #expect(farm.has(site.name, .capacity, "40 MW"))
        let hosting = try extract("Dravex a ouvert un site d'hébergement de 12 MW à Talvera.", language: "fr")
        #expect(hosting.entities.contains { $0.type == .facility })
    }

    @Test func anAppositionDescribesTheSiteJustNamed() throws {
        let r = try extract("Korvane Mining will convert half of its Talbrook site, a 120-megawatt mining facility near Abilene, Texas, into AI halls.", language: "en")
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 1)
        let site = try #require(sites.first)
        #expect(r.has(site.name, .locatedIn, "Abilene"))
    }

    @Test func aFirmInAppositionToADefinitePlantRunsIt() throws {
        let r = try extract("Officials accuse Velmora of shipping modules to Dravex, the Izhevsk plant that assembles drones.", language: "en")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: plant, in: r) == ["Dravex"])
        #expect(r.has(plant.name, .locatedIn, "Izhevsk"))
    }

    @Test func theMakerAfterThePlantsPlaceRunsIt() throws {
        let r = try extract("La société a livré des composants à l'usine d'Oulianovsk du constructeur aéronautique russe Talmar-Avia.", language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: plant, in: r) == ["Talmar-Avia"])
    }

    @Test func aFundHoldingTheFirmDoesNotRunItsLine() throws {
        let r = try extract("Korvane Semiconductor, détenue à 30 % par le fonds public Dravex Capital, avait commandé ces machines pour une nouvelle ligne de production à Tianjin.", language: "fr")
        let line = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: line, in: r) == ["Korvane Semiconductor"])
    }

    @Test func aSiteTakenUpWithANationalityOrAPossessiveIsTheSameSite() throws {
        let definite = try extract("Dravex Mining, a bitcoin miner, has secured power for a new hosting site in Paraguay. The miner said the Paraguayan facility would start operations next year.", language: "en")
        #expect(definite.entities.filter { $0.type == .facility }.count == 1)
        let possessive = try extract("Korvane Hash operates a 150 MW mining site in Kazakhstan. Its Kazakh facility is powered by coal.", language: "en")
        #expect(possessive.entities.filter { $0.type == .facility }.count == 1)
    }

    @Test func aNewSiteTakenUpByCeNouveauSiteGetsItsCapacity() throws {
        let r = try extract("Velmora, qui exploite un site de minage à Bratsk, a annoncé un second centre de données en Sibérie. Ce nouveau site aura une puissance de 40 MW.", language: "fr")
        let centre = try #require(r.entities.first { $0.type == .facility && $0.name.contains("centre") })
        #expect(r.has(centre.name, .capacity, "40 MW"))
        #expect(r.entities.filter { $0.type == .facility }.count == 2)
    }

    @Test func aRelativeClauseAfterTheSitesPlaceNamesItsDeveloper() throws {
        let r = try extract("The 200 MW campus in Abilene, which Talmar Cloud is developing for Korvane AI, will be commissioned in 2026.", language: "en")
        let campus = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: campus, in: r) == ["Talmar Cloud"])
    }

    @Test func aSiteWithItsCapacityBeforeTheNounIsASite() throws {
        let r = try extract("Korvane Digital reported higher revenue on Tuesday. The company plans a 100 MW site in Texas, its chief executive said.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Texas"))
        #expect(r.has(site.name, .capacity, "100 MW"))
    }

    @Test func aPossessiveInsideARelativeClauseIsItsAntecedents() throws {
        let r = try extract("Velmora Hash signed a hosting agreement with Korvane Mining, which will house 20,000 machines at its facility in Rockdale, Texas.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: site, in: r) == ["Korvane Mining"])
        let list = try extract("Le METI a engagé des fonds dans Dravex, un fabricant soutenu par Talmar, Velmo et Korvo, qui vise une production dans son usine de Lyon.", language: "fr")
        let plant = try #require(list.entities.first { $0.type == .facility })
        #expect(!operators(of: plant, in: list).contains("Korvo"))
    }

    @Test func aFirmLikeNameAfterTheNounRunsTheSite() throws {
        let r = try extract("Korvane Power construira une centrale solaire de 30 MW qui alimentera la ferme de minage de Dravex Hash au Paraguay.", language: "fr")
        let farm = try #require(r.entities.first { $0.type == .facility && $0.name.contains("minage") })
        #expect(operators(of: farm, in: r) == ["Dravex Hash"])
    }

    @Test func theFirmThatCommissionsAWindFarmRunsIt() throws {
        let r = try extract("Talmar Énergie a mis en service un parc éolien de 50 MW près de Nantes.", language: "fr")
        let farm = try #require(r.entities.first { $0.type == .facility })
        #expect(operators(of: farm, in: r) == ["Talmar Énergie"])
    }

    @Test func aTownBeforeItsRegionPlacesTheSite() throws {
        let r = try extract("Dravex Hosting exploite à Boden, en Suède, un centre de calcul de 30 MW.", language: "fr")
        let centre = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(centre.name, .locatedIn, "Boden"))
        #expect(r.has(centre.name, .locatedIn, "Suède"))
    }

    @Test func aPossessedSiteBeingConvertedIsTheFirmsAndOneSite() throws {
        let r = try extract("Le mineur Korvane Calcul va transformer son site de Talbrook en centre de données pour l'intelligence artificielle.", language: "fr")
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 1)
        let site = try #require(sites.first)
        #expect(operators(of: site, in: r) == ["Korvane Calcul"])
    }

    @Test func aFrenchNounWithoutItsAccentInEnglishIsNoSite() throws {
        let r = try extract("Korvane Space plans to land a rover near the south pole of the moon in 2027.", language: "en")
        #expect(!r.entities.contains { $0.type == .facility })
    }
}
