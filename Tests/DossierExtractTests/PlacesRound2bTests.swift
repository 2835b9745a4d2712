import DossierModel
import Testing
@testable import DossierExtract

/// LOCATED_IN, round 2b: plural sites and staff in places, `the X-based company` for the firm the
/// sentence is about, the largest firm in a place, national units, home-town adjectives in apposition,
/// `a Texas miner, X`, and listed think tanks. Invented actors only.
@Suite struct PlacesRound2bTests {
    @Test func pluralSitesPlaceTheOperatorInEveryPlaceOfTheList() throws {
        let r = try extract("Headquartered in Perth, Quellan Digital owns and operates data centers in Nevada and Manitoba, Canada, the filing said.", language: "en")
        #expect(r.has("Quellan Digital", .locatedIn, "Nevada"))
        #expect(r.has("Quellan Digital", .locatedIn, "Manitoba"))
        #expect(r.has("Quellan Digital", .locatedIn, "Canada"))
    }

    @Test(arguments: [
        ("Torvald Hash exploite déjà des fermes de minage en Éthiopie et au Canada, ainsi qu'aux États-Unis.", "fr", "Torvald Hash", "États-Unis"),
        ("Marrow Exchange was run largely from offices in Tbilisi and Yerevan.", "en", "Marrow Exchange", "Yerevan"),
        ("Veltrix Mining employs 300 people in Kazakhstan, the company said.", "en", "Veltrix Mining", "Kazakhstan"),
    ])
    func premisesAndStaffInAPlacePlaceTheFirm(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func theBasedCompanyStandsForTheSentenceSubject() throws {
        let r = try extract("Norvane Cloud will supply Microsoft with capacity under a five-year contract, the Rotterdam-based company said on Monday.", language: "en")
        #expect(r.has("Norvane Cloud", .locatedIn, "Rotterdam"))
        #expect(!r.has("Microsoft", .locatedIn, "Rotterdam"))
    }

    @Test(arguments: [
        ("Veltrix Mining is the largest bitcoin miner in Kazakhstan.", "en", "Veltrix Mining", "Kazakhstan"),
        ("Veltrix Mining est le plus grand mineur de bitcoins du Kazakhstan.", "fr", "Veltrix Mining", "Kazakhstan"),
        ("Orvane Power, the biggest utility in Paraguay, signed the deal.", "en", "Orvane Power", "Paraguay"),
    ])
    func theLargestFirmInAPlaceIsLocatedThere(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test(arguments: [
        ("Veltrix Mining's Kazakh subsidiary signed the contract on Monday.", "en", "Veltrix Mining", "Kazakhstan"),
        ("Le contrat a été signé par la filiale kazakhe de Veltrix Mining.", "fr", "Veltrix Mining", "Kazakhstan"),
        ("Kalvik Data, le spécialiste lyonnais du refroidissement, a levé 20 millions d'euros.", "fr", "Kalvik Data", "Lyon"),
        ("The contract was signed with a Texas miner, Orlan Energy, on Monday.", "en", "Orlan Energy", "Texas"),
        ("Le contrat a été signé par le mineur sibérien Veltrix Mining lundi.", "fr", "Veltrix Mining", "Sibérie"),
        ("The report was written by a scholar with the American Enterprise Institute in Washington.", "en", "American Enterprise Institute", "Washington"),
    ])
    func aNationalUnitOrAHomeTownDescriptorPlacesTheFirm(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func aListedPublicBodyStillGetsNoPlace() throws {
        let r = try extract("The rule was issued by the Federal Energy Regulatory Commission in Washington.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn })
    }
}
