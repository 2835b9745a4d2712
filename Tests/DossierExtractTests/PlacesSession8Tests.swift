import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 8: probes in wire phrasing of firms' homes, places of operation and the
/// sites a firm runs, supplies or finances. Invented firms only; each reading has a nearby phrasing that
/// must not fire.
@Suite struct PlacesSession8Tests {
    private func sites(_ r: DocumentExtraction) -> [ExtractedEntity] { r.entities.filter { $0.type == .facility } }
    private func places(of firm: String, in r: DocumentExtraction) -> [String] {
        r.relations.filter { $0.predicate == .locatedIn && r.entities[$0.subject].name == firm }.compactMap {
            if case .entity(let o) = $0.object { return r.entities[o].name } else { return nil }
        }
    }

    /// `X et Y de Hong Kong`: every firm of a list right before `de/of <place>` is there.
    @Test func aListOfFirmsFollowedByItsPlace() throws {
        let r = try extract("Le contrat a été attribué à Korvane Systems, et à Tarnwell Holdings et Quenmar Group de Hong Kong, selon le ministère.", language: "fr")
        #expect(r.has("Tarnwell Holdings", .locatedIn, "Hong Kong"))
        #expect(r.has("Quenmar Group", .locatedIn, "Hong Kong"))
        // The list stops at the comma before `et à`: the first firm is not placed.
        #expect(!r.has("Korvane Systems", .locatedIn, "Hong Kong"))
    }

    @Test func aFirmThatIsANounsComplementIsNotPlaced() throws {
        // `les ventes de X de Chine`: X is a complement of another noun, the place may be the sales'.
        let r = try extract("Les ventes de Tarnwell Holdings de Chine ont doublé en mai.", language: "fr")
        #expect(!r.has("Tarnwell Holdings", .locatedIn, "Chine"))
    }

