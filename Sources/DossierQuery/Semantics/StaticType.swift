/// What analysis knows about an expression's type before running it.
indirect enum StaticType: Equatable {
    case any, null, bool, int, float, string, map, node, relationship, path
    case list(StaticType)

    var name: String {
        switch self {
        case .any: return "Any"
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .list(let e): return "List<\(e.name)>"
        }
    }

    /// Could a value of this type be a `t`? (`any` and `null` fit everything.)
    func admits(_ types: [StaticType]) -> Bool {
        if self == .any || self == .null { return true }
        for t in types {
            if t == self { return true }
            if case .list = t, case .list = self { return true }
        }
        return false
    }

    var isGraphElement: Bool { self == .node || self == .relationship || self == .path }
}
