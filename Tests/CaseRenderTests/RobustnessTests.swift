import Testing
import QueryResult
@testable import CaseRender

/// Generated tables of hostile text: every format renders them, box lines always align and no raw
/// control character (but line breaks and tabs in notes) reaches a table or Markdown.
@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces = ["a", "Z", " ", "潮", "汐", "、", "ｱ", "Ａ", "e\u{301}", "\u{301}", "😀", "👨‍👩‍👧", "🇩🇪", "❤️",
                         "\n", "\r\n", "\t", "\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{200B}", "|", "\"", ",", "\\",
                         "*", "\u{1100}\u{1161}", "\u{0}", "\u{7F}", "\u{2028}", "…"]

    static func text(_ generator: inout Generator) -> String {
        (0..<generator.next(14)).map { _ in pieces[generator.next(pieces.count)] }.joined()
    }

    static func cell(_ generator: inout Generator) -> Cell {
        switch generator.next(6) {
        case 0: return .integer(generator.next(100))
        case 1: return .number(Double(generator.next(1000)) / 8)
        case 2: return .list((0..<generator.next(3)).map { _ in text(&generator) })
        case 3: return .empty
        default: return .text(text(&generator))
        }
    }

    @Test("Random tables align and stay escaped", arguments: 1...300)
    func randomTables(seed: UInt64) {
        var generator = Generator(state: seed)
        let columnCount = generator.next(4)
        let table = ResultTable(
            title: generator.next(2) == 0 ? nil : Self.text(&generator),
            columns: (0..<columnCount).map { _ in Column(Self.text(&generator), isNumeric: generator.next(3) == 0) },
            rows: (0..<generator.next(6)).map { _ in (0..<generator.next(columnCount + 2)).map { _ in Self.cell(&generator) } },
            notes: generator.next(2) == 0 ? [] : [ResultNote(.closedWorld, Self.text(&generator))],
            hiddenRows: generator.next(3),
            isMatrix: generator.next(2) == 0
        )
        let maxWidth: Int? = generator.next(2) == 0 ? nil : 4 + generator.next(40)
        for format in OutputFormat.allCases {
            let rendered = Fixtures.render(table, format, maxRows: generator.next(8), maxWidth: maxWidth)
            // A CSV of a table without columns has no records at all.
            #expect(rendered.hasSuffix("\n") || (format == .csv && table.columns.isEmpty), "seed \(seed) \(format)")
            if format == .table || format == .markdown {
                // Notes keep their line breaks and tabs, which cannot disturb a terminal.
                let raw = rendered.unicodeScalars.filter { $0 != "\n" && $0 != "\t" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
                #expect(raw.isEmpty, "seed \(seed) \(format)")
            }
            if format == .table {
                let widths = Set(Fixtures.boxLines(rendered).map { displayWidth(String($0)) })
                #expect(widths.count <= 1, "seed \(seed): \(rendered)")
            }
        }
    }
}
