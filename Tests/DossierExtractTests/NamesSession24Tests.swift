import DossierModel
import Testing
@testable import DossierExtract

/// Session 24: measures told in the passive, airports as sites, and nationalities of groups and outlets
/// with a word between. Firms and people are invented; towns and countries are real, as the lexicons know them.
@Suite struct SanctionsSession24Tests {
    @Test(arguments: [
        ("Sanctions were imposed on Korvex Trading Ltd by the US Treasury on Monday.", "en", "Korvex Trading Ltd"),
        ("Sanctions were also imposed on Korvex Trading Ltd in May.", "en", "Korvex Trading Ltd"),
        ("Des sanctions ont été imposées à Korvex Trading SA par le Trésor américain.", "fr", "Korvex Trading SA"),
        ("Une sanction a été imposée à Korvex Trading SA en mars.", "fr", "Korvex Trading SA"),
    ])
    func aPassiveClauseAfterTheNounNamesTheTarget(text: String, language: String, target: String) throws {
        let r = try extract("Sanctions.\n\(text)", language: language)
        #expect(r.isTarget(target), "\(r.summary)")
        #expect(!r.entities.contains { $0.type == .sanction && ($0.name.contains(" were ") || $0.name.contains(" ont été ")) }, "\(r.summary)")
    }

    @Test func thePassiveNamesItsImposerAfterTheTarget() throws {
        let r = try extract("Sanctions.\nSanctions were imposed on Korvex Trading Ltd by the US Treasury on Monday.", language: "en")
        #expect(r.has("Korvex Trading Ltd", .sanctionedBy, "US Treasury"), "\(r.summary)")
    }

    @Test func aPassiveClauseWithNoTargetKeepsTheBodyAsImposer() throws {
        let r = try extract("Sanctions.\nSanctions were imposed by the US Treasury in 2022, Korvex Trading Ltd said.", language: "en")
        #expect(r.entities.contains { $0.type == .sanction && $0.name == "sanctions" }, "\(r.summary)")
        #expect(!r.isTarget("Korvex Trading Ltd"), "\(r.summary)")
    }

    @Test func aPassiveClauseWithNoTargetNamesNone() throws {
        let r = try extract("Sanctions.\nSanctions were imposed in 2022 and widened since, Korvex Trading Ltd said.", language: "en")
        #expect(!r.isTarget("Korvex Trading Ltd"), "\(r.summary)")
    }
}

@Suite struct MeasureVerbsSession24Tests {
    @Test(arguments: [
        "Barred from selling in the U.S. directly, Korvex Cells has attempted to license its technology to several carmakers including Tarnel Motors.",
        "The act bans the Defense Department from dealing with Tarnel Motors from June.",
    ])
    func aMeasureWordBeforeADeterminerIsAVerb(text: String) throws {
        let r = try extract("A deal.\n\(text)", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction }, "\(r.summary)")
    }

    @Test(arguments: ["Korvex Cells needs a license to export its cells to Tarnel Motors.", "The US imposed a ban on exports of chips to Tarnel Motors."])
    func aLicenceOrABanBeforeItsComplementIsStillAMeasure(text: String) throws {
        let r = try extract("Exports.\n\(text)", language: "en")
        #expect(r.isTarget("Tarnel Motors"), "\(r.summary)")
    }

    @Test func aLicenceRequirementIsNamedOnce() throws {
        let r = try extract("Exports.\nThe Commerce Department imposed a license requirement on exports of chips to Tarnel Motors.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction }, "\(r.summary)")
        #expect(!([measure.name] + measure.aliases).contains { $0.contains("requirement requirement") }, "\(r.summary)")
    }

    @Test func theWarAMeasureIsOverIsNoTarget() throws {
        let r = try extract("Sanctions.\nWestern sanctions on Russia over the war in Ukraine hurt Tarnel Motors.", language: "en")
        #expect(r.isTarget("Russia"), "\(r.summary)")
        #expect(!r.isTarget("Ukraine"), "\(r.summary)")
    }
}

@Suite struct AirportsSession24Tests {
    @Test(arguments: ["Korvane International Airport", "Tarnel-Vasco Airport"])
    func aNameEndingInAirportIsASite(name: String) throws {
        let r = try extract("Flights.\nValmor Air will fly from \(name) to Lisbon from May.", language: "en")
        #expect(r.entity(name)?.type == .facility, "\(r.summary)")
    }
}

