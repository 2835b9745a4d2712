import DossierModel
import Testing
@testable import DossierExtract

/// Session 8: plural anaphors (`They`, `the two companies`, `les deux groupes`, `Elles`) standing for the
/// coordinated subject of the previous sentence, and object pronouns of a deal (`Ostara acquired it`,
/// `he sold it to X`, `Il l'a cédée au groupe X`). Invented actors only.
@Suite struct AnaphoraSession8Tests {
    @Test(arguments: [
        ("Aldane Power and Crestline Compute signed an agreement on Tuesday. The two companies will build a 200 MW campus in Ohio.", "en", ["Aldane Power", "Crestline Compute"]),
        ("Nordvolt Calcul et Serane Énergie ont annoncé lundi un accord. Elles développeront ensemble un site de 50 MW en Suède.", "fr", ["Nordvolt Calcul", "Serane Énergie"]),
        ("Le groupe Ardent et la société Lumeris ont signé un partenariat. Les deux groupes construiront un centre de données à Lyon.", "fr", ["Ardent", "Lumeris"]),
    ])
    func everyMemberOfAPluralSubjectRunsTheSite(text: String, language: String, firms: [String]) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        for firm in firms { #expect(r.has(firm, .operates, site.name)) }
    }

    @Test(arguments: [
        ("Brevik Mining et Tarsis Hash exploitent des fermes de minage au Kazakhstan. Ils sont basés à Almaty.", "fr", "Almaty"),
        ("Boreal Chips and Kanto Silicon compete for the same customers. The two companies are based in Osaka.", "en", "Osaka"),
        ("Boreal Chips and Kanto Silicon reported higher sales on Monday. Both firms are based in Osaka.", "en", "Osaka"),
    ])
    func aPluralAnaphorPlacesBothFirms(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let firms = r.entities.filter { $0.type == .company }
        #expect(firms.count == 2)
        for firm in firms { #expect(r.has(firm.name, .locatedIn, place)) }
    }

    @Test func theTwoFirmsOfASupplyDealCanDeclareAPartnership() throws {
        let r = try extract("Sarnia Power supplies electricity to Glenholt Data. The two firms announced a partnership on Monday.", language: "en")
        #expect(r.has("Sarnia Power", .partnerOf, "Glenholt Data") || r.has("Glenholt Data", .partnerOf, "Sarnia Power"))
    }

    @Test func aPartnershipWithAThirdFirmDoesNotJoinTheMembers() throws {
        let r = try extract("Sarnia Power supplies electricity to Glenholt Data. The two firms announced a partnership with Vessen Grid.", language: "en")
        #expect(!r.has("Sarnia Power", .partnerOf, "Glenholt Data") && !r.has("Glenholt Data", .partnerOf, "Sarnia Power"))
    }

    @Test(arguments: [
        // Both firms are complements of a sentence about something else: `les deux groupes` may be other firms of the article.
        ("Le mouvement rappelle celui de Vastel Industrie, qui avait racheté Morvane. Les deux groupes sont basés à Lyon.", "fr", "Morvane", "Lyon"),
        // `elles` is no masculine firm.
        ("Le groupe Ardent et le fonds Lumeris ont signé un accord. Elles sont basées à Nantes.", "fr", "Lumeris", "Nantes"),
        // `they` after a sentence whose subject is not the two firms.
        ("Analysts expect Boreal Chips and Kanto Silicon to merge. They are based in Osaka.", "en", "Kanto Silicon", "Osaka"),
    ])
    func aPluralAnaphorWithoutAFittingPairPlacesNoFirm(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has(firm, .locatedIn, place))
    }

