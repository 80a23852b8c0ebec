import Testing
import QueryResult
@testable import CaseRender

@Suite("Box tables")
struct BoxTableTests {
    @Test("Title, header, right-aligned numbers, row count and notes")
    func golden() {
        #expect(Fixtures.render(Fixtures.firms) == """
            firms where financing includes crowdfunding
            ┌─────────────────┬─────────┬─────────┐
            │ name            │ country │ founded │
            ├─────────────────┼─────────┼─────────┤
            │ NOVA INNOVATION │ GB      │    2010 │
            │ CARBONCURE      │ CA      │    2007 │
            └─────────────────┴─────────┴─────────┘
            2 rows
            note: 2 of 20 firms

            """)
    }

    @Test("Chinese and ASCII in one column line up")
    func chineseAlignment() {
        let rendered = Fixtures.render(Fixtures.energy)
        #expect(rendered == """
            ┌──────────────┬───────┐
            │ field        │ firms │
            ├──────────────┼───────┤
            │ 潮汐能       │     1 │
            │ tidal energy │    12 │
            │ 潮汐能 tidal │     3 │
            └──────────────┴───────┘
            3 rows

            """)
        let widths = Fixtures.boxLines(rendered).map { displayWidth(String($0)) }
        #expect(widths.count == 7 && Set(widths) == [24])
    }

    @Test("Combining marks, emoji and fullwidth text keep every line the same width")
    func mixedScripts() {
        let table = ResultTable(columns: [Column("name"), Column("note")], rows: [
            [.text("Ame\u{301}lie"), .text("👨‍👩‍👧‍👦 family")],
            [.text("ＡＢＣ"), .text("🇯🇵 AXELSPACE")],
            [.text("한국어"), .text("👍🏽")],
        ])
        let lines = Fixtures.boxLines(Fixtures.render(table))
        #expect(lines.count == 7)
        #expect(Set(lines.map { displayWidth(String($0)) }).count == 1)
    }

    @Test("One row, and an empty result still shows its header")
    func counts() {
        var one = Fixtures.firms
        one.rows.removeLast()
        #expect(Fixtures.render(one).contains("┘\n1 row\nnote:"))
        let empty = ResultTable(columns: [Column("name"), Column("count", isNumeric: true)])
        #expect(Fixtures.render(empty) == """
            ┌──────┬───────┐
            │ name │ count │
            └──────┴───────┘
            (0 rows)

            """)
    }

    @Test("Control characters in data are shown as escapes, never sent to the terminal")
    func controlCharacters() {
        let table = ResultTable(title: "bad\u{1B}]0;title\u{7}", columns: [Column("a\nb")],
                                rows: [[.text("x\ny\tz\u{1B}[31mred\r\u{9B}2J\u{202E}")]],
                                notes: [ResultNote(.warning, "line one\nline two \u{1B}[0m")])
        let rendered = Fixtures.render(table)
        #expect(rendered == #"""
            bad\u{1B}]0;title\u{7}
            ┌────────────────────────────────────────┐
            │ a\nb                                   │
            ├────────────────────────────────────────┤
            │ x\ny\tz\u{1B}[31mred\r\u{9B}2J\u{202E} │
            └────────────────────────────────────────┘
            1 row
            warning: line one
            line two \u{1B}[0m

            """#)
        #expect(!rendered.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x7 })
    }

    @Test("Long cells wrap to fit a width instead of losing text")
    func wrapping() {
        let evidence = "Nova Innovation received direct grants from the Scottish government, 获得苏格兰政府的直接拨款。"
        let table = ResultTable(columns: [Column("name"), Column("evidence"), Column("year", isNumeric: true)],
                                rows: [[.text("NOVA INNOVATION"), .text(evidence), .integer(2010)]])
        let rendered = Fixtures.render(table, maxWidth: 60)
        #expect(rendered == """
            ┌─────────────────┬─────────────────────────────────┬──────┐
            │ name            │ evidence                        │ year │
            ├─────────────────┼─────────────────────────────────┼──────┤
            │ NOVA INNOVATION │ Nova Innovation received direct │ 2010 │
            │                 │ grants from the Scottish        │      │
            │                 │ government,                     │      │
            │                 │ 获得苏格兰政府的直接拨款。      │      │
            └─────────────────┴─────────────────────────────────┴──────┘
            1 row

            """)
        #expect(Fixtures.boxLines(rendered).allSatisfy { displayWidth(String($0)) == 60 })
        #expect(Fixtures.render(table).split(separator: "\n").count == 6) // no width: no wrapping
    }

    @Test("A width too narrow for the floors overflows rather than dropping text")
    func narrowWidth() {
        let rendered = Fixtures.render(Fixtures.firms, maxWidth: 10)
        #expect(rendered.contains("│ NOVA     │"))
        #expect(rendered.contains("│ INNOVATI │") && rendered.contains("│ ON       │"))
        #expect(Set(Fixtures.boxLines(rendered).map { displayWidth(String($0)) }).count == 1)
    }

    @Test("Lists join with commas; rows longer than the header get unnamed columns")
    func listsAndRaggedRows() {
        let table = ResultTable(columns: [Column("country")], rows: [
            [.text("DE"), .list(["ABBERIOR", "NEXT KRAFTWERKE"])],
            [],
        ])
        #expect(Fixtures.render(table) == """
            ┌─────────┬───────────────────────────┐
            │ country │                           │
            ├─────────┼───────────────────────────┤
            │ DE      │ ABBERIOR, NEXT KRAFTWERKE │
            │         │                           │
            └─────────┴───────────────────────────┘
            2 rows

            """)
    }

    @Test("Text output is printed as is, with a final newline and escaped controls")
    func textOutput() {
        let options = RenderOptions(format: .table)
        #expect(Renderer.render(.text("众筹\tcrowdfunding\r\nline 2"), options: options) == "众筹\tcrowdfunding\nline 2\n")
        #expect(Renderer.render(.text("a\u{1B}[2Jb\n"), options: options) == "a\\u{1B}[2Jb\n")
        #expect(Renderer.render(.text(""), options: options) == "\n")
    }
}
