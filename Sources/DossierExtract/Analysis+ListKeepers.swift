import DossierModel

extension Analysis {
    /// The organisation of this text that keeps the list or programme `e` (the nearest keeper
    /// named). General knowledge the lexicon holds, used only when the text names that body too.
    func listKeeper(_ e: Int) -> Int? {
        let lexicons = Lexicons.shared
        guard let chain = ([displayName(e)] + drafts[e].names + drafts[e].extraAliases).lazy
                .compactMap({ lexicons.listKeepers[fold($0)] }).first else { return nil }
        for id in chain {
            guard let wanted = lexicons.authorityNames[id] else { continue }
            if let org = drafts.indices.first(where: { drafts[$0].type == .organization && !drafts[$0].suppressed
                && ([displayName($0)] + drafts[$0].names + drafts[$0].extraAliases).contains { wanted.contains(fold($0)) } }) { return org }
        }
        return nil
    }
}
