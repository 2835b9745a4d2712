import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions news told over several sentences: a measure announced, then carried out by the
/// body's office, then its targets listed by group (`Individuals include …`, `Parmi les personnes
/// sanctionnées par … figurent …`). Invented actors only.
@Suite struct SanctionsRound5Tests {
    @Test func aDesignationByTheSameBodyCarriesOutTheMeasureAnnouncedBefore() throws {
        let r = try extract("Le département du Trésor a annoncé mardi de nouvelles sanctions contre des entreprises russes. "
            + "L'OFAC du Trésor a ajouté Varnek Holding et Belozor Bank à sa liste de ressortissants spécialement désignés.", language: "fr")
        let measures = r.entities.filter { $0.type == .sanction }
        let announced = try #require(measures.first { $0.name.contains("nouvelles sanctions") })
        #expect(r.has("Varnek Holding", .subjectTo, announced.name))
        #expect(r.has("Belozor Bank", .subjectTo, announced.name))
        #expect(measures.count == 1)
        // Designated by the office that lists them and by the department behind the measure.
        #expect(r.has("Varnek Holding", .sanctionedBy, "OFAC"))
        #expect(r.relations.filter { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == "Varnek Holding" }.count == 2)
    }

    @Test func aDesignationJoinsTheListTheBodyFilledTheSentenceBefore() throws {
        let r = try extract("OFAC has added several new entities to its SDN List after a long investigation. "
            + "OFAC has designated Kestrel Trading, a Dubai-based broker, for shipping oil.", language: "en")
        let list = try #require(r.entities.first { $0.type == .sanction && ([$0.name] + $0.aliases).contains("SDN List") })
        #expect(r.has("Kestrel Trading", .subjectTo, list.name))
    }

    @Test func aRegimeTheTargetsEvadedIsNotTheDesignation() throws {
        let r = try extract("OFAC has added several new entities to its SDN List for helping clients evade U.S. sanctions. "
            + "OFAC also designated Kestrel Trading and Orvane Shipping.", language: "en")
        let list = try #require(r.entities.first { $0.type == .sanction && ([$0.name] + $0.aliases).contains("SDN List") })
        #expect(r.has("Kestrel Trading", .subjectTo, list.name))
        #expect(r.has("Orvane Shipping", .subjectTo, list.name))
    }

    @Test func eachItemOfASemicolonListOpensWithItsTarget() throws {
        let r = try extract("The UK has imposed fresh sanctions on Russian businesses and individuals. "
            + "Individuals include Marko Velinsky, founder of Torvane Bank; Lidia Orlova, a lawyer; and Gromov's son Ivan Gromov.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        for target in ["Marko Velinsky", "Lidia Orlova", "Ivan Gromov"] { #expect(r.has(target, .subjectTo, measure.name), "\(target)") }
        #expect(!r.has("Torvane Bank", .subjectTo, measure.name))
    }

    @Test func theListingAgentOfALaterSentenceImposesTheMeasure() throws {
        let r = try extract("The UK has imposed fresh sanctions on Russian businesses and individuals. "
            + "More than 900 people have now been sanctioned by the Foreign Office since the invasion. "
            + "The latest companies to be sanctioned include Torvane Bank; Velmar Metals; and Ostrog Arms.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has(measure.name, .imposedBy, "Foreign Office"))
        for target in ["Torvane Bank", "Velmar Metals", "Ostrog Arms"] { #expect(r.has(target, .sanctionedBy, "Foreign Office"), "\(target)") }
    }

    @Test func aListOfTargetsNamingWhoSanctionedThemIsAMeasure() throws {
        let r = try extract("Parmi les personnes sanctionnées par le Royaume-Uni figurent Boris Almazov et Piotr Gromov, a indiqué le ministère.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(measure.name == "sanctions du Royaume-Uni")
        #expect(r.has("Boris Almazov", .subjectTo, measure.name))
        #expect(r.has("Piotr Gromov", .subjectTo, measure.name))
    }

    @Test func aColonListNamesTheTargetsOfTheMeasureBeforeNotOfTheRegimeCited() throws {
        let r = try extract("Le Trésor a annoncé jeudi des sanctions contre plusieurs armateurs. "
            + "Les entreprises, désignées pour avoir contourné les sanctions américaines imposées à l'Iran, sont : Merlan Shipping Ltd, Tolsen Petroleum SA et Gavrik Trading LLC, selon le communiqué.", language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("armateurs") })
        for target in ["Merlan Shipping Ltd", "Gavrik Trading LLC", "Tolsen Petroleum SA"] { #expect(r.has(target, .subjectTo, measure.name), "\(target)") }
    }

    @Test func aSpokespersonTalkingAboutTheseSanctionsIsNotATarget() throws {
        let r = try extract("La Commission a proposé de nouvelles sanctions contre la Russie. "
            + "Le porte-parole Jan Verlinde a refusé de détailler ces sanctions, a-t-il dit.", language: "fr")
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) && r.entities[$0.subject].name == "Jan Verlinde" })
    }

    @Test func aFirmInTheDescriptionOfAnUnnamedTargetIsNotATarget() throws {
        let r = try extract("Le Trésor a annoncé jeudi des sanctions contre plusieurs armateurs. "
            + "Les sanctions visent également Pavel Orlov, qui a dirigé Korvant Logistics jusqu'en 2021.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Korvant Logistics" })
    }

    @Test func aReportingClauseIsNoPartOfTheMeasureName() throws {
        let r = try extract("The US imposed sanctions on 12 entities it said were helping Iran sell oil.", language: "en")
        let measure = try #require(r.entities.first { $0.type == .sanction })
        #expect(!measure.name.contains("said"))
        #expect(measure.name.contains("12 entities"))
    }
}
