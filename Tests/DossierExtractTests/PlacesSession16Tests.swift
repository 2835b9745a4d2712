import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a group of firms placed by `from <place>` before its members (`five firms from Hong Kong on the
/// list, namely A, B`). Firm names are invented.
@Suite struct GroupFromPlaceSession16Tests {
    @Test(arguments: [("There are five firms from Hong Kong on the list, namely Tarvex Electronics, Korvent Trading Ltd and Mirelon Technology.", "en", "Hong Kong"),
                      ("The previous list included two companies from mainland China: Tarvex Electronics, Korvent Trading Ltd and Mirelon Technology.", "en", "China"),
                      ("La liste compte trois sociétés de Hong Kong, à savoir Tarvex Electronics, Korvent Trading Ltd et Mirelon Technology.", "fr", "Hong Kong")])
    func theGroupsPlaceIsEachMembers(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Tarvex Electronics", "Mirelon Technology", "Korvent Trading Ltd"] {
            #expect(r.has(firm, .locatedIn, place), "\(firm): \(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })")
        }
    }

    @Test func aGroupFromAPlaceBeforeAVerbListsNoMembers() throws {
        // The firm after the verb is sued by the group; it is not one of its members.
        let r = try extract("Five firms from Hong Kong have sued Tarvex Electronics.", language: "en")
        #expect(!r.has("Tarvex Electronics", .locatedIn, "Hong Kong"))
    }
}

/// Session 16: an acronym of several capitalised words in parentheses after a firm is its short name, not a
/// place; a currency's letters before an amount make no name. Names are invented.
@Suite struct ParenthesesAndAmountsSession16Tests {
    @Test func aMultiWordAcronymInParenthesesIsNoPlace() throws {
        let r = try extract("The latest to open a data centre in Johor is Singapore-based Velkor Global Data Centres (VGD DC).", language: "en")
        #expect(!r.entities.contains { $0.type == .location && $0.name == "VGD DC" }, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.has("Velkor Global Data Centres", .locatedIn, "VGD DC"))
    }

    @Test(arguments: ["RM17", "Rs158", "USD4.5"])
    func aCurrencyBeforeAnAmountIsNoName(amount: String) throws {
        let r = try extract("The state is expected to attract \(amount) billion ($4.9 billion) in new data centre investments in 2024.", language: "en")
        #expect(!r.entities.contains { $0.name.hasPrefix(amount) }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func aModelCodeIsStillAProduct() throws {
        let r = try extract("Velkor Compute bought 2,000 H100 chips and 500 MI300 accelerators.", language: "en")
        #expect(r.entities.contains { $0.type == .product && $0.name.contains("MI300") })
    }
}

/// Session 16: a French plural participle after a list of firms places every firm of the list.
@Suite struct PluralSeatSession16Tests {
    @Test func aPluralParticiplePlacesTheWholeList() throws {
        let r = try extract("Parmi les entreprises visées figurent les fintechs Tarvex, Mirelon Pay, Atomvel et Veb9 Integrator, basées à Moscou ; ainsi que Korvent, basée à Chypre.", language: "fr")
        for firm in ["Tarvex", "Mirelon Pay", "Atomvel", "Veb9 Integrator"] {
            #expect(r.has(firm, .locatedIn, "Moscou"), "\(firm)")
        }
        #expect(!r.has("Korvent", .locatedIn, "Moscou"))
    }

    @Test func aSingularParticiplePlacesOnlyTheLastFirm() throws {
        let r = try extract("Les sanctions visent Tarvex, Mirelon Pay et Veb9 Integrator, basée à Moscou.", language: "fr")
        #expect(r.has("Veb9 Integrator", .locatedIn, "Moscou"))
        #expect(!r.has("Tarvex", .locatedIn, "Moscou"))
    }
}

/// Session 16: words that are no names — a sentence's first word after a credited source, an acronym spelled by
/// lower-case words before it, a capitalised unit after a number.
@Suite struct NotNamesSession16Tests {
    @Test func theWordAfterACreditedSourceOpensTheSentence() throws {
        let r = try extract("(Agence Velkor) - En RDC, la compagnie minière nationale Orvane Mines a inauguré une usine.", language: "fr")
        #expect(!r.entities.contains { $0.name.hasPrefix("En ") }, "\(r.entities.map(\.name))")
        #expect(r.entity("RDC")?.type == .location, "\(r.entities.map(\.name))")
    }

    @Test func anAcronymSpelledByLowerCaseWordsIsATerm() throws {
        let r = try extract("Velkor Mining will build a datacenter in Norway. The average power usage effectiveness (PUE) in the facility will be 1.05 or lower, which makes it one of the most efficient datacenters worldwide.", language: "en")
        #expect(!r.entities.contains { $0.name == "PUE" }, "\(r.entities.map(\.name))")
    }

    @Test func aFirmIntroducingItsAcronymKeepsIt() throws {
        let r = try extract("The farm will run on energy from local firm Helgeland Kraft (HK), and Velkor Mining will buy 350 GWh from HK.", language: "en")
        #expect(r.entity("HK") != nil, "\(r.entities.map(\.name))")
    }

    @Test func aTechnicalAcronymBeforeANounIsNoName() throws {
        let r = try extract("Velkor Corp. is set to transform Orvane's former LCD panel plant in Sakai into an AI data center.", language: "en")
        #expect(!r.entities.contains { $0.name == "LCD" || $0.name.hasPrefix("LCD ") }, "\(r.entities.map(\.name))")
    }

    @Test func aCapitalisedUnitAfterANumberIsNoName() throws {
        let r = try extract("Velkor Data Centers will develop a 400 Megawatts (MW) data center campus in Louisville.", language: "en")
        #expect(!r.entities.contains { $0.name.contains("Megawatts") }, "\(r.entities.map(\.name))")
    }
}
