import ArgumentParser

/// In-process benchmarks (run from a release build; see the README's Benchmarks section).
@main
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Measure Dossier's stages in-process: medians, throughput, peak memory.",
        subcommands: [
            StoreBenchmark.self,
            HTMLBenchmark.self,
            ExtractBenchmark.self, ExtractEvalBenchmark.self, RelationEvidenceBenchmark.self, RealExcerptsBenchmark.self,
            ReadBenchmark.self,
            QueryBenchmark.self,
            SurfacesBenchmark.self,
        ]
    )
}
