import ArgumentParser
import DossierKit

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn news articles into a knowledge graph of industry actors, query it, draw it.",
        version: dossierVersion,
        subcommands: [
            ReadCommand.self,
            IngestCommand.self,
            StatsCommand.self,
            ShowCommand.self,
            ForgetCommand.self,
            MergeCommand.self,
            SplitCommand.self,
            DistinctCommand.self,
            RetypeCommand.self,
            RenameCommand.self,
            RejectCommand.self,
            RebuildCommand.self,
            BackupCommand.self,
            ImportCommand.self,
            QueryCommand.self,
            ReplCommand.self,
            ExportCommand.self,
            ExtractWorkerCommand.self,
        ]
    )
}

/// Options every command that touches the store shares.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: "The graph directory.")
    var graph: String = "graph"
}
