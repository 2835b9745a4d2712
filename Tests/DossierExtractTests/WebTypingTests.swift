import DossierModel
import Testing
@testable import DossierExtract

/// Typing on the wording of real web pages (fifth session): glued sentences, persons after a
/// known name or in a list of people, French nationality nouns, portfolios of ministries, codes
/// and acronyms that are not names. Invented names only.
@Suite struct WebTypingTests {
    @Test func aSentenceGluedToTheNextIsSplit() throws {
        let r = try extract("Le marché est ouvert en Belgique.Vantorel possède déjà trois usines. Son rival a publié un communiqué.Libéralisé en 2007, le marché a changé.")
        #expect(r.entity("Belgique")?.type == .location)
        #expect(r.entity("Belgique.Vantorel") == nil)
        #expect(r.entity("communiqué.Libéralisé") == nil)
        let kept = Tokenizer.tokenize(Array("Amazon.com, e.g. U.S. and St.Petersburg".unicodeScalars)).map(\.text)
        #expect(kept.contains("Amazon.com") && kept.contains("St.Petersburg"))
    }

    @Test func aPersonAfterAKnownOutletIsTheirOwnName() throws {
        let r = try extract("« C'est un tournant », explique à l'AFP Maxime Durandet, président de Korvalis.")
        #expect(r.entity("AFP")?.type == .company)
        #expect(r.entity("Maxime Durandet")?.type == .person)
    }

    @Test func aRoleAcronymSplitsFirmFromPerson() throws {
        let r = try extract("Varnelco CEO Tyler Brantham said the lease was a milestone.")
        #expect(r.entity("Tyler Brantham")?.type == .person)
        #expect(r.entity("Varnelco CEO Tyler Brantham") == nil)
    }

    @Test(arguments: ["The Justice Department charged two Chinese nationals, Wei Tangren and Lin Haoyu, with smuggling.",
                      "Prosecutors said Wei Tangren, 34, and Lin Haoyu, 29, shipped the chips."])
    func namesListedAsPeopleArePersons(_ sentence: String) throws {
        let r = try extract(sentence)
        #expect(r.entity("Wei Tangren")?.type == .person)
        #expect(r.entity("Lin Haoyu")?.type == .person)
    }

    @Test func aFrenchNationalityNounIsNotPartOfTheName() throws {
        let r = try extract("Le Finlandais Nokia a été choisi par l'opérateur. L'Américain Korvatec a perdu le contrat.")
        #expect(r.entity("Nokia")?.type == .company)
        #expect(r.entity("Finlandais Nokia") == nil)
        #expect(r.entity("Américain Korvatec") == nil)
    }

    @Test func ministriesKeepTheirPortfolio() throws {
        let r = try extract("Le ministère des Affaires étrangères a publié la liste. The Ministry of Justice agreed with the Department of Labor.")
        #expect(r.entity("ministère des Affaires étrangères")?.type == .organization)
        #expect(r.entity("Ministry of Justice")?.type == .organization)
        #expect(r.entity("Department of Labor")?.type == .organization)
    }

    @Test func codesAndCommonAcronymsAreNotNames() throws {
        let r = try extract("Korvant Micro Devices KRV.O declined to comment. Le site ne peut faire tourner que des ASIC très avancés. Le projet de GNL et le centre de R&D sont retardés.")
        #expect(r.entity("Korvant Micro Devices")?.type == .company)
        #expect(r.entity("Korvant Micro Devices KRV.O") == nil)
        #expect(r.entity("ASIC") == nil)
        #expect(r.entity("GNL") == nil)
        #expect(r.entity("R&D") == nil)
    }

    @Test func digitsMayOpenAFirmNameAndACapitalisedWordWithANumberIsABrand() throws {
        let r = try extract("Washington vise 4HQ Semiconductors et Velnor Technology de Chine. Vexa4 rachète le site de Vantorel Group.")
        #expect(r.entity("4HQ Semiconductors")?.type == .company)
        #expect(r.entity("Velnor Technology")?.type == .company)
        #expect(r.entity("Velnor Technology de Chine") == nil)
        #expect(r.entity("Vexa4")?.type != .product)
    }

    @Test func anUncuedNameListedWithFirmsIsAFirm() throws {
        let r = try extract("La réunion a rassemblé Sberbank, Ozyrel, Rostelecom et Yandex au ministère.")
        #expect(r.entity("Ozyrel")?.type == .company)
        let alone = try extract("Fans of Ozyrel and Glimmerfall will find the sequel on sale.")
        #expect(alone.entity("Ozyrel") == nil, "a pair with no typed firm gives no cue")
    }

    @Test func aModifierMaySitBetweenAFirmsHeadNounAndItsName() throws {
        let r = try extract("Il a quitté l'équipementier télécoms Vexalis-Lucent en mars. Le marché pèse 1,2 milliard, selon le cabinet spécialisé Orvant Research.")
        #expect(r.entity("Vexalis-Lucent")?.type == .company)
        #expect(r.entity("Orvant Research")?.type == .company)
    }

    @Test func aGovernmentNamedAfterItsLeaderIsAnOrganization() throws {
        let r = try extract("Les sanctions de l'administration Varlow visent Korvex. Le Parlement tchétchène a voté.")
        #expect(r.entity("administration Varlow")?.type == .organization)
        #expect(r.entity("Parlement tchétchène")?.type == .organization)
        let opening = try extract("L'administration Varlow a sanctionné Korvex. Varlow administration officials declined to comment.")
        #expect(opening.entity("administration Varlow")?.type == .organization)
        #expect(opening.entity("Varlow administration")?.type == .organization)
        #expect(opening.entities.allSatisfy { !$0.name.hasPrefix("L'") })
    }
}
