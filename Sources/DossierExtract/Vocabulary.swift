/// Closed word lists of English and French news style that decide how a name is typed and
/// which words around two names cue a relation. General vocabulary only: no actor names.
enum Vocabulary {
    /// Quotation marks, straight and typographic, English and French.
    static let quoteMarks: Set<String> = ["\"", "“", "”", "«", "»", "'", "‘", "’"]

    /// Capitalised words that open sentences or headlines and are not names.
    static let commonStarters: Set<String> = Set("""
    le la les l' un une des du de d' au aux ce cet cette ces il elle ils elles on nous vous je son sa ses leur leurs
    selon apres avant depuis pendant lors alors mais et ou donc or ni car si comme quand lorsque puisque bien ainsi
    en dans par pour sur sous avec sans chez entre vers contre malgre parmi debut fin mi cependant pourtant toutefois
    neanmoins enfin aussi encore deja auparavant desormais outre hier aujourd'hui demain cette selon d'apres
    quant plus moins tres tout tous toute toutes autre autres certains certaines plusieurs chaque aucun aucune
    the a an this that these those it its he she they we you i his her their our my your there here
    according after before since during while when where whether if as but and or nor so yet also however because unless until once
    meanwhile moreover furthermore still though although despite in on at by for from with without into
    over under about against between among through within earlier later last next new other some many most alongside besides beyond unlike
    several each every all both either neither no not one two three four five first second third
    early late mid what which who whom whose how why yes read see learn more related sign subscribe follow share
    photo image credit source editor note update updated breaking exclusive analysis opinion
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
    january february march april may june july august september october november december
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    is are was were be been has have had will would could should may might must can do does did
    est sont etait etaient sera seront a ont avait avaient pourrait devrait peut doit
    mr mrs ms dr m mme ensuite puis egalement notamment finalement pourtant d'abord meanwhile however moreover instead
    additionally separately overall today yesterday previously currently recently earlier later still yet
    following amid ahead regarding concerning throughout upon toward towards
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Capitalised words that are never an actor: crypto-assets as commodities, common acronyms, units,
    /// religions and peoples (`Muslim minorities`, `les Ouïghours`).
    static let notNames: Set<String> = Set("""
    bitcoin bitcoins ethereum ether btc eth crypto cryptos blockchain altcoin altcoins dogecoin litecoin monero solana xrp
    ai ia gpu gpus cpu cpus asic asics hpc llm llms ceo cfo cto coo pdg dg api apis it tic esg ipo ico etf etfs pib gdp
    mw gw kw mwh gwh twh kwh mwe gwe mwc mwp eh th ph usd eur rub cny gbp jpy chf q1 q2 q3 q4 h1 h2 t1 t2 t3 t4 s1 s2 am pm
    covid ok tv pc nft nfts defi dao gnl lng r&d etats lcd led oled ev evs ssd hdd dram nand iot lte
    jv jvs mro oem oems epc fid ppa ppas spv capex opex ebitda
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
    january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    janvier fevrier avril juin juillet aout septembre octobre novembre decembre
    billion billions million millions milliard milliards trillion md mds bn
    muslim muslims uighur uighurs uyghur uyghurs christian christians catholic catholics protestant protestants jewish jews hindu hindus
    buddhist buddhists sikh sikhs kurd kurds kurdish tibetan tibetans rohingya shia shiite shiites sunni sunnis
    musulman musulmans musulmane musulmanes ouighour ouighours ouighoure ouighoures ouigour ouigours chretien chretiens chretienne chretiennes
    juif juifs juive juives hindou hindous bouddhiste bouddhistes kurde kurdes tibetain tibetains chiite chiites sunnite sunnites
    republican republicans democrat democrats republicain republicains republicaine republicaines democrate democrates
    """.split(whereSeparator: \.isWhitespace).map(String.init)).union(prefixedMonths)

    /// `mid-June`, `early-March`, `mi-juin`: a month and its part written as one token.
    private static let prefixedMonths: Set<String> = Set(["mid", "early", "late", "mi", "debut", "fin"].flatMap { part in
        ValueReader.months.keys.map { "\(part)-\($0)" }
    })

    /// Words inside a name that make it a public body.
    static let organizationWords: Set<String> = Set("""
    ministry ministere ministerio department departement commission agency agence authority autorite council conseil
    association federation union parliament parlement senate senat congress congres government gouvernement
    office bureau committee comite court cour tribunal university universite college institute institut administration
    treasury tresor kremlin police army armee navy nations assembly assemblee duma douma chamber chambre cabinet
    directorate direction regulator service regulateur secretariat ombudsman prosecutor parquet reserve fed nato otan
    organisation organization alliance coalition forum consortium foundation fondation board regie
    agglo agglomeration metropole
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Words inside a name that make it a firm.
    static let companyWords: Set<String> = Set("""
    group groupe holdings holding technologies technology tech mining minerals metals metal energy energie energies
    capital bank banque partners ventures systems solutions industries industrie motors labs networks digital
    semiconductor semiconductors semiconducteurs electronics power resources steel oil gas petroleum pharma airlines exchange markets
    securities investments finance financial insurance media news times journal post press telecom telecoms
    computing compute cloud data datacenters infrastructure robotics software microsystems communications logistics trading mines
    studios studio works pictures entertainment airways aerospace foods pharmaceuticals therapeutics biosciences chemicals
    solar utilities brands stores automotive shipping engineering consulting broadcasting games interactive realty properties
    hotels resorts railways devices instruments electric fonds compagnie societe systemes reseaux informatique
    collective international services trust rail wind winds assurance assurances ciments cement renewables renouvelables research air
    batteries
    """.split(whereSeparator: \.isWhitespace).map(String.init)).union(commodityFirmWords)

    /// What a miner digs, closing many miners' names (`Leo Lithium`, `Kirkland Lake Gold`) and some places'
    /// (`the Copper Belt`). `silver` is left out: it is a surname as often.
    static let commodityFirmWords: Set<String> = ["lithium", "gold", "copper", "nickel", "uranium", "cobalt", "graphite", "potash", "manganese"]

    /// Common nouns that, placed just before or in apposition to a name, say it is a firm.
    static let companyHeads: Set<String> = Set("""
    societe societes entreprise entreprises groupe firme compagnie start-up startup jeune-pousse fabricant constructeur
    fournisseur operateur exploitant mineur producteur geant leader specialiste banque plateforme bourse editeur
    developpeur distributeur negociant fonds filiale concurrent rival client hebergeur conglomerat assureur transporteur
    company companies firm group miner miners maker manufacturer producer supplier provider operator developer giant
    bank lender exchange broker insurer carrier chipmaker automaker carmaker retailer conglomerate subsidiary
    unit competitor customer utility platform publisher hoster host vendor designer integrator trader
    fabless foundry fonderie fondeur startups outfit business corporation enterprise player acteur equipementier cabinet armateur
    groupes firmes compagnies fabricants constructeurs fournisseurs operateurs exploitants producteurs geants banques plateformes
    editeurs fintech fintechs start-ups filiales concurrents hebergeurs assureurs transporteurs armateurs equipementiers
    groups firms makers manufacturers producers suppliers providers operators developers giants banks lenders exchanges
    insurers carriers chipmakers automakers retailers subsidiaries rivals competitors vendors traders businesses corporations
    pionnier pioneer fleuron pepite champion prestataire prestataires airline airlines telco telcos lessor lessors refiner refiners
    shipbuilder shipbuilders
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Media nouns: the name they introduce is a media outlet (a Company) and a likely source.
    static let mediaHeads: Set<String> = Set("""
    media medias journal quotidien hebdomadaire magazine agence site portail chaine radio blog newsletter
    outlet newspaper publication daily weekly newswire wire broadcaster network tabloid
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Common nouns that introduce a public body.
    static let organizationHeads: Set<String> = Set("""
    ministere departement regulateur agence autorite association organisation commission gouvernement parlement
    organisme institution tribunal gendarme administration syndicat syndicats
    ministry department regulator agency authority association organization organisation commission government
    parliament watchdog body institution court administration
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Lower-case heads of French public-body names completed by `de/du` + a capitalised word
    /// (`ministère américain du Commerce`, `département d'État`).
    static let lowercaseOrganizationHeads: Set<String> = ["ministere", "departement", "secretariat", "bureau", "office", "agence", "commission", "conseil", "banque", "parquet", "tribunal", "cour", "autorite"]

    /// Words placed before a name that announce a person.
    /// Words that end a title rather than name its holder (`Attorney General`, `Secretary General`).
    static let rankWords: Set<String> = ["general", "generale", "adjoint", "adjointe", "deputy", "emeritus", "elect"]

    /// Military ranks, which heads of juntas and army chiefs carry before their names (`le Général Mamadi Doumbouya`,
    /// `colonel Assimi Goïta`, `Gen. Abdel Fattah al-Burhan`). `General` also opens firms' names (`General Motors`).
    static let militaryRanks: Set<String> = ["general", "gen", "generale", "colonel", "col", "lieutenant-colonel", "capitaine", "captain", "capt", "lieutenant", "lt",
                                             "commandant", "marechal", "marshal", "amiral", "admiral", "brigadier", "sergent", "sergeant"]
    static let personTitles: Set<String> = ["sheikh", "cheikh", "prince", "princess", "king", "roi", "queen", "reine", "emir", "lord", "m.", "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "sir", "dame", "messrs", "monsieur", "madame", "sen", "rep", "gov"]

    /// Nouns that name a product next to it (`puces A100`, `H100 chips`).
    /// `chips`, `miners`: a head noun of `heads`, singular or with the plural `s`.
    static func isHead(_ key: String, of heads: Set<String>) -> Bool {
        heads.contains(key) || key.hasSuffix("s") && heads.contains(String(key.dropLast()))
    }

    static let productHeads: Set<String> = Set("""
    puce puces processeur processeurs gpu gpus chip chips processor processors accelerator accelerators accelerateur
    accelerateurs modele model models smartphone smartphones token jeton stablecoin stablecoins serveur serveurs
    server servers machine machines appareil appareils device devices logiciel software app application carte cartes
    card cards rig rigs superordinateur supercomputer superchip superchips graphics accelerateur
    """.split(whereSeparator: \.isWhitespace).map(String.init))


    /// Words naming an administrative area before `de X` or after `X`.
    /// Head nouns of seas, gulfs and straits, written in lower case in French (`mer Noire`, `détroit d'Ormuz`).
    static let waterHeads: Set<String> = ["mer", "golfe", "ocean", "detroit", "lac", "canal"]

    static let regionWords: Set<String> = ["region", "oblast", "province", "krai", "kraï", "republique", "republic", "state", "etat", "county", "comte", "district", "territoire", "territory", "canton"]

    /// Connectors allowed inside a multi-word name when a capitalised word follows.
    static let nameConnectors: Set<String> = ["of", "de", "du", "des", "d'", "&", "for", "la", "l'", "y", "del", "van", "von", "der", "den", "al", "bin", "el"]

    /// Continents and large regions that no country or city table lists.
    static let macroRegions: [String] = [
        "Europe", "Asia", "Africa", "Middle East", "Central Asia", "South-East Asia", "Southeast Asia", "South Asia", "East Asia",
        "Latin America", "North America", "South America", "Silicon Valley", "Persian Gulf", "Gulf", "Scandinavia", "Balkans",
        "Caucasus", "Siberia", "Arctic", "Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Asia-Pacific", "Oceania",
        "Asie", "Afrique", "Moyen-Orient", "Moyen Orient", "Asie centrale", "Asie du Sud-Est", "Amérique latine", "Amérique du Nord",
        "Amérique du Sud", "Sibérie", "Golfe", "Caucase", "Arctique", "Afrique subsaharienne", "Europe de l'Est",
        "Europe de l'Ouest", "Asie-Pacifique", "Océanie", "Extrême-Orient", "Far East", "Maghreb", "Sahel", "Baltics", "pays baltes",
        "England", "Scotland", "Wales", "Northern Ireland", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord",
        "Île-de-France", "Hauts-de-France", "Grand Est", "Normandie", "Bretagne", "Pays de la Loire", "Centre-Val de Loire",
        "Bourgogne-Franche-Comté", "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur", "Corse",
        "Wallonie", "Flandre", "Bavaria", "Bavière", "Catalonia", "Catalogne", "Lombardy", "Lombardie",
        "région parisienne", "Ural", "Urals", "Oural", "Far North", "Grand Nord",
    ]
    static let compassWords: Set<String> = ["west", "east", "north", "south", "northern", "southern", "western", "eastern", "central", "upstate", "northeast", "northwest", "southeast", "southwest"]

    /// Lines that belong to the page, not to the article.
    static let chromePrefixes: [String] = [
        "vous pourriez aussi aimer", "en savoir plus", "lire aussi", "a lire aussi", "a lire egalement", "lire egalement",
        "read more", "read also", "see also", "related", "also read", "you might also like", "you may also like",
        "recommended", "advertisement", "publicite", "sign up", "subscribe", "abonnez-vous", "inscrivez-vous",
        "follow us", "suivez-nous", "share this", "partager", "tags:", "mots-cles", "photo:", "image:", "credit:",
        "credits:", "(photo", "disclosure:", "disclaimer:", "avertissement", "newsletter", "more:", "plus:", "watch:",
    ]
}
