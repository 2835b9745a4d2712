import DossierModel
import Testing
@testable import DossierExtract

/// Entity typing, session 6: a firm's head noun right before a name outweighs the `said` after it
/// (`the Korean chip designer X said`), which used to make X a person. Invented names only.
@Suite struct EntityTypingSession6Tests {
    @Test(arguments: [
        ("The Korean chip designer Dorvan Semi said on Monday it had raised money.", "Dorvan Semi"),
        ("The Russian miner Velkor Hash said on Monday it would expand.", "Velkor Hash"),
        ("The chip designer Dorvan Semi said on Monday it had raised money.", "Dorvan Semi"),
    ])
    func aFirmHeadBeforeTheNameOutweighsSaid(text: String, name: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entity(name)?.type == .company)
    }

    @Test(arguments: [
        ("Its chief executive John Arden said on Monday the firm would expand.", "John Arden"),
        ("The company's chief executive, Maria Velkova, said the deal was done.", "Maria Velkova"),
    ])
    func aRoleBeforeTheNameStillMakesAPerson(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .person)
    }

    @Test(arguments: [
        ("La Commission de régulation de l'énergie a approuvé le projet mardi.", "fr", "Commission de régulation de l'énergie"),
        ("La Commission européenne a proposé de nouvelles sanctions.", "fr", "Commission européenne"),
    ])
    func aNameAfterTheArticleWinsOverAnArticleLedAlias(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entities.contains { $0.type == .organization && $0.name == name })
        #expect(!r.entities.contains { $0.name == "La Commission" })
    }

    @Test func theEnglishArticleAPlacesNothing() throws {
        let r = try extract("Senator Jane Colby, a Republican from Ohio, criticised the sale.", language: "en")
        #expect(!r.entities.contains { $0.type == .location && $0.name == "Republican" })
        #expect(r.entities.contains { $0.type == .location && $0.name == "Ohio" })
    }

    @Test(arguments: [
        ("The Bitcoin Mining Council, an industry group, disputed the figures.", "en", "Bitcoin Mining Council"),
        ("Le Bitcoin Mining Council, un groupement professionnel, a contesté les chiffres.", "fr", "Bitcoin Mining Council"),
    ])
    func aCommonWordOpensANameClosedByABodyWord(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name) != nil)
    }

    @Test func aCommonWordAloneOpensNoName() throws {
        let r = try extract("Bitcoin Prices fell on Monday after the report.", language: "en")
        #expect(!r.entities.contains { $0.name.hasPrefix("Bitcoin") })
    }

    @Test func aFirmLeasingCapacityBuysIt() throws {
        let r = try extract("Meta Platforms a signé un accord avec Velkor Minage pour louer 300 MW de capacité.", language: "fr")
        #expect(r.has("Velkor Minage", .supplies, "Meta Platforms"))
        #expect(!r.has("Meta Platforms", .supplies, "Velkor Minage"))
    }

    @Test func aProductNamedAfterItsMakerLendsTheMakerToNoOtherProduct() throws {
        let r = try extract("Microsoft's Azure and Google Cloud compete for the contract.", language: "en")
        #expect(r.has("Google", .supplies, "Google Cloud"))
        #expect(!r.has("Google", .supplies, "Azure"))
    }

    @Test(arguments: [
        ("Researchers at the Velmora Advanced Institute of Science and Technology built the chip.", "en", "Velmora Advanced Institute of Science and Technology"),
        ("The Ministry of Investment, Trade and Industry said exports rose.", "en", "Ministry of Investment, Trade and Industry"),
        ("L'Agence de l'informatique de l'État a lancé un appel d'offres.", "fr", "Agence de l'informatique de l'État"),
        ("Le ministère du Commerce extérieur et de la Coopération au développement a publié la liste.", "fr",
         "ministère du Commerce extérieur et de la Coopération au développement"),
    ])
    func aBodysNameRunsThroughItsPortfolios(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entities.contains { $0.type == .organization && $0.name == name })
    }

    @Test func aSecondBodyAfterAndIsASecondName() throws {
        let r = try extract("He studied at the Velmora Institute of Technology and Korvane University.", language: "en")
        #expect(r.entities.contains { $0.name == "Velmora Institute of Technology" })
    }

    @Test(arguments: [
        ("Lumora, pionnier de l'hydrogène vert, lève 50 millions d'euros.", "fr", "Lumora"),
        ("Kestrix raised $20 million in a Series A round.", "en", "Kestrix"),
        ("Lumora, pionnier de l'hydrogène vert renouvelable, vient d'inaugurer son site à Nantes.", "fr", "Lumora"),
    ])
    func aFirmThatRaisesMoneyOrPioneersATradeIsAFirm(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .company)
    }

    @Test func aTwoLetterAcronymIsNoCapitalisedWord() throws {
        let r = try extract("Un an après, le groupe a ouvert un site. L'ONU a salué le projet.", language: "fr")
        #expect(!r.entities.contains { $0.name == "Un" })
    }

    @Test func aCourtesyTitleMakesAPersonOfAFirmsName() throws {
        let r = try extract("M. Dupont, directeur général adjoint de Velkor Minage, a confirmé l'information.", language: "fr")
        #expect(r.entity("Dupont")?.type == .person)
        #expect(r.has("Dupont", .worksFor, "Velkor Minage"))
    }

    @Test func chezPointsAtAFirmAndACommaBeforeALowerCaseWordPlacesNothing() throws {
        let r = try extract("Selon Jean-Baptiste Morel, analyste chez Korvane Partners BHF, la valorisation est élevée.", language: "fr")
        #expect(r.entity("Korvane Partners BHF")?.type == .company)
        #expect(r.has("Jean-Baptiste Morel", .worksFor, "Korvane Partners BHF"))
    }

    @Test(arguments: [
        ("Velkor Hash operates a 100 MW mining site at Korsk, in the south-west of the country.", "en", "Korsk"),
        ("Velkor Minage exploite un site de 100 MW à Korsk, dans le nord du pays.", "fr", "Korsk"),
    ])
    func aDirectionAfterTheCommaPlacesTheName(text: String, language: String, place: String) throws {
        #expect(try extract(text, language: language).entity(place)?.type == .location)
    }

    @Test(arguments: [
        ("Quillon AI secured $40 million from Tessara Ventures.", "Quillon AI"),
        ("Norhaven Bitcoin said it would buy 3,000 machines from Bitmain.", "Norhaven Bitcoin"),
        ("Cobalt Ridge said its Granbury site would close.", "Cobalt Ridge"),
    ])
    func aNameThatSpeaksOfItselfAsItIsAFirm(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .company)
    }

    @Test(arguments: [
        ("Velmont Compute 5,000 GPUs were shipped to Ardenne Cloud.", "en", "Velmont Compute"),
        ("Ardenne Cloud 2 000 serveurs ont été livrés à Velmont Compute.", "fr", "Ardenne Cloud"),
    ])
    func aQuantityAfterANameIsNoPartOfIt(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name) != nil)
    }

    @Test func aPublicOfficeNamesThePlaceItGoverns() throws {
        let r = try extract("Pour Ivan Sorel, le gouverneur de Tchelva, la réglementation est trop stricte.", language: "fr")
        #expect(r.entity("Tchelva")?.type == .location)
    }

    @Test func aQualifierAfterAHyphenIsNoPartOfTheName() throws {
        let r = try extract("Sanctions-hit Velkor Hash said it would sell its Texas site.", language: "en")
        #expect(r.entity("Velkor Hash")?.type == .company)
        #expect(r.entity("Sanctions-hit Velkor Hash") == nil)
    }

    @Test(arguments: [
        ("Morrow Research analyst Dana Holt said the deal was fair.", "Morrow Research", true),
        ("Velkor Hash Chief Executive Dana Holt said the deal was fair.", "Velkor Hash", true),
    ])
    func aRoleInLowerCaseLeavesTheCapitalisedWordToTheFirm(text: String, firm: String, expected: Bool) throws {
        #expect(try extract(text, language: "en").has("Dana Holt", .worksFor, firm) == expected)
    }

    @Test(arguments: [
        ("Corvexa a ouvert un nouveau site de 20 MW à Francfort.", "fr", "Corvexa"),
        ("Ostrelle bought a 20% stake in Velkor Hash.", "en", "Ostrelle"),
    ])
    func aCorporateVerbAfterAnOpeningWordMakesItAName(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .company)
    }

    @Test func aCommonNounOpeningASentenceStaysNoName() throws {
        #expect(try extract("Officials signed the decree on Monday.", language: "en").entity("Officials") == nil)
    }
}
