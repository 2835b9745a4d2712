/// Closed word lists for finding and typing names, kept apart from the shared `Vocabulary`.
/// General English/French news vocabulary only: no actor names.
enum NameVocabulary {
    /// Capitalised sentence openers missing from `Vocabulary.commonStarters`.
    static let moreStarters: Set<String> = ["then", "thus", "now", "here", "there", "instead", "indeed", "ainsi", "puis", "alors", "certes", "desormais", "ici", "la-bas"]

    /// Nouns that name an event, not an actor (`Sommet pour l'action sur l'IA`, `the AI Summit`,
    /// `le sommet Choose France`): a name they head or introduce is not annotated.
    static let eventNouns: Set<String> = ["sommet", "summit", "conference", "salon", "festival", "expo", "exposition", "week", "semaine", "olympics", "jeux", "cup", "coupe", "championship", "championnat", "award", "awards", "prix", "edition", "gala", "hackathon", "keynote", "webinar"]

    /// Capitalised heads of French institution names written in sentence case
    /// (`Fonds public d'investissement`, `Banque centrale européenne`, `Agence internationale de l'énergie`).
    static let frenchInstitutionHeads: Set<String> = ["fonds", "banque", "agence", "autorite", "commission", "conseil", "cour", "caisse", "office", "institut", "haut", "haute", "direction", "centre", "compagnie", "societe", "reseau", "union", "federation", "association", "syndicat", "chambre", "etablissement", "ministere", "tribunal", "parquet", "service", "observatoire", "comite", "assemblee", "organisation"]

    /// Adjective endings of French institution names (`public`, `centrale`, `européenne`, `nationale`).
    static let frenchAdjectiveEndings: [String] = ["al", "ale", "ales", "aux", "ique", "iques", "ien", "ienne", "iennes", "iens", "aire", "aires", "el", "elle", "elles", "if", "ive", "ifs", "ives", "eur", "eure", "ais", "aise", "ain", "aine", "ains", "aines", "ier", "iere", "blic", "blique", "eux", "euse"]

    /// Verbs before a person's name (`said Jane Roe`, `a déclaré Jean Dupont`).
    static let speechVerbsBefore: Set<String> = ["said", "says", "explained", "declared", "declare", "indique", "explique", "ajoute", "precise", "affirme", "souligne", "estime", "commente", "observe", "resume"]
}
