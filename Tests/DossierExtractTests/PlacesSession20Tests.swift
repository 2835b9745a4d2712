import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: a headline that opens on a country and a colon places the firm it is about and the sites it names.
/// Names are invented.
@Suite struct HeadlineCountrySession20Tests {
    @Test func theHeadlinesFirmIsInTheCountryItOpensOn() throws {
        let r = try extract("Gabon : Torvex annonce l'ouverture d'une nouvelle mine\nLe groupe Torvex a ouvert une mine de manganèse près de Moanda, a-t-il annoncé lundi.", language: "fr")
        #expect(r.has("Torvex", .locatedIn, "Gabon"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func theHeadlinesSiteIsInTheCountryItOpensOn() throws {
        let r = try extract("Cameroun : le barrage de Kolvé se précise\nLes travaux du barrage de Kolvé commenceront en 2026, a indiqué la société Torvex.", language: "fr")
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].type == .facility && $0.evidence.extractor == "rule:headline-country" })
    }

    @Test(arguments: [
        "Paraguay : le canadien Torvex prend le contrôle d'un site\nLe mineur Torvex a pris le contrôle d'un site de 100 MW, a-t-il annoncé.",
        "Afrique : Torvex prend le contrôle d'un site\nLe mineur Torvex a pris le contrôle d'un site de 100 MW, a-t-il annoncé.",
    ])
    func aFirmWithItsOwnNationalityOrAContinentIsNotPlacedByTheHeadline(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:headline-country" })
    }
}

/// Session 20: a place the lexicon knows by an acronym is that place only in capitals.
@Suite struct PlaceAcronymsSession20Tests {
    @Test func aCommonWordSpellingAnAcronymIsNoPlace() throws {
        let r = try extract("Le ministre du pétrole et son homologue de l'Eau et des mines ont visité Niamey.", language: "fr")
        #expect(!r.entities.contains { $0.type == .location && $0.name == "Eau" }, "\(r.entities.map { "\($0.name) \($0.type)" })")
        let caps = try extract("Le groupe Torvex a ouvert un bureau aux EAU en mars.", language: "fr")
        #expect(caps.entity("EAU")?.type == .location, "\(caps.entities.map { "\($0.name) \($0.type)" })")
    }
}
