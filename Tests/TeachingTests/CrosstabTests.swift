import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL

@Suite struct CrosstabTests {
    let it = Paper.interpreter

    func integer(_ cell: Cell) -> Int? {
        if case .integer(let n) = cell { return n }
        return nil
    }

    @Test func financingByCountryTotalsMatchTheCount() throws {
        let table = try it.table("crosstab financing by country")
        #expect(table.isMatrix)
        #expect(table.columns.first?.name == "financing")
        #expect(table.columns.last?.name == "total")
        let totals = try #require(table.rows.last)
        #expect(totals.first == .text("total"))
        #expect(integer(totals[totals.count - 1]) == (try it.count("count firms where has financing")))
        // Rows are every category of the dimension, sub-categories indented.
        let rowNames = table.rows.dropLast().map(\.first)
        #expect(rowNames.contains(.text("  grant")))
        #expect(rowNames.contains(.text("    direct_grant")))
        #expect(table.rows.count == it.index.taxonomy.nodes.filter { $0.dimension == 2 }.count + 1)
    }

    @Test func everyCellRowAndColumnTotalAgreesWithQueries() throws {
        let table = try it.table("crosstab financing by country")
        for row in table.rows.dropLast() {
            guard case .text(let label) = row[0] else { continue }
            let category = label.trimmingCharacters(in: " ")
            let rowTotal = try it.count("count firms where financing includes \(category)")
            #expect(integer(row[row.count - 1]) == rowTotal, "row \(category)")
            for (c, column) in table.columns.enumerated().dropFirst().dropLast() {
                let n = try it.count("count firms where financing includes \(category) and country = '\(column.name)'")
                #expect(integer(row[c]) == n, "\(category) × \(column.name)")
            }
        }
        let totals = try #require(table.rows.last)
        for (c, column) in table.columns.enumerated().dropFirst().dropLast() {
            #expect(integer(totals[c]) == (try it.count("count firms where has financing and country = '\(column.name)'")))
        }
    }

    @Test func aWhereClauseNarrowsEveryCell() throws {
        let table = try it.table("crosstab financing by employees where founded >= 2010")
        let corner = try #require(table.rows.last?.last)
        #expect(integer(corner) == (try it.count("count firms where has financing and founded >= 2010")))
    }

    @Test func twoDimensionsUseTopLevelCategoriesAndNotCoded() throws {
        let table = try it.table("crosstab org by outcome")
        let names = table.columns.map(\.name)
        #expect(names == ["org", "product_innovation", "tech_accumulation", "catch_up", "social_responsibility",
                          "(not coded)", "total"])
        #expect(integer(table.rows.last?.last ?? .empty) == (try it.count("count firms where has org")))
    }

    @Test func showFirmsListsNamesInTheCells() throws {
        let table = try it.table("crosstab financing by country show firms")
        let crowdfunding = try #require(table.rows.first { $0.first == .text("    crowdfunding") || $0.first == .text("  crowdfunding") })
        #expect(crowdfunding.contains(.list(["NOVA INNOVATION"])))
    }

    @Test func negationOverCodesAddsTheClosedWorldNote() throws {
        let table = try it.table("crosstab financing by country where not financing includes crowdfunding")
        #expect(table.notes.contains { $0.kind == .closedWorld })
    }

    @Test func chineseOutputUsesChineseLabels() throws {
        let table = try Paper.chinese.table("crosstab financing by country")
        #expect(table.columns.map(\.name).contains("英国"))
        #expect(table.rows.first?.first == .text("公共部门"))
    }

    @Test func badNamesAreErrorsWithHelp() throws {
        let d = try #require(it.diagnostic("crosstab financing by contry"))
        #expect(d.notes.contains("help: did you mean 'country'?"))
        #expect(it.diagnostic("crosstab crowdfunding by country") != nil)
        #expect(it.diagnostic("crosstab financing by name") != nil)
    }
}

@Suite struct NegationNoteTests {
    @Test func notOverCodesPrintsTheClosedWorldNote() throws {
        let table = try Paper.interpreter.table("select firms where not financing includes crowdfunding")
        let note = try #require(table.notes.first { $0.kind == .closedWorld })
        // The built-in study's source is the paper: the note names it by its title.
        #expect(note.text.contains("not reported in Smart Specialization of SMEs"))
        #expect(table.rows.count == 19)
    }
}
