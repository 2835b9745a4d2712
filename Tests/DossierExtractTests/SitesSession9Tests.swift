import DossierModel
import Testing
@testable import DossierExtract

/// Facilities and places, session 9: negatives in wire phrasing. A firm that finances, rents, buys from or
/// connects a site does not run it; a place where a firm sells, plans to go or speaks is not its home; a firm's
/// whole hash rate is no site's capacity. Invented firms only; each reading has a nearby phrasing that must fire.
@Suite struct SitesSession9Tests {
    private func operators(_ r: DocumentExtraction) -> Set<String> {
        Set(r.relations.filter { $0.predicate == .operates }.map { r.entities[$0.subject].name })
    }
    private func places(of firm: String, in r: DocumentExtraction) -> [String] {
        r.relations.filter { $0.predicate == .locatedIn && r.entities[$0.subject].name == firm }.compactMap {
            if case .entity(let o) = $0.object { return r.entities[o].name } else { return nil }
        }
    }
    private func capacities(_ r: DocumentExtraction) -> [String] {
        r.relations.filter { $0.predicate == .capacity }.compactMap {
            if case .literal(_, let v) = $0.object { return v.stringValue } else { return nil }
        }
    }

    /// `, which is operated by X`, `, qui est exploité par X`: the agent of a relative passive runs the site,
    /// not the customer, lender or buyer that opens the sentence.
    @Test(arguments: [
        ("Quenby Compute is the main customer of the Pinecrest data center, which is operated by Ravel Hosting in Georgia.", "en", "Quenby Compute", "Ravel Hosting"),
        ("Brisco Bank provided a $500 million loan to finance the Redwater data center, which is being built by Talon Digital in Nevada.", "en", "Brisco Bank", "Talon Digital"),
        ("Noralys est le principal client du centre de données de Saint-Ouen, qui est exploité par Castel Hébergement.", "fr", "Noralys", "Castel Hébergement"),
    ])
    func theAgentOfARelativePassiveRunsTheSite(text: String, language: String, bystander: String, runner: String) throws {
        let r = try extract(text, language: language)
        #expect(operators(r).contains(runner))
        #expect(!operators(r).contains(bystander))
        // The place after the agent is the site's, not the agent's home.
        #expect(places(of: runner, in: r).isEmpty)
    }

