import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions, session 7, read from probes on invented wire sentences: delistings name a target the body had
/// listed; a possessive listing (`its designation by`, `son inscription sur la liste`) names its owner; a measure
/// that is the subject of a ban or restriction verb is the measure the verb describes (no second one), aimed at the
/// destination and at the maker whose goods are barred; `one of the companies blacklisted by …`; a place where a
/// targeted network is based is not the measure's aim. Invented names only.
@Suite struct SanctionsSession7Tests {
    private func sanctions(_ r: DocumentExtraction) -> [String] {
        r.entities.filter { $0.type == .sanction }.map(\.name)
    }

    private func measure(_ r: DocumentExtraction) throws -> String {
        try #require(r.entities.first { $0.type == .sanction }).name
    }

    @Test(arguments: [
        ("The U.S. Treasury removed Selvin Shipping from its Specially Designated Nationals list on Thursday.", "en", "Selvin Shipping", "U.S. Treasury"),
        ("The Treasury delisted Orvane Bank after it changed owners.", "en", "Orvane Bank", "The Treasury"),
        ("Le Trésor américain a retiré la société Selvin Transport de sa liste de sanctions.", "fr", "Selvin Transport", "Trésor américain"),
    ])
    func aDelistedTargetWasSanctionedByTheBodyThatRemovesIt(text: String, language: String, target: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(target, .subjectTo, try measure(r)))
        #expect(r.has(target, .sanctionedBy, body))
    }

    @Test func aDelistingFromAFrontedListKeepsTheListNameShort() throws {
        let r = try extract("Bruxelles a retiré de sa liste noire l'homme d'affaires Pavel Tarkin.", language: "fr")
        #expect(r.has("Pavel Tarkin", .subjectTo, try measure(r)))
        #expect(!sanctions(r).contains { $0.contains("homme d'affaires") })
    }

    @Test func aFirmRemovedFromAnOrdinaryListIsNoTarget() throws {
        let r = try extract("The index provider removed Selvin Shipping from its list of top performers.", language: "en")
        #expect(sanctions(r).isEmpty)
    }

    @Test(arguments: [
        ("Kestral Bank said it would appeal against its designation by the European Union.", "en", "Kestral Bank"),
        ("Kestral Banque a annoncé qu'elle contestait son inscription sur la liste des sanctions de l'UE.", "fr", "Kestral Banque"),
    ])
    func aPossessiveListingNamesItsOwner(text: String, language: String, owner: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(owner, .subjectTo, try measure(r)))
    }

    @Test func aBodysOwnListIsNotAFirmsListing() throws {
        let r = try extract("Kestral Bank said the European Union would publish its designation list on Monday.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Kestral Bank" })
    }

    @Test(arguments: [
        ("The new export-control rules, announced by the Commerce Department's Bureau of Industry and Security, restrict sales of advanced AI chips to China.", "en", "China"),
        ("Les nouvelles règles d'exportation du département du Commerce restreignent les ventes de puces d'IA à la Chine.", "fr", "Chine"),
    ])
    func aMeasureThatRestrictsTradeIsAimedAtTheDestination(text: String, language: String, country: String) throws {
        let r = try extract(text, language: language)
        let all = sanctions(r)
        #expect(all.count == 1)
        #expect(r.has(country, .subjectTo, try measure(r)))
    }

    @Test func anInfinitiveRestrictIsNoMeasure() throws {
        let r = try extract("The plan is the latest effort by the Morvel administration to restrict the ability of Chinese firms to reach US technology.", language: "en")
        #expect(sanctions(r).isEmpty)
    }

    @Test(arguments: [
        ("The Netherlands restricted exports of Lithar's most advanced lithography machines to China.", "en", "Lithar", "China"),
        ("Les Pays-Bas ont restreint les exportations des machines de lithographie de Lithar vers la Chine.", "fr", "Lithar", "Chine"),
    ])
    func theMakerOfRestrictedGoodsIsSubjectToTheRestriction(text: String, language: String, maker: String, country: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(maker, .subjectTo, m))
        #expect(r.has(country, .subjectTo, m))
    }

    @Test func aPackageThatBansAndListsCarriesBoth() throws {
        let r = try extract("The EU's 14th sanctions package, adopted on Monday, bans transshipment of Russian LNG and lists Arkhen Logistics.", language: "en")
        #expect(sanctions(r).count == 1)
        let m = try measure(r)
        #expect(r.has("Russia", .subjectTo, m))
        #expect(r.has("Arkhen Logistics", .subjectTo, m))
        #expect(r.has("Arkhen Logistics", .sanctionedBy, "EU"))
    }

    @Test(arguments: [
        ("Brightfen Microsystems, one of the companies blacklisted by Washington last year, said it would expand in Shenzhen.", "en", "Brightfen Microsystems"),
        ("Brightfen Micro, l'une des sociétés sanctionnées par Washington l'an dernier, va s'étendre à Shenzhen.", "fr", "Brightfen Micro"),
    ])
    func aMemberOfASanctionedGroupIsATarget(text: String, language: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .subjectTo, try measure(r)))
    }

    @Test func aMemberOfAGroupThatIsNotSanctionedIsNoTarget() throws {
        let r = try extract("Brightfen Microsystems, one of the companies founded by Lin Varo, said it would expand in Shenzhen.", language: "en")
        #expect(sanctions(r).isEmpty)
    }

    @Test(arguments: [
        ("The Treasury Department imposed sanctions on a China-based network of five companies that supplied drone parts to Iran.", "en", "China"),
        ("Le Trésor a imposé des sanctions à un réseau basé en Chine qui fournissait des pièces de drones à l'Iran.", "fr", "Chine"),
    ])
    func whereATargetIsBasedIsNotTheAim(text: String, language: String, base: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.has(base, .subjectTo, try measure(r)))
    }

    @Test func aCountryNamedAsTheAimStaysTheAimBesideABasedTarget() throws {
        let r = try extract("The Treasury Department imposed sanctions on Iran and on a Hong Kong-based trader that shipped its oil.", language: "en")
        let m = try measure(r)
        #expect(r.has("Iran", .subjectTo, m))
        #expect(!r.has("Hong Kong", .subjectTo, m))
    }

    @Test(arguments: [
        ("The Office of Foreign Assets Control designated Marlen Oil Trading, Sorvik Maritime and their owner, Andrei Kulikov, for shipping oil.", "en", "Sorvik Maritime", "Andrei Kulikov"),
        ("Londres a gelé les avoirs de l'oligarque Anatoli Verchine et de sa société Dovran Holdings.", "fr", "Anatoli Verchine", "Dovran Holdings"),
    ])
    func aCoordinatedTitleOrRepeatedPrepositionAddsATarget(text: String, language: String, first: String, second: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(first, .subjectTo, m))
        #expect(r.has(second, .subjectTo, m))
    }

    @Test func theMembersOfACountedGroupNamedAfterTheListAreDesignated() throws {
        let r = try extract("The EU on Friday added 61 entities to its list of companies supporting Russia's military, including three Chinese firms: Qintai Electronics, Huaxin Parts and Lumo Trade.", language: "en")
        let m = try measure(r)
        for firm in ["Qintai Electronics", "Huaxin Parts", "Lumo Trade"] {
            #expect(r.has(firm, .subjectTo, m))
            #expect(r.has(firm, .sanctionedBy, "EU"))
        }
    }

    @Test func firmsThatMustObtainLicencesAreSubjectToThem() throws {
        let r = try extract("Chipmakers such as Nvidia and AMD must obtain licences to ship their most advanced processors to China under the rules.", language: "en")
        let m = try measure(r)
        #expect(r.has("AMD", .subjectTo, m))
        #expect(r.has("China", .subjectTo, m))
    }

    @Test func sanctionsAnnouncedByAPersonOnAGroupAimAtItsCountry() throws {
        let r = try extract("Canadian Foreign Minister Anne Delorme announced sanctions against 14 Russian individuals.", language: "en")
        #expect(r.has("Russia", .subjectTo, try measure(r)))
    }

    @Test(arguments: [
        ("Sorvik Maritime denied wrongdoing after being sanctioned by the U.S. Treasury.", "en", "Sorvik Maritime"),
        ("Kerch Logistics, a sanctioned Russian shipping company, bought two tankers.", "en", "Kerch Logistics"),
    ])
    func aFirmCalledSanctionedBySubjectOrAppositionIsATarget(text: String, language: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(firm, .subjectTo, try measure(r)))
    }

    @Test func aFirmNamedBeforeAnUnrelatedParticipleIsNoTarget() throws {
        let r = try extract("Kerch Logistics, a shipping company owned by Ivan Darov, bought two tankers.", language: "en")
        #expect(sanctions(r).isEmpty)
    }

    @Test func whereFrozenAssetsLieIsNoTarget() throws {
        let r = try extract("Le Trésor a annoncé un gel des avoirs de Sorvik Maritime aux États-Unis.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Sorvik Maritime", .subjectTo, m))
        #expect(!r.has("États-Unis", .subjectTo, m))
    }

    @Test func aFrontedPossessiveListingNamesTheSubjectAfterTheComma() throws {
        let r = try extract("Après son inscription sur l'Entity List en 2020, Qintai Electronics a perdu l'accès aux puces américaines.", language: "fr")
        #expect(r.has("Qintai Electronics", .subjectTo, try measure(r)))
    }

    @Test func aNumberedPackageIsAMeasureOnItsOwn() throws {
        let r = try extract("Les Vingt-Sept ont adopté un 15e paquet de sanctions visant la flotte fantôme.", language: "fr")
        #expect(sanctions(r).contains { $0.contains("15e paquet de sanctions") })
    }

    @Test func anObjectPronounAfterTheTargetEndsTheMeasure() throws {
        let r = try extract("Le ministre a déclaré que les sanctions contre Velkor Exchange la couperaient du système financier.", language: "fr")
        #expect(try measure(r) == "sanctions contre Velkor Exchange")
    }

    @Test(arguments: [
        ("Britain's Office of Financial Sanctions Implementation said the assets of Dovran Holdings had been frozen.", "en"),
        ("Les avoirs de la société Dovran Holdings ont été gelés par le Royaume-Uni.", "fr"),
    ])
    func aPassiveAssetFreezeTargetsTheOwner(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Dovran Holdings", .subjectTo, try measure(r)))
    }

    @Test func frozenTalksAreNoFreeze() throws {
        let r = try extract("Talks on the sale of Dovran Holdings had been frozen since March.", language: "en")
        #expect(sanctions(r).isEmpty)
    }

    @Test func aFrenchDesignatedAppositionIsATarget() throws {
        let r = try extract("Tarvik Shipping, désignée par l'OFAC en mai, a rebaptisé ses pétroliers.", language: "fr")
        #expect(r.has("Tarvik Shipping", .sanctionedBy, "OFAC"))
    }

    @Test func aFrontedClauseReachesANameAfterALowerCaseDescriptor() throws {
        let r = try extract("Frappée par les sanctions occidentales, la compagnie aérienne Avia Sever a réduit ses vols.", language: "fr")
        #expect(r.has("Avia Sever", .subjectTo, try measure(r)))
    }
}
