import DossierModel
import Testing
@testable import DossierExtract

/// Employment, founders and sources as real news phrases them (session 4): title phrases with
/// modifiers, the firm a title attaches to, jobs `with / in` a firm, `as our new CEO`, and
/// sources through `reviewed by`, `tells`, `a indiqué à` and datelines. Invented actors only.
@Suite struct RolesSession4Tests {
    @Test func aPossessiveFounderAndFormerChiefGoesToThePossessor() throws {
        let r = try extract("Lumatex shares fell. Among the issues the regulator is examining is whether Lumatex’s founder and former CEO, David Quint, enriched himself.", language: "en")
        #expect(r.has("David Quint", .founded, "Lumatex"))
        #expect(r.has("David Quint", .worksFor, "Lumatex"))
    }

    @Test func titlesJoinedWithModifiersOrCoPrefixes() throws {
        let r = try extract("Orvique was \"pulled into the enterprise,\" Tina Reyle said in a chat with Brondal founder and co-CEO Yvonne Marek.", language: "en")
        #expect(r.has("Yvonne Marek", .founded, "Brondal"))
        #expect(r.has("Yvonne Marek", .worksFor, "Brondal"))
        #expect(!r.has("Yvonne Marek", .worksFor, "Orvique"))
        let legendary = try extract("It was on this stage that Orvique founder and legendary CEO Tina Reyle unveiled many products.", language: "en")
        #expect(legendary.has("Tina Reyle", .founded, "Orvique"))
        #expect(legendary.has("Tina Reyle", .worksFor, "Orvique"))
    }

    @Test func aBareTitleBeforeANameGoesToTheFirmOfTheArticle() throws {
        let r = try extract("Brixton Labs is cutting 2,000 jobs. After CEO and co-founder David Quint left the company in October, investors stepped in.", language: "en")
        #expect(r.has("David Quint", .worksFor, "Brixton Labs"))
        #expect(r.has("David Quint", .founded, "Brixton Labs"))
    }

    @Test func someoneElsesTitleGivesNoJob() throws {
        let spokes = try extract("Brixton Labs is cutting jobs. A spokeswoman for David Quint declined to comment.", language: "en")
        #expect(spokes.entities.contains { $0.name == "Brixton Labs" })
        #expect(!spokes.has("David Quint", .worksFor, "Brixton Labs"), "the spokeswoman is not Quint")
        let unit = try extract("Brondal opened an office in Warsaw. Halvex Cloud’s country head, Inga Sorel, said the service would open next year.", language: "en")
        #expect(!unit.has("Inga Sorel", .worksFor, "Brondal"), "a possessive owns the title")
        let lawyer = try extract("\"We will appeal,\" said Sarah Vasko, a lawyer for Brixton Labs.", language: "en")
        #expect(!lawyer.has("Sarah Vasko", .worksFor, "Brixton Labs"), "a lawyer for a firm acts for it")
    }

    @Test func aFirmDescriptorBetweenTheTitleAndTheName() throws {
        let r = try extract("Ivan Dole, research director at tech market research firm Quorix, sees the lineup as a weakness.", language: "en")
        #expect(r.has("Ivan Dole", .worksFor, "Quorix"))
        let fr = try extract("Irène Dalbec, directrice de recherche chez le cabinet Quorix, juge l'offre trop chère.", language: "fr")
        #expect(fr.has("Irène Dalbec", .worksFor, "Quorix"))
    }

    @Test func aTitleInsideAFirmsUnit() throws {
        let r = try extract("\"We were looking to do this later,\" Talia Brenner, deputy administrator for exploration in Airbus’s space systems unit, said.", language: "en")
        #expect(r.has("Talia Brenner", .worksFor, "Airbus"))
        let unit = try extract("\"This is an important addition,\" adds Selma Quist, General Manager of Care Systems Europe at Vantiq Health.", language: "en")
        #expect(unit.has("Selma Quist", .worksFor, "Vantiq Health"))
        #expect(!unit.has("Selma Quist", .worksFor, "Care Systems Europe"), "the unit's firm is the employer")
    }

    @Test func aJobWithAFirmAndAPlaceInTheDescriptor() throws {
        let r = try extract("\"Bigger than the little deal,\" said David Hale, a Japan scholar with the Halvorsen Institute in Oslo.", language: "en")
        #expect(r.has("David Hale", .worksFor, "Halvorsen Institute"))
    }

    @Test func asOurNewChiefExecutive() throws {
        let r = try extract("Brightmoor Labs is thrilled to have Julia Castell, a longtime employee, as our new President and CEO.", language: "en")
        #expect(r.has("Julia Castell", .worksFor, "Brightmoor Labs"))
        let fr = try extract("Le groupe Veltrac a nommé Aurélien Mabire au poste de directeur général.", language: "fr")
        #expect(fr.has("Aurélien Mabire", .worksFor, "Veltrac"))
        let owner = try extract("Regulators at Sandor Bank described Aurélien Mabire as the owner of the scheme.", language: "en")
        #expect(!owner.has("Aurélien Mabire", .worksFor, "Sandor Bank"), "owner is no job")
    }

