import DossierModel
import Testing
@testable import DossierExtract

/// Roles and sources, session 7, from probes in wire phrasing: a firm typed a person by the speech
/// verb beside it (`said X's chief executive Y`), a possessive title with its field (`X's head of digital
/// assets, Y`), `finance chief`, a fronted title (`Directeur général de X depuis 2018, Y …`), a co-founder
/// after `with / avec`, founders after a descriptor (`by two former X traders, A and B`), `launched his own
/// start-up, X`, `hired Y from X`, past and board posts (`qui dirigeait`, `joined the board of`), a post
/// taken without its firm, and outlets after an adverb (`The Information first reported`) or in an
/// interview. Invented actors only.
@Suite struct RolesSession7Tests {
    @Test func aFirmBesideASpeechVerbAndAnOfficersTitleIsNoPerson() throws {
        let possessive = try extract("\"We expect demand to double next year,\" said Kessler Grid's chief executive Tom Aldane.", language: "en")
        #expect(possessive.entity("Kessler Grid")?.type == .company)
        #expect(possessive.has("Tom Aldane", .worksFor, "Kessler Grid"))
        let of = try extract("In an interview, Tom Aldane, chief executive of Kessler Grid, said the firm would double its capacity.", language: "en")
        #expect(of.entity("Kessler Grid")?.type == .company)
        #expect(of.has("Tom Aldane", .worksFor, "Kessler Grid"))
        let fr = try extract("Sophie Marchand, cofondatrice et directrice technique de Calvérie Data, a présenté la nouvelle puce.", language: "fr")
        #expect(fr.entity("Calvérie Data")?.type == .company)
        #expect(fr.has("Sophie Marchand", .founded, "Calvérie Data"))
        #expect(fr.has("Sophie Marchand", .worksFor, "Calvérie Data"))
        // A name after a speech verb with no officer's title stays a person.
        let speaker = try extract("\"Prices will rise,\" said Marlow Kenning, an analyst.", language: "en")
        #expect(speaker.entity("Marlow Kenning")?.type == .person)
    }

    @Test func aPossessiveTitleWithItsField() throws {
        let r = try extract("Ostley Bank's head of digital assets, Ken Marlow, will leave at the end of the year.", language: "en")
        #expect(r.has("Ken Marlow", .worksFor, "Ostley Bank"))
        // A share of assets is no title.
        let share = try extract("Ostley Bank's share of digital assets, Ken Marlow said, has doubled.", language: "en")
        #expect(!share.has("Ken Marlow", .worksFor, "Ostley Bank"))
    }

    @Test func aFinanceChief() throws {
        let before = try extract("\"Our costs are under control,\" Delvano Power finance chief Greg Olsen said in a statement.", language: "en")
        #expect(before.has("Greg Olsen", .worksFor, "Delvano Power"))
        let after = try extract("\"Demand is strong,\" Greg Olsen, Delvano Power's finance chief, told analysts.", language: "en")
        #expect(after.has("Greg Olsen", .worksFor, "Delvano Power"))
    }

    @Test func aTitleFrontedBeforeTheName() throws {
        let fr = try extract("Directeur général de Brévalis depuis 2018, Hugo Vernet quittera ses fonctions en juin.", language: "fr")
        #expect(fr.has("Hugo Vernet", .worksFor, "Brévalis"))
        let founder = try extract("Cofondateur de Kérantis, Yann Le Goff quitte l'entreprise.", language: "fr")
        #expect(founder.has("Yann Le Goff", .founded, "Kérantis"))
        let en = try extract("Chief executive of Trevia Energy since 2019, Ann Pirelli has cut costs.", language: "en")
        #expect(en.has("Ann Pirelli", .worksFor, "Trevia Energy"))
        let spokes = try extract("A spokeswoman for Kessler Grid, Leah Santos, said the outage was over.", language: "en")
        #expect(spokes.has("Leah Santos", .worksFor, "Kessler Grid"))
        let article = try extract("Le président de la société Solvéa Énergie, Marc Aubin, a été reçu par le ministre.", language: "fr")
        #expect(article.has("Marc Aubin", .worksFor, "Solvéa Énergie"))
        // A lawyer acts for a client, and a shareholder holds no post.
        let lawyer = try extract("A lawyer for Ostley Bank, Hugh Pemberly, said the bank would appeal.", language: "en")
        #expect(!lawyer.has("Hugh Pemberly", .worksFor, "Ostley Bank"))
        let holder = try extract("Actionnaire de Brévalis depuis 2018, Hugo Vernet détient 5 % du capital.", language: "fr")
        #expect(!holder.has("Hugo Vernet", .worksFor, "Brévalis"))
    }

