import DossierModel
import Testing
@testable import DossierExtract

/// Session 7, deals: wire phrasings probed with invented sentences that failed — money secured from
/// investors taken for goods bought, an investment `de 300 M$ de Y` read backwards, a parent or unit
/// named in apposition or as `unité`, a customer after an aside, power for a customer's site, a firm
/// sold in the passive, an order won taken for one placed, a cloud contract with a provider named as
/// such, customers listed after `parmi ses clients`, French round and sale verbs, a firm inside a
/// compound adjective taken for a party. Invented actors only.
@Suite struct DealsSession7Tests {
    @Test(arguments: [
        ("Fenmore AI secured $75 million from Dunlin Ventures and Ravel Capital.", "en"),
        ("Fenmore IA a obtenu 20 millions d'euros auprès de Dunlin Ventures.", "fr"),
    ])
    func moneySecuredFromInvestorsIsNoPurchase(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Dunlin Ventures", .investsIn, r.entities.first { $0.name.hasPrefix("Fenmore") }?.name ?? "Fenmore"))
        #expect(!r.has("Dunlin Ventures", .supplies, "Fenmore AI") && !r.has("Dunlin Ventures", .supplies, "Fenmore IA"))
    }

    @Test func goodsSecuredFromAMakerStaySupplied() throws {
        let r = try extract("Fenmore AI secured 5,000 GPUs from Nvidia last month.", language: "en")
        #expect(r.has("Nvidia", .supplies, "Fenmore AI"))
    }

    @Test func anInvestmentOfAnAmountFromAFirmComesFromIt() throws {
        let r = try extract("Prisca Data a annoncé un investissement de 300 millions de dollars de Gellert Capital.", language: "fr")
        #expect(r.has("Gellert Capital", .investsIn, "Prisca Data"))
        #expect(!r.has("Prisca Data", .investsIn, "Gellert Capital"))
    }

    @Test func anInvestmentOfAnAmountInAFirmStillGoesToIt() throws {
        let r = try extract("Prisca Data a annoncé un investissement de 300 millions de dollars dans Gellert Robotique.", language: "fr")
        #expect(r.has("Prisca Data", .investsIn, "Gellert Robotique"))
    }

    @Test(arguments: [
        ("La maison mère de Quinsac Cloud, le groupe Harlande, investira 2 milliards d'euros.", "fr", "Harlande"),
        ("The parent company of Quinsac Cloud, Harland Industries, said it would invest $2 billion.", "en", "Harland Industries"),
        ("Quinsac Cloud est une unité du groupe Harlande.", "fr", "Harlande"),
    ])
    func aParentNamedAsSuchHoldsTheChild(text: String, language: String, parent: String) throws {
        #expect(try extract(text, language: language).has("Quinsac Cloud", .subsidiaryOf, parent))
    }

    @Test func aParentOfAnotherFirmInAListIsNoApposition() throws {
        let r = try extract("The parent company of Quinsac Cloud, Orvane Labs and Delmont Cloud is based in Oslo.", language: "en")
        #expect(!r.has("Quinsac Cloud", .subsidiaryOf, "Orvane Labs"))
    }

    @Test func aCustomerAfterAnAsideBuysFromTheSupplier() throws {
        let r = try extract("Corvo Robotique, filiale de la société Stellan, est un client d'Arvane Calcul.", language: "fr")
        #expect(r.has("Arvane Calcul", .supplies, "Corvo Robotique"))
        #expect(!r.has("Arvane Calcul", .supplies, "Stellan"))
    }

    @Test func powerForACustomersSiteIsSupplied() throws {
        let r = try extract("Weston Énergie fournira l'électricité du campus de Cirrus Data au Texas.", language: "fr")
        #expect(r.has("Weston Énergie", .supplies, "Cirrus Data"))
    }

    @Test func goodsOfAMakerDeliveredAreNoSupplyToIt() throws {
        let r = try extract("Weston Systèmes a livré des processeurs de Kavran Semi.", language: "fr")
        #expect(!r.has("Weston Systèmes", .supplies, "Kavran Semi"))
    }

