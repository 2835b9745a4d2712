import DossierModel
import Testing
@testable import DossierExtract

/// Session 6 round 2, deals: co-investors joined by `alongside` / `aux côtés de` / `with participation
/// from`, a round led `dans la start-up Y`, `le premier client de X`, an order received (not placed),
/// and an offtake agreement. Invented actors only.
@Suite struct DealsRound2Session6Tests {
    @Test(arguments: [
        ("Plinth Capital led the $120 million round in Lumio Networks, with participation from Teldin Motors and Harrow Robotics.", "en", ["Teldin Motors", "Harrow Robotics"], "Lumio Networks"),
        ("Le groupe Delvaux a mené un tour de table de 20 millions d'euros dans Quorane, aux côtés de Sylvestre Capital.", "fr", ["Sylvestre Capital"], "Quorane"),
    ])
    func firmsJoinedToARoundInvestToo(text: String, language: String, companions: [String], target: String) throws {
        let r = try extract(text, language: language)
        for c in companions { #expect(r.has(c, .investsIn, target)) }
    }

    @Test(arguments: [
        ("Verdane Data, aux côtés du fonds Caradel, a investi dans Quorane.", "fr", "Verdane Data", DossierModel.Predicate.investsIn, "Quorane"),
        ("Le groupe Ambrelle, aux côtés de Sylvestre Capital, a pris une participation dans Trivane.", "fr", "Ambrelle", .owns, "Trivane"),
    ])
    func theFirmBeforeAnAlongsideAsideInvestsToo(text: String, language: String, head: String, predicate: DossierModel.Predicate, target: String) throws {
        #expect(try extract(text, language: language).has(head, predicate, target))
    }

    @Test(arguments: [
        // The firms before the aside raised money: they are no investors.
        ("Lumio Networks, alongside Teldin Motors, raised $50 million from Plinth Capital.", "en", "Lumio Networks", "Teldin Motors"),
        ("Quorane, aux côtés de Trivane, a levé 10 millions d'euros auprès du fonds Caradel.", "fr", "Quorane", "Trivane"),
    ])
    func firmsThatRaiseTogetherInvestInNoOne(text: String, language: String, a: String, b: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has(a, .investsIn, b) && !r.has(b, .investsIn, a))
        #expect(!r.relations.contains { $0.predicate == .investsIn && ["Lumio Networks", "Quorane"].contains(r.entities[$0.subject].name) })
    }

    @Test func aFirmBesideTheInvesteeInARelativeIsNoCoInvestor() throws {
        let r = try extract("Delcrest Cloud, which builds data centers alongside Harrow Robotics, raised $20 million from Plinth Capital.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .investsIn && r.entities[$0.subject].name == "Harrow Robotics" })
    }

    @Test(arguments: [
        ("Le fonds Caradel a mené un tour de table de 30 millions d'euros dans la start-up Quorane.", "Caradel"),
        ("Le fonds Caradel a participé à une levée de fonds de 12 millions d'euros dans la société Quorane.", "Caradel"),
    ])
    func aRoundInAFirmAfterItsAmountNamesTheTarget(text: String, investor: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has(investor, .investsIn, "Quorane"))
        #expect(r.entity("Quorane")?.type == .company)
    }

