import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: people tied to their firm by a possessive, by titles between commas, by a sentence that opens
/// on the firm, and titles in a list of people. Names are invented.
@Suite struct RolesSession16Tests {
    @Test func aFirmsPossessiveBeforeAFullNameIsItsPerson() throws {
        let r = try extract("Velkor Mining's John Marlow, Orvane's Sam Kettering and others were in Abu Dhabi.", language: "en")
        #expect(r.has("John Marlow", .worksFor, "Velkor Mining"))
        #expect(r.has("Sam Kettering", .worksFor, "Orvane"))
    }

    @Test func aPlacesPossessiveIsNoEmployer() throws {
        let r = try extract("Russia's Vladimir Putin met the delegation.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .worksFor })
    }

    @Test func eachTitleInAListOfPeopleIsThePersonsBeforeIt() throws {
        let r = try extract("The office also targeted Andrei Kostavin, chair of Velkor Bank, Alexei Marlov, chief executive of Orvane Energy.", language: "en")
        #expect(r.has("Andrei Kostavin", .worksFor, "Velkor Bank"))
        #expect(r.has("Alexei Marlov", .worksFor, "Orvane Energy"))
        #expect(!r.has("Alexei Marlov", .worksFor, "Velkor Bank"))
    }

    @Test func aTitleAfterAndOpensTheNextMember() throws {
        let r = try extract("L’accord a été signé par le ministre de l’Industrie, Marc Ferrand, et le cofondateur et président de Velkor Compute, César Maklane.", language: "fr")
        #expect(r.has("César Maklane", .worksFor, "Velkor Compute"))
    }

    @Test func aNationalityAndAHyphenatedAdjectiveMayDescribeTheFirm() throws {
        let r = try extract("The list names Nikolai Tarkov, president of the Russian state-owned pipeline company Orvane Pipelines.", language: "en")
        #expect(r.has("Nikolai Tarkov", .worksFor, "Orvane Pipelines"))
    }

    @Test func titlesBetweenCommasThenTheFirmBetweenCommas() throws {
        let r = try extract("Rajesh Varkari, President and Chief Executive, Velkor Tractors Ltd, said the deal would help.", language: "en")
        #expect(r.has("Rajesh Varkari", .worksFor, "Velkor Tractors Ltd"))
    }

    @Test func aSentenceOpeningOnTheFirmTellsWhosePossessive() throws {
        let r = try extract("""
            Orvane Naval a retenu le chantier de Velkor.
            Pour Velkor, le contrat représente 1,5 milliard d’euros attribués à Orvane Naval, s’est félicité son PDG Patrice Carnot.
            """, language: "fr")
        #expect(r.has("Patrice Carnot", .worksFor, "Velkor"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
        #expect(!r.has("Patrice Carnot", .worksFor, "Orvane Naval"))
    }
}

/// Session 16: a short name in parentheses written in lower case, and a relation read on a name that a list
/// of the same sentence also holds.
@Suite struct NamesAndListsSession16Tests {
    @Test func aLowerCaseShortNameInParenthesesIsAnAlias() throws {
        let r = try extract("La Société nationale d’électricité du Niger (Sonelec) a signé un accord. La Sonelec va acheter de l’électricité.", language: "fr")
        let firm = try #require(r.entity("Sonelec"))
        #expect(([firm.name] + firm.aliases).contains("Société nationale d’électricité du Niger"))
    }

    @Test func aPlaceInParenthesesIsNoShortName() throws {
        let r = try extract("La Compagnie minière du Congo (Congo) a signé un accord.", language: "fr")
        let firm = try #require(r.entities.first { $0.type == .company })
        #expect(!firm.aliases.contains("Congo"), "\(firm)")
    }

