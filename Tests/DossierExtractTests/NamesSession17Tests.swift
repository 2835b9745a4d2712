import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: a Chinese family name missing from the list (`Xi`), read by the family-name rule; relatives
/// named with the surname of a person named in full. Names are invented.
@Suite struct NamesSession17Tests {
    @Test func xiIsAFamilyName() throws {
        let r = try extract("Earlier this year, Antony Blinken met with CCP leader Xi Mingwei in Beijing.", language: "en")
        #expect(r.entities.contains { $0.type == .person && $0.name == "Xi Mingwei" }, "\(r.entities.map { "\($0.name):\($0.type)" })")
    }

    @Test func relativesShareTheSurnameOfAPersonNamedInFull() throws {
        let r = try extract("Le Trésor a sanctionné l'homme d'affaires Samer Folaz. Deux de ses frères sont sanctionnés : Husen Folaz et Amer Folaz dirigent sa société de négoce.", language: "fr")
        for name in ["Husen Folaz", "Amer Folaz"] {
            #expect(r.entities.contains { $0.type == .person && $0.name == name }, "\(r.entities.map { "\($0.name):\($0.type)" })")
        }
    }

    @Test func aPlaceOrAWordBeforeTheSurnameIsNoGivenName() throws {
        let r = try extract("La mine de Hope Bay, près de Cambridge Bay, appartient à Velkor. Hosting Bay était absent.", language: "fr")
        #expect(!r.entities.contains { $0.type == .person && $0.name == "Cambridge Bay" }, "\(r.entities.map { "\($0.name):\($0.type)" })")
    }
}
