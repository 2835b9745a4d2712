import Foundation

/// Runs openCypher TCK feature files against a fresh in-memory graph per scenario.
public struct TCKRunner {
    public struct Outcome: Sendable {
        public var id: String
        public var name: String
        public var passed: Bool
        /// Why it failed (empty when it passed).
        public var message: String
        /// The scenario expects an error rather than a result.
        public var expectsError: Bool
    }

    public let featuresDirectory: String
    public let graphsDirectory: String
    public var filter: String?

    public init(featuresDirectory: String, graphsDirectory: String, filter: String? = nil) {
        self.featuresDirectory = featuresDirectory; self.graphsDirectory = graphsDirectory; self.filter = filter
    }

    /// Every `.feature` file below the folder, as paths relative to it, sorted.
    public func featureFiles() -> [String] {
        let root = URL(fileURLWithPath: featuresDirectory).standardizedFileURL.path
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let f = e.nextObject() as? String { if f.hasSuffix(".feature") { files.append(f) } }
        return files.sorted()
    }

    public func run() -> [Outcome] {
        var outcomes: [Outcome] = []
        for file in featureFiles() {
            guard let text = try? String(contentsOfFile: featuresDirectory + "/" + file, encoding: .utf8) else { continue }
            for scenario in Gherkin.scenarios(in: text, path: file) {
                if let filter, !scenario.id.contains(filter) && !scenario.name.contains(filter) { continue }
                outcomes.append(run(scenario))
            }
        }
        return outcomes
    }

    func run(_ scenario: GherkinScenario) -> Outcome {
        var state = ScenarioState(graphsDirectory: graphsDirectory)
        let expectsError = scenario.steps.contains { $0.text.contains("should be raised") }
        do {
            for step in scenario.steps { try state.perform(step) }
            return Outcome(id: scenario.id, name: scenario.name, passed: true, message: "", expectsError: expectsError)
        } catch let failure as ScenarioFailure {
            return Outcome(id: scenario.id, name: scenario.name, passed: false, message: failure.message, expectsError: expectsError)
        } catch {
            return Outcome(id: scenario.id, name: scenario.name, passed: false, message: "\(error)", expectsError: expectsError)
        }
    }
}

struct ScenarioFailure: Error { var message: String }

/// The graph, parameters and last outcome while a scenario's steps run.
private struct ScenarioState {
    let graphsDirectory: String
    var engine = QueryEngine()
    var parameters: [String: Val] = [:]
    var result: (columns: [String], rows: [[Val]])?
    var error: QueryError?
    var before: MemoryGraph.Statistics?
    var after: MemoryGraph.Statistics?
    var sideEffectsChecked = false

    init(graphsDirectory: String) {
        self.graphsDirectory = graphsDirectory
        engine.limits = QueryLimits(timeout: 20, maximumBufferedRows: 5_000_000)
    }

