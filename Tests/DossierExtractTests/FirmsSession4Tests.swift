import DossierModel
import Testing
@testable import DossierExtract

/// Firm-to-firm relations in the wording of real news reports (session 4): goods ordered from a
/// maker, a firm hired for a job, descriptive phrases for a firm (`the French plane-maker`), holders
/// named with a possessive, money put into a firm, what a firm owns after its possessive.
/// Invented actors only.
@Suite struct FirmsSession4Tests {
    @Test(arguments: [
        ("Norvale Airways finalized a deal to purchase 30 of Korvant Aerospace's jets on Wednesday.", "en"),
        ("Norvale Airways agreed to buy 30 jets from Korvant Aerospace.", "en"),
        ("Norvale Airways a commandé 60 avions de Korvant Aerospace.", "fr"),
    ])
    func goodsOrderedFromAMakerAreASupplyNotATakeover(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Aerospace", .supplies, "Norvale Airways"))
        #expect(!r.has("Korvant Aerospace", .subsidiaryOf, "Norvale Airways"))
        #expect(!r.has("Norvale Airways", .owns, "Korvant Aerospace"))
    }

    @Test func anUncountedPurchaseNamesNoSupplier() throws {
        let r = try extract("Norvale Trading had bought hundreds of Korvant Aerospace engines through brokers.", language: "en")
        #expect(!r.has("Korvant Aerospace", .supplies, "Norvale Trading"))
    }

