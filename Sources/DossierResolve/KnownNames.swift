import DossierModel

/// Names that are known to denote the same agency or country in English, French and Russian
/// (from the shared authority and country lexicons), indexed by `NameKey.key`.
enum KnownNames {
    /// Normalised name → the group it belongs to (`authority:US-OFAC`, `country:RU`); names
    /// that belong to several groups are left out, since they prove nothing.
    static let groupOfKey: [String: String] = {
        var groups: [String: Set<String>] = [:]
        func add(_ names: [String], to group: String) {
            for name in names {
                let key = NameKey.key(name)
                if !key.isEmpty { groups[key, default: []].insert(group) }
            }
        }
        for row in rows(EmbeddedLexicons.authoritiesTSV) {
            guard let id = row["id"], !id.isEmpty else { continue }
            let names = ["acronyms", "en_name", "en_alt", "fr_name", "fr_alt", "ru_name", "ru_alt"].flatMap { split(row[$0]) }
            add(names, to: "authority:\(id)")
        }
        for row in rows(EmbeddedLexicons.countriesTSV) {
            guard let code = row["alpha2"], !code.isEmpty else { continue }
            let names = ["en_name", "en_alt", "fr_name", "fr_with_article", "fr_alt", "ru_name", "ru_alt"].flatMap { split(row[$0]) }
            add(names, to: "country:\(code)")
        }
        return groups.compactMapValues { $0.count == 1 ? $0.first : nil }
    }()

    /// The group of a name, for the entity types the lexicons describe.
    static func group(of name: String, type: String) -> String? {
        guard let g = groupOfKey[NameKey.key(name)] else { return nil }
        switch type {
        case EntityType.organization.rawValue: return g.hasPrefix("authority:") ? g : nil
        case EntityType.location.rawValue: return g.hasPrefix("country:") ? g : nil
        default: return nil
        }
    }

    static func split(_ field: String?) -> [String] {
        (field ?? "").split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
    }

    static func rows(_ tsv: String) -> [[String: String]] {
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (i, h) in header.enumerated() where i < cells.count { row[h] = cells[i] }
            return row
        }
    }
}
