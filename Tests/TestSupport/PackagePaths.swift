import Foundation

/// Where the package and the files beside it are, found from this file's path when it is
/// compiled, so tests read the repository's own samples, grammar and README wherever the clone is.
public enum PackagePaths {
    public static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        // …/Tests/TestSupport/PackagePaths.swift → …
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    public static let rootURL = URL(fileURLWithPath: root, isDirectory: true)

    /// A file of the package, by its path from the root ("Grammar/caseql.ebnf").
    public static func file(_ relative: String) -> String { root + "/" + relative }

    /// A study or script in Samples/.
    public static func sample(_ name: String) -> String { file("Samples/" + name) }

    /// The built-in study, as the repository keeps it.
    public static let builtinStudy = sample("smart-specialization.json")

    /// The design documents and data sets that live beside the clone (../shared), not in it.
    public static let shared = root + "/../shared"

    /// R's QCA benchmark data sets (LC, LF, CVF, …) as CSV.
    public static let qcaDirectory = shared + "/data/qca"
    public static func qca(_ name: String) -> String { qcaDirectory + "/" + name }

    /// The paper the built-in study was coded from, as text.
    public static let paper = shared + "/seed/000_52d7f7740ff1615a.txt"

    /// The REFI-QDA project schema that exports are validated against.
    public static let refiQDASchema = shared + "/data/refi-qda/Project-mrt2019.xsd"
}
