import ArgumentParser
import CLibXML2
import DossierModel
import DossierRead
import Foundation

/// `dossier-bench html DIR`: HTML → document over a directory of pages (`.html` or `.html.gz`), next to
/// libxml2's own floors measured in the same run (tree build with `htmlReadMemory`, SAX pass with no
/// handlers), then over one large generated page.
struct HTMLBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "html", abstract: "HTML reader speed (and predictions for the accuracy scorer).")

    @Argument(help: "Directory of pages (.html or .html.gz), e.g. ../shared/data/article-extraction/html")
    var directory: String

    @Option(help: "Timed passes over the pages (the median of each page is reported).")
    var rounds = 5

    @Option(help: "Write {id: {articleBody}} for score_extraction.py to this file.")
    var predictions: String?

    @Flag(help: "Time only the extraction (for profiling it).")
    var extractionOnly = false

    @Option(help: "Size of the generated large page, in MB.")
    var largeMB = 8

    @Option(help: "Only run this contender (read, extraction, sax, sax-noop, tree) over the pages for --rounds rounds, untimed: for perf or callgrind.")
    var profile: String?

    func run() throws {
        let pages = try loadPages()
        guard !pages.isEmpty else { throw ValidationError("no .html or .html.gz files in \(directory)") }
        if let profile {
            guard let body = Self.contenders[profile] else { throw ValidationError("--profile: one of \(Self.contenders.keys.sorted())") }
            for _ in 0..<max(1, rounds) { for page in pages { body(page.data) } }
            return
        }
        print("machine: \(Measure.machine())  libxml2 \(LIBXML_DOTTED_VERSION)  pages: \(pages.count)")
        if let predictions { try writePredictions(pages, to: predictions) }

        let totalBytes = pages.reduce(0) { $0 + $1.data.count }
        let sizes = pages.map { Double($0.data.count) / 1024 }
        print(String(format: "page size median %.0f KB, total %.1f MB", Measure.median(sizes), Double(totalBytes) / 1e6))
        // Interleaved per page, so load from other processes hits every contender alike.
        let names = extractionOnly ? ["extraction", "sax", "sax-noop"] : ["extraction", "sax", "sax-noop", "read", "tree"]
        let timed = medians(pages, names.compactMap { Self.contenders[$0] })
        func ms(_ i: Int) -> Double { Measure.median(timed[i].perPage) * 1000 }
        func mbps(_ i: Int) -> Double { Double(totalBytes) / 1e6 / timed[i].total }
        print(String(format: "extraction (blocks + metadata)  median %.3f ms/page  %.1f MB/s  %.0f pages/s  = %.2fx SAX floor",
                     ms(0), mbps(0), Double(pages.count) / timed[0].total, ms(0) / ms(1)))
        print(String(format: "libxml2 SAX floor (no handlers)  median %.3f ms/page  %.1f MB/s", ms(1), mbps(1)))
        print(String(format: "libxml2 SAX, empty Swift handlers median %.3f ms/page  (extraction = %.2fx this)", ms(2), ms(0) / ms(2)))
        if extractionOnly { return }
        print(String(format: "HTMLReader.read (+ DocumentBuilder) median %.3f ms/page  %.1f MB/s  = %.2fx SAX floor, %.2fx tree floor",
                     ms(3), mbps(3), ms(3) / ms(1), ms(3) / ms(4)))
        print(String(format: "libxml2 tree floor (htmlReadMemory) median %.3f ms/page  %.1f MB/s; extraction = %.2fx tree floor",
                     ms(4), mbps(4), ms(0) / ms(4)))

        let large = Self.generatedPage(megabytes: largeMB)
        var largeDoc: Document?
        let largeSeconds = Measure.median((0..<3).map { _ in Self.cpuSeconds { largeDoc = try? HTMLReader.read(data: large, source: "large.html") } })
        let largeExtraction = Measure.median((0..<3).map { _ in Self.cpuSeconds { _ = try? HTMLReader.extract(data: large, source: "large.html") } })
        let largeSax = Measure.median((0..<3).map { _ in Self.cpuSeconds { Self.saxFloor(large) } })
        print(String(format: "large page %.1f MB: read %.0f ms (%.1f MB/s), extraction %.0f ms (%.1f MB/s), SAX floor %.0f ms; extraction = %.2fx SAX; %d chars kept",
                     Double(large.count) / 1e6, largeSeconds * 1000, Double(large.count) / 1e6 / largeSeconds,
                     largeExtraction * 1000, Double(large.count) / 1e6 / largeExtraction, largeSax * 1000,
                     largeExtraction / largeSax, largeDoc?.text.unicodeScalars.count ?? 0))
        print(String(format: "peak RSS %.1f MB", Double(Measure.peakRSSBytes()) / 1e6))
    }

    struct Page { var id: String; var data: Data }

    /// What the bench times, by name.
    static let contenders: [String: @Sendable (Data) -> Void] = [
        "extraction": { data in _ = try? HTMLReader.extract(data: data, source: "bench.html") },
        "sax": { data in saxFloor(data) },
        "sax-noop": { data in saxFloor(data, handler: noopHandler) },
        "read": { data in _ = try? HTMLReader.read(data: data, source: "bench.html") },
        "tree": { data in treeFloor(data) },
    ]

    private func loadPages() throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        return try names.compactMap { name -> Page? in
            let path = (directory as NSString).appendingPathComponent(name)
            if name.hasSuffix(".html.gz") { return Page(id: String(name.dropLast(8)), data: try Self.gunzip(path)) }
            if name.hasSuffix(".html") || name.hasSuffix(".htm") {
                return Page(id: (name as NSString).deletingPathExtension, data: try Data(contentsOf: URL(fileURLWithPath: path)))
            }
            return nil
        }
    }

    /// Per-contender per-page medians of CPU time over `rounds`, and each contender's fastest whole round.
    private func medians(_ pages: [Page], _ contenders: [(Data) -> Void]) -> [(perPage: [Double], total: Double)] {
        var times = [[[Double]]](repeating: [[Double]](repeating: [], count: pages.count), count: contenders.count)
        var totals = [Double](repeating: .infinity, count: contenders.count)
        for page in pages { for body in contenders { body(page.data) } }   // warm-up
        var checksum: UInt64 = 0
        var order = SplitMix64(seed: 42)
        defer { if checksum == 42 { print("") } }   // keeps the page reads
        for _ in 0..<max(1, rounds) {
            var round = [Double](repeating: 0, count: contenders.count)
            for (i, page) in pages.enumerated() {
                // The first contender would otherwise read the page from memory and the others from cache.
                checksum &+= page.data.reduce(0) { $0 &+ UInt64($1) }
                // A fresh random order per page: no contender always runs first, or always after the
                // tree build (which leaves the caches and the heap cold for whoever comes next).
                for c in contenders.indices.shuffled(using: &order) {
                    let body = contenders[c]
                    let t = Self.cpuSeconds { body(page.data) }
                    times[c][i].append(t); round[c] += t
                }
            }
            for c in contenders.indices { totals[c] = min(totals[c], round[c]) }
        }
        return contenders.indices.map { c in (times[c].map(Measure.median), totals[c]) }
    }

    /// CPU time of this thread: on a machine shared with other builds, wall-clock medians swing 2–5×,
    /// CPU time much less; both the reader and the libxml2 floors are measured the same way.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    private func writePredictions(_ pages: [Page], to path: String) throws {
        var out: [String: [String: String]] = [:]
        for page in pages {
            let text = (try? HTMLReader.read(data: page.data, source: page.id + ".html"))?.text ?? ""
            out[page.id] = ["articleBody": text]
        }
        try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        print("predictions written to \(path)")
    }

    static func gunzip(_ path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    static let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)

    /// libxml2 building its tree, nothing else.
    static func treeFloor(_ data: Data) {
        data.withUnsafeBytes { raw in
            if let doc = htmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, parseOptions) {
                xmlFreeDoc(doc)
            }
        }
    }

    /// Start, end and text callbacks that do nothing: what any SAX consumer pays before doing work.
    nonisolated(unsafe) static let noopHandler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        h.startElement = { _, _, _ in }
        h.endElement = { _, _ in }
        h.characters = { _, _, _ in }
        return h
    }()

    /// libxml2 tokenising the page with an empty SAX handler (or the one given).
    static func saxFloor(_ data: Data, handler: htmlSAXHandler = htmlSAXHandler()) {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress,
                  let ctxt = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(raw.count)) else { return }
            htmlCtxtUseOptions(ctxt, parseOptions)
            ctxt.pointee.sax.pointee = handler
            _ = htmlParseDocument(ctxt)
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
            htmlFreeParserCtxt(ctxt)
        }
    }

    /// A long article wrapped in navigation, a related list and comments: roughly `megabytes` MB.
    static func generatedPage(megabytes: Int) -> Data {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Large page | Bench</title></head><body>"
        html += "<nav class=\"menu\"><ul>" + (0..<50).map { "<li><a href=\"/s\($0)\">Section \($0)</a></li>" }.joined() + "</ul></nav>"
        html += "<article><h1>Large page</h1><div class=\"article-body\">"
        var i = 0
        while html.utf8.count < megabytes * 1_000_000 * 8 / 10 {
            html += "<p>Paragraph \(i) of a generated article, with <a href=\"/x\">a link</a>, commas, numbers like 1,234.5 and "
                + "enough words to look like prose written by a reporter about industry, plants and sanctions.</p>"
            if i % 40 == 0 { html += "<h2>Subheading \(i)</h2><div class=\"ad-slot\">Advertisement</div>" }
            i += 1
        }
        html += "</div></article><aside class=\"related\"><ul>" + (0..<30).map { "<li><a href=\"/r\($0)\">Related \($0)</a></li>" }.joined()
        html += "</ul></aside><section class=\"comments\">"
        while html.utf8.count < megabytes * 1_000_000 {
            html += "<div class=\"comment\"><p>A reader's comment, rather long, with opinions, and more opinions, number \(i).</p></div>"
            i += 1
        }
        return Data((html + "</section><footer>© Bench</footer></body></html>").utf8)
    }
}

/// A small seeded generator: the same contender orders on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
