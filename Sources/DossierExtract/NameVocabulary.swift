/// Closed word lists for finding and typing names, kept apart from the shared `Vocabulary`.
/// General English/French news vocabulary only: no actor names.
enum NameVocabulary {
    /// Nouns of persons that, right before a name (or before a nationality adjective and a name), make it a person's.
    static let personNouns: Set<String> = ["national", "nationals", "citizen", "ressortissant", "ressortissante", "citoyen", "citoyenne",
                                           "businessman", "businesswoman", "oligarch", "oligarque", "milliardaire", "billionaire", "affaires",
                                           "angel", "entrepreneur", "entrepreneure", "magnate", "magnat", "tycoon", "mogul", "philanthropist", "philanthrope",
                                           // `son homologue sénégalais X`, `his Chinese counterpart X`.
                                           "homologue", "counterpart"]

    /// Capitalised sentence openers missing from `Vocabulary.commonStarters`.
    static let moreStarters: Set<String> = ["former", "then", "thus", "now", "here", "there", "instead", "indeed", "ainsi", "puis", "alors", "certes", "desormais", "ici", "la-bas",
        // Determiners and quantifiers (`Any assets…`, `Chaque site…`), some of which are also given names.
        "any", "every", "each", "all", "no", "most", "many", "several", "such", "another", "both", "either", "neither",
        "chaque", "aucun", "aucune", "plusieurs", "certains", "certaines", "tous", "toutes"]

    /// Nouns before `de`/`of` that make the following name a place (`près de Narvik`, `north of Oslo`).
    static let proximityNouns: Set<String> = ["pres", "proximite", "environs", "banlieue", "peripherie", "nord", "sud", "ouest", "north", "south", "west", "east", "outskirts", "northeast", "northwest", "southeast", "southwest"]

    /// Geographic nouns before `de`/`of` whose complement is a place (`golfe de Fos`, `municipality of X`,
    /// `la commune de X`, `the city of X`).
    static let placeNounsBeforeOf: Set<String> = ["golfe", "gulf", "baie", "bay", "municipality", "municipalite", "commune", "ville", "city", "town", "village", "vallee", "valley",
                                                  "lac", "lake", "ile", "island", "iles", "islands", "peninsula", "peninsule", "agglomeration", "metropole", "departement", "prefecture", "outskirts",
                                                  "habitants", "citoyens", "residents", "inhabitants", "citizens"]

    /// Continents and oceans: after a name's first word they make it a firm's or a body's name
    /// (`Helios Towers Africa`, `Asia Pacific Links`), never a person's.
    static let worldRegionWords: Set<String> = ["africa", "afrique", "asia", "asie", "europe", "pacific", "pacifique", "atlantic", "atlantique",
                                                "americas", "ameriques", "arctic", "arctique", "caribbean", "caraibes", "eurasia", "eurasie", "oceania", "oceanie"]

    /// Heads of political organisations (`Front Polisario`, `Labour Party`, `Parti socialiste`): a body, not a firm.
    static let politicalWords: Set<String> = ["front", "party", "parti", "movement", "mouvement"]

    /// Nouns that name an event, not an actor (`Sommet pour l'action sur l'IA`, `the AI Summit`,
    /// `le sommet Choose France`): a name they head or introduce is not annotated.
    static let eventNouns: Set<String> = ["sommet", "summit", "conference", "salon", "festival", "expo", "exposition", "week", "semaine", "olympics", "jeux", "cup", "coupe", "championship", "championnat", "award", "awards", "prix", "edition", "gala", "hackathon", "keynote", "webinar", "show"]

    /// Capitalised heads of French institution names written in sentence case
    /// (`Fonds public d'investissement`, `Banque centrale européenne`, `Agence internationale de l'énergie`).
    static let frenchInstitutionHeads: Set<String> = ["fonds", "banque", "agence", "autorite", "commission", "conseil", "cour", "caisse", "office", "institut", "haut", "haute", "direction", "centre", "compagnie", "societe", "reseau", "union", "federation", "association", "syndicat", "chambre", "etablissement", "ministere", "tribunal", "parquet", "service", "observatoire", "comite", "assemblee", "organisation", "regie", "parlement", "gouvernement", "universite",
                                                             "bureau", "police", "division", "juridiction", "gendarmerie", "douane", "douanes", "brigade", "inspection", "delegation", "cellule"]

    /// Endings of French common nouns that a body's name may capitalise in its remit
    /// (`de Police criminelle`, `d'Enquête`, `de Cassation`, `de la Concurrence`, `de Sécurité`).
    static let frenchRemitEndings: [String] = ["ion", "ment", "ite", "ence", "ance", "ure", "ice", "ete", "ie", "ique",
                                                  "ions", "ments", "ites", "ences", "ances", "ures", "ices", "etes", "ies", "iques"]

