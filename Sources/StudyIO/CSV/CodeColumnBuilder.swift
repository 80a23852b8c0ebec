import CaseModel
/// Collects one code column: a bit per case for membership above the crossover, and the degrees
/// themselves once the column shows it is fuzzy (a value strictly between 0 and 1).
struct CodeColumnBuilder {
    let slot: CodeSlot
    let header: String
    private(set) var words: [UInt64] = []
    /// Nil while every value so far is 0 or 1: a crisp column needs nothing beyond its bits.
    private(set) var degrees: [Float]?

    private let expectedRows: Int

    init(slot: CodeSlot, header: String, expectedRows: Int) {
        self.slot = slot
        self.header = header
        self.expectedRows = expectedRows
        words.reserveCapacity((expectedRows + 63) >> 6)
    }

    mutating func add(_ field: CSVField, row: Int, _ scanner: CSVScanner) throws(CSVLoadError) {
        if row & 63 == 0 { words.append(0) }
        guard !field.hasEscapedQuote, let value = CellParsing.membership(scanner.bytes, field.start, field.end) else {
            throw scanner.error(field, "'\(scanner.text(of: field))' is not a set membership for '\(header)': use 1/0, true/false, yes/no, x/empty, or a degree between 0 and 1")
        }
        if value > CaseIndex.crossover { words[row >> 6] |= 1 << UInt64(row & 63) }
        if degrees != nil {
            degrees?.append(Float(value))
        } else if value != 0, value != 1 {
            var earlier = [Float](repeating: 0, count: row)
            earlier.reserveCapacity(max(row + 1, expectedRows))
            for r in 0..<row where words[r >> 6] & (1 << UInt64(r & 63)) != 0 { earlier[r] = 1 }
            earlier.append(Float(value))
            degrees = earlier
        }
    }

    /// A bare `0`/`1` cell, read by `CSVScanner.crispCell`.
    mutating func add(crisp: Bool, row: Int) {
        if row & 63 == 0 { words.append(0) }
        if crisp { words[row >> 6] |= 1 << UInt64(row & 63) }
        degrees?.append(crisp ? 1 : 0)
    }

    func members(count: Int) -> Bitset {
        var set = Bitset(count: count)
        for (wi, word) in words.enumerated() {
            var w = word
            while w != 0 {
                set.insert(wi << 6 | w.trailingZeroBitCount)
                w &= w &- 1
            }
        }
        return set
    }
}
