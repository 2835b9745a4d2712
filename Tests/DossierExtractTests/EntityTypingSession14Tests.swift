import DossierModel
import Testing
@testable import DossierExtract

/// Session 14: a body whose short name has a digit and one capital (`G7`), a company word
/// standing alone, and state actors of sanctions news that the known-names lexicon now lists.
@Suite struct EntityTypingSession14Tests {
    @Test(arguments: ["The G7 said on Monday it would act against Velkor Shipping.",
                      "The EU and G7 allies have banned exports to Velkor Shipping."])
    func aBodysShortNameWithADigitIsTheBody(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entity("G7")?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.entities.contains { $0.type == .product })
    }

    @Test(arguments: [
        ("Le Groupe dispose de droits miniers sur une concession de lithium de Velkor SA en Argentine.", "fr", "Groupe"),
        ("The Power to X technology will be tested by Velkor Systems in Morocco.", "en", "Power"),
    ])
    func aCompanyWordAloneIsNoFirm(text: String, language: String, word: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.name == word && $0.type == .company }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func aCompanyWordInANameStillMakesAFirm() throws {
        let r = try extract("Velkor Energy a signé un contrat avec Tarnell.", language: "fr")
        #expect(r.entity("Velkor Energy")?.type == .company)
    }

    @Test(arguments: [
        ("The Lazarus Group stole $600 million from Velkor Exchange.", "en", "Lazarus Group"),
        ("La Russie a été exclue du système SWIFT en 2022.", "fr", "SWIFT"),
        ("The US Export-Import Bank lent $5 million to Velkor Mining.", "en", "US Export-Import Bank"),
        ("Les Gardiens de la révolution ont saisi un pétrolier.", "fr", "Gardiens de la révolution"),
    ])
    func stateActorsOfSanctionsNewsAreBodies(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(name)?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 14: a one-word firm before a verb of supplying, and a firm named with `AI` before a
/// preposition or a verb of founding and building. Firm names are invented.
@Suite struct FirmNamesSession14Tests {
    @Test(arguments: [("Tarnell fournira 10 000 GPU à Velkor Cloud cette année.", "fr"),
                      ("Tarnell supplies GPUs to Velkor Cloud.", "en")])
    func aOneWordSupplierIsAFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tarnell", .supplies, "Velkor Cloud"), "\(r.entities.map(\.name))")
    }

    @Test(arguments: [("Velkor Power fournira 300 MW d'électricité au centre de données de Tarnell AI dans l'Ohio.", "fr"),
                      ("Velkor Mining and Tarnell AI formed a joint venture to build a 200 MW data center in Texas.", "en")])
    func aClosingAIBeforeAPrepositionOrAVerbIsTheFirmsName(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity("Tarnell AI")?.type == .company, "\(r.entities.map(\.name))")
        #expect(!r.relations.contains { r.entities[$0.subject].name == "Velkor Power" && $0.predicate == .operates })
    }

    @Test func AIBeforeANounStillQualifiesTheNoun() throws {
        let r = try extract("Velkor said Tarnell AI chips would ship in May.", language: "en")
        #expect(r.entity("Tarnell AI") == nil, "\(r.entities.map(\.name))")
    }
}

/// Session 14: a one-word firm that announces, and a surname after a lower-case title and its article.
@Suite struct AnnouncersSession14Tests {
    @Test func aOneWordNameThatAnnouncesIsAFirm() throws {
        let r = try extract("Velkor announced on Monday that it had opened a data center in Lyon.", language: "en")
        #expect(r.has("Velkor", .operates, "Velkor data center (Lyon)"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func aPersonsSurnameThatAnnouncesStaysThePerson() throws {
        let r = try extract("Maria Lindqvist heads Velkor Cloud. Lindqvist announced a new plan on Monday.", language: "en")
        #expect(!r.entities.contains { $0.name == "Lindqvist" && $0.type == .company }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [("Le président Tenbury a annoncé un plan de soutien.", "fr"), ("La ministre Tenbury a signé le décret.", "fr")])
    func aSurnameAfterATitleAndItsArticleIsAPerson(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity("Tenbury")?.type == .person, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 14: a seat on the board is a post at the firm that gives it.
@Suite struct BoardSeatSession14Tests {
    @Test(arguments: [("Velkor Mining has appointed Tom Reed to its board of directors.", "en"),
                      ("Velkor Mining a nommé Tom Reed au conseil d'administration.", "fr")])
    func aSeatOnTheBoardIsAPost(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tom Reed", .worksFor, "Velkor Mining"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        let post = r.relations.first { $0.predicate == .worksFor }
        #expect(post?.properties["role_normalized"] == .string("DIRECTOR") || post?.properties["role"] == .string("DIRECTOR"))
    }

    @Test func aNameBeforeTheBoardWithoutAnAppointmentGivesNoPost() throws {
        // Without an appointing verb before the name the board words say nothing of a post.
        let r = try extract("Velkor Mining presented Tom Reed to its board of directors on Monday.", language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor == "rule:appointed-to-board" })
    }
}

/// Session 14: the article's ministries are read once and serve every sentence with a minister.
@Suite struct MinistersSession14Tests {
    @Test func twoMinistersInTwoSentencesEachWorkForTheirMinistry() throws {
        let r = try extract("La ministre de la Transition numérique, Clara Vasseur, a salué l'accord. Le ministre de l'Industrie, Paul Orlan, s'est félicité. "
                            + "Le ministère de la Transition numérique et le ministère de l'Industrie ont publié un communiqué.", language: "fr")
        #expect(r.has("Clara Vasseur", .worksFor, "ministère de la Transition numérique"))
        #expect(r.has("Paul Orlan", .worksFor, "ministère de l'Industrie"))
        #expect(!r.has("Clara Vasseur", .worksFor, "ministère de l'Industrie"))
    }
}
