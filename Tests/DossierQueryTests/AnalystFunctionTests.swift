import Testing
import DossierModel
@testable import DossierQuery

@Suite struct AnalystFunctionTests {
    @Test(arguments: ["bitriver", "BITRIVER", "BitRiver LLC", "ООО БитРивер", "bit river"])
    func matchesAcrossCaseScriptsAndCompanyForms(pattern: String) throws {
        let e = SampleGraph.engine()
        let r = try e.run("MATCH (c:Company) WHERE matches(c.name, $p) OR matches(c.aliases, $p) RETURN c.name",
                          parameters: ["p": .string(pattern)])
        #expect(r.rows == [[.string("ООО «БитРивер»")]], "\(pattern)")
    }

    @Test func matchesRejectsOtherNames() throws {
        let e = SampleGraph.engine()
        #expect(try e.scalar("MATCH (c:Company) WHERE matches(c.name, 'intelion') RETURN count(*)") == .int(1))
        #expect(try e.scalar("MATCH (c:Company) WHERE matches(c.name, 'gazprom') RETURN count(*)") == .int(0))
        #expect(try e.scalar("RETURN matches(null, 'x')") == .null)
    }

    @Test func evidenceComesFromTheSource() throws {
        let e = SampleGraph.engine(evidence: FixedEvidence())
        let v = try e.scalar("MATCH (c:Company)-[r:LOCATED_IN]->() RETURN evidence(c)[0].document + ' ' + evidence(r)[0].extractor")
        #expect(v == .string("bitriver.html pattern:located_in"))
        #expect(try e.scalar("MATCH (p:Person) RETURN size(evidence(p))") == .int(0))
    }
}
