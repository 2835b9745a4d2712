import DossierModel
import Testing
@testable import DossierExtract

/// The name finder, session 7: single firm names that no lexicon or head noun types survive when
/// their context is a firm's; lower-case French ministries; East Asian personal names; aliases.
/// Invented names only.
@Suite struct NameFinderSession7Tests {
    @Test(arguments: [
        ("Analysts at Pekvar and Dorsel said the price was high.", "en", "Pekvar"),
        ("The startup competes with Tolvane and Nvidia in inference chips.", "en", "Tolvane"),
        ("Rivals such as Brenmark have cut prices since March.", "en", "Brenmark"),
        ("Des acteurs comme Brenmark ont baissé leurs prix depuis mars.", "fr", "Brenmark"),
        ("The deal values Ostrelle at $1.2 billion, people said.", "en", "Ostrelle"),
        ("L'opération valorise Ostrelle à 1,2 milliard de dollars.", "fr", "Ostrelle"),
        ("In a statement, Felmora said the project would start in 2026.", "en", "Felmora"),
        ("Dans un communiqué, Felmora a précisé que le projet démarrerait en 2026.", "fr", "Felmora"),
        ("Asked about the report, Dravex declined to comment.", "en", "Dravex"),
        ("Contacté, Dravex n'a pas souhaité commenter.", "fr", "Dravex"),
        ("The sale of Quorvent's subsidiary closed in May.", "en", "Quorvent"),
        ("Les salariés de Quorvent ont fait grève en mai.", "fr", "Quorvent"),
    ])
    func aFirmsContextKeepsAnUntypedName(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .company)
    }

    @Test(arguments: [
        ("A spokesperson for Dravex declined to comment.", "Dravex"),
        ("Under Secretary for Terrorism and Financial Intelligence Jane Colby spoke.", "Terrorism"),
        ("Streaming services, such as Quarzen TV, Disney has a bigger one.", "Quarzen TV"),
    ])
    func nearbyContextsKeepNoGuess(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name) == nil)
    }

    @Test(arguments: [
        ("Le ministère des affaires étrangères a convoqué l'ambassadeur.", "ministère des affaires étrangères"),
        ("Selon le ministère de l'économie, la mesure entrera en vigueur en mars.", "ministère de l'économie"),
        ("Le ministère de la transition énergétique a validé le raccordement.", "ministère de la transition énergétique"),
    ])
    func aLowercasePortfolioNamesAMinistry(text: String, name: String) throws {
        #expect(try extract(text, language: "fr").entity(name)?.type == .organization)
    }

    @Test func aMinistryWithoutPortfolioIsNoName() throws {
        let r = try extract("Le ministère de tutelle n'a pas répondu.", language: "fr")
        #expect(!r.entities.contains { $0.type == .organization })
    }

    @Test(arguments: [
        ("Two Chinese nationals, Zhang Wenbo and Liu Qiang, were charged on Tuesday.", "en", "Liu Qiang"),
        ("Two Chinese nationals, Zhang Wenbo and Liu Qiang, were charged on Tuesday.", "en", "Zhang Wenbo"),
        ("Le fondateur de la société, Zhou Xiaoping, a démissionné.", "fr", "Zhou Xiaoping"),
        ("Selon Park Ji-sung, directeur de la filiale coréenne, les ventes ont doublé.", "fr", "Park Ji-sung"),
    ])
    func aCommonEastAsianFamilyNameMakesAPerson(text: String, language: String, name: String) throws {
        #expect(try extract(text, language: language).entity(name)?.type == .person)
    }

    @Test func aFamilyNameBesideAFirmWordIsNoPerson() throws {
        let r = try extract("Shares of Wang Holdings rose 3% on Monday.", language: "en")
        #expect(r.entity("Wang Holdings")?.type == .company)
    }

    @Test(arguments: [
        ("Deux ressortissants – Wang Lei, alias « Leo Wang », et Huang Min – ont été inculpés.", "fr", "Wang Lei", "Leo Wang"),
        ("The trader Jonas Berg, also known as Jo Berg, was arrested.", "en", "Jonas Berg", "Jo Berg"),
    ])
    func anAliasIsAnotherNameOfTheSamePerson(text: String, language: String, name: String, alias: String) throws {
        let r = try extract(text, language: language)
        let person = try #require(r.entity(name))
        #expect(person.aliases.contains(alias))
        #expect(!r.entities.contains { $0.name == alias })
    }

    @Test(arguments: [
        ("The House Select Committee on the Velkor Party criticised the sale.", "House Select Committee on the Velkor Party"),
        ("The Senate Committee on Banking held a hearing on Tuesday.", "Senate Committee on Banking"),
    ])
    func aCommitteeKeepsItsRemit(text: String, name: String) throws {
        #expect(try extract(text, language: "en").entity(name)?.type == .organization)
    }

    @Test func aNameAfterOnIsNoRemitOfAFirm() throws {
        let r = try extract("Velkor Systems on Monday opened a plant in Ohio.", language: "en")
        #expect(r.entity("Velkor Systems")?.type == .company)
    }

    @Test(arguments: [
        "La CNIL a infligé une amende à Velkor pour manquement.",
        "Le tribunal a placé Velkor en redressement judiciaire.",
    ])
    func aFirmFinedOrInAdministrationIsNoPlace(text: String) throws {
        #expect(try extract(text, language: "fr").entity("Velkor")?.type == .company)
    }

    @Test func aCamelCasedKnownFirmIsRead() throws {
        let r = try extract("The supercomputer was built by xAI in Memphis.", language: "en")
        let firm = try #require(r.entity("xAI"))
        #expect(firm.type == .company)
        #expect(firm.mentions.contains { $0.evidence.extractor == "lexicon:known-names" })
    }

    @Test(arguments: [
        ("The Vela 2 chip, made by Dorvan Semi, will ship next year.", "en"),
        ("La puce Vela 2, conçue par Dorvan Semi, sera commercialisée l'an prochain.", "fr"),
    ])
    func aNameWithAVersionNumberBeforeAProductNounIsAProduct(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity("Vela 2")?.type == .product)
        #expect(r.has("Dorvan Semi", .supplies, "Vela 2"))
    }

    @Test func aNumberedFirmBeforeAProductNounStaysAFirm() throws {
        let r = try extract("Shares of Velkor Holdings 2 chips rose.", language: "en")
        let firm = try #require(r.entities.first { $0.name.hasPrefix("Velkor") })
        #expect(firm.type == .company)
    }

    @Test(arguments: [
        ("Xavier Dorel, fondateur de Velkor, investit 20 millions d'euros dans Dorvan.", "fr"),
        ("Xavier Dorel, the founder of Velkor, invested $20 million in Dorvan Semi.", "en"),
    ])
    func theClauseAfterAnAppositionIsItsHeads(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let target = language == "fr" ? "Dorvan" : "Dorvan Semi"
        #expect(r.has("Xavier Dorel", .investsIn, target))
        #expect(!r.has("Velkor", .investsIn, target))
        #expect(r.has("Xavier Dorel", .founded, "Velkor"))
    }

    @Test func aParticipleAfterTheAppositionStillDescribesItsComplement() throws {
        let r = try extract("« Nous grandissons », explique Marie Dorel, présidente de Velkor Minage, basée à Lyon.", language: "fr")
        #expect(r.has("Velkor Minage", .locatedIn, "Lyon"))
    }

    @Test(arguments: [
        ("Le PDG de Montalis Claire Berthon a annoncé un plan d'économies.", "Montalis", "Claire Berthon"),
        ("Le directeur général de Velkor Systems Jean Martin a démissionné.", "Velkor Systems", "Jean Martin"),
    ])
    func aHolderNamedRightAfterTheFirmIsSplitOff(text: String, firm: String, person: String) throws {
        let r = try extract(text, language: "fr")
        #expect(r.entity(firm)?.type == .company)
        #expect(r.entity(person)?.type == .person)
        #expect(r.has(person, .worksFor, firm))
    }

    @Test func aFirmNameWithoutAFirstNameIsNotSplit() throws {
        let r = try extract("Le président de Banque Populaire Rives a parlé.", language: "fr")
        #expect(r.entity("Banque Populaire Rives") != nil)
        #expect(!r.entities.contains { $0.type == .person })
    }
}
