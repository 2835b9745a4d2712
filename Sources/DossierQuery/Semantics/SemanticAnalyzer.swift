/// Scoping and static checks over the AST; assigns row slots and produces the `QueryPlan`.
/// Errors carry the TCK's names (UndefinedVariable, VariableTypeConflict, …).
struct SemanticAnalyzer {
    let source: [Unicode.Scalar]
    private var scope = Scope()
    /// Where aggregates are allowed, and the list collecting them.
    private var aggregateSink: [Expr]?
    private var aggregateContext = "here"
    private var insideAggregate = false

    init(source: String) { self.source = Array(source.unicodeScalars) }

    static func analyze(_ ast: QueryAST, source: String) throws(QueryError) -> QueryPlan {
        var parts: [PartPlan] = []
        for part in ast.parts {
            var analyzer = SemanticAnalyzer(source: source)
            parts.append(try analyzer.analyze(part))
        }
        if Set(ast.unionAll).count > 1 {
            throw .syntax("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed", at: ast.unionRanges.last?.start)
        }
        for (i, p) in parts.enumerated().dropFirst() where p.columns != parts[0].columns {
            throw .syntax("DifferentColumnsInUnion", "all parts of a UNION must return the same column names",
                          at: ast.unionRanges[i - 1].start)
        }
        return QueryPlan(parts: parts, unionAll: ast.unionAll.first ?? false, columns: parts[0].columns)
    }

