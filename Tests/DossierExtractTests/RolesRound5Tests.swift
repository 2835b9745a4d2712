import DossierModel
import Testing
@testable import DossierExtract

/// Employment and sources as real French and English news phrase them (session 5): a firm
/// descriptor with adjectives between the title and the name, `X, de la société Y`, public
/// offices and relatives of possession that keep a title from the article's firm, the title of a
/// named body, a unit head, and sources named through a piece of reporting or after a speaker.
/// Invented actors only.
@Suite struct RolesRound5Tests {
    @Test func aDescriptorWithAdjectivesBetweenTitleAndFirm() throws {
        let r = try extract("Les sanctions visent aussi Pavel Ardin, PDG de la société énergétique Volgatrans, et Oleg Marin, président de la banque Severbank.", language: "fr")
        #expect(r.has("Pavel Ardin", .worksFor, "Volgatrans"))
        #expect(r.has("Oleg Marin", .worksFor, "Severbank"))
        let us = try extract("« Paris est un hub mondial », explique Hélène Marceau, présidente de l'entreprise américaine Quorix Data, qui gère trois sites.", language: "fr")
        #expect(us.has("Hélène Marceau", .worksFor, "Quorix Data"))
    }

    @Test func aBareDeNamesTheFirmInAFrenchApposition() throws {
        let r = try extract("D'après Jérôme Vasseur, de la société française Korvant, le marché est saturé.", language: "fr")
        #expect(r.has("Jérôme Vasseur", .worksFor, "Korvant"))
        let place = try extract("D'après Jérôme Vasseur, de Lyon, le marché est saturé.", language: "fr")
        #expect(!place.relations.contains { $0.predicate == .worksFor }, "a town is not an employer")
    }

    @Test func theNextListMembersTitleIsNotThePreviousPersons() throws {
        let r = try extract("L'accord a été signé par le ministre de l'Industrie, Marc Delorme, et le cofondateur et président de Quorix, Paul Lenoir.", language: "fr")
        #expect(r.has("Paul Lenoir", .founded, "Quorix"))
        #expect(r.has("Paul Lenoir", .worksFor, "Quorix"))
        #expect(!r.has("Marc Delorme", .founded, "Quorix"))
        #expect(!r.has("Marc Delorme", .worksFor, "Quorix"))
    }

    @Test func publicOfficesAndOtherFirmsTitlesStayOffTheArticlesFirm() throws {
        let head = try extract("Korvant Telecom was fined on Monday. Ukrainian president Petro Halenko said the fine was fair.", language: "en")
        #expect(head.entities.contains { $0.name == "Korvant Telecom" })
        #expect(!head.has("Petro Halenko", .worksFor, "Korvant Telecom"))
        let rep = try extract("Korvant Systems may have broken the rules. Adding to the concerns, Representative Mike Dorran emphasized the need for checks.", language: "en")
        #expect(!rep.has("Mike Dorran", .worksFor, "Korvant Systems"))
        let dont = try extract("Altice a annoncé un changement. La fusion avec Vessla dont le patron Rajeev Tamm doit prendre la tête.", language: "fr")
        #expect(dont.has("Rajeev Tamm", .worksFor, "Vessla"))
        #expect(!dont.has("Rajeev Tamm", .worksFor, "Altice"))
    }

    @Test func theBodyNamedAfterATitleEmploys() throws {
        let r = try extract("Korvant Systems may have broken the rules, said Michael Dorn, Republican chairman of the House Energy Committee.", language: "en")
        #expect(r.has("Michael Dorn", .worksFor, "House Energy Committee"))
        let fr = try extract("« Les secteurs pétroliers financent le régime », accuse Steven Dalby, le secrétaire américain au Trésor, dans un communiqué.", language: "fr")
        #expect(fr.has("Steven Dalby", .worksFor, "Trésor"))
    }

    @Test func aUnitHeadWorksForTheBodyNamedBeforeTheUnit() throws {
        let r = try extract("Halvex Cloud shipped drones to Iran. \"This must stop,\" said Treasury sanctions and financial intelligence head Brian Norcott.", language: "en")
        #expect(r.has("Brian Norcott", .worksFor, "Treasury"))
        #expect(!r.has("Brian Norcott", .worksFor, "Halvex Cloud"))
    }

    @Test func aSpeakerBetweenTheVerbAndTheOutlet() throws {
        let r = try extract("Korvant Mining a ouvert une ferme en Éthiopie. « Le prix de l'électricité est trop élevé », a déclaré Martin Ober à CoinDesk dans une interview.", language: "fr")
        #expect(r.has("Korvant Mining", .reportedBy, "CoinDesk"))
    }

    @Test func aPieceOfReportingNamesItsOutlet() throws {
        let r = try extract("Korvant Systems may have violated export rules, Dorn said in a statement published by Reuters.", language: "en")
        #expect(r.has("Korvant Systems", .reportedBy, "Reuters"))
        let report = try extract("A Bloomberg report confirmed that Halvex Cloud bought the chips.", language: "en")
        #expect(report.has("Halvex Cloud", .reportedBy, "Bloomberg"))
        let fr = try extract("Selon Pierre Vasseur, consultant, interrogé par le quotidien Les Échos, le client serait Quorix.", language: "fr")
        #expect(fr.has("Quorix", .reportedBy, "Les Échos"))
        let firm = try extract("Korvant Systems may have violated export rules, Dorn said in a statement published by Halvex Cloud.", language: "en")
        #expect(!firm.has("Korvant Systems", .reportedBy, "Halvex Cloud"), "a firm not known as an outlet is no source")
    }

    @Test func aFirmInTheSpeakersAppositionIsNotTheReportedOne() throws {
        let r = try extract("Selon Pierre Vasseur, consultant pour le cabinet Quorix, interrogé par le quotidien Les Échos, le client serait Halvex.", language: "fr")
        #expect(r.has("Halvex", .reportedBy, "Les Échos"))
        #expect(!r.has("Quorix", .reportedBy, "Les Échos"))
        let en = try extract("In a report by Bloomberg, Michael Dorn, Republican chairman of the House Energy Committee, states that Korvant Systems has violated sanctions.", language: "en")
        #expect(en.has("Korvant Systems", .reportedBy, "Bloomberg"))
    }

    @Test func aRegionBetweenTheTitleAndTheFirm() throws {
        let fr = try extract("« Nos campus seront proches », précise Alexandre Morlan, directeur France de Quorix Data.", language: "fr")
        #expect(fr.has("Alexandre Morlan", .worksFor, "Quorix Data"))
        let en = try extract("\"We will grow,\" said Jane Colder, head of Europe at Halvex Cloud.", language: "en")
        #expect(en.has("Jane Colder", .worksFor, "Halvex Cloud"))
    }
}
