/// The running state of one aggregate call (count, collect, sum, avg, min, max, stDev) within a group.
struct Aggregator {
    enum Kind { case countStar, count, collect, sum, avg, min, max, stdev, stdevp }
    let kind: Kind
    let distinct: Bool
    private var seen: Set<Val> = []
    /// DISTINCT over nodes (the common `count(DISTINCT n)`): their indexes, not `Val`s.
    private var seenNodes = NodeIndexSet()
    private var count: Int64 = 0
    private var intSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    private var values: [Val] = []
    private var best: Val?
    private var sumOfSquares: Double = 0

    init(_ call: Expr) {
        switch call.kind {
        case .function(let name, let distinct, _):
            self.distinct = distinct
            switch name.lowercased() {
            case "collect": kind = .collect
            case "sum": kind = .sum
            case "avg": kind = .avg
            case "min": kind = .min
            case "max": kind = .max
            case "stdev": kind = .stdev
            case "stdevp": kind = .stdevp
            default: kind = .count
            }
        default: kind = .countStar; distinct = false
        }
    }

    /// Whether `add` may be given a multiplicity above 1 (counting is the only aggregate that is
    /// the same over `m` equal rows as over one row weighted `m`, or over one row when DISTINCT).
    var acceptsMultiplicity: Bool { kind == .countStar || kind == .count }

    /// Whether two groups' states can be merged into the state of their union, whatever the
    /// rows' order: plain counts (a DISTINCT set or a float sum would depend on the order).
    var isMergeable: Bool { acceptsMultiplicity && !distinct }

    mutating func merge(_ other: Aggregator) { count += other.count }

    /// Adds one row's argument, `multiplicity` times (only for counts, see `acceptsMultiplicity`);
    /// `nodeCount` (the graph's) sizes the DISTINCT node set.
    mutating func add(_ v: Val, nodeCount: Int, multiplicity: Int64 = 1) throws(QueryError) {
        if kind == .countStar { count += multiplicity; return }
        if v.isNull { return }
        if distinct {
            if case .node(let n) = v {
                if !seenNodes.insert(n, universe: nodeCount) { return }
            } else if !seen.insert(v).inserted { return }
            count += 1
        } else {
            count += kind == .count ? multiplicity : 1
        }
        switch kind {
        case .collect: values.append(v)
        case .sum, .avg, .stdev, .stdevp:
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
                throw QueryError.type("InvalidArgumentType", "\(kind)() needs numbers, got \(v.typeName)")
            }
        case .min:
            if let b = best { if ValueOrder.sortCompare(v, b) < 0 { best = v } } else { best = v }
        case .max:
            if let b = best { if ValueOrder.sortCompare(v, b) > 0 { best = v } } else { best = v }
        case .count, .countStar: break
        }
    }

    var result: Val {
        switch kind {
        case .count, .countStar: return .int(count)
        case .collect: return .list(values)
        case .sum: return sawFloat ? .double(floatSum) : .int(intSum)
        case .avg: return count == 0 ? .null : .double(floatSum / Double(count))
        case .min, .max: return best ?? .null
        case .stdev, .stdevp:
            let n = Double(count)
            let denominator = kind == .stdev ? n - 1 : n
            if denominator <= 0 { return .double(0) }
            let mean = floatSum / n
            return .double(((sumOfSquares - n * mean * mean) / denominator).squareRoot())
        }
    }
}
