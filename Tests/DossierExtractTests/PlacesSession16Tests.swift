import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a group of firms placed by `from <place>` before its members (`five firms from Hong Kong on the
/// list, namely A, B`). Firm names are invented.
@Suite struct GroupFromPlaceSession16Tests {
    @Test(arguments: [("There are five firms from Hong Kong on the list, namely Tarvex Electronics, Korvent Trading Ltd and Mirelon Technology.", "en", "Hong Kong"),
                      ("The previous list included two companies from mainland China: Tarvex Electronics, Korvent Trading Ltd and Mirelon Technology.", "en", "China"),
                      ("La liste compte trois sociétés de Hong Kong, à savoir Tarvex Electronics, Korvent Trading Ltd et Mirelon Technology.", "fr", "Hong Kong")])
    func theGroupsPlaceIsEachMembers(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Tarvex Electronics", "Mirelon Technology", "Korvent Trading Ltd"] {
            #expect(r.has(firm, .locatedIn, place), "\(firm): \(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
        }
    }

    @Test func aGroupFromAPlaceBeforeAVerbListsNoMembers() throws {
        // The firm after the verb is sued by the group; it is not one of its members.
        let r = try extract("Five firms from Hong Kong have sued Tarvex Electronics.", language: "en")
        #expect(!r.has("Tarvex Electronics", .locatedIn, "Hong Kong"))
    }
}
