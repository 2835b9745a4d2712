import DossierModel
import Testing
@testable import DossierExtract

/// Session 28: a firm's arm named after it and a country, firms described as one of a group's, a place's possessive
/// over a list of firms, seats read from founding, from participles joined by `, et` and from a fronted place before
/// an apposition, a denied presence, a body that is the agent of another deed, a legal form that opens the next name
/// of a list, clients a list of firms has, and facility nouns of the food, waste and telecom trades.
/// Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct ArmsSession28Tests {
    @Test(arguments: [
        ("Korvex France a fermé trois magasins en France. Le groupe Korvex reste rentable.", "Korvex France", "Korvex"),
        ("Les activités de Tarnel Frais France ont été cédées. Tarnel annonce un plan social en France.", "Tarnel Frais France", "Tarnel"),
    ])
    func aFirmNamedAfterAnotherFirmAndACountryIsItsArm(text: String, arm: String, parent: String) throws {
        let r = try extract("Titre.\n\(text)", language: "fr")
        #expect(r.has(arm, .subsidiaryOf, parent), "\(r.summary)")
    }

    @Test func withoutTheCountryTheLongerNameIsNoArm() throws {
        let r = try extract("Titre.\nKorvex Frais a fermé trois magasins en France. Le groupe Korvex reste rentable.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subsidiaryOf }, "\(r.summary)")
    }

    @Test func aFirmWhoseNameDoesNotStartWithTheOtherIsNoArm() throws {
        let r = try extract("Titre.\nTarnel Korvex France a fermé trois magasins en France. Le groupe Korvex reste rentable.", language: "fr")
        #expect(!r.has("Tarnel Korvex France", .subsidiaryOf, "Korvex"), "\(r.summary)")
    }

    @Test(arguments: [
        ("Le groupe Verlac négocie avec Les Pralines, société du Groupe Dormand, la reprise de son activité.", "fr", "Les Pralines", "Groupe Dormand"),
        ("Selvin Motors, a member of the Tarnel group, sells cars in Norway.", "en", "Selvin Motors", "Tarnel"),
        ("Selvin Auto est une entreprise du groupe Tarnel.", "fr", "Selvin Auto", "Tarnel"),
    ])
    func aFirmDescribedAsOneOfAGroupsIsItsSubsidiary(text: String, language: String, unit: String, group: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(unit, .subsidiaryOf, group), "\(r.summary)")
    }

    @Test(arguments: [
        ("Le groupe Verlac négocie avec Les Pralines, cliente du Groupe Dormand, la reprise de son activité.", "fr", "Les Pralines", "Groupe Dormand"),
        ("Le groupe Verlac négocie avec Les Pralines, société du secteur de Dormand Industries, la reprise.", "fr", "Les Pralines", "Dormand Industries"),
        ("Selvin Motors sold a company of Tarnel Group yesterday.", "en", "Selvin Motors", "Tarnel Group"),
    ])
    func aFirmDescribedOtherwiseIsNoGroupMember(text: String, language: String, firm: String, other: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(!r.has(firm, .subsidiaryOf, other), "\(r.summary)")
    }
}

@Suite struct SeatsSession28Tests {
    @Test func aPlacesPossessiveReachesEveryFirmOfABareList() throws {
        let r = try extract("Spyware.\nThe rule added Israel's Brintel Group and Cadmor to the list.", language: "en")
        #expect(r.has("Brintel Group", .locatedIn, "Israel"), "\(r.summary)")
        #expect(r.has("Cadmor", .locatedIn, "Israel"), "\(r.summary)")
    }

    @Test(arguments: [
        "The investors include China's nickel producer Korvex Metals and Tarnel International.",
        "A consortium of Velmo Partners, Singapore's Korvex Fund and Tarnel International will invest.",
    ])
    func notPastADescriptorNorFromInsideALongerList(_ text: String) throws {
        let r = try extract("Nickel.\n\(text)", language: "en")
        #expect(!r.has("Tarnel International", .locatedIn, "China") && !r.has("Tarnel International", .locatedIn, "Singapore"), "\(r.summary)")
    }

    @Test(arguments: [
        ("Korvant Systems was founded in Waterloo, Canada, in 2001.", "en", "Korvant Systems", "Waterloo"),
        ("La société Korvant, fondée à Lyon en 1998, vend des capteurs.", "fr", "Korvant", "Lyon"),
    ])
    func aFirmFoundedInAPlaceStandsThere(text: String, language: String, firm: String, place: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.has(firm, .locatedIn, place), "\(r.summary)")
    }

    @Test func participlesJoinedByACommaAndEtPlaceTheFirmAfterThem() throws {
        let r = try extract("Titre.\nFondée en mai 2019, et basée à Nassau, aux Bahamas, Kryptal est une plateforme d'échange.", language: "fr")
        #expect(r.has("Kryptal", .locatedIn, "Nassau"), "\(r.summary)")
    }

    @Test func aCommaWithoutEtEndsTheOpeningParticiple() throws {
        let r = try extract("Titre.\nFondée en mai 2019, la société a déménagé, basée à Nassau depuis, Kryptal grandit.", language: "fr")
        #expect(!r.has("Kryptal", .locatedIn, "Nassau"), "\(r.summary)")
    }

    @Test func aFrontedPlacePlacesAFirmFollowedByAnApposition() throws {
        let r = try extract("Titre.\nA Tanger, DL Bretonnière, filiale de Marbeuf, produit des tuyaux.", language: "fr")
        #expect(r.has("DL Bretonnière", .locatedIn, "Tanger"), "\(r.summary)")
    }

    @Test func aFrontedPlaceBeforeAListOfFirmsPlacesNone() throws {
        let r = try extract("Titre.\nA Tanger, DL Bretonnière, Marbeuf et Kovalis produisent des tuyaux.", language: "fr")
        #expect(!r.has("DL Bretonnière", .locatedIn, "Tanger"), "\(r.summary)")
    }

    @Test(arguments: [
        ("La société Kryptal n'est pas présente aux Etats-Unis.", "fr"),
        ("The company Kryptal does not operate in Canada.", "en"),
    ])
    func aDeniedPresencePlacesNothing(text: String, language: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.name($0.subject) == "Kryptal" }, "\(r.summary)")
    }

    @Test func anAffirmedPresencePlaces() throws {
        let r = try extract("Titre.\nLa société Kryptal est présente aux Etats-Unis.", language: "fr")
        #expect(r.relations.contains { $0.predicate == .locatedIn && r.name($0.subject) == "Kryptal" }, "\(r.summary)")
    }
}

