import DossierModel
import DossierRead
import DossierExtract
import DossierResolve
import DossierStore
import DossierQuery
import DossierExport

/// The version printed by `dossier --version`.
public let dossierVersion = "0.1.0"
