import DossierModel
import Testing
@testable import DossierExtract

/// Readings found failing on the second fresh real set (session 10), restated with invented names.
@Suite struct NameFinderSession10Tests {
    @Test func aFrenchElisionAfterACreditIsNoName() throws {
        let r = try extract("(Korvel Mag) – C’est le Premier ministre, Joris Maltret, qui a inauguré le datacenter de Dremora à Douala.", language: "fr")
        #expect(!r.entities.contains { $0.name.hasPrefix("C’") || $0.name.hasPrefix("C'") })
        #expect(r.entity("Joris Maltret")?.type == .person)
    }

    @Test(arguments: [
        ("La directrice générale d’Orange Cameroun, Joris Maltret, a inauguré le site.", "fr", "Orange Cameroun", "Cameroun"),
        ("MTN Nigeria a annoncé un investissement de 200 millions de dollars.", "fr", "MTN Nigeria", "Nigeria"),
        ("Digital Realty France exploite quatre data centers à Marseille.", "fr", "Digital Realty France", "France"),
    ])
    func aKnownFirmFollowedByACountryIsItsLocalArm(text: String, language: String, arm: String, country: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(arm)?.type == .company)
        #expect(r.has(arm, .locatedIn, country))
    }

    @Test func theLocalArmIsASubsidiaryOfTheParentNamedApart() throws {
        let r = try extract("Orange Cameroun a inauguré un datacenter à Douala. Le groupe Orange y a investi 20 millions d'euros.", language: "fr")
        #expect(r.has("Orange Cameroun", .subsidiaryOf, "Orange"))
    }

    @Test func aCountryThatOpensAPossessiveIsNoArm() throws {
        let r = try extract("Les ventes de Nvidia Taiwan's ont reculé.", language: "fr")
        #expect(r.entity("Nvidia Taiwan") == nil)
    }

    @Test func aWebDomainIntroducedAsAFirmIsNoOutlet() throws {
        let text = """
        Le groupe Varkon vend le prestataire IT Kelvo.ch pour 200 millions de francs.
        Le prestataire propose des services cloud (IaaS) et d’hébergement.
        Kelvo.ch a son siège à Lupfig et emploie 120 collaborateurs.
        """
        let r = try extract(text, language: "fr")
        #expect(r.has("Kelvo.ch", .locatedIn, "Lupfig"))
        #expect(!r.has("IaaS", .locatedIn, "Lupfig"))
    }
}

@Suite struct SitesSession10Tests {
    @Test(arguments: [
        ("Le supercalculateur Jean Zay est exploité par le CNRS à Orsay.", "fr", "Jean Zay"),
        ("Rio Tinto investit 110 millions de dollars dans l'usine AP60 de Saguenay.", "fr", "AP60"),
    ])
    func aPersonLikeOrModelNameOnlyWrittenAgainstASiteNounNamesTheSite(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains(name) })
        #expect(!r.entities.contains { [.person, .product].contains($0.type) && $0.name == name })
    }

    @Test func aPersonNamedElsewhereStaysAPerson() throws {
        let r = try extract("Jean Zay, le PDG de Dremora, a inauguré mardi le supercalculateur Jean Zay à Lyon.", language: "fr")
        #expect(r.entity("Jean Zay")?.type == .person)
    }
}

@Suite struct SanctionsSession10Tests {
    @Test func aQuotedNameCompletesTheMeasuresPhrase() throws {
        let r = try extract("Le gouvernement britannique a annoncé lundi des sanctions contre 30 navires supplémentaires de la « flotte fantôme » russe.", language: "fr")
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(names.contains { $0.contains("flotte fantôme") })
        #expect(!names.contains { $0.hasSuffix(" de la") || $0.hasSuffix(" de") })
    }

    @Test func aQuotationLeftOpenIsCutFromTheMeasuresName() throws {
        let r = try extract("China accused Britain after the UK announced new sanctions targeting “individuals and groups supporting and funding the war”.", language: "en")
        let names = r.entities.filter { $0.type == .sanction }.map(\.name)
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains("“") || $0.hasSuffix("targeting") })
    }

    @Test func aListVerbWithoutAListAddsToTheListTheStoryNamed() throws {
        let text = """
        The Bureau of Industry and Security said it would add 12 Chinese companies to its Entity List.
        Decisions on additions are made by the End-User Review Committee (ERC).
        The ERC also added Varkon Microelectronics and Kelvane Semiconductor, all located in China.
        It added Dremora Technology Co., Ltd. for its support of military programmes.
        """
        let r = try extract(text, language: "en")
        for target in ["Varkon Microelectronics", "Kelvane Semiconductor", "Dremora Technology Co., Ltd."] {
            #expect(r.has(target, .subjectTo, "Entity List"), "\(target)")
        }
        #expect(r.has("Varkon Microelectronics", .sanctionedBy, "End-User Review Committee"))
        #expect(r.has("Varkon Microelectronics", .sanctionedBy, "Bureau of Industry and Security"))
    }

    @Test func aFirmAddingSuppliersDesignatesNoOne() throws {
        let text = """
        The Bureau of Industry and Security added Varkon Microelectronics to its Entity List.
        Kelvane later added Dremora Technology and Brunvik Systems as suppliers.
        """
        let r = try extract(text, language: "en")
        #expect(r.has("Varkon Microelectronics", .subjectTo, "Entity List"))
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) && r.entities[$0.subject].name == "Dremora Technology" })
    }
}

@Suite struct SourcesSession10Tests {
    @Test(arguments: [
        ("Per the media outlet Korvel News, Dremora said the center will be used for cryptocurrency mining.", "en", "Dremora", "Korvel News"),
        ("L’annonce, reprise par l’agence Korvel, stipule que les parts de Dremora sont passées sous administration temporaire.", "fr", "Dremora", "Korvel"),
        ("Joris Maltret, le PDG de Dremora, a fait cette annonce dimanche sur la chaîne Korvel.", "fr", "Dremora", "Korvel"),
        ("L'ajout de la banque Dremora entraînerait le gel de ses actifs, a déclaré un fonctionnaire de l'UE à Reuters.", "fr", "Dremora", "Reuters"),
    ])
    func anOutletCitedByARelayOrSpeechCueReportsTheFirm(text: String, language: String, firm: String, outlet: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .reportedBy, outlet))
    }

    @Test func aFirmTakenOverIsNotAnOutlet() throws {
        let r = try extract("La société Dremora, reprise par Kelvane en 2020, a fermé son usine.", language: "fr")
        #expect(!r.relations.contains { $0.predicate == .reportedBy })
    }
}
