import ArgumentParser
import DossierKit
import DossierModel
import DossierResolve
import DossierStore
import Foundation

/// `dossier-bench store`: import time, open-and-snapshot time and memory at several graph
/// sizes (the synthetic graphs of ../shared/anchors/kuzu_scale.py), and ingest throughput.
struct StoreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "Store: import, snapshot load, memory, ingest throughput.")

    @Option(help: "Entity counts to measure, comma-separated.") var sizes = "10000,100000"
    @Option(help: "The graph generator.") var generator = "../shared/anchors/kuzu_scale.py"
    @Option(help: "Where generated graphs and stores go.") var workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-store").path
    @Option(help: "Documents for the ingest-throughput run.") var documents = 500
    @Option(help: "Repetitions of the snapshot load (median reported).") var repeats = 3

    func run() throws {
        print("machine: \(Measure.machine())")
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
        for n in sizes.split(separator: ",").compactMap({ Int($0) }) { try measureGraph(entities: n) }
        try measureIngest()
    }

    func measureGraph(entities n: Int) throws {
        let jsonl = "\(workDirectory)/graph-\(n).jsonl"
        if !FileManager.default.fileExists(atPath: jsonl) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", generator, "--n", String(n), "--emit-jsonl", jsonl, "--no-kuzu"]
            p.standardOutput = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw ValidationError("generator failed for n=\(n)") }
        }
        let graph = "\(workDirectory)/store-\(n)"
        try? FileManager.default.removeItem(atPath: graph)
        var counts = GraphStore.ImportCounts()
        let cpuBefore = Self.cpuSeconds()
        let importSeconds = try Measure.seconds { counts = try GraphStore(directory: graph).importJSONLines(path: jsonl) }
        let importCPU = Self.cpuSeconds() - cpuBefore
        var opens: [Double] = []
        var openCPU: [Double] = []
        var rssDelta = 0
        for _ in 0..<repeats {
            let before = Self.currentRSS()
            var snapshot = GraphSnapshot()
            let cpu = Self.cpuSeconds()
            opens.append(try Measure.seconds { snapshot = try GraphStore(directory: graph, readOnly: true).snapshot() })
            openCPU.append(Self.cpuSeconds() - cpu)
            rssDelta = max(rssDelta, Self.currentRSS() - before)
            withExtendedLifetime(snapshot) {}
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: graph + "/" + GraphStore.fileName))?[.size] as? NSNumber)?.intValue ?? 0
        let elements = counts.nodes + counts.edges
        print(String(format: "n=%d: %d nodes, %d edges · import %.2f s wall, %.2f s CPU (%.0f elements/CPU-s) · open+snapshot median %.2f s wall, %.2f s CPU · snapshot RSS %.0f MB = %.0f B per element (≈ %.0f B per entity incl. its %.1f edges) · file %.0f MB",
                     n, counts.nodes, counts.edges, importSeconds, importCPU, Double(elements) / importCPU, Measure.median(opens), Measure.median(openCPU),
                     Double(rssDelta) / 1e6, Double(rssDelta) / Double(max(1, elements)), Double(rssDelta) / Double(max(1, counts.nodes)),
                     Double(counts.edges) / Double(max(1, counts.nodes)), Double(size) / 1e6))
    }

    /// Store-side ingest throughput: synthetic extractions (12 entities, 8 relations each, names
    /// shared between documents so resolution has work) through the real resolution hooks.
    func measureIngest() throws {
        let graph = "\(workDirectory)/ingest"
        try? FileManager.default.removeItem(atPath: graph)
        let store = try GraphStore(directory: graph)
        let types: [EntityType] = [.company, .person, .organization, .location, .facility, .product]
        let cpu = Self.cpuSeconds()
        let seconds = try Measure.seconds {
            for d in 0..<documents {
                let names = (0..<12).map { k in "\(["Acme", "Borealis", "Cobalt", "Delta", "Eon", "Fjord"][k % 6]) \(["Mining", "Power", "Grid", "Labs"][(d + k) % 4]) \((d * 7 + k) % 300)" }
                let text = names.joined(separator: " works with ") + "."
                let doc = Document(source: "doc-\(d).txt", language: "en", text: text, sentences: [TextSpan(start: 0, end: text.unicodeScalars.count)])
                let ev = Evidence(document: doc.source, sentence: doc.sentences[0], span: doc.sentences[0], snippet: text, extractor: "bench", confidence: 0.9)
                let entities = names.enumerated().map { ExtractedEntity(localID: $0.offset, type: types[$0.offset % types.count], name: $0.element, mentions: [Mention(text: $0.element, evidence: ev)]) }
                let relations = (0..<8).map { ExtractedRelation(subject: $0, predicate: .partnerOf, object: .entity($0 + 4), evidence: ev) }
                _ = try store.ingest(doc, contentHash: "bench-\(d)", file: doc.source,
                                     extraction: DocumentLinker.link(DocumentExtraction(document: doc.source, entities: entities, relations: relations)),
                                     resolution: IngestPipeline.resolution)
            }
        }
        let cpuUsed = Self.cpuSeconds() - cpu
        print(String(format: "ingest: %d documents (12 entities, 8 relations each) in %.2f s wall, %.2f s CPU = %.0f documents/CPU-s",
                     documents, seconds, cpuUsed, Double(documents) / cpuUsed))
    }

    /// User + system CPU seconds of this process so far (the machine is shared, so wall time alone misleads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Current resident set size (VmRSS), in bytes.
    static func currentRSS() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }
}
