import Testing
import QueryResult
@testable import CaseRender

@Suite("Row caps are never silent")
struct RowCapTests {
    static let many = ResultTable(columns: [Column("n", isNumeric: true)], rows: (1...23).map { [.integer($0)] },
                                  notes: [ResultNote(.closedWorld, "not coded means not reported in the paper")])

    @Test("A table says how many rows it hides")
    func table() {
        let rendered = Fixtures.render(Self.many, maxRows: 3)
        #expect(rendered == """
            ┌───┐
            │ n │
            ├───┤
            │ 1 │
            │ 2 │
            │ 3 │
            └───┘
            … 20 of 23 rows hidden
            note: not coded means not reported in the paper

            """)
    }

    @Test("Rows the evaluator left out count too")
    func evaluatorHidden() {
        var table = Self.many
        table.hiddenRows = 7
        #expect(Fixtures.render(table).contains("└────┘\n… 7 of 30 rows hidden\n"))
        #expect(Fixtures.render(table, maxRows: 3).contains("… 27 of 30 rows hidden"))
        let single = ResultTable(columns: [Column("n")], hiddenRows: 1)
        #expect(Fixtures.render(single).hasSuffix("… 1 of 1 row hidden\n"))
    }

    @Test("A cap at or above the row count hides nothing; a negative cap shows no rows")
    func bounds() {
        #expect(Fixtures.render(Self.many, maxRows: 23).contains("23 rows\n"))
        #expect(Fixtures.render(Self.many, maxRows: -1).contains("… 23 of 23 rows hidden"))
    }

    @Test("Markdown prints the message; CSV and JSON return it as a side note")
    func otherFormats() {
        #expect(Fixtures.render(Self.many, .markdown, maxRows: 1).hasSuffix("""
            |   1 |

            *… 22 of 23 rows hidden*

            *note: not coded means not reported in the paper*

            """))
        #expect(Fixtures.render(Self.many, .csv, maxRows: 2) == "n\n1\n2\n")
        #expect(Fixtures.render(Self.many, .json, maxRows: 1) == "[\n  {\"n\": 1}\n]\n")
        let options = RenderOptions(format: .json, maxRows: 1)
        #expect(Renderer.sideNotes(for: .table(Self.many), options: options) ==
                ["… 22 of 23 rows hidden", "note: not coded means not reported in the paper"])
        #expect(Renderer.sideNotes(for: .table(Self.many), options: RenderOptions(format: .table, maxRows: 1)).isEmpty)
        #expect(Renderer.sideNotes(for: .text("x"), options: options).isEmpty)
    }
}
