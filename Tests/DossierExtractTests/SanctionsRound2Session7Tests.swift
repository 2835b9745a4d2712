import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions, session 7 round 2, read from probes on invented wire sentences: `Western sanctions against X` is a
/// noun, not the verb `sanctions`; a counted group (`deux sociétés qu'il contrôle, X et Y`) announces more targets;
/// a measure acting on a firm after a ranking apposition (`The package, the EU's 16th, targets X`); subjects
/// coordinated before a target cue (`X et Y font partie des cibles`); a body's `measures` aimed at a firm; a body
/// that imposes one measure of the sentence does not impose another. Invented names only.
@Suite struct SanctionsRound2Session7Tests {
    private func sanctions(_ r: DocumentExtraction) -> [String] {
        r.entities.filter { $0.type == .sanction }.map(\.name)
    }

    @Test func sanctionsBeforeAgainstIsTheNounNotTheVerb() throws {
        let r = try extract("Japan joined Western sanctions against Tervask Oil on Friday.", language: "en")
        #expect(sanctions(r).count == 1)
        #expect(r.has("Tervask Oil", .subjectTo, "Western sanctions against Tervask Oil"))
    }

    @Test(arguments: [
        ("Le Trésor américain a sanctionné l'homme d'affaires Viktor Zarubin, ainsi que deux sociétés qu'il contrôle, Delmora Holding et Stavra Invest.", "fr", "Trésor américain"),
        ("The Treasury Department sanctioned businessman Viktor Zarubin and two companies he controls, Delmora Holding and Stavra Invest.", "en", "Treasury Department"),
    ])
    func aCountedGroupAnnouncesTheTargetsAfterIt(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        for target in ["Viktor Zarubin", "Delmora Holding", "Stavra Invest"] { #expect(r.has(target, .sanctionedBy, body)) }
    }

    @Test(arguments: [
        ("The Treasury sanctioned Delmora Holding and two of its managers, Stavra Invest said in a statement.", "en", "The Treasury"),
        ("Le Trésor américain a sanctionné Delmora Holding et deux de ses dirigeants, a indiqué Stavra Invest.", "fr", "Trésor américain"),
    ])
    func aGroupOfPeopleIsNoCountedGroupOfFirms(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Delmora Holding", .sanctionedBy, body))
        #expect(!r.has("Stavra Invest", .sanctionedBy, body))
    }

    @Test func aPackageActsOnAFirmAfterARankingApposition() throws {
        let r = try extract("The sanctions package, the EU's 16th since the invasion, targets crypto exchange Garvenix and several banks.", language: "en")
        let package = try #require(r.entities.first { $0.type == .sanction }).name
        #expect(r.has("Garvenix", .subjectTo, package))
        #expect(r.has(package, .imposedBy, "EU"))
    }

    @Test func anOrdinaryAppositionGivesNoImposer() throws {
        let r = try extract("The sanctions package, which the EU adopted on Friday, was criticised by Garvenix.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo })
    }

    @Test func subjectsCoordinatedBeforeATargetCueAreAllTargets() throws {
        let r = try extract("Les sociétés Keltrona Trading et Vamorel Logistics font partie des cibles du nouveau paquet de sanctions de l'UE.", language: "fr")
        let package = try #require(r.entities.first { $0.type == .sanction }).name
        #expect(r.has("Keltrona Trading", .subjectTo, package))
        #expect(r.has("Vamorel Logistics", .subjectTo, package))
    }

    @Test(arguments: [
        ("Russian gas producer Severtek, already under U.S. sanctions, was hit by new EU measures on Wednesday.", "en", "EU"),
        ("Le producteur de gaz russe Severtek, déjà visé par des sanctions américaines, est frappé par de nouvelles mesures de l'UE.", "fr", "UE"),
    ])
    func aBodysMeasuresAimedAtAFirmAreASanction(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(sanctions(r).count == 2)
        #expect(r.has("Severtek", .sanctionedBy, body))
        // The national sanctions named first are not the EU's.
        let national = try #require(sanctions(r).first { $0.contains("U.S.") || $0.contains("américaines") })
        #expect(!r.has(national, .imposedBy, body))
    }

    @Test(arguments: [
        ("The European Commission announced measures to support Halvern Energy and other utilities.", "en"),
        ("La Commission européenne a annoncé des mesures de soutien au groupe Halvern Energy.", "fr"),
    ])
    func measuresThatAimAtNoTargetAreNoSanction(text: String, language: String) throws {
        #expect(sanctions(try extract(text, language: language)).isEmpty)
    }

    @Test(arguments: [
        ("Analysts said the impact of sanctions on Lanveq Energy remained limited.", "en"),
        ("Selon les analystes, l'effet des sanctions sur Lanveq Energy demeure limité.", "fr"),
    ])
    func aVerbOfStateAfterTheTargetEndsTheMeasuresName(text: String, language: String) throws {
        let names = sanctions(try extract(text, language: language))
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains("limit") })
    }
}
