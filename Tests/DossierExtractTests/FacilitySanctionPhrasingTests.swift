import DossierModel
import Testing
@testable import DossierExtract

/// How news wording describes measures and sites beyond the dev sets' sentences: designations whose
/// object runs through relative clauses, firms called `sanctioned`, lists kept by a named body, rules
/// that are (or are not) trade measures; sites named by a vague noun, taken up by `the site`, ranked
/// (`second plant`) or carried by a developer. Invented actors only.
@Suite struct SanctionPhrasingTests {
    @Test func aFirmUnderSanctionsIsTheTargetNotTheFirmAfterIt() throws {
        let r = try extract("Volnar Trade, which is under U.S. sanctions, kept processing payments for Korvant Logistics last year.", language: "en")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Volnar Trade", .subjectTo, sanction.name))
        #expect(!r.has("Korvant Logistics", .subjectTo, sanction.name))
    }

    @Test func aFigurePerRackIsNotTheSiteCapacity() throws {
        let r = try extract("Korvant Data is building a 200 MW data center in Ohio with rack densities of up to 130kW.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has(site.name, .capacity, "200 MW"))
        #expect(!r.relations.contains { $0.predicate == .capacity && $0.properties["unit"]?.stringValue == "kW" })
    }

    @Test func everyFirmAndPersonBeforeTheListIsDesignated() throws {
        let r = try extract("The Commerce Department said it had added Korvex Pay, which is based in Minsk, the broker Talmar Group and its founder, Pavel Orlov, to the Entity List.", language: "en")
        for target in ["Korvex Pay", "Talmar Group", "Pavel Orlov"] {
            #expect(r.has(target, .sanctionedBy, "Commerce Department"), "\(target)")
            #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == target })
        }
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Minsk" })
    }

    @Test func theAntecedentOfARelativeDesignationIsTheTarget() throws {
        let r = try extract("Talmar Group, a Chinese chipmaker that Washington added to its trade blacklist in 2022, denied the allegations.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Talmar Group", .subjectTo, measure.name))
    }

    @Test func aFirmCalledSanctionedIsSubjectToAMeasure() throws {
        let adjective = try extract("The sanctioned exchange Korvex Pay moved its servers to Dubai.", language: "en")
        #expect(adjective.has("Korvex Pay", .subjectTo, "sanctions on Korvex Pay"))
        let apposition = try extract("Payments went through Korvex Pay, sanctioned by the Office of Foreign Assets Control in 2022, and two other firms.", language: "en")
        #expect(apposition.has("Korvex Pay", .sanctionedBy, "Office of Foreign Assets Control"))
        let french = try extract("La plateforme sanctionnée Korvex Pay a transféré ses serveurs à Dubaï.", language: "fr")
        #expect(french.has("Korvex Pay", .subjectTo, "sanctions contre Korvex Pay"))
        let verb = try extract("Investors sanctioned the merger of Korvex Pay with Talmar Group.", language: "en")
        #expect(!verb.entities.contains { $0.type == .sanction })
    }

