import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions read from probes on invented wire sentences (session 6): asset freezes stated by a noun or
/// a verb, measures lifted or eased by the body that holds them, a sector or a country's goods as the
/// aim, appositions that describe a target without being one, a noun phrase cut before the next
/// predicate, passive and appositive listings. Invented names only.
@Suite struct SanctionsProbesSession6Tests {
    private func measure(_ r: DocumentExtraction) throws -> String {
        try #require(r.entities.first { $0.type == .sanction }).name
    }

    /// Whether `name` is the subject of any relation with one of `predicates`.
    private func isSubject(_ r: DocumentExtraction, _ name: String, of predicates: [DossierModel.Predicate]) -> Bool {
        r.relations.contains { predicates.contains($0.predicate) && r.entities[$0.subject].name == name }
    }

    @Test func assetFreezesAndTravelBansDesignateTheirTargets() throws {
        let r = try extract("Britain's Foreign Office announced asset freezes and travel bans on five Russian businessmen, including Pavel Semirov and Oleg Tvardin.", language: "en")
        let m = try measure(r)
        #expect(m.contains("travel bans"))
        #expect(r.has("Pavel Semirov", .subjectTo, m))
        #expect(r.has("Pavel Semirov", .sanctionedBy, "Foreign Office"))
        #expect(r.has("Russia", .subjectTo, m))
    }

    @Test(arguments: [
        ("L'OFAC a gelé les avoirs de Tarsk Or, un producteur d'or.", "fr", "Tarsk Or"),
        ("OFAC froze the assets of Tarsk Mining on Tuesday.", "en", "Tarsk Mining"),
    ])
    func aBodyThatFreezesAssetsDesignatesTheirOwner(text: String, language: String, target: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(m.contains("gel des avoirs") || m.contains("asset freeze"))
        #expect(r.has(target, .subjectTo, m))
        #expect(r.has(target, .sanctionedBy, "OFAC"))
    }

