import DossierModel
import Testing
@testable import DossierExtract

/// Session 15: a letter that ranks a round or a class (`série C.`) is no name's initial, so the
/// period after it ends the sentence when an opener follows.
@Suite struct SeriesLetterSession15Tests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(Tokenizer.tokenize(scalars)).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test(arguments: [
        ("Brisa a levé 50 M€ en série C. Le tour a été mené par Tarnell.", ["Brisa a levé 50 M€ en série C.", "Le tour a été mené par Tarnell."]),
        ("Brisa closed its Series B. The round was led by Tarnell.", ["Brisa closed its Series B.", "The round was led by Tarnell."]),
        ("President John F. Kennedy spoke.", ["President John F. Kennedy spoke."]),
        ("The series C. Smith wrote was long.", ["The series C. Smith wrote was long."]),
    ])
    func aSeriesLetterEndsTheSentenceBeforeAnOpener(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func theRoundTakenUpAfterASeriesLetterHasItsInvestors() throws {
        let r = try extract("Brisa Networks a levé 50 millions d’euros lors d’un tour de table de série C. L’opération a été menée par Tarnell Capital, aux côtés de Halden Ventures.", language: "fr")
        #expect(r.has("Tarnell Capital", .investsIn, "Brisa Networks"))
        #expect(r.has("Halden Ventures", .investsIn, "Brisa Networks"))
    }
}

/// Session 15: an owner or shareholder named by a title (`its owner, X`, `son actionnaire, X`) holds
/// the firm; the title is no post, so there is no WORKS_FOR.
@Suite struct OwnerTitleSession15Tests {
    @Test(arguments: [("The European Union has frozen the assets of Volga Metals and its owner, Igor Samsonov.", "en"),
                      ("Volga Metals owner Igor Samsonov declined to comment.", "en"),
                      ("L’Union européenne a gelé les avoirs de Volga Metals et de son propriétaire, Igor Samsonov.", "fr")])
    func anOwnerTitleIsNoPost(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has("Igor Samsonov", .worksFor, "Volga Metals"))
    }

    @Test func aChiefExecutiveTitleIsStillAPost() throws {
        let r = try extract("Volga Metals and its chief executive, Igor Samsonov, were named in the report.", language: "en")
        #expect(r.has("Igor Samsonov", .worksFor, "Volga Metals"))
    }
}

/// Session 15: a title fronted by `Nommé`, `élu`, `promoted`: the name after the comma holds the post.
@Suite struct FrontedAppointmentSession15Tests {
    @Test(arguments: [("Nommé PDG de Brisa Networks en 2022, Jean Perrin a lancé un plan de restructuration.", "fr", "Jean Perrin"),
                      ("Élue présidente de Brisa Networks en 2021, Anne Morel a recentré le groupe.", "fr", "Anne Morel"),
                      ("Promoted chief executive of Brisa Networks in 2022, Jean Perrin launched a restructuring plan.", "en", "Jean Perrin")])
    func aParticipleBeforeTheTitleKeepsThePost(text: String, language: String, person: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(person, .worksFor, "Brisa Networks"))
    }
}

/// Session 15: names of firms the name finder split or invented.
@Suite struct FirmNamesSession15Tests {
    @Test(arguments: ["Yixin Science and Technology Co. Ltd.", "Joemars Machinery and Electric Industrial Co Ltd"])
    func fieldWordsJoinedBeforeALegalFormAreOneName(name: String) throws {
        let r = try extract("The Treasury also named \(name) in its statement.", language: "en")
        #expect(r.entities.contains { $0.type == .company && $0.name == name }, "\(r.entities.map(\.name))")
    }

    @Test func twoFirmsJoinedByAndStayTwo() throws {
        let r = try extract("The Treasury also named Hikvision and Dahua Technology Co. Ltd. in its statement.", language: "en")
        #expect(r.entities.contains { $0.name == "Hikvision" })
    }

