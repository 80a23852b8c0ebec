// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for caseql, kept out of the main package so its build and tests stay lean.
// `compare.sh` builds this in release mode and drives it; see docs/benchmarks.md.
let package = Package(
    name: "caseql-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "caseql", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Loads a study and times each query in one process: median of N runs, answers as JSON lines.
        .executableTarget(name: "caseql-bench", dependencies: [
            .product(name: "CaseModel", package: "caseql"),
            .product(name: "CaseQL", package: "caseql"),
        ]),
        // Generates a REFI-QDA project of 10,000 sources, 500 codes and 200,000 codings and times its load.
        .executableTarget(name: "refi-bench", dependencies: [
            .product(name: "CaseModel", package: "caseql"),
            .product(name: "REFIQDA", package: "caseql"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The start-up floor: the cheapest Swift program that links Foundation, built like caseql.
        .executableTarget(name: "hello-foundation"),
        // And one without Foundation (caseql does not link it), for reference.
        .executableTarget(name: "hello-plain"),
    ],
    swiftLanguageModes: [.v6]
)
