import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 6 probes: ordinary wire phrasings of sites and seats that the
/// extractor misread. Invented firms and towns only.
@Suite struct FacilityProbesSession6Tests {
    private func sites(_ r: DocumentExtraction) -> [ExtractedEntity] { r.entities.filter { $0.type == .facility } }

    /// `son site de X`, `le site de X, exploité par Y`, `le site de X, au Texas`: the name after `site de`
    /// is the site's town, not a news site.
    @Test(arguments: [
        ("Velmont Power a indiqué que son site de Granbury, au Texas, avait atteint 5 EH/s.", "Granbury"),
        ("Le site de Grandville, exploité par Velmont Power, sera raccordé au réseau en 2026.", "Grandville"),
        ("Le groupe toulousain Velmont Power a annoncé que son site de Tromsvik accueillait 20 000 GPU.", "Tromsvik"),
    ])
    func aTownAfterSiteDeIsAPlace(text: String, town: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entities.contains { $0.name == town && $0.type == .location })
        let site = try #require(sites(r).first)
        #expect(r.has("Velmont Power", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, town))
    }

    @Test func aNewsSiteStaysAMedium() throws {
        let r = try extract("Selon le site de Mediaplex, Velmont Power prépare une levée de fonds.", language: "fr")
        #expect(!r.entities.contains { $0.name == "Mediaplex" && $0.type == .location })
        #expect(sites(r).isEmpty)
    }

    /// `dont le siège social se trouve à Paris`: a seat clause places the firm and describes no building.
    @Test(arguments: [
        ("Tallis Compute, dont le siège social se trouve à Paris, développe un campus de 500 MW en Ohio.", "Paris"),
        ("Tallis Compute, dont le siège est situé à Lyon, a levé 20 millions d'euros.", "Lyon"),
    ])
    func aSeatClauseIsNoFacility(text: String, place: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has("Tallis Compute", .locatedIn, place))
        #expect(!sites(r).contains { r.has($0.name, .locatedIn, place) })
    }

    @Test func aDescribedHeadquartersIsStillABuilding() throws {
        let r = try extract("Tallis Compute a inauguré son nouveau siège social à Lyon, un bâtiment de dix étages.", language: "fr")
        #expect(sites(r).contains { r.has($0.name, .locatedIn, "Lyon") })
    }

    /// `la phase de 50 MW du campus de X à Dunkerque`: the town is the campus's, not the firm's.
    @Test func theOwnersSiteKeepsItsTown() throws {
        let r = try extract("La première phase de 50 MW du campus de Corvex Holdings à Dunkerque sera livrée en 2027.", language: "fr")
        #expect(!r.has("Corvex Holdings", .locatedIn, "Dunkerque"))
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, "Dunkerque"))
        // Without a site before it, the firm's place still reads.
        let plain = try extract("Les serveurs sont assemblés par Corvex Holdings à Dunkerque.", language: "fr")
        #expect(plain.has("Corvex Holdings", .locatedIn, "Dunkerque"))
    }

    /// `l'opérateur néerlandais de centres de données X`: a line of business, not a site named X.
    @Test func aTradeWithNationalityIsNoSite() throws {
        let r = try extract("L'opérateur néerlandais de centres de données Verluna a ouvert un bureau à Francfort.", language: "fr")
        #expect(!sites(r).contains { $0.name.hasPrefix("centres de données") })
        #expect(r.has("Verluna", .locatedIn, "Pays-Bas"))
    }

    /// `The facility, located in X, will be operated by Y`: the subject's passive verb names its runner past the appositions.
    @Test(arguments: [
        ("The facility, located in Ellendale, North Dakota, will be operated by Tamsin Cloud.", "en"),
        ("L'installation, située à Ellendale, dans le Dakota du Nord, sera exploitée par Tamsin Cloud.", "fr"),
    ])
    func aSubjectSitesPassiveVerbNamesItsRunner(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Tamsin Cloud", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Ellendale"))
    }

    @Test func aSiteOutsideTheSubjectDoesNotReachARemoteAgent() throws {
        let r = try extract("Keller Energie said on Monday that power for a facility in Ellendale, North Dakota, and for two other towns would be supplied by Tamsin Grid.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Tamsin Grid" })
    }

    /// `l'usine de X près de Leipzig`: a definite vague noun takes the firm named right after `de` when a place follows.
    @Test func aDefiniteFactoryOfAFirmNearATown() throws {
        let r = try extract("L'énergéticien allemand Keller Energie alimentera l'usine de Lindqvist Data près de Leipzig.", language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has("Lindqvist Data", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Leipzig"))
        #expect(!r.has("Keller Energie", .operates, site.name))
    }

    /// `a campus named Horizon`, `un campus baptisé Horizon`: the name is the site's, not a firm's.
    @Test(arguments: [
        ("Solace Compute is building a campus named Horizon in Abilene.", "en"),
        ("Solace Compute construit à Abilene un campus baptisé Horizon.", "fr"),
    ])
    func aNamedCampus(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.name == "Horizon" && $0.type == .company })
        let site = try #require(sites(r).first { $0.name.contains("Horizon") })
        #expect(r.has("Solace Compute", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Abilene"))
    }

    /// `X, a subsidiary of Y, operates a site`: the subsidiary runs it, not the parent of the apposition.
    @Test(arguments: [
        ("Velora Mining, a subsidiary of Grayfield Capital, operates a 75 MW site in Rockdale, Texas.", "en"),
        ("Velora Mining, filiale de Grayfield Capital, exploite un site de 75 MW à Rockdale, au Texas.", "fr"),
        ("Velora Mining, une entité du groupe Grayfield, exploite un site de 75 MW à Rockdale, au Texas.", "fr"),
    ])
    func theParentInAppositionRunsNoSite(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Velora Mining", .operates, site.name))
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name.hasPrefix("Grayfield") })
    }

    /// `Russian-owned X`, `the Chinese-controlled miner X`: the nationality's country, as for `the Russian miner X`.
    @Test(arguments: [
        ("Russian-owned Ostrava Mining operates a mining farm in Kazakhstan.", "Russia"),
        ("The Chinese-controlled miner Redwell Hash operates a data center in Ohio.", "China"),
    ])
    func aNationalOwnershipPlacesTheFirm(text: String, country: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .company && r.has(r.entities[$0.subject].name, .locatedIn, country) })
    }

    @Test func aStateOwnedFirmHasNoCountryFromIt() throws {
        let r = try extract("State-owned Ostrava Mining operates a mining farm.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Ostrava Mining" })
    }

    /// A bare `farm` of a firm is its mining farm (`its Ekibastuz farm`, `a farm in Ohio`); `US farm goods` is trade.
    @Test func aFirmsFarm() throws {
        let r = try extract("Caspian Hash, the Kazakh mining company, plans to expand its Ekibastuz farm to 150 MW.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Caspian Hash", .operates, site.name))
        #expect(r.has(site.name, .capacity, "150 MW"))
        let trade = try extract("Officials in Beijing promised higher purchases of US farm goods, Velora Trading said.", language: "en")
        #expect(sites(trade).isEmpty)
    }

    /// `the data center Quillon Cloud is building`, `le centre de données de 300 MW que X construit`: the
    /// clause's subject runs the site, not the firm that supplies it.
    @Test(arguments: [
        ("Marigold Energy will supply power to the 300-megawatt data center Quillon Cloud is building in Reno, Nevada.", "en"),
        ("Marigold Energy fournira l'électricité du centre de données de 300 mégawatts que Quillon Cloud construit à Reno, dans le Nevada.", "fr"),
    ])
    func theRelativeClauseNamesTheBuilder(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Quillon Cloud", .operates, site.name))
        #expect(!r.has("Marigold Energy", .operates, site.name))
    }

    /// `bringing its total capacity to 250 MW`: the firm's whole, not the new site's; a site's own total stays.
    @Test(arguments: [
        ("Pinegrove Data opened a second data center in Phoenix, bringing its total capacity to 250 MW.", "en"),
        ("Pinegrove Data a ouvert un deuxième centre de données à Phoenix, portant sa capacité totale à 250 MW.", "fr"),
    ])
    func aFleetTotalIsNoSiteCapacity(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .capacity })
        let own = try extract("Pinegrove Data a ouvert à Phoenix un centre de données d'une capacité totale de 250 MW.", language: "fr")
        #expect(own.relations.contains { $0.predicate == .capacity })
    }

    /// `un nouveau site à Pecos`, `un site près de Pecos`: a town after `site à` is no news site.
    @Test(arguments: [
        "Silvergate Mining, mineur de bitcoins basé au Texas, a mis en service un nouveau site à Pecos.",
        "Silvergate Mining a mis en service un site près de Pecos.",
    ])
    func aTownAfterSiteAIsAPlace(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entities.contains { $0.name == "Pecos" && $0.type == .location })
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, "Pecos"))
    }

    /// `the plant in Kemerovo, owned by X`, `l'usine de Kemerovo, détenue par X`: a definite site with its holder.
    @Test(arguments: [
        ("The plant in Kemerovo, owned by Russian-based Sibora Hash, consumes 40 MW.", "en"),
        ("L'usine de Kemerovo, détenue par la société russe Sibora Hash, consomme 40 MW.", "fr"),
    ])
    func aDefiniteSiteWithItsHolder(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, "Kemerovo"))
        #expect(r.has("Sibora Hash", .owns, site.name))
        #expect(r.has(site.name, .capacity, "40 MW"))
    }

    /// `turn its former bitcoin mine in X into a 100 MW AI facility`: one site, the firm's own, converted.
    @Test func aFormerMineConvertedIsOneSite() throws {
        let r = try extract("Corvane Mining will turn its former bitcoin mine in Massena, New York, into a 100 MW AI facility.", language: "en")
        #expect(sites(r).count == 1)
        let site = try #require(sites(r).first)
        #expect(r.has("Corvane Mining", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Massena"))
        #expect(r.has(site.name, .capacity, "100 MW"))
        // A former use with no conversion is the ground's past, not a site.
        let past = try extract("Corvane Mining will build a data center on the grounds of a former steel plant.", language: "en")
        #expect(!sites(past).contains { $0.name.contains("steel") })
    }

    @Test func aSiteBeingDevelopedBy() throws {
        let r = try extract("The campus, near the town of Dalby in Queensland, Australia, is being developed by Tessan Power.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Tessan Power", .operates, site.name))
    }

    /// `Fondée en 2018 et basée à Lausanne, X`: a coordinated opening participle places the firm.
    @Test(arguments: [
        ("Founded in 2018 and based in Lausanne, Heliox Compute runs a data center in Switzerland.", "en"),
        ("Fondée en 2018 et basée à Lausanne, Heliox Compute exploite un centre de données en Suisse.", "fr"),
    ])
    func aCoordinatedOpeningParticiple(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Heliox Compute", .locatedIn, "Lausanne"))
    }

    /// `a annoncé l'ouverture d'une filiale à Paris`: a branch opened in a noun phrase places the firm.
    @Test func aBranchOpeningNoun() throws {
        let r = try extract("Le groupe américain Brantley a annoncé l'ouverture d'une filiale à Paris.", language: "fr")
        #expect(r.has("Brantley", .locatedIn, "Paris"))
        let other = try extract("Le groupe américain Brantley a annoncé l'ouverture d'un centre de données à Paris.", language: "fr")
        #expect(!other.has("Brantley", .locatedIn, "Paris"))
    }
}
