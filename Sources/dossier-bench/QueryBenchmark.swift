import ArgumentParser
import DossierModel
import DossierQuery
import Foundation

/// `dossier-bench query --n 100000`: the Kuzu comparison of ../shared/anchors on the same graph,
/// loaded in-process and warm, answers checked before timing, medians of warm runs.
struct QueryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Time the query shapes of ../shared/anchors/kuzu_scale.py against Kuzu's medians.")

    @Option(help: "Entities in the synthetic graph (10000, 100000 or 1000000 have Kuzu figures).") var n = 100_000
    @Option(help: "Warm runs per query (the median is reported).") var runs = 7
    @Option(help: "JSON-lines graph; generated with kuzu_scale.py when absent.") var jsonl: String?
    @Option(help: "Path of kuzu_scale.py.") var script = "../shared/anchors/kuzu_scale.py"
    @Option(help: "Time only the shapes whose name contains this text.") var only: String?
    @Option(help: "Also time this query (repeatable).") var query: [String] = []

    /// Kuzu 0.11.3 medians (ms) from ../shared/anchors/README.md, by n.
    static let kuzu: [String: [Int: Double]] = [
        "point lookup by name": [10_000: 0.57, 100_000: 2.8, 1_000_000: 17.9],
        "1-hop expansion": [10_000: 1.2, 100_000: 2.4, 1_000_000: 2.5],
        "2-hop filter, counted": [10_000: 1.5, 100_000: 9.9, 1_000_000: 77],
        "2-hop filter, all rows": [10_000: 7.8, 100_000: 69, 1_000_000: 895],
        "aggregation top-10": [10_000: 2.0, 100_000: 14.3, 1_000_000: 157],
        "*1..3 directed, count distinct": [10_000: 1.6, 100_000: 1.4, 1_000_000: 2.0],
        "*1..3 undirected, count distinct": [10_000: 12.0, 100_000: 16.1, 1_000_000: 17.2],
    ]

    /// Expected answers from the anchors README: (2-hop rows, people, top location, its count,
    /// 1-hop rows, directed reach, undirected reach).
    static let expected: [Int: (Int64, Int64, String, Int64, Int, Int64, Int64)] = [
        10_000: (3146, 2039, "City #0, CN", 173, 8, 242, 1529),
        100_000: (30314, 19484, "City #0, RU", 573, 11, 27, 2908),
        1_000_000: (289_533, 190_203, "City #0, CH", 1723, 10, 97, 3826),
    ]

    func run() throws {
        let path = jsonl ?? FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-graph-\(n).jsonl").path
        if !FileManager.default.fileExists(atPath: path) {
            print("generating \(path) with \(script)…")
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", script, "--n", String(n), "--emit-jsonl", path, "--no-kuzu"]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ValidationError("kuzu_scale.py failed") }
        }
        var engine: QueryEngine!
        let loadSeconds = try Measure.seconds { engine = try QueryEngine.loadingJSONL(path: path) }
        engine.limits = QueryLimits(timeout: nil, maximumBufferedRows: 50_000_000)
        print("machine: \(Measure.machine())")
        print(String(format: "loaded %d nodes, %d relationships in %.2f s", engine.nodeCount, engine.relationshipCount, loadSeconds))

        let personCount = try count(engine, "MATCH (p:Person) RETURN count(*)")
        let companyCount = try count(engine, "MATCH (c:Company) RETURN count(*)")
        let midPerson = "P\(personCount / 2)", midCompany = "C\(companyCount / 3)"
        let nameRow = try engine.run("MATCH (p:Person {id: $id}) RETURN p.name", parameters: ["id": .string(midPerson)])
        guard case .string(let personName) = nameRow.rows.first?.first ?? .null else { throw ValidationError("no person \(midPerson)") }

        let shapes: [(String, String, [String: Value])] = [
            ("point lookup by name", "MATCH (p:Person) WHERE p.name = $name RETURN p.id, p.name", ["name": .string(personName)]),
            ("1-hop expansion", "MATCH (c:Company {id: $id})-[r]-(n) RETURN type(r), n.id", ["id": .string(midCompany)]),
            ("2-hop filter, counted", "MATCH (p:Person)-[:WORKS_FOR]->(c:Company)-[:SANCTIONED_BY]->(s:Sanction) WHERE s.authority = 'OFAC' RETURN count(*) AS rows, count(DISTINCT p) AS people", [:]),
            ("2-hop filter, all rows", "MATCH (p:Person)-[:WORKS_FOR]->(c:Company)-[:SANCTIONED_BY]->(s:Sanction) WHERE s.authority = 'OFAC' RETURN p.name, c.name, s.name", [:]),
            ("aggregation top-10", "MATCH (c:Company)-[:LOCATED_IN]->(l:Location) RETURN l.name, count(*) AS n ORDER BY n DESC, l.name LIMIT 10", [:]),
            ("*1..3 directed, count distinct", "MATCH (a:Person {id: $id})-[*1..3]->(b) RETURN count(DISTINCT b) AS reach", ["id": .string(midPerson)]),
            ("*1..3 undirected, count distinct", "MATCH (a:Company {id: $id})-[*1..3]-(b) RETURN count(DISTINCT b) AS reach", ["id": .string(midCompany)]),
        ]

        for q in query {
            var times: [Double] = []
            var rows = 0
            for _ in 0..<runs { times.append(try Measure.seconds { rows = try engine.run(q).rows.count } * 1000) }
            print(String(format: "%.2f ms wall, %d rows: %@", Measure.median(times), rows, q))
        }
        if !query.isEmpty { return }

        var results: [String: QueryResult] = [:]
        for (name, query, params) in shapes { results[name] = try engine.run(query, parameters: params) }
        // Kuzu walks (a relationship may repeat), openCypher trails (relationship isomorphism): under
        // walk semantics the start company is always reachable (there and back), under trail
        // semantics only through a cycle. Count it out when the trail result does not hold it.
        let selfReach = try count(engine, "MATCH (a:Company {id: '\(midCompany)'})-[*1..3]-(b) WHERE b = a RETURN count(*)")
        try check(results, startCompanyMissing: selfReach == 0)

        print("| query | Dossier wall median (ms) | Dossier CPU median (ms) | Kuzu 0.11.3 (ms) | CPU ratio |")
        print("|---|---:|---:|---:|---:|")
        for (name, query, params) in shapes where only.map({ name.contains($0) }) ?? true {
            var times: [Double] = [], cpu: [Double] = []
            for _ in 0..<runs {
                let c0 = Self.threadCPUSeconds()
                times.append(try Measure.seconds { _ = try engine.run(query, parameters: params) } * 1000)
                cpu.append((Self.threadCPUSeconds() - c0) * 1000)
            }
            let median = Measure.median(times), cpuMedian = Measure.median(cpu)
            let reference = Self.kuzu[name]?[n]
            let ratio = reference.map { String(format: "%.2f×", cpuMedian / $0) } ?? "–"
            print(String(format: "| %@ | %.2f | %.2f | %@ | %@ |", name, median, cpuMedian, reference.map { String($0) } ?? "–", ratio))
        }
        print(String(format: "peak RSS %.0f MB", Double(Measure.peakRSSBytes()) / 1e6))
    }

    /// CPU time of this thread: on a shared, oversubscribed machine wall time mostly measures the neighbours.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private func count(_ engine: QueryEngine, _ query: String) throws -> Int {
        if case .int(let v) = try engine.run(query).rows.first?.first ?? .null { return Int(v) }
        return 0
    }

    /// Refuses to time wrong answers.
    private func check(_ results: [String: QueryResult], startCompanyMissing: Bool) throws {
        guard let e = Self.expected[n] else {
            print("no expected answers for n=\(n); answers not checked")
            return
        }
        let counted = results["2-hop filter, counted"]?.rows.first ?? []
        let top = results["aggregation top-10"]?.rows.first ?? []
        let checks: [(String, Bool)] = [
            ("2-hop rows", counted.first == .int(e.0)),
            ("2-hop distinct people", counted.last == .int(e.1)),
            ("2-hop all rows", results["2-hop filter, all rows"]?.rows.count == Int(e.0)),
            ("top location", top.first == .string(e.2) && top.last == .int(e.3)),
            ("1-hop rows", results["1-hop expansion"]?.rows.count == e.4),
            ("directed reach", results["*1..3 directed, count distinct"]?.rows.first?.first == .int(e.5)),
            ("undirected reach", results["*1..3 undirected, count distinct"]?.rows.first?.first == .int(e.6 - (startCompanyMissing ? 1 : 0))),
        ]
        for (what, ok) in checks where !ok {
            let got = results.mapValues { $0.rows.count > 3 ? "\($0.rows.count) rows" : "\($0.rows)" }
            throw ValidationError("wrong answer for \(what): \(got)")
        }
        print("answers match the anchors README (2-hop \(e.0)/\(e.1), top '\(e.2)' \(e.3), 1-hop \(e.4), reach \(e.5)/\(e.6))"
              + (startCompanyMissing ? "; undirected reach is \(e.6 - 1) here: trail semantics do not return to the start company, Kuzu's walks do" : ""))
    }
}
