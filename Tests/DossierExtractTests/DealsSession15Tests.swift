import DossierModel
import Testing
@testable import DossierExtract

/// Session 15: `X a signé avec Y un contrat d'achat d'électricité`: the contract after the partner still
/// tells who sells to whom.
@Suite struct ContractAfterPartnerSession15Tests {
    @Test func aPurchaseContractAfterThePartnerMakesItTheSupplier() throws {
        let r = try extract("Orvane Cloud a signé avec Hydrala Energie un contrat d’achat d’électricité de dix ans.", language: "fr")
        #expect(r.has("Hydrala Energie", .supplies, "Orvane Cloud"))
        #expect(!r.has("Orvane Cloud", .supplies, "Hydrala Energie"))
    }

    @Test func aSignedMeetingWithNoContractIsNoSupply() throws {
        let r = try extract("Orvane Cloud a signé avec Hydrala Energie une déclaration commune sur le climat.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .supplies })
    }
}

/// Session 15: supply read from the firm's side (`its energy supplier, Y`, `customers such as Y`) and from
/// a utility's contract.
@Suite struct SupplySidesSession15Tests {
    @Test(arguments: [("Bitfarms signed an agreement with its energy supplier, Hydrala Energy.", "en"),
                      ("Velkor Mining a signé un contrat avec son fournisseur d’électricité, Hydrala Energie.", "fr")])
    func aPossessiveSupplierSuppliesTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let supplier = language == "fr" ? "Hydrala Energie" : "Hydrala Energy", firm = language == "fr" ? "Velkor Mining" : "Bitfarms"
        #expect(r.has(supplier, .supplies, firm))
        #expect(!r.has(firm, .supplies, supplier))
    }

    @Test(arguments: [("Eaton Towers owns and operates towers in Ghana for customers such as Airtel, MTN and Vodacom.", "en"),
                      ("Eaton Towers exploite des pylônes au Ghana pour des clients comme Airtel, MTN et Vodacom.", "fr")])
    func customersSuchAsAreServedNotOwned(text: String, language: String) throws {
        let r = try extract(text, language: language)
        for customer in ["Airtel", "MTN", "Vodacom"] {
            #expect(r.has("Eaton Towers", .supplies, customer), "\(customer)")
            #expect(!r.has("Eaton Towers", .owns, customer), "\(customer)")
        }
    }

    @Test func aUtilitysSupplyContractMakesItTheSupplier() throws {
        let r = try extract("Louisville Gas and Electric Company signed a power supply contract with developers PowerHouse Data Centers and Poe Companies.", language: "en")
        #expect(r.has("Louisville Gas and Electric Company", .supplies, "PowerHouse Data Centers"))
        #expect(!r.has("PowerHouse Data Centers", .supplies, "Louisville Gas and Electric Company"))
    }

    @Test func aPowerSupplyContractSignedByAMinerStillBuysPower() throws {
        let r = try extract("Velkor Mining signed a power supply contract with Hydrala Energy.", language: "en")
        #expect(r.has("Hydrala Energy", .supplies, "Velkor Mining"))
    }

    @Test func aLineEndingOnALegalFormIsProse() throws {
        let r = try extract("Bitfarms signed an agreement with its energy supplier, Generacion Mediterranea S.A.", language: "en")
        #expect(r.has("Generacion Mediterranea S.A.", .supplies, "Bitfarms"))
    }
}
