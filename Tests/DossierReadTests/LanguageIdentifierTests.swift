@testable import DossierRead
import Testing

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("Le conseil a voté la loi.", "fr"),
        ("The board approved the plan.", "en"),
        ("Selon le rapport, la société prévoit d'investir dans un centre de données.", "fr"),
        ("According to the report, the company plans to invest in a data centre.", "en"),
        ("Intelion, fournisseur de crypto-minage basé à Moscou", "fr"),
        ("Bitcoin miner expands operations in Texas", "en"),
        ("Компания объявила о строительстве нового центра.", "ru"),
        ("Die Firma hat mit der Regierung eine neue Vereinbarung für das Werk und die Mitarbeiter unterzeichnet.", "de"),
        ("La empresa firmó con el gobierno un acuerdo para la planta y los trabajadores de la región.", "es"),
    ])
    func identifies(_ text: String, _ expected: String) {
        #expect(LanguageIdentifier.identify(text).code == expected)
    }

    @Test func tooLittleTextIsUndetermined() {
        #expect(LanguageIdentifier.identify("42").code == "und")
        #expect(LanguageIdentifier.identify("").code == "und")
    }

    @Test func confidentTextOverridesAWrongDeclaration() {
        var meta = DocumentMetadata()
        meta.language = "en-US"
        let doc = DocumentBuilder.build(source: "t", blocks: [
            "La société a annoncé mercredi un investissement de plus de cent millions de dollars dans la région.",
        ], format: "html", metadata: meta)
        #expect(doc.language == "fr")
    }

    @Test func declarationIsKeptWhenTextSaysLittle() {
        var meta = DocumentMetadata()
        meta.language = "fr-FR"
        let doc = DocumentBuilder.build(source: "t", blocks: ["Nvidia A100"], format: "html", metadata: meta)
        #expect(doc.language == "fr")
    }

    @Test func paragraphLanguagesAreRecordedWhenTheyDiffer() {
        let doc = DocumentBuilder.build(source: "t", blocks: [
            "La société a annoncé mercredi un nouveau centre de données dans la région de Samara.",
            "Le projet sera financé par des investisseurs privés selon le directeur.",
            "The company said the project would be financed by private investors.",
        ], format: "text")
        #expect(doc.language == "fr")
        #expect(doc.metadata["paragraph_languages"] == "fr,fr,en")
    }
}
