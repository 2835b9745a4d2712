import DossierModel
import Testing
@testable import DossierExtract

/// Session 19: a government named by its seat holds posts and is no imposer when targets are only tied to it;
/// a long French descriptor (`la société publique russe de pipelines Y`) still leads to the firm named after it.
/// Names are invented.
@Suite struct RolesSession19Tests {
    @Test func aSpokesmanOfTheKremlinWorksForIt() throws {
        let r = try extract("Des proches de Vladimir Poutine, comme le porte-parole du Kremlin Dmitri Pestrov, sont concernés.", language: "fr")
        #expect(r.has("Dmitri Pestrov", .worksFor, "Kremlin"))
        #expect(!r.has("Vladimir Poutine", .worksFor, "Kremlin"))
    }

    @Test func aBodyTheTargetsAreTiedToImposesNothing() throws {
        let r = try extract("Monday's sanctions also included new measures against networks around Oleg Varin, a previously sanctioned billionaire with ties to the Kremlin.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Oleg Varin", .subjectTo, measure.name))
        #expect(!r.has(measure.name, .imposedBy, "Kremlin"))
        #expect(!r.has("Oleg Varin", .sanctionedBy, "Kremlin"))
        #expect(!r.has("Oleg Varin", .worksFor, "Kremlin"))
        let said = try extract("The Kremlin imposed sanctions on Varcom, a firm tied to the Pentagon.", language: "en")
        let counter = try #require(said.entities.first { $0.type == .sanction })
        #expect(said.has(counter.name, .imposedBy, "Kremlin"))
    }

    @Test func aLongFrenchDescriptorLeadsToTheFirmAfterIt() throws {
        let text = """
            Les sanctions visent des proches du pouvoir.
            Le directeur général de Rosgaz, Igor Sevchin, est visé.
            Il s'agit aussi de Nikolai Torev, président de la société publique russe de pipelines Vostneft PJSC, et de Dmitri Lebov.
            """
        let r = try extract(text, language: "fr")
        #expect(r.has("Nikolai Torev", .worksFor, "Vostneft PJSC"))
        #expect(!r.has("Nikolai Torev", .worksFor, "Rosgaz"))
    }

    @Test func aDescriptorThatGoesOnWithAVerbIntroducesNoName() throws {
        let r = try extract("The bureau placed Shenzhen Varda Technology on its Entity List, alleging that the Chinese firm had obtained several thousand Nvidia chips.", language: "en")
        #expect(r.has("Shenzhen Varda Technology", .locatedIn, "China"))
    }
}
