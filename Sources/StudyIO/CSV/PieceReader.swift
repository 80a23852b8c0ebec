import CaseModel

/// What every piece of one pass is read with: the columns' roles and empty builders, copied to
/// each worker.
struct PiecePlan: Sendable {
    let fileName: String
    let separator: UInt8
    let roles: [ColumnRole]
    let codes: [CodeColumnBuilder]
    let attributes: [AttributeColumnBuilder]
    /// The CSV column of each attribute (nil: declared, not in the file).
    let attributeColumns: [Int?]
    /// A piece of a file read in pieces is checked as UTF-8 before it is parsed; a file in memory
    /// was checked whole.
    let checksUTF8: Bool
}

/// The columns of one piece, to be appended to those of the pieces before it. Line numbers in a
/// piece's errors count from the piece's first line (`CSVLoadError.shifted`).
struct PieceColumns: Sendable {
    var rows = 0
    /// Line breaks in the piece, as the scanner counts them (a lone CR is one).
    var lines = 0
    var names: NameColumn
    var codes: [CodeColumnBuilder]
    var attributes: [AttributeColumnBuilder]
}

/// One pass over the records of a piece, feeding every cell to its column's builder.
struct PieceReader {
    private var scanner: CSVScanner
    /// The scanner on the piece's first byte, for the rare second look at earlier rows.
    private let pieceStart: CSVScanner
    private let plan: PiecePlan
    private var columns: PieceColumns
    private var scratch: [UInt8] = []

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, plan: PiecePlan) throws(CSVLoadError) -> PieceColumns {
        let scanner = CSVScanner(bytes: bytes, fileName: plan.fileName, start: 0, separator: plan.separator)
        if plan.checksUTF8, let bad = UTF8Validation.firstInvalidOffset(in: bytes, from: 0) {
            throw scanner.locator.error(at: bad, "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        let expected = lineBreaks(bytes) + 1
        var columns = PieceColumns(names: NameColumn(expectedCount: expected), codes: plan.codes, attributes: plan.attributes)
        for j in columns.codes.indices { columns.codes[j].reserve(expected) }
        for a in columns.attributes.indices { columns.attributes[a].reserve(expected) }
        var reader = PieceReader(scanner: scanner, pieceStart: scanner, plan: plan, columns: columns)
        try reader.readRows()
        reader.columns.lines = reader.scanner.line - 1
        return reader.columns
    }

    private mutating func readRows() throws(CSVLoadError) {
        let roles = plan.roles
        while scanner.skipBlankLines() {
            let row = columns.rows
            var column = 0
            var ends = false
            // Just past the last field read, for the error of a short row.
            var lastEnd = 0, lastLine = 0, lastLineStart = 0
            repeat {
                if column < roles.count, case .code(let j) = roles[column] {
                    let line = scanner.line, lineStart = scanner.lineStart, end = scanner.position + 1
                    if let crisp = scanner.crispCell(endsRecord: &ends) {
                        columns.codes[j].add(crisp: crisp, row: row)
                        (lastEnd, lastLine, lastLineStart) = (end, line, lineStart)
                        column += 1
                        continue
                    }
                }
                let field = try scanner.nextField(endsRecord: &ends)
                guard column < roles.count else {
                    throw scanner.error(field, "this row has more fields than the header's \(roles.count) columns")
                }
                switch roles[column] {
                case .name: try addName(field)
                case .code(let j): try columns.codes[j].add(field, row: row, scanner)
                case .attribute(let a): try addAttribute(field, to: a)
                case .undecided: break
                }
                // Past the closing quote when the field has one.
                lastEnd = field.start > field.offset ? field.end + 1 : field.end
                (lastLine, lastLineStart) = (field.line, field.lineStart)
                column += 1
            } while !ends
            if column < roles.count {
                throw scanner.locator.error(at: lastEnd, line: lastLine, lineStart: lastLineStart,
                                            "this row has \(column) field\(column == 1 ? "" : "s"), but the header has \(roles.count) columns")
            }
            columns.rows += 1
        }
    }

    private mutating func addName(_ field: CSVField) throws(CSVLoadError) {
        let (s, e) = CellParsing.trimmed(scanner.bytes, field.start, field.end)
        guard s < e else { throw scanner.error(field, "empty case name: the first column names each case") }
        if field.hasEscapedQuote {
            scanner.unescape(field, into: &scratch)
            scratch.withUnsafeBufferPointer { columns.names.add($0) }
        } else {
            columns.names.add(UnsafeBufferPointer(rebasing: scanner.bytes[field.start..<field.end]))
        }
    }

    private mutating func addAttribute(_ field: CSVField, to slot: Int) throws(CSVLoadError) {
        guard try columns.attributes[slot].add(field, scanner) == .needsText else { return }
        // A value that is no number: the column is text after all, spelt as written.
        columns.attributes[slot].restartAsText()
        if let column = plan.attributeColumns[slot] {
            Self.addText(ofColumn: column, rows: columns.rows, from: pieceStart, to: &columns.attributes[slot])
        }
        _ = try columns.attributes[slot].add(field, scanner)
    }

    /// Feeds the cells of `column` in the first `rows` rows from `start` to `builder` as text:
    /// rows already read once, so they parse again.
    static func addText(ofColumn column: Int, rows: Int, from start: CSVScanner, to builder: inout AttributeColumnBuilder) {
        var earlier = start
        var row = 0
        while row < rows, earlier.skipBlankLines() {
            _ = try? earlier.readRecord { k, cell in
                if k == column { builder.addText(cell, start) }
            }
            row += 1
        }
    }

    /// Which of `candidates` hold only membership values in this piece (`isMembership`) and which
    /// hold a value at all (`hasValue`): a piece's share of the survey of a QCA table.
    static func survey(_ bytes: UnsafeBufferPointer<UInt8>, plan: PiecePlan, among candidates: [Int],
                       width: Int) throws(CSVLoadError) -> (isMembership: [Bool], hasValue: [Bool], lines: Int) {
        var isMembership = [Bool](repeating: false, count: width)
        var hasValue = [Bool](repeating: false, count: width)
        for k in candidates { isMembership[k] = true }
        var scanner = CSVScanner(bytes: bytes, fileName: plan.fileName, start: 0, separator: plan.separator)
        if plan.checksUTF8, let bad = UTF8Validation.firstInvalidOffset(in: bytes, from: 0) {
            throw scanner.locator.error(at: bad, "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        while scanner.skipBlankLines() {
            _ = try scanner.readRecord { k, field throws(CSVLoadError) in
                guard k < width, isMembership[k] else { return }
                let (s, e) = CellParsing.trimmed(bytes, field.start, field.end)
                if s < e { hasValue[k] = true }
                if field.hasEscapedQuote || CellParsing.membership(bytes, field.start, field.end) == nil {
                    isMembership[k] = false
                }
            }
        }
        return (isMembership, hasValue, scanner.line - 1)
    }

    /// Where row `target` of a piece starts: its line (counted from the piece's first) and offset.
    static func place(ofRow target: Int, in bytes: UnsafeBufferPointer<UInt8>, plan: PiecePlan) -> (line: Int, offset: Int) {
        var scanner = CSVScanner(bytes: bytes, fileName: plan.fileName, start: 0, separator: plan.separator)
        var row = 0
        while scanner.skipBlankLines() {
            if row == target { break }
            _ = try? scanner.readRecord { _, _ in }
            row += 1
        }
        return (scanner.line, scanner.position)
    }

    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes where b == ASCII.lf { count += 1 }
        return count
    }
}

extension CSVLoadError {
    /// The error of a piece whose first line is `firstLine` of the file.
    func shifted(toPieceAt firstLine: Int) -> CSVLoadError {
        guard line != 0 else { return self }
        var moved = self
        moved.line += firstLine - 1
        return moved
    }
}
