import DossierModel
import Foundation

/// Which body keeps each list or programme of `authorities.tsv` (its `parent` column): the
/// Entity List is the BIS's, the SDN list OFAC's. General knowledge the lexicon already holds,
/// used only when the text names that body too.
struct SanctionListAuthorities: Sendable {
    /// Folded name of a list or programme → the ids of its keepers, nearest first.
    private(set) var keepers: [String: [String]] = [:]
    /// Authority id → folded names.
    private(set) var names: [String: Set<String>] = [:]

    static let shared = SanctionListAuthorities()

    private init() {
        guard let url = Bundle.module.url(forResource: "authorities", withExtension: "tsv", subdirectory: "Lexicons")
                ?? Bundle.module.url(forResource: "authorities", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return }
        var lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard !lines.isEmpty else { return }
        let header = lines.removeFirst()
        func column(_ row: [String], _ name: String) -> String { header.firstIndex(of: name).flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
        var parent: [String: String] = [:]
        var lists: [(id: String, names: Set<String>)] = []
        for row in lines {
            let id = column(row, "id")
            guard !id.isEmpty else { continue }
            let all = ["acronyms", "en_name", "en_alt", "fr_name", "fr_alt"].flatMap { column(row, $0).split(separator: "|") }
                .map { fold(String($0).trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
            names[id] = Set(all)
            let p = column(row, "parent")
            if !p.isEmpty { parent[id] = p }
            if ["sanctions list", "export control list", "sanctions programme"].contains(column(row, "kind")) { lists.append((id, Set(all))) }
        }
        for list in lists {
            var chain: [String] = []
            var at = parent[list.id]
            while let p = at, chain.count < 3, !chain.contains(p) { chain.append(p); at = parent[p] }
            for n in list.names { keepers[n] = chain }
        }
    }
}

extension Analysis {
    /// The organisation of this text that keeps the list or programme `e` (the nearest keeper named).
    func listKeeper(_ e: Int) -> Int? {
        let table = SanctionListAuthorities.shared
        guard let chain = ([displayName(e)] + drafts[e].names + drafts[e].extraAliases).lazy.compactMap({ table.keepers[fold($0)] }).first else { return nil }
        for id in chain {
            guard let wanted = table.names[id] else { continue }
            if let org = drafts.indices.first(where: { drafts[$0].type == .organization && !drafts[$0].suppressed
                && ([displayName($0)] + drafts[$0].names + drafts[$0].extraAliases).contains { wanted.contains(fold($0)) } }) { return org }
        }
        return nil
    }
}