@Suite struct NationalitiesSession24Tests {
    @Test(arguments: [
        ("It hurts U.S. auto titans including Korvex Motors, Tarnel Cars and Valmor Auto.", "en", "U.S."),
        ("It hurts Russian automakers such as Korvex Motors, Tarnel Cars and Valmor Auto.", "en", "Russia"),
        ("Cela touche les constructeurs automobiles américains, dont Korvex Motors, Tarnel Cars et Valmor Auto.", "fr", "États-Unis"),
    ])
    func aTradeWordBetweenTheGroupNounAndItsNationalityKeepsTheExamplesHome(text: String, language: String, place: String) throws {
        let r = try extract("Cars.\n\(text)", language: language)
        for firm in ["Korvex Motors", "Tarnel Cars", "Valmor Auto"] { #expect(r.has(firm, .locatedIn, place), "\(r.summary)") }
    }

    @Test func aCommaBetweenANationalityAndAGroupNounJoinsNothing() throws {
        let r = try extract("Cars.\nIts buyers are not only Russian, firms such as Korvex Motors and Tarnel Cars say.", language: "en")
        #expect(!r.has("Korvex Motors", .locatedIn, "Russia"), "\(r.summary)")
    }

    @Test(arguments: [("Iranian airline", "Iran"), ("Russian telco", "Russia"), ("Irish lessor", "Ireland")])
    func anAirlineATelcoOrALessorIsAFirmNoun(phrase: String, country: String) throws {
        let r = try extract("Sanctions.\nThe measure hits \(phrase) Korvex Tarnel from Monday.", language: "en")
        #expect(r.has("Korvex Tarnel", .locatedIn, country), "\(r.summary)")
    }

    @Test func anIndependentOutletKeepsItsNationality() throws {
        let r = try extract("Une pénurie.\nLa situation est grave, indique le quotidien russe indépendant Vestnik.", language: "fr")
        #expect(r.has("Vestnik", .locatedIn, "Russie"), "\(r.summary)")
    }
}

@Suite struct NamesSession24Tests {
    @Test func aDottedAcronymClosesTheSentenceBeforeAnOpener() throws {
        let r = try extract("Cells.\nWe started making cells in the U.S. From there, Korvex Cells grew into Europe.", language: "en")
        #expect(!r.entities.contains { $0.name.hasPrefix("U.S. From") }, "\(r.summary)")
        #expect(r.entity("U.S.")?.type == .location, "\(r.summary)")
    }

    @Test func aDottedAcronymBeforeANameStaysInTheSentence() throws {
        let doc = Tokenizer.tokenize(Array("The U.S. Treasury sanctioned Korvex Cells.".unicodeScalars))
        #expect(SentenceSplitter.split(doc).count == 1)
    }

    @Test(arguments: ["The proposed JV, known as Korvex Aero Services, will open in Harbin.", "Korvex Aero will provide MRO and supply services to Tarnel Air."])
    func businessAcronymsAreNoActors(text: String) throws {
        let r = try extract("Deals.\n\(text)", language: "en")
        #expect(!r.entities.contains { ["JV", "MRO"].contains($0.name) }, "\(r.summary)")
    }

    @Test func twoCollegesJoinedByAndAreTwoBodies() throws {
        let r = try extract("Jobs.\nKorvex Cells has partnered with Tarnel College of Applied Technology and Valmor Community and Technical College in Kentucky.", language: "en")
        #expect(r.entity("Tarnel College of Applied Technology")?.type == .organization, "\(r.summary)")
        #expect(r.entity("Valmor Community and Technical College")?.type == .organization, "\(r.summary)")
    }

    @Test func aTickerWithItsMarketWrittenOutIsNoPlace() throws {
        let r = try extract("Supplies.\nIt signed a deal for cobalt with Korvex Mining (KVX.London) last year.", language: "en")
        #expect(!r.entities.contains { $0.name.contains("KVX") }, "\(r.summary)")
        #expect(r.entity("Korvex Mining")?.type == .company, "\(r.summary)")
    }

    @Test func aNameClosingOnAirIsAFirm() throws {
        let r = try extract("Flights.\nIn connection with Tarnel Air, Turkey-based Korvex Aviation was also designated.", language: "en")
        #expect(r.entity("Tarnel Air")?.type == .company, "\(r.summary)")
    }

