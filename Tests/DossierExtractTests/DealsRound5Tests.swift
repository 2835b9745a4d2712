import DossierModel
import Testing
@testable import DossierExtract

/// Deals in real press wording (round 5): a supply contract whose purpose says who delivers, a firm
/// chosen as supplier, space leased to a described customer, owners and parents in apposition, and the
/// readings withdrawn (a seller, a market share, a firm whose asset is bought, an investment word inside a
/// name). Invented actors only.
@Suite struct DealsRound5Tests {
    @Test(arguments: [
        ("Korvant Systems a conclu un accord avec Tessara Telecom, le premier opérateur du pays, pour lui fournir des antennes 5G.", "fr", "Korvant Systems", "Tessara Telecom"),
        ("Korvant Systems signed a five-year contract with Tessara Telecom on Monday to supply its network equipment.", "en", "Korvant Systems", "Tessara Telecom"),
        ("Tessara Telecom signed a $2 billion, five-year contract with Norway's Korvant Systems on Monday to secure additional cloud capacity.", "en", "Korvant Systems", "Tessara Telecom"),
        ("Tessara Telecom entered an agreement last month with Korvant Systems for roughly 50,000 GPUs.", "en", "Korvant Systems", "Tessara Telecom"),
    ])
    func aContractsPurposeSaysWhoSupplies(text: String, language: String, supplier: String, customer: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(supplier, .supplies, customer))
        #expect(!r.has(customer, .supplies, supplier))
    }

    @Test func aMemorandumIsNoSupplyContract() throws {
        let r = try extract("Korvant Systems a signé un protocole d'accord avec Tessara Telecom pour développer ensemble des antennes.", language: "fr")
        #expect(!r.has("Korvant Systems", .supplies, "Tessara Telecom"))
    }

    @Test(arguments: [
        ("Tessara Telecom a choisi Korvant Systems comme fournisseur de ses antennes.", "fr"),
        ("Korvant Systems a été sélectionné par Tessara Telecom comme fournisseur de son matériel.", "fr"),
        ("Tessara Telecom selected Korvant Systems as its main supplier.", "en"),
    ])
    func aFirmChosenAsSupplierSuppliesTheChooser(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Telecom"))
        #expect(!r.has("Tessara Telecom", .supplies, "Korvant Systems"))
    }

    @Test func spaceLeasedToADescribedCustomerIsASupply() throws {
        let r = try extract("Halvorn Digital, which emerged from bankruptcy in March, announced plans to lease up to 20 megawatts of capacity in its Denver facility to cloud provider Tessara Cloud.", language: "en")
        #expect(r.has("Halvorn Digital", .supplies, "Tessara Cloud"))
    }

    @Test func aStakeSoldToAFirmIsNoSupply() throws {
        let r = try extract("Halvorn Digital agreed to sell its remaining stake to Tessara Cloud for $40 million.", language: "en")
        #expect(!r.has("Halvorn Digital", .supplies, "Tessara Cloud"))
    }

    @Test(arguments: [
        ("Les sanctions visent Oleg Varnakov, propriétaire du groupe de presse Melvane Media, ainsi que deux banques.", "fr", "Oleg Varnakov", "Melvane Media"),
        ("The measures target Oleg Varnakov, the owner of Melvane Media, and two banks.", "en", "Oleg Varnakov", "Melvane Media"),
    ])
    func anOwnerInAppositionHoldsTheFirm(text: String, language: String, owner: String, owned: String) throws {
        #expect(try extract(text, language: language).has(owner, .owns, owned))
    }

    @Test(arguments: [
        ("Le groupe Drelton Holding, maison-mère notamment de l'opérateur Tessara Telecom, a annoncé lundi un nouveau président.", "Tessara Telecom", "Drelton Holding"),
        ("Korvant Cloud, l'unité d'informatique en nuage de Drelton Holding, a ouvert un site.", "Korvant Cloud", "Drelton Holding"),
        ("Les partenaires historiques, dont Ovane (groupe Les Tilleuls) et la Caisse Melvane, ont suivi.", "Ovane", "Les Tilleuls"),
    ])
    func aParentNamedInAppositionOrParentheses(text: String, child: String, parent: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has(child, .subsidiaryOf, parent))
        #expect(!r.has(parent, .subsidiaryOf, child))
    }

    @Test func aMarketShareIsNoHolding() throws {
        let r = try extract("En 2020, Korvant Systems détenait 21 % du marché mondial des antennes Tessara, selon les analystes.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .owns })
    }

    @Test func buyingAFirmsSiteDoesNotBuyTheFirm() throws {
        let r = try extract("Halvorn Digital has finalized a $56 million deal to acquire fellow miner Tessara Mining's partially completed Bitcoin mine in Paraguay.", language: "en")
        #expect(!r.has("Tessara Mining", .subsidiaryOf, "Halvorn Digital"))
    }

    @Test func aSiteBoughtFromAJointVentureMakesNoParent() throws {
        let r = try extract("Halvorn Digital bought the wind farm in Hale County from a joint venture between Drelton Power and the Melvane State Investment Board.", language: "en")
        #expect(!r.has("Drelton Power", .subsidiaryOf, "Halvorn Digital"))
        #expect(!r.relations.contains { $0.predicate == .investsIn })
    }

    @Test(arguments: [
        ("Korvant Systems a déclaré en mai qu'elle vendrait des milliers de puces en Arabie saoudite, avec une première tranche de 18 000 de ses dernières puces H300 destinées à Tessara Cloud.", "fr"),
        ("Korvant Systems shipped its H300 chips destined for Tessara Cloud last year.", "en"),
    ])
    func goodsDestinedForAFirmAreSuppliedByTheirMaker(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Cloud"))
        #expect(r.has("Korvant Systems", .supplies, "H300"))
        #expect(!r.has("Tessara Cloud", .supplies, "H300"))
    }

    @Test func ownershipKeptOfASiteIsAHolding() throws {
        let r = try extract("Halvorn Mining will deliver 168 megawatts at its Redrock site in Texas. Halvorn Mining will retain full ownership of the project and may tap capital markets.", language: "en")
        #expect(r.has("Halvorn Mining", .owns, "Redrock site"))
    }

    @Test func aProductListedWithAFirmHasNoMakerFromTheList() throws {
        let r = try extract("Tessara Cloud veut offrir des services concurrents de ceux de Korvant Systems ou H300.", language: "fr")
        #expect(!r.has("Korvant Systems", .supplies, "H300"))
    }

    @Test func aSupplierNounDescribingTheFirmBoughtIsNoSupply() throws {
        let r = try extract("Korvant Energie a annoncé mercredi un accord pour acquérir 74,33 % du fournisseur d'électricité Tessara Solaire auprès de ses actionnaires.", language: "fr")
        #expect(r.has("Korvant Energie", .owns, "Tessara Solaire"))
        #expect(!r.has("Korvant Energie", .supplies, "Tessara Solaire"))
    }

    @Test func aStakeHeldIsNoInvestment() throws {
        let r = try extract("Halvorn Digital, which owns a 30% stake in Tessara Mining, said on Monday it would keep it.", language: "en")
        #expect(r.has("Halvorn Digital", .owns, "Tessara Mining"))
        #expect(!r.has("Halvorn Digital", .investsIn, "Tessara Mining"))
    }

    @Test(arguments: [
        ("Tessara Mining appartient au groupe Korvant Holding depuis 2019.", "fr"),
        ("Tessara Mining belongs to the conglomerate Korvant Holding.", "en"),
    ])
    func aFirmBelongingToAGroupIsItsSubsidiary(text: String, language: String) throws {
        #expect(try extract(text, language: language).has("Tessara Mining", .subsidiaryOf, "Korvant Holding"))
    }

    @Test func aSubsidiaryOfADescribedParentIsNotReversed() throws {
        let r = try extract("Tessara Mining is a subsidiary of the Russian state conglomerate Korvant Holding.", language: "en")
        #expect(r.has("Tessara Mining", .subsidiaryOf, "Korvant Holding"))
        #expect(!r.has("Korvant Holding", .subsidiaryOf, "Tessara Mining"))
    }

    @Test func aPossessiveSupplierWithADescriptor() throws {
        let r = try extract("Korvant Energy, Tessara Mining's electricity supplier, raised its tariffs.", language: "en")
        #expect(r.has("Korvant Energy", .supplies, "Tessara Mining"))
    }

    @Test func aFirmSourcingFromAnotherIsItsCustomer() throws {
        let r = try extract("Tessara Cloud s'approvisionne en puces auprès de Korvant Systems.", language: "fr")
        #expect(r.has("Korvant Systems", .supplies, "Tessara Cloud"))
        #expect(!r.has("Tessara Cloud", .supplies, "Korvant Systems"))
    }

    @Test func aPossessiveSupplierOpeningTheTextNeverTraps() throws {
        let r = try extract("Tessara Mining's hosting provider, Korvant Data, operates the site.", language: "en")
        #expect(!r.has("Tessara Mining", .supplies, "Korvant Data"))
    }

    @Test(arguments: [("Tessara Cloud a reçu un financement de 20 millions d'euros de Korvant Capital.", "fr"),
                      ("Tessara Cloud received $20 million in funding from Korvant Capital.", "en")])
    func fundingReceivedFromAFirmIsItsInvestment(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Capital", .investsIn, "Tessara Cloud"))
        #expect(!r.has("Tessara Cloud", .investsIn, "Korvant Capital"))
    }

    @Test func aSupplyAgreementNamesNoSupplierByItsNoun() throws {
        let r = try extract("Tessara Cloud entered into a long-term power supply agreement with Korvant Energy.", language: "en")
        #expect(!r.has("Tessara Cloud", .supplies, "Korvant Energy"))
    }
}
