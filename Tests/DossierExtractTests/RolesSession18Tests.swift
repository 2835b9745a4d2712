import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a plural title between a firm and the people it lists (`X executives A and B`).
/// Names are invented.
@Suite struct RolesSession18Tests {
    @Test func aFirmsExecutivesListedByName() throws {
        let r = try extract("The Department of Justice unsealed indictments against Varnex executives Aleksandr Mirov Serda and Aleksej Bestovik.", language: "en")
        #expect(r.has("Aleksandr Mirov Serda", .worksFor, "Varnex"))
        #expect(r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }

    @Test func aFirmsLeadersListedByNameInFrench() throws {
        let r = try extract("La justice a inculpé les dirigeants de Varnex, Aleksandr Mirov et Aleksej Bestovik.", language: "fr")
        #expect(r.has("Aleksandr Mirov", .worksFor, "Varnex"))
        #expect(r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }

    @Test func aSingularTitleIsOnlyTheFirstPersons() throws {
        let r = try extract("Selon le directeur général de Varnex, Aleksandr Mirov et Aleksej Bestovik sont en désaccord.", language: "fr")
        #expect(r.has("Aleksandr Mirov", .worksFor, "Varnex"))
        #expect(!r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }
}
