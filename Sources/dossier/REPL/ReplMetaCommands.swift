import DossierExport
import DossierKit
import DossierModel
import Foundation

/// The `:` commands of the REPL.
extension ReplEngine {
    static let metaCommands: [(name: String, usage: String, summary: String)] = [
        (":help", ":help", "this list"),
        (":schema", ":schema", "labels, relationship types and property keys, with counts"),
        (":stats", ":stats", "how many nodes and relationships, by kind"),
        (":export", ":export dot|json|graphml FILE [--force] [QUERY]", "write the graph or a query's result to FILE"),
        (":format", ":format table|json|csv", "how results are printed"),
        (":timing", ":timing on|off", "show how long each query took"),
        (":param", ":param NAME VALUE", "set $NAME to a JSON value (:param NAME alone removes it)"),
        (":params", ":params", "list the parameters"),
        (":explain", ":explain QUERY", "the plan of QUERY, without running it"),
        (":history", ":history", "the lines entered so far"),
        (":quit", ":quit", "leave (Ctrl-D also leaves)"),
    ]

    func runMetaCommand(_ line: String, lineNumber: Int) -> Step {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let command = String(parts.first ?? "").lowercased()
        let argument = parts.count > 1 ? String(parts[1]).replTrimmed() : ""
        switch command {
        case ":help", ":h", ":?":
            let width = ReplEngine.metaCommands.map { DisplayWidth.of($0.usage) }.max() ?? 0
            var text = "Statements end with `;` and may span lines. Tab completes; Ctrl-R searches history; Ctrl-C cancels a query; Ctrl-D leaves.\n"
            for c in ReplEngine.metaCommands { text += "  " + DisplayWidth.pad(c.usage, toWidth: width) + "  " + c.summary + "\n" }
            out(text)
        case ":quit", ":q", ":exit":
            return .quit
        case ":schema":
            out(schemaText(session.schema()))
        case ":stats":
            out(statsText(session.schema()))
        case ":format":
            guard let format = ResultFormat(rawValue: argument.lowercased()) else {
                return reportUsage("usage: :format table|json|csv", lineNumber: lineNumber)
            }
            settings.format = format
        case ":timing":
            switch argument.lowercased() {
            case "on": settings.timing = true
            case "off": settings.timing = false
            default: return reportUsage("usage: :timing on|off", lineNumber: lineNumber)
            }
        case ":param":
            return setParameter(argument, lineNumber: lineNumber)
        case ":params":
            let lines = parameters.sorted { $0.key < $1.key }.map { "$\($0.key) = \(JSONText.encode(QueryValue($0.value)))" }
            out(lines.isEmpty ? "(no parameters)\n" : lines.joined(separator: "\n") + "\n")
        case ":explain":
            let query = argument.hasSuffix(";") ? String(argument.dropLast()) : argument
            guard !query.isEmpty else { return reportUsage("usage: :explain QUERY", lineNumber: lineNumber) }
            do {
                let plan = try session.explain(query)
                out(plan.hasSuffix("\n") ? plan : plan + "\n")
            } catch {
                reportError(error, source: query, startLine: lineNumber)
                return .failed
            }
        case ":history":
            let entries = history()
            let width = String(entries.count).count
            out(entries.enumerated().map { String(repeating: " ", count: width - String($0.offset + 1).count) + "\($0.offset + 1)  \($0.element)" }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n"))
        case ":export":
            return export(argument, lineNumber: lineNumber)
        default:
            return reportUsage("unknown command \(command); :help lists them", lineNumber: lineNumber)
        }
        return .proceed
    }

    func setParameter(_ argument: String, lineNumber: Int) -> Step {
        let parts = argument.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = parts.first else { return reportUsage("usage: :param NAME VALUE", lineNumber: lineNumber) }
        let name = first.hasPrefix("$") ? String(first.dropFirst()) : String(first)
        guard parts.count > 1 else {
            parameters[name] = nil
            return .proceed
        }
        do {
            parameters[name] = try JSONValueParser.parse(String(parts[1]))
            return .proceed
        } catch {
            return reportUsage("the value of $\(name) is not JSON (\(error)); quote strings: :param \(name) \"text\"", lineNumber: lineNumber)
        }
    }

    func export(_ argument: String, lineNumber: Int) -> Step {
        var words = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let usage = "usage: :export dot|json|graphml FILE [--force] [QUERY]"
        guard words.count >= 2, let format = ExportRequest.Format(rawValue: words[0].lowercased()), format != .neo4j else {
            return reportUsage(usage, lineNumber: lineNumber)
        }
        guard let exporter else { return reportUsage("exports are not available in this session", lineNumber: lineNumber) }
        let file = words[1]
        words.removeFirst(2)
        let force = words.first == "--force"
        if force { words.removeFirst() }
        var query = words.joined(separator: " ").replTrimmed()
        if query.hasSuffix(";") { query = String(query.dropLast()) }
        let selection: ExportRequest.Selection = query.isEmpty ? .wholeGraph : .query(query, parameters: parameters)
        do {
            let outcome = try exporter.run(ExportRequest(format: format, selection: selection, output: file, force: force))
            for note in outcome.notes { err(note + "\n") }
            out("wrote \(file)\n")
            return .proceed
        } catch {
            reportError(error, source: query, startLine: lineNumber)
            return .failed
        }
    }

    func schemaText(_ schema: GraphSchemaSummary) -> String {
        func section(_ title: String, _ counts: [String: Int]) -> String {
            guard !counts.isEmpty else { return "\(title): none\n" }
            let rows = counts.sorted { $0.key < $1.key }
            let width = rows.map { DisplayWidth.of($0.key) }.max() ?? 0
            return "\(title):\n" + rows.map { "  " + DisplayWidth.pad($0.key, toWidth: width) + "  " + String($0.value) }.joined(separator: "\n") + "\n"
        }
        return section("Node labels", schema.labels) + section("Relationship types", schema.relationshipTypes)
            + section("Property keys", schema.propertyKeys)
    }

    func statsText(_ schema: GraphSchemaSummary) -> String {
        func line(_ title: String, _ counts: [String: Int]) -> String {
            let total = counts.values.reduce(0, +)
            let parts = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
            return "\(title): \(total)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")") + "\n"
        }
        return line("nodes", schema.labels) + line("relationships", schema.relationshipTypes)
            + "entity names: \(schema.entityNames.count)\n"
    }
}
