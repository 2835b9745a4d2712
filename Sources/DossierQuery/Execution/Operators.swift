import Foundation

/// Comparison, arithmetic, string and list operators with openCypher's null semantics.
enum Operators {
    /// Every binary operator but the boolean ones and `=~` (the evaluator handles those).
    static func apply(_ op: BinaryOperator, _ x: Val, _ y: Val, at offset: Int) throws(QueryError) -> Val {
        switch op {
        case .equal: return ValueOrder.equal(x, y).map { .bool($0) } ?? .null
        case .notEqual: return ValueOrder.equal(x, y).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessEqual, .greaterEqual:
            if x.isNull || y.isNull { return .null }
            if let a = x.numeric, let b = y.numeric, a.isNaN || b.isNaN { return .bool(false) }
            guard let c = ValueOrder.compare(x, y) else { return .null }
            switch op {
            case .less: return .bool(c < 0)
            case .greater: return .bool(c > 0)
            case .lessEqual: return .bool(c <= 0)
            default: return .bool(c >= 0)
            }
        case .startsWith, .endsWith, .contains:
            guard case .string(let s) = x, case .string(let t) = y else { return .null }
            switch op {
            case .startsWith: return .bool(s.unicodeScalars.starts(with: t.unicodeScalars))
            case .endsWith: return .bool(s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed()))
            default: return .bool(t.isEmpty || s.contains(t))
            }
        case .in:
            if y.isNull { return .null }
            guard case .list(let l) = y else {
                throw QueryError.type("InvalidArgumentType", "IN needs a list, got \(y.typeName)", at: offset)
            }
            var sawNull = false
            for e in l {
                switch ValueOrder.equal(x, e) {
                case .some(true): return .bool(true)
                case .none: sawNull = true
                default: break
                }
            }
            return sawNull ? .null : .bool(false)
        case .add: return try add(x, y, at: offset)
        case .subtract, .multiply, .divide, .modulo, .power:
            return try arithmetic(op, x, y, at: offset)
        case .and, .or, .xor, .regex:
            return .null
        }
    }

    static func add(_ x: Val, _ y: Val, at offset: Int) throws(QueryError) -> Val {
        switch (x, y) {
        case (.list(let a), .list(let b)): return .list(a + b)
        case (.list(let a), _): return .list(a + [y])
        case (_, .list(let b)): return .list([x] + b)
        case (.null, _), (_, .null): return .null
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.string(let a), .int(let i)): return .string(a + String(i))
        case (.string(let a), .double(let d)): return .string(a + Functions.formatFloat(d))
        case (.int(let i), .string(let b)): return .string(String(i) + b)
        case (.double(let d), .string(let b)): return .string(Functions.formatFloat(d) + b)
        default: return try arithmetic(.add, x, y, at: offset)
        }
    }

    static func arithmetic(_ op: BinaryOperator, _ x: Val, _ y: Val, at offset: Int) throws(QueryError) -> Val {
        if x.isNull || y.isNull { return .null }
        if case .int(let a) = x, case .int(let b) = y {
            let result: (Int64, Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .divide:
                if b == 0 { throw QueryError("ArithmeticError", .runtime, "DivisionByZero", "division by zero", at: offset) }
                result = a.dividedReportingOverflow(by: b)
            case .modulo:
                if b == 0 { throw QueryError("ArithmeticError", .runtime, "DivisionByZero", "division by zero", at: offset) }
                result = a.remainderReportingOverflow(dividingBy: b)
            default: return .double(Foundation.pow(Double(a), Double(b)))
            }
            if result.1 { throw QueryError("ArithmeticError", .runtime, "IntegerOverflow", "integer overflow", at: offset) }
            return .int(result.0)
        }
        guard let a = x.numeric, let b = y.numeric else {
            throw QueryError.type("InvalidArgumentType", "cannot apply \(op.rawValue) to \(x.typeName) and \(y.typeName)", at: offset)
        }
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide: return .double(a / b)
        case .modulo: return .double(fmod(a, b))
        default: return .double(Foundation.pow(a, b))
        }
    }
}
