import DossierModel
import Testing
@testable import DossierExtract

/// Holdings and backing on general news wording (round 2b): a backer before the round it led, a
/// possessive holding, control taken, and the readings withdrawn (a stake's seller, a stake in a
/// project, a denied investment, a descriptor, an outlet, a former employer, a parent under a short
/// name). Invented actors only.
@Suite struct HoldingsRound2bTests {
    @Test(arguments: [
        ("Korvath Capital led Melvane Systems' $50 million funding round, the company said.", "en", "Korvath Capital", "Melvane Systems"),
        ("Drelton Ventures participated in Melvane Systems' $50 million round.", "en", "Drelton Ventures", "Melvane Systems"),
        ("Le fonds Korvath Capital a mené le tour de table de 50 millions d'euros de Melvane Systems.", "fr", "Korvath Capital", "Melvane Systems"),
    ])
    func aBackerOfARoundInvestsInTheFirmWhoseRoundItIs(text: String, language: String, backer: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(backer, .investsIn, firm))
        #expect(!r.has(firm, .investsIn, backer))
    }

    @Test func aPossessivePercentOwnedFirmIsAHolding() throws {
        let r = try extract("Korvath Energy's 49%-owned Melvane Systems posted higher sales on Tuesday.", language: "en")
        #expect(r.has("Korvath Energy", .owns, "Melvane Systems"))
        #expect(!r.has("Korvath Energy", .reportedBy, "Melvane Systems"))
    }

    @Test func takingControlIsAHoldingNotAParentPair() throws {
        let r = try extract("Stonewell Partners took control of Ironvale Digital in 2023, buying out its founders.", language: "en")
        #expect(r.has("Stonewell Partners", .owns, "Ironvale Digital"))
        #expect(!r.has("Ironvale Digital", .subsidiaryOf, "Stonewell Partners"))
    }

    @Test func theSellerOfAStakeNoLongerOwnsIt() throws {
        let r = try extract("Korvath Energy sold its 20% stake in Melvane Systems to Drelton Capital.", language: "en")
        #expect(!r.has("Korvath Energy", .owns, "Melvane Systems"))
        #expect(!r.has("Korvath Energy", .investsIn, "Melvane Systems"))
        #expect(r.has("Drelton Capital", .owns, "Melvane Systems"))
    }

    @Test func aStakeInAProjectIsNoStakeInAFirm() throws {
        let r = try extract("Korvath Energy will acquire a 30% stake in the Lumbar solar project from Melvane Systems.", language: "en")
        #expect(!r.has("Korvath Energy", .owns, "Lumbar"))
        #expect(!r.has("Korvath Energy", .investsIn, "Lumbar"))
    }

    @Test(arguments: [
        ("Neither Brava Semiconductors nor Tolvik Photonics invested in Lumira Optics.", "Tolvik Photonics", "Lumira Optics"),
        ("Reports of the Korvath Electronics investment first appeared in the Hanil Business Newspaper.", "Korvath Electronics", "Hanil Business Newspaper"),
    ])
    func noInvestmentWhereTheTextStatesNone(text: String, investor: String, target: String) throws {
        #expect(try !extract(text, language: "en").has(investor, .investsIn, target))
    }

    @Test func anInvestmentBankDescriptorIsNoInvestment() throws {
        let r = try extract("Le fonds d'investissement Korvath Capital, la banque publique d'investissement Drelton Banque et la start-up Melvane Systems annoncent une coentreprise.", language: "fr")
        #expect(!r.has("Korvath Capital", .investsIn, "Drelton Banque"))
    }

    @Test func aFormerEmployerIsNotTheFirmThatRaised() throws {
        let r = try extract("Parvex, which was co-founded by former Quantel researchers Ana Varga and Li Wen, raised $300 million in a round led by Norvik Ventures.", language: "en")
        #expect(!r.has("Norvik Ventures", .investsIn, "Quantel"))
    }

    @Test func aParentUnderAShorterNameIsNoHolder() throws {
        let r = try extract("Le mineur québécois Borvik Minage a pris le contrôle de la société Tekora Digital. Borvik détient désormais 51 % du capital de Tekora Digital.", language: "fr")
        #expect(r.has("Tekora Digital", .subsidiaryOf, "Borvik Minage"))
        #expect(!r.has("Borvik", .owns, "Tekora Digital"))
    }

    @Test func aPartialSaleKeepsTheSellerAsHolderButIsNoSupply() throws {
        let r = try extract("Korvath Energy sold a 40% stake in Melvane Systems to Drelton Capital.", language: "en")
        #expect(r.has("Korvath Energy", .owns, "Melvane Systems"))
        #expect(!r.has("Korvath Energy", .supplies, "Melvane Systems"))
        #expect(r.has("Drelton Capital", .owns, "Melvane Systems"))
    }

    @Test(arguments: [
        "Korvath Energy is the largest shareholder of Melvane Systems, the company said.",
        "Melvane Systems' largest shareholder, Korvath Energy, declined to comment.",
    ])
    func theLargestShareholderHoldsTheFirm(text: String) throws {
        #expect(try extract(text, language: "en").has("Korvath Energy", .owns, "Melvane Systems"))
    }
}
