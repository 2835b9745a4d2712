import DossierModel
import Testing
@testable import DossierExtract

/// Session 18: a plural title between a firm and the people it lists (`X executives A and B`);
/// a cabinet post whose body is named in another sentence. Names are invented.
@Suite struct RolesSession18Tests {
    @Test func aFirmsExecutivesListedByName() throws {
        let r = try extract("The Department of Justice unsealed indictments against Varnex executives Aleksandr Mirov Serda and Aleksej Bestovik.", language: "en")
        #expect(r.has("Aleksandr Mirov Serda", .worksFor, "Varnex"))
        #expect(r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }

    @Test func aFirmsLeadersListedByNameInFrench() throws {
        let r = try extract("La justice a inculpé les dirigeants de Varnex, Aleksandr Mirov et Aleksej Bestovik.", language: "fr")
        #expect(r.has("Aleksandr Mirov", .worksFor, "Varnex"))
        #expect(r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }

    @Test func aSingularTitleIsOnlyTheFirstPersons() throws {
        let r = try extract("Selon le directeur général de Varnex, Aleksandr Mirov et Aleksej Bestovik sont en désaccord.", language: "fr")
        #expect(r.has("Aleksandr Mirov", .worksFor, "Varnex"))
        #expect(!r.has("Aleksej Bestovik", .worksFor, "Varnex"))
    }

    /// A cabinet member named with a portfolio works for the ministry of that portfolio named in
    /// another sentence, else for the one government the text names.
    @Test func aMinisterWorksForThePortfoliosMinistryNamedElsewhere() throws {
        let r = try extract("""
            Londres sanctionne des navires.
            Le ministère britannique des Affaires étrangères et le gouvernement britannique ciblent 25 personnalités.
            « Cela suffit », a déclaré le ministre britannique des Affaires étrangères David Larkov lors d'une réunion.
            """, language: "fr")
        #expect(r.has("David Larkov", .worksFor, "ministère britannique des Affaires étrangères"))
        #expect(!r.has("David Larkov", .worksFor, "gouvernement britannique"))
    }

    @Test func aMinisterWithoutHisMinistryWorksForTheOneGovernment() throws {
        let r = try extract("""
            Ottawa veut confisquer des actifs.
            Ce sera la première fois que le gouvernement canadien utilise ces pouvoirs.
            La ministre des Finances, Christine Falland, devra présenter une demande au tribunal.
            """, language: "fr")
        #expect(r.has("Christine Falland", .worksFor, "gouvernement canadien"))
    }

    @Test func twoGovernmentsLeaveTheMinisterUnplaced() throws {
        let r = try extract("""
            Sanctions news.
            The British government and the Canadian government agreed on new measures on Monday.
            "This is enough," Foreign Minister David Larkov said at a meeting.
            """, language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor == "document:cabinet-post" })
    }

    @Test func anEnglishPortfolioBeforeTheTitleFindsItsDepartment() throws {
        let r = try extract("""
            Export rules tighten.
            The Commerce Department added 28 firms to its list on Monday, and the British government agreed.
            Commerce Secretary Gina Marlow said the firms had helped the army.
            """, language: "en")
        #expect(r.has("Gina Marlow", .worksFor, "Commerce Department"))
        #expect(!r.has("Gina Marlow", .worksFor, "British government"))
    }

    @Test func aBodyNamedBeforeTheTitleIsThePairRulesToRead() throws {
        // (`Treasury Secretary X`: the Treasury holds the post; the one government named is not added.)
        let r = try extract("""
            Sanctions widen.
            The Treasury sanctioned 12 firms on Monday, and the British government agreed.
            Treasury Secretary Janet Yelland said the firms had helped the army.
            """, language: "en")
        #expect(!r.has("Janet Yelland", .worksFor, "British government"))
    }

    @Test func aMinistryReadShortLeavesTheMinisterUnplaced() throws {
        // (The ministry's name is cut before `de l'administration`: neither it nor the government is taken.)
        let r = try extract("""
            Un accord numérique.
            L'accord a été précisé par le ministère de la Transition numérique et de la Réforme de l'administration, signataire.
            Le gouvernement marocain a salué l'accord, et la ministre de la Transition numérique, Amal Sefrani, était présente.
            """, language: "fr")
        #expect(!r.relations.contains { $0.evidence.extractor == "document:cabinet-post" }, "\(r.relations.map(\.evidence.extractor))")
    }
}
