import DossierModel
import Testing
@testable import DossierExtract

/// Roles and sources, session 6, from probes written the way wire copy states them: succession
/// (`X succeeds Y as CEO`, `X succède à Y à la tête de Z`), the main verb after a relative clause,
/// `took over as` (a post, not a takeover), a date inside `dirigé depuis 2019 par`, role words that
/// type the name beside them, outlets behind a contracted French article (`du Monde`, `au Figaro`),
/// and the source of a postposed `, a rapporté X`. Invented actors only.
@Suite struct RolesSession6Tests {
    @Test func aSuccessorAndAPredecessorBothWorkForTheFirm() throws {
        let fr = try extract("Émilie Durand succède à Jean Morel à la tête de Solvane.", language: "fr")
        #expect(fr.has("Émilie Durand", .worksFor, "Solvane"))
        #expect(fr.has("Jean Morel", .worksFor, "Solvane"))
        let en = try extract("Pyronet Systems said Lena Fisk would take over from Hugo Lamm as chief executive in July.", language: "en")
        #expect(en.has("Lena Fisk", .worksFor, "Pyronet Systems"))
        #expect(en.has("Hugo Lamm", .worksFor, "Pyronet Systems"))
        // Without a post, replacing someone is no job (`X replaced Y in the team photo`).
        let none = try extract("Pyronet Systems said Lena Fisk replaced Hugo Lamm yesterday.", language: "en")
        #expect(!none.has("Lena Fisk", .worksFor, "Pyronet Systems"))
    }

    @Test func theMainVerbAfterARelativeClause() throws {
        let r = try extract("Sam Ferris, who co-founded the miner Halvex in 2016, joined Vortiq Systems as president.", language: "en")
        #expect(r.has("Sam Ferris", .worksFor, "Vortiq Systems"))
        #expect(r.has("Sam Ferris", .founded, "Halvex"))
        #expect(!r.has("Sam Ferris", .worksFor, "Halvex"))
    }

    @Test func takingOverAsATitleIsNoTakeover() throws {
        let r = try extract("Lena Fisk took over as chief executive of Pyronet Systems last year.", language: "en")
        #expect(r.has("Lena Fisk", .worksFor, "Pyronet Systems"))
        #expect(!r.has("Lena Fisk", .owns, "Pyronet Systems"))
        let deal = try extract("Korvath Energy took over Pyronet Systems last year.", language: "en")
        #expect(!deal.has("Korvath Energy", .worksFor, "Pyronet Systems"))
    }

    @Test func aDateBetweenLedAndItsAgent() throws {
        let fr = try extract("Le groupe Solvane, dirigé depuis 2019 par Claire Vasseur, compte 4000 salariés.", language: "fr")
        #expect(fr.has("Claire Vasseur", .worksFor, "Solvane"))
        let en = try extract("The miner Halvex, led since 2021 by Dana Holt, runs three sites.", language: "en")
        #expect(en.has("Dana Holt", .worksFor, "Halvex"))
    }

    @Test func roleWordsTypeTheNameBesideThem() throws {
        let founder = try extract("Pour Karim Haddad, le fondateur de Voltéa, la réglementation est trop stricte.", language: "fr")
        #expect(founder.entity("Voltéa")?.type == .company)
        #expect(founder.has("Karim Haddad", .founded, "Voltéa"))
        let board = try extract("Pierre Dumas a été nommé président du conseil d'administration de Thermalis.", language: "fr")
        #expect(board.entity("Thermalis")?.type == .company)
        let spokesperson = try extract("A Corvane spokesperson declined to comment on the report.", language: "en")
        #expect(spokesperson.entity("Corvane")?.type == .company)
        // A place after a public title stays a place guess (`le gouverneur de Tchelva,` is no firm).
        let governor = try extract("Pour Ivan Sorel, le gouverneur de Tchelva, la réglementation est trop stricte.", language: "fr")
        #expect(governor.entity("Tchelva")?.type != .company)
    }

    @Test func aCapitalisedArticleIsNoName() throws {
        let r = try extract("Un porte-parole de la société Ventalis a confirmé l'information.", language: "fr")
        #expect(r.entity("Un") == nil)
        #expect(r.entity("Ventalis")?.type == .company)
    }

    @Test func anOutletBehindAContractedArticle() throws {
        let du = try extract("La société Ventalis prépare une levée de fonds, selon des informations du Monde.", language: "fr")
        #expect(du.has("Ventalis", .reportedBy, "Le Monde"))
        let au = try extract("Le groupe Solvane a confirmé au Figaro qu'il étudiait plusieurs options.", language: "fr")
        #expect(au.has("Solvane", .reportedBy, "Le Figaro"))
        // `du Nord` is no outlet.
        let place = try extract("Le groupe Solvane exploite une usine dans le département du Nord.", language: "fr")
        #expect(!place.relations.contains { $0.predicate == .reportedBy })
    }

