import DossierModel
@testable import DossierRead
import Foundation
import Testing

@Suite struct SanctionsImporterTests {
    @Test(arguments: [
        ("sanctions/ofac_classic.xml", "ofac-sdn", "EXAMPLE MINING LLC", EntityType.company, "OFAC"),
        ("sanctions/ofac_enhanced.xml", "ofac-enhanced", "EXAMPLE TRADING COMPANY", .company, "OFAC"),
        ("sanctions/un_consolidated.xml", "un-consolidated", "AHMED EXAMPLE", .person, "UN Security Council"),
        ("sanctions/eu_fsf.xml", "eu-fsf", "Example Holding JSC", .company, "European Union"),
        ("sanctions/eu_legacy.xml", "eu-fsf-legacy", "John Example", .person, "European Union"),
        ("sanctions/uk_designations.xml", "uk-designations", "EXAMPLE ENERGY PLC", .company,
         "Foreign, Commonwealth and Development Office"),
    ])
    func importsEachFormat(_ name: String, _ format: String, _ target: String, _ type: EntityType, _ authority: String) throws {
        let items = try Fixtures.read(name)
        #expect(items.count == 1)
        let item = try #require(items.first)
        let doc = item.document
        let facts = try #require(item.prefilled)
        #expect(doc.metadata["sanctions_format"] == format)
        #expect(SpanInvariants.violations(doc).isEmpty)
        let entity = try #require(facts.entities.first { $0.name == target })
        #expect(entity.type == type)
        let authorityEntity = try #require(facts.entities.first { $0.name == authority })
        #expect(authorityEntity.type == .organization)
        let predicates = Set(facts.relations.filter { $0.subject == entity.localID }.map(\.predicate))
        #expect(predicates.isSuperset(of: [.sanctionedBy, .subjectTo]))
        #expect(facts.relations.contains { $0.predicate == .imposedBy && $0.object == .entity(authorityEntity.localID) })
        // Every piece of evidence points at a generated sentence that holds its span's text.
        for relation in facts.relations {
            let e = relation.evidence
            #expect(doc.sentences.contains(e.sentence))
            #expect(e.sentence.contains(e.span))
            #expect(e.extractor == "importer:\(format)")
            #expect(e.confidence == 1.0)
            #expect(e.snippet == doc.text.slice(e.sentence))
        }
        for mention in facts.entities.flatMap(\.mentions) {
            #expect(doc.text.slice(mention.evidence.span) == mention.text)
        }
    }

    @Test func sentencesReadNaturally() throws {
        let doc = try Fixtures.document("sanctions/ofac_classic.xml")
        #expect(doc.sentenceTexts == [
            "EXAMPLE MINING LLC (Entity) is listed by OFAC under programme RUSSIA-EO14024.",
            "It is also known as OOO EXAMPLE MINING.",
            "Its address is in Russia.",
            "Ivan PETROV (Individual) is listed by OFAC under programmes RUSSIA-EO14024 and CYBER2.",
        ])
    }

    @Test func aliasesCountriesAndProgrammes() throws {
        let facts = try #require(try Fixtures.read("sanctions/ofac_classic.xml").first?.prefilled)
        let company = try #require(facts.entities.first { $0.name == "EXAMPLE MINING LLC" })
        #expect(company.aliases == ["OOO EXAMPLE MINING"])
        let russia = try #require(facts.entities.first { $0.name == "Russia" })
        #expect(russia.type == .location)
        #expect(facts.relations.contains { $0.subject == company.localID && $0.predicate == .locatedIn && $0.object == .entity(russia.localID) })
        let programmes = facts.entities.filter { $0.type == .sanction }.map(\.name).sorted()
        #expect(programmes == ["OFAC CYBER2 sanctions", "OFAC RUSSIA-EO14024 sanctions"])
        // One IMPOSED_BY per programme, not per listed party.
        #expect(facts.relations.filter { $0.predicate == .imposedBy }.count == 2)
    }

    @Test func emptyPlaceholdersAreSkipped() throws {
        let facts = try #require(try Fixtures.read("sanctions/un_consolidated.xml").first?.prefilled)
        let person = try #require(facts.entities.first { $0.name == "AHMED EXAMPLE" })
        #expect(person.aliases == ["Abu Example"])
        #expect(!facts.relations.contains { $0.subject == person.localID && $0.predicate == .locatedIn })
    }

    @Test(.enabled(if: SharedData.isAvailable, "needs ../shared"), arguments: [
        ("ofac_consolidated.xml", 443), ("ofac_enhanced_IRGC_sanctions.xml", 293), ("un_consolidated.xml", 1000),
        ("sample_eu_fsf.xml", 5), ("eu_fsf_legacy_data.xml", 595), ("sample_uk_sanctions.xml", 5),
    ])
    func readsTheRealLists(_ file: String, _ entries: Int) throws {
        let url = SharedData.directory.appendingPathComponent("data/sanctions/\(file)")
        let items = try Reader.read(data: Data(contentsOf: url), source: file)
        let doc = try #require(items.first?.document)
        #expect(doc.metadata["entries"] == String(entries))
        #expect(doc.paragraphs.count == entries)
    }
}

