import ArgumentParser
import DossierModel
import DossierRead
import Foundation

/// `dossier-bench read DIR|FILE`: reader throughput per kind of input, and peak memory on a
/// large generated RSS feed (written to a temporary directory and deleted afterwards).
struct ReadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Documents/s and MB/s of the reader; peak RSS on a large generated feed.")

    @Argument(help: "Files or directories to read (e.g. corpus/ or ../shared/data/sanctions).") var paths: [String] = []
    @Option(help: "Timed passes over the inputs; the median pass is reported.") var rounds = 5
    @Option(help: "Size of the generated feed in MB (0 to skip).") var feedMB = 50
    @Option(help: "Passes of DocumentBuilder alone over the plain-text inputs' paragraphs (0 to skip).") var builderPasses = 0

    func run() throws {
        print("machine: \(Measure.machine())")
        let inputs = paths.flatMap(Self.files).compactMap { path in (try? Data(contentsOf: URL(fileURLWithPath: path))).map { (path, $0) } }
        var groups: [String: [(String, Data)]] = [:]
        for (path, data) in inputs {
            let kind = (try? Reader.read(data: data, source: path).first?.document.format) ?? "failed"
            groups[kind, default: []].append((path, data))
        }
        for (kind, files) in groups.sorted(by: { $0.key < $1.key }) where kind != "failed" {
            var documents = 0
            var cpu: [Double] = []
            let times = (0..<max(rounds, 1)).map { _ in
                let cpuStart = Self.cpuSeconds()
                let wall = Measure.seconds { documents = files.reduce(0) { $0 + ((try? Reader.read(data: $1.1, source: $1.0).count) ?? 0) } }
                cpu.append(Self.cpuSeconds() - cpuStart)
                return wall
            }
            let seconds = Measure.median(times), cpuSeconds = Measure.median(cpu)
            let bytes = files.reduce(0) { $0 + $1.1.count }
            print(String(format: "%-9@ %4d files %6d docs %7.2f MB | wall %8.1f ms %8.0f docs/s %6.2f MB/s | cpu %8.1f ms %8.0f docs/s %6.2f MB/s",
                         kind as NSString, files.count, documents, Double(bytes) / 1e6, seconds * 1e3,
                         Double(documents) / seconds, Double(bytes) / 1e6 / seconds,
                         cpuSeconds * 1e3, Double(documents) / cpuSeconds, Double(bytes) / 1e6 / cpuSeconds))
        }
        if builderPasses > 0 { builder(texts: groups["text"] ?? []) }
        if feedMB > 0 { try largeFeed() }
    }

    /// `DocumentBuilder.build` alone (normalisation, teaser filter, segmentation, language) over
    /// the blank-line paragraphs of the plain-text inputs: the path every reader ends in.
    func builder(texts: [(String, Data)]) {
        let documents = texts.map { String(decoding: $0.1, as: UTF8.self).components(separatedBy: "\n\n") }
        let bytes = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
        var cpu: [Double] = []
        for _ in 0..<builderPasses {
            let start = Self.cpuSeconds()
            for blocks in documents { _ = DocumentBuilder.build(source: "bench", blocks: blocks, format: "text") }
            cpu.append(Self.cpuSeconds() - start)
        }
        let seconds = Measure.median(cpu)
        print(String(format: "builder   %4d docs %7.2f MB | cpu %8.2f ms/pass %6.1f MB/s (median of %d passes)",
                     documents.count, Double(bytes) / 1e6, seconds * 1e3, Double(bytes) / 1e6 / seconds, builderPasses))
    }

    /// Writes an RSS 2.0 feed of about `feedMB` MB, then reads it once, reporting time and peak RSS.
    func largeFeed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("large-feed.xml")
        let item = Self.feedItem
        let count = feedMB * 1_000_000 / item.utf8.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Bench</title>\n"
        xml.reserveCapacity(feedMB * 1_000_000 + 4096)
        for n in 0..<count { xml += item.replacingOccurrences(of: "#N", with: String(n)) }
        xml += "</channel></rss>\n"
        try Data(xml.utf8).write(to: file)
        xml = ""
        let before = Measure.peakRSSBytes()
        let data = try Data(contentsOf: file)
        var documents = 0
        let cpuStart = Self.cpuSeconds()
        let seconds = try Measure.seconds { documents = try Reader.read(data: data, source: file.path).count }
        let cpu = Self.cpuSeconds() - cpuStart
        let peak = Measure.peakRSSBytes()
        print(String(format: "large feed: %.1f MB, %d items → %d docs; wall %.2f s (%.1f MB/s), cpu %.2f s (%.1f MB/s, %.0f docs/s); peak RSS %.0f MB (%.0f MB before reading)",
                     Double(data.count) / 1e6, count, documents, seconds, Double(data.count) / 1e6 / seconds,
                     cpu, Double(data.count) / 1e6 / cpu, Double(documents) / cpu, Double(peak) / 1e6, Double(before) / 1e6))
    }

    /// CPU seconds used by this process: the machine is shared, so wall time alone overstates the cost.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static let feedItem = """
    <item><title>Item #N: miner expands data centre</title><link>https://example.org/#N</link>
    <pubDate>Wed, 27 Mar 2024 10:15:00 +0100</pubDate>
    <content:encoded><![CDATA[<p>The company said on Tuesday that it would expand its data centre near the river by 100 MW. Mr. Smith, its chief executive, said the U.S. market was growing.</p>
    <p>Construction is expected to start in May and to cost about $12.5 million, according to the filing. Read more below.</p>
    <p>La société a annoncé mardi qu'elle agrandirait son centre de données de 100 MW. « Nous sommes prêts », a déclaré M. Dupont.</p>]]></content:encoded></item>

    """

    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              let walker = FileManager.default.enumerator(atPath: path) else { return [path] }
        return walker.compactMap { $0 as? String }.map { (path as NSString).appendingPathComponent($0) }
            .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
            .sorted()
    }
}
