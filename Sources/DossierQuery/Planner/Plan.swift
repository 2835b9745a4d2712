/// The analysed query, ready to execute: each clause with the row layout it reads and writes.
struct QueryPlan {
    var parts: [PartPlan]
    var unionAll: Bool
    var columns: [String]
}

struct PartPlan {
    var clauses: [ClausePlan]
    var columns: [String]
    /// False for queries without RETURN (e.g. a bare CREATE): the result has no columns.
    var returnsRows: Bool
}

enum ClausePlan {
    case match(MatchPlan)
    case unwind(Expr, slot: Int, width: Int)
    case projection(ProjectionPlan)
    case create(patterns: [PatternPart], width: Int)
}

final class MatchPlan {
    let optional: Bool
    let patterns: [PatternPart]
    let predicate: Expr?
    /// Row width after the clause.
    let width: Int
    /// Slots this clause binds (set to null when an OPTIONAL MATCH finds nothing).
    let newSlots: [Int]
    /// Slots bound before this clause (a pattern variable among them is a join, not a new binding).
    let boundSlots: Set<Int>

    init(optional: Bool, patterns: [PatternPart], predicate: Expr?, width: Int, newSlots: [Int], boundSlots: Set<Int>) {
        self.optional = optional; self.patterns = patterns; self.predicate = predicate
        self.width = width; self.newSlots = newSlots; self.boundSlots = boundSlots
    }
}

final class ProjectionPlan {
    var projection: Projection
    /// Input slots copied first into the output row (`WITH *` / `RETURN *`).
    var carried: [Int] = []
    var columns: [String] = []
    var inputWidth = 0
    var isAggregating = false
    var aggregates: [Expr] = []
    var groupingItems: [Int] = []
    var predicate: Expr?
    var isReturn = false

    init(projection: Projection) { self.projection = projection }
}
