import DossierModel
import Testing
@testable import DossierExtract

/// Sanctions, session 9: who stands near a measure without being its target or imposer. A court that rules on
/// sanctions, a body that criticises them and a firm that could face them are read out; a designation's `the company`
/// is the firm named last; relative clauses and short dates before the agent; a delisting in the passive; how long a
/// measure runs is not its name. Invented names only.
@Suite struct SanctionsSession9Tests {
    private func measure(_ r: DocumentExtraction) throws -> String {
        try #require(r.entities.first { $0.type == .sanction }).name
    }

    private func imposers(_ r: DocumentExtraction) -> [String] {
        r.relations.filter { $0.predicate == .imposedBy }.compactMap { rel in
            if case .entity(let o) = rel.object { return r.entities[o].name } else { return nil }
        }
    }

    @Test(arguments: [
        ("La Cour de justice de l'Union européenne a annulé les sanctions contre l'homme d'affaires Oleg Rastin.", "fr", "Oleg Rastin"),
        ("The General Court annulled the sanctions against businessman Oleg Rastin.", "en", "Oleg Rastin"),
    ])
    func aCourtThatRulesOnSanctionsDoesNotImposeThem(text: String, language: String, target: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(target, .subjectTo, try measure(r)))
        #expect(!imposers(r).contains { $0.contains("Cour") || $0.contains("Court") }, "\(imposers(r))")
        #expect(!r.relations.contains { $0.predicate == .sanctionedBy })
    }

    @Test func theBodyWhoseSanctionsTheCourtUpholdsImposesThem() throws {
        let r = try extract("The General Court upheld the Council's sanctions against Vessko Bank.", language: "en")
        let m = try measure(r)
        #expect(r.has(m, .imposedBy, "the Council"))
        #expect(r.has("Vessko Bank", .sanctionedBy, "the Council"))
    }

    @Test(arguments: [
        ("The European Banking Federation criticised the sanctions against Russia, saying they hurt lenders.", "en"),
        ("La Fédération bancaire européenne a critiqué les sanctions contre la Russie.", "fr"),
    ])
    func aBodyThatCriticisesSanctionsDoesNotImposeThem(text: String, language: String) throws {
        let r = try extract(text, language: language)
        _ = try measure(r)
        #expect(imposers(r).isEmpty, "\(imposers(r))")
    }

    @Test(arguments: [
        ("Le Conseil de l'UE a adopté des sanctions contre Dravik Acier et son propriétaire, Piotr Zavin.", "fr", "Conseil de l'UE"),
        ("The Council of the EU adopted sanctions against Dravik Steel and its owner, Piotr Zavin.", "en", "Council of the EU"),
    ])
    func aBodyThatAdoptsSanctionsImposesThem(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has(try measure(r), .imposedBy, body))
        #expect(r.has("Piotr Zavin", .sanctionedBy, body))
    }

    @Test(arguments: [
        ("Mirovan Logistics could face U.S. sanctions if it keeps shipping Iranian oil, a Treasury official said.", "en", "Mirovan Logistics"),
        ("La société Mirovan Logistique pourrait faire l'objet de sanctions américaines si elle continue de transporter du pétrole iranien.", "fr", "Mirovan Logistique"),
        ("Selon les analystes, les constructeurs comme Stellgard Automobiles sont exposés aux sanctions contre la Russie.", "fr", "Stellgard Automobiles"),
    ])
    func aFirmThatCouldFaceSanctionsIsNotTheirTarget(text: String, language: String, firm: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.entity(firm) != nil)
        #expect(!r.has(firm, .subjectTo, m))
        #expect(!m.hasSuffix(" if") && !m.hasSuffix(" si"), "\(m)")
    }

    @Test func theFirmWhoseDealingsThreatenOthersStaysTheTarget() throws {
        let r = try extract("Les entreprises qui commercent avec Ostrava Capital s'exposent à des sanctions secondaires, a averti le Trésor.", language: "fr")
        #expect(r.has("Ostrava Capital", .subjectTo, try measure(r)))
    }

    @Test(arguments: [
        ("Osterby Bank froze the assets of Dovrin Holdings after the Treasury designated the company on Monday.", "en"),
        ("La banque Osterby a gelé les avoirs de Dovrin Holdings après que le Trésor américain a désigné la société lundi.", "fr"),
    ])
    func theCompanyADesignationNamesIsTheFirmNamedLast(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has("Dovrin Holdings", .subjectTo, m))
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) && r.entities[$0.subject].name.contains("Osterby") })
    }

    @Test(arguments: [
        ("Kelmar Shipping cut ties with Sorvek Trading, which the Office of Foreign Assets Control sanctioned last week.", "en", "Office of Foreign Assets Control"),
        ("Customers of Halden Chips include Rovan Systems, which the Commerce Department placed on the Entity List in 2022.", "en", "Commerce Department"),
    ])
    func aRelativeClauseWithAnArticleNamesTheImposer(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        let target = text.contains("Sorvek") ? "Sorvek Trading" : "Rovan Systems"
        #expect(r.has(target, .sanctionedBy, body))
        #expect(!r.has(text.contains("Sorvek") ? "Kelmar Shipping" : "Halden Chips", .subjectTo, try measure(r)))
    }

    @Test func aShortDateMayStandBeforeTheAgent() throws {
        let r = try extract("Kelmar Maritime a rompu ses liens avec Sorvek Trading, sanctionnée la semaine dernière par l'OFAC.", language: "fr")
        #expect(r.has("Sorvek Trading", .sanctionedBy, "OFAC"))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name.contains("Kelmar") })
    }

    @Test func aSpeakerAfterTheTargetIsNoTarget() throws {
        let r = try extract("Le groupe Trelvik Énergie a salué les sanctions de l'Union européenne contre Moscou, selon son PDG Marc Dunmore.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Moscou", .subjectTo, m))
        #expect(r.entity("Marc Dunmore") != nil)
        #expect(!r.has("Marc Dunmore", .subjectTo, m))
    }

    @Test func aProgrammeAfterUnderIsNotATarget() throws {
        let r = try extract("The Treasury designated Marlo Petrochem, a Hong Kong-based trader, under Executive Order 13846 for buying Iranian oil.", language: "en")
        #expect(r.has("Marlo Petrochem", .sanctionedBy, "The Treasury"))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name.contains("Order") })
    }

    @Test(arguments: [
        ("Selvin Shipping was removed from the Treasury's sanctions list in March.", "en", "the Treasury"),
        ("Selvin Shipping a été retirée de la liste des sanctions du Trésor en mars.", "fr", "Trésor"),
    ])
    func aPassiveDelistingNamesTheBodyThatHadListed(text: String, language: String, body: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has("Selvin Shipping", .subjectTo, m))
        #expect(r.has("Selvin Shipping", .sanctionedBy, body))
        #expect(!m.contains("March") && !m.contains("mars"), "\(m)")
    }

    @Test func aFirmRemovedFromAnotherListIsNoTarget() throws {
        let r = try extract("Selvin Shipping was removed from the index provider's list of top performers in March.", language: "en")
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) })
    }

    @Test(arguments: [
        ("The Treasury Department on Thursday renewed sanctions against Dravik Steel for another year.", "en", "another year"),
        ("Le Trésor américain a renouvelé jeudi les sanctions contre Dravik Acier pour un an.", "fr", "un an"),
        ("The EU extended its sanctions against Russia by six months on Monday.", "en", "six months"),
    ])
    func howLongAMeasureRunsIsNotItsName(text: String, language: String, duration: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(!m.contains(duration), "\(m)")
        #expect(!imposers(r).isEmpty)
    }

    @Test(arguments: [
        ("Kestral Bank may face sanctions from the Office of Foreign Assets Control over its dealings with Iran.", "en", "Iran"),
        ("La banque Kestral pourrait être visée par des sanctions de l'OFAC en raison de ses liens avec l'Iran.", "fr", "Iran"),
    ])
    func theReasonForAMeasureIsNotItsAim(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.entity(place) != nil)
        #expect(!r.has(place, .subjectTo, m))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name.contains("Kestral") })
    }

    @Test func theSanctionsAVerbInTheImperfectTargets() throws {
        let r = try extract("Le porte-parole du Trésor, Laura Quint, a déclaré que les sanctions visaient Sorvek Trading.", language: "fr")
        let m = try measure(r)
        #expect(r.has("Sorvek Trading", .subjectTo, m))
        #expect(!m.contains("visaient"), "\(m)")
        #expect(!r.has("Laura Quint", .subjectTo, m))
    }

    @Test(arguments: [
        ("European carmakers such as Stellgard Motors have been hit hard by the sanctions against Russia.", "en", "Stellgard Motors", "Russia"),
        ("Les constructeurs européens comme Stellgard Automobiles ont été durement touchés par les sanctions contre la Russie.", "fr", "Stellgard Automobiles", "Russie"),
    ])
    func aFirmHitByAMeasureAimedAtACountryIsNotItsTarget(text: String, language: String, firm: String, country: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(country, .subjectTo, m))
        #expect(r.entity(firm) != nil)
        #expect(!r.has(firm, .subjectTo, m))
    }

    @Test func aFirmHitByAMeasureWithNoOtherAimIsItsTarget() throws {
        let r = try extract("Kerch Logistics has been hit by U.S. sanctions since 2022.", language: "en")
        #expect(r.has("Kerch Logistics", .subjectTo, try measure(r)))
    }

    @Test(arguments: [
        ("The sanctions on Russia pushed Tarvik Mining to move its machines to Kazakhstan.", "en", "Tarvik Mining", "Kazakhstan"),
        ("Les sanctions contre la Russie ont poussé Tarvik Mining à déplacer ses machines au Kazakhstan.", "fr", "Tarvik Mining", "Kazakhstan"),
    ])
    func aVerbAfterTheTargetEndsTheMeasure(text: String, language: String, firm: String, place: String) throws {
        let r = try extract(text, language: language)
        let m = try measure(r)
        #expect(r.has(language == "fr" ? "Russie" : "Russia", .subjectTo, m))
        #expect(!m.contains(firm), "\(m)")
        #expect(r.entity(firm) != nil)
        #expect(!r.has(firm, .subjectTo, m))
        #expect(!r.has(place, .subjectTo, m))
    }

    @Test func aParticipleAfterTheTargetStaysInTheMeasure() throws {
        let r = try extract("Washington kept the sanctions on Nadoria imposed in 2019.", language: "en")
        let m = try measure(r)
        #expect(m.contains("imposed"), "\(m)")
        #expect(r.has("Nadoria", .subjectTo, m))
    }

    @Test func aFirmNamedAsNotTargetedIsNoTarget() throws {
        let r = try extract("The Treasury sanctioned Varno Exchange on Tuesday. The company denied any wrongdoing. Its rival Kelda Pay was not targeted.", language: "en")
        let m = try measure(r)
        #expect(r.has("Varno Exchange", .subjectTo, m))
        #expect(r.entity("Kelda Pay") != nil)
        #expect(!r.has("Kelda Pay", .subjectTo, m))
    }

    @Test func aFirmAlsoTargetedInTheNextSentenceIsATarget() throws {
        let r = try extract("The Treasury sanctioned Varno Exchange on Tuesday. Its rival Kelda Pay was also targeted.", language: "en")
        #expect(r.has("Kelda Pay", .subjectTo, try measure(r)))
    }

    @Test func goodsATargetMayNotBuyDoNotMakeTheirCountryAnAim() throws {
        let r = try extract("Washington has barred Qintar Semiconductor from buying American technology since 2020.", language: "en")
        let m = try measure(r)
        #expect(r.has("Qintar Semiconductor", .subjectTo, m))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].type == .location })
    }

    @Test func aBanOnAForeignCountrysGoodsAimsAtIt() throws {
        let r = try extract("Le Canada a interdit les importations de diamants russes.", language: "fr")
        #expect(r.has("Russie", .subjectTo, try measure(r)))
    }

    @Test(arguments: [
        ("La Réserve fédérale a infligé une amende de 40 millions de dollars à la banque Osterby pour des failles dans ses contrôles anti-blanchiment.", "fr"),
        ("Regulators said Osterby Bank must strengthen its anti-money-laundering controls after the Federal Reserve review.", "en"),
    ])
    func aFirmsOwnControlsAreNoMeasure(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(!r.entities.contains { $0.type == .sanction }, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }

    @Test func aFirmHitByAMeasureOnAnotherFirmIsNotItsTarget() throws {
        let r = try extract("The Treasury's sanctions on Varno Exchange also hit its payment partner Kelda Pay, analysts said.", language: "en")
        let m = try measure(r)
        #expect(r.has("Varno Exchange", .subjectTo, m))
        #expect(!m.contains("also"), "\(m)")
        #expect(r.entity("Kelda Pay") != nil)
        #expect(!r.has("Kelda Pay", .subjectTo, m))
    }

    @Test func theSanctionsAlsoTargetingAFirmMakeItATarget() throws {
        let r = try extract("The sanctions also target Kelda Pay, a payment firm registered in Cyprus.", language: "en")
        let m = try measure(r)
        #expect(r.has("Kelda Pay", .subjectTo, m))
        #expect(!m.contains("also"), "\(m)")
    }
}
