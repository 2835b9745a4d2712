import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: a site described first and named later takes its name. Names are invented.
@Suite struct FacilitiesSession17Tests {
    @Test func aSiteNamedLaterTakesItsName() throws {
        let r = try extract("""
            Le groupe français Velkor a remporté un contrat pour construire une centrale hydroélectrique en Côte d'Ivoire.
            La centrale hydroélectrique de Malibo-Tiranou est prévue près du fleuve Bandama.
            """, language: "fr")
        let plants = r.entities.filter { $0.type == .facility }
        #expect(plants.count == 1)
        #expect(plants.first?.name == "centrale hydroélectrique de Malibo-Tiranou", "\(plants.map(\.name))")
        #expect(plants.first?.aliases.contains { $0.contains("Côte d'Ivoire") } == true)
    }

    @Test func aSiteNamedLaterAfterAWordOnItsPlaceTakesItsName() throws {
        // (The name written twice is read as a place as well as the site's name.)
        let r = try extract("""
            Le groupe français Velkor a remporté un contrat pour construire une centrale hydroélectrique en Côte d'Ivoire.
            Le contrat porte sur l'aménagement hydroélectrique de Malibo-Tiranou, selon un communiqué.
            La centrale hydroélectrique de Malibo-Tiranou est prévue près du fleuve Bandama.
            """, language: "fr")
        let plants = r.entities.filter { $0.type == .facility }.map(\.name)
        #expect(plants == ["centrale hydroélectrique de Malibo-Tiranou"], "\(plants)")
    }

    @Test func aSiteFirstWrittenWithANameIsNotRenamed() throws {
        let r = try extract("""
            Velkor construit la centrale solaire de Kalomba au Mali.
            La centrale solaire de Tarvil sera plus grande.
            """, language: "fr")
        let plants = r.entities.filter { $0.type == .facility }.map(\.name)
        #expect(plants.count == 2, "\(plants)")
        #expect(plants.contains { $0.contains("Kalomba") } && plants.contains { $0.contains("Tarvil") }, "\(plants)")
        // (A name written twice is no named site; the definite noun then takes up the last site, which keeps its name.)
        let again = try extract("""
            Velkor construit la centrale solaire de Kalomba au Mali.
            Un rapport du ministère cite Tarvil.
            La centrale solaire de Tarvil sera plus grande.
            """, language: "fr")
        #expect(again.entities.contains { $0.type == .facility && $0.name.contains("Kalomba") }, "\(again.entities.filter { $0.type == .facility }.map(\.name))")
    }

    @Test func aSiteIsNamedOnlyOnce() throws {
        let r = try extract("""
            Velkor a remporté un contrat pour construire une centrale hydroélectrique en Côte d'Ivoire.
            Le contrat porte sur l'aménagement de Malibo-Tiranou et de Korvane.
            La centrale hydroélectrique de Malibo-Tiranou est prévue près du fleuve Bandama.
            La centrale hydroélectrique de Korvane sera mise en service en 2026.
            """, language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name == "centrale hydroélectrique de Malibo-Tiranou" }, "\(r.entities.filter { $0.type == .facility }.map(\.name))")
    }

    @Test func aSentenceAboutTheSiteTakenUpPlacesIt() throws {
        let r = try extract("""
            Velkor a remporté un contrat pour construire une centrale hydroélectrique en Côte d'Ivoire.
            Le contrat porte sur l'aménagement hydroélectrique de Malibo-Tiranou, selon un communiqué.
            La centrale hydroélectrique de Malibo-Tiranou est prévue à Tiassalé, sur le fleuve Bandama.
            """, language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(plant.name, .locatedIn, "Tiassalé"), "\(r.relations.map { "\($0.predicate)" })")
    }

    @Test func aSiteComparedInPassingIsNotPlacedThere() throws {
        let r = try extract("""
            Le Maroc a signé un mémorandum avec la société Gotrion pour installer une méga-usine de batteries.
            À titre de comparaison, la méga-usine Tesla ayant récemment ouvert près de Berlin possède une capacité de 50 GWh.
            """, language: "fr")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:facility.place-taken-up" }, "\(r.relations.map(\.evidence.extractor))")
    }
}