@Suite struct SanctionsSession28Tests {
    @Test func aBodyThatLedAnotherDeedDoesNotImposeTheMeasure() throws {
        let r = try extract("Cyber.\nSanctions were imposed on Korvex Labs over malicious activities led by the Russian government.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .imposedBy && r.objectName($0) == "Russian government" }, "\(r.summary)")
    }

    @Test func aBodyNamedPlainlyInTheSentenceStillImposes() throws {
        let r = try extract("Cyber.\nThe Russian government imposed sanctions on Korvex Labs over malicious activities.", language: "en")
        #expect(r.relations.contains { $0.predicate == .imposedBy && r.objectName($0) == "Russian government" }, "\(r.summary)")
    }

    @Test func aFormThatOpensTheNextNameSplitsTheList() throws {
        let r = try extract("Cyber.\nThe six entities are Era, JSC Positive Morvex, SVA and Neobit.", language: "en")
        #expect(r.entity("Era") != nil, "\(r.summary)")
        #expect(r.entity("JSC Positive Morvex") != nil, "\(r.summary)")
        #expect(r.entity("Era, JSC") == nil, "\(r.summary)")
    }

    @Test func withoutACommaTheFormClosesTheNameBeforeIt() throws {
        let r = try extract("Nucléaire.\nLe document a été signé par le CEO de Korvex JSC Andrei Morlov.", language: "fr")
        #expect(r.entity("Korvex JSC") != nil && r.entity("Andrei Morlov")?.type == .person, "\(r.summary)")
    }

    @Test func aFormAfterACommaStillClosesAName() throws {
        let r = try extract("Cyber.\nThe Treasury designated Korvex, JSC on Monday.", language: "en")
        #expect(r.entity("Korvex, JSC") != nil, "\(r.summary)")
    }
}

@Suite struct TradeSession28Tests {
    @Test func theClientsAListOfFirmsHasAreSuppliedByEach() throws {
        let r = try extract("Cyber.\nRussia-based firms Neobit, Carvel, and Pontex Systems have clients that include the Russian government and Velmo Bank.", language: "en")
        for firm in ["Neobit", "Carvel", "Pontex Systems"] {
            #expect(r.has(firm, .supplies, "Russian government") && r.has(firm, .supplies, "Velmo Bank"), "\(r.summary)")
        }
    }

    @Test func manyClientsAreClientsToo() throws {
        let r = try extract("Cyber.\nNeobit Systems has many clients that include the Russian government.", language: "en")
        #expect(r.has("Neobit Systems", .supplies, "Russian government"), "\(r.summary)")
    }

    @Test func clientsAFirmOnlyWantsAreNotSupplied() throws {
        let r = try extract("Cyber.\nNeobit Systems wants clients that include the Russian government.", language: "en")
        #expect(!r.has("Neobit Systems", .supplies, "Russian government"), "\(r.summary)")
    }

    @Test(arguments: [
        ("Le groupe sucrier Tarnel va fermer sa sucrerie d'Escaudoeuvres, dans le Nord.", "fr", "Tarnel"),
        ("Le câble sous-marin Medusa, exploité par Kovalis, reliera Marseille à Lagos.", "fr", "Kovalis"),
        ("Korvex Telecom will build a cable landing station in Dakar.", "en", "Korvex Telecom"),
        ("Korvex Spirits opened a distillery in Cognac.", "en", "Korvex Spirits"),
    ])
    func facilityNounsOfFoodWasteAndTelecomTradesNameSites(text: String, language: String, firm: String) throws {
        let r = try extract("Titre.\n\(text)", language: language)
        #expect(r.relations.contains { $0.predicate == .operates && r.name($0.subject) == firm && r.entity(r.objectName($0))?.type == .facility }, "\(r.summary)")
    }

    @Test func fabriqueAfterANameIsTheVerb() throws {
        let r = try extract("Titre.\nA Tanger, DL Bretonnière fabrique des tuyaux en composite.", language: "fr")
        #expect(!r.entities.contains { $0.type == .facility }, "\(r.summary)")
    }
}

@Suite struct OpenersSession28Tests {
    @Test func aPrepositionOpeningTheSentenceIsNoPartOfTheName() throws {
        let r = try extract("Copper.\nFollowing Korvex Mining’s purchase of a stake in the deposit, the two shareholders unveiled plans.", language: "en")
        #expect(r.entity("Korvex Mining") != nil, "\(r.summary)")
        #expect(!r.entities.contains { $0.name.hasPrefix("Following") }, "\(r.summary)")
    }
}
