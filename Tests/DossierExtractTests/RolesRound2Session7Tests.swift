import DossierModel
import Testing
@testable import DossierExtract

/// Roles and sources, session 7 round 2, from probes in wire phrasing: a title whose firm sits in an
/// apposition after an outlet (`Interrogé par l'AFP, le directeur général de Y, X`), a firm led by someone
/// after its own apposition (`X, the investment arm of Y, is led by Z`), a predecessor (`…, replacing Z`),
/// the clitic `en` (`en est le président`), a title opening the sentence after a quote, `celui de Y, X`,
/// and an outlet after a sale (`sell its site, Reuters reported`). Invented actors only.
@Suite struct RolesRound2Session7Tests {
    @Test func aTitleAfterAnOutletIsTheNamedHoldersNotTheOutlets() throws {
        let fr = try extract("Interrogé par l'AFP, le directeur général de Talvéra Systems, Marc Vidal, a démenti l'information.", language: "fr")
        #expect(fr.has("Marc Vidal", .worksFor, "Talvéra Systems"))
        #expect(!fr.has("Marc Vidal", .worksFor, "AFP"))
        #expect(fr.has("Talvéra Systems", .reportedBy, "AFP"))
        let selon = try extract("Selon Reuters, le président de Brennac Capital, Louis Faure, a confirmé l'opération.", language: "fr")
        #expect(selon.has("Louis Faure", .worksFor, "Brennac Capital"))
        #expect(!selon.has("Louis Faure", .worksFor, "Reuters"))
    }

    @Test func aFirmLedBySomeoneAfterItsOwnApposition() throws {
        let r = try extract("Brellis Capital, the investment arm of Torvane Energy, is led by Omar Haddad, a former banker.", language: "en")
        #expect(r.has("Omar Haddad", .worksFor, "Brellis Capital"))
        #expect(!r.has("Omar Haddad", .worksFor, "Torvane Energy"))
        // A person leading a firm does not invest in it; a round led by someone still does.
        #expect(!r.has("Omar Haddad", .investsIn, "Torvane Energy"))
        #expect(!r.has("Omar Haddad", .investsIn, "Brellis Capital"))
        let round = try extract("Kestrel Compute raised $20 million in a funding round led by Omar Haddad.", language: "en")
        #expect(!round.has("Omar Haddad", .worksFor, "Kestrel Compute"))
    }

    @Test func aPredecessorReplaced() throws {
        let en = try extract("Orvane Systems named Julia Perez chief executive, replacing Mark Dunn, who will step down in May.", language: "en")
        #expect(en.has("Julia Perez", .worksFor, "Orvane Systems"))
        #expect(en.has("Mark Dunn", .worksFor, "Orvane Systems"))
        let fr = try extract("Valmoria Énergie a nommé Paul Girard directeur général, en remplacement d'Anne Roux.", language: "fr")
        #expect(fr.has("Paul Girard", .worksFor, "Valmoria Énergie"))
        #expect(fr.has("Anne Roux", .worksFor, "Valmoria Énergie"))
        // Replacing equipment names no predecessor.
        let kit = try extract("Halvorn Mining named Derek Osei chief operating officer, replacing its old miners with Bitmain machines.", language: "en")
        #expect(!kit.relations.contains { $0.evidence.extractor == "rule:succession.replacing" })
    }

    @Test func theCliticEnStandsForTheFirm() throws {
        let r = try extract("Louis Faure a fondé Brennac Capital en 2010 et en est aujourd'hui le président.", language: "fr")
        #expect(r.has("Louis Faure", .founded, "Brennac Capital"))
        #expect(r.has("Louis Faure", .worksFor, "Brennac Capital"))
        // A shareholder holds no post.
        let holder = try extract("Louis Faure a investi dans Brennac Capital en 2010 et en est aujourd'hui le premier actionnaire.", language: "fr")
        #expect(!holder.has("Louis Faure", .worksFor, "Brennac Capital"))
    }

    @Test func aTitleOpeningTheSentenceAfterAQuote() throws {
        let fr = try extract("« Nous voulons doubler notre capacité », explique Hugo Petit. Le cofondateur de Kérval prévoit de recruter 50 personnes.", language: "fr")
        #expect(fr.has("Hugo Petit", .founded, "Kérval"))
        let en = try extract("\"We are ready,\" said Hugo Petit. The chief executive of Kerval Mining plans to hire 50 people.", language: "en")
        #expect(en.has("Hugo Petit", .worksFor, "Kerval Mining"))
        // Two people named before: the title is nobody's in particular.
        let two = try extract("Hugo Petit et Léa Martin ont présenté le projet. Le cofondateur de Kérval prévoit de recruter 50 personnes.", language: "fr")
        #expect(!two.has("Hugo Petit", .founded, "Kérval"))
        #expect(!two.has("Léa Martin", .founded, "Kérval"))
    }

    @Test func celuiDeRepeatsTheTitle() throws {
        let fr = try extract("La présidente de Valmoria Énergie, Claire Dumont, et celui de Brennac Capital, Louis Faure, ont signé l'accord.", language: "fr")
        #expect(fr.has("Claire Dumont", .worksFor, "Valmoria Énergie"))
        #expect(fr.has("Louis Faure", .worksFor, "Brennac Capital"))
        let en = try extract("The chief executive of Sarnia Power, Kim Novak, and that of Veltris Data, Paul Grange, met on Monday.", language: "en")
        #expect(en.has("Paul Grange", .worksFor, "Veltris Data"))
        // `celui de` with no title before it gives nothing.
        let none = try extract("Le projet de Valmoria Énergie, et celui de Brennac Capital, Louis Faure, sont concurrents.", language: "fr")
        #expect(!none.has("Louis Faure", .worksFor, "Brennac Capital"))
    }

    @Test func anOutletAfterASaleIsNoCustomer() throws {
        let r = try extract("Halvorn Mining plans to sell its Texas site, Reuters reported on Tuesday, citing two people familiar with the matter.", language: "en")
        #expect(!r.has("Halvorn Mining", .supplies, "Reuters"))
        #expect(r.has("Halvorn Mining", .reportedBy, "Reuters"))
        let customer = try extract("Halvorn Mining sells its power to Sarnia Power.", language: "en")
        #expect(customer.has("Halvorn Mining", .supplies, "Sarnia Power"))
    }
}

extension RolesRound2Session7Tests {
    @Test func hiredAsATitleAfterARelativeClause() throws {
        let en = try extract("Torvane Energy hired Omar Haddad, who joins from Brellis Capital, as head of strategy.", language: "en")
        #expect(en.has("Omar Haddad", .worksFor, "Torvane Energy"))
        let fr = try extract("Talvéra Systems a recruté Sophie Lenoir, qui vient de chez Ormédis, en tant que directrice technique.", language: "fr")
        #expect(fr.has("Sophie Lenoir", .worksFor, "Talvéra Systems"))
        // The relative clause's firm is not the new employer.
        #expect(!fr.has("Sophie Lenoir", .worksFor, "Ormédis"))
    }
}
