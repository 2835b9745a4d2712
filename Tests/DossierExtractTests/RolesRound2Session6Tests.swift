import DossierModel
import Testing
@testable import DossierExtract

/// Roles and sources, session 6 round 2, from probes in wire phrasing: outlets named by their media
/// noun (`the X news agency said`, `a indiqué l'agence X`), `co-founded Bitmain rival Y`, `replacing
/// founder X`, `spun out of Y by X`, `sits on Y's board`, `X, à la tête de Y depuis 2019`, `left Y to
/// found Z`, no minister of a firm (`its deputy minister, X`), and a minister linked to the ministry
/// the article names. Invented actors only.
@Suite struct RolesRound2Session6Tests {
    @Test func anOutletNamedByItsMediaNounIsTheSource() throws {
        let en = try extract("Orsay Digital is weighing a listing, the Interfax news agency said, citing two sources.", language: "en")
        #expect(en.has("Orsay Digital", .reportedBy, "Interfax"))
        let en2 = try extract("Orsay Digital is in talks to buy a stake in Vireo Power, news agency Reuters said.", language: "en")
        #expect(en2.has("Orsay Digital", .reportedBy, "Reuters"))
        let fr = try extract("Le groupe Orvalis prépare une levée de fonds, a indiqué l'agence Bloomberg.", language: "fr")
        #expect(fr.has("Orvalis", .reportedBy, "Bloomberg"))
        // A firm that speaks is no outlet without a media noun (`, Vireo Power said`).
        let none = try extract("Orsay Digital will buy a stake in Halden Grid Systems, Vireo Power said.", language: "en")
        #expect(!none.has("Orsay Digital", .reportedBy, "Vireo Power"))
    }

    @Test func aRivalNounDescribesTheFoundedFirm() throws {
        let r = try extract("Maria Sanz co-founded Bitmain rival Corvanta Mining in 2020.", language: "en")
        #expect(r.has("Maria Sanz", .founded, "Corvanta Mining"))
        #expect(!r.has("Maria Sanz", .founded, "Bitmain"))
        let plain = try extract("Maria Sanz co-founded Corvanta Mining in 2020.", language: "en")
        #expect(plain.has("Maria Sanz", .founded, "Corvanta Mining"))
    }

    @Test func theFounderReplacedFoundedTheFirm() throws {
        let r = try extract("Quillon Compute named Marta Kellner as chief executive, replacing founder Daniel Orvik.", language: "en")
        #expect(r.has("Daniel Orvik", .founded, "Quillon Compute"))
        #expect(!r.has("Marta Kellner", .founded, "Quillon Compute"))
        let ceo = try extract("Quillon Compute named Marta Kellner as chief executive, replacing Daniel Orvik.", language: "en")
        #expect(!ceo.has("Daniel Orvik", .founded, "Quillon Compute"))
    }

    @Test func spunOutOfAParentByItsFounders() throws {
        let r = try extract("Quillon Compute was spun out of Ardent Systems in 2019 by Peter Lavrov and Hana Obuchi.", language: "en")
        #expect(r.has("Peter Lavrov", .founded, "Quillon Compute"))
        #expect(r.has("Hana Obuchi", .founded, "Quillon Compute"))
        #expect(!r.has("Peter Lavrov", .founded, "Ardent Systems"))
    }

    @Test func aBoardSeatNamedByThePossessive() throws {
        let r = try extract("Lena Strom sits on Norvia Capital's board and advises several startups.", language: "en")
        #expect(r.has("Lena Strom", .worksFor, "Norvia Capital"))
        let panel = try extract("Lena Strom sits on Norvia Capital's panel of advisers.", language: "en")
        #expect(!panel.has("Lena Strom", .worksFor, "Norvia Capital"))
        let fr = try extract("Hugo Berthier siège au conseil d'administration du groupe Orvalis.", language: "fr")
        #expect(fr.has("Hugo Berthier", .worksFor, "Orvalis"))
    }

    @Test func atTheHelmInAnApposition() throws {
        let fr = try extract("Hugo Berthier, à la tête de Kalisto Data depuis 2019, prévoit d'ouvrir trois sites.", language: "fr")
        #expect(fr.has("Hugo Berthier", .worksFor, "Kalisto Data"))
        let en = try extract("Karl Benning, at the helm of Trelis Mining since 2019, said output rose.", language: "en")
        #expect(en.has("Karl Benning", .worksFor, "Trelis Mining"))
    }

    @Test func leavingToFoundAFirm() throws {
        let en = try extract("Nadia Perel left Google in 2021 to found Halvex AI.", language: "en")
        #expect(en.has("Nadia Perel", .founded, "Halvex AI"))
        #expect(!en.has("Nadia Perel", .founded, "Google"))
        let fr = try extract("Hugo Berthier a quitté Veltis Énergie en 2020 pour fonder Kalisto Data.", language: "fr")
        #expect(fr.has("Hugo Berthier", .founded, "Kalisto Data"))
    }

    @Test func aFirmHasNoMinister() throws {
        let r = try extract("Quillon Compute builds servers. Its deputy minister, Pavel Dornev, said the ministry would review tariffs.", language: "en")
        #expect(!r.has("Pavel Dornev", .worksFor, "Quillon Compute"))
        let cfo = try extract("Quillon Compute builds servers. Its chief financial officer, Pavel Dornev, said costs rose.", language: "en")
        #expect(cfo.has("Pavel Dornev", .worksFor, "Quillon Compute"))
    }

    @Test func aMinisterWorksForTheMinistryTheArticleNames() throws {
        let fr = try extract("Le ministère de la Transition numérique et de l'Innovation a signé l'accord. « C'est un grand jour », a déclaré la ministre de la Transition numérique, Claire Fontan.", language: "fr")
        #expect(fr.has("Claire Fontan", .worksFor, "ministère de la Transition numérique et de l'Innovation"))
        let en = try extract("The Ministry of Digital Development approved the plan. Digital Development Minister Pavel Dornev said the rules would change.", language: "en")
        #expect(en.has("Pavel Dornev", .worksFor, "Ministry of Digital Development"))
        // Another portfolio's minister does not work for the ministry named.
        let other = try extract("Le ministère de l'Économie a validé le plan, a indiqué le ministre de l'Agriculture, Paul Meunier.", language: "fr")
        #expect(!other.has("Paul Meunier", .worksFor, "ministère de l'Économie"))
    }

    @Test func aPluralOutletBehindAContractedArticle() throws {
        let r = try extract("Selon des informations des Echos, le groupe Orvalis prépare une levée de fonds.", language: "fr")
        #expect(r.has("Orvalis", .reportedBy, "Les Échos"))
        let interview = try extract("Dans un entretien aux Echos, Hugo Berthier, PDG de Kalisto Data, évoque une introduction en Bourse.", language: "fr")
        #expect(interview.has("Kalisto Data", .reportedBy, "Les Échos"))
        // `aux Pays-Bas` names no outlet.
        let place = try extract("Le groupe Orvalis a racheté des actifs aux Pays-Bas.", language: "fr")
        #expect(!place.relations.contains { $0.predicate == .reportedBy })
    }
}
