import Foundation
import Testing
import TestSupport

/// Issue 11 item 8: a crosstab in a narrow terminal fits it, never broken: row labels whole, each
/// count beside its label, the totals inside the box. Short column headers with a legend, and
/// panels of columns when even those do not fit.
@Suite struct NarrowCrosstabTests {
    static let labels = ["public", "grant", "direct_grant", "indirect_grant", "research_funding", "procurement",
                         "private", "equity", "financial_equity", "strategic_equity", "debt", "society", "crowdfunding", "total"]

    /// Every line fits `width` and every row label stands whole at the start of a box line.
    static func checkFits(_ output: String, width: Int, rows: Int = 14) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where line.hasPrefix("│") || line.hasPrefix("┌") || line.hasPrefix("columns:") || line.hasPrefix(" ") {
            #expect(line.unicodeScalars.count <= width, "wider than \(width): \(line)")
        }
        for label in labels {
            let starts = lines.filter { $0.hasPrefix("│ ") && $0.dropFirst(2).drop { $0 == " " }.hasPrefix(label + " ") }
            #expect(!starts.isEmpty, "row '\(label)' is split or missing:\n\(output)")
        }
        // No wrapped row: a box line whose label cell is blank.
        #expect(!lines.contains { $0.hasPrefix("│ ") && $0.dropFirst(2).prefix { $0 != "│" }.allSatisfy { $0 == " " } })
    }

    @Test(arguments: [70, 60, 40])
    func fitsColumns(_ width: Int) throws {
        let result = try CaseQLBinary.run(["-c", "crosstab financing by country"], environment: ["COLUMNS": "\(width)"])
        #expect(result.status == 0, "\(result.stderr)")
        Self.checkFits(result.stdout, width: width)
        #expect(result.stdout.contains("E = United Kingdom"))
    }

    @Test func wideEnoughKeepsItsHeaders() throws {
        let result = try CaseQLBinary.run(["-c", "crosstab financing by country"], environment: ["COLUMNS": "120"])
        #expect(result.stdout.contains("│ United Kingdom │"))
        #expect(!result.stdout.contains("columns:"))
    }

    @Test(.enabled(if: TerminalSession.tmux != nil, "tmux is not installed"))
    func fitsASeventyColumnTerminal() throws {
        let shell = try TerminalSession(arguments: ["--no-rc"], width: 70, height: 45)
        try shell.waitForLine("caseql>")
        try shell.type("crosstab financing by country")
        try shell.press("Enter")
        let screen = try shell.waitFor("14 rows")
        Self.checkFits(screen, width: 70)
    }
}
