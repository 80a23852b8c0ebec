import Testing
@testable import CaseQL
import TestSupport

/// Each test reads like the error it checks: the marker sits where the caret must go.
@Suite struct DiagnosticTests {
    func diagnostic(_ marked: String, _ sourceLocation: SourceLocation = #_sourceLocation) -> (Diagnostic, MarkedSource)? {
        let m = MarkedSource(marked)
        do {
            _ = try TestStudy.interpreter.run(m.text)
            Issue.record("expected an error for: \(m.text)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return (error, m)
        }
    }

    func expectError(_ marked: String, _ message: String, note: String? = nil,
                     _ sourceLocation: SourceLocation = #_sourceLocation) {
        guard let (d, m) = diagnostic(marked, sourceLocation) else { return }
        #expect(d.message == message, sourceLocation: sourceLocation)
        // Every test marks where the caret goes: a missing marker is a broken test, not a pass.
        guard let at = m.markers["1️⃣"] else {
            Issue.record("no 1️⃣ marker in the test's source", sourceLocation: sourceLocation)
            return
        }
        #expect(d.range.start.line == at.line && d.range.start.column == at.column,
                "diagnostic at \(d.range.start.line):\(d.range.start.column), marker at \(at.line):\(at.column)",
                sourceLocation: sourceLocation)
        // A second marker is where the diagnostic's label points ("the parenthesis opened here").
        if let second = m.markers["2️⃣"] {
            #expect(d.labels.contains { $0.range.start.line == second.line && $0.range.start.column == second.column },
                    "labels at \(d.labels.map { "\($0.range.start.line):\($0.range.start.column)" })", sourceLocation: sourceLocation)
        }
        if let note {
            #expect(d.notes.contains(note), "notes were \(d.notes)", sourceLocation: sourceLocation)
        }
    }

    @Test func misspelledCategoryGetsDidYouMean() throws {
        expectError("select firms where financing includes 1️⃣crowdfundng",
                    "unknown category of financing 'crowdfundng'", note: "help: did you mean 'crowdfunding'?")
        // The suggestion is a fix-it: the replacement for the misspelt name's range.
        let (d, m) = try #require(diagnostic("select firms where financing includes 1️⃣crowdfundng"))
        #expect(d.fixIt?.replacement == "crowdfunding")
        #expect(d.fixIt?.range.start.column == m.markers["1️⃣"]?.column)
        #expect(d.id == "unknown-name")
    }

    @Test func misspeltKeywordsAndSQLHabits() {
        expectError("count firms 1️⃣wher has org", "expected one of ';', end of line after the statement, found name 'wher'",
                    note: "help: did you mean 'where'?")
        expectError("1️⃣selct firms", "expected a statement, found name 'selct'", note: "help: did you mean 'select'?")
        expectError("select 1️⃣* from firms", "unexpected character '*'",
                    note: "help: caseql is not SQL: 'select firms' lists every case, with its attributes")
    }

    @Test func categoryOfAnotherDimension() {
        expectError("select firms where org includes 1️⃣crowdfunding", "'crowdfunding' is not a category of org",
                    note: "note: it is a category of financing: write 'financing includes crowdfunding'")
    }

    @Test func unknownDimension() {
        expectError("count firms where 1️⃣finance includes debt", "unknown dimension 'finance'",
                    note: "help: did you mean 'financing'?")
    }

    @Test func unknownAttribute() {
        expectError("count firms where 1️⃣contry = DE", "unknown attribute 'contry'", note: "help: did you mean 'country'?")
    }

    @Test func unknownCountry() {
        expectError("count firms where country = 1️⃣Germny", "unknown value of country 'Germny'",
                    note: "help: did you mean 'Germany'?")
    }

    @Test func noSuggestionRatherThanAWrongOne() {
        guard let (d, _) = diagnostic("count firms where financing includes 1️⃣zzzzzzzz") else { return }
        #expect(!d.notes.contains { $0.hasPrefix("help: did you mean") })
    }

    @Test func missingOperand() {
        expectError("count firms where founded > 1️⃣", "expected a value, found end of input")
    }

    @Test func unclosedParenthesis() {
        expectError("count firms where 2️⃣(has org and has financing1️⃣", "expected ')' to close the parenthesis, found end of input")
        // Over several lines, both positions are the real ones.
        expectError("count firms where has org\ncount firms where 2️⃣(has org\n and has financing\n1️⃣",
                    "expected ')' to close the parenthesis, found end of input")
    }

    @Test func unterminatedString() {
        expectError("describe 1️⃣'NOVA", "unterminated string")
    }

    @Test func numberOutOfRange() {
        expectError("count firms where founded > 1️⃣99999999999999999999",
                    "number out of range: 99999999999999999999 (numbers are limited to ±9007199254740991)")
    }

    @Test func unknownStatement() {
        expectError("1️⃣selct firms", "expected a statement, found name 'selct'", note: "help: did you mean 'select'?")
    }

    @Test func wrongNounAfterCrosstabShow() {
        expectError("crosstab financing by country show 1️⃣companies", "unknown case noun 'companies'")
    }

    @Test func wrongCaseNoun() {
        expectError("select 1️⃣companies", "unknown case noun 'companies'")
    }

    @Test func comparisonOnText() {
        expectError("count firms where 1️⃣field > 3", "'>' does not apply to text; 'field' is text")
    }

    @Test func clauseOutOfOrder() {
        expectError("select firms limit 3 1️⃣where has org", "'where' is out of place: clauses go in the order where, group by, order by, limit")
    }

    @Test func bandWithoutQuotes() {
        expectError("count firms where employees = 111️⃣~50", "unexpected character '~'",
                    note: "help: write a band as a string, e.g. employees = '11~50'")
    }

    @Test func positionsOnLaterLines() {
        expectError("count firms\ncount firms where 1️⃣bogus = 1", "unknown attribute 'bogus'")
    }

    @Test func chineseColumnsCountCharacters() {
        expectError("count firms where 融资渠道 includes 1️⃣众筹资", "unknown category of financing '众筹资'")
    }

    @Test func limitOutOfRange() {
        expectError("select firms limit 1️⃣5000000000", "limit must be a whole number from 0 to 1000000000, found 5000000000")
    }
}
