import DossierModel
import Testing
@testable import DossierExtract

/// Session 22: a measure named again as the subject of a verb of aim lists its targets. Names are invented.
@Suite struct SanctionsSession22Tests {
    private func relations(_ r: DocumentExtraction) -> String {
        "\(r.relations.map { "\(r.entities[$0.subject].name) \($0.predicate) \($0.object)" })"
    }

    @Test(arguments: ["Les plus récentes sanctions ciblent", "Les nouvelles sanctions visent", "Les sanctions ciblent"])
    func aFrenchMeasureNamedAgainListsItsTargets(subject: String) throws {
        let r = try extract("Un communiqué.\nLe gouvernement canadien a annoncé lundi de nouvelles sanctions économiques contre des organisations russes.\n\(subject) les producteurs Velkorneft et Torvagaz.", language: "fr")
        #expect(r.has("Velkorneft", .subjectTo, "nouvelles sanctions économiques contre des organisations russes"), "\(relations(r))")
        #expect(r.has("Torvagaz", .sanctionedBy, "gouvernement canadien"), "\(relations(r))")
    }

    @Test func anEnglishMeasureNamedAgainListsItsTargets() throws {
        let r = try extract("A statement.\nThe State Department announced new sanctions on Monday.\nThe latest sanctions target Velkor Trading and Torvane Shipping.", language: "en")
        #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Torvane Shipping" }, "\(relations(r))")
    }

    @Test func aSpeakerOfTheMeasureIsNoTarget() throws {
        let r = try extract("Un communiqué.\nLe gouvernement canadien a annoncé lundi de nouvelles sanctions économiques contre des organisations russes.\nLes sanctions annoncées réduiront l'arsenal russe, a déclaré le ministre Paul Verlaine-Dumont.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].type == .person }, "\(relations(r))")
    }
}
