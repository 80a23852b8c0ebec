import CaseModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over the rows of a case matrix, feeding every cell to its column's builder.
struct MatrixParser {
    private var scanner: CSVScanner
    /// The scanner positioned on the first data row, for the rare second look at earlier rows.
    private let dataStart: CSVScanner
    private let headers: [HeaderCell]
    private let layout: MatrixLayout
    private var names: NameColumn
    private var codeBuilders: [CodeColumnBuilder]
    private var attributeBuilders: [AttributeColumnBuilder]
    private var rows = 0
    private var scratch: [UInt8] = []
    private let pages: PageRelease

    init(buffer: UnsafeBufferPointer<UInt8>, fileName: String, taxonomy: Taxonomy?,
         declared: [AttributeDefinition], separator: UInt8, pages: PageRelease) throws(CSVLoadError) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = buffer.count >= 3 && buffer.prefix(3).elementsEqual(bom) ? 3 : 0
        var scanner = CSVScanner(bytes: buffer, fileName: fileName, start: start, separator: separator)
        if let encoding = Self.utf16Encoding(buffer) {
            throw CSVLoadError(file: fileName, line: 1, column: 1,
                               message: "this file is \(encoding), not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8)")
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: buffer, from: start, pages: pages) {
            throw scanner.locator.error(at: bad, "invalid UTF-8 (byte 0x\(String(buffer[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        guard scanner.skipBlankLines() else {
            throw CSVLoadError(file: fileName, line: 1, column: 1, message: "empty file: expected a header row naming the case column, then attribute and code columns")
        }
        var headers: [HeaderCell] = []
        let cells = scanner   // reads field text while `scanner` moves on
        _ = try scanner.readRecord { _, field throws(CSVLoadError) in
            headers.append(HeaderCell(text: Self.trim(cells.text(of: field)), field: field))
        }
        let dataStart = scanner
        let layout = try MatrixLayout.make(headers: headers, taxonomy: taxonomy, declared: declared, scanner: scanner) {
            columns throws(CSVLoadError) in
            try Self.membershipColumns(among: columns, from: dataStart, width: headers.count)
        }
        self.scanner = scanner
        self.dataStart = dataStart
        self.headers = headers
        self.layout = layout
        // Sizing every column for the number of lines up front avoids growing (and, for a
        // moment, doubling) million-element arrays.
        let expected = Self.lineCount(buffer, from: dataStart.position, pages: pages)
        self.pages = pages
        self.names = NameColumn(expectedCount: expected)
        self.codeBuilders = layout.codes.map { CodeColumnBuilder(slot: $0, header: headers[$0.column].text, expectedRows: expected) }
        self.attributeBuilders = layout.attributes.map {
            AttributeColumnBuilder(slot: $0, header: $0.column.map { headers[$0].text } ?? $0.definition.id, expectedRows: expected)
        }
    }