    mutating func perform(_ step: GherkinStep) throws {
        let text = step.text
        if text == "an empty graph" || text == "any graph" {
            engine = QueryEngine()
        } else if text.hasPrefix("the "), text.hasSuffix(" graph") {
            let name = String(text.dropFirst(4).dropLast(6))
            let path = graphsDirectory + "/\(name)/\(name).cypher"
            guard let script = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ScenarioFailure(message: "named graph \(name) not found at \(path)")
            }
            for statement in script.split(separator: ";") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try setup(String(statement))
            }
        } else if text.hasPrefix("having executed") {
            try setup(step.docString ?? "")
        } else if text.hasPrefix("parameters are") {
            for row in step.table ?? [] where row.count >= 2 {
                parameters[row[0]] = try TCKValue.parse(row[1]).parameter
            }
        } else if text.hasPrefix("executing query") {
            before = engine.graph.statistics
            do {
                result = try engine.execute(step.docString ?? "", parameters: parameters)
                error = nil
            } catch let e {
                error = e
                result = nil
            }
            after = engine.graph.statistics
        } else if text.hasPrefix("executing control query") {
            do {
                result = try engine.execute(step.docString ?? "", parameters: parameters)
            } catch let e {
                throw ScenarioFailure(message: "control query failed: \(e)")
            }
        } else if text.hasPrefix("the result should be") {
            try checkResult(step)
        } else if text.contains("should be raised") {
            try checkError(text)
        } else if text.hasPrefix("the side effects should be") {
            try checkSideEffects(step.table ?? [])
        } else if text == "no side effects" {
            try checkSideEffects([])
        } else {
            throw ScenarioFailure(message: "unknown step '\(step.keyword) \(text)'")
        }
    }

    mutating func setup(_ query: String) throws {
        do {
            _ = try engine.execute(query, parameters: parameters)
        } catch {
            throw ScenarioFailure(message: "setup query failed: \(error)")
        }
    }

    func checkResult(_ step: GherkinStep) throws {
        if let error { throw ScenarioFailure(message: "expected a result, got \(error.type).\(error.detail): \(error.message)") }
        guard let result else { throw ScenarioFailure(message: "no query was executed") }
        if step.text == "the result should be empty" {
            guard result.columns.isEmpty || result.rows.isEmpty, result.rows.isEmpty else {
                throw ScenarioFailure(message: "expected an empty result, got \(result.rows.count) rows")
            }
            return
        }
        guard let table = step.table, let header = table.first else { throw ScenarioFailure(message: "missing table") }
        if header != result.columns {
            throw ScenarioFailure(message: "columns \(result.columns) ≠ expected \(header)")
        }
        let expected = try table.dropFirst().map { try $0.map(TCKValue.parse) }
        let inOrder = step.text.contains("in order")
        let comparator = TCKComparator(graph: engine.graph, ignoreListOrder: step.text.contains("ignoring element order"))
        guard expected.count == result.rows.count else {
            throw ScenarioFailure(message: "expected \(expected.count) rows, got \(result.rows.count): \(describe(result.rows))")
        }
        if inOrder {
            for (k, (a, e)) in zip(result.rows, expected).enumerated() where !comparator.rowsMatch(a, e) {
                throw ScenarioFailure(message: "row \(k + 1) differs: got \(describe([a]))")
            }
        } else {
            var unused = Array(expected.indices)
            for a in result.rows {
                guard let k = unused.firstIndex(where: { comparator.rowsMatch(a, expected[$0]) }) else {
                    throw ScenarioFailure(message: "unexpected row \(describe([a])) (all rows: \(describe(result.rows)))")
                }
                unused.remove(at: k)
            }
        }
    }

    func describe(_ rows: [[Val]]) -> String {
        let shown = rows.prefix(8).map { "[" + $0.map { "\(engine.graph.queryValue($0))" }.joined(separator: ", ") + "]" }
        return shown.joined(separator: " ") + (rows.count > 8 ? " …" : "")
    }

    func checkError(_ text: String) throws {
        // "a|an <Type> should be raised at <phase>: <Detail>"
        let words = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3 else { throw ScenarioFailure(message: "cannot read error step '\(text)'") }
        let type = words[1]
        let rest = words[2]
        let phase = rest.range(of: "at ").map { String(rest[$0.upperBound...].prefix { $0 != ":" }) } ?? "any time"
        let detail = rest.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "*"
        guard let error else { throw ScenarioFailure(message: "expected \(type) \(detail), but the query succeeded") }
        let typeOK = type == "Error" || type == error.type
        let phaseOK = phase == "any time" || phase == error.phase.rawValue
        let detailOK = detail == "*" || detail == error.detail
        if !(typeOK && phaseOK && detailOK) {
            throw ScenarioFailure(message: "expected \(type) at \(phase): \(detail), got \(error.type) at \(error.phase.rawValue): \(error.detail) (\(error.message))")
        }
    }

    func checkSideEffects(_ table: [[String]]) throws {
        guard let before, let after else { return }
        var expected: [String: Int] = [:]
        for row in table where row.count >= 2 { expected[row[0]] = Int(row[1]) ?? 0 }
        let actual: [String: Int] = [
            "+nodes": max(after.nodes - before.nodes, 0), "-nodes": max(before.nodes - after.nodes, 0),
            "+relationships": max(after.relationships - before.relationships, 0),
            "-relationships": max(before.relationships - after.relationships, 0),
            "+properties": max(after.properties - before.properties, 0),
            "-properties": max(before.properties - after.properties, 0),
            "+labels": after.labels.subtracting(before.labels).count, "-labels": before.labels.subtracting(after.labels).count,
        ]
        for (k, v) in actual where (expected[k] ?? 0) != v {
            throw ScenarioFailure(message: "side effect \(k): expected \(expected[k] ?? 0), got \(v)")
        }
    }
}

/// The expected-failures file: `<scenario id> <reason>` per line, `#` comments.
public struct ExpectedFailures: Sendable {
    public private(set) var reasons: [String: String] = [:]

    public init() {}

    public init(contentsOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            let id = String(t.prefix { !$0.isWhitespace })
            reasons[id] = t.dropFirst(id.count).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Listed directly or through a whole outline (`path:n#*`).
    public func contains(_ id: String) -> Bool {
        if reasons[id] != nil { return true }
        if let hash = id.firstIndex(of: "#") { return reasons[id[..<hash] + "#*"] != nil }
        return false
    }
}

/// The closing lines and the verdict of a run.
public struct TCKSummary: Sendable {
    public var passed = 0, failed = 0
    public var unexpectedPasses: [String] = []
    public var unexpectedFailures: [TCKRunner.Outcome] = []
    public var resultScenarios = (passed: 0, total: 0)
    public var errorScenarios = (passed: 0, total: 0)

    public init(outcomes: [TCKRunner.Outcome], expected: ExpectedFailures) {
        for o in outcomes {
            if o.passed { passed += 1 } else { failed += 1 }
            if o.expectsError {
                errorScenarios.total += 1
                if o.passed { errorScenarios.passed += 1 }
            } else {
                resultScenarios.total += 1
                if o.passed { resultScenarios.passed += 1 }
            }
            let listed = expected.contains(o.id)
            if o.passed && listed { unexpectedPasses.append(o.id) }
            if !o.passed && !listed { unexpectedFailures.append(o) }
        }
    }

    public var lines: [String] {
        [
            "\(passed) passed, \(failed) failed",
            "\(unexpectedPasses.count) unexpected passes, \(unexpectedFailures.count) unexpected failures"
                + " (result scenarios \(resultScenarios.passed)/\(resultScenarios.total), error scenarios \(errorScenarios.passed)/\(errorScenarios.total))",
        ]
    }
}
