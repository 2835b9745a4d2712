import DossierModel
import Testing
@testable import DossierExtract

/// Session 16: a mine is named after its ground, so `la mine de X` names the site even when the text
/// repeats X alone afterwards. Names are invented.
@Suite struct MineNamesSession16Tests {
    @Test func aRepeatedNameAfterMineDeNamesTheMine() throws {
        let r = try extract("""
            Depuis janvier, la mine de Tavoko a produit 900 tonnes de cobalt, a annoncé Velkor Mining.
            Cela représente 22 % de la production totale de Tavoko sur cette période.
            """, language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("Tavoko") }, "\(r.entities.map { "\($0.name) \($0.type)" })")
        #expect(!r.entities.contains { $0.type == .company && $0.name == "Tavoko" })
    }

    @Test func aRepeatedFirmAfterUsineDeStaysTheFirm() throws {
        // A plant is not named after its ground as a mine is: the repeated name stays the firm's.
        let r = try extract("""
            Depuis janvier, l'usine de Tavoko a produit 900 tonnes de cobalt.
            Tavoko a annoncé un bénéfice record.
            """, language: "fr")
        #expect(!r.entities.contains { $0.type == .facility && $0.name == "usine de Tavoko" })
    }
}

/// Session 16: named mines after others of their kind, a nationality before `de`, and a plural noun's sites
/// listed after `à savoir` / `namely`. Names are invented.
@Suite struct NamedMinesSession16Tests {
    @Test func aNamedMineAfterOtherMinesIsItsOwnSite() throws {
        let r = try extract("""
            En 2023, Velkor Bank rachetait deux mines d’or au britannique Tarnell Mining.
            Un industriel a bien acquis la mine d’or de Yarvako, en mai, auprès du canadien Orvane Mining.
            """, language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("Yarvako") }, "\(r.entities.filter { $0.type == .facility }.map(\.name))")
    }

    @Test func aNationalityMayStandBetweenTheNounAndDe() throws {
        let r = try extract("Le 6 octobre, la mine d’or ivoirienne de Tonvako, mise en vente par Orvane Mining, trouvait preneur.", language: "fr")
        #expect(r.entities.contains { $0.type == .facility && $0.name.contains("Tonvako") }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [("Simon Tarmel rachetait deux mines d’or à Orvane Mining, à savoir Bouvako et Warnion.", "fr", ["mine d'or de Bouvako", "mine d'or de Warnion"]),
                      ("Orvane Mining sold two gold mines, namely Bouvako and Warnion, last year.", "en", ["Bouvako gold mine", "Warnion gold mine"])])
    func eachListedNameIsASite(text: String, language: String, sites: [String]) throws {
        let r = try extract(text, language: language)
        for site in sites {
            #expect(r.entities.contains { $0.type == .facility && $0.name == site }, "\(site): \(r.entities.map { "\($0.name) \($0.type)" })")
        }
    }

    @Test func firmsListedAfterAPluralSiteNounStayFirms() throws {
        // Names that end in a firm's word are the plants' buyers, not the plants.
        let r = try extract("Two plants were sold to their buyers, namely Velkor Hash and Orvane Hosting.", language: "en")
        #expect(!r.entities.contains { $0.type == .facility && ($0.name.contains("Velkor") || $0.name.contains("Orvane")) }, "\(r.entities.map { "\($0.name) \($0.type)" })")
    }
}