    @Test(arguments: [
        ("Tessara Compute contracted Korvant Systems to build its cooling plant.", "en"),
        ("Tessara Compute a mandaté Korvant Systems pour construire son usine.", "fr"),
    ])
    func aFirmHiredForAJobSuppliesTheClient(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Systems", .supplies, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Norvale Airways ordered 20 of Korvant Aerospace's jets. The order is a relief for the French plane-maker, whose sales fell.", "en", "France"),
        ("Norvale Airways a commandé 20 avions de Korvant Aerospace. La commande soulage le constructeur allemand, dont les ventes chutaient.", "fr", "Allemagne"),
    ])
    func aMakerDescriptorPlacesTheMakerNamedWithGoods(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Korvant Aerospace", .locatedIn, country))
        #expect(!r.has("Norvale Airways", .locatedIn, country))
    }

    @Test func aDescriptorAfterTheFirmPlacesIt() throws {
        let r = try extract("Tessara Media executive Jane Doe said demand surged when the Denver entertainment giant launched its service.", language: "en")
        #expect(r.has("Tessara Media", .locatedIn, "Denver"))
    }

    @Test func aDescriptorAfterAPrepositionIsAnotherParty() throws {
        let r = try extract("Tessara Compute, which is majority-owned by the US investment firm, opened a site.", language: "en")
        #expect(!r.has("Tessara Compute", .locatedIn, "US") && !r.has("Tessara Compute", .locatedIn, "United States"))
    }

    @Test func aPossessivePlaceInAListBelongsToTheNextFirm() throws {
        let r = try extract("Bids came from Swiss-based carrier Norvale Airways, Kazakhstan's Tessara Air and a third buyer.", language: "en")
        #expect(r.has("Norvale Airways", .locatedIn, "Switzerland"))
        #expect(r.has("Tessara Air", .locatedIn, "Kazakhstan"))
        #expect(!r.has("Norvale Airways", .locatedIn, "Kazakhstan"))
    }

    @Test(arguments: [
        ("Tessara Compute agreed to a rescue by its largest shareholder, Japanese investment company Halvorn Capital, last month.", "en"),
        ("Tessara Compute a été secourue par son actionnaire majoritaire, le fonds Halvorn Capital.", "fr"),
    ])
    func aShareholderNamedWithAPossessiveOwnsTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test func anInvestorInAppositionWithAPossessiveInvests() throws {
        let r = try extract("Tessara Compute cut jobs after Halvorn Capital, its largest investor, committed $2 billion.", language: "en")
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Tessara Compute's parent company, Halvorn Group, said sales rose.", "en"),
        ("Tessara Compute et sa maison mère Halvorn Group ont publié leurs comptes.", "fr"),
    ])
    func aParentNamedWithAPossessiveIsTheParent(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .subsidiaryOf, "Halvorn Group"))
    }

    @Test(arguments: [
        ("Halvorn Capital agreed to inject $500 million in debt and equity into Tessara Compute.", "en"),
        ("Halvorn Capital a injecté 50 millions d'euros dans Tessara Compute.", "fr"),
    ])
    func moneyPutIntoAFirmIsAnInvestment(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }

    @Test func aFirmNamedBetweenAPossessiveAndAnOwnedNounIsOwned() throws {
        let r = try extract("Cord-cutting has eroded revenue from Halvorn Media's flagship Brightline Sports channels, Tessara Channel and other cable networks.", language: "en")
        #expect(r.has("Halvorn Media", .owns, "Brightline Sports"))
        #expect(r.has("Halvorn Media", .owns, "Tessara Channel"))
    }

    @Test func aFirmNamedBetweenAPossessiveAndAUnitIsASubsidiary() throws {
        let r = try extract("Halvorn Group's Tessara Compute unit reported a loss.", language: "en")
        #expect(r.has("Tessara Compute", .subsidiaryOf, "Halvorn Group"))
    }

    @Test func aHyphenOwnedFirmIsOwned() throws {
        let r = try extract("Sales rose at the Halvorn-owned Tessara Compute last year.", language: "en")
        #expect(r.has("Halvorn", .owns, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Halvorn Capital struck a deal worth $600 million for 51% of Tessara Compute.", "en"),
        ("Halvorn Capital va racheter 40 % de Tessara Compute.", "fr"),
    ])
    func aDealForAShareIsAHolding(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test func sellingAShareIsNoHolding() throws {
        let r = try extract("Halvorn Capital agreed to sell 30% of Tessara Compute to Brightline Partners.", language: "en")
        #expect(!r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test func bidsAttractedFromBuyersMakeTheMakerTheirSupplier() throws {
        let r = try extract("Korvant Aerospace also managed to attract bids for some 60 of its jets from Swiss-based carrier Norvale Airways.", language: "en")
        #expect(r.has("Korvant Aerospace", .supplies, "Norvale Airways"))
    }

    @Test func aThinkTankFollowedByItsTownIsLocatedThere() throws {
        let r = try extract("Jane Doe, a scholar with the Halvorn Policy Institute in Washington, said talks stalled.", language: "en")
        #expect(r.has("Halvorn Policy Institute", .locatedIn, "Washington"))
    }

    @Test(arguments: [
        ("The company was majority-owned by its founder until March, when Halvorn Capital, a Cyprus-registered vehicle, took a 40% stake.", "en"),
        ("Tessara Compute a changé de mains en mars, quand le fonds Halvorn Capital a pris une participation majoritaire.", "fr"),
    ])
    func aStakeWithoutComplementIsInTheFirmOfTheSentence(text: String, language: String) throws {
        let r = try extract("Tessara Compute opened a plant. " + text, language: language)
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test func aSubsidiaryOfADescribedParentIsItsChild() throws {
        let r = try extract("Korvant Cloud, a subsidiary of the Denver-based telecommunications operator Halvorn Telecom, rents servers.", language: "en")
        #expect(r.has("Korvant Cloud", .subsidiaryOf, "Halvorn Telecom"))
    }

    @Test func aHolderOpeningARelativeClauseAfterAnAppositionHoldsTheShare() throws {
        let r = try extract("The note was taken up by Halvorn Capital, a London-based fund, which already holds about 9% of Tessara Compute.", language: "en")
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Halvorn Industries completed its takeover of Tessara Compute in March.", "en"),
        ("Halvorn Industries's $4 billion buyout of Tessara Compute closed on Friday.", "en"),
    ])
    func aTakeoverNamedAsSuchIsAHolding(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Industries", .owns, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .subsidiaryOf, "Halvorn Industries"))
    }

    @Test(arguments: [
        ("Halvorn Industries is the parent company of Tessara Compute.", "en"),
        ("Tessara Compute, a Halvorn Industries company, makes sensors.", "en"),
        ("Halvorn Industries, maison mère de Tessara Compute, a publié ses comptes.", "fr"),
    ])
    func aParentNamedAsSuchMakesASubsidiary(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .subsidiaryOf, "Halvorn Industries"))
    }

    @Test(arguments: [
        ("Halvorn Industries agreed to sell its Tessara Compute unit to Brightline Capital for $1 billion.", "en"),
        ("Halvorn Industries a cédé sa filiale Tessara Compute au fonds Brightline Capital.", "fr"),
    ])
    func aUnitSoldGoesToTheBuyer(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Brightline Capital", .owns, "Tessara Compute"))
        #expect(!r.has("Halvorn Industries", .supplies, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .owns, "Brightline Capital"))
    }

    @Test func aPropertyOfAGroupIsOwned() throws {
        let r = try extract("Tessara Compute, propriété du groupe Halvorn Industries, a ouvert une usine.", language: "fr")
        #expect(r.has("Halvorn Industries", .owns, "Tessara Compute"))
    }

    @Test func aPartnerNamedWithAPossessiveIsAPartner() throws {
        let r = try extract("Tessara Compute and its partner Korvant Systems will build a plant.", language: "en")
        #expect(r.has("Tessara Compute", .partnerOf, "Korvant Systems") || r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }

    @Test func aFirmAwardedAContractSuppliesTheClient() throws {
        let r = try extract("Halvorn Industries awarded Tessara Compute a $200 million contract to build servers.", language: "en")
        #expect(r.has("Tessara Compute", .supplies, "Halvorn Industries"))
    }

    @Test func aShareStatedWithTheBelongingIsAHoldingNotASubsidiary() throws {
        let r = try extract("Tessara Compute appartient à 40 % au fonds régional Halvorn Capital.", language: "fr")
        #expect(r.has("Halvorn Capital", .owns, "Tessara Compute"))
        #expect(!r.has("Tessara Compute", .subsidiaryOf, "Halvorn Capital"))
    }

    @Test func aParentIsNotAlsoAHolder() throws {
        let r = try extract("Tessara Compute est contrôlée par le groupe Halvorn Industries.", language: "fr")
        #expect(r.has("Tessara Compute", .subsidiaryOf, "Halvorn Industries"))
        #expect(!r.has("Halvorn Industries", .owns, "Tessara Compute"))
    }

    @Test func aWhollyOwnedSubsidiaryHoldsNoShareOfItsParent() throws {
        let r = try extract("Tessara Compute est une filiale à 100 % de Halvorn Industries.", language: "fr")
        #expect(!r.has("Tessara Compute", .owns, "Halvorn Industries"))
    }

    @Test(arguments: [
        ("Protesters gathered outside Tessara Compute's Denver headquarters on Monday.", "en", "Denver"),
        ("Tessara Compute said at its Denver headquarters that sales rose.", "en", "Denver"),
        ("Les salariés se sont réunis devant le siège lyonnais de Tessara Compute.", "fr", "Lyon"),
    ])
    func aSeatNamedWithItsPlacePlacesTheFirm(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .locatedIn, place))
    }

    @Test(arguments: [
        ("Tessara Compute, one of Japan's largest server makers, cut prices.", "en", "Japan"),
        ("Tessara Compute, l'un des principaux opérateurs japonais, a baissé ses prix.", "fr", "Japon"),
    ])
    func oneOfAPlacesFirmsIsLocatedThere(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .locatedIn, place))
    }

    @Test(arguments: [
        ("Tessara Compute et Korvant Systems s'allient pour construire des serveurs.", "fr"),
        ("Tessara Compute et Korvant Systems unissent leurs forces pour construire des serveurs.", "fr"),
        ("Tessara Compute and Korvant Systems joined forces to build servers.", "en"),
    ])
    func firmsJoiningForcesArePartners(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tessara Compute", .partnerOf, "Korvant Systems") || r.has("Korvant Systems", .partnerOf, "Tessara Compute"))
    }

    @Test(arguments: [
        ("Halvorn Capital is among the investors in Tessara Compute.", "en"),
        ("Halvorn Capital figure parmi les investisseurs de Tessara Compute.", "fr"),
    ])
    func oneAmongTheInvestorsInvests(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Halvorn Capital", .investsIn, "Tessara Compute"))
    }
}
