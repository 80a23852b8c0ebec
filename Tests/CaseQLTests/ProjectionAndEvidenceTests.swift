import Testing
import CaseModel
import QueryResult
@testable import StudyIO
@testable import CaseQL

/// Projections, code counts, evidence search and the richer crosstabs, on the built-in study, whose
/// financing codes are those of the paper's §3: public funding for ABBERIOR, IN OVO and NOVA
/// INNOVATION (§3.1), debt for NAVYA and strategic equity for AXELSPACE (§3.2), crowdfunding for
/// NOVA INNOVATION on SEEDRS (§3.3).
@Suite struct ProjectionAndEvidenceTests {
    static let paper = Interpreter(study: BuiltinStudy.load())

    func table(_ source: String, _ interpreter: Interpreter = paper) throws -> ResultTable {
        let output = try interpreter.run(source).last
        guard case .table(let t) = output else {
            Issue.record("'\(source)' gave no table")
            return ResultTable(columns: [])
        }
        return t
    }

    func names(_ source: String) throws -> [String] { try table(source).rows.map { $0[0].plainText } }

    @Test func aDimensionColumnListsTheMostSpecificCodes() throws {
        let t = try table("select firms show financing where has financing order by name")
        #expect(t.columns.map(\.name) == ["name", "financing"])
        #expect(t.rows == [
            [.text("ABBERIOR"), .list(["research_funding"])],
            [.text("AXELSPACE"), .list(["strategic_equity"])],
            [.text("IN OVO"), .list(["research_funding"])],
            [.text("NAVYA"), .list(["debt"])],
            [.text("NOVA INNOVATION"), .list(["research_funding", "procurement", "crowdfunding"])],
        ])
        let zh = try table("select firms show financing where crowdfunding", Interpreter(study: BuiltinStudy.load(), language: .zh))
        #expect(zh.rows == [[.text("NOVA INNOVATION"), .list(["科研经费", "政府购买", "互联网众筹"])]])
    }

    @Test func aCategoryColumnIsOneOrZeroWithItsSubCategories() throws {
        let t = try table("select firms show public, crowdfunding where has financing order by name")
        #expect(t.rows.map { [$0[1], $0[2]] } == [[.integer(1), .integer(0)], [.integer(0), .integer(0)], [.integer(1), .integer(0)],
                                                  [.integer(0), .integer(0)], [.integer(1), .integer(1)]])
    }

    @Test func codesCountTheCodesOfEveryFirm() throws {
        let t = try table("select firms show codes, codes in financing")
        let total = t.rows.reduce(0) { sum, row in if case .integer(let n) = row[1] { return sum + n }; return sum }
        let study = BuiltinStudy.load()
        #expect(total == study.cases.reduce(0) { $0 + $1.codes.count })
        #expect(t.rows.first { $0[0] == .text("NOVA INNOVATION") }?[2] == .integer(3))
        // FILTRINE MANUFACTURING and LIVEDATA: only their Table 1 row, no code (the study's notes).
        #expect(try names("select firms where codes = 0 order by name") == ["FILTRINE MANUFACTURING", "LIVEDATA"])
        #expect(try names("select firms where codes in financing > 1") == ["NOVA INNOVATION"])
        let top = try names("select firms order by codes desc, name limit 2")
        #expect(top == ["CARBONCURE", "IN OVO"])
        let groups = try table("count firms group by codes")
        #expect(groups.rows.reduce(0) { sum, row in if case .integer(let n) = row[1] { return sum + n }; return sum } == 20)
    }

    @Test func twoGroupingKeysNestTheSecondInTheFirst() throws {
        let t = try table("count firms group by country, employees")
        #expect(t.columns.map(\.name) == ["country", "employees", "count"])
        let germany = t.rows.filter { $0[0] == .text("Germany") }
        #expect(germany == [[.text("Germany"), .text("51~200"), .integer(2)]])
        #expect(t.rows.reduce(0) { sum, row in if case .integer(let n) = row[2] { return sum + n }; return sum } == 20)
    }

    @Test func evidenceContainsSearchesQuotesAndGlossesInBothLanguages() throws {
        // IN OVO's §3.1 quote names Leiden University (莱顿大学); NOVA INNOVATION's a university too.
        #expect(try names("select firms where evidence contains '大学' order by name") == ["IN OVO", "NOVA INNOVATION"])
        #expect(try names("select firms where evidence contains 'LEIDEN'") == (try names("select firms where evidence contains 'leiden'")))
        #expect(try names("select firms where evidence contains 'leiden'").contains("IN OVO"))
        #expect(try names("select firms where evidence for crowdfunding contains 'SEEDRS'") == ["NOVA INNOVATION"])
        #expect(try names("select firms where evidence for org contains 'SEEDRS'") == [])
    }

    @Test func evidenceListsOneRowPerQuote() throws {
        let t = try table("evidence for crowdfunding")
        #expect(t.columns.map(\.name) == ["firm", "dimension", "category", "quote", "gloss", "section"])
        #expect(t.rows.count == 1)
        #expect(t.rows.first?[0] == .text("NOVA INNOVATION"))
        #expect(t.rows.first?[3].plainText.contains("SEEDRS") == true)
        #expect(t.rows.first?[5].plainText.hasPrefix("§3.3") == true)
        let all = try table("evidence")
        let quotes = BuiltinStudy.load().cases.reduce(0) { $0 + $1.codes.reduce(0) { $0 + $1.evidence.count } }
        #expect(all.rows.count == quotes)
        let candidates = try table("evidence with candidates")
        #expect(candidates.rows.count > all.rows.count)
        #expect(candidates.rows.allSatisfy { $0.last == .text("yes") || $0.last == .text("no (candidate)") })
    }

    @Test func percentagesAreSharesOfTheirTotals() throws {
        let counts = try table("crosstab org by employees")
        let rows = try table("crosstab org by employees percent row")
        let columns = try table("crosstab org by employees percent column")
        let width = counts.columns.count
        for r in 0..<(counts.rows.count - 1) {
            for c in 1..<(width - 1) {
                guard case .integer(let n) = counts.rows[r][c], case .integer(let rowTotal) = counts.rows[r][width - 1],
                      case .integer(let columnTotal) = counts.rows[counts.rows.count - 1][c] else { continue }
                #expect(Interpreter.percent(n, of: rowTotal) == rows.rows[r][c])
                #expect(Interpreter.percent(n, of: columnTotal) == columns.rows[r][c])
            }
        }
        #expect(Interpreter.percent(1, of: 3) == .number(33.3))
        #expect(Interpreter.percent(1, of: 2) == .integer(50))
    }

    @Test func aDimensionByItselfHasEachCategorysCountOnTheDiagonal() throws {
        let t = try table("crosstab financing by financing")
        let width = t.columns.count
        for (r, row) in t.rows.dropLast().enumerated() {
            #expect(row[r + 1] == row[width - 1], "\(row[0])")
        }
    }

    @Test func aCategorysSubCategoriesAreRowsOrColumns() throws {
        let t = try table("crosstab financing by private")
        #expect(t.columns.map(\.name) == ["financing", "equity", "debt", "(not coded)", "total"])
        let rows = try table("crosstab private by country")
        #expect(rows.rows.map { $0[0].plainText } == ["equity", "  financial_equity", "  strategic_equity", "debt", "total"])
    }

    @Test func yearsComeInDecades() throws {
        let ranges = try #require(NumberRanges([1901, 1979, 1991, 2001, 2002, 2008, 2010, 2012, 2015]))
        #expect(ranges.isDecades)
        #expect((0..<ranges.count).map(ranges.label).first == "1900s")
        #expect(ranges.label(ranges.slot(2015)) == "2010s")
        let plain = try #require(NumberRanges([0, 3, 17, 40, 55, 61, 80, 99, 100]))
        #expect(!plain.isDecades && plain.step == 20)
        #expect(plain.label(plain.slot(17)) == "0–19")
        let t = try table("crosstab outcome by founded")
        #expect(t.columns.map(\.name) == ["outcome", "1970s", "2000s", "2010s", "total"])
    }

    @Test func newFormsPrintBackToTheSameStatement() throws {
        for source in ["select firms show codes in financing, crowdfunding, country where codes > 2 and evidence for financing contains 'x' group by country, codes order by count desc",
                       "select firms show financing order by codes in outcome desc, name limit 3",
                       "matrix financing, outcome where not has org",
                       "evidence for financing where country = DE with candidates",
                       "crosstab outcome by founded where has org percent column"] {
            let parsed = try Parser.parse(source)
            let again = try Parser.parse(parsed[0].statement.printed)
            #expect(again[0].statement.printed == parsed[0].statement.printed)
        }
    }
}
