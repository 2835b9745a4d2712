import DossierModel
import Testing
@testable import DossierExtract

/// Session 20: what a miner digs closes a firm's name, and a belt or a basin closes a place's. Names are invented.
@Suite struct CommodityNamesSession20Tests {
    @Test(arguments: [
        ("Torvex a acquis une participation de 40 % auprès de l'Australien Noah Lithium.", "fr", "Noah Lithium"),
        ("Shares of Milo Copper rose 4% on Monday.", "en", "Milo Copper"),
    ])
    func aFirstNameBeforeACommodityOpensAFirm(text: String, language: String, firm: String) throws {
        #expect(try extract(text, language: language).entity(firm)?.type == .company)
    }

    @Test(arguments: ["Kalvari Copper Belt", "Orvane Basin"])
    func aBeltOrABasinIsAPlace(name: String) throws {
        let r = try extract("Drilling resumed in the \(name) last week, Torvex said.", language: "en")
        #expect(r.entity(name)?.type == .location, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 20: public figures news names by surname alone come from the well-known names lexicon.
@Suite struct PublicFiguresSession20Tests {
    @Test(arguments: [
        ("Alors que Poutine continue de retarder les pourparlers, Londres durcit ses sanctions.", "fr", "Poutine"),
        ("Shares fell after Erdogan named a new central bank governor.", "en", "Erdogan"),
    ])
    func aLeaderNamedBySurnameIsAPerson(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .person)
    }

    @Test(arguments: [
        ("L'administration Trump a élargi les sanctions contre Torvex.", "fr", "administration Trump"),
        ("The Biden administration added Torvex to the entity list.", "en", "Biden administration"),
    ])
    func aGovernmentNamedAfterItsLeaderStaysABody(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(body)?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.entities.contains { $0.type == .person })
    }

    @Test func aNameQualifyingANounAfterAnArticleIsNoMention() throws {
        let r = try extract("Investors cheered the Trump brand on Monday, Torvex said.", language: "en")
        #expect(!r.entities.contains { $0.type == .person }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 20: French compound given names.
@Suite struct CompoundGivenNamesSession20Tests {
    @Test func aCompoundGivenNameOpensAPersonAfterAFirm() throws {
        let r = try extract("Pour sa part, le directeur général de Torvex Gabon Henri-Max Ndolo a indiqué qu'il s'agit d'une cession.", language: "fr")
        #expect(r.has("Henri-Max Ndolo", .worksFor, "Torvex Gabon"), "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [("jean-pierre", true), ("henri-max", true), ("jean", true), ("saint-denis", false), ("jean-", false), ("jean-pierre-paul", false)])
    func twoGivenNamesJoinedByAHyphenAreOne(key: String, isGiven: Bool) {
        var names = GivenNames()
        for n in ["jean", "pierre", "henri", "max", "paul"] { names.insert(n) }
        #expect(names.contains(key) == isGiven)
    }
}

/// Session 20: a firm's noun written right after its name. Names are invented.
@Suite struct FirmNounAfterSession20Tests {
    @Test func aNameBeforeCompanyIsAFirm() throws {
        let r = try extract("Officials visited the data center of Kelvor company, which has operated in Kazakhstan since 2019.", language: "en")
        #expect(r.entity("Kelvor")?.type == .company, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func aNameLeadingTheCompanyIsNoFirm() throws {
        let r = try extract("Torvex allegedly traded with a De Varenne-led company named Eriner.", language: "en")
        #expect(!r.entities.contains { $0.name.contains("Varenne") && $0.type == .company }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 20: a French institution's name in sentence case may close on a river's or a region's name. Names are invented.
@Suite struct InstitutionNamesSession20Tests {
    @Test(arguments: ["Compagnie minière de l'Ortavé", "Compagnie fluviale du Kelvo"])
    func aProperNounBehindAnArticleClosesTheName(name: String) throws {
        let r = try extract("Le gisement sera exploité par la \(name) (CMO), sa filiale locale.", language: "fr")
        #expect(r.entity(name)?.type == .company || r.entity(name)?.type == .organization, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}

/// Session 20: a noun of persons right before a name outweighs a firm's head noun before it. Names are invented.
@Suite struct PersonNounsSession20Tests {
    @Test func aBusinessAngelIsAPerson() throws {
        let r = try extract("Se font aussi une place au capital Torvex et le business angel Elan Darvi, co-fondateur de Kelvor Genomics.", language: "fr")
        #expect(r.entity("Elan Darvi")?.type == .person, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(r.has("Elan Darvi", .founded, "Kelvor Genomics"))
    }
}

/// Session 20: names of a person's shape listed with people are people. Names are invented.
@Suite struct ListedPeopleSession20Tests {
    @Test func guessedFirmsListedWithPeopleArePeople() throws {
        let r = try extract("La société est visée, avec ses actionnaires Ornak Vesilu, Tavri Kellon, Jean Martin et Paul Durand.", language: "fr")
        #expect(r.entity("Ornak Vesilu")?.type == .person, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(r.entity("Tavri Kellon")?.type == .person)
    }

    @Test func aListWithAFirmKeepsItsGuesses() throws {
        let r = try extract("La société est visée, avec ses actionnaires Ornak Vesilu, Jean Martin, Paul Durand et Torvex Holdings.", language: "fr")
        #expect(r.entity("Ornak Vesilu")?.type != .person, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
