import QueryResult

/// Shading for a crosstab's numeric cells, so its pattern shows at a glance: a block glyph by value
/// relative to the largest value (readable without colour, in logs and pasted text), `·` for zero,
/// and optionally an ANSI background of matching strength.
struct MatrixShading {
    static let glyphs: [Character] = ["░", "▒", "▓", "█"]
    static let zero = "·"
    /// 256-colour backgrounds from light to dark blue, with black or white text for contrast.
    private static let colours = ["\u{1B}[30;48;5;153m", "\u{1B}[30;48;5;111m",
                                  "\u{1B}[97;48;5;69m", "\u{1B}[97;48;5;27m"]
    static let reset = "\u{1B}[0m"

    let maximum: Double

    init(rows: [[Cell]]) {
        var maximum = 0.0
        for row in rows {
            for cell in row {
                if let value = cell.shadingValue {
                    maximum = max(maximum, value)
                }
            }
        }
        self.maximum = maximum
    }

    /// 0 for zero (and for negative values, which have no sensible shade), 1...4 by quarter of the maximum.
    func level(of value: Double) -> Int {
        guard value > 0, maximum > 0 else { return 0 }
        // A ceiling by hand: `rounded(.up)` calls libm's ceil, which not every link pulls in.
        let quarters = min(4, value / maximum * 4)
        let whole = Int(quarters)
        return max(1, Double(whole) < quarters ? whole + 1 : whole)
    }

    /// The cell's text with its glyph ("3 █"), and its level; nil for cells that are not numbers.
    func shade(_ cell: Cell) -> (text: String, level: Int)? {
        guard let value = cell.shadingValue else { return nil }
        let level = level(of: value)
        if value == 0 {
            return (Self.zero, 0)
        }
        guard level > 0 else { return (cell.plainText, 0) }
        return ("\(cell.plainText) \(Self.glyphs[level - 1])", level)
    }

    static func colour(forLevel level: Int) -> String? {
        level >= 1 && level <= colours.count ? colours[level - 1] : nil
    }
}

extension Cell {
    var shadingValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d) where d.isFinite: return d
        default: return nil
        }
    }
}
