import DossierModel
import Testing
@testable import DossierExtract

/// Session 14: a round's investors named in the sentences after the raise, without the round
/// taken up by its noun. Firm names are invented.
@Suite struct DealsSession14Tests {
    @Test(arguments: [
        ("Velkor Robotics raised $40 million in a Series B round. Tarnell Capital led the round, with participation from Brisk Ventures and Quenby Partners.", "en"),
        ("Velkor Robotics has closed a $40 million funding round. Investors include Tarnell Capital, Brisk Ventures and Quenby Partners.", "en"),
        ("Velkor Robotics a levé 20 millions d'euros. Parmi les investisseurs figurent Tarnell Capital, Brisk Ventures et Quenby Partners.", "fr"),
        ("Velkor Robotics raised $40 million on Monday. Its new backers are led by Tarnell Capital, Brisk Ventures and Quenby Partners.", "en"),
        ("Velkor Robotics a levé 20 millions d'euros auprès de ses actionnaires. Tarnell Capital, Brisk Ventures et Quenby Partners ont également participé au tour.", "fr"),
    ])
    func investorsNamedAfterTheRaiseInvestInTheFirmThatRaised(text: String, language: String) throws {
        let r = try extract(text, language: language)
        for investor in ["Tarnell Capital", "Brisk Ventures", "Quenby Partners"] {
            #expect(r.has(investor, .investsIn, "Velkor Robotics"), "\(investor): \(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        }
        let read = r.relations.filter { $0.predicate == .investsIn && $0.evidence.extractor == "rule:round.later-investors" }
        #expect(read.allSatisfy { $0.properties["amount"] != nil }, "the amount raised goes with the investment")
    }

    @Test func aNameModifyingANounIsNoInvestor() throws {
        let r = try extract("Velkor Robotics raised $40 million on Monday. The company is working on a financing package involving lenders from G7 countries.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .investsIn }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func investorsFarFromTheRaiseAreLeftAlone() throws {
        // Four sentences later the investors may belong to another story.
        let r = try extract("Velkor Robotics raised $40 million. It builds warehouse robots. Demand is strong. Prices are falling. Investors include Tarnell Capital.", language: "en")
        #expect(!r.has("Tarnell Capital", .investsIn, "Velkor Robotics"))
    }
}

/// Session 14: the name that closes an apposition (`X, a subsidiary of the Y group,`, `X, filiale du groupe Y,`,
/// `X, backed by Y,`) is not the subject of the verb after the comma; X is. Firm names are invented.
@Suite struct AppositionHeadSession14Tests {
    @Test(arguments: [
        ("Velkor Cloud, a subsidiary of the Tarnell group, opened an office in Lyon on Monday.", "en", "Tarnell"),
        ("Velkor Cloud, filiale du groupe Tarnell, a ouvert un bureau à Lyon lundi.", "fr", "Tarnell"),
        ("Velkor Cloud, backed by Tarnell Capital, opened an office in Lyon on Monday.", "en", "Tarnell Capital"),
    ])
    func theClauseAfterTheAppositionIsItsHeads(text: String, language: String, closing: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Velkor Cloud", .locatedIn, "Lyon"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(!r.has(closing, .locatedIn, "Lyon"))
    }

    @Test func aTakeoverAfterTheAppositionIsTheHeads() throws {
        let r = try extract("Velkor Cloud, filiale du groupe Tarnell, a racheté Brisk Énergie l'an dernier.", language: "fr")
        #expect(r.has("Velkor Cloud", .owns, "Brisk Énergie") || r.has("Brisk Énergie", .subsidiaryOf, "Velkor Cloud"))
        #expect(!r.has("Tarnell", .owns, "Brisk Énergie") && !r.has("Brisk Énergie", .subsidiaryOf, "Tarnell"))
    }
}

/// Session 14: a site sold `to` a buyer; `according to` and the French verb `a` name no buyer, and an outlet buys nothing.
@Suite struct SoldSiteSession14Tests {
    @Test(arguments: [("Velkor Mining plans to sell its Texas site, according to Bloomberg.", "en"),
                      ("Velkor Mining envisage de vendre son site du Texas, a rapporté Bloomberg lundi.", "fr")])
    func theSourceOfASaleIsNoBuyer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .owns }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(r.has("Velkor Mining", .reportedBy, "Bloomberg"))
    }

    @Test(arguments: [("Velkor Mining plans to sell its Texas site, according to Tarnell Group.", "en"),
                      ("Velkor Mining envisage de vendre son site du Texas, a indiqué Tarnell Group.", "fr")])
    func aFirmNamedAsTheSourceOfASaleIsNoBuyer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .owns }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func aLandmarkNextToTheSiteIsNoBuyer() throws {
        let r = try extract("Velkor Mining sold its Texas site, next to the Tarnell Group plant, to Brisk Energy.", language: "en")
        #expect(r.has("Brisk Energy", .owns, "Velkor Mining site (Texas)"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(!r.has("Tarnell Group", .owns, "Velkor Mining site (Texas)"))
    }

    @Test(arguments: [("Velkor Mining sold its Texas site to Tarnell Group for $50 million.", "en", "Velkor Mining site (Texas)"),
                      ("Velkor Mining a vendu son site du Texas à Tarnell pour 50 millions de dollars.", "fr", "site de Velkor Mining (Texas)")])
    func aBuyerAfterToOwnsTheSite(text: String, language: String, site: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tarnell Group", .owns, site) || r.has("Tarnell", .owns, site), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }
}

/// Session 14: the future of `héberger` is a verb of supplying like its present.
@Suite struct HostingSession14Tests {
    @Test func aFirmThatWillHostAnotherSuppliesIt() throws {
        let r = try extract("Velkor Mining hébergera Tarnell AI dans son centre de données du Texas.", language: "fr")
        #expect(r.has("Velkor Mining", .supplies, "Tarnell AI"))
    }
}