    private func text(_ r: SourceRange) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: source[r.start..<min(r.end, source.count)])
        return String(v)
    }

    // MARK: Clauses

    private mutating func analyze(_ query: SingleQuery) throws(QueryError) -> PartPlan {
        var plans: [ClausePlan] = []
        var columns: [String] = []
        var returns = false
        for clause in query.clauses {
            if returns {
                throw .syntax("InvalidClauseComposition", "RETURN must be the last clause", at: clause.range.start)
            }
            switch clause {
            case .match(let optional, let patterns, let predicate, _):
                plans.append(.match(try analyzeMatch(optional: optional, patterns: patterns, predicate: predicate)))
            case .unwind(let e, let alias, let range):
                let t = try expression(e, context: "UNWIND")
                if scope.contains(alias) {
                    throw .syntax("VariableAlreadyBound", "variable '\(alias)' is already bound", at: range.start)
                }
                var elementType = StaticType.any
                if case .list(let inner) = t { elementType = inner }
                let slot = scope.declare(alias, elementType)
                plans.append(.unwind(e, slot: slot, width: scope.width))
            case .with(let projection, let predicate):
                plans.append(.projection(try analyzeProjection(projection, predicate: predicate, isReturn: false)))
            case .return(let projection):
                let plan = try analyzeProjection(projection, predicate: nil, isReturn: true)
                columns = plan.columns
                plans.append(.projection(plan))
                returns = true
            case .create(let patterns, _):
                try analyzeCreate(patterns)
                plans.append(.create(patterns: patterns, width: scope.width))
            }
        }
        if !returns, let last = query.clauses.last {
            if case .create = last {} else {
                throw .syntax("InvalidClauseComposition", "a query must end with RETURN or an updating clause", at: last.range.end)
            }
        }
        return PartPlan(clauses: plans, columns: columns, returnsRows: returns)
    }

    private mutating func analyzeMatch(optional: Bool, patterns: [PatternPart], predicate: Expr?) throws(QueryError) -> MatchPlan {
        let bound = Set(scope.names.compactMap { scope.slot(of: $0) })
        let before = scope
        var relationshipsInClause: Set<String> = []
        for part in patterns {
            try bindPattern(part, creating: false, relationshipsInClause: &relationshipsInClause, before: before)
        }
        if let p = predicate {
            let t = try expression(p, context: "WHERE")
            try requireBoolean(t, p)
        }
        let newSlots = scope.names.filter { !before.contains($0) }.compactMap { scope.slot(of: $0) }
        return MatchPlan(optional: optional, patterns: patterns, predicate: predicate, width: scope.width,
                         newSlots: newSlots, boundSlots: bound)
    }

    private mutating func analyzeCreate(_ patterns: [PatternPart]) throws(QueryError) {
        var relationshipsInClause: Set<String> = []
        let before = scope
        for part in patterns {
            for (rel, _) in part.hops {
                if let v = rel.variable, scope.contains(v) {
                    throw .syntax("VariableAlreadyBound", "variable '\(v)' is already bound", at: rel.range.start)
                }
                if rel.length != nil {
                    throw .syntax("CreatingVarLength", "CREATE cannot create a variable-length relationship", at: rel.range.start)
                }
                if rel.types.count != 1 {
                    throw .syntax("NoSingleRelationshipType", "CREATE needs exactly one relationship type", at: rel.range.start)
                }
                if rel.direction == .both {
                    throw .syntax("RequiresDirectedRelationship", "CREATE needs a directed relationship", at: rel.range.start)
                }
                if let v = rel.variable, scope.contains(v) {
                    throw .syntax("VariableAlreadyBound", "variable '\(v)' is already bound", at: rel.range.start)
                }
            }
            // A bound node may be referenced, but not re-created or re-labelled.
            for node in part.nodes {
                guard let v = node.variable, let t = scope.type(of: v) else { continue }
                if t == .node || t == .any, node.labels.isEmpty && node.properties == nil && !part.hops.isEmpty { continue }
                if t == .node || t == .any {
                    throw .syntax("VariableAlreadyBound", "variable '\(v)' is already bound", at: node.range.start)
                }
            }
            try bindPattern(part, creating: true, relationshipsInClause: &relationshipsInClause, before: before)
        }
    }

    /// Declares the pattern's variables, checking them against what is already in scope.
    private mutating func bindPattern(_ part: PatternPart, creating: Bool, relationshipsInClause: inout Set<String>,
                                      before: Scope) throws(QueryError) {
        func bindNode(_ node: inout NodePattern) throws(QueryError) {
            if let props = node.properties {
                if !creating, case .parameter = props.kind {
                    throw .syntax("InvalidParameterUse", "a parameter cannot be used as a property map in MATCH", at: props.range.start)
                }
                let t = try expression(props, context: creating ? "CREATE" : "MATCH")
                if !t.admits([.map]) { throw .syntax("InvalidArgumentType", "node properties must be a map", at: props.range.start) }
            }
            guard let v = node.variable else {
                node.slot = scope.hiddenSlot()
                return
            }
            if let t = scope.type(of: v) {
                if t != .node && t != .any && t != .null {
                    throw .syntax("VariableTypeConflict", "variable '\(v)' is a \(t.name), not a node", at: node.range.start)
                }
                node.slot = scope.slot(of: v)!
                scope.setType(v, .node)
            } else {
                node.slot = scope.declare(v, .node)
            }
        }
        try bindNode(&part.start)
        for i in part.hops.indices {
            var rel = part.hops[i].0
            if let props = rel.properties {
                if !creating, case .parameter = props.kind {
                    throw .syntax("InvalidParameterUse", "a parameter cannot be used as a property map in MATCH", at: props.range.start)
                }
                _ = try expression(props, context: creating ? "CREATE" : "MATCH")
            }
            if let v = rel.variable {
                let wanted: StaticType = rel.length == nil ? .relationship : .list(.relationship)
                if relationshipsInClause.contains(v) {
                    throw .syntax("RelationshipUniquenessViolation", "relationship variable '\(v)' is used twice in one pattern", at: rel.range.start)
                }
                if let t = scope.type(of: v) {
                    let compatible = t == wanted || t == .any || t == .null || (rel.length != nil && t.admits([.list(.any)]))
                    if !compatible || before.type(of: v) == nil && t != wanted {
                        throw .syntax("VariableTypeConflict", "variable '\(v)' is a \(t.name), not a relationship", at: rel.range.start)
                    }
                    rel.slot = scope.slot(of: v)!
                } else {
                    rel.slot = scope.declare(v, wanted)
                }
                relationshipsInClause.insert(v)
            } else {
                rel.slot = scope.hiddenSlot()
            }
            part.hops[i].0 = rel
            try bindNode(&part.hops[i].1)
        }
        if let p = part.pathVariable {
            if scope.contains(p) {
                throw .syntax("VariableAlreadyBound", "variable '\(p)' is already bound", at: part.range.start)
            }
            part.pathSlot = scope.declare(p, .path)
        }
        if part.shortest != .none, part.hops.count != 1 {
            throw .syntax("InvalidRelationshipPattern", "shortestPath needs a single relationship", at: part.range.start)
        }
    }

    // MARK: Projections

    private mutating func analyzeProjection(_ projection: Projection, predicate: Expr?, isReturn: Bool) throws(QueryError) -> ProjectionPlan {
        let plan = ProjectionPlan(projection: projection)
        plan.isReturn = isReturn
        plan.inputWidth = scope.width
        let input = scope
        var columns: [String] = []
        if projection.includeExisting {
            let visible = input.names.sorted()
            if visible.isEmpty && isReturn {
                throw .syntax("NoVariablesInScope", "RETURN * / WITH * needs variables in scope", at: projection.starRange?.start)
            }
            for name in visible {
                plan.carried.append(input.slot(of: name)!)
                columns.append(name)
            }
        }
        var itemTypes: [StaticType] = []
        var missingAlias: QueryError?
        for (i, item) in projection.items.enumerated() {
            var sink: [Expr] = []
            let t = try expression(item.expression, context: isReturn ? "RETURN" : "WITH", aggregates: &sink)
            itemTypes.append(t)
            if sink.isEmpty { plan.groupingItems.append(i) } else { plan.isAggregating = true }
            for a in sink { a.aggregateIndex = plan.aggregates.count; plan.aggregates.append(a) }
            if !isReturn, item.alias == nil, missingAlias == nil {
                if case .variable = item.expression.kind {} else {
                    missingAlias = .syntax("NoExpressionAlias", "expressions in WITH must be aliased (use AS)", at: item.expression.range.start)
                }
            }
            if columns.contains(item.name) {
                throw .syntax("ColumnNameConflict", "column '\(item.name)' is defined twice", at: (item.aliasRange ?? item.expression.range).start)
            }
            columns.append(item.name)
        }
        if plan.isAggregating {
            try checkAmbiguousAggregation(projection.items.indices.filter { !plan.groupingItems.contains($0) }.map { projection.items[$0].expression },
                                          projection, plan, outputNames: [])
        }
        plan.columns = columns

        // The output scope: carried variables, then items.
        var output = Scope()
        for name in columns.prefix(plan.carried.count) {
            output.declare(name, input.type(of: name) ?? .any)
        }
        for (i, item) in projection.items.enumerated() {
            let name = item.alias ?? item.name
            if case .variable(let v) = item.expression.kind, item.alias == nil {
                output.declare(v, itemTypes[i])
            } else {
                output.declare(name, itemTypes[i])
            }
        }

        // ORDER BY sees the input row followed by the output row.
        if !projection.orderBy.isEmpty {
            let restricted = plan.isAggregating || projection.distinct
            let combined = combinedScope(input: input, output: output, restricted: restricted)
            let saved = scope
            scope = combined
            if plan.isAggregating {
                let names = Set(projection.items.compactMap { $0.alias } + plan.carried.indices.map { columns[$0] })
                try checkAmbiguousAggregation(projection.orderBy.map(\.expression).filter(\.containsAggregate), projection, plan,
                                              outputNames: names, sorting: true)
            }
            for sort in projection.orderBy {
                if restricted { rewriteProjected(sort.expression, projection) }
                var sink: [Expr] = []
                _ = try expression(sort.expression, context: "ORDER BY", aggregates: &sink)
                if !sink.isEmpty && !plan.isAggregating {
                    throw .syntax("InvalidAggregation", "aggregation in ORDER BY needs an aggregating projection", at: sink[0].range.start)
                }
                for a in sink { a.aggregateIndex = plan.aggregates.count; plan.aggregates.append(a) }
            }
            scope = saved
        }
        if let missingAlias { throw missingAlias }
        try checkCount(projection.skip, "SKIP")
        try checkCount(projection.limit, "LIMIT")

        if let p = predicate {
            // WITH … WHERE sees the projected names and, unless aggregating, the variables before it.
            let saved = scope
            let restricted = plan.isAggregating || projection.distinct
            scope = combinedScope(input: input, output: output, restricted: restricted)
            if restricted { rewriteProjected(p, projection) }
            let t = try expression(p, context: "WHERE")
            try requireBoolean(t, p)
            plan.predicate = p
            scope = saved
        }
        scope = output
        return plan
    }

    /// The input row followed by the output row, output names shadowing input ones.
    private func combinedScope(input: Scope, output: Scope, restricted: Bool) -> Scope {
        var combined = Scope()
        if !restricted {
            for n in input.names { combined.alias(n, slot: input.slot(of: n)!, type: input.type(of: n) ?? .any) }
        }
        while combined.width < input.width { _ = combined.hiddenSlot() }
        for n in output.names {
            combined.alias(n, slot: input.width + output.slot(of: n)!, type: output.type(of: n) ?? .any)
        }
        while combined.width < input.width + output.width { _ = combined.hiddenSlot() }
        return combined
    }

    /// In a DISTINCT or aggregating projection, ORDER BY may repeat an item's expression.
    private func rewriteProjected(_ e: Expr, _ projection: Projection) {
        let key = normalized(e.range)
        for item in projection.items where normalized(item.expression.range) == key {
            let name: String
            if case .variable(let v) = item.expression.kind, item.alias == nil { name = v } else { name = item.alias ?? item.name }
            e.kind = .variable(name)
            return
        }
        if e.isAggregateCall { return }
        for c in e.children { rewriteProjected(c, projection) }
    }

    private func normalized(_ r: SourceRange) -> String {
        text(r).filter { !$0.isWhitespace }
    }

    /// `RETURN me.age + count(*)` is ambiguous unless `me.age` (or `me`) is a grouping key.
    private func checkAmbiguousAggregation(_ expressions: [Expr], _ projection: Projection, _ plan: ProjectionPlan,
                                           outputNames: Set<String>, sorting: Bool = false) throws(QueryError) {
        var keyTexts: Set<String> = []
        var keyVariables = outputNames
        for i in plan.groupingItems {
            let e = projection.items[i].expression
            // Only simple keys (a variable or a property of one) may be repeated inside an aggregating item.
            if case .property(let base, _) = e.kind, case .variable = base.kind { keyTexts.insert(normalized(e.range)) }
            if case .variable(let v) = e.kind { keyVariables.insert(v) }
        }
        var mentioned: Set<String> = []
        func collectVariables(_ e: Expr) {
            if case .variable(let v) = e.kind { mentioned.insert(v) }
            e.children.forEach(collectVariables)
        }
        for i in plan.groupingItems { collectVariables(projection.items[i].expression) }
        func check(_ e: Expr) throws(QueryError) {
            if e.isAggregateCall { return }
            if keyTexts.contains(normalized(e.range)) { return }
            if case .variable(let v) = e.kind, !keyVariables.contains(v) {
                if sorting && !mentioned.contains(v) {
                    throw .syntax("UndefinedVariable", "variable '\(v)' is not projected by this WITH/RETURN", at: e.range.start)
                }
                throw .syntax("AmbiguousAggregationExpression", "'\(v)' is neither aggregated nor a grouping key", at: e.range.start)
            }
            switch e.kind {
            case .listComprehension, .quantifier, .reduce, .patternComprehension: return
            default: break
            }
            for c in e.children { try check(c) }
        }
        for e in expressions { try check(e) }
    }

    private mutating func checkCount(_ e: Expr?, _ clause: String) throws(QueryError) {
        guard let e else { return }
        if containsVariable(e) {
            throw .syntax("NonConstantExpression", "\(clause) must be a constant", at: e.range.start)
        }
        let saved = scope
        scope = Scope()
        _ = try expression(e, context: clause)
        scope = saved
        if case .literal(let v) = e.kind {
            switch v {
            case .int(let i) where i < 0:
                throw .syntax("NegativeIntegerArgument", "\(clause) must not be negative", at: e.range.start)
            case .int: break
            default:
                throw .syntax("InvalidArgumentType", "\(clause) must be an integer", at: e.range.start)
            }
        }
        if case .unary(.negate, let inner) = e.kind, case .literal(.int) = inner.kind {
            throw .syntax("NegativeIntegerArgument", "\(clause) must not be negative", at: e.range.start)
        }
    }

    private func containsVariable(_ e: Expr) -> Bool {
        if case .variable = e.kind { return true }
        if case .pattern = e.kind { return true }
        return e.children.contains { containsVariable($0) }
    }

    private func requireBoolean(_ t: StaticType, _ e: Expr) throws(QueryError) {
        if !t.admits([.bool]) {
            throw .syntax("InvalidArgumentType", "expected a boolean, got \(t.name)", at: e.range.start)
        }
    }

    // MARK: Expressions

    private mutating func expression(_ e: Expr, context: String) throws(QueryError) -> StaticType {
        let saved = aggregateSink
        aggregateSink = nil
        aggregateContext = context
        defer { aggregateSink = saved }
        return try check(e)
    }

    private mutating func expression(_ e: Expr, context: String, aggregates: inout [Expr]) throws(QueryError) -> StaticType {
        let saved = aggregateSink
        aggregateSink = []
        aggregateContext = context
        let t = try check(e)
        aggregates = aggregateSink ?? []
        aggregateSink = saved
        return t
    }

    private mutating func withLocal(_ name: String, _ type: StaticType, _ binder: Expr, _ body: (inout SemanticAnalyzer) throws(QueryError) -> StaticType) throws(QueryError) -> StaticType {
        let (slot, previous) = scope.pushLocal(name, type)
        binder.slot = slot
        defer { scope.popLocal(name, previous) }
        return try body(&self)
    }

    private mutating func check(_ e: Expr) throws(QueryError) -> StaticType {
        switch e.kind {
        case .literal(let v):
            switch v {
            case .null: return .null
            case .bool: return .bool
            case .int: return .int
            case .double: return .float
            case .string: return .string
            default: return .any
            }
        case .parameter: return .any
        case .variable(let name):
            guard let slot = scope.slot(of: name) else {
                throw .syntax("UndefinedVariable", "variable '\(name)' is not defined", at: e.range.start)
            }
            e.slot = slot
            return scope.type(of: name) ?? .any
        case .property(let base, _):
            let t = try check(base)
            if t == .path {
                throw .syntax("InvalidArgumentType", "cannot read a property of a Path", at: e.range.start)
            }
            if !t.admits([.node, .relationship, .map]) {
                throw QueryError("TypeError", .compile, "InvalidArgumentType", "cannot read a property of a \(t.name)", at: e.range.start)
            }
            return .any
        case .list(let items):
            var types: [StaticType] = []
            for i in items { types.append(try check(i)) }
            if let f = types.first, types.allSatisfy({ $0 == f }) { return .list(f) }
            return .list(.any)
        case .map(let entries):
            for (_, v) in entries { _ = try check(v) }
            return .map
        case .unary(let op, let x):
            let t = try check(x)
            if op == .not {
                if !t.admits([.bool]) { throw .syntax("InvalidArgumentType", "NOT needs a boolean, got \(t.name)", at: x.range.start) }
                return .bool
            }
            if !t.admits([.int, .float]) { throw .syntax("InvalidArgumentType", "cannot negate a \(t.name)", at: x.range.start) }
            return t == .null ? .null : t
        case .binary(let op, let a, let b):
            let ta = try check(a), tb = try check(b)
            switch op {
            case .and, .or, .xor:
                if !ta.admits([.bool]) { throw .syntax("InvalidArgumentType", "\(op.rawValue) needs booleans, got \(ta.name)", at: a.range.start) }
                if !tb.admits([.bool]) { throw .syntax("InvalidArgumentType", "\(op.rawValue) needs booleans, got \(tb.name)", at: b.range.start) }
                return .bool
            case .in:
                if !tb.admits([.list(.any)]) { throw .syntax("InvalidArgumentType", "IN needs a list, got \(tb.name)", at: b.range.start) }
                return .bool
            case .add:
                if ta == .int && tb == .int { return .int }
                if case .list = ta { return ta }
                if ta == .string || tb == .string { return ta.admits([.string, .int, .float]) && tb.admits([.string, .int, .float]) ? .string : .any }
                return .any
            case .subtract, .multiply, .divide, .modulo, .power:
                if ta == .int && tb == .int && op != .power { return .int }
                if (ta == .float || tb == .float) && ta.admits([.int, .float]) && tb.admits([.int, .float]) { return .float }
                return .any
            default: return .bool
            }
        case .isNull(let x, _):
            _ = try check(x)
            return .bool
        case .index(let base, let index):
            let tb = try check(base), ti = try check(index)
            if !tb.admits([.list(.any), .map, .node, .relationship]) {
                throw QueryError("TypeError", .compile, "InvalidArgumentType", "cannot index a \(tb.name)", at: base.range.start)
            }
            if case .list = tb, !ti.admits([.int]) {
                throw QueryError("TypeError", .compile, "InvalidArgumentType", "list index must be an integer", at: index.range.start)
            }
            if case .list(let inner) = tb { return inner }
            return .any
        case .slice(let base, let from, let to):
            let t = try check(base)
            if let from { _ = try check(from) }
            if let to { _ = try check(to) }
            return t
        case .hasLabels(let x, _):
            let t = try check(x)
            if !t.admits([.node, .relationship]) { throw .syntax("InvalidArgumentType", "label test needs a node", at: x.range.start) }
            return .bool
        case .countStar:
            try registerAggregate(e)
            return .int
        case .function(let name, _, let args):
            return try checkFunction(e, name: name, args: args)
        case .caseOf(let subject, let branches, let otherwise):
            if let subject { _ = try check(subject) }
            var results: [StaticType] = []
            for (w, t) in branches { _ = try check(w); results.append(try check(t)) }
            if let otherwise { results.append(try check(otherwise)) }
            if let f = results.first, results.allSatisfy({ $0 == f }) { return f }
            return .any
        case .listComprehension(let variable, let source, let predicate, let projection):
            let ts = try check(source)
            var element = StaticType.any
            if case .list(let inner) = ts { element = inner }
            return try withLocal(variable, element, e) { (a: inout SemanticAnalyzer) throws(QueryError) -> StaticType in
                if let predicate { _ = try a.check(predicate) }
                if let projection { return .list(try a.check(projection)) }
                return ts
            }
        case .quantifier(_, let variable, let source, let predicate):
            let ts = try check(source)
            if !ts.admits([.list(.any)]) { throw .syntax("InvalidArgumentType", "quantifier needs a list", at: source.range.start) }
            var element = StaticType.any
            if case .list(let inner) = ts { element = inner }
            return try withLocal(variable, element, e) { (a: inout SemanticAnalyzer) throws(QueryError) -> StaticType in
                if let predicate { _ = try a.check(predicate) }
                return .bool
            }
        case .reduce(let acc, let initial, let variable, let source, let body):
            _ = try check(initial)
            _ = try check(source)
            let (accSlot, accPrev) = scope.pushLocal(acc, .any)
            initial.aggregateIndex = accSlot
            defer { scope.popLocal(acc, accPrev) }
            return try withLocal(variable, .any, e) { (a: inout SemanticAnalyzer) throws(QueryError) -> StaticType in
                _ = try a.check(body)
                return .any
            }
        case .pattern(let part):
            try checkPatternExpression(part)
            return .bool
        case .patternComprehension(_, let part, let predicate, let projection):
            let saved = scope
            try checkPatternExpression(part, allowNew: true)
            if let predicate { _ = try check(predicate) }
            let t = try check(projection)
            let width = scope.width
            scope = saved
            while scope.width < width { _ = scope.hiddenSlot() }
            return .list(t)
        case .mapProjection(let base, let items):
            let t = try check(base)
            if !t.admits([.node, .relationship, .map]) {
                throw .syntax("InvalidArgumentType", "map projection needs a node, relationship or map", at: base.range.start)
            }
            for item in items {
                if case .literal(_, let x) = item { _ = try check(x) }
            }
            return .map
        }
    }

    /// Pattern predicates may only refer to variables already bound (new names stay local).
    private mutating func checkPatternExpression(_ part: PatternPart, allowNew: Bool = false) throws(QueryError) {
        let saved = scope
        var rels: Set<String> = []
        if !allowNew {
            for node in part.nodes {
                if let v = node.variable, !scope.contains(v) {
                    throw .syntax("UndefinedVariable", "variable '\(v)' is not defined", at: node.range.start)
                }
            }
        }
        try bindPattern(part, creating: false, relationshipsInClause: &rels, before: saved)
        if allowNew { return }
        let width = scope.width
        scope = saved
        while scope.width < width { _ = scope.hiddenSlot() }
    }

    private mutating func registerAggregate(_ e: Expr) throws(QueryError) {
        guard aggregateSink != nil else {
            throw .syntax("InvalidAggregation", "aggregation is not allowed in \(aggregateContext)", at: e.range.start)
        }
        if insideAggregate {
            throw .syntax("NestedAggregation", "aggregations cannot be nested", at: e.range.start)
        }
        aggregateSink!.append(e)
    }

    private mutating func checkFunction(_ e: Expr, name: String, args: [Expr]) throws(QueryError) -> StaticType {
        let lower = name.lowercased()
        guard let arity = Functions.arity[lower] else {
            throw .syntax("UnknownFunction", "unknown function '\(name)'", at: e.range.start)
        }
        if !arity.contains(args.count) {
            throw .syntax("InvalidNumberOfArguments", "\(name)() takes \(arity.lowerBound)…\(arity.upperBound) arguments, got \(args.count)", at: e.range.start)
        }
        let isAggregate = Functions.aggregates.contains(lower)
        if isAggregate { try registerAggregate(e) }
        let savedInside = insideAggregate
        if isAggregate { insideAggregate = true }
        if lower == "size", case .pattern = args[0].kind {
            throw .syntax("UnexpectedSyntax", "size() of a pattern predicate: use a pattern comprehension", at: args[0].range.start)
        }
        if insideAggregate, lower == "rand" {
            throw .syntax("NonConstantExpression", "rand() cannot be aggregated", at: e.range.start)
        }
        var types: [StaticType] = []
        for a in args { types.append(try check(a)) }
        insideAggregate = savedInside
        func require(_ i: Int, _ allowed: [StaticType]) throws(QueryError) {
            if i < types.count, !types[i].admits(allowed) {
                throw .syntax("InvalidArgumentType", "\(name)() cannot take a \(types[i].name)", at: args[i].range.start)
            }
        }
        switch lower {
        case "labels": try require(0, [.node]); return .list(.string)
        case "type": try require(0, [.relationship]); return .string
        case "properties": try require(0, [.node, .relationship, .map]); return .map
        case "keys": try require(0, [.node, .relationship, .map]); return .list(.string)
        case "size": try require(0, [.list(.any), .string]); return .int
        case "length": try require(0, [.path]); return .int
        case "nodes": try require(0, [.path]); return .list(.node)
        case "relationships": try require(0, [.path]); return .list(.relationship)
        case "startnode", "endnode": try require(0, [.relationship]); return .node
        case "count": return .int
        case "collect": return .list(types.first ?? .any)
        case "tostring", "tolower", "toupper", "trim", "ltrim", "rtrim", "replace", "substring", "left", "right":
            return .string
        case "tointeger": return .int
        case "tofloat": return .float
        case "toboolean": return .bool
        case "exists", "matches": return .bool
        case "range", "split", "evidence": return .list(.any)
        case "id": return .int
        default: return .any
        }
    }
}