    @Test func aHoldingReadOutsideTheListStaysWithItsFirm() throws {
        let r = try extract("Parmi les entreprises visées figurent les fintechs Tarvex, Mirelon et Atomvel, basées à Moscou ; ainsi que Korvent, basée à Chypre, qui est également un actionnaire majoritaire d’Atomvel.", language: "fr")
        #expect(r.has("Korvent", .owns, "Atomvel"))
        #expect(!r.has("Korvent", .owns, "Tarvex"))
        #expect(!r.has("Korvent", .owns, "Mirelon"))
    }
}

/// Session 16: an acronym spelled by the initials of a firm's name written before it names that firm.
@Suite struct InitialismsSession16Tests {
    @Test func anAcronymOfTheInitialsNamesTheFirmWrittenBefore() throws {
        let r = try extract("""
            Velkor Advanced Semiconductor Manufacturing Co. will raise its investment in Japan.
            VASM will build the plant with Orvane Group.
            """, language: "en")
        let firm = try #require(r.entity("VASM"))
        #expect(([firm.name] + firm.aliases).contains("Velkor Advanced Semiconductor Manufacturing Co."))
    }

    @Test func anAcronymReadBeforeTheLongNameStaysApart() throws {
        // Read first, the acronym may be another firm the long name is compared with.
        let r = try extract("""
            VASM will build the plant.
            Velkor Advanced Semiconductor Manufacturing will raise its investment in Japan.
            """, language: "en")
        let firm = try #require(r.entity("Velkor Advanced Semiconductor Manufacturing"))
        #expect(!firm.aliases.contains("VASM"))
    }
}

/// Session 16: a long line ending in a colon leads into a quote; it is prose, not a title.
@Suite struct QuoteLeadLinesSession16Tests {
    @Test func aLineLeadingIntoAQuoteIsRead() throws {
        let r = try extract("""
            Velkor expands in Paraguay
            Commenting on the deployment of the company's activities in Paraguay, Velkor Mining's chairman and CEO Fred Tarlin said:
            “We are happy with the progress.”
            """, language: "en")
        #expect(r.has("Fred Tarlin", .worksFor, "Velkor Mining"), "\(r.entities.map(\.name))")
    }

    @Test func aShortLabelEndingInAColonIsStillATitle() throws {
        let r = try extract("""
            Velkor expands in Paraguay
            Orvane Mining in numbers:
            Velkor Mining operates a 50 MW site.
            """, language: "en")
        #expect(!r.entities.contains { $0.name == "Orvane Mining" })
    }
}

/// Session 16: a name between a verb of appointing and the post is a person's, whatever its first name.
@Suite struct AppointeesSession16Tests {
    @Test(arguments: [("Velkor Mining appointed Tarla Benning as chief financial officer.", "en", "Tarla Benning"),
                      ("Velkor Mining named Kofi Mensah its chief operating officer.", "en", "Kofi Mensah"),
                      ("Velkor Mining a nommé Tarla Benning au poste de directrice financière.", "fr", "Tarla Benning")])
    func theAppointeeWorksForTheFirm(text: String, language: String, person: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(person)?.type == .person, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(r.has(person, .worksFor, "Velkor Mining"))
    }

    @Test func aSiteNamedAfterAPlaceIsNoPerson() throws {
        let r = try extract("Velkor Mining named Tarvex Ridge its flagship campus.", language: "en")
        #expect(r.entity("Tarvex Ridge")?.type != .person)
    }
}

/// Session 16: a fronted title whose own words hold `du` (`Président du conseil d'administration de X, Y`), and a
/// party's acronym inside the descriptor before the name.
@Suite struct FrontedBoardTitlesSession16Tests {
    @Test(arguments: ["Président du conseil d’administration de Velkor Data, le conseiller national Franz Gruber voit d’un bon oeil la vente.",
                      "Président du conseil d’administration de Velkor Data, le conseiller national UDC lucernois Franz Gruber voit d’un bon oeil la vente."])
    func theChairOfTheBoardWorksForTheFirm(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has("Franz Gruber", .worksFor, "Velkor Data"))
    }
}
