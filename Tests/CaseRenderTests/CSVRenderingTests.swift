import Testing
import QueryResult
@testable import CaseRender

@Suite("CSV")
struct CSVRenderingTests {
    @Test("Header row, then data rows; no title, counts or notes")
    func golden() {
        #expect(Fixtures.render(Fixtures.firms, .csv) == """
            name,country,founded
            NOVA INNOVATION,GB,2010
            CARBONCURE,CA,2007

            """)
    }

    @Test("Quotes fields with commas, quotes and line breaks, doubling quotes; lists join with semicolons")
    func quoting() {
        let table = ResultTable(columns: [Column("name, full"), Column("quote"), Column("firms"), Column("n", isNumeric: true)],
                                rows: [
                                    [.text("a,b"), .text("he said \"众筹\""), .list(["X", "Y, Z"]), .number(2.5)],
                                    [.text("line1\nline2"), .text("cr\r"), .empty, .integer(-3)],
                                    [.text(" spaced "), .text("semi;colon"), .list([]), .number(1e20)],
                                ])
        #expect(Fixtures.render(table, .csv) == """
            "name, full",quote,firms,n
            "a,b","he said ""众筹\""","X; Y, Z",2.5
            "line1
            line2","cr\r",,-3
             spaced ,semi;colon,,1e+20

            """)
    }

    @Test("Empty results keep the header; a lone empty field is quoted so the record is not a blank line")
    func edges() {
        #expect(Fixtures.render(ResultTable(columns: [Column("name"), Column("n")]), .csv) == "name,n\n")
        #expect(Fixtures.render(ResultTable(columns: [Column("name")], rows: [[.empty], [.text("x")]]), .csv) == "name\n\"\"\nx\n")
        #expect(Fixtures.render(ResultTable(columns: []), .csv) == "")
    }

    @Test("Text output is a one-column table")
    func text() {
        let rendered = Renderer.render(.text("strategic_equity: 战略性股权融资, \"long-term\"\n"), options: RenderOptions(format: .csv))
        #expect(rendered == "text\n\"strategic_equity: 战略性股权融资, \"\"long-term\"\"\n\"\n")
    }
}
