import DossierModel
import Testing
@testable import DossierExtract

/// Session 15: `X acquired a stake in the Lisbon-based firm`: the seat qualifies another firm, not
/// the sentence's subject, and it is no place where the subject operates.
@Suite struct ComplementSeatSession15Tests {
    @Test(arguments: [("Tarnell Capital has acquired a 20% stake in the Lisbon-based firm.", "en"),
                      ("Tarnell Capital owns shares in the Lisbon-based company.", "en")])
    func aSeatAfterAPrepositionIsNotTheSubjects(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Tarnell Capital" },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object) \($0.evidence.extractor)" })")
    }

    @Test func theSubjectStillTakesABareSeatNoun() throws {
        let r = try extract("Tarnell Capital said on Monday that the Lisbon-based company would hire 200 people.", language: "en")
        #expect(r.has("Tarnell Capital", .locatedIn, "Lisbon"))
    }
}

/// Session 15: `X, a Turkish-based carrier`: the firm before a nationality's `-based` is placed, and the
/// evidence span runs from the firm to the adjective (it trapped on an inverted range before).
@Suite struct DemonymBasedSession15Tests {
    @Test(arguments: ["SunExpress, a Turkish-based carrier, ordered ten jets.", "Velkor Mining, a Russian-owned miner, expanded.",
                      "The firm Velkor Mining, a Chinese-owned company, expanded."])
    func aFirmBeforeANationalTieIsPlacedWithoutTrapping(text: String) throws {
        let r = try extract(text, language: "en")
        let located = r.relations.filter { $0.predicate == .locatedIn }
        #expect(located.count == 1)
        for rel in located {
            #expect(rel.evidence.span.start < rel.evidence.span.end)
            #expect(text.unicodeScalars.count >= rel.evidence.span.end)
        }
    }
}

/// Session 15: a site placed in a region named with its noun (`dans la province de Salta`, `in the state of Texas`).
@Suite struct RegionNounPlaceSession15Tests {
    @Test(arguments: [("La société Velkor Mining exploite la mine de Kamoto.\nCette mine est située dans la province de Salta.", "fr", "Salta"),
                      ("Velkor Mining operates the Kamoto mine.\nThe mine is located in the state of Texas.", "en", "Texas")])
    func aRegionNounBeforeThePlaceStillPlacesTheSite(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .locatedIn, place))
    }
}

/// Session 15: a group's home places the firms it lists (`U.S. companies such as A, B`), also when an adjective
/// stands between (`The eight listed Chinese commercial firms — A, B —`); a dash opens an apposition.
@Suite struct GroupHomesSession15Tests {
    @Test func theMembersOfANationalGroupShareItsHome() throws {
        let r = try extract("The measure targets U.S. companies such as Apple Inc., Cisco Systems Inc and Qualcomm Inc.", language: "en")
        for firm in ["Apple Inc.", "Cisco Systems Inc"] { #expect(r.has(firm, .locatedIn, "U.S."), "\(firm)") }
    }

    @Test func aGroupWithoutAListPlacesNoOne() throws {
        let r = try extract("Apple Inc. said U.S. companies were worried.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .locatedIn })
    }

    @Test func anAdjectiveBetweenTheNationalityAndTheGroupKeepsTheHome() throws {
        let text = "The Commerce Department's Bureau of Industry and Security added 28 organizations to the Entity List on Monday.\n"
            + "The eight listed Chinese commercial firms — Talmar Systems, Brisk Robotics and Velkor Mining — are alleged to supply the police."
        let r = try extract(text, language: "en")
        for firm in ["Talmar Systems", "Brisk Robotics", "Velkor Mining"] { #expect(r.has(firm, .locatedIn, "China"), "\(firm)") }
    }

    @Test func aDashOpensAnApposition() throws {
        let r = try extract("In August MARA bought 64% of Exaion — an EDF subsidiary — to expand its capabilities.", language: "en")
        #expect(r.has("Exaion", .subsidiaryOf, "EDF"))
    }
}