    @Test(arguments: [("The abuses against China's Muslim minorities and the Uighur population continued.", "en"),
                      ("Les Ouïghours et les chrétiens du pays sont surveillés.", "fr")])
    func peoplesAndReligionsAreNoActors(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { [.company, .organization, .person].contains($0.type) }, "\(r.entities.map(\.name))")
    }

    @Test(arguments: [("Les groupes Talmar, Brisk et Velkor ont annoncé un accord.", "fr"), ("The groups Talmar, Brisk and Velkor announced a deal.", "en")])
    func aPluralHeadNamesEachFirmOfItsList(text: String, language: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Talmar", "Brisk", "Velkor"] { #expect(r.entities.contains { $0.type == .company && $0.name == firm }, "\(firm)") }
    }

    @Test func aNationalityBeforeAPrefixedLegalFormPlacesTheFirm() throws {
        let r = try extract("The UK also imposed sanctions on four tankers and the Russian gas company JSC Rusgazdobycha.", language: "en")
        #expect(r.has("JSC Rusgazdobycha", .locatedIn, "Russia"))
    }
}

/// Session 15: a secretary's portfolio names the department the article names (`le Secrétaire au Trésor, X`).
@Suite struct SecretaryOfDepartmentSession15Tests {
    @Test(arguments: [("Le Département du Trésor américain a sanctionné Velkor Mining.\n« Ces réseaux financent le terrorisme », a expliqué le Secrétaire au Trésor, Scott Bessent.", "Scott Bessent", "Département du Trésor"),
                      ("Le ministère américain du Commerce a sanctionné Velkor Mining.\n« La Chine veut exploiter notre technologie », a déclaré le secrétaire au Commerce Wilbur Ross.", "Wilbur Ross", "ministère américain du Commerce")])
    func theSecretaryWorksForTheNamedDepartment(text: String, person: String, body: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.relations.contains { $0.predicate == .worksFor && r.entities[$0.subject].name == person }, "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
        #expect(r.relations.contains { rel in
            guard rel.predicate == .worksFor, r.entities[rel.subject].name == person, case .entity(let o) = rel.object else { return false }
            return r.entities[o].name.hasPrefix(body) || r.entities[o].aliases.contains { $0.hasPrefix(body) }
        })
    }

    @Test func aDepartmentTheTextNeverNamesGetsNone() throws {
        let r = try extract("« La Chine veut exploiter notre technologie », a déclaré le secrétaire au Commerce Wilbur Ross.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .worksFor })
    }
}

/// Session 15: a fronted title's holder may come after a descriptor with its article.
@Suite struct FrontedDescriptorSession15Tests {
    @Test func aDescriptorBeforeTheHolderKeepsThePost() throws {
        let r = try extract("Directeur général de Brévalis Systems depuis 2018, le très discret Hugo Vernet quittera ses fonctions.", language: "fr")
        #expect(r.has("Hugo Vernet", .worksFor, "Brévalis Systems"))
    }
}

/// Session 15: the headline's places and public bodies from the lexicons are the article's entities, though the
/// rules still read no relation in it and its firms' short forms stay out.
@Suite struct HeadlineNamesSession15Tests {
    @Test func aPlaceOnlyInTheHeadlineIsAnEntity() throws {
        let r = try extract("Les États-Unis imposent des sanctions à 103 entreprises\nLe ministère du Commerce a publié une liste de 103 sociétés.", language: "fr")
        #expect(r.entities.contains { $0.type == .location && $0.name == "États-Unis" })
        #expect(!r.relations.contains { rel in
            r.entities[rel.subject].name == "États-Unis" || { if case .entity(let o) = rel.object { return r.entities[o].name == "États-Unis" } else { return false } }()
        }, "the headline gives no relation")
    }

    @Test func aFirmsShortFormInTheHeadlineIsLeftOut() throws {
        let r = try extract("SoftBank's Bold Bet in Japan\nSoftBank Corp. will turn a former panel plant in Sakai into a data center, with SoftBank Group as a partner.", language: "en")
        #expect(r.entities.contains { $0.type == .location && $0.name == "Japan" })
        #expect(r.entities.contains { $0.name == "SoftBank Corp." } && r.entities.contains { $0.name == "SoftBank Group" }, "\(r.entities.map(\.name))")
    }

    @Test func chromeOnTheFirstLineIsNoHeadline() throws {
        let r = try extract("Read more: France and Germany\nVelkor Mining opened a plant.", language: "en")
        #expect(!r.entities.contains { $0.name == "France" })
    }
}
