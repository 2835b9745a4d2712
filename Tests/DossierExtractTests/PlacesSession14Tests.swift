import DossierModel
import Testing
@testable import DossierExtract

/// Session 14: a nationality adjective before a complement describes the head noun's entity, and a
/// descriptor in brackets is an apposition. Firm names are invented.
@Suite struct PlacesSession14Tests {
    @Test func anAdjectiveBeforeAComplementDoesNotPlaceTheComplement() throws {
        // The customer is American, not Velkor SA.
        let r = try extract("Le client américain de Velkor SA a annulé sa commande.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .locatedIn && r.entities[$0.subject].name == "Velkor SA" },
                "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test(arguments: ["L'entité est détenue par Velkor (filiale belge de Tarnell) et par l'État.",
                      "L'entité est détenue par Velkor (filiale belge) et par l'État."])
    func aDescriptorInBracketsPlacesTheNameBeforeIt(text: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.has("Velkor", .locatedIn, "Belgique"), "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate)" })")
    }

    @Test func anAcronymInBracketsIsStillSkipped() throws {
        let r = try extract("Japan Advanced Semiconductor Manufacturing (JASM), une filiale japonaise de Tarnell, ouvre une usine.", language: "fr")
        #expect(r.has("Japan Advanced Semiconductor Manufacturing", .locatedIn, "Japon"))
    }
}

/// Session 14: a firm that reports its own figures is no news outlet.
@Suite struct SourcesSession14Tests {
    @Test(arguments: ["Velkor Mining reported its output for May on Monday.",
                      "Velkor Mining reported revenue of $40 million for the quarter.",
                      "Velkor Mining reported 3.2 EH/s of hashrate at the end of May."])
    func aFirmReportingItsFiguresIsNoOutlet(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entity("Velkor Mining")?.properties["media"] == nil)
    }

    @Test func theFirmStaysAFirmForTheOtherRules() throws {
        let r = try extract("One of the largest bitcoin miners in Canada, Velkor Mining reported its output on Monday.", language: "en")
        #expect(r.has("Velkor Mining", .locatedIn, "Canada"))
    }

    @Test func anOutletReportingAFactIsStillTheSource() throws {
        let r = try extract("Reuters reported on Monday that Velkor Mining would cut jobs.", language: "en")
        #expect(r.has("Velkor Mining", .reportedBy, "Reuters"))
    }
}

/// Session 14: a place inside an opening quotation is no fronted place of the firm named after it.
@Suite struct OpeningQuoteSession14Tests {
    @Test func aQuotedPlaceDoesNotPlaceTheFirm() throws {
        let r = try extract("\"We will expand in Norway,\" Velkor Mining chief executive Anna Berg told Reuters.", language: "en")
        #expect(!r.has("Velkor Mining", .locatedIn, "Norway"))
        #expect(r.has("Anna Berg", .worksFor, "Velkor Mining"))
    }

    @Test func aFrontedPlaceStillPlacesTheFirm() throws {
        let r = try extract("In Norway, Velkor Mining runs three sites.", language: "en")
        #expect(r.has("Velkor Mining", .locatedIn, "Norway"))
    }
}