    @Test(arguments: [
        ("Corvane Systems develops cooling software. Ostara Group acquired it in 2021.", "en", "Corvane Systems", "Ostara Group"),
        ("Daniel Okoro founded Brightwater Mining in 2017. In 2022, he sold it to Halvard Capital for $40 million.", "en", "Brightwater Mining", "Halvard Capital"),
        ("Marc Delorme a fondé la société Vireo Calcul en 2016. Il l'a cédée au groupe Partheon en 2023.", "fr", "Vireo Calcul", "Partheon"),
        ("Le groupe Kermor a racheté la société Eldris Data en 2019. Il l'a revendue à Quantal Partners l'an dernier.", "fr", "Eldris Data", "Quantal Partners"),
        ("La société Talvane Énergie a levé 10 millions d'euros. Le fonds Orsina la contrôle depuis 2020.", "fr", "Talvane Énergie", "Orsina"),
    ])
    func anObjectPronounOfADealIsTheFirmOfThePreviousSentence(text: String, language: String, firm: String, buyer: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(buyer, .owns, firm))
    }

    @Test func theSellerMentionedByThePronounIsNotTheFirmSold() throws {
        // `Il` is Kermor; `l'` the other firm, Eldris Data.
        let r = try extract("Le groupe Kermor a racheté la société Eldris Data en 2019. Il l'a revendue à Quantal Partners l'an dernier.", language: "fr")
        #expect(!r.has("Quantal Partners", .owns, "Kermor"))
    }

    @Test(arguments: [
        // `it` may be the data center.
        ("Lumen Grid built a 120 MW data center in Abilene, Texas. Nordstrand Energy bought it last year.", "en", "Lumen Grid", "Nordstrand Energy"),
        // `la` is feminine: not the masculine group.
        ("Le groupe Kermor a publié ses résultats. Le fonds Orsina la contrôle depuis 2020.", "fr", "Kermor", "Orsina"),
    ])
    func anObjectPronounWithAnotherPossibleMeaningIsLeftUnread(text: String, language: String, firm: String, buyer: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has(buyer, .owns, firm) && !r.has(firm, .subsidiaryOf, buyer))
    }

    @Test func aSanctionedPronounIsThePersonOfThePreviousSentence() throws {
        let r = try extract("Ivan Petrovsky owns Orlan Shipping. The Treasury sanctioned him on Monday.", language: "en")
        #expect(r.has("Ivan Petrovsky", .sanctionedBy, "The Treasury"))
    }

    @Test func aPossessiveHerIsNoObjectPronoun() throws {
        let r = try extract("Ivan Petrovsky runs Orlan Shipping. The Treasury sanctioned her husband on Monday.", language: "en")
        #expect(!r.has("Ivan Petrovsky", .sanctionedBy, "The Treasury"))
    }

    /// `l'opérateur` after `maison-mère de l'opérateur X` is X, not the group that opened the article.
    @Test func aTradeNounMeansTheFirmIntroducedWithIt() throws {
        let text = """
        Le groupe Altane, maison-mère de l'opérateur Velcom, a annoncé lundi une nomination. \
        Le directeur général de l'opérateur, Eric Morvan, reste en poste.
        """
        let r = try extract(text, language: "fr")
        #expect(r.has("Eric Morvan", .worksFor, "Velcom"))
        #expect(!r.has("Eric Morvan", .worksFor, "Altane"))
    }

    @Test func aDescriptorBeforeANameReadAsASiteIsNoAnaphor() throws {
        let r = try extract("Vantor Cloud exploite trois sites à Lagos. Le groupe panafricain Oyelami Centre a inauguré en mars une extension de 12 MW.", language: "fr")
        #expect(!r.entities.contains { e in e.mentions.contains { $0.text == "Le groupe" && $0.evidence.extractor == "coref:definite-noun" } })
    }

    /// `the company` after a sentence about another firm that goes on about itself (`its decision`) is that firm, not the
    /// article's topic; after a sentence about an investor's stake it stays the topic.
    @Test func theCompanyFollowsASentenceAboutItsOnlyFirm() throws {
        let text = """
        Corvane Data runs three sites in Texas. Corvane Data also leases space in Ohio. Analysts expect Corvane Data to grow. \
        In contrast, Brellis Mining announced its decision to close its site in Quebec. \
        The company plans to move its machines to its Medicine Lake facility in Alberta.
        """
        let r = try extract(text, language: "en")
        #expect(r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Brellis Mining" })
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Corvane Data" && { if case .entity(let o) = $0.object { return r.entities[o].name.contains("Medicine") }; return false }($0) })
    }

    @Test func theCompanyAfterAnInvestorsStakeIsTheArticlesFirm() throws {
        let text = """
        La start-up Isarane conçoit des puces pour l'inférence. Isarane a levé 20 millions d'euros auprès de Jolt Partners. \
        À l'issue de l'opération, Jolt Partners détiendra 22 % du capital. \
        La société a aussi conclu un accord de développement commun avec Thalvor.
        """
        let r = try extract(text, language: "fr")
        #expect(r.has("Isarane", .partnerOf, "Thalvor"))
        #expect(!r.has("Jolt Partners", .partnerOf, "Thalvor") && !r.has("Thalvor", .partnerOf, "Jolt Partners"))
    }

    @Test(arguments: [
        ("The Treasury sanctioned Kestrel Trading and Volga Nordline on Monday. Both companies are based in Dubai.", "en", "Dubai"),
        ("Washington a sanctionné lundi les sociétés Kestrel Trading et Volga Nordline. Les deux sociétés sont basées à Dubaï.", "fr", "Dubaï"),
    ])
    func aPairOfTargetsIsTheAntecedentOfBothCompanies(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Kestrel Trading", .locatedIn, place))
        #expect(r.has("Volga Nordline", .locatedIn, place))
    }

    @Test func whatTheySayIsNotAboutThem() throws {
        let r = try extract("Aldane Power and Crestline Compute rose 5% on Monday. They said demand for data centers in Texas was strong.", language: "en")
        #expect(!r.has("Crestline Compute", .locatedIn, "Texas"))
    }

    @Test(arguments: [
        ("Zephyr Mining is in talks to sell its Quebec operations, according to Reuters.", "en"),
        ("Zephyr Mining is in talks to supply its rivals with power, according to Bloomberg.", "en"),
    ])
    func theSourceOfASaleIsNoCustomer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .supplies && r.entities[$0.subject].name == "Zephyr Mining" })
        #expect(r.relations.contains { $0.predicate == .reportedBy })
    }

    @Test(arguments: [
        ("The Commerce Department added Kalinor Labs to the Entity List on Tuesday. Its secretary, Jane Rowley, said the move protects national security.",
         "en", "Jane Rowley", "Commerce Department", "Kalinor Labs"),
        ("Le ministère de l'Économie a sanctionné la société Kalinor Labs. Son porte-parole, Paul Ferrand, a confirmé la mesure.",
         "fr", "Paul Ferrand", "ministère de l'Économie", "Kalinor Labs"),
    ])
    func aPublicRoleAfterABodysSentenceIsTheBodys(text: String, language: String, person: String, body: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(person, .worksFor, body))
        #expect(!r.has(person, .worksFor, firm))
    }

    @Test func aCorporateRoleAfterABodysSentenceIsTheTargetsStill() throws {
        let r = try extract("The Treasury sanctioned Orlan Shipping on Monday. Its chief executive, Ivan Petrovsky, was also designated.", language: "en")
        #expect(r.has("Ivan Petrovsky", .worksFor, "Orlan Shipping"))
    }

    @Test func bothMenAreTheTwoPeopleOfThePreviousSentence() throws {
        let r = try extract("The Treasury sanctioned Ivan Petrovsky and Oleg Marin on Monday. Both men were also added to the Entity List by the Commerce Department.", language: "en")
        #expect(r.has("Ivan Petrovsky", .subjectTo, "Entity List"))
        #expect(r.has("Oleg Marin", .subjectTo, "Entity List"))
    }

    @Test func theTwoMenAreNoFirms() throws {
        // `the two men` after two firms means nobody the text named.
        let r = try extract("Kalinor Labs sued Brevik Chips in 2022. The two men were added to the Entity List by the Commerce Department.", language: "en")
        #expect(!r.has("Brevik Chips", .subjectTo, "Entity List"))
    }
}
