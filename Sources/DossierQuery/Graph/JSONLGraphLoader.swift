import Foundation
import DossierModel

/// Loads the benchmark graphs' JSON lines (`{"type":"node","id":…,"label":…,"properties":{…}}`
/// then `{"type":"edge","rel":…,"src":…,"dst":…,"properties":{…}}`) straight into a `MemoryGraph`.
/// The line's `id` becomes the node's `id` property, as in the Kuzu schema the figures come from.
enum JSONLGraphLoader {
    struct LoadError: Error, CustomStringConvertible {
        var line: Int, message: String
        var description: String { "line \(line): \(message)" }
    }

    /// `usingScanner: false` reads every line through `JSONSerialization` (the reference the tests compare with).
    static func load(path: String, usingScanner: Bool = true) throws -> MemoryGraph {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LoadError(line: 0, message: "cannot open \(path)") }
        defer { try? handle.close() }
        let graph = MemoryGraph()
        var nodeIndex: [String: Int] = [:]
        var lineNumber = 0
        func handleLine(_ line: UnsafeBufferPointer<UInt8>) throws {
            lineNumber += 1
            if line.isEmpty { return }
            guard var object = try (usingScanner ? JSONLineScanner.object(line) : nil) ?? foundationObject(line) else {
                throw LoadError(line: lineNumber, message: "not a JSON object")
            }
            var properties: [String: Val] = [:]
            if case .map(let m)? = object.removeValue(forKey: "properties") { properties = m }
            switch object["type"] {
            case .string("node"):
                guard case .string(let id)? = object["id"] else { throw LoadError(line: lineNumber, message: "node without id") }
                properties["id"] = .string(id)
                var labels: [String] = []
                if case .string(let l)? = object["label"] { labels = [l] }
                else if case .list(let l)? = object["labels"] { labels = l.compactMap { if case .string(let s) = $0 { s } else { nil } } }
                nodeIndex[id] = graph.addNode(labels: labels, properties: properties)
            case .string("edge"):
                guard case .string(let type)? = object["rel"], case .string(let s)? = object["src"], case .string(let d)? = object["dst"],
                      let start = nodeIndex[s], let end = nodeIndex[d] else {
                    throw LoadError(line: lineNumber, message: "edge with unknown endpoints")
                }
                graph.addRelationship(type: type, start: start, end: end, properties: properties)
            default:
                throw LoadError(line: lineNumber, message: "unknown line type")
            }
        }
        // Fixed-size chunks; a line cut by the chunk's end moves to the front of the buffer.
        var buffer: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            let consumed = try buffer.withUnsafeBufferPointer { all throws -> Int in
                var start = 0
                while let newline = all[start...].firstIndex(of: 0x0A) {
                    try handleLine(UnsafeBufferPointer(rebasing: all[start..<newline]))
                    start = newline + 1
                }
                return start
            }
            buffer.removeFirst(consumed)
        }
        try buffer.withUnsafeBufferPointer { try handleLine($0) }
        return graph
    }

    /// The slow path for lines the scanner does not read.
    private static func foundationObject(_ line: UnsafeBufferPointer<UInt8>) throws -> [String: Val]? {
        guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              case .map(let m) = value(object) else { return nil }
        return m
    }

    private static func value(_ v: Any) -> Val {
        switch v {
        case let s as String: return .string(s)
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            let d = n.doubleValue
            if d == d.rounded(), !String(describing: n).contains(".") { return .int(n.int64Value) }
            return .double(d)
        case let l as [Any]: return .list(l.map(value))
        case let m as [String: Any]: return .map(m.mapValues(value))
        default: return .null
        }
    }
}

extension QueryEngine {
    /// An engine over a JSON-lines graph file (the benchmark graphs of ../shared/anchors).
    public static func loadingJSONL(path: String) throws -> QueryEngine {
        QueryEngine(graph: try JSONLGraphLoader.load(path: path))
    }
}
