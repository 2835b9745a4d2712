import CLibXML2

/// libxml2 sets up its globals (the dictionary's random seed among them) on first use, and that
/// set-up is not thread-safe: two threads starting their first parse at once can leave libxml2's
/// global mutex waited on forever. One CI run of the test suite hung so, with two test threads
/// blocked in `xmlDictCreate` → `__xmlRandom` → `xmlRMutexLock`. `xmlInitParser` does the set-up
/// once, before any parse.
enum LibXML {
    private static let initialized: Void = { xmlInitParser() }()

    /// Call before the first libxml2 parse; cheap after the first call (Swift runs it once).
    static func ensureInitialized() { _ = initialized }
}