@Suite struct SanctionsLinkTests {
    @Test func ownershipLinksBecomeFactsAndShareEntities() throws {
        let xml = """
        <sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML"><entities>
        <entity id="1"><generalInfo><entityType>Entity</entityType></generalInfo>
          <sanctionsPrograms><sanctionsProgram>IRGC</sanctionsProgram></sanctionsPrograms>
          <names><name><isPrimary>true</isPrimary><translations><translation><script>Latin</script><formattedFullName>CHILD TRADING LLC</formattedFullName></translation></translations></name></names>
          <relationships><relationship><type>Owned or Controlled By</type><relatedEntity entityId="2">PARENT HOLDING</relatedEntity></relationship></relationships>
        </entity>
        <entity id="2"><generalInfo><entityType>Entity</entityType></generalInfo>
          <sanctionsPrograms><sanctionsProgram>IRGC</sanctionsProgram></sanctionsPrograms>
          <names><name><isPrimary>true</isPrimary><translations><translation><script>Latin</script><formattedFullName>PARENT HOLDING</formattedFullName></translation></translations></name></names>
        </entity></entities></sanctionsData>
        """
        let item = try #require(try Reader.read(data: Data(xml.utf8), source: "links.xml").first)
        let facts = try #require(item.prefilled)
        #expect(facts.entities.filter { $0.name == "PARENT HOLDING" }.count == 1)
        let child = try #require(facts.entities.first { $0.name == "CHILD TRADING LLC" })
        let parent = try #require(facts.entities.first { $0.name == "PARENT HOLDING" })
        #expect(facts.relations.contains { $0.subject == child.localID && $0.predicate == .subsidiaryOf && $0.object == .entity(parent.localID) })
        #expect(item.document.sentenceTexts.contains("It is owned or controlled by PARENT HOLDING."))
        #expect(facts.relations.contains { $0.subject == parent.localID && $0.predicate == .sanctionedBy })
    }
}

@Suite struct UKLinkTests {
    @Test func parentsSubsidiariesAndShipOwnersBecomeFacts() throws {
        let xml = """
        <Designations><Designation><UniqueID>X1</UniqueID>
          <Names><Name><Name6>EXAMPLE OIL LTD</Name6><NameType>Primary Name</NameType></Name></Names>
          <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName><IndividualEntityShip>Entity</IndividualEntityShip>
          <EntityDetails><Entity><ParentCompanies><ParentCompany>Example Parent JSC</ParentCompany></ParentCompanies>
            <Subsidiaries><Subsidiary>Example Child GmbH</Subsidiary></Subsidiaries></Entity></EntityDetails>
        </Designation><Designation><UniqueID>X2</UniqueID>
          <Names><Name><Name6>EXAMPLE STAR</Name6><NameType>Primary Name</NameType></Name></Names>
          <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName><IndividualEntityShip>Ship</IndividualEntityShip>
          <ShipDetails><Ship><CurrentOwnerOperators><CurrentOwnerOperator>Example Parent JSC</CurrentOwnerOperator></CurrentOwnerOperators></Ship></ShipDetails>
        </Designation></Designations>
        """
        let facts = try #require(try Reader.read(data: Data(xml.utf8), source: "uk.xml").first?.prefilled)
        func id(_ name: String) throws -> Int { try #require(facts.entities.first { $0.name == name }).localID }
        let company = try id("EXAMPLE OIL LTD"), parent = try id("Example Parent JSC")
        let child = try id("Example Child GmbH"), ship = try id("EXAMPLE STAR")
        #expect(facts.entities.filter { $0.name == "Example Parent JSC" }.count == 1)
        #expect(facts.relations.contains { $0.subject == company && $0.predicate == .subsidiaryOf && $0.object == .entity(parent) })
        #expect(facts.relations.contains { $0.subject == child && $0.predicate == .subsidiaryOf && $0.object == .entity(company) })
        #expect(facts.relations.contains { $0.subject == parent && $0.predicate == .owns && $0.object == .entity(ship) })
    }
}
