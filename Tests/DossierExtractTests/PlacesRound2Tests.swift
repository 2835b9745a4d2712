import DossierModel
import Testing
@testable import DossierExtract

/// LOCATED_IN on general news wording (round 2): nationality and home-town adjectives around a
/// firm's noun, `the Chinese firm` for a firm named before, example lists, `both based in`,
/// a bracketed seat, `X of Country`, a country list of operations, a possessive superlative.
/// Invented actors only.
@Suite struct PlacesRound2Tests {
    @Test(arguments: [
        ("The round was led by Danish fund Norvik Partners, the company said.", "en", "Norvik Partners", "Denmark"),
        ("Regulators fined Korean chipmaker Haneul Semicon on Tuesday.", "en", "Haneul Semicon", "South Korea"),
        ("Le financement est mené par le groupe lyonnais Ferlac Industries.", "fr", "Ferlac Industries", "Lyon"),
        ("Le tour est mené par le mineur de bitcoins québécois Borvik Minage.", "fr", "Borvik Minage", "Québec"),
        ("Ferlac Industries a signé avec Kobalt Data, une jeune pousse sénégalaise qui développe des modèles.", "fr", "Kobalt Data", "Sénégal"),
        // In apposition past a compound adjective or an acronym.
        ("Power is bought from Vattenfall Energi, the Swedish state-owned utility, under a long contract.", "en", "Vattenfall Energi", "Sweden"),
        ("L'usine sera exploitée par Kyushu Advanced Chips (KAC), la filiale japonaise du groupe.", "fr", "Kyushu Advanced Chips", "Japon"),
    ])
    func anAdjectiveOfPlaceBesideTheFirmNounPlacesTheFirm(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func aPluralAdjectivePlacesEveryFirmOfTheList() throws {
        let r = try extract("Les montants restent faibles face aux américains Quarrel Systems ou Tenbrook Labs.", language: "fr")
        #expect(r.has("Quarrel Systems", .locatedIn, "États-Unis"))
        #expect(r.has("Tenbrook Labs", .locatedIn, "États-Unis"))
    }

    @Test(arguments: [
        ("The ministry blacklisted Halvorn Trading on Monday, saying the Turkish company had shipped drones.", "en", "Halvorn Trading", "Turkey"),
        ("Le ministère a sanctionné Halvorn Trading lundi, estimant que la société turque avait livré des drones.", "fr", "Halvorn Trading", "Turquie"),
    ])
    func theNationalFirmNounStandsForTheFirmNamedBefore(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func aFirmDoesNotTakeTheNationalityOfTheFirmItReliesOn() throws {
        let r = try extract("Apple and Quarrel Systems also rely on the Taiwanese company for chips.", language: "en")
        #expect(!r.has("Quarrel Systems", .locatedIn, "Taiwan"))
        #expect(!r.has("Apple", .locatedIn, "Taiwan"))
    }

    @Test func anAdjectiveBeforeTheFirmNounOfAnotherNameIsNotItsPlace() throws {
        let r = try extract("Sales of Quarrel Systems chips rose, the Chinese firm Halvorn Trading said.", language: "en")
        #expect(!r.has("Quarrel Systems", .locatedIn, "China"))
        #expect(r.has("Halvorn Trading", .locatedIn, "China"))
    }

    @Test(arguments: [
        ("The fund has backed Swedish lenders, including Brantholm Bank and Vellby Finans.", "en", "Sweden"),
        ("Le fonds soutient plusieurs banques suédoises, dont Brantholm Bank et Vellby Finans.", "fr", "Suède"),
    ])
    func examplesOfANationalPluralAreLocated(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Brantholm Bank", .locatedIn, place))
        #expect(r.has("Vellby Finans", .locatedIn, place))
    }

    @Test(arguments: [
        ("Orsted Compute and Valtra Systems, both based in Finland, signed the pact.", "en", "Finland"),
        ("Orsted Compute et Valtra Systems, toutes deux basées en Finlande, ont signé l'accord.", "fr", "Finlande"),
    ])
    func bothBasedInPlacesEveryFirmOfTheList(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Orsted Compute", .locatedIn, place))
        #expect(r.has("Valtra Systems", .locatedIn, place))
    }

    @Test func aBracketOfPlacesAfterAFirmIsItsSeat() throws {
        let r = try extract("The order went to Quarrel Systems (Lyon) and to Tenbrook Labs.", language: "en")
        #expect(r.has("Quarrel Systems", .locatedIn, "Lyon"))
        #expect(!r.has("Tenbrook Labs", .locatedIn, "Lyon"))
    }

    @Test func aFirmOfACountryIsLocatedThere() throws {
        #expect(try extract("The buyer was Haneul Semicon of South Korea, which paid cash.", language: "en").has("Haneul Semicon", .locatedIn, "South Korea"))
    }

    @Test func theCountriesOfOperationGivenAsExamplesPlaceTheFirm() throws {
        let r = try extract("Brantholm Bank operates in 14 countries, including Norway and Denmark.", language: "en")
        #expect(r.has("Brantholm Bank", .locatedIn, "Norway"))
        #expect(r.has("Brantholm Bank", .locatedIn, "Denmark"))
    }

    @Test func aCountrysSuperlativeFirmIsLocatedThere() throws {
        #expect(try extract("Kazakhstan's largest bitcoin miner, Irbek Digital, said it would expand.", language: "en").has("Irbek Digital", .locatedIn, "Kazakhstan"))
    }

    @Test func aRelativeClauseOfTheFirmsWorkPlacesIt() throws {
        let r = try extract("La start-up Ferlac Industries, qui conçoit à Nantes des capteurs, a levé 10 millions d'euros.", language: "fr")
        #expect(r.has("Ferlac Industries", .locatedIn, "Nantes"))
    }

    @Test func aBasedFirmInAppositionIsTheNameBeforeTheComma() throws {
        let r = try extract("Wisla Telekom sold its unit to Vellby Capital. Vellby Capital, a Helsinki-based firm that already owns networks in Estonia, will expand it.", language: "en")
        #expect(r.has("Vellby Capital", .locatedIn, "Helsinki"))
        #expect(!r.has("Wisla Telekom", .locatedIn, "Helsinki"))
        #expect(!r.has("Wisla Telekom", .locatedIn, "Estonia"))
    }

    @Test(arguments: [
        ("La start-up a signé avec l'armateur Korvex Lines, dont le siège est lui aussi à Marseille, un accord.", "fr", "Korvex Lines", "Marseille"),
        ("Le siège de Ferlac Industries à Lyon a été fermé.", "fr", "Ferlac Industries", "Lyon"),
        ("Tenbrook Labs's headquarters in Austin were searched on Monday.", "en", "Tenbrook Labs", "Austin"),
        ("Halvorn Trading has its headquarters in Dubai.", "en", "Halvorn Trading", "Dubai"),
        ("Reuters reported that Kestrel Trade had moved most of its staff to Shenzhen after its accounts were closed.", "en", "Kestrel Trade", "Shenzhen"),
    ])
    func aSeatNounTiedToTheFirmPlacesIt(text: String, language: String, firm: String, place: String) throws {
        #expect(try extract(text, language: language).has(firm, .locatedIn, place))
    }

    @Test func theExamplesAfterAColonOfNationalPartners() throws {
        let r = try extract("Le solde est partagé entre trois partenaires japonais : Kasumi Solutions, Denroku et Tamagawa Motors.", language: "fr")
        for firm in ["Kasumi Solutions", "Denroku", "Tamagawa Motors"] { #expect(r.has(firm, .locatedIn, "Japon")) }
    }

    @Test(arguments: [
        ("Les concurrents ne restent pas inactifs : Korvex Télécom et Brantholm Réseaux exploitent déjà des centres de données à Abidjan.", "fr", "Korvex Télécom", "Brantholm Réseaux", "Abidjan"),
        ("Korvex Telecom and Brantholm Networks run data centers in Nairobi.", "en", "Korvex Telecom", "Brantholm Networks", "Nairobi"),
    ])
    func firmsThatRunPluralSitesInAPlaceAreLocatedThere(text: String, language: String, first: String, second: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(first, .locatedIn, place))
        #expect(r.has(second, .locatedIn, place))
    }
}
