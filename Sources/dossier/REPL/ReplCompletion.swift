import DossierKit

/// Tab-completion candidates from what is being typed and what comes before it:
/// meta-commands at the start of a line, labels and relationship types after `:`,
/// property keys after `.`, entity names inside quotes, keywords and functions otherwise.
struct ReplCompletion {
    var labels: [String] = []
    var relationshipTypes: [String] = []
    var propertyKeys: [String] = []
    var entityNames: [String] = []

    init(schema: GraphSchemaSummary) {
        labels = schema.labels.keys.sorted()
        relationshipTypes = schema.relationshipTypes.keys.sorted()
        propertyKeys = schema.propertyKeys.keys.sorted()
        entityNames = Array(Set(schema.entityNames)).sorted()
    }

    static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT", "DISTINCT", "AS",
        "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END",
        "CONTAINS", "STARTS", "ENDS", "EXISTS", "CREATE", "MERGE", "SET", "DELETE", "DETACH", "EXPLAIN",
        "ASC", "DESC", "UNION", "ALL", "CALL", "YIELD",
    ]
    static let functions = [
        "avg", "coalesce", "collect", "count", "endNode", "evidence", "id", "keys", "labels", "length",
        "matches", "max", "min", "nodes", "properties", "relationships", "size", "startNode", "sum",
        "toLower", "toString", "toUpper", "type",
    ]

    /// Candidates that replace `word`; `before` is the line up to the start of `word`;
    /// `continuing` tells that a statement is pending (so `:` is not a meta-command).
    func candidates(word: String, before: String, continuing: Bool = false) -> [String] {
        if !continuing, before.allSatisfy(\.isWhitespace), word.hasPrefix(":") {
            return ReplEngine.metaCommands.map(\.name).filter { $0.hasPrefix(word.lowercased()) }
        }
        if let last = before.last, last == "\"" || last == "'" {
            return entityNames.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        }
        if let colon = word.lastIndex(of: ":") {
            let head = word[...colon], tail = word[word.index(after: colon)...]
            return Array(Set(labels + relationshipTypes)).sorted().filter { $0.lowercased().hasPrefix(tail.lowercased()) }.map { head + $0 }
        }
        if let dot = word.lastIndex(of: ".") {
            let head = word[...dot], tail = word[word.index(after: dot)...]
            return propertyKeys.filter { $0.lowercased().hasPrefix(tail.lowercased()) }.map { head + $0 }
        }
        guard !word.isEmpty else { return [] }
        let lowered = word.lowercased()
        let typedLowercase = word == lowered
        let keywords = ReplCompletion.keywords.filter { $0.lowercased().hasPrefix(lowered) }.map { typedLowercase ? $0.lowercased() : $0 }
        let functions = ReplCompletion.functions.filter { $0.lowercased().hasPrefix(lowered) }
        return keywords + functions
    }
}
