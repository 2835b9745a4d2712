import DossierModel
import Testing
@testable import DossierExtract

/// Session 7: facts whose subject is named only in an earlier sentence — a subject pronoun opening the
/// next sentence (`It is based in…`, `Elle est dirigée par…`, `Il y a deux ans, il a racheté…`), read as
/// the previous sentence's subject of the pronoun's kind and French gender, never an impersonal `il`.
/// Invented actors only.
@Suite struct AnaphoraSession7Tests {
    /// A pronoun or a trade noun opening the sentence stands for the firm of the previous one (the trade noun for
    /// the firm introduced with it, `au fabricant chinois Bitmain`).
    @Test(arguments: [
        ("Pelagic Semiconductor employs 4,000 people. It is based in Dresden, Germany.", "en", "Pelagic Semiconductor", "Dresden"),
        ("Pelagos Semiconducteurs emploie 4 000 personnes. Elle est basée à Dresde, en Allemagne.", "fr", "Pelagos Semiconducteurs", "Dresde"),
        ("Velkaro Semiconductor reported record revenue on Thursday. The chipmaker is based in Austin.", "en", "Velkaro Semiconductor", "Austin"),
        ("Marlin Hash a acheté 5 000 machines au fabricant chinois Bitmain. Le fabricant est basé à Pékin.", "fr", "Bitmain", "Pékin"),
    ])
    func anOpeningAnaphorCarriesTheFirmOfThePreviousSentence(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func aFrenchPassiveAfterThePronounNamesTheLeader() throws {
        let r = try extract("La société Vellane Data a levé 30 millions d'euros. Elle est dirigée par Camille Durieux.", language: "fr")
        #expect(r.has("Camille Durieux", .worksFor, "Vellane Data"))
    }

    @Test func aMasculineHeadNounMakesTheFirmIl() throws {
        let r = try extract("Le groupe Greyval possède une installation de 200 MW à Rockdale. Il y a deux ans, il a racheté Ferlin Hosting.", language: "fr")
        #expect(r.has("Greyval", .owns, "Ferlin Hosting"))
    }

    @Test func aFeminineFirmIsNotIl() throws {
        // `la société Vellane` is `elle`: `il` here is the person named after it, never the firm.
        let r = try extract("La société Vellane Data est dirigée par Paul Ferrand. Il a racheté Ostrel Réseaux l'an dernier.", language: "fr")
        #expect(!r.has("Ostrel Réseaux", .subsidiaryOf, "Vellane Data"))
    }

    @Test(arguments: [
        "Pelagos Semiconducteurs emploie 4 000 personnes. Il faut dire que le marché est porteur à Dresde.",
        "Pelagos Semiconducteurs emploie 4 000 personnes. Il est prévu qu'un site soit basé à Dresde.",
        "Pelagos Semiconducteurs emploie 4 000 personnes. Il y a une usine basée à Dresde.",
    ])
    func anImpersonalIlStandsForNothing(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(!r.linksAPronoun)
    }

    @Test func anImpersonalItStandsForNothing() throws {
        let r = try extract("Pelagic Semiconductor employs 4,000 people. It is unclear whether the plant will be based in Dresden.", language: "en")
        #expect(!r.linksAPronoun)
    }

    @Test func aPersonPronounTakesThePersonNotTheFirm() throws {
        let r = try extract("Trelawny Systems was founded in 2018 by Mara Okonkwo. She later joined Ostrel Networks as chief executive.", language: "en")
        let she = r.entities.first { e in e.mentions.contains { $0.text == "She" && $0.evidence.extractor == "coref:pronoun" } }
        #expect(she?.name == "Mara Okonkwo")
    }

    @Test func aPronounAfterAComplementNameIsNotLinkedToIt() throws {
        // `Vorlak` stands in apposition deep in a complement, not as the subject: `It` stays unlinked.
        let r = try extract("The transaction still needs approval from the competition authority, Vorlak. It was first reported by Puls Dzienny.", language: "en")
        #expect(!r.linksAPronoun)
    }

    @Test func aFirmQuotedByASpeakerIsNotTheNextSubject() throws {
        let text = """
        « Au Québec, Hydrelle ne nous accorde plus de capacités », explique Martine Gagnon, directrice générale de Borvale Minage. \
        Le groupe montréalais vise un centre de calcul. Il a signé un protocole d'accord avec l'hébergeur argentin Pampero Cloud.
        """
        let r = try extract(text, language: "fr")
        #expect(!r.has("Hydrelle", .partnerOf, "Pampero Cloud"))
    }

    @Test(arguments: [
        ("Norvik Data opened a campus in Vinelund last year. It is also developing a second site in Boden.", "en", "Boden"),
        ("Nebrask Cloud runs a data center in Vinelund, Ohio. It also runs a data center in Mäntsälä, Finland.", "en", "Mäntsälä"),
    ])
    func aSiteOfTheSameFirmInAnotherTownIsAnotherSite(text: String, language: String, town: String) throws {
        let r = try extract(text, language: language)
        let sites = r.entities.filter { $0.type == .facility }
        #expect(sites.count == 2)
        #expect(sites.contains { s in r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == s.name && { if case .entity(let o) = $0.object { return r.entities[o].name == town }; return false }($0) } })
    }

    /// After a sentence that names two firms, a trade noun may mean either: only a firm introduced with that noun answers it.
    @Test func aTradeNounAfterTwoFirmsIsLeftUnread() throws {
        let r = try extract("Marlow Hash bought 5,000 machines from Bitmain. The Chinese manufacturer is based in Beijing.", language: "en")
        #expect(!r.has("Marlow Hash", .locatedIn, "Beijing"))
    }

    @Test func aDescriptorInAppositionIsNoNewSubject() throws {
        let r = try extract("Nokvia a conclu un accord avec Brelta, le plus grand opérateur britannique, pour lui fournir des équipements 5G.", language: "fr")
        #expect(!r.has("Brelta", .supplies, "Nokvia"))
    }

    @Test(arguments: [
        ("Quellan Power signed a deal with Ardent Compute. The latter is based in Denver.", "en", "Ardent Compute", "Quellan Power", "Denver"),
        ("Quintal Energie a signé un accord avec Ardenne Compute. Cette dernière est basée à Lille.", "fr", "Ardenne Compute", "Quintal Energie", "Lille"),
    ])
    func theLatterIsTheLastFirmNamed(text: String, language: String, latter: String, former: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(latter, .locatedIn, place))
        #expect(!r.has(former, .locatedIn, place))
    }
}

extension DocumentExtraction {
    /// Was any pronoun read as standing for an actor?
    var linksAPronoun: Bool { entities.contains { e in e.mentions.contains { $0.evidence.extractor == "coref:pronoun" } } }
}
