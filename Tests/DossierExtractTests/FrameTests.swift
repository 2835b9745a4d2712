import DossierModel
import Testing
@testable import DossierExtract

/// Frame rules: roles a sentence leaves implicit (a product's maker, a sanction's targets, a
/// site's operator) and relations spread over coordinated names. Invented actors only.
@Suite struct SanctionFrameTests {
    @Test func listedTargetsAreSubjectToTheListAndSanctionedByItsImposer() throws {
        let r = try extract("New rules from the Bureau of Industry and Security (BIS) also put two Chinese chip designers, Quartzwell Semiconductor and Lumio Systems, on the Entity List.", language: "en")
        #expect(r.has("Quartzwell Semiconductor", .subjectTo, "Entity List"))
        #expect(r.has("Lumio Systems", .subjectTo, "Entity List"))
        #expect(r.has("Lumio Systems", .sanctionedBy, "Bureau of Industry and Security"))
    }

    @Test func frenchTargetsAfterContreAreSubjectToTheMeasure() throws {
        let r = try extract("L’OFAC a imposé des sanctions contre la plateforme Veltrix et son fondateur Pavel Orlin.", language: "fr")
        let sanction = try #require(r.entities.first { $0.type == .sanction })
        #expect(r.has("Veltrix", .subjectTo, sanction.name))
        #expect(r.has("Pavel Orlin", .subjectTo, sanction.name))
    }
}

@Suite struct ProductFrameTests {
    @Test func aProductWithoutMakerTakesTheFirmOfThePreviousSentence() throws {
        let r = try extract("""
        Korvant Systems answered within weeks with cut-down versions of its flagship processors for the market.
        The KX800 and the KX900 met the letter of the rules while keeping most of the performance.
        """, language: "en")
        #expect(r.has("Korvant Systems", .supplies, "KX800"))
        #expect(r.has("Korvant Systems", .supplies, "KX900"))
    }

    @Test func aKnownMakerIsPreferredOverACustomer() throws {
        let r = try extract("""
        Korvant Systems unveiled the KX800 GPU in March, built for large training clusters.
        Brightline Cloud said it had ordered thousands of KX900 GPUs for its new cluster.
        """, language: "en")
        #expect(r.has("Korvant Systems", .supplies, "KX900"))
        #expect(!r.has("Brightline Cloud", .supplies, "KX900"))
    }
}

@Suite struct FacilityFrameTests {
    @Test func theSubjectOfTheSentenceOperatesTheSiteItDescribes() throws {
        let r = try extract("Northvale Energy a annoncé mardi qu’elle prévoit un nouveau centre de données à Lévis, d’une capacité de 50 MW.", language: "fr")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(r.has("Northvale Energy", .operates, site.name))
        #expect(r.has(site.name, .locatedIn, "Lévis"))
    }

    @Test func aSiteIntroducedByAPrepositionalFirmIsNotOperatedByIt() throws {
        let r = try extract("With backing from Harbor Peak Capital, Tessara Compute is building a data center in Abilene.", language: "en")
        let site = try #require(r.entities.first { $0.type == .facility })
        #expect(!r.has("Harbor Peak Capital", .operates, site.name))
    }
}

@Suite struct ConjunctTests {
    @Test func everyPlaceOfAListTakesTheRelation() throws {
        let r = try extract("Graniteholm Digital, basée à Vancouver, exploite des sites au Québec, au Nouveau-Brunswick et en Suède.", language: "fr")
        #expect(r.has("Graniteholm Digital", .locatedIn, "Vancouver"))
        #expect(r.has("Graniteholm Digital", .locatedIn, "Québec"))
        #expect(r.has("Graniteholm Digital", .locatedIn, "Suède"))
    }

    @Test func aPlaceOfOneFirmInAListIsNotSpreadToTheOthers() throws {
        let r = try extract("Orrin Labs, the Boston-based startup, and Pellucid Grid signed a partnership with Talvane Power.", language: "en")
        #expect(r.has("Orrin Labs", .locatedIn, "Boston"))
        #expect(!r.has("Pellucid Grid", .locatedIn, "Boston"))
    }
}

@Suite struct ClauseRuleTests {
    @Test func aFirmThatSellsItsOutputToAnotherSuppliesIt() throws {
        let r = try extract("In September, Ridgeway Power agreed to restart its second reactor and to sell its entire 800 MW output to Calloway Systems for 20 years.", language: "en")
        #expect(r.has("Ridgeway Power", .supplies, "Calloway Systems"))
    }

    @Test func aListOfFirmsWithDescriptorsThatAnnouncesAJointVentureArePartners() throws {
        let r = try extract("Le fonds d’investissement Quenby Capital, la banque publique Varlo Finance et le fabricant Orsenne Industries annoncent la création d’une coentreprise.", language: "fr")
        #expect(r.has("Quenby Capital", .partnerOf, "Varlo Finance"))
        #expect(r.has("Quenby Capital", .partnerOf, "Orsenne Industries") || r.has("Orsenne Industries", .partnerOf, "Quenby Capital"))
    }