    @Test(arguments: [
        ("Tellis Networks has been sold to private equity firm Ravenna Partners for $2.1bn.", "en", "Tellis Networks", "Ravenna Partners"),
        ("Tellis Réseaux a été cédé au fonds d'investissement Ravenna Partenaires pour 2,1 milliards d'euros.", "fr", "Tellis Réseaux", "Ravenna Partenaires"),
    ])
    func aFirmSoldInThePassiveBecomesTheBuyers(text: String, language: String, sold: String, buyer: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(buyer, .owns, sold))
        #expect(!r.has(sold, .supplies, buyer))
    }

    @Test func goodsSoldInThePassiveStaySupplied() throws {
        let r = try extract("The servers were sold to Ravenna Cloud by Tellis Networks.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subsidiaryOf })
    }

    @Test(arguments: [
        ("Halvard Semiconductor has won a $400 million order from Tessaline Cloud for its inference chips.", "en"),
        ("Halvard Semi a remporté une commande de 400 millions d'euros auprès de Tessaline Cloud.", "fr"),
    ])
    func anOrderWonIsSuppliedByTheWinner(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let maker = r.entities.first { $0.name.hasPrefix("Halvard") }?.name ?? "Halvard"
        #expect(r.has(maker, .supplies, "Tessaline Cloud"))
        #expect(!r.has("Tessaline Cloud", .supplies, maker))
    }

    @Test func aCloudContractWithAProviderNamedAsSuchIsSuppliedByIt() throws {
        let r = try extract("Ardent AI signed a five-year, $1.5 billion cloud contract with Pellworth Cloud.", language: "en")
        #expect(r.has("Pellworth Cloud", .supplies, "Ardent AI"))
        #expect(!r.has("Ardent AI", .supplies, "Pellworth Cloud"))
    }

    @Test func aHostingContractSignedByTheHostKeepsItsDirection() throws {
        let r = try extract("Tessara Compute, the bitcoin miner, signed a ten-year hosting contract with Parvela Labs.", language: "en")
        #expect(r.has("Tessara Compute", .supplies, "Parvela Labs"))
    }

    @Test func customersListedAfterTheNounBuyFromTheSubject() throws {
        let r = try extract("Talbot Puces compte parmi ses clients Marrow Cloud et Vesper Analytique.", language: "fr")
        #expect(r.has("Talbot Puces", .supplies, "Marrow Cloud"))
        #expect(r.has("Talbot Puces", .supplies, "Vesper Analytique"))
    }

    @Test func roundCoLedInFrenchIsAnInvestment() throws {
        let r = try extract("Hawthorn Capital et Crestline Partenaires ont codirigé le tour de table de 60 millions d'euros de Quillot Systèmes.", language: "fr")
        #expect(r.has("Crestline Partenaires", .investsIn, "Quillot Systèmes"))
        #expect(r.has("Hawthorn Capital", .investsIn, "Quillot Systèmes"))
    }

    @Test func machinesSoldInFrenchAreSupplied() throws {
        let r = try extract("Sable Minage a vendu 3 000 machines de minage à Kiran Numérique pour 12 millions de dollars.", language: "fr")
        #expect(r.has("Sable Minage", .supplies, "Kiran Numérique"))
    }

    @Test func aFirmInACompoundAdjectiveIsNoPartner() throws {
        let r = try extract("Sorrel Digital, a Nasdaq-listed miner, announced a partnership with Tiverton Energy to co-locate machines at its wind farms.", language: "en")
        #expect(r.has("Sorrel Digital", .partnerOf, "Tiverton Energy") || r.has("Tiverton Energy", .partnerOf, "Sorrel Digital"))
        #expect(!r.has("Nasdaq", .partnerOf, "Tiverton Energy"))
    }

    @Test(arguments: [
        ("Corbin Analytics has raised $40 million. The round was led by Fairfax Ventures, with participation from Odell Capital.", "en", "Corbin Analytics"),
        ("Corbane Analytique a levé 40 millions d'euros. Le tour de table a été mené par Fairfax Ventures, avec la participation d'Odell Capital.", "fr", "Corbane Analytique"),
    ])
    func aRoundTakenUpInTheNextSentenceBacksTheFirmThatRaised(text: String, language: String, raiser: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Fairfax Ventures", .investsIn, raiser))
        #expect(r.has("Odell Capital", .investsIn, raiser))
    }

    @Test func aRoundTakenUpAfterASentenceWithoutMoneyBacksNoOne() throws {
        let r = try extract("Corbin Analytics hired forty engineers. The round was led by Fairfax Ventures.", language: "en")
        #expect(!r.has("Fairfax Ventures", .investsIn, "Corbin Analytics"))
    }

    @Test func chipsOfAMakerBoughtAreNoTakeoverOfTheMaker() throws {
        let r = try extract("Petra Cloud has struck a deal to buy 20,000 Nvidia H100 chips through Dellmore Systems.", language: "en")
        #expect(!r.has("Nvidia", .subsidiaryOf, "Petra Cloud"))
        #expect(!r.has("Petra Cloud", .owns, "Nvidia"))
    }

    @Test(arguments: [
        ("Mosaic Compute is a wholly owned subsidiary of the Singapore-based Harlow Group.", "en", "Harlow Group"),
        ("Mosaic Calcul est une filiale à 100 % du groupe singapourien Harlow.", "fr", "Harlow"),
    ])
    func aSubsidiaryWithItsShareOrThePlaceOfItsParent(text: String, language: String, parent: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(r.entities.first { $0.name.hasPrefix("Mosaic") }?.name ?? "Mosaic", .subsidiaryOf, parent))
    }

    @Test(arguments: [
        ("Harvic Énergie a racheté Solenne Réseau l'an dernier.", "fr", "Solenne Réseau"),
        ("Tamar Telecom said it would sell its towers unit, Tamar Towers, to infrastructure investor Greyfield Capital.", "en", "Tamar Towers"),
    ])
    func aNameBoughtOrSoldIsAFirmNotAPerson(text: String, language: String, firm: String) throws {
        #expect(try extract(text, language: language).entity(firm)?.type == .company)
    }

    @Test func aPersonHiredStaysAPerson() throws {
        #expect(try extract("Harvic Énergie a recruté Solenne Marchal l'an dernier.", language: "fr").entity("Solenne Marchal")?.type == .person)
    }

    @Test func aUnitInAppositionSoldGoesToTheBuyer() throws {
        let r = try extract("Tamar Telecom said it would sell its towers unit, Tamar Towers, to infrastructure investor Greyfield Capital.", language: "en")
        #expect(r.has("Greyfield Capital", .owns, "Tamar Towers"))
    }

    @Test(arguments: [
        ("Renwick Énergie a annoncé un accord pour acquérir 74 % du producteur et fournisseur alternatif d'électricité Corbel Réseau.", "fr", "Renwick Énergie", "Corbel Réseau"),
        ("Renwick Energy agreed to buy 30% of the German chipmaker Corbel Semiconductor.", "en", "Renwick Energy", "Corbel Semiconductor"),
    ])
    func aShareBoughtAfterADescriptorIsAHoldingAndAnInvestment(text: String, language: String, buyer: String, target: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(buyer, .owns, target))
        #expect(r.has(buyer, .investsIn, target))
    }

    @Test(arguments: [
        "Corbel Systèmes a remporté 63 % du contrat de l'opérateur Vestal Télécom.",
        "Corbel Systèmes détient 21 % du marché mondial des antennes Vestal.",
    ])
    func aShareOfAContractOrAMarketIsNoHolding(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(!r.relations.contains { $0.predicate == .owns && r.entities[$0.subject].name == "Corbel Systèmes" })
    }

    @Test func aShareHeldIsNoInvestment() throws {
        let r = try extract("Le groupe Ansel détient 70 % du capital de Trident Calcul.", language: "fr")
        #expect(r.has("Ansel", .owns, "Trident Calcul"))
        #expect(!r.has("Ansel", .investsIn, "Trident Calcul"))
    }

    @Test func aLenderNamedAfterFromBuildsNothing() throws {
        let r = try extract("Ostrava Data received a $150 million loan from Kellner Bank to build a data center in Iowa.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Kellner Bank" })
    }

    @Test func aContractorHiredToBuildStillBuilds() throws {
        let r = try extract("Galvan Data has chosen Kessler Engineering to build its new campus in Oregon.", language: "en")
        #expect(r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Kessler Engineering" })
    }
}