    @Test func aCountryBeforeTheNounOrAfterByImposesAndIsNoTarget() throws {
        let r = try extract("Korvex Pay, which is under U.S. sanctions, kept processing payments.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "U.S." })
        let fr = try extract("Les contrôles à l'exportation imposés par Washington empêchent Korvex Semi de vendre ses puces en Freedonie.", language: "fr")
        let measure = try #require(fr.entities.first { $0.type == .sanction })
        #expect(!measure.name.contains("Korvex"))
        #expect(fr.has("Korvex Semi", .subjectTo, measure.name))
        #expect(!fr.has("Washington", .subjectTo, measure.name))
    }

    @Test func restrictiveMeasuresDesignateTheirTargets() throws {
        let r = try extract("Le Conseil de l'UE a adopté des mesures restrictives visant la société Talmar Group.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(measure.name.hasPrefix("mesures restrictives"))
        #expect(r.has("Talmar Group", .subjectTo, measure.name))
        #expect(r.has("Talmar Group", .sanctionedBy, "Conseil de l'UE"))
    }

    @Test func theDayOfTheActIsNotPartOfThePackageName() throws {
        let r = try extract("The European Union adopted its 14th package of sanctions against Freedonia on Monday.", language: "en")
        let package = try #require(r.entities.first { $0.type == .sanction })
        #expect(package.name == "14th package of sanctions against Freedonia")
    }

    @Test func theBodyThatKeepsAListImposesItWhenTheTextNamesIt() throws {
        let r = try extract("The Bureau of Industry and Security tightened its rules. Talmar Group and Korvex Pay were put on the Entity List in 2023.", language: "en")
        #expect(r.has("Entity List", .imposedBy, "Bureau of Industry and Security"))
        #expect(r.has("Talmar Group", .sanctionedBy, "Bureau of Industry and Security"))
        #expect(r.has("Korvex Pay", .subjectTo, "Entity List"))
    }

    @Test func rulesAreAMeasureOnlyFromATradeBody() throws {
        let sec = try extract("New rules from the Securities and Exchange Commission require exchanges to segregate client assets.", language: "en")
        #expect(!sec.entities.contains { $0.type == .sanction })
        let bis = try extract("New rules from the Bureau of Industry and Security pulled the Z40 accelerator into the licence requirement.", language: "en")
        let rules = try #require(bis.entities.first { $0.type == .sanction && $0.name.contains("rules") })
        #expect(rules.name == "new rules from the Bureau of Industry and Security")
        #expect(rules.aliases.contains("BIS rules"))
    }

    @Test func aListWrittenInLowerCaseIsTheListAndYStandsForIt() throws {
        let r = try extract("Talmar Semi figure depuis 2019 sur la liste des entités du BIS. Son sous-traitant, Korvex Fab, y a été ajouté en 2020.", language: "fr")
        let list = try #require(r.entities.first { $0.type == .sanction })
        #expect(list.aliases.contains("Entity List"))
        #expect(r.has("Talmar Semi", .subjectTo, list.name))
        #expect(r.has("Korvex Fab", .subjectTo, list.name))
        #expect(r.has("Korvex Fab", .sanctionedBy, "BIS"))
    }

    @Test func aLawThatRestrictsExportsIsAMeasureAndOtherLawsAreNoFirms() throws {
        let r = try extract("The GAIN AI Act would require chipmakers such as Talmar Semi to serve American customers before exporting advanced chips to China.", language: "en")
        let law = try #require(r.entities.first { $0.name == "GAIN AI Act" })
        #expect(law.type == .sanction)
        #expect(r.has("Talmar Semi", .subjectTo, "GAIN AI Act"))
        #expect(r.has("China", .subjectTo, "GAIN AI Act"))
        let grants = try extract("Under the CHIPS and Science Act, Talmar Semi received $6 billion in grants.", language: "en")
        #expect(!grants.entities.contains { $0.name.hasSuffix("Act") })
    }

    @Test func aPossessiveMeasureIsTheBodyNamedBeforeAndEndsAtItsVerb() throws {
        let r = try extract("Then, in October, the European Union went further. Its 19th sanctions package banned transactions in the Korvex token.", language: "en")
        let package = try #require(r.entities.first { $0.type == .sanction })
        #expect(package.name == "19th sanctions package")
        #expect(r.has(package.name, .imposedBy, "European Union"))
    }

    @Test func aFirmThatRemainsOnAListOrWhoseAssetsAreFrozenIsSubjectToIt() throws {
        let listed = try extract("Talmar Semi remains on the SDN list, and its assets in the United States are frozen.", language: "en")
        #expect(listed.has("Talmar Semi", .subjectTo, "SDN list"))
        let frozen = try extract("Le gel des avoirs de Korvex Pay décidé par l'Union européenne reste en vigueur.", language: "fr")
        let freeze = try #require(frozen.entities.first { $0.type == .sanction })
        #expect(frozen.has("Korvex Pay", .subjectTo, freeze.name))
        #expect(frozen.has("Korvex Pay", .sanctionedBy, "Union européenne"))
    }

    @Test func theMeasureNamedInADesignationClauseIsTheDesignation() throws {
        let r = try extract("The European Union added Korvex Pay to its list of entities barred from buying dual-use goods in its 12th sanctions package in May 2024.", language: "en")
        let measures = r.entities.filter { $0.type == .sanction }
        #expect(measures.count == 1)
        let package = try #require(measures.first)
        #expect(package.name.hasPrefix("12th sanctions package"))
        #expect(r.has("Korvex Pay", .subjectTo, package.name))
        #expect(r.has("Korvex Pay", .sanctionedBy, "European Union"))
    }

    @Test func aFirmThatNeedsALicenceToSellIsSubjectToIt() throws {
        let r = try extract("Talmar Semi now needs a license from the Commerce Department to sell its Z40 chips to China.", language: "en")
        let licence = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Talmar Semi", .subjectTo, licence.name))
        #expect(r.has(licence.name, .imposedBy, "Commerce Department"))
    }

    @Test func theReasonAndAnotherCountrysListAreLeftOut() throws {
        let reason = try extract("Korvex Pay was hit with U.S. sanctions in 2022 for processing ransomware payments.", language: "en")
        let measure = try #require(reason.entities.first { $0.type == .sanction })
        #expect(!measure.name.contains("ransomware"))
        let other = try extract("China's Ministry of Commerce added Korvex Defense to its unreliable entity list on Friday.", language: "en")
        #expect(!other.entities.contains { $0.type == .sanction && $0.aliases.contains("Entity List") })
    }

    @Test func aRelativeClauseSpellingOutTheMeasureIsTheSameMeasure() throws {
        let r = try extract("La Freedonie figure parmi les pays soumis aux règles du département américain du Commerce qui imposent une licence pour l'exportation de processeurs avancés.", language: "fr")
        let measures = r.entities.filter { $0.type == .sanction }
        #expect(measures.count == 1)
        #expect(measures.first?.aliases.contains { $0.hasPrefix("licence pour") } == true)
    }
}

@Suite struct FacilityPhrasingTests {
    private func capacities(_ r: DocumentExtraction, of name: String) -> [String] {
        r.relations.compactMap { rel in
            guard rel.predicate == .capacity, r.entities[rel.subject].name == name, case .literal(let t, _) = rel.object else { return nil }
            return t
        }
    }

    @Test func theSiteTakesUpTheFarmAndCarriesItsHashRate() throws {
        let r = try extract("Korvex Mining operates a 200 MW bitcoin mining farm in Paraguay. The site reached 5 EH/s in May.", language: "en")
        let farm = try #require(r.entities.first { $0.type == .facility })
        #expect(r.entities.filter { $0.type == .facility }.count == 1)
        #expect(capacities(r, of: farm.name).contains("5 EH/s"))
    }

    @Test func aPlantWithItsFirmAndPlaceIsASite() throws {
        let r = try extract("Talmar Semiconductor is building a plant in Magdeburg, Germany, that will employ 3,000 people.", language: "en")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Talmar Semiconductor", .operates, plant.name))
        #expect(r.has(plant.name, .locatedIn, "Magdeburg"))
        let closure = try extract("Shares of Talmar rose after the plant closure was announced.", language: "en")
        #expect(!closure.entities.contains { $0.type == .facility })
    }

    @Test func aPlaceModifiedDefiniteSiteIsTheSiteAlreadyDescribed() throws {
        let r = try extract("""
        Korvex Mining will convert its mining facility in Tomsk into a data center.
        Analysts at Orbel Securities said the lease values the Tomsk site at $7 million per megawatt.
        """, language: "en")
        #expect(r.entities.filter { $0.type == .facility }.count == 1)
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == "Orbel Securities" })
    }

