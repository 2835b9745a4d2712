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

    @Test func anIndependentOutletKeepsItsNationality() throws {
        let r = try extract("Une pénurie.\nLa situation est grave, indique le quotidien russe indépendant Vestnik.", language: "fr")
        #expect(r.has("Vestnik", .locatedIn, "Russie"), "\(r.summary)")
    }
}
