// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for caseql, kept out of the main package so `swift build --sanitize fuzzer`
// instruments only what these targets pull in and the main build stays clean. Run with ./run.sh.
let package = Package(
    name: "caseql-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "caseql", path: ".."),
    ],
    targets: [
        // Statements that exercise a freshly loaded study (shared by the loader targets).
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "CaseQL", package: "caseql"), .product(name: "CaseModel", package: "caseql"),
        ]),
        // Arbitrary bytes as statements: lexer, parser, resolver and evaluator on the built-in study.
        .executableTarget(name: "FuzzQuery", dependencies: [
            .product(name: "CaseQL", package: "caseql"), .product(name: "CaseModel", package: "caseql"),
        ]),
        // Arbitrary bytes as a JSON study file.
        .executableTarget(name: "FuzzStudyJSON", dependencies: [
            "FuzzSupport", .product(name: "CaseQL", package: "caseql"), .product(name: "CaseModel", package: "caseql"),
        ]),
        // Arbitrary bytes as a CSV case matrix, without and with the built-in taxonomy.
        .executableTarget(name: "FuzzCSV", dependencies: [
            "FuzzSupport", .product(name: "CaseQL", package: "caseql"), .product(name: "CaseModel", package: "caseql"),
        ]),
        // Arbitrary bytes as a script: the splitter into dot-commands and statements.
        .executableTarget(name: "FuzzScript", dependencies: [.product(name: "CaseShell", package: "caseql")]),
    ],
    swiftLanguageModes: [.v6]
)
