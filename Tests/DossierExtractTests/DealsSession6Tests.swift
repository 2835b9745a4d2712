import DossierModel
import Testing
@testable import DossierExtract

/// Session 6, deals: ordinary wire phrasings of holdings, investments, supply and partnerships that
/// failed when probed with invented sentences — the firm invested in after `dans`/`in`, a stake sold
/// with its share stated first, takeover idioms, joint-venture parents, equipment installed for a
/// customer, the provider of a hosting or power deal, a firm closing an aside taken for the subject,
/// and a holding bought from its seller. Invented actors only.
@Suite struct DealsSession6Tests {
    @Test(arguments: [
        ("Le fonds Caradel a investi 50 millions d'euros dans Quorane.", "fr", "Caradel", DossierModel.Predicate.investsIn, "Quorane"),
        ("Le groupe Ambrelle a pris une participation minoritaire dans Sorlane.", "fr", "Ambrelle", .owns, "Sorlane"),
    ])
    func theFirmInvestedInIsNoPlace(text: String, language: String, investor: String, predicate: DossierModel.Predicate, target: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(target)?.type == .company)
        #expect(r.has(investor, predicate, target))
    }

    @Test func aPlaceAfterAnInvestmentInASiteStaysAPlace() throws {
        let r = try extract("Le groupe Caradel a investi 50 millions d'euros dans une usine à Vorlanges.", language: "fr")
        #expect(r.entity("Vorlanges")?.type != .company)
    }

    @Test func aStakeSoldWithItsShareFirstGoesToTheBuyer() throws {
        let r = try extract("Le groupe Delvaux a cédé sa participation de 35 % dans Trivane au fonds Caradel.", language: "fr")
        #expect(r.has("Caradel", .owns, "Trivane"))
        #expect(!r.has("Delvaux", .owns, "Caradel"))
    }

    @Test(arguments: [
        ("Le groupe Delvaux s'offre la start-up Quorane pour 45 millions d'euros.", "Quorane", "Delvaux"),
        ("Le fonds Caradel met la main sur Trivane, un éditeur de logiciels.", "Trivane", "Caradel"),
        ("Halvorsen Energy snapped up Tamsworth Data last year.", "Tamsworth Data", "Halvorsen Energy"),
    ])
    func aTakeoverIdiomMakesTheTargetTheBuyersHolding(text: String, child: String, parent: String) throws {
        let r = try extract(text, language: text.contains("snapped") ? "en" : "fr")
        #expect(r.has(parent, .owns, child))
    }

    @Test func anOfferOfServicesIsNoTakeover() throws {
        let r = try extract("Le groupe Delvaux s'offre les services de la société Quorane Conseil.", language: "fr")
        #expect(!r.has("Quorane Conseil", .subsidiaryOf, "Delvaux"))
    }

    @Test(arguments: [
        ("Castor Energy and Plinth Capital formed a joint venture, Castor Plinth Data, to build data centers in Texas.", "en", "Castor Energy", "Plinth Capital", "Castor Plinth Data"),
        ("Le groupe Marvane et la société Corvel ont créé une coentreprise, baptisée Marcor Énergie, détenue à parts égales.", "fr", "Marvane", "Corvel", "Marcor Énergie"),
        ("Marcor Energy, a joint venture between Harrow Robotics and Teldin Motors, will build a plant.", "en", "Harrow Robotics", "Teldin Motors", "Marcor Energy"),
    ])
    func eachParentOwnsTheJointVenture(text: String, language: String, a: String, b: String, venture: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(a, .owns, venture))
        #expect(r.has(b, .owns, venture))
        #expect(r.has(a, .partnerOf, b) || r.has(b, .partnerOf, a))
    }

    @Test func theEquipperSuppliesTheCustomer() throws {
        let r = try extract("Le fabricant Corvel équipe les centres de données d'Ardenne Cloud, a indiqué la société.", language: "fr")
        #expect(r.has("Corvel", .supplies, "Ardenne Cloud"))
    }

    @Test func theTeamNounIsNoEquipping() throws {
        let r = try extract("Le groupe Corvel renforce l'équipe d'Ardenne Cloud à Lille.", language: "fr")
        #expect(!r.has("Corvel", .supplies, "Ardenne Cloud"))
    }

    @Test(arguments: [
        ("Bitfarm operator Zentra Mining signed a hosting agreement with Glacier Hosting to colocate 5,000 machines in Quebec.", "en", "Glacier Hosting", "Zentra Mining"),
        ("Le mineur de bitcoins Hexalis a signé un contrat d'hébergement avec Polaris Hosting.", "fr", "Polaris Hosting", "Hexalis"),
        ("Zentra Mining has signed a deal with Glacier Compute, which will host 3,000 of its rigs at a site in Norway.", "en", "Glacier Compute", "Zentra Mining"),
        ("Ardenne Cloud a conclu un accord avec Solenne Énergie pour la fourniture de 100 MW d'électricité à son campus.", "fr", "Solenne Énergie", "Ardenne Cloud"),
    ])
    func theHostOrUtilityIsTheProvider(text: String, language: String, provider: String, client: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(provider, .supplies, client))
        #expect(!r.has(client, .supplies, provider))
    }

    @Test func aMinerThatSignsAColocationDealWithAnAIFirmHostsIt() throws {
        let r = try extract("Zentra Mining has signed a 10-year colocation agreement with Quillon AI.", language: "en")
        #expect(r.has("Zentra Mining", .supplies, "Quillon AI"))
    }

    @Test(arguments: [
        ("Plexum, a subsidiary of Japanese conglomerate Harumi Corp, supplies servers to Delcrest Cloud.", "en", "Harumi Corp", "Delcrest Cloud"),
        ("Trivane, filiale du groupe Delvaux, va ouvrir un centre de données à Lille.", "fr", "Delvaux", "centre de données"),
        ("Hexalis, soutenue par le fonds Sylvestre Capital, exploite une ferme de minage au Québec.", "fr", "Sylvestre Capital", "ferme de minage"),
    ])
    func aFirmClosingAnAsideIsNoSubject(text: String, language: String, aside: String, object: String) throws {
        let r = try extract(text, language: language)
        let wrong = r.relations.contains { rel in
            guard r.entities[rel.subject].name == aside, case .entity(let o) = rel.object else { return false }
            return r.entities[o].name.contains(object) && [.supplies, .operates].contains(rel.predicate)
        }
        #expect(!wrong)
    }

    @Test func theHeadOfTheAsideKeepsTheRelation() throws {
        let r = try extract("Plexum, a subsidiary of Japanese conglomerate Harumi Corp, supplies servers to Delcrest Cloud.", language: "en")
        #expect(r.has("Plexum", .supplies, "Delcrest Cloud"))
        #expect(r.has("Plexum", .subsidiaryOf, "Harumi Corp"))
    }

    @Test func goodsAcquiredFromAMakerAreSupplied() throws {
        let r = try extract("Marlow Bitcoin Corp will acquire 12,000 mining rigs from Bitmain, the company said.", language: "en")
        #expect(r.has("Bitmain", .supplies, "Marlow Bitcoin Corp"))
    }

    @Test func aStakeBoughtFromItsSellerIsNoSupply() throws {
        let r = try extract("Castor Energy bought a 25% stake in Lumio Networks from Varneck Group.", language: "en")
        #expect(r.has("Castor Energy", .owns, "Lumio Networks"))
        #expect(!r.has("Varneck Group", .supplies, "Castor Energy"))
    }

    @Test(arguments: [
        ("Kestrel Holdings is selling Brightmoor Systems to Yarrow Group for $500 million.", "en"),
        ("Le groupe Kestrel a revendu Brightmoor Systems au groupe Yarrow en 2023.", "fr"),
    ])
    func aFirmSoldWholeBecomesTheBuyers(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(r.entities.first { $0.name.contains("Yarrow") }?.name ?? "Yarrow", .owns, "Brightmoor Systems"))
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }

    @Test func goodsSoldToACustomerAreNoTakeover() throws {
        let r = try extract("Arkane Semiconductor sells its chips to Velmont Compute.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .owns || $0.predicate == .subsidiaryOf })
    }

    @Test(arguments: [
        ("Norvik Payments, which Tessaly Bank acquired in 2022, processes card payments.", "en"),
        ("Norvik Payments, que Tessaly Bank a rachetée en 2022, traite des paiements.", "fr"),
    ])
    func theAcquirerInARelativeOwnsTheFirm(text: String, language: String) throws {
        #expect(try extract(text, language: language).has("Tessaly Bank", .owns, "Norvik Payments"))
    }

    @Test func theHolderInADontRelativeOwnsTheFirm() throws {
        let r = try extract("Sorlane Technologies, dont le groupe Ambrelle détient 30 %, a publié ses résultats.", language: "fr")
        #expect(r.has("Ambrelle", .owns, "Sorlane Technologies"))
    }

    @Test func aFirmUnderTheControlOfAnotherIsItsHolding() throws {
        let r = try extract("Petrelle Technologies est passée sous le contrôle du groupe Valmorin.", language: "fr")
        #expect(r.has("Valmorin", .owns, "Petrelle Technologies"))
        #expect(!r.has("Petrelle Technologies", .owns, "Valmorin"))
    }

    @Test func investorsListedBeforeARelativeOnTheRoundAreNoInvesteesOfEachOther() throws {
        let r = try extract("Teldin Motors, Harrow Robotics and Plinth Capital are among the investors in the round, which valued Quillon AI at $1 billion.", language: "en")
        #expect(!r.has("Plinth Capital", .investsIn, "Harrow Robotics"))
        #expect(!r.has("Teldin Motors", .investsIn, "Harrow Robotics"))
    }

    @Test func aPPAWithAUtilityIsSuppliedByIt() throws {
        let r = try extract("Solvane Data signed a 20-year PPA with Meridia Renewables for 150 MW of solar power.", language: "en")
        #expect(r.has("Meridia Renewables", .supplies, "Solvane Data"))
    }

    @Test func aReferenceShareholderOwnsTheFirm() throws {
        let r = try extract("Le groupe Marvane, actionnaire de référence de Sorlane Technologies, a soutenu le projet.", language: "fr")
        #expect(r.has("Marvane", .owns, "Sorlane Technologies"))
    }

    @Test func theFirmThatPowersACustomersSiteSuppliesIt() throws {
        let r = try extract("Le producteur Solenne Énergie alimentera en électricité le campus de Verdane Data.", language: "fr")
        #expect(r.has("Solenne Énergie", .supplies, "Verdane Data"))
    }

    @Test func aPassiveOfPoweringNamesTheSupplierAfterIt() throws {
        let r = try extract("Le campus de Verdane Data est alimenté par Solenne Énergie.", language: "fr")
        #expect(!r.has("Verdane Data", .supplies, "Solenne Énergie"))
    }

    @Test func goodsSnappedUpAreNoTakeover() throws {
        let r = try extract("Corallo Cloud snapped up Nvidia chips worth $2 billion last quarter.", language: "en")
        #expect(!r.has("Nvidia", .subsidiaryOf, "Corallo Cloud"))
    }

    @Test func sharesOfAFirmSoldAreNoSupply() throws {
        let r = try extract("Kestrel Holdings sold Brightmoor Systems shares to Yarrow Group.", language: "en")
        #expect(!r.has("Kestrel Holdings", .supplies, "Brightmoor Systems"))
    }

    @Test(arguments: [
        ("Harrow Robotics, which Teldin Motors acquired in 2021, sells robots to Castor Energy.", "en", "Teldin Motors", "Castor Energy"),
        ("Tessaly Bank, which Lormont Partners advised last week, owns Norvik Payments.", "en", "Lormont Partners", "Norvik Payments"),
    ])
    func aFirmInsideARelativeAsideIsNoPartyOfTheMainClause(text: String, language: String, inside: String, after: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { rel in
            guard case .entity(let o) = rel.object else { return false }
            let names = [r.entities[rel.subject].name, r.entities[o].name]
            return names.contains(inside) && names.contains(after)
        })
    }

    @Test func aPlaceDescribedAsSuchAfterAnInvestmentStaysAPlace() throws {
        let r = try extract("Le groupe Caradel a investi dans Marvilliers, une commune de l'Oise.", language: "fr")
        #expect(r.entity("Marvilliers")?.type != .company)
    }
}
