import DossierModel
import Testing
@testable import DossierExtract

/// A country a measure is aimed at is SUBJECT_TO it, whether it follows the measure (`controls on
/// chips to China`), precedes it in the passive (`shipments to Russia have been banned`) or is the
/// indirect object of `imposées à`, or stands right before `soumise à`/`faces`. Invented firms only; countries are ordinary places.
@Suite struct SanctionCountryTests {
    func subjectCountries(_ r: DocumentExtraction) -> Set<String> {
        Set(r.relations.compactMap { rel -> String? in
            guard rel.predicate == .subjectTo, r.entities[rel.subject].type == .location,
                  case .entity(let o) = rel.object, r.entities[o].type == .sanction else { return nil }
            return r.entities[rel.subject].name
        })
    }

    @Test(arguments: [
        ("The Bureau of Trade Security tightened export controls on chips to China last year.", "en", "China"),
        ("Shipments of mining rigs to Russia have been banned since March.", "en", "Russia"),
        ("Exports of advanced servers to Iran were banned by the government in 2024.", "en", "Iran"),
        ("Le gouvernement a renforcé l'embargo sur les exportations vers l'Iran.", "fr", "Iran"),
        ("Les restrictions imposées à la Chine freinent les ventes de Nordvolt Data.", "fr", "Chine"),
        ("Les livraisons de serveurs vers la Russie sont interdites depuis 2022.", "fr", "Russie"),
        ("L'exportation de puces vers l'Arabie saoudite reste soumise à licence par le Bureau de la sécurité commerciale.", "fr", "Arabie saoudite"),
        ("Iran faces sweeping sanctions imposed by the Council of Trade.", "en", "Iran"),
        ("Depuis 2022, Washington interdit l'exportation vers la Russie des processeurs graphiques avancés.", "fr", "Russie"),
        ("The Ministry of Trade bans exports of mining rigs to Iran.", "en", "Iran"),
    ])
    func aCountryTargetedByAMeasureIsSubjectToIt(_ text: String, _ language: String, _ country: String) throws {
        let r = try extract(text, language: language)
        #expect(subjectCountries(r).contains(country), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func aPassiveBanIsTheMeasureTheSentenceNames() throws {
        let r = try extract("Shipments of servers to Russia have been banned since 2022, when Washington imposed sweeping export restrictions.", language: "en")
        let measures = r.entities.filter { $0.type == .sanction }
        #expect(measures.count == 1)
        let measure = try #require(measures.first)
        #expect(r.has("Russia", .subjectTo, measure.name))
    }

    @Test func aTradeBanIsNamedAfterTheTradeItStops() throws {
        let fr = try extract("Depuis 2022, Washington interdit l'exportation vers la Russie des processeurs avancés.", language: "fr")
        #expect(fr.entities.contains { $0.type == .sanction && $0.name == "interdiction de l'exportation vers la Russie des processeurs avancés" })
        let en = try extract("Shipments of mining rigs to Russia have been banned.", language: "en")
        #expect(en.entities.contains { $0.type == .sanction && $0.name == "ban on shipments of mining rigs to Russia" })
    }

    @Test func aCountryThatOnlyImposesIsNotSubjectToTheMeasure() throws {
        let r = try extract("Washington imposed export restrictions on Korvex Pay last year.", language: "en")
        #expect(!subjectCountries(r).contains("Washington"))
        let fr = try extract("En avril, les États-Unis avaient déjà soumis à licence les exportations de puces vers la Chine.", language: "fr")
        #expect(!subjectCountries(fr).contains("États-Unis"))
    }
}
