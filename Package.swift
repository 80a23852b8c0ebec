// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "caseql",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "caseql", targets: ["caseql"]),
        .library(name: "CaseModel", targets: ["CaseModel"]),
        .library(name: "CaseQL", targets: ["CaseQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The case model: studies, taxonomies, cases, codes with evidence; the JSON study format.
        .target(name: "CaseModel"),
        // A typed result table: what every statement produces and every renderer consumes.
        .target(name: "QueryResult"),
        // The query language: lexer, parser, AST, resolver, evaluator, diagnostics.
        .target(name: "CaseQL", dependencies: ["CaseModel", "QueryResult"]),
        // glibc's wcwidth, which Swift cannot see without _XOPEN_SOURCE.
        .target(name: "CWidth"),
        // Rendering result tables as box tables, CSV, JSON and Markdown.
        .target(name: "CaseRender", dependencies: ["QueryResult", "CWidth"]),
        // libedit, through a small shim that hides its C globals and variadic calls.
        .systemLibrary(name: "CLibedit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CLibedit"]),
        // Compiling plans to SQL for DuckDB, PostgreSQL, SQLite and Spark; the relational layout of a study.
        .target(name: "CaseSQL", dependencies: ["CaseModel", "CaseQL"]),
        // The session: a loaded study, settings, dot-commands, the REPL and script runner.
        .target(name: "CaseShell", dependencies: ["CaseModel", "CaseQL", "CaseRender", "LineEditor", "QueryResult"]),
        .executableTarget(name: "caseql", dependencies: [
            "CaseShell", "CaseModel", "CaseSQL",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"], exclude: ["Fixtures"]),
        .testTarget(name: "CaseQLTests", dependencies: ["CaseQL", "CaseModel", "CaseRender", "QueryResult"]),
        .testTarget(name: "CaseRenderTests", dependencies: ["CaseRender", "QueryResult"]),
        .testTarget(name: "CLITests", dependencies: ["CaseShell", "CaseQL", "CaseModel", "LineEditor"],
                    exclude: ["Golden", "Hostile"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "CSVTests", dependencies: ["CaseModel"]),
        .testTarget(name: "PropertyTests", dependencies: [
            "CaseQL", "CaseModel", "QueryResult",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CaseSQLTests", dependencies: ["CaseSQL", "CaseQL", "CaseModel", "CaseShell", "QueryResult"], exclude: ["Golden"]),
        .testTarget(name: "TeachingTests", dependencies: ["CaseQL", "CaseModel", "QueryResult"]),
    ],
    swiftLanguageModes: [.v6]
)
