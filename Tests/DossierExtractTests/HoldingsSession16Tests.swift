import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a holder noun with the size of its share between it and the firm, a holder named as the
/// antecedent of `qui est … actionnaire`, and a holder that is itself a complement. Firm names are invented.
@Suite struct ShareholderWordingSession16Tests {
    @Test(arguments: [("Le constructeur Marvane, actionnaire à plus de 20 % de Velkor Batteries, a salué le projet.", "fr"),
                      ("Le constructeur Marvane, actionnaire majoritaire à hauteur de 51 % de Velkor Batteries, a salué le projet.", "fr"),
                      ("Marvane Group, a 30 per cent shareholder of Velkor Batteries, welcomed the plan.", "en")])
    func theShareBetweenTheNounAndTheFirmKeepsTheHolding(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let holder = language == "fr" ? "Marvane" : "Marvane Group"
        #expect(r.has(holder, .owns, "Velkor Batteries"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
    }

    @Test func theAntecedentOfARelativeCopulaHolds() throws {
        let r = try extract("Parmi les entreprises visées figure Tarkent Holding, basée à Chypre, qui est également un actionnaire majoritaire de Velkor Pay.", language: "fr")
        #expect(r.has("Tarkent Holding", .owns, "Velkor Pay"))
    }

    @Test func aComplementBeforeTheAppositionHolds() throws {
        let r = try extract("La gigafactory produira 16 GWh par an, dont 12 pour Marvane, actionnaire à plus de 20 % de Velkor Batteries.", language: "fr")
        #expect(r.has("Marvane", .owns, "Velkor Batteries"))
    }

    @Test func aPercentageOfSomethingElseIsNoHolding() throws {
        // `à plus de 20 %` qualifies a growth here, and no holder noun stands before the firm.
        let r = try extract("Marvane, dont les ventes ont crû de plus de 20 % chez Velkor Batteries, a salué le projet.", language: "fr")
        #expect(!r.has("Marvane", .owns, "Velkor Batteries"))
    }
}

/// Session 16: owners named by their title (`X owner Y`, `the owner of Z, Y`, `Y, propriétaire du groupe Z`) hold the
/// firm and work for none; holders joined by `et` after `détenue à 50/50 par`. Names are invented.
@Suite struct OwnerTitlesSession16Tests {
    @Test func anOwnerBeforeTheNameHoldsTheClub() throws {
        let r = try extract("Names still missing include Marlow FC owner Roman Abrakov.", language: "en")
        #expect(r.has("Roman Abrakov", .owns, "Marlow FC"))
        #expect(!r.has("Roman Abrakov", .worksFor, "Marlow FC"))
    }

    @Test func theOwnerOfADescribedFirmBeforeTheName() throws {
        let r = try extract("Roman Abrakov and the owner of aluminium producer Velkor Metals, Oleg Deripenko, were left out.", language: "en")
        #expect(r.has("Oleg Deripenko", .owns, "Velkor Metals"))
        // The first name of the pair is no owner and no employee of the firm.
        #expect(!r.has("Roman Abrakov", .owns, "Velkor Metals"))
        #expect(!r.has("Roman Abrakov", .worksFor, "Velkor Metals"))
    }

    @Test(arguments: [("Le plus célèbre est Roman Abrakov, propriétaire notamment du groupe sidérurgique et minier Velkor Steel.", "fr"),
                      ("The best known is Roman Abrakov, the owner of Velkor Steel.", "en")])
    func anOwnerInAppositionHoldsTheFirm(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Roman Abrakov", .owns, "Velkor Steel"))
        #expect(!r.has("Roman Abrakov", .worksFor, "Velkor Steel"))
    }

    @Test func holdersJoinedAfterAFiftyFiftyShare() throws {
        let r = try extract("Les moteurs sont construits par Orvane Engines, une société détenue à 50/50 par Velkor Aero et Tarnell Electric.", language: "fr")
        #expect(r.has("Velkor Aero", .owns, "Orvane Engines"))
        #expect(r.has("Tarnell Electric", .owns, "Orvane Engines"))
    }
}
