import DossierModel

/// Canonical identities for entities found in many documents and languages.
public enum Resolver {
    /// The key under which two names may denote the same actor of the same type.
    public static func blockingKey(type: EntityType, name: String) -> String {
        "\(type.rawValue):\(NameKey.key(name))"
    }
}
