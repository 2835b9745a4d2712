import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions, session 6 round 2, read from probes on invented wire sentences: people and firms charged
/// under an export law are subject to it; a licence that follows a listing (`meaning … need a licence`)
/// is the listing's effect; French coordinations that repeat their preposition (`et à son patron, Y`);
/// freezes and travel bans on a described person; firms exposed to sanctions or bound to obtain a
/// licence; a French `à` names a target, never an imposer. Invented names only.
@Suite struct SanctionsRound2Session6Tests {
    private func measure(_ r: DocumentExtraction) throws -> String {
        try #require(r.entities.first { $0.type == .sanction }).name
    }

    @Test(arguments: [
        ("Federal prosecutors charged Tomas Rellik and his company, Quarlen Devices, with violating the Export Control Reform Act.", "en"),
        ("La justice américaine a inculpé Tomas Rellik et sa société Quarlen Devices pour violation de l'Export Control Reform Act.", "fr"),
    ])
    func peopleAndFirmsChargedUnderAnExportLawAreSubjectToIt(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Tomas Rellik", .subjectTo, "Export Control Reform Act"))
        #expect(r.has("Quarlen Devices", .subjectTo, "Export Control Reform Act"))
    }

    @Test func aFirmThatOnlySpeaksOfTheLawIsNotSubjectToIt() throws {
        let r = try extract("Quarlen Devices said the Chip Export Security Act would restrict its sales abroad.", language: "en")
        #expect(r.entities.contains { $0.type == .sanction && $0.name == "Chip Export Security Act" })
        #expect(!r.has("Quarlen Devices", .subjectTo, "Chip Export Security Act"))
    }

    @Test func aLicenceThatFollowsAListingIsTheListingsEffect() throws {
        let r = try extract("The U.S. placed Varnok Technology on its Entity List, meaning American companies need a licence to sell to it.", language: "en")
        let sanctions = r.entities.filter { $0.type == .sanction }
        #expect(sanctions.count == 1)
        let m = try measure(r)
        #expect(!m.contains("licence"))
        #expect(r.has("Varnok Technology", .subjectTo, m))
    }

    @Test func aLicenceWithoutAListingIsStillAMeasure() throws {
        let r = try extract("The Commerce Department said Varnok Technology will need a licence to export its AI chips to China.", language: "en")
        let m = try measure(r)
        #expect(m.contains("licence"))
        #expect(r.has("Varnok Technology", .subjectTo, m))
    }

    @Test(arguments: [
        "Washington a imposé des sanctions à la société Verdane Fret et à son patron, Anton Sveridov.",
        "Le Conseil de l'UE a adopté des mesures restrictives à l'encontre de la société Verdane Fret et de son propriétaire, Anton Sveridov.",
    ])
    func aTitledPersonAfterARepeatedPrepositionIsATarget(text: String) throws {
        let r = try extract(text, language: "fr")
        let m = try measure(r)
        #expect(r.has("Verdane Fret", .subjectTo, m))
        #expect(r.has("Anton Sveridov", .subjectTo, m))
    }

