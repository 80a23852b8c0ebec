import QueryResult
@testable import CaseRender

/// Small result tables shaped like the evaluator's, with the paper's Chinese labels.
enum Fixtures {
    static let firms = ResultTable(
        title: "firms where financing includes crowdfunding",
        columns: [Column("name"), Column("country"), Column("founded", isNumeric: true)],
        rows: [
            [.text("NOVA INNOVATION"), .text("GB"), .integer(2010)],
            [.text("CARBONCURE"), .text("CA"), .integer(2007)],
        ],
        notes: [ResultNote(.info, "2 of 20 firms")]
    )

    static let energy = ResultTable(
        columns: [Column("field"), Column("firms", isNumeric: true)],
        rows: [
            [.text("潮汐能"), .integer(1)],
            [.text("tidal energy"), .integer(12)],
            [.text("潮汐能 tidal"), .integer(3)],
        ]
    )

    static func render(_ table: ResultTable, _ format: OutputFormat = .table, maxRows: Int? = nil,
                       color: Bool = false, maxWidth: Int? = nil) -> String {
        Renderer.render(.table(table), options: RenderOptions(format: format, maxRows: maxRows, color: color,
                                                               maxWidth: maxWidth))
    }

    /// The lines of a rendered box table (title and footer excluded: those starting with a box glyph).
    static func boxLines(_ rendered: String) -> [Substring] {
        rendered.split(separator: "\n").filter { line in
            guard let first = line.first else { return false }
            return "┌│├└".contains(first)
        }
    }
}
