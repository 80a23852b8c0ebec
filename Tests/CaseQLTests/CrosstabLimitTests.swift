import Testing
import CaseModel
import QueryResult
@testable import CaseQL

/// A crosstab has a size limit (issue: `crosstab dim by dim` over 100,000 categories grew to 24 GB
/// and was killed): beyond `Limits.maxCrosstabCells` it is refused, at the statement, before its
/// cells are counted.
@Suite struct CrosstabLimitTests {
    /// One flat dimension of `categories` categories over three cases.
    static func interpreter(categories: Int) -> Interpreter {
        let dimension = Dimension(id: "topic", labels: .init(en: "topic"), categories: (0..<categories).map {
            Category(id: "t\($0)", labels: .init(en: "t\($0)"))
        })
        let cases = (0..<3).map { i in Case(name: "C\(i)", codes: [Code(category: "t\(i)")]) }
        return Interpreter(study: Study(title: .init(en: "wide"), taxonomy: Taxonomy(dimensions: [dimension]), cases: cases))
    }

    static func error(_ it: Interpreter, _ source: String) -> Diagnostic? {
        do {
            _ = try it.run(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func aCrosstabOverTheCellLimitIsRefusedWithAPositionedError() throws {
        // 1,001 × 1,001 co-occurrence cells: just over a million.
        let it = Self.interpreter(categories: 1_001)
        let source = "crosstab topic by topic"
        let error = try #require(Self.error(it, source))
        #expect(error.id == "limit")
        #expect(error.message == "this crosstab is too big: 1,001 rows by 1,001 columns (the limit is 1,000,000 cells)")
        // From the rows' name to the columns'.
        #expect(error.range.start.column == 10)
        #expect(error.range.end.column == source.count + 1)
        #expect(error.help?.contains("where") == true)
    }

    @Test func cellsThatListCasesHaveALowerLimit() throws {
        // 101 × 101 = 10,201 cells: counted, but not listed.
        let it = Self.interpreter(categories: 101)
        let outputs = try it.run("crosstab topic by topic")
        guard case .table(let table)? = outputs.first else { Issue.record("no table"); return }
        #expect(table.rows.count == 102)
        let error = try #require(Self.error(it, "crosstab topic by topic show cases"))
        #expect(error.message == "this crosstab is too big: 101 rows by 101 columns (the limit is 10,000 cells that list cases)")
    }

    @Test func theLimitIsDocumentedWhereTheOtherLimitsAre() {
        #expect(Limits.maxCrosstabCells == 1_000_000)
        #expect(Limits.maxCrosstabNameCells * Interpreter.namesPerCell == Limits.maxCrosstabCells)
    }
}
