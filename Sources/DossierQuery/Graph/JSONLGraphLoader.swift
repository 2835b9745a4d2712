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

    static func load(path: String) throws -> MemoryGraph {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LoadError(line: 0, message: "cannot open \(path)") }
        defer { try? handle.close() }
        let graph = MemoryGraph()
        var nodeIndex: [String: Int] = [:]
        var lineNumber = 0
        var pending = Data()
        func handleLine(_ bytes: Data) throws {
            lineNumber += 1
            if bytes.isEmpty { return }
            guard let object = try JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
                throw LoadError(line: lineNumber, message: "not a JSON object")
            }
            var properties: [String: Val] = [:]
            for (k, v) in object["properties"] as? [String: Any] ?? [:] { properties[k] = value(v) }
            switch object["type"] as? String {
            case "node":
                guard let id = object["id"] as? String else { throw LoadError(line: lineNumber, message: "node without id") }
                properties["id"] = .string(id)
                let labels = (object["label"] as? String).map { [$0] } ?? (object["labels"] as? [String] ?? [])
                nodeIndex[id] = graph.addNode(labels: labels, properties: properties)
            case "edge":
                guard let type = object["rel"] as? String, let s = object["src"] as? String, let d = object["dst"] as? String,
                      let start = nodeIndex[s], let end = nodeIndex[d] else {
                    throw LoadError(line: lineNumber, message: "edge with unknown endpoints")
                }
                graph.addRelationship(type: type, start: start, end: end, properties: properties)
            default:
                throw LoadError(line: lineNumber, message: "unknown line type")
            }
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                try handleLine(pending[start..<newline])
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        try handleLine(pending)
        return graph
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
