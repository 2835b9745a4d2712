import DossierModel
import Testing
@testable import DossierExtract

/// Paraphrases of investment, supply, holding and partnership statements in English and French,
/// written to widen the cue coverage beyond the dev sets' wording. Invented actors only.
@Suite struct InvestmentParaphraseTests {
    @Test(arguments: [
        ("Halvorn Capital invested $50 million in Tessara Compute last year.", "en"),
        ("Halvorn Capital led Tessara Compute's $200 million Series B round.", "en"),
        ("Tessara Compute raised €30 million from Halvorn Capital and Brightline Ventures.", "en"),
        ("Halvorn Capital a investi 20 millions d'euros dans Tessara Compute.", "fr"),
        ("Tessara Compute a levé 15 millions d'euros auprès de Halvorn Capital.", "fr"),
        ("Halvorn Capital participe au tour de table de Tessara Compute.", "fr"),
        ("Tessara Compute closed a funding round led by Halvorn Capital.", "en"),
        ("Halvorn Capital injecte 40 millions d'euros dans Tessara Compute.", "fr"),
        ("Halvorn Capital, an investor in Tessara Compute, declined to comment.", "en"),
        ("Halvorn Capital, investisseur historique de Tessara Compute, n'a pas commenté.", "fr"),
        ("Tessara Compute, which is backed by Halvorn Capital, opened an office in Oslo.", "en"),
        ("Tessara Compute secured $100 million in funding from Halvorn Capital.", "en"),
        ("Tessara Compute received an investment of $10 million from Halvorn Capital.", "en"),
        ("Halvorn Capital took part in Tessara Compute's funding round.", "en"),
        ("Halvorn Capital is among Tessara Compute's investors.", "en"),
        ("Tessara Compute's investors include Halvorn Capital and Brightline Ventures.", "en"),
        ("Tessara Compute a bouclé une levée de fonds de 20 millions d'euros menée par Halvorn Capital.", "fr"),
    ])
    func investorInvestsInTheFundedFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .investsIn, "Halvorn Capital"))
        #expect(!r.has("Halvorn Capital", .supplies, "Tessara Compute"))
        #expect(!r.has("Halvorn Capital", .owns, "Tessara Compute") || text.contains("stake"))
    }
}

@Suite struct SupplyParaphraseTests {
    @Test(arguments: [
        ("Korvant Systems will supply Tessara Compute with 500 servers.", "en"),
        ("Korvant Systems delivered 10,000 GPUs to Tessara Compute in March.", "en"),
        ("Tessara Compute ordered 2,000 servers from Korvant Systems.", "en"),
        ("Tessara Compute a commandé à Korvant Systems des serveurs.", "fr"),
        ("Korvant Systems provides cloud capacity to Tessara Compute.", "en"),
        ("Tessara Compute signed a power purchase agreement with Korvant Systems.", "en"),
        ("Tessara Compute a signé un contrat de fourniture d'électricité avec Korvant Systems.", "fr"),
        ("Korvant Systems, Tessara Compute's supplier, reported higher sales.", "en"),
        ("Korvant Systems, principal fournisseur de Tessara Compute, a publié ses résultats.", "fr"),
        ("Tessara Compute is a customer of Korvant Systems.", "en"),
        ("Tessara Compute est client de Korvant Systems.", "fr"),
        ("Korvant Systems fournira à Tessara Compute des serveurs.", "fr"),
        ("Tessara Compute uses chips from Korvant Systems.", "en"),
        ("Tessara Compute selected Korvant Systems to supply cooling systems.", "en"),
        ("Tessara Compute a choisi Korvant Systems pour fournir les serveurs.", "fr"),
        ("Korvant Systems signed a contract with Tessara Compute to deliver 5,000 GPUs.", "en"),
        ("Korvant Systems a signé avec Tessara Compute un contrat de livraison de serveurs.", "fr"),
    ])
    func supplierSuppliesTheCustomer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .supplies, "Korvant Systems"))
        #expect(!r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }
}

@Suite struct HoldingParaphraseTests {
    @Test(arguments: [
        ("Halvorn Capital holds a 20% stake in Tessara Compute.", "en"),
        ("Halvorn Capital owns Tessara Compute.", "en"),
        ("Halvorn Capital acquired a majority stake in Tessara Compute.", "en"),
        ("Halvorn Capital détient 30 % de Tessara Compute.", "fr"),
        ("Halvorn Capital est propriétaire de Tessara Compute.", "fr"),
    ])
    func holderOwnsTheHolding(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }
}

extension InvestmentParaphraseTests {
    @Test func aRoundMentionedAsATimeIsNoInvestment() throws {
        let r = try extract("Halvorn Capital joined Tessara Compute's board after the round.", language: "en")
        #expect(!r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }
}

@Suite struct PartnershipParaphraseTests {
    @Test(arguments: [
        ("Tessara Compute and Korvant Systems signed a memorandum of understanding.", "en"),
        ("Tessara Compute s'associe à Korvant Systems.", "fr"),
        ("The joint venture between Tessara Compute and Korvant Systems will build a plant.", "en"),
        ("Un partenariat a été conclu entre Tessara Compute et Korvant Systems.", "fr"),
        ("Halvorn Capital formed a joint venture with the utilities Tessara Compute and Korvant Systems.", "en"),
        ("Tessara Compute signed a partnership agreement with Korvant Systems.", "en"),
        ("Tessara Compute, partenaire de Korvant Systems, ouvre un site.", "fr"),
        ("Tessara Compute a conclu un partenariat stratégique avec Korvant Systems.", "fr"),
    ])
    func aDeclaredPartnershipLinksBothFirms(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .partnerOf, "Korvant Systems") || r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Tessara Compute and Korvant Systems both reported higher revenue.", "en"),
        ("Shares of Tessara Compute and Korvant Systems rose on Monday.", "en"),
        ("Tessara Compute et Korvant Systems sont concurrents sur ce marché.", "fr"),
        ("Tessara Compute signed a hosting deal with Korvant Systems.", "en"),
        ("Investors including Tessara Compute, Korvant Systems and Halvorn Capital funded the partnership.", "en"),
        ("Les partenaires de Vorland Energy sont notamment Tessara Compute et Korvant Systems.", "fr"),
        ("Halvorn Capital's partners include Tessara Compute and Korvant Systems.", "en"),
        ("Tessara Compute announced a partnership on Monday, and Korvant Systems said its sales rose.", "en"),
        ("Tessara Compute, a customer of Korvant Systems, signed a partnership with Halvorn Capital.", "en"),
    ])
    func coMentionOrASupplyDealIsNoPartnership(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has("Tessara Compute", .partnerOf, "Korvant Systems") && !r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }
}
