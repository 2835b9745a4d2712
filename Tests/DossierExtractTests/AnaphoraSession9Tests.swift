import DossierModel
import Testing
@testable import DossierExtract

/// Session 9: plural subjects and objects across the relation readings — `them` / `both` / `each of them`, French
/// clitics (`les a sanctionnées`, `leur fournit`, `les a revendues`), plural possessives (`their parent`,
/// `leur dirigeant`), coordinated subjects before a plural verb, and the lists that must NOT spread
/// (`neither X nor Y`, appositions, relative clauses, two lists). Invented actors only.
@Suite struct AnaphoraSession9Tests {
    private func isSanctioned(_ r: DocumentExtraction, _ name: String) -> Bool {
        r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == name }
    }

    @Test(arguments: [
        ("Kovrin Trading and Belmar Shipping are based in Dubai. The Treasury sanctioned them on Tuesday.", "en", "Dubai", "The Treasury"),
        ("Les sociétés Kovrin Trading et Belmar Shipping sont basées à Dubaï. Le Trésor américain les a sanctionnées mardi.", "fr", "Dubaï", "Trésor américain"),
    ])
    func aPluralObjectOfADesignationIsEveryFirmOfThePreviousList(text: String, language: String, place: String, body: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Kovrin Trading", "Belmar Shipping"] {
            #expect(r.has(firm, .locatedIn, place))
            #expect(r.has(firm, .sanctionedBy, body))
            #expect(isSanctioned(r, firm))
        }
    }

    @Test func aFrenchClitidDesignationReadsTheFirmOfThePreviousSentence() throws {
        let r = try extract("La société Kovrin Trading opère depuis Dubaï. Le Trésor américain l'a sanctionnée mardi.", language: "fr")
        #expect(r.has("Kovrin Trading", .sanctionedBy, "Trésor américain"))
    }

    @Test(arguments: [
        ("Corvex Mining and Talvo Hash operate mining sites in Quebec. Heliane Power supplies them with electricity.", "en"),
        ("Les sociétés Corvex Mining et Talvo Hash exploitent des sites au Canada. Le producteur Heliane Power leur fournit de l'électricité depuis 2021.", "fr"),
    ])
    func aSupplierOfThemSuppliesEveryMember(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Heliane Power", .supplies, "Corvex Mining"))
        #expect(r.has("Heliane Power", .supplies, "Talvo Hash"))
    }

    @Test(arguments: [
        ("Malvec Group bought Pelitra and Quorvane in 2022. It sold them to Orsane Capital in 2024.", "en"),
        ("Le groupe Malvec a racheté les sociétés Pelitra et Quorvane en 2022. Il les a revendues au fonds Orsane Capital en 2024.", "fr"),
    ])
    func firmsSoldAsThemChangeOwner(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Orsane Capital", .owns, "Pelitra"))
        #expect(r.has("Orsane Capital", .owns, "Quorvane"))
        // Selling firms is no supply of goods.
        #expect(!r.relations.contains { $0.predicate == .supplies && r.entities[$0.subject].name == "Malvec Group" })
    }

    @Test func productsSoldAsThemStayASupply() throws {
        let r = try extract("Tenrix makes the Axion 5 chip. It sold them to Norvane Cloud last year.", language: "en")
        #expect(!r.relations.contains { $0.evidence.extractor == "coref:pronoun-sold-to" })
    }

    @Test(arguments: [
        ("Orsane Capital and Malvec Group acquired Pelitra in 2022. They also bought Quorvane last year.", "en"),
        ("Le fonds Orsane Capital et le groupe Malvec ont racheté la société Pelitra en 2022. Ils ont racheté aussi la société Quorvane l'an dernier.", "fr"),
    ])
    func joinedBuyersBothOwnWhatTheyBuy(text: String, language: String) throws {
        let r = try extract(text, language: language)
        let malvec = language == "fr" ? "Malvec" : "Malvec Group"
        for firm in ["Pelitra", "Quorvane"] {
            #expect(r.has("Orsane Capital", .owns, firm))
            #expect(r.has(malvec, .owns, firm))
        }
    }

    @Test(arguments: [
        ("The Treasury designated Kovrin Trading and Belmar Shipping. Both are based in Dubai.", "en", "Dubai"),
        ("Le Trésor américain a sanctionné Kovrin Trading et Belmar Shipping. Toutes deux sont basées à Dubaï.", "fr", "Dubaï"),
        ("Malvec Group owns Kovrin Trading and Belmar Shipping. Both companies are based in Dubai.", "en", "Dubai"),
    ])
    func aBareBothOrBothCompaniesPlacesTheListedPair(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Kovrin Trading", .locatedIn, place))
        #expect(r.has("Belmar Shipping", .locatedIn, place))
        #expect(!r.has("Malvec Group", .locatedIn, place))
    }

    @Test func eachOfThemIsEveryMember() throws {
        let r = try extract("Kovrin Trading and Belmar Shipping helped Russia evade sanctions. Each of them was sanctioned by the Treasury on Tuesday.", language: "en")
        #expect(r.has("Kovrin Trading", .sanctionedBy, "the Treasury"))
        #expect(r.has("Belmar Shipping", .sanctionedBy, "the Treasury"))
    }

    @Test(arguments: [
        ("Kovrin Trading and Belmar Shipping were sanctioned on Tuesday. Their parent, Dorokhov Holdings, is based in Cyprus.", "en", DossierModel.Predicate.subsidiaryOf, "Dorokhov Holdings"),
        ("L'Union européenne a sanctionné les sociétés Kovrin Trading et Belmar Shipping, ainsi que leur dirigeant, Ivan Dorokhov.", "fr", .worksFor, "Ivan Dorokhov"),
    ])
    func aPluralPossessiveBelongsToEveryOwner(text: String, language: String, predicate: DossierModel.Predicate, other: String) throws {
        let r = try extract(text, language: language)
        for firm in ["Kovrin Trading", "Belmar Shipping"] {
            #expect(predicate == .worksFor ? r.has(other, predicate, firm) : r.has(firm, predicate, other))
        }
    }

    @Test func aSingularPossessiveAfterAListIsOneFirms() throws {
        let r = try extract("Kovrin Trading and Belmar Shipping were sanctioned on Tuesday. Its parent, Dorokhov Holdings, is based in Cyprus.", language: "en")
        #expect(r.has("Kovrin Trading", .subsidiaryOf, "Dorokhov Holdings"))
        #expect(!r.has("Belmar Shipping", .subsidiaryOf, "Dorokhov Holdings"))
    }

    @Test(arguments: [
        ("Heliane Power and Vaxmore Energy supply electricity to Corvex Mining.", "en", ["Heliane Power", "Vaxmore Energy"], "Corvex Mining"),
        ("Vaxmore Énergie et Delcourt Calcul ont signé un accord lundi. Elles fourniront de l'électricité à la société Ternis Data.", "fr", ["Vaxmore Énergie", "Delcourt Calcul"], "Ternis Data"),
    ])
    func everyMemberOfAPluralSubjectSupplies(text: String, language: String, suppliers: [String], customer: String) throws {
        let r = try extract(text, language: language)
        for s in suppliers { #expect(r.has(s, .supplies, customer)) }
    }

    @Test(arguments: [
        ("Kovrin Trading and Belmar Shipping are based in Dubai.", "en", "Dubai"),
        ("Kovrin Trading et Belmar Shipping, deux sociétés basées à Dubaï, ont été sanctionnées par Washington.", "fr", "Dubaï"),
    ])
    func aPluralBasedInPlacesEveryMember(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Kovrin Trading", .locatedIn, place))
        #expect(r.has("Belmar Shipping", .locatedIn, place))
    }

    @Test func aRelativeClauseAfterTheListIsOneMembers() throws {
        let r = try extract("Corvex Mining and Talvo Hash, which is based in Denver, signed a supply deal.", language: "en")
        #expect(r.has("Talvo Hash", .locatedIn, "Denver"))
        #expect(!r.has("Corvex Mining", .locatedIn, "Denver"))
    }

    @Test func anAppositionIsNoList() throws {
        let r = try extract("La société Orvane Énergie, filiale du fonds souverain Talmir Capital, étudie avec Brenor Power une centrale éolienne au Kazakhstan.", language: "fr")
        #expect(r.has("Orvane Énergie", .partnerOf, "Brenor Power"))
        #expect(!r.has("Talmir Capital", .partnerOf, "Brenor Power"))
    }

    @Test func themAfterTwoListsMeansNoOne() throws {
        let r = try extract("Malvec Group owns Pelitra and Quorvane, while Orsane Capital owns Dextra Labs and Lumen Grid. The Treasury sanctioned them on Tuesday.", language: "en")
        #expect(r.entity("Pelitra") != nil)
        for firm in ["Pelitra", "Quorvane", "Dextra Labs", "Lumen Grid"] { #expect(!isSanctioned(r, firm)) }
    }

    @Test func theCliticAgreementPicksTheFeminineFirm() throws {
        let r = try extract("Le groupe Dornach a fondé la société Lisara Data en 2018. Le fonds Ravel Partners l'a rachetée en 2023.", language: "fr")
        #expect(r.has("Ravel Partners", .owns, "Lisara Data"))
        #expect(!r.has("Ravel Partners", .owns, "Dornach"))
    }

    @Test(arguments: [
        ("Neither Norvane Cloud nor Pellis Labs was sanctioned by the Treasury, which did designate Dextra Labs.", "en"),
        ("Ni Norvane Cloud ni Pellis Labs n'ont été sanctionnées par le Trésor américain, qui a en revanche sanctionné la société Dextra Labs.", "fr"),
    ])
    func aNegatedListIsNotSanctioned(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(isSanctioned(r, "Dextra Labs"))
        #expect(!isSanctioned(r, "Norvane Cloud"))
        #expect(!isSanctioned(r, "Pellis Labs"))
        // No sanction is left named after a firm the text says was not sanctioned.
        #expect(!r.entities.contains { $0.type == .sanction && $0.name.contains("Pellis") })
    }

    @Test(arguments: [
        ("Kovrin Trading and Belmar Shipping shipped drones to Russia. The companies are based in Dubai, the Treasury said.", "en", "Dubai"),
        ("Kovrin Trading et Belmar Shipping ont livré des drones à la Russie. Les sociétés sont basées à Dubaï, selon le Trésor.", "fr", "Dubaï"),
        ("Kovrin Trading et Belmar Shipping ont livré des drones à la Russie. Ces deux sociétés sont basées à Dubaï.", "fr", "Dubaï"),
    ])
    func aPlainPluralNounStandsForThePreviousList(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Kovrin Trading", .locatedIn, place))
        #expect(r.has("Belmar Shipping", .locatedIn, place))
    }

    @Test func theCustomersAreNotTheListedFirms() throws {
        let r = try extract("Arvela Data supplies servers to Kovrin Trading and Belmar Shipping. The customers are based in Dubai.", language: "en")
        #expect(r.has("Arvela Data", .supplies, "Kovrin Trading"))
        #expect(!r.has("Kovrin Trading", .locatedIn, "Dubai") && !r.has("Belmar Shipping", .locatedIn, "Dubai"))
    }

    @Test func aCountThatDoesNotMatchTheListMeansNoOne() throws {
        let r = try extract("Brivane Mining, Solstra Hash and Talvo Hash operate farms in Paraguay. The two companies are based in Asuncion.", language: "en")
        #expect(r.has("Brivane Mining", .locatedIn, "Paraguay"))
        for firm in ["Brivane Mining", "Solstra Hash", "Talvo Hash"] { #expect(!r.has(firm, .locatedIn, "Asuncion")) }
    }

    @Test(arguments: [
        ("Kovrin Trading and Belmar Shipping shipped drones to Russia. The Treasury sanctioned the two companies on Tuesday.", "en"),
        ("Kovrin Trading et Belmar Shipping ont livré des drones à la Russie. Washington a sanctionné les deux sociétés mardi.", "fr"),
    ])
    func aNumberedPluralObjectOfADesignation(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(isSanctioned(r, "Kovrin Trading"))
        #expect(isSanctioned(r, "Belmar Shipping"))
    }

    @Test(arguments: [
        ("Norvane Cloud and Pellis AI raised $30 million last year. Orsane Capital invested in both startups.", "en"),
        ("Norvane Cloud et Pellis AI ont levé 30 millions d'euros. Le fonds Orsane Capital a investi dans les deux start-up.", "fr"),
    ])
    func anInvestmentInBothIsInEach(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Orsane Capital", .investsIn, "Norvane Cloud"))
        #expect(r.has("Orsane Capital", .investsIn, "Pellis AI"))
    }

    @Test func threeMinersBuyTheirPower() throws {
        let r = try extract("Brivane Mining, Solstra Hash and Talvo Hash operate farms in Paraguay. The three miners buy their power from Heliane Power.", language: "en")
        for firm in ["Brivane Mining", "Solstra Hash", "Talvo Hash"] { #expect(r.has("Heliane Power", .supplies, firm)) }
    }

    @Test(arguments: [
        ("The Treasury sanctioned Kovrin Trading but not Belmar Shipping, which is based in Dubai.", "en", "Dubai"),
        ("Le Trésor a sanctionné Kovrin Trading, mais pas Belmar Shipping, qui est basée à Dubaï.", "fr", "Dubaï"),
    ])
    func theFirmSetApartByButNotIsNotSanctioned(text: String, language: String, place: String) throws {
        let r = try extract(text, language: language)
        #expect(isSanctioned(r, "Kovrin Trading"))
        #expect(!isSanctioned(r, "Belmar Shipping"))
        #expect(!r.relations.contains { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == "Belmar Shipping" })
        #expect(r.has("Belmar Shipping", .locatedIn, place))
    }

    @Test func aFactAfterTheSparedNameStands() throws {
        let r = try extract("Tenrix supplies chips to Norvane Cloud but not to Pellis AI, which buys from Halden Semi.", language: "en")
        #expect(r.has("Halden Semi", .supplies, "Pellis AI"))
        #expect(!r.has("Tenrix", .supplies, "Pellis AI"))
    }

    @Test(arguments: [
        ("Ivan Dorokhov and Oleg Marin founded Kovrin Trading in 2015.", "en"),
        ("Ivan Dorokhov et Oleg Marin ont fondé la société Kovrin Trading en 2015.", "fr"),
    ])
    func coFoundersNamedAsAListBothFounded(text: String, language: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Ivan Dorokhov", .founded, "Kovrin Trading"))
        #expect(r.has("Oleg Marin", .founded, "Kovrin Trading"))
    }

    @Test func aPersonMetByTheFounderDidNotFound() throws {
        let r = try extract("Ivan Dorokhov met Oleg Marin, who founded Kovrin Trading in 2015.", language: "en")
        #expect(!r.has("Ivan Dorokhov", .founded, "Kovrin Trading"))
    }

    @Test(arguments: [
        ("Heliane Power and Vaxmore Energy, which supply power to Corvex Mining, are based in Texas.", "en", "Vaxmore Energy"),
        ("Heliane Power et Vaxmore Énergie ont annoncé lundi qu'elles fourniraient 80 MW à la société Corvex Mining.", "fr", "Vaxmore Énergie"),
    ])
    func aPluralRelativeOrConditionalVerbIsTheListsFact(text: String, language: String, second: String) throws {
        let r = try extract(text, language: language)
        #expect(r.has("Heliane Power", .supplies, "Corvex Mining"))
        #expect(r.has(second, .supplies, "Corvex Mining"))
    }

    @Test func aSingularRelativeIsTheLastMembersFact() throws {
        let r = try extract("Heliane Power and Vaxmore Energy, which supplies power to Corvex Mining, signed a merger agreement.", language: "en")
        #expect(r.has("Vaxmore Energy", .supplies, "Corvex Mining"))
        #expect(!r.has("Heliane Power", .supplies, "Corvex Mining"))
    }
}
