/// A property value as stored and exchanged between stages: the storable subset of
/// openCypher's values. Integers and floats stay distinct (`1` is not `1.0`).
public indirect enum Value: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([Value])
    case map([String: Value])

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var intValue: Int64? { if case .int(let i) = self { return i } else { return nil } }
    public var doubleValue: Double? {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: return nil
        }
    }

    /// Set to `true` in a coder's `userInfo` to write doubles as `{"$double": x}`: plain JSON writes
    /// `7e8` as `700000000`, which reads back as an integer. Used where values must survive a round
    /// trip exactly (the extraction worker's answers); public JSON keeps plain numbers.
    public static let taggedDoubles = CodingUserInfoKey(rawValue: "dossier.taggedDoubles")!
    private enum Tag: String, CodingKey { case double = "$double" }

    public init(from decoder: Decoder) throws {
        if decoder.userInfo[Value.taggedDoubles] as? Bool == true, let k = try? decoder.container(keyedBy: Tag.self),
           let d = try? k.decode(Double.self, forKey: .double) {
            self = .double(d); return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let l = try? c.decode([Value].self) { self = .list(l) }
        else { self = .map(try c.decode([String: Value].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        if case .double(let d) = self, encoder.userInfo[Value.taggedDoubles] as? Bool == true {
            var k = encoder.container(keyedBy: Tag.self)
            try k.encode(d, forKey: .double)
            return
        }
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .list(let l): try c.encode(l)
        case .map(let m): try c.encode(m)
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}
