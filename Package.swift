// swift-tools-version:6.1
import PackageDescription

// One target per pipeline stage; each stage depends on DossierModel only, never on a sibling.
// DossierKit is the only target that composes stages; the executables are thin front ends.
let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-tck", targets: ["dossier-tck"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: System libraries
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CEditLine", path: "Sources/CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // MARK: Model
        .target(name: "DossierModel"),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),

        // MARK: Stages
        .target(name: "DossierRead", dependencies: ["DossierModel", "CLibXML2"]),
        .testTarget(name: "DossierReadTests", dependencies: ["DossierRead", "DossierTestSupport"], exclude: ["Fixtures"]),

        .target(name: "DossierExtract", dependencies: ["DossierModel"], resources: [.copy("Lexicons")]),
        .testTarget(name: "DossierExtractTests", dependencies: ["DossierExtract", "DossierTestSupport"], exclude: ["Fixtures"]),

        .target(name: "DossierResolve", dependencies: ["DossierModel"]),
        .testTarget(name: "DossierResolveTests", dependencies: ["DossierResolve"]),

        .target(name: "DossierStore", dependencies: ["DossierModel", "CSQLite"]),
        .testTarget(name: "DossierStoreTests", dependencies: ["DossierStore", "DossierTestSupport"]),

        // Dynamic exclusivity checks off in release builds for the query engine's per-row loops
        // (see docs/query.md); debug builds, hence the tests, keep them.
        .target(name: "DossierQuery", dependencies: ["DossierModel"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .testTarget(name: "DossierQueryTests", dependencies: ["DossierQuery", "DossierTestSupport"], exclude: ["Fixtures"]),

        .target(name: "DossierExport", dependencies: ["DossierModel"]),
        .testTarget(name: "DossierExportTests", dependencies: ["DossierExport", "DossierTestSupport"], exclude: ["Golden"]),

        // MARK: Composition and command line
        .target(name: "DossierKit", dependencies: [
            "DossierModel", "DossierRead", "DossierExtract", "DossierResolve",
            "DossierStore", "DossierQuery", "DossierExport",
        ]),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit", "DossierTestSupport"], exclude: ["Fixtures"]),

        .executableTarget(name: "dossier", dependencies: [
            "DossierKit", "DossierModel", "DossierRead", "DossierExport", "CEditLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dossier-tck", dependencies: [
            "DossierQuery",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dossier-bench", dependencies: [
            "DossierKit", "DossierModel", "DossierRead", "DossierExtract", "DossierResolve",
            "DossierStore", "DossierQuery", "DossierExport", "CLibXML2",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Helpers shared by test targets (a seeded generator for property and fuzz tests).
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
        // Runs the built executables end to end (README transcript, exit codes, TCK over ../shared).
        .testTarget(name: "DossierCLITests", dependencies: ["dossier", "dossier-tck", "DossierTestSupport"]),
    ]
)