    /// A customer, buyer of the output, lender or tenant named before the site runs nothing.
    @Test(arguments: [
        ("Axton Power buys all the output of the Stonebridge wind farm in Texas.", "en", "Axton Power"),
        ("Ternel Énergie achète toute la production du parc éolien de Lormont, dans l'Aude.", "fr", "Ternel Énergie"),
        ("Corwin Capital, which financed the Ellsworth plant in Ohio, is based in London.", "en", "Corwin Capital"),
        ("Delphi Compute, a tenant at the Ravensworth campus in Ohio, raised $200 million.", "en", "Delphi Compute"),
    ])
    func aBystanderBeforeTheSiteRunsNothing(text: String, language: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entities.contains { $0.type == .facility })
        #expect(!operators(r).contains(firm))
    }

    @Test func aBorrowerFinancingItsSiteStillRunsIt() throws {
        // `raised … to finance the X campus`: the firm raises money for its own site.
        let r = try extract("Talon Digital raised $500 million to finance the construction of the Redwater campus in Nevada.", language: "en")
        #expect(operators(r).contains("Talon Digital"))
    }

    /// `Y's rival X is building a campus`: the firm after the rival word is the clause's subject.
    @Test func aRivalThatIsTheSubjectRunsItsOwnSite() throws {
        let r = try extract("Sentry Data's rival Orbis Compute is building a 300 MW campus in Texas.", language: "en")
        #expect(operators(r).contains("Orbis Compute"))
        #expect(!operators(r).contains("Sentry Data"))
    }

    @Test func aRivalNamedAfterTheSubjectIsNotTheRunner() throws {
        let r = try extract("Corby Minerals, like rivals such as Halvorn Mining, operates a 150 MW facility in Paraguay.", language: "en")
        #expect(operators(r).contains("Corby Minerals"))
        #expect(!operators(r).contains("Halvorn Mining"))
    }

    /// `a data center operated by X in Oregon`: a weakly read name after `by` is the runner, not the site's name.
    @Test(arguments: [
        ("Tensor Works will deploy 20,000 GPUs at a data center operated by Vantage Peak in Oregon.", "en"),
        ("Tensor Works déploiera 20 000 GPU dans un centre de données exploité par Vantage Peak dans l'Oregon.", "fr"),
    ])
    func aWeakNameAfterByRunsTheSite(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(operators(r).contains("Vantage Peak"))
        #expect(!operators(r).contains("Tensor Works"))
        #expect(!r.entities.contains { $0.type == .facility && ($0.name.contains("operated by") || $0.name.contains("exploité par")) })
    }

    @Test func aWeakNameRightAfterTheNounStillNamesTheSite() throws {
        let r = try extract("Kestrel Grid will connect the data center Aurelis to its network.", language: "en")
        #expect(!operators(r).contains("Kestrel Grid"))
    }

    /// `un second site de 100 MW en Finlande`: a rank and a place make a second site, with its own capacity.
    @Test func aSecondPlannedSiteOfAWeaklyReadFirm() throws {
        let r = try extract("Morvan Calcul exploite un site de 150 MW en Suède et projette un second site de 100 MW en Finlande.", language: "fr")
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 2)
        let finnish = try #require(sites.first { r.has($0.name, .locatedIn, "Finlande") })
        #expect(r.has(finnish.name, .capacity, "100 MW"))
        #expect(!r.has(finnish.name, .capacity, "150 MW"))
    }

    /// `lifted its hashrate to 12 EH/s`: the firm's whole fleet, not the site named in the same sentence.
    @Test(arguments: [
        ("Mercator Hash lifted its installed hashrate to 12 EH/s after energizing its Ohio site, a 50 MW facility.", "en"),
        ("Mercator Hash a porté sa puissance de calcul à 12 EH/s après la mise en service de son site de l'Ohio, d'une capacité de 50 MW.", "fr"),
    ])
    func aFirmsHashRateIsNoSitesCapacity(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!capacities(r).contains("12 EH/s"))
        #expect(capacities(r).contains("50 MW"))
    }

    @Test func aSitesOwnHashRateStaysItsCapacity() throws {
        let r = try extract("Mercator Hash runs a mining site in Ohio with a hashrate of 3 EH/s.", language: "en")
        #expect(capacities(r).contains("3 EH/s"))
    }

    /// `Speaking in Davos, X chief executive …`: where someone spoke is not the firm's place.
    @Test(arguments: [
        ("Speaking in Davos, Ardent Capital chief executive Lena Moss said the fund would expand in Asia.", "en", "Davos"),
        ("Interrogé à Genève, Ardent Capital a indiqué vouloir se développer en Asie.", "fr", "Genève"),
    ])
    func whereSomeoneSpokeIsNoPlaceOfTheFirm(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!places(of: "Ardent Capital", in: r).contains(place))
    }

    @Test func aFrontedPlaceStillPlacesTheFirm() throws {
        let r = try extract("In Abilene, Ardent Capital runs offices for its Texas funds.", language: "en")
        #expect(places(of: "Ardent Capital", in: r).contains("Abilene"))
    }

    /// Sales to sites elsewhere, planned growth and the sites an investor finances (`has invested in data centers in Spain`)
    /// do not place the firm.
    @Test(arguments: [
        ("Beltrame Semi vendra des puces à des centres de données en Arabie saoudite.", "fr", "Beltrame Semi", "Arabie saoudite"),
        ("Ardent Capital has invested in data centers in Spain and Portugal.", "en", "Ardent Capital", "Spain"),
        ("Ardent Capital a investi dans des centres de données en Espagne et au Portugal.", "fr", "Ardent Capital", "Espagne"),
        ("Ormel Data prévoit d'étendre ses activités en Allemagne et en Pologne.", "fr", "Ormel Data", "Allemagne"),
        ("Ormel Data plans to expand its operations in Germany and Poland.", "en", "Ormel Data", "Germany"),
    ])
    func salesAndPlansAreNoPlaceOfOperation(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!places(of: firm, in: r).contains(place))
    }

    /// (A firm's own apposition, `backed by Y`, does not make its own sites a financier's.)
    @Test(arguments: [
        ("Ormel Data exploite des centres de données en Allemagne et en Pologne.", "fr", "Allemagne"),
        ("Oberon Data, which has operations in Spain and Italy, reported a loss.", "en", "Italy"),
        ("Ormel Data, backed by Ardent Capital, operates data centers in Spain and Portugal.", "en", "Spain"),
        ("Ormel Data, soutenue par Ardent Capital, exploite des centres de données en Espagne et au Portugal.", "fr", "Espagne"),
    ])
    func sitesAndOperationsStillPlaceTheFirm(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(places(of: firm.name, in: r).contains(place))
    }

    /// `X, the landlord of the Y campus, is based in Chicago`: the seat is the firm's, not the site's.
    @Test func aSeatAfterAnAppositionIsNotTheSitesPlace() throws {
        let r = try extract("Kilmer Realty, the landlord of the Ravensworth campus, is based in Chicago.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(!r.has(site.name, .locatedIn, "Chicago"))
        #expect(r.has("Kilmer Realty", .locatedIn, "Chicago"))
    }

    @Test func aSiteInAPlaceAfterAnAppositionIsPlaced() throws {
        let r = try extract("The Ravensworth campus, owned by Kilmer Realty, is located in Ohio.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Ohio"))
    }

    /// `seeking approval for its reactor design`: a design is no site.
    @Test func aDesignIsNoSite() throws {
        let r = try extract("Pellway Power is seeking regulatory approval in India for its new reactor design.", language: "en")
        #expect(!r.entities.contains { $0.type == .facility })
        let s = try extract("Pellway Power is building a new reactor in India.", language: "en")
        #expect(s.entities.contains { $0.type == .facility })
    }

    /// `a site run by X in Texas`, `un site exploité par X au Texas`: a vague noun with the agent of its participle is a site.
    @Test(arguments: [
        ("Nordvale Data's machines are hosted at a site run by Calvex Hash in Texas.", "en", "Texas"),
        ("Les machines de Nordvale Data sont hébergées dans un site exploité par Calvex Hash au Texas.", "fr", "Texas"),
    ])
    func aVagueSiteRunByTheAgentOfItsParticiple(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Calvex Hash", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, place))
        #expect(!operators(r).contains("Nordvale Data"))
        #expect(!places(of: "Calvex Hash", in: r).contains(place))
    }

    /// `its machines are hosted at a site in Texas`, `leases space at a data center`: a hosted customer or a tenant runs nothing.
    @Test(arguments: [
        ("Nordvale Data said its machines are hosted at a site in Texas.", "en", "Nordvale Data"),
        ("Fernhill Cloud leases space at a data center owned by Ravel Hosting in Virginia.", "en", "Fernhill Cloud"),
        ("Fernhill Cloud loue des espaces dans un centre de données exploité par Ravel Data à Lyon.", "fr", "Fernhill Cloud"),
    ])
    func aHostedCustomerOrATenantRunsNothing(text: String, language: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(!operators(r).contains(firm))
    }

    @Test func aFirmThatRunsTheSiteWhereATenantLeasesSpaceRunsIt() throws {
        let r = try extract("Fernhill Cloud runs a data center in Virginia, where Kelso AI leases space.", language: "en")
        #expect(operators(r).contains("Fernhill Cloud"))
    }

    /// `which has 2 GW of capacity across its sites`, `qui dispose d'une capacité totale de 2 GW`: the firm's whole beside a site's own figure.
    @Test(arguments: [
        ("Marlow Compute, which has 2 GW of capacity across its sites, opened a 100 MW site in Ohio.", "en"),
        ("Marlow Calcul, qui dispose d'une capacité totale de 2 GW, a ouvert un site de 100 MW dans l'Ohio.", "fr"),
    ])
    func aFirmsTotalBesideASitesFigure(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(capacities(r) == ["100 MW"])
    }

    @Test func aSitesFigureAcrossItsBuildingsStaysItsCapacity() throws {
        let r = try extract("Stanmore Data is building a campus in Ohio planned at 450 MW across six buildings.", language: "en")
        #expect(capacities(r).contains("450 MW"))
    }

    /// `The X data center, a joint venture between A and B, is located in Y`: the place is the site's, not B's.
    @Test func aFirmInsideASitesAppositionIsNotPlaced() throws {
        let r = try extract("The 200 MW Ridgeway data center, a joint venture between Stanmore Data and Kelso AI, is located in Arizona.", language: "en")
        #expect(!places(of: "Kelso AI", in: r).contains("Arizona"))
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Arizona"))
    }

    /// `avec Y pour la production de son parc éolien`: the possessive after `de/from` and an output noun is the seller's site;
    /// `pour sa ferme`, the buyer's own.
    @Test func theSourceOfTheElectricityIsTheSellersSite() throws {
        let r = try extract("Ardent Cloud a signé un contrat d'achat d'électricité avec Delmere Renouvelables pour la production de son parc éolien de l'Iowa.", language: "fr")
        #expect(operators(r).contains("Delmere Renouvelables"))
        #expect(!operators(r).contains("Ardent Cloud"))
        let s = try extract("Kervan Mining a signé un contrat de fourniture d'électricité avec Volta Énergie pour sa ferme de minage du Paraguay.", language: "fr")
        #expect(operators(s).contains("Kervan Mining"))
        #expect(!operators(s).contains("Volta Énergie"))
    }

    /// `X's new data center, located in Wyoming`, `le centre de données de X, situé dans le Wyoming`: the participle places the site.
    @Test(arguments: [
        ("Halvorn Mining's new data center, located in Wyoming, will have 50 MW of capacity.", "en"),
        ("Le nouveau centre de données de Halvorn Minage, situé dans le Wyoming, aura une capacité de 50 MW.", "fr"),
    ])
    func aParticipleAfterTheSitePlacesTheSiteNotTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let firm = try #require(r.entities.first { $0.type == .company })
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Wyoming"))
        #expect(!places(of: firm.name, in: r).contains("Wyoming"))
    }

    @Test func aFirmBasedAfterItsSitesAppositionIsPlaced() throws {
        // A finite verb after the closing comma is the firm's (`X, the landlord of the Y campus, is based in Z`).
        let r = try extract("Halvorn Mining, the owner of the Casper data center, is based in Denver.", language: "en")
        #expect(places(of: "Halvorn Mining", in: r).contains("Denver"))
    }

    /// `developing the Blue Mesa project, a 1 GW campus`: a weak name before `project` runs nothing.
    @Test func aProjectsNameIsNotItsRunner() throws {
        let r = try extract("Orvane Hash is developing the Blue Mesa project, a 1 GW campus in New Mexico.", language: "en")
        #expect(operators(r).contains("Orvane Hash"))
        #expect(!operators(r).contains("Blue Mesa"))
    }

    /// `signed the agreement with X in Beijing`: the counterpart of `with` is met there, not seated there.
    @Test(arguments: [
        ("Tesgrove Labs signed the agreement with Vantor Systems in Beijing on Monday.", "en", "Beijing"),
        ("Tesgrove Labs a signé l'accord avec Vantor Systèmes à Pékin lundi.", "fr", "Pékin"),
    ])
    func theCounterpartOfWithIsNotPlaced(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let counterpart = try #require(r.entities.first { $0.type == .company && $0.name.hasPrefix("Vantor") })
        #expect(!places(of: counterpart.name, in: r).contains(place))
    }

    @Test func aFirmRightBeforeItsPlaceIsStillPlaced() throws {
        let r = try extract("The chips are packaged by Vantor Systems in Penang.", language: "en")
        #expect(places(of: "Vantor Systems", in: r).contains("Penang"))
    }

    /// `the utility that supplies the X campus`, `le fournisseur d'électricité du campus`: the supplier runs nothing and its seat
    /// is not the campus's.
    @Test func theUtilitySupplyingACampusRunsNothing() throws {
        let r = try extract("Kellway Energy, the utility that supplies the Ashford campus, is based in Atlanta.", language: "en")
        #expect(!operators(r).contains("Kellway Energy"))
        #expect(places(of: "Kellway Energy", in: r).contains("Atlanta"))
        let f = try extract("Kellway Énergie, le fournisseur d'électricité du campus d'Ashford, est basé à Atlanta.", language: "fr")
        let site = try #require(f.entities.first { $0.type == .facility })
        #expect(!f.has(site.name, .locatedIn, "Atlanta"))
    }

    /// `customers include X, which runs a data center`: the firm heading the relative runs the site.
    @Test func aCustomerHeadingARelativeThatRunsASiteRunsIt() throws {
        let r = try extract("Axton Power's customers include Quenby Compute, which runs a data center in Iowa.", language: "en")
        #expect(operators(r).contains("Quenby Compute"))
        #expect(!operators(r).contains("Axton Power"))
    }


    /// `operates a 100 MW site and aims to reach 1 GW`, `a pipeline of 3 GW of projects, including a 300 MW campus`:
    /// beside a site's own figure, a firm's goal or pipeline is not the site's; a site's own growth (`could grow to 1 GW`) stays.
    @Test(arguments: [
        ("Calvex Hash operates a 100 MW site in Texas and aims to reach 1 GW of capacity by 2027.", "en", "100 MW"),
        ("Calvex Hash exploite un site de 100 MW au Texas et vise 1 GW de capacité d'ici 2027.", "fr", "100 MW"),
        ("Marlow Compute has a pipeline of 3 GW of projects, including a 300 MW campus in Spain.", "en", "300 MW"),
    ])
    func aFirmsGoalOrPipelineIsNoSitesCapacity(text: String, language: String, own: String) throws {
        let r = try extract(text, language: language)
        #expect(capacities(r) == [own])
    }

    @Test func aSitesOwnGrowthStaysItsCapacity() throws {
        let r = try extract("Stanmore Data's Ohio campus, now at 200 MW, could grow to 1 GW under the plan.", language: "en")
        #expect(capacities(r).contains("1000 MW"))
    }

    /// `in talks in Riyadh … about a campus`, `une procédure judiciaire à Marseille concernant sa centrale`: a venue places no site.
    @Test(arguments: [
        ("Fenwick Cloud said it was in talks in Riyadh with Qasr Digital about a campus.", "en", "Riyadh"),
        ("Gauvain Solaire fait l'objet d'une procédure judiciaire à Marseille concernant sa centrale solaire de Provence.", "fr", "Marseille"),
    ])
    func aVenueBeforeTheSitePlacesNothing(text: String, language: String, venue: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { e in e.type == .facility && r.has(e.name, .locatedIn, venue) })
    }

    @Test func aPlaceBeforeTheSiteStillPlacesIt() throws {
        let r = try extract("Morvan Calcul exploite à Boden, en Suède, l'un des plus grands centres de minage d'Europe.", language: "fr")
        #expect(r.entities.contains { e in e.type == .facility && r.has(e.name, .locatedIn, "Boden") })
    }
}
