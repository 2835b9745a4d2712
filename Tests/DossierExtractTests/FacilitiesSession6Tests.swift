import DossierModel
import Testing
@testable import DossierExtract

/// Facilities, session 6: a site the text describes by its capacity and its place is a facility
/// even when no firm is named for it, and a capacity stated through `capacité`/`capacity` belongs
/// to the noun it follows. Invented places and actors only.
@Suite struct FacilitiesSession6Tests {
    @Test(arguments: [
        ("La province a ouvert une mine de 20 MW à Velmora, selon le gouverneur.", "fr", "Velmora", "20 MW"),
        ("Le district a découvert une mine dont la capacité pourrait atteindre 120 mégawatts à Korsk.", "fr", "Korsk", "120 MW"),
        ("Une société a construit une usine d'une capacité de 50 MW près de Tavrin.", "fr", "Tavrin", "50 MW"),
        ("The company opened a 30 MW mine in Ohio last year, the firm said.", "en", "Ohio", "30 MW"),
        ("The firm operates a mine with a capacity of 75 MW in Georgia.", "en", "Georgia", "75 MW"),
    ])
    func anOwnerlessSiteWithCapacityAndPlaceIsAFacility(text: String, language: String, place: String, capacity: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, place))
        #expect(r.has(site.name, .capacity, capacity))
    }

    @Test func anEnglishTextNamesASharedWordInEnglish() throws {
        let r = try extract("The company opened a 30 MW mine in Ohio last year, the firm said.", language: "en")
        #expect(r.entities.contains { $0.type == .facility && $0.name == "mine (Ohio)" })
    }

    @Test(arguments: [
        ("La province a ouvert une mine à Velmora, selon le gouverneur.", "fr"),
        ("A plant in Ohio was mentioned in the report.", "en"),
    ])
    func aVagueSiteWithoutCapacityOrFirmIsNone(text: String, language: String) throws {
        #expect(!(try extract(text, language: language)).entities.contains { $0.type == .facility })
    }

    @Test(arguments: [
        ("Korvane Cloud construira un centre de données à Velmora, la capitale de la Bulgarie.", "fr", "Velmora", "Bulgarie"),
        ("Korvane Cloud will build a data center in Sofia, the capital of Bulgaria.", "en", "Sofia", "Bulgaria"),
        ("Korvane Cloud prévoit de développer un campus de 200 MW dans la région d'Aragon, au nord-est de l'Espagne.", "fr", "Aragon", "Espagne"),
        ("Dravex Minage a ouvert une ferme de minage dans la ville russe de Norilsk.", "fr", "Norilsk", "Russie"),
        ("Dravex Minage exploite un site de 50 MW à Nozay (Essonne).", "fr", "Nozay", "Essonne"),
    ])
    func aSiteIsInEveryPlaceThatContainsItsTown(text: String, language: String, town: String, container: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, town))
        #expect(r.has(site.name, .locatedIn, container))
    }

    @Test func aDirectionFromACityIsOutsideIt() throws {
        let r = try extract("Korvane Cloud exploite un centre de données à Velmora, au nord de Paris.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Velmora"))
        #expect(!r.has(site.name, .locatedIn, "Paris"))
    }
}
