import Testing
import QueryResult
@testable import CaseRender

@Suite("Markdown")
struct MarkdownRenderingTests {
    @Test("A pipe table with a bold title, right-aligned numbers and italic notes")
    func golden() {
        #expect(Fixtures.render(Fixtures.firms, .markdown) == """
            **firms where financing includes crowdfunding**

            | name            | country | founded |
            | --------------- | ------- | ------: |
            | NOVA INNOVATION | GB      |    2010 |
            | CARBONCURE      | CA      |    2007 |

            *note: 2 of 20 firms*

            """)
    }

    @Test("Padding by display width keeps Chinese aligned in the source")
    func chinese() {
        #expect(Fixtures.render(Fixtures.energy, .markdown) == """
            | field        | firms |
            | ------------ | ----: |
            | 潮汐能       |     1 |
            | tidal energy |    12 |
            | 潮汐能 tidal |     3 |

            """)
    }

    @Test("Pipes and line breaks in cells cannot break the table; emphasis in notes is escaped")
    func escaping() {
        let table = ResultTable(columns: [Column("a|b")], rows: [[.text("x | y\nz\r\nw\u{1B}")]],
                                notes: [ResultNote(.closedWorld, "not_coded *means* unreported")])
        #expect(Fixtures.render(table, .markdown) == #"""
            | a\|b                   |
            | ---------------------- |
            | x \| y<br>z<br>w\u{1B} |

            *note: not\_coded \*means\* unreported*

            """#)
    }

    @Test("Text output is written as is")
    func text() {
        #expect(Renderer.render(.text("# 众筹\n\n*crowdfunding*"), options: RenderOptions(format: .markdown)) == "# 众筹\n\n*crowdfunding*\n")
    }
}
