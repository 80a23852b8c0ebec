// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for caseql, kept out of the main package so its build and tests stay lean.
// `compare.sh` builds this in release mode and drives it; see docs/benchmarks.md.
let package = Package(
    name: "caseql-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "caseql", path: ".."),
    ],
    targets: [
        // Loads a study and times each query in one process: median of N runs, answers as JSON lines.
        .executableTarget(name: "caseql-bench", dependencies: [
            .product(name: "CaseModel", package: "caseql"),
            .product(name: "CaseQL", package: "caseql"),
            .product(name: "StudyIO", package: "caseql"),
        ]),
        // The start-up floor: the cheapest Swift program that links Foundation, built like caseql.
        .executableTarget(name: "hello-foundation"),
        // And one without Foundation (caseql does not link it), for reference.
        .executableTarget(name: "hello-plain"),
    ],
    swiftLanguageModes: [.v6]
)
