import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a given name first does not make a person of a name that goes on with a continent
/// or an ocean. Names are invented.
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
}
