import DossierModel
import Testing
@testable import DossierExtract

/// French public bodies named in sentence case, firms named as the parties of a deal, and place
/// chains joined by `dans` (session 12). Names are invented where a lexicon could know them.
@Suite struct FrenchBodiesSession12Tests {
    @Test(arguments: [
        ("La demande a été rejetée mardi par la Cour supérieure du Québec.", "Cour supérieure du Québec"),
        ("L'enquête a été menée par l'Office fédéral allemand de Police criminelle.", "Office fédéral allemand de Police criminelle"),
        ("Le dossier a été transmis au Bureau national d'Enquête finlandais.", "Bureau national d'Enquête finlandais"),
        ("Le parquet a saisi le Bureau du Procureur général de Francfort.", "Bureau du Procureur général de Francfort"),
        ("La Cour européenne de justice a débouté l'entreprise.", "Cour européenne de justice"),
        ("Les pays de l'Union économique et monétaire ouest-africaine ont signé.", "Union économique et monétaire ouest-africaine"),
        ("Le projet est soutenu par le gouvernement régional d'Aragon.", "gouvernement régional d'Aragon"),
        ("Le ministère de la Défense italien a commandé deux satellites.", "ministère de la Défense italien"),
    ])
    func aBodysNameRunsThroughItsAdjectivesRemitAndPlace(text: String, name: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entity(name)?.type == .organization, "\(r.entities.map(\.name))")
    }

    @Test func theAliasOfAListedBodyGivesWayToAnotherBodysName() throws {
        // `la Commission` alone is the European Commission; with its own complement it is another body.
        let r = try extract("Selon la Commission des valeurs mobilières de l'Alabama, la plateforme a fraudé.", language: "fr")
        #expect(r.entity("Commission des valeurs mobilières de l'Alabama")?.type == .organization)
        #expect(r.entity("Commission européenne") == nil)
        #expect(r.entity("Alabama")?.type == .location, "the place that closes the name is a place mention too")
    }

    @Test func aBodyClosingAnotherBodysNameIsItsParent() throws {
        let r = try extract("La Division pénale du ministère de la Justice a inculpé trois personnes.", language: "fr")
        #expect(r.has("Division pénale du ministère de la Justice", .subsidiaryOf, "ministère de la Justice"))
    }

    @Test func twoInitialsInParenthesesAreTheNamesAcronymNotARegion() throws {
        let r = try extract("Le gouvernement agit par l'entremise de Corvalis Québec (CQ), qui a signé un accord avec Tessaron.", language: "fr")
        #expect(r.entity("Corvalis Québec")?.type != .location)
        #expect(r.entity("CQ")?.type != .location)
    }

    @Test(arguments: [
        ("Le gouvernement a conclu une entente avec Borlag et Tessaron visant la reprise de la mine.", "fr", ["Borlag", "Tessaron"]),
        ("The state signed a supply agreement with Borlag and Tessaron last week.", "en", ["Borlag", "Tessaron"]),
        ("Des négociations sont en cours pour l'acquisition de Varkon Pay au Kenya.", "fr", ["Varkon Pay"]),
        ("Son partenaire Dremora financera la construction de l'usine.", "fr", ["Dremora"]),
    ])
    func aDealsPartiesAreFirmsWithoutAnotherCue(text: String, language: String, firms: [String]) throws {
        let r = try extract(text, language: language)
        for firm in firms { #expect(r.entity(firm)?.type == .company, "\(firm) in \(r.entities.map(\.name))") }
    }

    @Test func aNameAfterAvecWithoutADealNounStaysAnUncuedGuess() throws {
        let r = try extract("Il a dîné avec Borlag et Tessaron hier soir.", language: "fr")
        #expect(r.entity("Borlag") == nil)
        #expect(r.entity("Tessaron") == nil)
    }

    @Test func dansChainsTheNextPlaceToASite() throws {
        let r = try extract("Velkor et Dremora ont annoncé un accord visant à implanter une usine de production de batteries pour des véhicules électriques à Kokomo dans l'Indiana, aux États-Unis.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, "Kokomo"))
        #expect(r.has(site.name, .locatedIn, "Indiana"))
        #expect(r.has(site.name, .locatedIn, "États-Unis"))
    }

    @Test(arguments: [
        ("Velkor a ouvert un laboratoire au Sénégal en juillet 2022.", "Sénégal"),
        ("Borlag va fermer son bureau d'études de Vénissieux, près de Lyon.", "Vénissieux"),
        ("Borlag va fermer son usine de Vénissieux.", "Vénissieux"),
    ])
    func aFirmsOwnSiteIsPlacedByItsTown(text: String, place: String) throws {
        let r = try extract(text, language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility }, "\(r.entities.map(\.name))")
        #expect(r.has(site.name, .locatedIn, place))
        #expect(r.relations.contains { $0.predicate == .operates && $0.object == .entity(site.localID) })
    }

    @Test func plainAdjectivesMayStandBetweenAnAppositionsNounAndItsNationality() throws {
        let r = try extract("La filiale sera rattachée à Velmora, opérateur historique sénégalais, qui gère déjà le Mali.", language: "fr")
        #expect(r.has("Velmora", .locatedIn, "Sénégal"))
    }

    @Test func aNationalityAfterAComplementDescribesTheComplement() throws {
        let r = try extract("Korvane, a subsidiary of Russian defence conglomerate Almaz-Antey, has been under EU sanctions since 2023.", language: "en")
        #expect(!r.has("Korvane", .locatedIn, "Russia"))
    }

    @Test func takingControlOfAFirmsUnitMakesNeitherSideTheOthersSubsidiary() throws {
        let r = try extract("Le gouvernement russe a pris le contrôle de la filiale de Velkor.", language: "fr")
        #expect(!r.has("Velkor", .subsidiaryOf, "gouvernement russe"))
        #expect(!r.has("gouvernement russe", .subsidiaryOf, "Velkor"))
    }

    @Test func whenAMeasureWasTakenIsNotPartOfItsName() throws {
        let r = try extract("Velkor, which was hit by an OFAC designation earlier this year, sold its mines.", language: "en")
        #expect(r.entities.contains { $0.type == .sanction && $0.name == "OFAC designation" }, "\(r.entities.map(\.name))")
        // A participle or the target after the adverb goes on: the target is still the measure's.
        let participle = try extract("Velkor was hit by a designation previously announced by OFAC.", language: "en")
        #expect(participle.entities.contains { $0.type == .sanction && $0.name.hasPrefix("designation previously announced") }, "\(participle.entities.map(\.name))")
        let target = try extract("Velkor was hit by a designation earlier against its owner Dremora.", language: "en")
        #expect(target.entities.contains { $0.type == .sanction && $0.name.contains("against") }, "\(target.entities.map(\.name))")
    }

    @Test func aMinistersPortfolioIsPartOfTheTitle() throws {
        let r = try extract("The deal was signed by Karim Haddad, Minister of Energy and Infrastructure, in Abu Dhabi.", language: "en")
        #expect(r.entity("Energy and Infrastructure") == nil, "\(r.entities.map(\.name))")
        // A name the portfolio words do not cover stays a name.
        let firm = try extract("He met the Minister of Energy Resources Ltd board.", language: "en")
        #expect(firm.entity("Energy Resources Ltd")?.type == .company)
    }
}