    /// `X, une société de Hong Kong`, `X, a trading house from Dubai`.
    @Test(arguments: [
        ("Velmora Trading, une société de Hong Kong, a acheté des puces à Siltrax.", "fr", "Velmora Trading", "Hong Kong"),
        ("The parts were bought by Velmora Trading, a trading house from Dubai, in March.", "en", "Velmora Trading", "Dubai"),
    ])
    func anApposedHeadNounWithItsHome(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .locatedIn, place))
    }

    @Test func aSupplierNounInTheAppositionPlacesNothing() throws {
        // `un fournisseur de Russie`: a supplier OF Russia; the place is the customer.
        let r = try extract("Velmora Trading, un fournisseur de Russie, a acheté des puces à Siltrax.", language: "fr")
        #expect(!r.has("Velmora Trading", .locatedIn, "Russie"))
    }

    /// `has many customers in Europe, X said`: a place inside the firm's own clause is no fronted place.
    @Test(arguments: [
        ("Nervia Software has many customers in Europe, Nervia Software said.", "en", "Europe"),
        ("Nervia Software compte de nombreux clients en Europe.", "fr", "Europe"),
        ("Norvex Capital, a London fund, invests in data centers across Europe.", "en", "Europe"),
        ("Ardent Cooling, qui fabrique des refroidisseurs pour les centres de données en Europe, a levé 50 millions.", "fr", "Europe"),
    ])
    func customersFundedSitesAndServedSitesAreNoPlaceOfOperation(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(!places(of: firm.name, in: r).contains(place))
        #expect(sites(r).isEmpty)
    }

    @Test func aFrontedPlaceStillPlacesTheFirm() throws {
        let r = try extract("In Nairobi, Paybridge Ltd said it would hire 200 people.", language: "en")
        #expect(r.has("Paybridge Ltd", .locatedIn, "Nairobi"))
    }

    /// `poursuit son développement en France et en Belgique`, `its expansion in Asia`.
    @Test(arguments: [
        ("Le groupe Nexadis poursuit son développement en France et en Belgique, a indiqué Nexadis.", "fr", "Nexadis", ["France", "Belgique"]),
        ("The payments group Paybridge Ltd said its expansion in Kenya was ahead of plan.", "en", "Paybridge Ltd", ["Kenya"]),
    ])
    func aFirmsOwnGrowthIsAPlaceOfOperation(text: String, language: String, firm: String, expected: [String]) throws {
        let r = try extract(text, language: language)
        for p in expected { #expect(r.has(firm, .locatedIn, p)) }
    }

    @Test func growthWithoutAPossessiveIsNoFirmsPlace() throws {
        let r = try extract("Mistrel AI salue le développement de l'intelligence artificielle en France.", language: "fr")
        #expect(!r.has("Mistrel AI", .locatedIn, "France"))
    }

    /// `supplies chillers to the X campus`: the firm named before the noun runs the site, not the supplier.
    @Test(arguments: [
        "Ardent Cooling supplies chillers to the Tessaly Compute campus in Abilene.",
        "Bitmain shipped 10,000 machines to a Tessaly Compute facility in Paraguay.",
    ])
    func theFirmBeforeTheNounRunsTheSite(text: String) throws {
        let r = try extract(text, language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Tessaly Compute", .operates, site.name))
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name != "Tessaly Compute" })
    }

    /// `will supply GPUs to a supercomputer in Y`: a supplier runs no site it supplies.
    @Test(arguments: [
        ("Quillon Cloud will supply GPUs to a supercomputer in Jülich.", "en"),
        ("Quillon Cloud fournira des GPU pour un supercalculateur à Jülich.", "fr"),
    ])
    func aSupplierRunsNoSiteItSupplies(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(!r.has("Quillon Cloud", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Jülich"))
    }

    @Test func aBuilderStillRunsItsSite() throws {
        let r = try extract("Quillon Cloud will build a supercomputer in Jülich.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Quillon Cloud", .operates, site.name))
    }

    /// `le centre de données que X exploite à Y`, `un site exploité par X à Y`: the place is the site's, not X's.
    @Test(arguments: [
        ("Granvik Bank provided a loan for the 200 MW data center that Tessaly Compute operates in Abilene, Texas.", "en", "Tessaly Compute", "Abilene"),
        ("La banque Granvik a accordé un prêt pour le centre de données de 200 MW que Tessaly Compute exploite à Abilene, au Texas.", "fr", "Tessaly Compute", "Abilene"),
        ("Kelvion Power fournira 300 MW à un centre de données exploité par Tessaly Compute dans l'Ohio.", "fr", "Kelvion Power", "Ohio"),
    ])
    func aSitesPlaceIsNotTheFirms(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has(firm, .locatedIn, place))
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, place))
    }

    @Test func aHostedFirmIsNotPlacedByItsHostsSite() throws {
        let r = try extract("Hashpoint Mining héberge ses machines dans un site exploité par Corvane Hosting à Ellendale, dans le Dakota du Nord.", language: "fr")
        #expect(!r.has("Hashpoint Mining", .locatedIn, "Ellendale"))
        #expect(!r.has("Hashpoint Mining", .locatedIn, "Dakota du Nord"))
    }

    @Test func aFirmThatOperatesInAPlaceIsStillPlaced() throws {
        let r = try extract("Dravex Hash, which operates in Norway and Iceland, said hashrate rose 10%.", language: "en")
        #expect(r.has("Dravex Hash", .locatedIn, "Norway"))
    }

    /// `l'usine de X à Crolles (Isère)`, `le site lyonnais de X`: a definite site with its firm after `de`.
    @Test(arguments: [
        ("L'usine de Siltrova à Grenoble produira des puces de 28 nm, a annoncé Siltrova.", "Siltrova", "Grenoble"),
        ("Le site lyonnais de Ventoria Pharma emploie 400 personnes.", "Ventoria Pharma", "Lyon"),
    ])
    func aDefiniteSiteWithItsFirmAfterDe(text: String, firm: String, place: String) throws {
        let r = try extract(text, language: "fr")
        let site = try #require(sites(r).first)
        #expect(r.has(firm, .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
        #expect(!r.has(firm, .locatedIn, place))
    }

    @Test func aDemonymWithoutAFirmMakesNoSite() throws {
        // `le site lyonnais` with no firm after it describes nothing new.
        let r = try extract("Le site lyonnais a été fermé en 2019.", language: "fr")
        #expect(sites(r).isEmpty)
    }

    /// `has offered services to several banks in Asia`: a recipient after the verb holds the place.
    @Test func aRecipientAfterTheVerbHoldsThePlace() throws {
        let r = try extract("The regulator said Corvane Bank has offered services to several banks in Asia.", language: "en")
        #expect(!r.has("Corvane Bank", .locatedIn, "Asia"))
    }

    /// `The 26-year-old owns a property in Y`: a verb of holding with no firm in its clause places no firm of the text.
    @Test func aHoldingVerbWithoutAFirmPlacesNone() throws {
        let r = try extract("Corvane Bank was sanctioned in May. Its founder owns a property in Kensington, London.", language: "en")
        #expect(!r.has("Corvane Bank", .locatedIn, "London"))
        let s = try extract("Corvane Bank was sanctioned in May. The bank operates branches in Kazan.", language: "en")
        #expect(s.has("Corvane Bank", .locatedIn, "Kazan"))
    }

    /// `Le spécialiste français X … en France et en Europe`: a nationality gives one country, not its list.
    @Test func aNationalityDoesNotSpreadOverAPlaceList() throws {
        let r = try extract("Le spécialiste français des datacenters Dalvion voit grand dans ses projets en France et en Europe.", language: "fr")
        #expect(r.has("Dalvion", .locatedIn, "France"))
        #expect(!r.has("Dalvion", .locatedIn, "Europe"))
    }

    /// `a data center in Frankfurt and another in Amsterdam`: two sites of one firm.
    @Test(arguments: [
        ("Quillon Cloud has a data center in Frankfurt and another in Amsterdam.", "en", "Frankfurt", "Amsterdam"),
        ("Quillon Cloud dispose d'un centre de données à Francfort et d'un autre à Amsterdam.", "fr", "Francfort", "Amsterdam"),
    ])
    func anotherSiteInAnotherPlace(text: String, language: String, first: String, second: String) throws {
        let r = try extract(text, language: language)
        #expect(sites(r).count == 2)
        for site in sites(r) { #expect(r.has("Quillon Cloud", .operates, site.name)) }
        #expect(sites(r).contains { r.has($0.name, .locatedIn, first) && !r.has($0.name, .locatedIn, second) })
        #expect(sites(r).contains { r.has($0.name, .locatedIn, second) && !r.has($0.name, .locatedIn, first) })
    }

    @Test func oneSiteInATownAndItsCountry() throws {
        let r = try extract("Quillon Cloud has a data center in Frankfurt, Germany, and plans more.", language: "en")
        #expect(sites(r).count == 1)
    }

    /// `its Rockdale, Texas, facility`: the state between commas places the possessed site.
    @Test func aStateBetweenCommasPlacesThePossessedSite() throws {
        let r = try extract("Shares of Hashpoint Mining fell after the miner said its Rockdale, Texas, facility lost power.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has(site.name, .locatedIn, "Texas"))
        #expect(!r.has("Hashpoint Mining", .locatedIn, "Texas"))
    }

    /// `X et Y de Chine même`: an intensifier after the place keeps the list's home.
    @Test func aListOfFirmsFromThePlaceItself() throws {
        let r = try extract("Ceux-ci incluent Korvane Semiconductors et Dalwin Technology de Chine même, selon le ministère.", language: "fr")
        #expect(r.has("Korvane Semiconductors", .locatedIn, "Chine"))
        #expect(r.has("Dalwin Technology", .locatedIn, "Chine"))
    }

    /// `financing for X's new campus in Y`: the firm of `'s` runs the site, adjectives between.
    @Test func thePossessorBeforeAnAdjectiveRunsTheSite() throws {
        let r = try extract("Granvik Bank led a $300 million financing for Tessaly Compute's new campus in Abilene.", language: "en")
        let site = try #require(sites(r).first)
        #expect(r.has("Tessaly Compute", .operates, site.name))
        #expect(!r.has("Granvik Bank", .operates, site.name))
    }

    /// `a rival's facility`: the site of an unnamed other firm is not the sentence's firm's.
    @Test func aRivalsSiteIsNotTheFirms() throws {
        let r = try extract("Hashpoint Mining said a fire damaged a rival's facility in Rockdale, not its own.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates })
        let own = try extract("Hashpoint Mining said a fire damaged its facility in Rockdale.", language: "en")
        let site = try #require(sites(own).first)
        #expect(own.has("Hashpoint Mining", .operates, site.name))
    }

    /// `X, whose largest customer is Y, runs a site`: the firm inside the relative apposition runs nothing.
    @Test(arguments: [
        ("Tessaly Compute, whose largest customer is Quillon Cloud, runs a 200 MW data center in Abilene.", "en"),
        ("Tessaly Compute, dont le principal client est Quillon Cloud, exploite un centre de données de 200 MW à Abilene.", "fr"),
    ])
    func aFirmInARelativeAppositionRunsNothing(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(sites(r).first)
        #expect(r.has("Tessaly Compute", .operates, site.name))
        #expect(!r.has("Quillon Cloud", .operates, site.name))
    }
}