    @Test func aShowIsNoActor() throws {
        let r = try extract("Orders.\nKorvex Aviation ordered ten jets at the Tarnel Air Show on Monday.", language: "en")
        #expect(r.entity("Tarnel Air Show") == nil, "\(r.summary)")
    }

    @Test func aKnownFirmAfterEtIsNoPartOfTheNameBefore() throws {
        let r = try extract("Une usine.\nKorvex Lithium et Air Liquide construiront une usine à Bécancour.", language: "fr")
        #expect(r.entity("Air Liquide")?.type == .company, "\(r.summary)")
    }

    @Test func aStateFirmKeepsItsLegalForm() throws {
        let r = try extract("Un accord.\nLe gouvernement, représenté par l’entreprise d’État Korvane Investment Holdings (KIH), a signé l'accord.", language: "fr")
        #expect(r.entity("Korvane Investment Holdings")?.type == .company, "\(r.summary)")
    }
}

@Suite struct ValuesSession24Tests {
    @Test(arguments: [("2.000", 2000.0), ("1.500", 1500.0), ("1.25", 1.25), ("3.141", 3.141)])
    func aDotBeforeThreeDigitsEndingInZerosGroupsThousands(written: String, value: Double) throws {
        let tokens = Tokenizer.tokenize(Array("\(written) MW".unicodeScalars))
        #expect(ValueReader.number(tokens, at: 0, limit: tokens.count)?.value == value)
    }
}

@Suite struct RolesSession24Tests {
    @Test func aFrenchRoleForAFirmIsAPost() throws {
        let r = try extract("Un rapport.\nJaran Mellerud, analyste pour Korvex Mining SA et auteur du rapport, a déclaré que la croissance viendrait.", language: "fr")
        #expect(r.has("Jaran Mellerud", .worksFor, "Korvex Mining SA"), "\(r.summary)")
    }

    @Test func aLawyerForAFirmActsForAClient() throws {
        let r = try extract("Un procès.\nJaran Mellerud, avocat pour Korvex Mining SA, a déclaré que l'appel suivrait.", language: "fr")
        #expect(!r.has("Jaran Mellerud", .worksFor, "Korvex Mining SA"), "\(r.summary)")
    }

    @Test(arguments: ["chief analyst", "senior analyst"])
    func aRankBeforeARoleStillMakesTheNameAPerson(role: String) throws {
        let r = try extract("A report.\nJaran Mellerud, \(role) at Korvex Mining Ltd, said growth would come.", language: "en")
        #expect(r.has("Jaran Mellerud", .worksFor, "Korvex Mining Ltd"), "\(r.summary)")
    }

    @Test func aNameClosingOnResearchIsAFirm() throws {
        let r = try extract("A report.\nJaran Mellerud, analyst at Tarnel Research, said growth would come.", language: "en")
        #expect(r.entity("Tarnel Research")?.type == .company, "\(r.summary)")
    }
}

@Suite struct ListsSession24Tests {
    @Test func aCommonAcronymBetweenTheNationalityAndTheHeadKeepsTheNationality() throws {
        let r = try extract("A deal.\nKorvex Motors bought a 20% share in Chinese EV startup Tarnel Auto for 1.5 billion euros.", language: "en")
        #expect(r.has("Tarnel Auto", .locatedIn, "China"), "\(r.summary)")
    }

    @Test(arguments: [("Korvex Group owns Tarnel Motors, Valmor Motors, Dulin Motors, and others.", "en"),
                      ("Korvex Group possède Tarnel Motors, Valmor Motors, Dulin Motors et d'autres.", "fr")])
    func aListLeftOpenStillSpreadsItsRelation(text: String, language: String) throws {
        let r = try extract("Brands.\n\(text)", language: language)
        for brand in ["Tarnel Motors", "Valmor Motors", "Dulin Motors"] { #expect(r.has("Korvex Group", .owns, brand), "\(r.summary)") }
    }

    @Test func aListWithNoEndIsNoList() throws {
        let r = try extract("Brands.\nKorvex Group owns Tarnel Motors, Valmor Motors, Dulin Motors.", language: "en")
        #expect(!r.has("Korvex Group", .owns, "Dulin Motors"), "\(r.summary)")
    }
}