    @Test func aFreezeThatANamedDesignationCausesIsNoNewMeasure() throws {
        let r = try extract("Velkor Swap was blacklisted by the U.S. Treasury in August. The designation by the Office of Foreign Assets Control froze its U.S. assets.", language: "en")
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("asset freeze") })
    }

    @Test func underEUSanctionsIsANounNotTheVerb() throws {
        let r = try extract("Zeltra Bank, already under EU sanctions, was cut off from SWIFT on Monday.", language: "en")
        #expect(r.has("Zeltra Bank", .subjectTo, "EU sanctions"))
        #expect(!isSubject(r, "SWIFT", of: [.subjectTo]))
    }

    @Test(arguments: [
        "The EU sanctions Marvik Trading and Orel Shipping over their role in the war.",
        "Reuters said the EU sanctions Marvik Trading and Orel Shipping over the war.",
    ])
    func theBodyThatSanctionsFirmsIsReadAsAVerb(text: String) throws {
        let r = try extract(text, language: "en")
        #expect(r.entities.filter { $0.type == .sanction }.count == 1)
        #expect(r.has("Orel Shipping", .sanctionedBy, "EU"))
    }

    @Test(arguments: [
        ("The EU Council imposed sanctions on Irakli Sorvani, the owner of Gravis Trading, over drones.", "en", "Irakli Sorvani", "Gravis Trading"),
        ("Le Conseil de l'Union européenne a sanctionné Irakli Sorvani, propriétaire de Gravis Trading, pour son rôle.", "fr", "Irakli Sorvani", "Gravis Trading"),
        ("The U.K. government sanctioned Marlow Ventures, the investment vehicle of oligarch Gennady Kolbin.", "en", "Marlow Ventures", "Gennady Kolbin"),
    ])
    func aNameInsideATargetsDescriptionIsNoTarget(text: String, language: String, target: String, described: String) throws {
        let r = try extract(text, language: language)
        #expect(isSubject(r, target, of: [.subjectTo]))
        #expect(!isSubject(r, described, of: [.subjectTo, .sanctionedBy]))
    }

    @Test(arguments: [
        ("L'OFAC a sanctionné Belvar Capital et son fondateur Anatoly Gresh.", "fr"),
        ("OFAC sanctioned Belvar Capital and its founder, Anatoly Gresh, for laundering funds.", "en"),
    ])
    func aFirmAndItsFounderAreBothDesignated(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has("Belvar Capital", .subjectTo, m))
        #expect(r.has("Anatoly Gresh", .subjectTo, m))
        #expect(m.contains("Anatoly Gresh"))
    }

    @Test(arguments: [
        ("Kestrel Mining is subject to U.S. sanctions and cannot access dollar clearing.", "en", "U.S. sanctions"),
        ("La société Kestrel Mines fait l'objet de sanctions américaines et n'a plus accès au dollar.", "fr", "sanctions américaines"),
    ])
    func theMeasureStopsBeforeTheNextPredicate(text: String, language: String, name: String) throws {
        let r = try extract(text, language: language)
        #expect(try measure(r) == name)
    }

    @Test func theBodyThatLiftsSanctionsImposedThem() throws {
        let r = try extract("The U.S. Treasury lifted sanctions on Dravenko Aluminium on Wednesday.", language: "en")
        let m = try measure(r)
        #expect(r.has(m, .imposedBy, "U.S. Treasury"))
        #expect(r.has("Dravenko Aluminium", .sanctionedBy, "U.S. Treasury"))
    }

    @Test(arguments: [
        ("Les États-Unis ont assoupli les sanctions visant le secteur pétrolier vénézuélien.", "fr", "Venezuela"),
        ("Les États-Unis ont imposé de nouvelles sanctions au secteur financier russe.", "fr", "Russie"),
        ("The European Commission proposed a ban on imports of Russian liquefied natural gas.", "en", "Russia"),
        ("The Council imposed sanctions on the Russian energy sector on Friday.", "en", "Russia"),
    ])
    func aCountrysSectorOrGoodsMakeItTheTarget(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(country, .subjectTo, try measure(r)))
    }

    @Test func theImposersOwnGoodsDoNotMakeItATarget() throws {
        let r = try extract("The European Union imposed a ban on exports of American chips to Belarus.", language: "en")
        let m = try measure(r)
        #expect(r.has("Belarus", .subjectTo, m))
        #expect(!r.has("United States", .subjectTo, m))
    }

    @Test(arguments: [
        ("Orlakov Holdings, which was sanctioned by the United States in 2022, said on Friday it had sold the plant.", "en", "Orlakov Holdings"),
        ("Verlan Industries a été placée sous sanctions par le Royaume-Uni le mois dernier.", "fr", "Verlan Industries"),
        ("Lunor Technologies, inscrite sur la liste noire américaine depuis 2020, affirme que les règles auront peu d'effet.", "fr", "Lunor Technologies"),
    ])
    func aPassiveOrAppositiveListingMakesATarget(text: String, language: String, target: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(target, .subjectTo, try measure(r)))
    }

    @Test func aPassiveListingKeepsTheSubjectNotTheRelativeClausesFirm() throws {
        let r = try extract("Volkin, who co-founded Yarvex in 1997, had been placed under European Union sanctions after the invasion.", language: "en")
        #expect(!isSubject(r, "Yarvex", of: [.subjectTo]))
    }

    @Test func thisPackageCarriesItsTargets() throws {
        let r = try extract("L'UE a adopté un quatorzième paquet de sanctions. Ce paquet vise notamment Belomor Shipping et Stravel Energy.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Belomor Shipping", .subjectTo, m))
        #expect(r.has("Stravel Energy", .subjectTo, m))
    }

    @Test(arguments: [
        ("The State Department sanctioned Korvex Group's chief executive, Ivan Petrash.", "en"),
        ("Le département d'État a sanctionné le directeur général de Korvex Group, Ivan Petrash.", "fr"),
    ])
    func theFirmThatNamesAPersonsPostIsNoTarget(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Ivan Petrash", .subjectTo, try measure(r)))
        #expect(!isSubject(r, "Korvex Group", of: [.subjectTo, .sanctionedBy]))
    }

    @Test(arguments: [
        ("The sanctions, announced by the State Department on Tuesday, target Ravel Energy and its subsidiary Ravel Trading.", "en", "Ravel Trading"),
        ("Les sanctions, annoncées mardi par le département d'État, visent Ravel Energie et sa filiale Ravel Négoce.", "fr", "Ravel Négoce"),
    ])
    func aMeasureAnnouncedInAnAppositionTargetsTheFirmsAfterItsVerb(text: String, language: String, subsidiary: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(subsidiary, .subjectTo, m))
        #expect(r.relations.contains { $0.predicate == .imposedBy && r.entities[$0.subject].name == m })
    }

    @Test func theYearOfAMeasureIsNotInItsName() throws {
        let r = try extract("Marvel Tanker Co. was hit with U.S. sanctions in 2022 for shipping Iranian oil.", language: "en")
        #expect(try measure(r) == "U.S. sanctions")
    }

    @Test func aYearBeforeTheTargetStaysInThePhrase() throws {
        let r = try extract("The EU imposed sanctions in 2022 on Dorvel Shipping.", language: "en")
        #expect(r.has("Dorvel Shipping", .subjectTo, try measure(r)))
    }

    @Test(arguments: [
        ("China banned exports of rare-earth processing technology on Thursday.", "en", "ban on exports of rare-earth processing technology"),
        ("La Chine a interdit l'exportation des technologies de traitement des terres rares.", "fr", "interdiction de l'exportation des technologies de traitement des terres rares"),
    ])
    func aBanByVerbIsNamedWithoutItsDayAndWithItsArticle(text: String, language: String, name: String) throws {
        #expect(try measure(extract(text, language: language)) == name)
    }

    @Test func theTitleClosingTheMeasureIsThePersonAfterItsComma() throws {
        let r = try extract("Le Trésor américain a imposé jeudi des sanctions contre la société Korvane Maritime et son directeur général, Dmitri Lavrenko, accusés de fraude.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Dmitri Lavrenko", .subjectTo, m))
        #expect(r.has("Dmitri Lavrenko", .sanctionedBy, "Trésor américain"))
    }

    @Test func aPersonAfterACommaWithoutACoordinatedTitleIsNoTarget() throws {
        let r = try extract("Le Trésor américain a imposé des sanctions contre la société Korvane Maritime, Dmitri Lavrenko a réagi.", language: "fr")
        #expect(!isSubject(r, "Dmitri Lavrenko", of: [.subjectTo]))
    }

    @Test func anAppositionBetweenTwoTargetsIsSkipped() throws {
        let r = try extract("Le Trésor a désigné Sorkin Capital, un fonds basé à Dubaï, ainsi que son directeur Youri Malkov.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Sorkin Capital", .subjectTo, m))
        #expect(r.has("Youri Malkov", .subjectTo, m))
    }

    @Test(arguments: [
        ("L'UE a décrété un embargo sur le pétrole russe.", "fr", "Russie"),
        ("The EU's new package includes a ban on Russian diamonds.", "en", "Russia"),
    ])
    func aBanOnACountrysGoodsAimsAtTheCountry(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let ban = try #require(r.entities.first { $0.type == .sanction && ($0.name.contains("ban") || $0.name.contains("embargo")) })
        #expect(r.has(country, .subjectTo, ban.name))
    }

    @Test func aBodyThatRemovesSanctionsHadDesignatedTheTarget() throws {
        let r = try extract("The U.S. government removed sanctions on Norvik Bank after a review.", language: "en")
        #expect(r.has("Norvik Bank", .sanctionedBy, "U.S. government"))
    }
}