    @Test func aPersonNamedAfterADifferentClauseIsNoTarget() throws {
        let r = try extract("Washington a imposé des sanctions à la société Verdane Fret et à son réseau, a déclaré Anton Sveridov.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Verdane Fret", .subjectTo, m))
        #expect(!r.has("Anton Sveridov", .subjectTo, m))
    }

    @Test func aFreezeOnADescribedPersonTargetsThatPerson() throws {
        let r = try extract("L'UE a décidé le gel des avoirs de l'homme d'affaires Sergueï Morvine.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Sergueï Morvine", .subjectTo, m))
        #expect(r.has("Sergueï Morvine", .sanctionedBy, "UE"))
    }

    @Test func aTravelBanForAPersonTargetsThatPerson() throws {
        let r = try extract("Le Conseil de l'UE a décidé une interdiction de voyager pour Igor Talenkov.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Igor Talenkov", .subjectTo, m))
    }

    @Test func sanctionsForAReasonHaveNoTargetAfterPour() throws {
        let r = try extract("Le Conseil de l'UE a adopté des sanctions pour protéger Igor Talenkov.", language: "fr")
        let m = try measure(r)
        #expect(!r.has("Igor Talenkov", .subjectTo, m))
    }

    @Test(arguments: [
        ("Le Trésor a averti que les banques traitant avec Ostrava Capital s'exposaient à des sanctions secondaires.", "fr"),
        ("The Treasury warned that banks dealing with Ostrava Capital could face secondary sanctions.", "en"),
    ])
    func aFirmExposedToSanctionsIsSubjectToThem(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has("Ostrava Capital", .subjectTo, m))
    }

    @Test func firmsThatMustObtainALicenceAreSubjectToIt() throws {
        let r = try extract("Le département du Commerce a indiqué que Nvidia et AMD devront obtenir une licence pour exporter leurs puces vers la Chine.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Nvidia", .subjectTo, m))
        #expect(r.has("AMD", .subjectTo, m))
        #expect(r.has("Chine", .subjectTo, m))
    }

    @Test func anOrganizationAfterFrenchAIsATargetNotAnImposer() throws {
        let r = try extract("Le département d'État a imposé des restrictions de visa à trois responsables de l'Agence moldave de l'énergie.", language: "fr")
        let m = try measure(r)
        #expect(r.has(m, .imposedBy, "département d'État"))
        #expect(!r.has(m, .imposedBy, "Agence moldave de l'énergie"))
    }
    @Test(arguments: [
        ("The sanctions target Halvern Bank and its chairman, Viktor Sorokhin.", "en", "Halvern Bank", "Viktor Sorokhin"),
        ("Les sanctions visent la société Halvern Finance et son président, Viktor Sorokhine.", "fr", "Halvern Finance", "Viktor Sorokhine"),
    ])
    func theFirstMeasureIsNamedByWhatItTargets(text: String, language: String, firm: String, person: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(firm, .subjectTo, m))
        #expect(r.has(person, .subjectTo, m))
    }

    @Test func theSanctionsAfterAMeasureContinueIt() throws {
        let r = try extract("L'OFAC a imposé des sanctions contre la société Pellam Trading. Les sanctions visent également Viktor Sorokhine.", language: "fr")
        #expect(r.entities.filter { $0.type == .sanction }.count == 1)
    }

    @Test(arguments: [
        ("Les mesures restrictives de l'UE comprennent un gel des avoirs de la société Torvik Energie.", "fr", "comprennent"),
        ("L'OFSI a infligé une amende de 300 000 livres à Tarrow Metals pour violation des sanctions contre la Russie.", "fr", "violation"),
        ("The EU's 12th sanctions package bans imports of Russian diamonds and adds Almaz Trade to the list.", "en", "adds"),
    ])
    func aMeasuresNameStopsAtTheNextPredicate(text: String, language: String, word: String) throws {
        let r = try extract(text, language: language)
        let sanctions = r.entities.filter { $0.type == .sanction }
        #expect(!sanctions.isEmpty)
        #expect(!sanctions.contains { $0.name.contains(word) })
    }
}

/// A body's fine for breaching sanctions is a penalty measure; an ordinary regulatory fine is none.
@Suite struct SanctionFineSession6Tests {
    @Test func aFineForBreachingSanctionsIsAPenaltyMeasure() throws {
        let r = try extract("OFSI fined Tarrow Metals £300,000 for breaching Russia sanctions.", language: "en")
        let penalty = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("penalty") })
        #expect(r.has("Tarrow Metals", .subjectTo, penalty.name))
        #expect(r.has(penalty.name, .imposedBy, "OFSI"))
    }

    @Test func anOrdinaryFineIsNoSanction() throws {
        let r = try extract("The Financial Conduct Authority fined Crestline Bank £12 million for failures in its anti-money-laundering controls.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction })
    }

    @Test func aFrenchFineForBreachingSanctionsIsAPenaltyMeasure() throws {
        let r = try extract("L'OFSI a infligé une amende de 300 000 livres à Tarrow Metals pour violation des sanctions contre la Russie.", language: "fr")
        let fine = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("amende") })
        #expect(r.has("Tarrow Metals", .subjectTo, fine.name))
        #expect(r.has(fine.name, .imposedBy, "OFSI"))
    }

    @Test func anOrdinaryFrenchFineIsNoSanction() throws {
        let r = try extract("L'Autorité des marchés financiers a infligé une amende de 2 millions d'euros à la société Crestline Finance.", language: "fr")
        #expect(!r.entities.contains { $0.type == .sanction })
    }
}
