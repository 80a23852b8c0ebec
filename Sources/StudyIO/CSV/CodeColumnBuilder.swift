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

    mutating func reserve(_ rows: Int) {
        words.reserveCapacity(words.count + (rows + 63) >> 6 + 1)
        if var fuzzy = degrees {
            degrees = nil
            fuzzy.reserveCapacity(fuzzy.count + rows)
            degrees = fuzzy
        }
    }

    /// Appends `rows` rows read from the next piece of the file: their bits shifted into place
    /// after the `before` rows already here, their degrees (or 0/1 for a crisp part) once either
    /// side is fuzzy — what one pass over both pieces would have built.
    mutating func absorb(_ part: CodeColumnBuilder, rows: Int, after before: Int) {
        let shift = before & 63
        if shift == 0 {
            words.append(contentsOf: part.words)
        } else {
            for word in part.words {
                words[words.count - 1] |= word << UInt64(shift)
                words.append(word >> UInt64(64 - shift))
            }
            let needed = (before + rows + 63) >> 6
            if words.count > needed { words.removeSubrange(needed...) }
        }
        guard degrees != nil || part.degrees != nil else { return }
        if degrees == nil { degrees = Self.degrees(of: words, rows: before) }
        degrees?.append(contentsOf: part.degrees ?? Self.degrees(of: part.words, rows: rows))
    }

    /// A crisp column's rows as degrees.
    private static func degrees(of words: [UInt64], rows: Int) -> [Float] {
        (0..<rows).map { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 ? 1 : 0 }
    }

    func members(count: Int) -> Bitset {
        Bitset(count: count, words: words)
    }
}