    @Test func aRankedPlantIsAnotherSiteNamedWithItsRank() throws {
        let r = try extract("Talmar Semiconductor a inauguré sa deuxième usine au Japon, à Kikuyo.", language: "fr")
        let plant = try #require(r.entities.first { $0.type == .facility })
        #expect(plant.name.hasPrefix("deuxième usine"))
        #expect(r.has("Talmar Semiconductor", .operates, plant.name))
    }

    @Test func theFirmThatCarriesAProjectRunsIt() throws {
        let r = try extract("""
        Le fonds Talmar Capital exploite une ferme de minage de 150 MW à Kemerovo.
        Le fonds avait déjà soutenu en 2023 un projet de minage de 120 MW porté par la société locale Korvex Mining, à Tomsk.
        """, language: "fr")
        let project = try #require(r.entities.first { $0.type == .facility && $0.name.hasPrefix("projet de minage") })
        #expect(r.has("Korvex Mining", .operates, project.name))
        #expect(!r.has("Talmar Capital", .operates, project.name))
    }

    @Test func countedSitesRunByTheFirmOfTheRelativeClauseAreOneFacility() throws {
        let r = try extract("The packaging plant will be built next to the three chip fabs that Korvex Semi, its local unit, operates in Tempe.", language: "en")
        let fabs = try #require(r.entities.first { $0.type == .facility && $0.aliases.contains { $0.contains("three chip fabs") } })
        #expect(r.has("Korvex Semi", .operates, fabs.name))
        let anaphor = try extract("Talmar Cloud recevra des puces destinées aux centres de données que la société construira dans le royaume.", language: "fr")
        #expect(!anaphor.entities.contains { $0.type == .facility && $0.name.hasPrefix("centres") })
    }

    @Test func aSiteThatPowersTheFirmsSiteIsNotRunByIt() throws {
        let r = try extract("Korvex Mining a mis en service un site de 200 MW au Paraguay, alimenté par le barrage de Yacyreta.", language: "fr")
        #expect(r.entities.contains { $0.type == .facility && r.has("Korvex Mining", .operates, $0.name) })
        let dam = try #require(r.entities.first { $0.type == .facility && $0.name.hasPrefix("barrage") })
        #expect(!r.has("Korvex Mining", .operates, dam.name))
    }

    @Test func anAcronymMayOpenAFacilityNoun() throws {
        let r = try extract("Korvex Energy broke ground on a 300 MW GPU cluster near Memphis, Tennessee.", language: "en")
        let cluster = try #require(r.entities.first { $0.type == .facility })
        #expect(cluster.name.contains("GPU cluster"))
        #expect(r.has("Korvex Energy", .operates, cluster.name))
        // After a name the acronym belongs to it (`UAE–US AI campus`): the noun starts after it.
        let named = try extract("Korvex Energy will build a 2 GW Sylvan AI campus near Memphis.", language: "en")
        #expect(!named.entities.contains { $0.type == .facility && $0.name.hasPrefix("Korvex Energy AI campus") })
    }

    @Test func theCampusIsTheCampusNotThePlantNamedSince() throws {
        let r = try extract("Orbel Energy sold its Vantor data-centre campus, next to its Ridgeway nuclear plant in Ohio, to Talmar Cloud. The campus can scale to 700 MW.", language: "en")
        let campus = try #require(r.entities.first { $0.type == .facility && $0.name.contains("campus") })
        #expect(capacities(r, of: campus.name).contains("700 MW"))
    }
}
