// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "caseql",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "caseql", targets: ["caseql"]),
        .library(name: "CaseModel", targets: ["CaseModel"]),
        .library(name: "CaseQL", targets: ["CaseQL"]),
        // For the fuzz targets in Fuzz/ (study loaders, script splitter).
        .library(name: "StudyIO", targets: ["StudyIO"]),
        .library(name: "CaseShell", targets: ["CaseShell"]),
        .library(name: "CaseAnalysis", targets: ["CaseAnalysis"]),
        .library(name: "REFIQDA", targets: ["REFIQDA"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Tests only: golden mismatches as a diff.
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
        // Tests only: a real Markdown parser checks the handouts' structure.
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
        // The top-k heap of `order by … limit`.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // The live PostgreSQL mode (`--data postgresql://…`): the wire protocol, SCRAM, TLS.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The case model: studies, taxonomies, cases, codes with evidence, the case index.
        .target(name: "CaseModel"),
        // The one home of system calls for files: reading, writing, errno wording (swift-system).
        .target(name: "SystemIO", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),
        // Study files in and out: the one loader (by extension or first bytes), the JSON study
        // format, CSV case matrices, the generator, the built-in study.
        .target(name: "StudyIO", dependencies: ["CaseModel", "SystemIO", "REFIQDA"]),
        // REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc) read into and written from the case model.
        .target(name: "REFIQDA", dependencies: ["CaseModel", "SystemIO", "QueryResult", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // A typed result table: what every statement produces and every renderer consumes.
        .target(name: "QueryResult"),
        // The query language: lexer, parser, AST, resolver, evaluator, diagnostics.
        .target(name: "CaseQL", dependencies: ["CaseModel", "QueryResult", "CaseRender", "CaseAnalysis",
                                               .product(name: "HeapModule", package: "swift-collections")]),
        // glibc's wcwidth, which Swift cannot see without _XOPEN_SOURCE.
        .target(name: "CWidth"),
        // Rendering result tables as box tables, CSV, JSON and Markdown.
        .target(name: "CaseRender", dependencies: ["QueryResult", "CWidth"]),
        // libedit, through a small shim that hides its C globals and variadic calls.
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CLibedit", "SystemIO", .product(name: "SystemPackage", package: "swift-system")]),
        // QCA's arithmetic on membership data (truth tables, minimisation, fit, calibration), as R's QCA.
        .target(name: "CaseAnalysis"),
        // Compiling plans to SQL for DuckDB, PostgreSQL, SQLite and Spark; the relational layout of a study.
        .target(name: "CaseSQL", dependencies: ["CaseModel", "CaseQL", "StudyIO"]),
        // A study that lives in PostgreSQL: read from the layout of docs/sql.md, queries run there.
        .target(name: "CasePostgres", dependencies: ["CaseModel", "CaseQL", "CaseSQL", "StudyIO", "QueryResult",
                                                     .product(name: "PostgresNIO", package: "postgres-nio")]),
        // The session: a loaded study, settings, dot-commands, the REPL and script runner.
        .target(name: "CaseShell", dependencies: ["CaseModel", "StudyIO", "SystemIO", "CaseQL", "CaseRender", "LineEditor",
                                                  "QueryResult", "CaseSQL", "CasePostgres"]),
        .executableTarget(name: "caseql", dependencies: [
            "CaseShell", "CaseModel", "StudyIO", "SystemIO", "REFIQDA", "CaseSQL",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // What the test targets share: the package root and fixture paths, the position-marker
        // parser, and running programs (the built caseql above all) with a deadline.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CaseAnalysisTests", dependencies: ["CaseAnalysis", "TestSupport"]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel", "StudyIO", "SystemIO", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CaseQLTests", dependencies: ["CaseQL", "CaseModel", "StudyIO", "CaseRender", "QueryResult", "TestSupport"]),
        .testTarget(name: "CaseRenderTests", dependencies: ["CaseRender", "QueryResult"]),
        .testTarget(name: "CLITests", dependencies: ["CaseShell", "CaseQL", "CaseModel", "StudyIO", "LineEditor", "TestSupport",
                                                   .product(name: "CustomDump", package: "swift-custom-dump")],
                    exclude: ["Golden", "Hostile"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "SystemIO"]),
        .testTarget(name: "CSVTests", dependencies: ["CaseModel", "StudyIO", "TestSupport"]),
        .testTarget(name: "PropertyTests", dependencies: [
            "CaseQL", "CaseModel", "StudyIO", "QueryResult",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "REFIQDATests", dependencies: [
            "REFIQDA", "CaseModel", "StudyIO", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "CaseSQLTests", dependencies: ["CaseSQL", "CaseQL", "CaseModel", "StudyIO", "CaseShell", "QueryResult",
                                                     "CasePostgres", "TestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "TeachingTests", dependencies: [
            "CaseQL", "CaseModel", "StudyIO", "SystemIO", "QueryResult", "CaseRender", "TestSupport",
            .product(name: "Ink", package: "Ink"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