    @Test func frenchAppositionsOfEmployment() throws {
        let patron = try extract("« Nous allons embaucher », a déclaré Aurélien Mabire, patron de Veltrac.", language: "fr")
        #expect(patron.has("Aurélien Mabire", .worksFor, "Veltrac"))
        let spokes = try extract("Selon Inès Caradec, porte-parole de Veltrac, le site ouvrira en mai.", language: "fr")
        #expect(spokes.has("Inès Caradec", .worksFor, "Veltrac"))
        let founder = try extract("« Le marché change », a confié Hugo Marchal, fondateur de Quantrel.", language: "fr")
        #expect(founder.has("Hugo Marchal", .founded, "Quantrel"))
        let pdg = try extract("Le PDG de Veltrac, Aurélien Mabire, a annoncé un plan d'économies.", language: "fr")
        #expect(pdg.has("Aurélien Mabire", .worksFor, "Veltrac"))
    }

    @Test func sourcesThatSawOrHeardTheFact() throws {
        let email = try extract("Brixton Labs is cutting jobs. \"We have to make some eliminations,\" Sarah Vasko said in the email, which was seen by The Daily Ledger.", language: "en")
        #expect(email.has("Brixton Labs", .reportedBy, "The Daily Ledger"))
        let records = try extract("Brixton Labs is cutting jobs. But customs records reviewed by Reuters show that imports have continued.", language: "en")
        #expect(!records.has("Brixton Labs", .reportedBy, "Reuters"), "records seen by an outlet need someone of the firm speaking")
        let tells = try extract("\"Quorix was built for the cloud,\" Ivan Marsh, director for games at Quorix, tells The Daily Ledger.", language: "en")
        #expect(tells.has("Quorix", .reportedBy, "The Daily Ledger"))
        let afp = try extract("Le directeur général de Veltrac, Aurélien Mabire, a indiqué à l'AFP que l'usine ouvrirait en mai.", language: "fr")
        #expect(afp.has("Veltrac", .reportedBy, "AFP"))
    }

    @Test func aDatelineNamesTheAgency() throws {
        let r = try extract("(Reuters) — Regulators are investigating Brixton Labs, according to two people familiar with the matter. Brixton Labs declined to comment.", language: "en")
        #expect(r.has("Brixton Labs", .reportedBy, "Reuters"))
    }

    @Test func postsGivenAndAppointments() throws {
        let fr = try extract("La direction de Bastide Cloud sera confiée à Nadia Ferrand, jusqu'ici directrice des opérations de Vauclair Numérique.", language: "fr")
        #expect(fr.has("Nadia Ferrand", .worksFor, "Bastide Cloud"))
        #expect(fr.has("Nadia Ferrand", .worksFor, "Vauclair Numérique"))
        let named = try extract("Brixton Labs named Sarah Vasko chief executive on Monday.", language: "en")
        #expect(named.has("Sarah Vasko", .worksFor, "Brixton Labs"))
        let oversees = try extract("\"Demand is strong,\" said Sarah Vasko, who oversees Brixton Labs in Europe.", language: "en")
        #expect(oversees.has("Sarah Vasko", .worksFor, "Brixton Labs"))
    }

    @Test func anOpeningParticipleEndsAtItsComma() throws {
        let r = try extract("Créée en 2019 par Clémence Aubert et Bastien Roche, deux chercheurs issus du Laboratoire Quantis, la société emploie 70 personnes.", language: "fr")
        #expect(r.entities.contains { $0.name == "Laboratoire Quantis" })
        #expect(!r.has("Clémence Aubert", .founded, "Laboratoire Quantis"), "the founders' former lab is no founded firm")
    }

    @Test func storiesFirstReportedElsewhereAndStudies() throws {
        let first = try extract("Brixton Labs agreed to buy Quorix Systems. Brixton Labs will pay $2 billion. It was first reported by Bloomberg.", language: "en")
        #expect(first.has("Brixton Labs", .reportedBy, "Bloomberg"))
        let study = try extract("Brixton Labs moved $2 billion through miners, according to a report published on Wednesday by blockchain analytics firm Chainlytic Labs. \"It is clear,\" said Sarah Vasko, a senior investigator at Chainlytic Labs.", language: "en")
        #expect(study.has("Brixton Labs", .reportedBy, "Chainlytic Labs"))
        #expect(study.has("Sarah Vasko", .worksFor, "Chainlytic Labs"), "a study's author keeps its people")
    }

    @Test func aPossessiveSkipsTheMakerOfAProduct() throws {
        let r = try extract("Atlas Calcul Services affirme avoir obtenu l'autorisation d'importer 20 000 puces Nvidia B200, a indiqué son directeur général, Youssef Amrani.", language: "fr")
        #expect(r.has("Youssef Amrani", .worksFor, "Atlas Calcul Services"))
        #expect(!r.has("Youssef Amrani", .worksFor, "Nvidia"))
    }

    @Test func aBareTitleGoesToTheArticlesFirmOverALastComplement() throws {
        let text = "Brixton Labs signed a lease with Quorix Cloud. Brixton Labs will host the servers. Brixton Labs shares rose. In return, the Alphabet unit receives warrants in Brixton Labs. “The site was built for this moment,” chief executive Paul Dorsey said."
        let r = try extract(text, language: "en")
        #expect(r.has("Paul Dorsey", .worksFor, "Brixton Labs"))
        #expect(!r.has("Paul Dorsey", .worksFor, "Alphabet"))
    }
}
