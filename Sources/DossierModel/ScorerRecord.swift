/// One document's entities and relations in the format of `shared/eval/score.py`
/// (`dossier export json --per-document`): names as written in that document.
public struct ScorerRecord: Codable, Sendable, Equatable {
    public struct Entity: Codable, Sendable, Equatable {
        public var name: String
        public var type: String
        public var aliases: [String]
        public init(name: String, type: String, aliases: [String] = []) { self.name = name; self.type = type; self.aliases = aliases }
    }
    public struct Relation: Codable, Sendable, Equatable {
        public var subject: String
        public var predicate: String
        /// An entity name, or the literal for valued facts (CAPACITY: "100 MW").
        public var object: String
        public var role: String?
        public var amount: String?
        public init(subject: String, predicate: String, object: String, role: String? = nil, amount: String? = nil) {
            self.subject = subject; self.predicate = predicate; self.object = object; self.role = role; self.amount = amount
        }
    }
    public var entities: [Entity]
    public var relations: [Relation]
    public init(entities: [Entity] = [], relations: [Relation] = []) { self.entities = entities; self.relations = relations }
}
