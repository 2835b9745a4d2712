import DossierModel
import Testing
@testable import DossierExtract

/// Session 21: how a measure's noun phrase ends, who is no target, and the price cap. Names are invented.
@Suite struct SanctionsSession21Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }

    @Test(arguments: [
        "The Treasury sanctioned Torvex Trading on Tuesday. The sanctions freeze any U.S. assets of those targeted.",
        "The Treasury sanctioned Torvex Trading on Tuesday. The designation freezes any of their U.S. assets.",
    ])
    func freezeAfterTheMeasureIsItsVerbNotANewMeasure(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("freeze") }, "\(r.entities.map(\.name))")
        #expect(!r.relations.contains { r.entities[$0.subject].name == "U.S." }, "\(relations(r))")
    }

    @Test func aVerbAfterTheMeasureEndsItsPhrase() throws {
        let r = try extract("Torvex Trading was sanctioned in May. These sanctions follow the actions by the European Council.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("follow") }, "\(r.entities.map(\.name))")
    }

    @Test func theAgentAfterByIsNoTarget() throws {
        let r = try extract("Torvex Shipping had already been the target of direct and indirect sanctions by the West.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "West" }, "\(relations(r))")
    }

    @Test func thePriceCapOnACountrysOilIsAMeasureAimedAtIt() throws {
        let r = try extract("Revenue fell under the price cap on Russian oil, officials said.", language: "en")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Russia" }, "\(relations(r))")
    }

    @Test func aPriceCapCitedInPassingIsAimedAtNoOne() throws {
        let r = try extract("""
            The package bans transactions with Torvex Shipping, a company that manages tankers carrying Russian oil above the G7 price cap.
            Torvex Shipping did not reply. Torvex Shipping owns 14 tankers.
            """, language: "en")
        #expect(r.entities.contains { $0.type == .sanction && $0.name.contains("price cap") }, "\(r.entities.map(\.name))")
        #expect(!r.relations.contains { $0.evidence.extractor == "document:measure-main-actor" }, "\(relations(r))")
    }
}

/// Session 21: dates, dashes, auxiliaries, verbs right after the noun and reasons close a measure's phrase.
@Suite struct MeasurePhrasesSession21Tests {
    @Test func aDateAfterOnIsNotPartOfTheMeasure() throws {
        let r = try extract("Torvex Energy sells oil. The UK already announced sanctions on Dec. 17 against Torvex Energy. Torvex Energy denied it.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.hasSuffix("Dec") }, "\(r.entities.map(\.name))")
    }

    @Test func aSpacedHyphenIsADashThatClosesTheMeasureAndPlacesTheList() throws {
        let r = try extract("The Treasury said it had imposed sanctions on three UAE-based entities - Zelvar Trading DMCC, Korvane Shipping DMCC and Delvo Tankers FZCO - on Thursday.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("Zelvar") }, "\(r.entities.map(\.name))")
        for firm in ["Zelvar Trading DMCC", "Korvane Shipping DMCC", "Delvo Tankers FZCO"] {
            #expect(r.has(firm, .locatedIn, "UAE"), "\(firm): \(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
        }
    }

    @Test func aProhibitionVerbRightAfterTheNounEndsThePhrase() throws {
        let r = try extract("The Treasury sanctioned Torvex Systems on Monday. The sanctions restrict U.S. government agencies from dealing with the companies.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("restrict") }, "\(r.entities.map(\.name))")
    }

    @Test func aReasonAfterDueToIsNotTheAim() throws {
        let r = try extract("OFAC imposed sanctions on Torvex Oil due to its operation in the energy sector of the Russian Federation.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("due") }, "\(r.entities.map(\.name))")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Torvex Oil" })
    }
}

/// Session 21: a measure named again by the start of its name is the same measure; a country that imposes it names it.
@Suite struct MeasureNamesSession21Tests {
    @Test func anAuxiliaryEndsTheMeasureAndItsShortFormRefersBack() throws {
        let r = try extract("Titre.\nL'embargo allemand sur les ventes d'armes à l'Arabie saoudite va être prolongé jusqu'à la fin du mois. L'embargo allemand a remis en question des commandes.", language: "fr")
        let measures = r.entities.filter { $0.type == .sanction }
        #expect(measures.count == 1, "\(measures.map(\.name))")
        #expect(measures.first.map { !$0.name.contains("prolongé") } == true, "\(measures.map(\.name))")
        #expect(r.has("Arabie saoudite", .subjectTo, measures.first?.name ?? ""))
    }

    @Test func aShortFormWithItsImposerIsTheMeasureDescribedBefore() throws {
        let r = try extract("Revenue fell under the price cap on Russian oil, officials said. The price cap imposed in December 2022 by the Group of Seven bans Western services.", language: "en")
        #expect(r.entities.filter { $0.type == .sanction }.count == 1, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }

    @Test func aCountryImposingAMeasureNamesIt() throws {
        let r = try extract("The United Kingdom announced sanctions on Torvex Energy last week.", language: "en")
        let measure = r.entities.first { $0.type == .sanction }
        #expect(measure?.aliases.contains("UK sanctions on Torvex Energy") == true, "\(measure.map { [$0.name] + $0.aliases } ?? [])")
    }
}

/// Session 21: bodies and places the lexicons know under another spelling.
@Suite struct SpellingsSession21Tests {
    @Test func aBodyWrittenWithTheCountrysDotsIsTheLexiconsBody() throws {
        let r = try extract("The U.S. Treasury Department said on Thursday it had acted. The Treasury also said it had taken steps.", language: "en")
        #expect(r.entities.filter { $0.type == .organization }.count == 1, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func ryadIsRiyadh() throws {
        let r = try extract("Les entreprises craignent pour leurs relations commerciales avec Ryad.", language: "fr")
        #expect(r.entity("Ryad")?.type == .location, "\(r.entities.map(\.name))")
    }
}