    mutating func readRows() throws(CSVLoadError) {
        let roles = layout.roles
        var released = 0
        while scanner.skipBlankLines() {
            if scanner.position - released >= PageRelease.step {
                pages.release(released..<scanner.position)
                released = scanner.position
            }
            var column = 0
            var ends = false
            // Just past the last field read, for the error of a short row.
            var lastEnd = 0, lastLine = 0, lastLineStart = 0
            repeat {
                if column < roles.count, case .code(let j) = roles[column] {
                    let line = scanner.line, lineStart = scanner.lineStart, end = scanner.position + 1
                    if let crisp = scanner.crispCell(endsRecord: &ends) {
                        codeBuilders[j].add(crisp: crisp, row: rows)
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
                case .code(let j): try codeBuilders[j].add(field, row: rows, scanner)
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
            rows += 1
        }
        try checkDistinctNames()
    }

    private mutating func addName(_ field: CSVField) throws(CSVLoadError) {
        let (s, e) = CellParsing.trimmed(scanner.bytes, field.start, field.end)
        guard s < e else { throw scanner.error(field, "empty case name: the first column names each case") }
        if field.hasEscapedQuote {
            scanner.unescape(field, into: &scratch)
            scratch.withUnsafeBufferPointer { names.add($0) }
        } else {
            names.add(UnsafeBufferPointer(rebasing: scanner.bytes[field.start..<field.end]))
        }
    }

    /// Duplicate names are found once all are read (see `NameColumn`), and reported at the
    /// first repeat, naming the line of the original.
    private mutating func checkDistinctNames() throws(CSVLoadError) {
        guard let duplicate = names.firstDuplicate() else { return }
        let place = placeOfRow(duplicate.row), original = placeOfRow(duplicate.earlier)
        throw scanner.locator.error(at: place.offset, line: place.line, lineStart: place.offset,
                                    "duplicate case name '\(names.names[duplicate.row])' (first on line \(original.line))")
    }

    private mutating func addAttribute(_ field: CSVField, to slot: Int) throws(CSVLoadError) {
        guard try attributeBuilders[slot].add(field, scanner) == .needsText else { return }
        // A value that is no number: the column is text after all, spelt as written.
        attributeBuilders[slot].restartAsText()
        guard let column = layout.attributes[slot].column else { return }
        var earlier = dataStart
        var row = 0
        while row < rows, earlier.skipBlankLines() {
            _ = try earlier.readRecord { k, cell throws(CSVLoadError) in
                if k == column { attributeBuilders[slot].addText(cell, scanner) }
            }
            row += 1
        }
        _ = try attributeBuilders[slot].add(field, scanner)
    }

    /// Where a data row starts.
    private func placeOfRow(_ target: Int) -> (line: Int, offset: Int) {
        var earlier = dataStart
        var row = 0
        while earlier.skipBlankLines() {
            if row == target { break }
            _ = try? earlier.readRecord { _, _ in }
            row += 1
        }
        return (earlier.line, earlier.position)
    }

    /// Which of `columns` hold at least one value and only membership values: the sets of a QCA table.
    private static func membershipColumns(among columns: [Int], from start: CSVScanner, width: Int) throws(CSVLoadError) -> Set<Int> {
        var candidate = [Bool](repeating: false, count: width)
        var seenValue = [Bool](repeating: false, count: width)
        for k in columns { candidate[k] = true }
        var scanner = start
        let bytes = start.bytes
        while scanner.skipBlankLines() {
            _ = try scanner.readRecord { k, field throws(CSVLoadError) in
                guard k < width, candidate[k] else { return }
                let (s, e) = CellParsing.trimmed(bytes, field.start, field.end)
                if s < e { seenValue[k] = true }
                if field.hasEscapedQuote || CellParsing.membership(bytes, field.start, field.end) == nil {
                    candidate[k] = false
                }
            }
        }
        return Set(columns.filter { candidate[$0] && seenValue[$0] })
    }

    /// Line breaks from `start` on: at least the number of records (a quoted field may hold more).
    private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, pages: PageRelease) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return 0 }
        var count = 1, offset = start, released = 0
        while offset < bytes.count, let hit = memchr(base + offset, Int32(ASCII.lf), bytes.count - offset) {
            count += 1
            offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
            if offset - released >= PageRelease.step {
                pages.release(released..<offset)
                released = offset
            }
        }
        return count
    }

    private static func trim(_ text: String) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(text.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }

    mutating func finish(title: String) throws(CSVLoadError) -> LoadedStudy {
        let count = rows
        var directSets = [Bitset](repeating: Bitset(count: count), count: layout.flat.nodes.count)
        var memberships: [Int: [Float]] = [:]
        for builder in codeBuilders {
            directSets[builder.slot.node] = builder.members(count: count)
            if let degrees = builder.degrees { memberships[builder.slot.node] = degrees }
        }
        var columns: [AttributeColumn] = []
        var definitions: [AttributeDefinition] = []
        for i in attributeBuilders.indices {
            let slot = layout.attributes[i]
            if let near = slot.nearMissCategory, let column = slot.column, attributeBuilders[i].looksLikeMemberships {
                throw scanner.error(headers[column].field,
                    "unknown category '\(headers[column].text)' (did you mean '\(near)'?): the column holds set memberships, so it is not taken as an attribute")
            }
            columns.append(attributeBuilders[i].finish(count: count))
            definitions.append(attributeBuilders[i].definition)
        }
        let caseNames = names.names
        names = NameColumn(expectedCount: 0)
        let index = CaseIndex(count: count, names: caseNames, taxonomy: layout.flat, attributes: definitions,
                              columns: columns, directSets: directSets)
        var study = Study(title: .plain(title), caseNoun: "cases", attributes: definitions, taxonomy: layout.taxonomy)
        study.codesAreData = true
        var loaded = LoadedStudy(study: study, index: index, memberships: memberships)
        if count <= CSVStudy.caseListLimit {
            study.cases = loaded.makeCases()
            loaded.study = study
        }
        return loaded
    }

    /// UTF-16 (what Excel's "Unicode text" writes), by its byte-order mark or, without one, by NUL
    /// bytes in every other position of the first bytes, as ASCII text in UTF-16 has.
    static func utf16Encoding(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        if buffer.count >= 2, buffer[0] == 0xFF, buffer[1] == 0xFE { return "UTF-16 (little-endian)" }
        if buffer.count >= 2, buffer[0] == 0xFE, buffer[1] == 0xFF { return "UTF-16 (big-endian)" }
        let n = min(buffer.count, 64) & ~1
        guard n >= 4 else { return nil }
        let oddNULs = stride(from: 1, to: n, by: 2).filter { buffer[$0] == 0 }.count
        let evenNULs = stride(from: 0, to: n, by: 2).filter { buffer[$0] == 0 }.count
        if oddNULs == n / 2, evenNULs == 0 { return "UTF-16 (little-endian)" }
        if evenNULs == n / 2, oddNULs == 0 { return "UTF-16 (big-endian)" }
        return nil
    }
}
