import DossierModel
import Testing
@testable import DossierExtract

/// Firm-to-firm wording of general news where the second party is a list, an anaphor or left
/// implicit: founders after `founded … by`, a round's investor list, a stake sold, a clitic holding,
/// a buyer the sentence does not name. Invented actors only.
@Suite struct FirmRelationPhrasingTests {
    @Test(arguments: [
        ("Tessara Compute, founded in 2019 by Mira Okafor and the engineer Louis Bernard, makes cooling systems.", "en"),
        ("Tessara Compute, créée en 2017 par Mira Okafor et Louis Bernard, fabrique des serveurs.", "fr"),
    ])
    func everyFounderOfTheListFoundedTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Mira Okafor", .founded, "Tessara Compute"))
        #expect(r.has("Louis Bernard", .founded, "Tessara Compute"))
    }

    @Test(arguments: ["Mira Okafor, who started Tessara Compute in 2016, now chairs its board.", "Mira Okafor set up Tessara Compute in 2016."])
    func whoStartedAFirmFoundedIt(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.has("Mira Okafor", .founded, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Korvant Systems signed an agreement with Tessara Compute to jointly develop cooling systems.", "en"),
        ("Korvant Systems a conclu un accord stratégique avec Tessara Compute.", "fr"),
    ])
    func aJointOrStrategicAgreementIsAPartnership(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .partnerOf, "Tessara Compute") || r.has("Tessara Compute", .partnerOf, "Korvant Systems"))
    }

    @Test func aLeaseAgreementIsNoPartnership() throws {
        let r = try extract("Korvant Systems signed a lease agreement with Tessara Compute to host 5,000 GPUs together with its own.", language: "en")
        #expect(!r.has("Korvant Systems", .partnerOf, "Tessara Compute") && !r.has("Tessara Compute", .partnerOf, "Korvant Systems"))
    }

    @Test(arguments: [
        ("Tessara Compute has raised $90 million from investors including Halvorn Capital and the venture firm Brightline Ventures.", "en"),
        ("Tessara Compute a levé 40 millions d'euros auprès de Halvorn Capital et du fonds Brightline Ventures.", "fr"),
    ])
    func everyInvestorOfARoundInvests(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
        #expect(r.has("Brightline Ventures", .investsIn, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .investsIn, "Halvorn Capital"))
    }

    @Test func raisingConcernsIsNoRound() throws {
        let r = try extract("Tessara Compute raised concerns from Halvorn Capital about the schedule.", language: "en")
        #expect(!r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test func participatingInTheSeriesOfAFirmIsAnInvestment() throws {
        let r = try extract("Halvorn Capital participated in the Series B of Tessara Compute last spring.", language: "en")
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test func aStakeSoldGoesToTheBuyer() throws {
        let r = try extract("Korvant Systems sold a 60% stake in Tessara Compute to funds managed by Halvorn Capital.", language: "en")
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
        #expect(!r.has("Korvant Systems", .owns, "Halvorn Capital"))
    }

    @Test func enStandsForTheFirmWhoseCapitalWasJustDescribed() throws {
        let text = "Korvant Systems détient 70 % de Tessara Compute. Le fonds Halvorn Capital en possède 10 %, selon le rapport annuel."
        let r = try extract(text, language: "fr")
        #expect(r.has("Korvant Systems", .owns, "Tessara Compute"))
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test func aHolderNamedBeforeItsAppositionHoldsTheStake() throws {
        let r = try extract("Halvorn Capital, a Dublin-based infrastructure fund, which already holds about 9% of Tessara Compute, declined to comment.", language: "en")
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Tessara Compute runs a 90 MW campus in Ohio. Power for the campus is bought from Voltaris Energy under a ten-year contract.", "en"),
        ("Tessara Compute exploite un campus de 90 MW dans l'Ohio. L'électricité est fournie par Voltaris Energy dans le cadre d'un contrat de dix ans.", "fr"),
        ("Tessara Compute runs a 90 MW campus in Ohio. Power will come from Voltaris Energy.", "en"),
    ])
    func aSupplierOfPowerServesTheFirmTheTextIsAbout(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Voltaris Energy", .supplies, "Tessara Compute"))
    }

    @Test func aSiteBoughtFromAFirmIsNoSupplyOfGoods() throws {
        let r = try extract("Tessara Compute runs a campus in Ohio. The Ohio site was bought from Voltaris Energy in 2021.", language: "en")
        #expect(!r.has("Voltaris Energy", .supplies, "Tessara Compute"))
    }

    @Test func aPowerPurchaseAgreementIsNoTakeover() throws {
        let r = try extract("Tessara Compute signed a 15-year power purchase agreement with Voltaris Energy for 300 MW.", language: "en")
        #expect(r.has("Voltaris Energy", .supplies, "Tessara Compute"))
        #expect(!r.has("Voltaris Energy", .subsidiaryOf, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Korvant Systems said Tessara Compute is its largest customer.", "en"),
        ("Tessara Compute placed an order for 5,000 servers from Korvant Systems.", "en"),
        ("Tessara Compute a commandé 3 000 serveurs à Korvant Systems.", "fr"),
        ("Korvant Systems leases capacity to Tessara Compute at its campus.", "en"),
    ])
    func theSellerSuppliesTheCustomer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .supplies, "Korvant Systems"))
    }

    @Test func customersCountedInAListAreNotEachOthersSuppliers() throws {
        let r = try extract("Korvant Systems counts Tessara Compute and Brenmark Energy among its customers.", language: "en")
        #expect(r.has("Korvant Systems", .supplies, "Brenmark Energy"))
        #expect(!r.has("Tessara Compute", .supplies, "Brenmark Energy"))
    }

    @Test(arguments: [
        ("Korvant Systems won an order from Tessara Compute for 3,000 servers.", "en"),
        ("Korvant Systems a remporté un contrat auprès de Tessara Compute.", "fr"),
        ("Tessara Compute will use Korvant Systems' GPUs at the new site.", "en"),
        ("Korvant Systems équipera Tessara Compute en serveurs.", "fr"),
    ])
    func theFirmThatWinsOrEquipsSupplies(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .supplies, "Korvant Systems"))
    }

    @Test(arguments: [
        ("Tessara Compute, in which Halvorn Capital has a 30% stake, declined to comment.", "en"),
        ("Halvorn Capital est entré au capital de Tessara Compute en 2022.", "fr"),
    ])
    func aHolderOwnsPartOfTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Tessara Compute counts Halvorn Capital among its investors.", "en"),
        ("Halvorn Capital is an investor in Tessara Compute.", "en"),
    ])
    func anInvestorNamedWithACopulaOrACount(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Korvant Systems is working with Tessara Compute on a new cooling design.", "en"),
        ("Korvant Systems joined forces with Tessara Compute to bid for the contract.", "en"),
        ("Tessara Compute s'est associée à Korvant Systems pour construire un campus.", "fr"),
    ])
    func aDeclaredJointWorkIsAPartnership(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .partnerOf, "Tessara Compute") || r.has("Tessara Compute", .partnerOf, "Korvant Systems"))
    }

    @Test(arguments: [
        ("Korvant Systems, the issuer of the Quasar token, opened an office in Zurich.", "en"),
        ("Korvant Systems, émetteur du jeton Quasar, a ouvert un bureau à Zurich.", "fr"),
        ("Sous la marque Quasar, Korvant Systems vend des serveurs aux hébergeurs.", "fr"),
    ])
    func theIssuerOrBrandOwnerMakesTheProduct(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Quasar"))
    }

    @Test(arguments: [
        ("Tessara Compute will run its services on Korvant Systems' cloud platform.", "en"),
        ("Korvant Systems said its main tenant is Tessara Compute.", "en"),
    ])
    func thePlatformOrLandlordSuppliesTheUser(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Tessara Compute runs a site in Ohio. Much of its output comes from Tessara Compute's own Quasar X1 machines.", "en"),
        ("Tessara Compute exploite un site en Ohio. Les quelque 9 000 machines Antminer S19 qui y tournent encore seront revendues.", "fr"),
        ("Tessara Compute exploite un site en Ohio. Les 2 000 machines Antminer S21 ont été achetées au fabricant Bitmain.", "fr"),
    ])
    func aFirmOwnsItsFleet(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.relations.contains { rel in
            rel.predicate == .owns && r.entities[rel.subject].name == "Tessara Compute"
                && { if case .entity(let o) = rel.object { return r.entities[o].type == .product } else { return false } }()
        })
    }

    @Test func aFleetInASentenceNamingItsFirmIsReadByThatFirm() throws {
        let r = try extract("Tessara Compute runs a site in Ohio. Korvant Systems said 2,000 Quasar X1 units are running at its plant.", language: "en")
        #expect(!r.has("Tessara Compute", .owns, "Quasar X1"))
    }

    @Test func aFundingRoundIsNoActor() throws {
        let r = try extract("Tessara Compute said it had closed a $75 million Series C led by Halvorn Capital.", language: "en")
        #expect(r.entity("Series C") == nil)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test func anAnaphorDoesNotMeanAFirmNamedOnlyAsAnAgent() throws {
        let text = "Tessara Compute runs a site in Quebec. The site draws 50 MW supplied by Voltaris Energy. Mira Okafor, co-founder of the company, said demand was strong."
        let r = try extract(text, language: "en")
        #expect(r.has("Mira Okafor", .founded, "Tessara Compute"))
        #expect(!r.has("Mira Okafor", .founded, "Voltaris Energy"))
    }
}