    @Test func aPostposedReportingClauseNamesTheOutletNotTheFirmBeforeIt() throws {
        let r = try extract("Le ministre Bruno Castel a reçu les dirigeants du groupe Solvane, a rapporté Le Parisien.", language: "fr")
        #expect(r.has("Solvane", .reportedBy, "Le Parisien"))
        #expect(!r.entities.contains { $0.name == "Solvane" && $0.type != .company })
        let report = try extract("According to a report in the Financial Times, Keller Compute plans to cut 10% of its staff.", language: "en")
        #expect(report.has("Keller Compute", .reportedBy, "Financial Times"))
        let learned = try extract("Le groupe Solvane prépare un plan social, a appris l'AFP de sources concordantes.", language: "fr")
        #expect(learned.has("Solvane", .reportedBy, "AFP"))
    }

    @Test func theBoardOfAFirmAppoints() throws {
        let en = try extract("The board of Ostrava Power appointed Julia Brenner as chief executive officer.", language: "en")
        #expect(en.has("Julia Brenner", .worksFor, "Ostrava Power"))
        let fr = try extract("Le conseil d'administration de Thermalis a nommé Pierre Dumas en tant que directeur général.", language: "fr")
        #expect(fr.has("Pierre Dumas", .worksFor, "Thermalis"))
    }

    @Test func frenchHeadshipPhrases() throws {
        let tete = try extract("Hélène Garnier est à la tête de Voltéa depuis 2016.", language: "fr")
        #expect(tete.has("Hélène Garnier", .worksFor, "Voltéa"))
        let nomme = try extract("Marc Lenoir a été nommé à la présidence de la Fédération des mineurs.", language: "fr")
        #expect(nomme.has("Marc Lenoir", .worksFor, "Fédération des mineurs"))
        let que = try extract("Le groupe Voltéa, que dirige Hélène Garnier depuis 2016, compte 300 salariés.", language: "fr")
        #expect(que.has("Hélène Garnier", .worksFor, "Voltéa"))
        let dont = try extract("La société Voltéa, dont Hélène Garnier est la présidente, exploite une centrale en Bretagne.", language: "fr")
        #expect(dont.has("Hélène Garnier", .worksFor, "Voltéa"))
        // `dont X est actionnaire` is a holding, no job.
        let holder = try extract("La société Voltéa, dont Hélène Garnier est actionnaire, exploite une centrale en Bretagne.", language: "fr")
        #expect(!holder.has("Hélène Garnier", .worksFor, "Voltéa"))
    }

    @Test func aFirmAfterAJobAndChezIsNoPerson() throws {
        let r = try extract("« La demande reste forte », souligne Hélène Garnier, analyste chez Bertin Recherche.", language: "fr")
        #expect(r.entity("Bertin Recherche")?.type == .company)
        #expect(r.has("Hélène Garnier", .worksFor, "Bertin Recherche"))
        // Two people joined by `et` stay people.
        let two = try extract("Hélène Garnier et Bertin Morel ont fondé la société Voltéa.", language: "fr")
        #expect(two.entity("Bertin Morel")?.type == .person)
    }

    @Test func aWeekdayBetweenTheVerbAndTheOutlet() throws {
        let r = try extract("C'est ce qu'a révélé mardi le quotidien Les Echos à propos de la société Voltéa.", language: "fr")
        #expect(r.has("Voltéa", .reportedBy, "Les Echos"))
    }

    @Test func whatASpeakerTellsAnOutletIsAboutTheSpeakersFirm() throws {
        let r = try extract("Le marché a doublé en un an, explique à l'AFP Julien Morel, président de l'entreprise américaine Corvex Data, qui gère deux sites avec Nvidia.", language: "fr")
        #expect(r.has("Corvex Data", .reportedBy, "AFP"))
        #expect(!r.has("Nvidia", .reportedBy, "AFP"))
    }

    @Test func aTitleOfAFirmNamedOnlyByItsNoun() throws {
        let fr = try extract("Le groupe Ventalis poursuit son développement en Belgique, a souligné Paul Garnier, PDG du géant énergétique.", language: "fr")
        #expect(fr.has("Paul Garnier", .worksFor, "Ventalis"))
        // A name after the noun is the employer, not the sentence's firm.
        let named = try extract("Le groupe Ventalis poursuit son développement, a souligné Paul Garnier, PDG du groupe Calyxen.", language: "fr")
        #expect(!named.has("Paul Garnier", .worksFor, "Ventalis"))
    }

    @Test func aTitleOfTheFirmReadAsAnAnaphor() throws {
        let r = try extract("La société Ventalis a levé 20 millions d'euros. « Nous allons doubler nos capacités », explique Claire Morin, présidente de l'entreprise.", language: "fr")
        #expect(r.has("Claire Morin", .worksFor, "Ventalis"))
        // A name after the descriptor is the employer, not the anaphor's firm.
        let named = try extract("La société Ventalis a levé des fonds. Les sanctions visent Ivan Sorel, président de la société publique russe de pipelines Tessaflux.", language: "fr")
        #expect(!named.has("Ivan Sorel", .worksFor, "Ventalis"))
    }

    @Test func foundersFromAnInstitute() throws {
        let r = try extract("Créée en 2019 par Clémence Aubry et Bastien Rocher, deux chercheurs issus du Laboratoire Arvel, la société Ventalis emploie 70 personnes.", language: "fr")
        #expect(r.has("Clémence Aubry", .worksFor, "Laboratoire Arvel"))
        #expect(r.has("Bastien Rocher", .worksFor, "Laboratoire Arvel"))
    }
}
