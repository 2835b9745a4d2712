import DossierModel
import Testing
@testable import DossierExtract

/// Session 17: targets named in the sentences after a measure by `La liste des sanctions comprend`,
/// `sont également mentionnés` and `sont également concernées`, and the people a targeted group is
/// tied to, who are not targets. Names are invented.
@Suite struct SanctionsSession17Tests {
    static let listText = """
        L'UE vise les oligarques russes
        BRUXELLES – L'UE a imposé des sanctions contre les oligarques associés au président russe Vladimir Poutine.
        Outre les oligarques, des proches de Poutine, comme le porte-parole du Kremlin Dmitri Pestrov, sont également concernés par les mesures.
        Le pianiste et confident de Poutine, Sergej Rodin, est également mentionné.
        La liste des sanctions comprend également le confident de Poutine et chef de la société publique Rosgaz, Igor Sevchin.
        Les hommes d'affaires Alisher Usmirov et Pyotr Avelin sont également mentionnés.
        """

    @Test func thePeopleTheFollowingSentencesListAreTargetsOfTheMeasure() throws {
        let r = try extract(Self.listText, language: "fr")
        let measure = try #require(r.entities.first { $0.type == .sanction && $0.name.contains("oligarques associés") })
        for person in ["Dmitri Pestrov", "Sergej Rodin", "Igor Sevchin", "Alisher Usmirov", "Pyotr Avelin"] {
            #expect(r.has(person, .subjectTo, measure.name), "\(person)")
            #expect(r.has(person, .sanctionedBy, "UE"), "\(person)")
        }
    }

    @Test func whomTheTargetsAreTiedToIsNoTarget() throws {
        let r = try extract(Self.listText, language: "fr")
        #expect(!r.relations.contains { [.subjectTo, .sanctionedBy].contains($0.predicate) && r.entities[$0.subject].name.contains("Poutine") },
                "\(r.relations.filter { r.entities[$0.subject].name.contains("Poutine") }.map { "\($0.predicate)" })")
        // The firm is the description's, not a target; the title is Sevchin's, not Poutine's.
        #expect(!r.has("Rosgaz", .subjectTo, r.entities.first { $0.type == .sanction }?.name ?? ""))
        #expect(r.has("Igor Sevchin", .worksFor, "Rosgaz"))
        #expect(!r.has("Vladimir Poutine", .worksFor, "Rosgaz"))
    }

    @Test func sanctionsOnAllyOfAPersonDoNotTargetThePerson() throws {
        let r = try extract("The United States imposed sanctions on oligarchs close to President Viktor Orlenko.", language: "en")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name.contains("Orlenko") })
    }

    @Test func aMentionWithoutAContinuationWordListsNobody() throws {
        let r = try extract("""
            L'UE a imposé des sanctions contre la Russie.
            Le ministre Andreï Valkov est mentionné dans un rapport du Parlement.
            """, language: "fr")
        #expect(!r.relations.contains { $0.predicate == .subjectTo && r.entities[$0.subject].name == "Andreï Valkov" })
    }

    @Test func aPackageNamedAfterRejectedMeasuresIsStillRead() throws {
        let r = try extract("L'UE a arrêté le 24 février de nouvelles mesures à l'encontre de la Russie dans le cadre d'un 16e paquet de sanctions.", language: "fr")
        #expect(r.entities.contains { $0.type == .sanction && $0.name == "16e paquet de sanctions" }, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }

    @Test func aFrenchVerbAfterTheImposerEndsTheMeasuresName() throws {
        let r = try extract("Selon Washington, ces sanctions du Trésor américain mettent ces individus et sociétés au ban du système financier.", language: "fr")
        #expect(r.entities.contains { $0.type == .sanction && $0.name == "sanctions du Trésor américain" }, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }

    @Test func aNounInEntAfterADeterminerStaysInTheName() throws {
        let r = try extract("L'UE a imposé des sanctions contre le président biélorusse Alexandre Loukanov.", language: "fr")
        #expect(r.entities.contains { $0.type == .sanction && $0.name.contains("président biélorusse") }, "\(r.entities.filter { $0.type == .sanction }.map(\.name))")
    }
}
