import DossierModel
import Testing
@testable import DossierExtract

/// Round 2 of the trade rules: the second party behind an aside, a descriptor, a participation
/// list or a paraphrased verb, in English and French. Invented actors only.
@Suite struct TradeRound2SupplyTests {
    @Test(arguments: [
        ("Tessara Compute, the Nasdaq-listed bitcoin miner, said on Monday it had signed a ten-year hosting contract with Parvela Labs.", "Tessara Compute", "Parvela Labs", "en"),
        ("Korvant Systems shipped components made by Orlen Microdevices to Tessara Compute last year.", "Korvant Systems", "Tessara Compute", "en"),
        ("Pour les puces, Tessara Compute a commandé 4 000 processeurs graphiques AMD Instinct MI300X, qui seront livrés par l'intégrateur Korvant Systems.", "Korvant Systems", "Tessara Compute", "fr"),
        ("Tessara Compute utilise des cœurs de processeur sous licence du britannique Korvant Systems.", "Korvant Systems", "Tessara Compute", "fr"),
        ("Tessara Compute hosts Halvorn Mining's machines at its site in Texas.", "Tessara Compute", "Halvorn Mining", "en"),
        ("Tessara Compute héberge depuis mars les serveurs de la société Korvant Industries.", "Tessara Compute", "Korvant Industries", "fr"),
        ("Korvant Industries, a server assembler in Johor that builds systems for Singapore-based cloud provider Tessara Compute, is expanding.", "Korvant Industries", "Tessara Compute", "en"),
    ])
    func supplierSuppliesCustomer(text: String, supplier: String, customer: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(supplier, .supplies, customer))
        #expect(!r.has(customer, .supplies, supplier))
    }

    @Test func aNameInsideAnAsideIsNotTheSupplier() throws {
        let r = try extract("Tessara Compute, the Nasdaq-listed bitcoin miner, said on Monday it had signed a ten-year hosting contract with Parvela Labs.", language: "en")
        #expect(!r.has("Nasdaq", .supplies, "Parvela Labs"))
    }

    @Test func theMakerOfShippedGoodsIsNotTheSender() throws {
        let r = try extract("Korvant Systems shipped components made by Orlen Microdevices to Tessara Compute last year.", language: "en")
        #expect(!r.has("Orlen Microdevices", .supplies, "Tessara Compute"))
    }

    @Test func aSiteBoughtFromAFirmIsOwnedNotSupplied() throws {
        let r = try extract("Tessara Compute, which bought the 90MW Sauda facility from insolvent miner Korvant Mining last year, said it would lease it out.", language: "en")
        #expect(!r.has("Korvant Mining", .supplies, "Tessara Compute"))
        #expect(r.relations.contains { r2 in
            guard r2.predicate == .owns, case .entity(let o) = r2.object else { return false }
            return r.entities[r2.subject].name == "Tessara Compute" && r.entities[o].type == .facility
        })
    }

    @Test func aLetterSentIsNoSupply() throws {
        let r = try extract("Tessara Compute sent a letter to Korvant Systems on Monday.", language: "en")
        #expect(!r.has("Tessara Compute", .supplies, "Korvant Systems"))
    }
}

@Suite struct TradeRound2InvestmentTests {
    @Test(arguments: [
        ("Tessara Compute, which was co-founded by former Google researchers, raised $300 million in January in a round led by Halvorn Capital.", "en"),
        ("Tessara Compute has raised $40 million in a Series B round led by Dutch fund Norrvik Partners, with participation from Halvorn Capital and existing backer Brightline Ventures.", "en"),
        ("La start-up Tessara Compute, qui conçoit à Grenoble des processeurs pour l'inférence, a bouclé un tour de table de 45 millions d'euros mené par le fonds Halvorn Capital.", "fr"),
        ("Tessara Compute, founded in 2023 by three former researchers from Inria, is backed by the venture firms Halvorn Capital and Brightline Ventures.", "en"),
        ("Tessara Compute's previous investors include Halvorn Capital, which led its Series A in 2022.", "en"),
    ])
    func investorBacksTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
        #expect(!r.has("Halvorn Capital", .investsIn, "Inria"))
    }

    @Test func everyParticipantOfTheRoundInvests() throws {
        let r = try extract("Tessara Compute has raised $40 million in a Series B round led by Dutch fund Norrvik Partners, with participation from Halvorn Capital and existing backer Brightline Ventures.", language: "en")
        #expect(r.has("Norrvik Partners", .investsIn, "Tessara Compute"))
        #expect(r.has("Brightline Ventures", .investsIn, "Tessara Compute"))
    }
}

@Suite struct TradeRound2HoldingTests {
    @Test(arguments: [
        ("Tessara Compute is majority-owned by the Oslo investment firm Halvorn Capital.", "en"),
        ("Tessara Compute, which is 60% owned by the Malaysian conglomerate Halvorn Capital, said it would apply for licences.", "en"),
        ("Fondée en 2018, Tessara Compute appartient à 40 % au fonds régional Halvorn Capital.", "fr"),
        ("Tessara Compute est détenue majoritairement par le fonds d'investissement Halvorn Capital depuis 2021.", "fr"),
        ("Korvant Systems has agreed to sell a 51% stake in its data-centre subsidiary Tessara Compute to infrastructure fund Halvorn Capital.", "en"),
    ])
    func holderOwnsTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .owns, "Halvorn Capital"))
    }
}

@Suite struct TradeRound2PartnershipTests {
    @Test(arguments: [
        ("Tessara Compute a signé un protocole d'accord avec l'hébergeur argentin Korvant Systems.", "fr"),
        ("La société Tessara Compute a aussi conclu un accord de développement commun avec Korvant Systems.", "fr"),
        ("Tessara Compute signed a memorandum of understanding with Korvant Systems on Tuesday.", "en"),
    ])
    func declaredAgreementIsAPartnership(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .partnerOf, "Korvant Systems") || r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }

    @Test func aSupplyAgreementIsNoPartnership() throws {
        let r = try extract("Tessara Compute signed a supply agreement with Korvant Systems for 2,000 servers.", language: "en")
        #expect(!r.has("Tessara Compute", .partnerOf, "Korvant Systems") && !r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }
}

@Suite struct TradeRound2JointVentureTests {
    @Test func theParentsOfAJointVentureHoldItAndArePartners() throws {
        let r = try extract("Parvela Cloud, a joint venture between Tessara Compute and Korvant Industries, opened its first site.", language: "en")
        #expect(r.has("Tessara Compute", .owns, "Parvela Cloud"))
        #expect(r.has("Korvant Industries", .owns, "Parvela Cloud"))
        #expect(r.has("Tessara Compute", .partnerOf, "Korvant Industries") || r.has("Korvant Industries", .partnerOf, "Tessara Compute"))
    }

    @Test func theHoldersOfAJointVentureArePartners() throws {
        let r = try extract("Le projet serait porté par une coentreprise, Parvela Cloud, détenue à 70 % par Tessara Compute et à 30 % par le fonds Halvorn Capital.", language: "fr")
        #expect(r.has("Halvorn Capital", .owns, "Parvela Cloud"))
        #expect(r.has("Tessara Compute", .partnerOf, "Halvorn Capital") || r.has("Halvorn Capital", .partnerOf, "Tessara Compute"))
    }

    @Test func aSingleHolderMakesNoPartnership() throws {
        let r = try extract("Parvela Cloud est détenue à 70 % par Tessara Compute.", language: "fr")
        #expect(r.has("Tessara Compute", .owns, "Parvela Cloud"))
        #expect(!r.relations.contains { $0.predicate == .partnerOf })
    }
}
