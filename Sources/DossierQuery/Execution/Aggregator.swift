/// The running state of one aggregate call (count, collect, sum, avg, min, max, stDev) within a group.
struct Aggregator {
    let function: String
    let distinct: Bool
    private var seen: Set<Val> = []
    private var count: Int64 = 0
    private var intSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    private var values: [Val] = []
    private var best: Val?
    private var sumOfSquares: Double = 0

    init(_ call: Expr) {
        switch call.kind {
        case .function(let name, let distinct, _): function = name.lowercased(); self.distinct = distinct
        default: function = "count*"; distinct = false
        }
    }

    mutating func add(_ v: Val) throws(QueryError) {
        if function == "count*" { count += 1; return }
        if v.isNull { return }
        if distinct {
            if seen.contains(v) { return }
            seen.insert(v)
        }
        count += 1
        switch function {
        case "collect": values.append(v)
        case "sum", "avg", "stdev", "stdevp":
            switch v {
            case .int(let i):
                let (s, overflow) = intSum.addingReportingOverflow(i)
                if overflow { sawFloat = true }
                intSum = s
                floatSum += Double(i)
                sumOfSquares += Double(i) * Double(i)
            case .double(let d):
                sawFloat = true
                floatSum += d
                sumOfSquares += d * d
            default:
                throw QueryError.type("InvalidArgumentType", "\(function)() needs numbers, got \(v.typeName)")
            }
        case "min":
            if let b = best { if ValueOrder.sortCompare(v, b) < 0 { best = v } } else { best = v }
        case "max":
            if let b = best { if ValueOrder.sortCompare(v, b) > 0 { best = v } } else { best = v }
        default: break
        }
    }

    var result: Val {
        switch function {
        case "count", "count*": return .int(count)
        case "collect": return .list(values)
        case "sum": return sawFloat ? .double(floatSum) : .int(intSum)
        case "avg": return count == 0 ? .null : .double(floatSum / Double(count))
        case "min", "max": return best ?? .null
        case "stdev", "stdevp":
            let n = Double(count)
            let denominator = function == "stdev" ? n - 1 : n
            if denominator <= 0 { return .double(0) }
            let mean = floatSum / n
            return .double(((sumOfSquares - n * mean * mean) / denominator).squareRoot())
        default: return .null
        }
    }
}