    @Test func aCoFounderAfterWith() throws {
        let en = try extract("Tom Aldane co-founded Kessler Grid in 2012 with Eli Brandon.", language: "en")
        #expect(en.has("Eli Brandon", .founded, "Kessler Grid"))
        let fr = try extract("Yann Le Goff a cofondé Kérantis en 2014 avec Élodie Prat.", language: "fr")
        #expect(fr.has("Élodie Prat", .founded, "Kérantis"))
        let pronoun = try extract("Halvex Data cut jobs. He founded the company in 2014 with Lucy Venn.", language: "en")
        #expect(pronoun.has("Lucy Venn", .founded, "Halvex Data"))
        // Buying a firm with someone founds nothing.
        let bought = try extract("Tom Aldane acquired Kessler Grid in 2012 with Eli Brandon.", language: "en")
        #expect(!bought.has("Eli Brandon", .founded, "Kessler Grid"))
    }

    @Test func foundersNamedAfterADescriptor() throws {
        let en = try extract("Trevia Energy was set up in 2015 by two former Ostley Bank traders, Paul Brandt and Nina Ardell.", language: "en")
        #expect(en.has("Paul Brandt", .founded, "Trevia Energy"))
        #expect(en.has("Nina Ardell", .founded, "Trevia Energy"))
        #expect(!en.has("Ostley Bank", .founded, "Trevia Energy"))
        let fr = try extract("La société Calvérie Data a été cofondée en 2016 par trois anciens de Solvéa Énergie : Antoine Lescure, Sophie Marchand et Luc Terrien.", language: "fr")
        #expect(fr.has("Luc Terrien", .founded, "Calvérie Data"))
        #expect(fr.has("Sophie Marchand", .worksFor, "Solvéa Énergie"))
        #expect(!fr.has("Antoine Lescure", .founded, "Solvéa Énergie"))
    }

    @Test func launchingOnesOwnStartup() throws {
        let en = try extract("Mark Tovey, a former executive at Norvane Systems, launched his own start-up, Pellion AI, in 2022.", language: "en")
        #expect(en.has("Mark Tovey", .founded, "Pellion AI"))
        #expect(!en.has("Mark Tovey", .founded, "Norvane Systems"))
        let fr = try extract("Samir Haddou a fondé sa propre société, Vélocia Systems, en 2019.", language: "fr")
        #expect(fr.has("Samir Haddou", .founded, "Vélocia Systems"))
        let sold = try extract("Mark Tovey sold his own start-up, Pellion AI, in 2022.", language: "en")
        #expect(!sold.has("Mark Tovey", .founded, "Pellion AI"))
    }

    @Test func hiredFromAnotherFirm() throws {
        let en = try extract("Corvane Data has hired Paula Denning from Ostley Bank to run its European business.", language: "en")
        #expect(en.has("Paula Denning", .worksFor, "Ostley Bank"))
        #expect(en.has("Paula Denning", .worksFor, "Corvane Data"))
        let fr = try extract("Le groupe Montalis a débauché Élodie Prat de chez Solvéa Énergie.", language: "fr")
        #expect(fr.has("Élodie Prat", .worksFor, "Solvéa Énergie"))
        let met = try extract("Corvane Data has met Paula Denning from Ostley Bank.", language: "en")
        #expect(!met.has("Paula Denning", .worksFor, "Corvane Data"))
    }

    @Test func pastPostsAndBoardSeats() throws {
        let past = try extract("Paul Varenne, qui dirigeait Montalis depuis 2015, prendra la présidence du groupe.", language: "fr")
        #expect(past.has("Paul Varenne", .worksFor, "Montalis"))
        let before = try extract("Le groupe Orvane Technologies recrute. Thomas Girard, 45 ans, était auparavant chez Brévalis.", language: "fr")
        #expect(before.has("Thomas Girard", .worksFor, "Brévalis"))
        let previously = try extract("Ruth Kamen, Trevia Energy's new chief financial officer, previously worked at Ostley Bank.", language: "en")
        #expect(previously.has("Ruth Kamen", .worksFor, "Ostley Bank"))
        let closing = try extract("L'ancien patron de Montalis, Gérard Fontenay, a été nommé à la tête de la société Kérantis.", language: "fr")
        #expect(closing.has("Gérard Fontenay", .worksFor, "Kérantis"))
        let board = try extract("Gérard Fontenay, ex-directeur général de Montalis, a rejoint le conseil d'administration de Vélocia.", language: "fr")
        #expect(board.has("Gérard Fontenay", .worksFor, "Vélocia"))
        let named = try extract("Élodie Prat, fondatrice de la start-up Vélocia, a été nommée au conseil d'administration de Kérantis.", language: "fr")
        #expect(named.has("Élodie Prat", .worksFor, "Kérantis"))
        let en = try extract("Former Halbrook Mining chief executive Dirk Wessel has joined the board of Corvane Data.", language: "en")
        #expect(en.has("Dirk Wessel", .worksFor, "Halbrook Mining"))
        #expect(en.has("Dirk Wessel", .worksFor, "Corvane Data"))
        #expect(en.entity("Former Halbrook Mining") == nil)
        // Joining a crowd outside a firm's office is no post.
        let crowd = try extract("Gérard Fontenay a rejoint le cortège devant le siège de Vélocia.", language: "fr")
        #expect(!crowd.has("Gérard Fontenay", .worksFor, "Vélocia"))
    }

