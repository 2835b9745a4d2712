/// The variables visible at one point of a query, each with a row slot and a static type.
struct Scope {
    private(set) var names: [String] = []
    private(set) var slots: [String: Int] = [:]
    private(set) var types: [String: StaticType] = [:]
    /// Width of the row: named variables plus any hidden slots.
    private(set) var width = 0

    func slot(of name: String) -> Int? { slots[name] }
    func type(of name: String) -> StaticType? { types[name] }
    func contains(_ name: String) -> Bool { slots[name] != nil }

    @discardableResult
    mutating func declare(_ name: String, _ type: StaticType) -> Int {
        if let s = slots[name] { types[name] = type; return s }
        let s = width
        width += 1
        names.append(name)
        slots[name] = s
        types[name] = type
        return s
    }

    /// A slot no name can reach (iteration variables shadowing nothing, hidden values).
    mutating func hiddenSlot() -> Int {
        width += 1
        return width - 1
    }

    mutating func setType(_ name: String, _ type: StaticType) { if slots[name] != nil { types[name] = type } }

    /// Re-points `name` at an existing slot (used for shadowing projected names).
    mutating func alias(_ name: String, slot: Int, type: StaticType) {
        if slots[name] == nil { names.append(name) }
        slots[name] = slot
        types[name] = type
    }

    /// Declares a shadowing local at a fresh slot and returns the previous binding.
    mutating func pushLocal(_ name: String, _ type: StaticType) -> (Int, (Int, StaticType)?) {
        let previous = slots[name].map { ($0, types[name] ?? .any) }
        let s = hiddenSlot()
        if previous == nil { names.append(name) }
        slots[name] = s
        types[name] = type
        return (s, previous)
    }

    mutating func popLocal(_ name: String, _ previous: (Int, StaticType)?) {
        if let (s, t) = previous { slots[name] = s; types[name] = t }
        else { slots[name] = nil; types[name] = nil; names.removeAll { $0 == name } }
    }
}
