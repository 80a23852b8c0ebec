import Testing
import QueryResult
@testable import CaseRender

@Suite("JSON")
struct JSONRenderingTests {
    @Test("An array of objects keyed by column name, in column order; numbers stay numbers")
    func golden() {
        #expect(Fixtures.render(Fixtures.firms, .json) == """
            [
              {"name": "NOVA INNOVATION", "country": "GB", "founded": 2010},
              {"name": "CARBONCURE", "country": "CA", "founded": 2007}
            ]

            """)
    }

    @Test("Chinese stays UTF-8; lists are arrays; empty cells and non-finite numbers are null")
    func values() {
        let table = ResultTable(columns: [Column("国家"), Column("firms"), Column("share", isNumeric: true), Column("x")],
                                rows: [[.text("德国"), .list(["ABBERIOR", "众筹"]), .number(0.25), .empty],
                                       [.text(""), .list([]), .number(.nan), .number(-.infinity)]])
        #expect(Fixtures.render(table, .json) == """
            [
              {"国家": "德国", "firms": ["ABBERIOR", "众筹"], "share": 0.25, "x": null},
              {"国家": "", "firms": [], "share": null, "x": null}
            ]

            """)
    }

    @Test("Quotes, backslashes and control characters are escaped")
    func escaping() {
        let table = ResultTable(columns: [Column("q\"k")], rows: [[.text("a\"b\\c\nd\te\r\u{8}\u{C}\u{1}\u{1B}\u{7F}\u{2028}é")]])
        #expect(Fixtures.render(table, .json) == #"""
            [
              {"q\"k": "a\"b\\c\nd\te\r\b\f\u0001\u001B\u007F\u2028é"}
            ]

            """#)
    }

    @Test("Keys are unique and non-empty")
    func keys() {
        #expect(JSONRenderer.uniqueKeys(["name", "name", "", "name_2", "name"]) == ["name", "name_2", "column3", "name_2_2", "name_3"])
    }

    @Test("Empty results are an empty array; text output is one object")
    func edges() {
        #expect(Fixtures.render(ResultTable(columns: [Column("name")]), .json) == "[]\n")
        #expect(Renderer.render(.text("众筹 \"crowdfunding\""), options: RenderOptions(format: .json)) ==
                #"{"text": "众筹 \"crowdfunding\""}"# + "\n")
    }
}