    @Test(arguments: [
        ("La société Verdane Data est le premier client de Solenne Énergie.", "Solenne Énergie", "Verdane Data"),
        ("Le groupe Delvaux est le plus gros client de Corvel Systems.", "Corvel Systems", "Delvaux"),
    ])
    func theFirstCustomerOfAFirmBuysFromIt(text: String, supplier: String, customer: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has(supplier, .supplies, customer))
        #expect(!r.has(customer, .supplies, supplier))
    }

    @Test func anOrderReceivedIsSuppliedByItsReceiver() throws {
        let r = try extract("Tamsworth Data received an order for 2,000 servers from Corallo Cloud.", language: "en")
        #expect(r.has("Tamsworth Data", .supplies, "Corallo Cloud"))
        #expect(!r.has("Corallo Cloud", .supplies, "Tamsworth Data"))
    }

    @Test func anOrderPlacedIsSuppliedByTheSeller() throws {
        let r = try extract("Velmont Compute placed an order for 10,000 mining machines from Bitmain.", language: "en")
        #expect(r.has("Bitmain", .supplies, "Velmont Compute"))
    }

    @Test(arguments: [
        ("Marlow Bitcoin Corp signed an offtake agreement with Meridia Renewables for 200 MW of wind power.", "Meridia Renewables", "Marlow Bitcoin Corp"),
        ("Meridia Renewables signed an offtake agreement with Marlow Bitcoin Corp for its wind farm.", "Meridia Renewables", "Marlow Bitcoin Corp"),
    ])
    func theGeneratorOfAnOfftakeDealSupplies(text: String, generator: String, offtaker: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.has(generator, .supplies, offtaker))
        #expect(!r.has(offtaker, .supplies, generator))
    }

    @Test(arguments: [
        ("Corallo Cloud will colocate 20 MW of GPUs at Glacier Hosting's data center in Texas.", "en", "Glacier Hosting", "Corallo Cloud"),
        ("Vantrel Systems will occupy 40 MW at the Castor Energy campus in Ohio.", "en", "Castor Energy", "Vantrel Systems"),
        ("La société Verdane Data occupera 35 MW du site de la société Ardenne Cloud.", "fr", "Ardenne Cloud", "Verdane Data"),
    ])
    func theTenantOfASiteIsSuppliedByItsOwner(text: String, language: String, landlord: String, tenant: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(landlord, .supplies, tenant))
        #expect(!r.has(tenant, .supplies, landlord))
    }

    @Test func aFirmOccupyingItsOwnSiteSuppliesNoOne() throws {
        let r = try extract("Castor Energy occupies 40 MW at its campus in Ohio, Vantrel Systems said.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }

    @Test(arguments: [
        ("La société Corvel Systems fournit des serveurs. Parmi ses clients figurent Ardenne Cloud et le groupe Delvaux.", "fr", "Corvel Systems", ["Ardenne Cloud", "Delvaux"]),
        ("Vantrel Systems sells software to banks. Its customers include Delcrest Cloud and Harrow Robotics.", "en", "Vantrel Systems", ["Delcrest Cloud", "Harrow Robotics"]),
    ])
    func customersListedAfterAPossessiveBuyFromTheFirmSpokenOf(text: String, language: String, supplier: String, customers: [String]) throws {
        let r = try extract(text, language: language)
        for c in customers { #expect(r.has(supplier, .supplies, c)) }
    }

    @Test func customersWithoutANamedFirmAfterThemAreNoRelation() throws {
        let r = try extract("Ses clients sont inquiets, selon la société Corvel Systems.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }

    @Test func aStakeSoldWithNoFirmNamedIsInTheSeller() throws {
        let r = try extract("Vantrel Systems sold a 10% stake to Castor Energy.", language: "en")
        #expect(r.has("Castor Energy", .owns, "Vantrel Systems"))
        #expect(!r.has("Vantrel Systems", .owns, "Castor Energy"))
    }

    @Test func goodsSoldToABuyerAreNoStake() throws {
        let r = try extract("Vantrel Systems sold 10,000 servers to Castor Energy.", language: "en")
        #expect(!r.has("Castor Energy", .owns, "Vantrel Systems"))
        #expect(r.has("Vantrel Systems", .supplies, "Castor Energy"))
    }

    @Test func aStakeInANamedFirmSoldStillGoesToTheBuyer() throws {
        let r = try extract("Teldin Motors sold its entire stake in Lumio Networks to Plinth Capital.", language: "en")
        #expect(r.has("Plinth Capital", .owns, "Lumio Networks"))
        #expect(!r.has("Plinth Capital", .owns, "Teldin Motors"))
    }

    @Test(arguments: [
        ("Vantrel Systems will develop the project alongside Castor Energy.", "en", "Vantrel Systems", "Castor Energy"),
        ("Le groupe Ambrelle développera le projet aux côtés de la société Corvel Systems.", "fr", "Ambrelle", "Corvel Systems"),
    ])
    func aProjectBuiltAlongsideAFirmIsAPartnership(text: String, language: String, a: String, b: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(a, .partnerOf, b) || r.has(b, .partnerOf, a))
    }

    @Test func moneyInvestedAlongsideAFirmIsNoPartnership() throws {
        let r = try extract("Castor Energy acquired a minority stake in Vantrel Systems, alongside Plinth Capital.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .partnerOf })
        #expect(r.has("Plinth Capital", .owns, "Vantrel Systems"))
    }
}
