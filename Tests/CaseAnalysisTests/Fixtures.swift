import CaseAnalysis
import Foundation
import Testing
import TestSupport

/// The QCA data sets the tests use, read from their CSV files (a header `case,C1,…,Ck,Y`; no quoting).
enum QCAData {
    /// CVF lives beside the package (../shared/data/qca); its tests are skipped when it is absent,
    /// and fail in CI (where `CI` is set) so they cannot go missing silently.
    static let cvfAvailable = FileManager.default.fileExists(atPath: PackagePaths.qca("CVF.csv"))
        || ProcessInfo.processInfo.environment["CI"] != nil

    /// Crisp Lipset data (R's QCA `LC`), from the repository's sample.
    static func lc() throws -> MembershipData { try load(PackagePaths.sample("lipset-crisp.csv")) }
    /// Fuzzy Lipset data (R's QCA `LF`; Ragin 2009, p. 112).
    static func lf() throws -> MembershipData { try load(PackagePaths.sample("lipset-fuzzy.csv")) }
    /// Cebotari & Vink (2013), R's QCA `CVF`: outcome PROTEST.
    static func cvf() throws -> MembershipData { try load(PackagePaths.qca("CVF.csv")) }

    /// The last column is the outcome, the others between the first and the last are conditions.
    static func load(_ path: String) throws -> MembershipData {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        let header = lines[0]
        let body = lines.dropFirst()
        let conditions = Array(header[1..<(header.count - 1)])
        let columns = conditions.indices.map { c in body.map { Double($0[c + 1])! } }
        return try MembershipData(caseNames: body.map { $0[0] }, conditions: conditions, memberships: columns,
                                  outcomeName: header[header.count - 1],
                                  outcome: body.map { Double($0[header.count - 1])! })
    }
}

/// Rounded to 3 decimals, as R's QCA prints its parameters of fit.
func r3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

/// A term's published line: inclS, PRI, covS, covU.
func line(_ t: SolutionTerm) -> [Double?] {
    [r3(t.fit.inclS), r3(t.fit.pri), r3(t.fit.covS), t.covU.map { (r3($0) as Double) }]
}
func line(_ m: SolutionModel) -> [Double] { [r3(m.fit.inclS), r3(m.fit.pri), r3(m.fit.covS)] }

/// A term's cases as QCA prints them: the cases of each covered row joined by ",", rows by "; ".
func cases(_ t: SolutionTerm, _ data: MembershipData) -> String {
    t.cases.map { row in row.map { data.caseNames[$0] }.joined(separator: ",") }.joined(separator: "; ")
}

/// R's row numbers (configuration + 1).
func rowNumbers(_ configurations: [Int]) -> [Int] { configurations.map { $0 + 1 } }
