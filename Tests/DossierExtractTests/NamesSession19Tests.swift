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

/// Session 19: places the lexicons lack, read from the words around them. Names are invented.
@Suite struct PlacesSession19Tests {
    @Test(arguments: [
        ("Le projet couvrira 318 terrains à Varville et Saint-Orlan-le-Grand, sur la rive-sud.", "Saint-Orlan-le-Grand"),
        ("Le projet ne plait pas à des citoyens de Varville, où l'usine verra le jour.", "Varville"),
        ("C'est au pied du lac de la Varnière que le groupe a présenté sa coentreprise.", "Varnière"),
    ])
    func aPlaceTheLexiconLacks(text: String, place: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entity(place)?.type == .location, "\(r.entities.map { "\($0.name): \($0.type)" })")
    }

    @Test func theCongosUsualEnglishSpellingIsTheCountry() throws {
        let r = try extract("Varcore operates a mine in Kolwezi, in the Democratic Republic of Congo.", language: "en")
        #expect(r.entity("Democratic Republic of Congo")?.type == .location)
        #expect(r.entity("Democratic Republic") == nil)
    }

    @Test func aDateOrAStakeBeforeTheConjunctionIsNoPlace() throws {
        let r = try extract("The sanctions follow those against Suvex in September and Chavex in November.", language: "en")
        #expect(r.entity("Chavex")?.type != .location)
        let stakes = try extract("Les participations étrangères dans Danvar Russie et Baltovar Breweries sont passées sous administration temporaire.", language: "fr")
        #expect(stakes.entity("Baltovar Breweries")?.type != .location)
    }
}