    @Test func aJointVentureWithTwoFirmsMakesBothPartners() throws {
        let r = try extract("The site is being developed by Tessara Compute, a Denver-based builder of data centres, and financed through a joint venture with the investment firms Harbor Peak Capital and Loma Verde Partners.", language: "en")
        #expect(r.has("Tessara Compute", .partnerOf, "Harbor Peak Capital"))
        #expect(r.has("Tessara Compute", .partnerOf, "Loma Verde Partners"))
    }

    @Test func aLoneLegalFormIsNotAFirm() throws {
        let r = try extract("Investors know the ticker by now. Marrow Bitcoin Corp. started life in March 2025 as a spin-off.", language: "en")
        #expect(!r.entities.contains { $0.type == .company && $0.name == "Corp" })
    }
}

@Suite struct InfrastructureFrameTests {
    @Test func aFirmBuyingPowerFromADamDoesNotOperateIt() throws {
        let r = try extract("Solvane Mining a signé un contrat de long terme pour alimenter ses machines avec l’électricité du barrage de Keravel, au Paraguay.", language: "fr")
        let dam = try #require(r.entities.first { $0.type == .facility })
        #expect(!r.has("Solvane Mining", .operates, dam.name))
    }
}

@Suite struct NominalisationTests {
    @Test func theAcquisitionOfXByYMeansYOwnsX() throws {
        let r = try extract("Analysts welcomed the acquisition of Dunmore Robotics by Kestrel Holdings for $2 billion.", language: "en")
        #expect(r.has("Kestrel Holdings", .owns, "Dunmore Robotics"))
        let fr = try extract("Les analystes ont salué le rachat de Dunmore Robotique par Kestrel Holding pour 2 milliards d’euros.", language: "fr")
        #expect(fr.has("Kestrel Holding", .owns, "Dunmore Robotique"))
    }

    @Test func theInvestmentOfYInXMeansYInvestsInX() throws {
        let r = try extract("L’investissement de Valcourt Capital dans Orvane Energie atteint 300 millions d’euros.", language: "fr")
        #expect(r.has("Valcourt Capital", .investsIn, "Orvane Energie"))
    }
}

@Suite struct CompanyPrecisionTests {
    @Test func aMinistryWithSeveralPortfoliosIsOneOrganization() throws {
        let r = try extract("Le ministère letton de l’Économie numérique, de l’Innovation et de l’Industrie spatiale a inauguré mardi un nouveau supercalculateur.", language: "fr")
        #expect(r.entities.contains { $0.type == .organization && $0.name.hasSuffix("de l’Industrie spatiale") })
        #expect(!r.entities.contains { $0.type == .company && ["Innovation", "Industrie"].contains($0.name) })
    }

    @Test func aParticipleAfterADatelineIsNotAFirm() throws {
        let r = try extract("""
        OSLO — Attirés par une électricité bon marché, les mineurs de bitcoins affluent vers le nord du pays.
        Devenu un pôle du minage, le pays attire aussi Velmora Data.
        """, language: "fr")
        #expect(!r.entities.contains { $0.name == "Attirés" })
    }
}

@Suite struct FundingRoundTests {
    @Test func investorsOfARoundInvestInTheFirm() throws {
        let r = try extract("Quillon Robotics raised $120 million in a Series B round from Harbor Peak Capital and Loma Verde Partners.", language: "en")
        #expect(r.has("Harbor Peak Capital", .investsIn, "Quillon Robotics"))
        #expect(r.has("Loma Verde Partners", .investsIn, "Quillon Robotics"))
        let fr = try extract("La start-up Quillon Robotique a levé 40 millions d’euros auprès de Valcourt Capital.", language: "fr")
        #expect(fr.has("Valcourt Capital", .investsIn, "Quillon Robotique"))
    }
}

/// A sanction's targets after its cue: list members, not the subject of the next clause.
@Suite struct SanctionFrameTargetTests {
    @Test func theNextClausesSubjectIsNoTarget() throws {
        let r = try extract("Despite the sanctions against Russia, Korvane Trading kept importing chips from Ostrava Micro.")
        #expect(r.has("Russia", .subjectTo, "sanctions against Russia"))
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Korvane Trading" })
    }

    @Test func everyMemberOfAListIsATarget() throws {
        let r = try extract("The EU imposed sanctions against Belmont Bank, Korvane Trading and Ostrava Micro in May.")
        for firm in ["Belmont Bank", "Korvane Trading", "Ostrava Micro"] {
            #expect(r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == firm }, "\(firm)")
        }
    }
}
