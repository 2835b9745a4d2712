import DossierModel

/// Graph → Graphviz DOT text.
public enum DOTExporter {
    public static func export(_ snapshot: GraphSnapshot) -> String {
        var out = "digraph dossier {\n"
        for n in snapshot.nodes.sorted(by: { $0.id < $1.id }) { out += "  n\(n.id);\n" }
        for r in snapshot.relationships.sorted(by: { $0.id < $1.id }) { out += "  n\(r.start) -> n\(r.end);\n" }
        return out + "}\n"
    }
}
