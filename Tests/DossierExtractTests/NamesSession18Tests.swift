import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a given name first does not make a person of a name that goes on with a continent
/// or an ocean; `Co., Limited` closes a firm's name, as a legal form closes a local arm's. Names are
/// invented (Xinghua is a real town; Chevron and Shell are the lexicon's well-known firms).
@Suite struct NamesSession18Tests {
    @Test func aNameEndingInAContinentIsNoPerson() throws {
        let r = try extract("In addition, there are five firms from Hong Kong on the list, namely Sinnor Electronics, Asia Pacific Lanes, Tordan Industry and Alpha Trading.", language: "en")
        #expect(!r.entities.contains { $0.type == .person }, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(r.has("Asia Pacific Lanes", .locatedIn, "Hong Kong"))
        #expect(r.has("Tordan Industry", .locatedIn, "Hong Kong"))
    }

    @Test func aGivenNameThatIsAContinentStillOpensAPersonsName() throws {
        let r = try extract("The board welcomed Asia Morvelli in May.", language: "en")
        #expect(r.entities.contains { $0.name == "Asia Morvelli" && $0.type == .person })
    }

    /// `Co., Limited` is the Hong Kong spelling of `Co., Ltd.`; a place name may open the firm's name.
    @Test func coLimitedClosesAFirmsName() throws {
        let r = try extract("The Treasury designated Xinghua Co., Limited and Sinvel Trading Co., Limited on Monday.", language: "en")
        #expect(r.entities.contains { $0.name == "Xinghua Co., Limited" && $0.type == .company }, "\(r.entities.map(\.name))")
        #expect(r.entities.contains { $0.name == "Sinvel Trading Co., Limited" && $0.type == .company })
        #expect(!r.entities.contains { $0.name == "Xinghua" })
    }

    @Test func aDepartmentWrittenInLowerCaseIsABody() throws {
        let r = try extract("“We will act,” Laura Brenvik, a state department spokesperson, said. The commerce department declined to comment.", language: "en")
        #expect(r.entities.contains { $0.name == "state department" && $0.type == .organization }, "\(r.entities.map(\.name))")
        #expect(r.entities.contains { $0.name == "commerce department" && $0.type == .organization })
        #expect(r.has("Laura Brenvik", .worksFor, "state department"))
    }

    @Test func aLowerCaseRemitWithoutADeterminerIsNoBody() throws {
        // (`the state of the department` and `state department stores` after another word are ordinary words.)
        let r = try extract("Velkor Mining said state department stores sold fewer chips in May.", language: "en")
        #expect(!r.entities.contains { $0.type == .organization }, "\(r.entities.map(\.name))")
    }

    /// A known firm, a country and a legal form name the firm's local arm (`Chevron U.S.A. Inc.`).
    @Test func aLocalArmKeepsItsLegalForm() throws {
        let r = try extract("The partners include Chevron U.S.A. Inc., and Shell Nigeria Ltd sold the field on Monday.", language: "en")
        #expect(r.entities.contains { $0.name == "Chevron U.S.A. Inc." && $0.type == .company }, "\(r.entities.map(\.name))")
        #expect(r.entities.contains { $0.name == "Shell Nigeria Ltd" && $0.type == .company })
        #expect(!r.entities.contains { $0.name == "U.S.A. Inc." })
    }

    /// A `régie` is a public body in French, whatever trade its name gives (`Régie de l'énergie`).
    @Test func aRegieIsABody() throws {
        let r = try extract("La Régie de l’énergie a autorisé Velkor Hydro à vendre plus d'électricité.", language: "fr")
        #expect(r.entities.contains { $0.name == "Régie de l’énergie" && $0.type == .organization }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
