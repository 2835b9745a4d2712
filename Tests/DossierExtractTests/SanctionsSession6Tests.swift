import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions, session 6: a measure aimed at a country's firms or people as a group is aimed at the
/// country (`sanctions on Russian businesses`), and a group named with two nationalities gives none.
/// Invented measures only.
@Suite struct SanctionsSession6Tests {
    @Test(arguments: [
        ("The UK has imposed fresh sanctions on a number of Russian businesses and individuals.", "en", "Russia"),
        ("Le Royaume-Uni a imposé de nouvelles sanctions contre des entreprises chinoises.", "fr", "Chine"),
        ("Ottawa a annoncé des sanctions visant plusieurs oligarques russes.", "fr", "Russie"),
    ])
    func aMeasureOnAGroupOfOneNationalityTargetsItsCountry(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has(country, .subjectTo, measure.name))
    }

    @Test func aGroupOfTwoNationalitiesTargetsNoCountry() throws {
        let r = try extract("The UK has imposed fresh sanctions on Chinese and Russian businesses.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(!r.has("Russia", .subjectTo, measure.name))
        #expect(!r.has("China", .subjectTo, measure.name))
    }
}