    @Test func aPostTakenWithoutItsFirm() throws {
        let r = try extract("Kessler Grid has a new boss. Anna Ferrow, 52, will take over as chief executive on Monday.", language: "en")
        #expect(r.has("Anna Ferrow", .worksFor, "Kessler Grid"))
        let fr = try extract("Le groupe Kérantis a désigné Marc Olivier directeur général.", language: "fr")
        #expect(fr.has("Marc Olivier", .worksFor, "Kérantis"))
        // Remaining a shareholder is a holding, no post.
        let holder = try extract("Kessler Grid, founded by Tom Aldane in 2012, operates four sites. Aldane remains its largest shareholder.", language: "en")
        #expect(!holder.has("Tom Aldane", .worksFor, "Kessler Grid"))
    }

    @Test func aFounderNamedByATitleWorksThere() throws {
        let en = try extract("Halbrook Mining said demand was strong, while Kessler Grid co-founder Eli Brandon praised the deal.", language: "en")
        #expect(en.has("Eli Brandon", .founded, "Kessler Grid"))
        #expect(en.has("Eli Brandon", .worksFor, "Kessler Grid"))
        let fr = try extract("D'après le cofondateur de Kérantis, Yann Le Goff, le site est idéal.", language: "fr")
        #expect(fr.has("Yann Le Goff", .worksFor, "Kérantis"))
        // A founding told by a verb, or a founder named through a possessive, says nothing of today's post.
        let verb = try extract("Kessler Grid was founded in 2012 by Eli Brandon.", language: "en")
        #expect(verb.has("Eli Brandon", .founded, "Kessler Grid"))
        #expect(!verb.has("Eli Brandon", .worksFor, "Kessler Grid"))
        let possessive = try extract("La liste vise la société Kérantis et son fondateur, le Russe Yann Le Goff, qui dirige par ailleurs la société Montalis.", language: "fr")
        #expect(possessive.has("Yann Le Goff", .founded, "Kérantis"))
        #expect(!possessive.has("Yann Le Goff", .worksFor, "Kérantis"))
    }

    @Test func aFrenchSpeakerOfAFirm() throws {
        let r = try extract("« Nous devons nous positionner », déclare Arild Nyhus de Kessler Grid à la chaîne NRK.", language: "fr")
        #expect(r.has("Arild Nyhus", .worksFor, "Kessler Grid"))
        // The firm must close the phrase: `le rachat par X de Y pour …` is a purchase.
        let bought = try extract("Le rachat par Marc Aubin de Kessler Grid Holdings pour 10 millions d'euros a été conclu.", language: "fr")
        #expect(bought.entity("Kessler Grid Holdings")?.type == .company)
        #expect(!bought.has("Marc Aubin", .worksFor, "Kessler Grid Holdings"))
    }

    @Test func aSpeakerNamedRightAfterAContractedOutlet() throws {
        let r = try extract("« Nous n'avons pas le choix », a déclaré au Figaro Hugo Vernet, patron de Brévalis. Hugo Vernet dirige Brévalis depuis 2019.", language: "fr")
        #expect(r.entity("Hugo Vernet")?.type == .person)
        #expect(r.entity("Figaro Hugo Vernet") == nil)
        #expect(r.has("Hugo Vernet", .worksFor, "Brévalis"))
        #expect(r.has("Brévalis", .reportedBy, "Le Figaro"))
    }

    @Test func outletsAfterAnAdverbOrInAnInterview() throws {
        let first = try extract("Corvane Data is in talks to raise $500 million, The Information first reported.", language: "en")
        #expect(first.has("Corvane Data", .reportedBy, "The Information"))
        let interview = try extract("In an interview with the Financial Times, Tom Aldane, chief executive of Kessler Grid, said the firm would double its capacity.", language: "en")
        #expect(interview.has("Kessler Grid", .reportedBy, "Financial Times"))
        // A firm that first reported a fault is no outlet.
        let fault = try extract("Halbrook Mining said Corvane Data first reported the fault in May.", language: "en")
        #expect(!fault.has("Halbrook Mining", .reportedBy, "Corvane Data"))
    }
}
