import DossierModel
import Testing
@testable import DossierExtract

/// Session 19: a person named after a title through a nationality and a trade complement, after an `ex-` title,
/// or with a surname joined to its particle by a hyphen. Names are invented.
@Suite struct NamesSession19Tests {
    @Test(arguments: [
        "Hier, le magnat allemand du pétrole Trevo Masiyiwa a choisi Nvidia.",
        "L'ex-chancelier allemand Gerd Rohlander a rejoint le conseil de Rosneft.",
        "Cette activité, orchestrée par l'homme d'affaires irakien Waleed al-Samurri, a rapporté des millions.",
    ])
    func aNameAfterAPersonsTitleIsAPerson(text: String) throws {
        let r = try extract(text, language: "fr")
        let people = r.entities.filter { $0.type == .person }
        #expect(people.count == 1, "\(r.entities.map { "\($0.name): \($0.type)" })")
    }

    @Test func aComplementWithAnArticleNamesAFirm() throws {
        let r = try extract("Hier, le directeur de la chaîne Trevo Masiyiwa a démissionné.", language: "fr")
        #expect(r.entity("Trevo Masiyiwa")?.type != .person)
    }

    @Test(arguments: ["Marta Collective", "Lena International", "Ivan Marine Services", "Oskar Family Trust"])
    func aFirstNameBeforeAFirmsWordIsAFirm(name: String) throws {
        let r = try extract("Yesterday, \(name) invested in the mine.", language: "en")
        #expect(r.entity(name)?.type == .company, "\(r.entities.map { "\($0.name): \($0.type)" })")
    }
}
