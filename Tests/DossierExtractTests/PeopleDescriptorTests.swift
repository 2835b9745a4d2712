import DossierModel
import Testing
@testable import DossierExtract

/// `Analysis+People` and the founder lists of `Analysis+Roles`: people and firms joined by
/// descriptors rather than titles. Invented actors only.
@Suite struct PeopleDescriptorTests {
    @Test func aFormerEmployerInAnAppositionIsAJob() throws {
        let r = try extract("Korvant Systems runs the site. Its chief executive, Ingrid Halvorsen, a former Statnett engineer, said capacity would double.", language: "en")
        #expect(r.has("Ingrid Halvorsen", .worksFor, "Statnett"))
        let fr = try extract("Créée en 2019 par Hugo Marchal et Salomé Brun, deux anciens d'Atos, Veltara développait de petites salles informatiques.", language: "fr")
        #expect(fr.has("Hugo Marchal", .founded, "Veltara"))
        #expect(fr.has("Salomé Brun", .founded, "Veltara"))
        #expect(fr.has("Hugo Marchal", .worksFor, "Atos"))
        #expect(fr.has("Salomé Brun", .worksFor, "Atos"))
        #expect(!fr.has("Hugo Marchal", .founded, "Atos"), "the former employer is not the founded firm")
    }

    @Test func foundersDescribedByTheirFormerFirm() throws {
        let r = try extract("Quantrel, which was co-founded by former Google researchers Tomas Lind and Meera Rao, raised $300 million.", language: "en")
        #expect(r.has("Tomas Lind", .founded, "Quantrel"))
        #expect(r.has("Meera Rao", .founded, "Quantrel"))
        #expect(r.has("Meera Rao", .worksFor, "Google"))
        #expect(!r.has("Google", .founded, "Quantrel"))
    }

    @Test func aJobAtAFirmWithoutAListedTitle() throws {
        let r = try extract("\"The pattern is clear,\" said Natalie Brandt, a senior investigator at Chainlytic Labs.", language: "en")
        #expect(r.has("Natalie Brandt", .worksFor, "Chainlytic Labs"))
        let customer = try extract("\"The service is slow,\" said Natalie Brandt, a longtime customer at Chainlytic Labs.", language: "en")
        #expect(!customer.has("Natalie Brandt", .worksFor, "Chainlytic Labs"), "a customer is not an employee")
    }

    @Test func whoHasRunAFirmWorksForIt() throws {
        let r = try extract("\"Power is the constraint,\" said Renata Colvin, who has run Cobalt Mining since 2022.", language: "en")
        #expect(r.has("Renata Colvin", .worksFor, "Cobalt Mining"))
    }

    @Test func aDescriptorBeforeTheRelativeStillReachesTheBoard() throws {
        let r = try extract("Korvant Digital is 70% owned by Aidos Nurlanov, a businessman who also sits on the board of the regional power distributor Volnar Energo.", language: "en")
        #expect(r.has("Aidos Nurlanov", .worksFor, "Volnar Energo"))
    }

    @Test func aListedPersonWithATitleOfTheirOwnKeepsIt() throws {
        let r = try extract("Korvant Hosting was designated. OFAC also listed its managers, including its chief executive, Arsenii Volkov, and its general director, Yurii Bazarov.", language: "en")
        let roles = r.relations.filter { $0.predicate == .worksFor }.compactMap { $0.properties["role"]?.stringValue }
        #expect(roles.contains("general director"), "Bazarov keeps his own title: \(roles)")
        #expect(roles.filter { $0 == "chief executive" }.count <= 1)
    }

    @Test func whoseFounderPointsAtTheFirmBeforeIt() throws {
        let r = try extract("Qiandao Technology, whose founder Lu Wenhao previously worked at Huawei, denied wrongdoing.", language: "en")
        #expect(r.has("Lu Wenhao", .founded, "Qiandao Technology"))
        #expect(!r.has("Lu Wenhao", .founded, "Huawei"))
    }
}
