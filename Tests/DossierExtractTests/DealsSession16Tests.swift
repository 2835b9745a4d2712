import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: money right after a verb of supplying is capital or a price, not goods; `, et` opens the next
/// member of a list. Names are invented.
@Suite struct ProvidedMoneySession16Tests {
    @Test func capitalProvidedForAFirmIsAnInvestment() throws {
        let r = try extract("The companies said Denso will provide $350 million in equity for Orvane Semiconductor Ltd.", language: "en")
        #expect(r.has("Denso", .investsIn, "Orvane Semiconductor Ltd."))
        #expect(!r.has("Denso", .supplies, "Orvane Semiconductor Ltd."))
    }

    @Test func goodsSoldForAFineStillSupply() throws {
        // The money is the fine, far from the verb; the drives were sold to the customer.
        let r = try extract("Velkor Storage agreed to pay a $300m fine for selling hard disk drives to Chinese firm Orvane Telecom.", language: "en")
        #expect(r.has("Velkor Storage", .supplies, "Orvane Telecom"))
    }

    @Test func goodsWorthAnAmountStillSupply() throws {
        let r = try extract("Velkor Storage sold 7.4 million drives worth $1.1 billion to Orvane Telecom Ltd.", language: "en")
        #expect(r.has("Velkor Storage", .supplies, "Orvane Telecom Ltd."))
    }

    @Test func theNextMemberOfAListIsNoCustomer() throws {
        let r = try extract("Le Trésor a sanctionné deux entreprises publiques : Velkor Trucks, qui vend des camions dans le monde entier, et Orvane Motors, qui fabrique des autocars.", language: "fr")
        #expect(!r.has("Velkor Trucks", .supplies, "Orvane Motors"))
    }
}
