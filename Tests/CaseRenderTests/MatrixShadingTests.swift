import Testing
import QueryResult
@testable import CaseRender

@Suite("Matrix shading")
struct MatrixShadingTests {
    static let crosstab = ResultTable(
        title: "crosstab financing by country",
        columns: [Column("financing"), Column("DE", isNumeric: true), Column("GB", isNumeric: true),
                  Column("JP", isNumeric: true)],
        rows: [
            [.text("public"), .integer(8), .integer(0), .integer(3)],
            [.text("众筹"), .integer(1), .integer(5), .integer(0)],
        ],
        isMatrix: true
    )

    @Test("Glyphs by quarter of the maximum, a dot for zero, readable without colour")
    func glyphs() {
        #expect(Fixtures.render(Self.crosstab) == """
            crosstab financing by country
            ┌───────────┬─────┬─────┬─────┐
            │ financing │  DE │  GB │  JP │
            ├───────────┼─────┼─────┼─────┤
            │ public    │ 8 █ │   · │ 3 ▒ │
            │ 众筹      │ 1 ░ │ 5 ▓ │   · │
            └───────────┴─────┴─────┴─────┘
            2 rows

            """)
    }

    @Test("Levels", arguments: [(0.0, 0), (-2.0, 0), (0.5, 1), (2.5, 1), (2.6, 2), (5.0, 2), (7.5, 3), (7.6, 4), (10.0, 4)])
    func levels(value: Double, level: Int) {
        let shading = MatrixShading(rows: [[.integer(10)]])
        #expect(shading.level(of: value) == level)
    }

    @Test("Colour wraps each shaded cell in an ANSI background and resets it; zero stays plain")
    func colour() {
        let rendered = Fixtures.render(Self.crosstab, color: true)
        #expect(rendered.contains("│\u{1B}[97;48;5;27m 8 █ \u{1B}[0m│   · │\u{1B}[30;48;5;111m 3 ▒ \u{1B}[0m│"))
        #expect(rendered.split(separator: "\u{1B}[0m", omittingEmptySubsequences: false).count - 1 == 4)
        #expect(!Fixtures.render(Self.crosstab).contains("\u{1B}"))
    }

    @Test("Only matrices are shaded, and colour never touches other tables")
    func plainTables() {
        var plain = Self.crosstab
        plain.isMatrix = false
        let rendered = Fixtures.render(plain, color: true)
        #expect(rendered.contains("│ public    │  8 │  0 │  3 │"))
        #expect(!rendered.contains("\u{1B}"))
    }

    @Test("Machine formats keep the plain numbers")
    func machineFormats() {
        #expect(Fixtures.render(Self.crosstab, .csv) == "financing,DE,GB,JP\npublic,8,0,3\n众筹,1,5,0\n")
    }
}
