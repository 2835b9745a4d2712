import DossierModel
import Testing
@testable import DossierExtract

/// Wire credits at the head of an article (`Analysis+Sources.markWireCredits`). Invented names only.
@Suite struct SourcesSession9Tests {
    @Test(arguments: [
        ("(VXP) - Dremora a annoncé qu'il allait relancer la construction de son usine de lithium en Argentine.", "fr", "VXP", "Dremora"),
        ("LYON (Agence Korvel-Presse)--Le groupe énergétique Dremora a annoncé mardi une nomination.", "fr", "Agence Korvel-Presse", "Dremora"),
    ])
    func aNameInParenthesesBeforeTheLeadsDashIsTheWireService(text: String, language: String, wire: String, firm: String) throws {
        let r = try extract(text, language: language)
        #expect(r.entity(wire)?.type == .company)
        #expect(r.has(firm, .reportedBy, wire))
        #expect(!r.relations.contains { $0.predicate == .operates && r.entities[$0.subject].name == wire })
    }

    @Test func aRegionInParenthesesAfterTheDatelineIsNoWireService() throws {
        let r = try extract("Crolles (Isère) - Dremora a annoncé l'extension de son usine.", language: "fr")
        #expect(r.entity("Isère")?.type == .location)
        #expect(!r.relations.contains { $0.predicate == .reportedBy })
    }
}

/// Designations found failing on the fresh real set, restated with invented names.
@Suite struct DesignationsSession9Tests {
    @Test(arguments: [
        ("Treasury also blacklisted the Hong Kong-based Varkon Trading Limited on Tuesday.", "en", "Varkon Trading Limited"),
        ("L'OFAC a blacklisté la société Varkon Trading en janvier.", "fr", "Varkon Trading"),
    ])
    func aBlacklistingVerbDesignates(text: String, language: String, target: String) throws {
        let r = try extract(text, language: language)
        #expect(r.relations.contains { $0.predicate == .sanctionedBy && r.entities[$0.subject].name == target })
    }

    @Test func treasuryYieldsAreNoAuthority() throws {
        let r = try extract("Treasury yields rose on Tuesday while Varkon Trading Limited shares fell.", language: "en")
        #expect(r.entity("Varkon Trading Limited")?.type == .company)
        #expect(!r.entities.contains { $0.type == .organization })
    }

    @Test func theDepartmentOfTheTreasuryAndTreasuryAreOneBody() throws {
        let r = try extract("The U.S. Department of the Treasury sanctioned Varkon Trading Limited. Treasury said the firm shipped drone parts.", language: "en")
        #expect(r.entities.filter { $0.type == .organization }.count == 1)
    }
}

/// Role titles added from the fresh real set (`role_titles_extra.tsv`).
@Suite struct RolesSession9Tests {
    @Test(arguments: ["le directeur des finances", "la directrice des finances", "le responsable financier"])
    func aFinanceTitleAfterASpeechVerbNamesTheSentencesFirm(title: String) throws {
        let r = try extract("L'opération permet au groupe Kelvane de renforcer sa base financière, a déclaré \(title) Joris Maltret.", language: "fr")
        #expect(r.has("Joris Maltret", .worksFor, "Kelvane"))
    }
}