    /// Adjective endings of French institution names (`public`, `centrale`, `européenne`, `nationale`).
    static let frenchAdjectiveEndings: [String] = ["al", "ale", "ales", "aux", "ique", "iques", "ien", "ienne", "iennes", "iens", "aire", "aires", "el", "elle", "elles", "if", "ive", "ifs", "ives", "eur", "eure", "ais", "aise", "ain", "aine", "ains", "aines", "ier", "iere", "ieres", "iers", "een", "eenne", "eens", "eennes", "blic", "blique", "eux", "euse", "able", "ables", "ible", "ibles", "ene", "enes"]

    /// Plural nouns for people before a list of their names (`two Chinese nationals, X and Y`).
    static let peopleNouns: Set<String> = Set("""
    nationals citizens men women individuals executives businessmen businesswomen brothers sisters oligarchs defendants suspects
    ressortissants hommes femmes individus dirigeants oligarques freres soeurs prevenus citoyens
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Verbs before a person's name (`said Jane Roe`, `a déclaré Jean Dupont`).
    static let speechVerbsBefore: Set<String> = ["said", "says", "explained", "declared", "declare", "indique", "explique", "ajoute", "precise", "affirme", "souligne", "estime", "commente", "observe", "resume"]

    /// Words that make a name before `of/de` an institution (`Grand Port Maritime de Marseille`,
    /// `Bourse d'Abou Dhabi`, `University of Texas`), beside `Vocabulary.organizationWords`.
    static let institutionWords: Set<String> = ["port", "bourse", "university", "universite", "school", "ecole", "hospital", "hopital", "museum", "musee", "academy", "academie", "fund", "fonds", "caisse", "laboratory", "laboratoire", "center", "centre", "credit"]

    /// Words after `and` that continue a firm's name (`Power and Water`, `Oil and Gas`).
    static let utilityWords: Set<String> = ["water", "gas", "light", "electric", "electricity", "heat", "telecommunications", "mining", "minerals", "development", "construction"]

    /// Last words of a place name (`Ward County`, `Richland Parish`, `Tver Oblast`, `Kanagawa Prefecture`).
    static let placeSuffixWords: Set<String> = ["county", "parish", "oblast", "krai", "prefecture", "province", "township", "borough", "district", "governorate", "emirate", "canton", "okrug", "raion", "belt", "basin", "peninsula", "plateau", "desert"]

    /// Capitalised regional adjectives that are not names alone (`Nordic`, `Western`, `Himalayan`).
    static let regionalAdjectives: Set<String> = ["nordic", "western", "eastern", "northern", "southern", "european", "asian", "african", "american", "himalayan", "arab", "arabic", "scandinavian", "baltic", "latin", "caribbean", "pacific", "atlantic", "mediterranean", "siberian", "central", "gulf", "occidental", "occidentale", "occidentaux", "oriental", "orientale", "europeen", "europeenne", "europeens", "asiatique", "africain", "africaine", "nordique", "balte", "arabe", "latino"]

    /// French capitalised portfolio words: parts of a body's name, never an actor alone
    /// (`ministère de l'Économie`, `introduction en Bourse`).
    static let portfolioWords: Set<String> = ["economie", "energie", "etat", "numerique", "transition", "industrie", "finances", "interieur", "defense", "sante", "culture", "travail", "agriculture", "environnement", "ecologie", "justice", "commerce", "innovation", "recherche", "education", "budget", "bourse", "souverainete", "armees", "outre-mer", "transports", "logement", "territoires",
                                              "petrole", "hydrocarbures", "mines", "information", "communication", "telecommunications", "affaires", "finance", "tourisme", "peche", "sports", "jeunesse", "emploi"]

    /// Nouns right before a product's name (`sous la marque FrostLine`, `ses modèles Sirius`).
    static let brandNouns: Set<String> = ["marque", "marques", "brand", "brands", "gamme", "label", "modeles", "models", "logiciels", "applications", "apps"]

    /// Nouns of a site followed by `at` + its place (`a 500 MW facility at X`).
    static let siteNouns: Set<String> = ["facility", "facilities", "site", "sites", "plant", "plants", "campus", "center", "centre", "mine", "farm", "hub", "fab", "fabs", "factory", "project"]

    /// The most common Chinese (pinyin and Cantonese spellings), Korean and Japanese family names,
    /// from general knowledge; `MentionFinder.eastAsianPersonName` reads them only inside a
    /// two- or three-word name.
    static let eastAsianFamilyNames: Set<String> = Set("""
    wang li zhang liu chen yang huang zhao wu zhou xu ma zhu hu guo lin gao luo zheng liang xie tang han feng deng cao peng
    zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fang shi jin tan zhan qian qin xue hou xi
    ho wong chan leung lau cheung ng tse yip kwok chow tsang lam lai chung fung yeung
    kim lee park choi jung kang cho yoon jang lim shin seo kwon hwang ahn yoo hong jeon
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue
    kimura hayashi shimizu mori abe ikeda hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo saito sakamoto
    """.split(whereSeparator: \.isWhitespace).map(String.init))
}
