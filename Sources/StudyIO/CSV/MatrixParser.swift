import CaseModel
import Dispatch
import Synchronization

/// Reads a case matrix: the header and the columns' layout from the first bytes, then the data
/// rows in pieces (`PieceSource`), a batch of pieces at a time on all cores (`PieceReader`), each
/// piece's columns appended in file order to the columns of the pieces before it. The result is
/// what one pass over the whole file builds — codes, dictionaries in order of first appearance,
/// errors at their line and column. A column of numbers that meets text in a later piece takes
/// one more pass (its earlier rows must be read as spelt); a QCA table without dotted headers
/// takes a first pass to find which columns hold memberships.
struct MatrixParser {
    private let source: PieceSource
    private let fileName: String
    /// The file's bytes up to the first data row: the header's fields point into them.
    private let headerBytes: [UInt8]
    private let headers: [HeaderCell]
    private let layout: MatrixLayout
    private let separator: UInt8
    /// The line the data rows start on.
    private let dataLine: Int
    private var names = NameColumn(expectedCount: 0)
    private var codeBuilders: [CodeColumnBuilder] = []
    private var attributeBuilders: [AttributeColumnBuilder] = []
    private var rows = 0
    /// Where each piece of the last pass was, for an error found after the pass.
    private var pieces: [(offset: Int, count: Int, firstLine: Int, firstRow: Int)] = []
    /// The note naming a sniffed separator that is not the one the file name suggests.
    private let sniffedNote: String?
    /// Attributes a pass found to be text, read as text from the first row on.
    private var textAttributes: Set<Int> = []

    init(source: PieceSource, taxonomy: Taxonomy?, declared: [AttributeDefinition], separator: UInt8?,
         interrupted: () -> Bool) throws(CSVLoadError) {
        let fileName = source.fileName
        let first = try source.prefix(interrupted: interrupted)
        let given = separator
        let separator = separator ?? first.withUnsafeBufferPointer { Delimiter.sniff($0, fileName: fileName) }
        let (headers, dataOffset, dataLine) = try first.withUnsafeBufferPointer { buffer throws(CSVLoadError) in
            try Self.readHeader(buffer, fileName: fileName, separator: separator, checkWhole: source.isInMemory)
        }
        if headers.count == 1 {
            throw first.withUnsafeBufferPointer { buffer in
                Self.oneColumnError(headers[0], buffer: buffer, fileName: fileName, separator: separator)
            }
        }
        self.source = source
        self.fileName = fileName
        self.sniffedNote = given == nil ? Self.separatorNote(separator, fileName: fileName) : nil
        self.headerBytes = Array(first[0..<dataOffset])
        self.headers = headers
        self.separator = separator
        self.dataLine = dataLine
        source.startData(at: dataOffset)
        let surveyPlan = PiecePlan(fileName: fileName, separator: separator, roles: [], codes: [], attributes: [],
                                   attributeColumns: [], checksUTF8: !source.isInMemory)
        self.layout = try headerBytes.withUnsafeBufferPointer { buffer throws(CSVLoadError) in
            let scanner = CSVScanner(bytes: buffer, fileName: fileName, start: dataOffset, separator: separator)
            return try MatrixLayout.make(headers: headers, taxonomy: taxonomy, declared: declared, scanner: scanner) {
                columns throws(CSVLoadError) in
                try Self.survey(source, plan: surveyPlan, among: columns, width: headers.count, dataLine: dataLine,
                                interrupted: interrupted)
            }
        }
    }

    /// A header of one field gives a study of names alone, which is never what was meant: most
    /// often the file uses another separator (Excel writes `;` in many locales).
    private static func oneColumnError(_ header: HeaderCell, buffer: UnsafeBufferPointer<UInt8>, fileName: String,
                                       separator: UInt8) -> CSVLoadError {
        let line = UnsafeBufferPointer(rebasing: buffer[header.field.lineStart..<min(buffer.count, max(header.field.lineStart, header.field.end + 1))])
        let counts = Delimiter.candidates.filter { $0 != separator }.map { c in (c, line.filter { $0 == c }.count) }
        let likely = counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil }
        var message = "split at \(Delimiter.name(separator))s, the header is one column ('\(header.text)'), "
            + "so the file would hold case names and no codes or attributes"
        if let likely {
            let flag = likely == ASCII.tab ? "tab" : String(Character(Unicode.Scalar(likely)))
            message += "; its fields look separated by \(Delimiter.name(likely))s: load it with --delimiter '\(flag)'"
        }
        let locator = SourceLocator(bytes: buffer, fileName: fileName)
        return locator.error(at: header.field.offset, line: header.field.line, lineStart: header.field.lineStart, message)
    }

    /// A note for a separator that was sniffed and is not what the file name says (a comma, or
    /// a tab for `.tsv`), so a wrong guess does not go unseen.
    private static func separatorNote(_ separator: UInt8, fileName: String) -> String? {
        let expected = fileName.lowercased().hasSuffix(".tsv") ? ASCII.tab : ASCII.comma
        guard separator != expected else { return nil }
        return "\(fileName): fields are separated by \(Delimiter.name(separator))s, not \(Delimiter.name(expected))s "
            + "(read from the first rows; --delimiter chooses another)"
    }

    /// The header row: its cells, and where (offset and line) the data rows start.
    private static func readHeader(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String, separator: UInt8,
                                   checkWhole: Bool) throws(CSVLoadError) -> ([HeaderCell], Int, Int) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = buffer.count >= 3 && buffer.prefix(3).elementsEqual(bom) ? 3 : 0
        // A file read in pieces: the header's bytes now, the rest piece by piece.
        let end = checkWhole ? buffer.count : (RecordBoundary.lastCut(in: buffer) ?? buffer.count)
        let region = UnsafeBufferPointer(rebasing: buffer[0..<end])
        var scanner = CSVScanner(bytes: region, fileName: fileName, start: start, separator: separator)
        if let encoding = utf16Encoding(buffer) {
            throw CSVLoadError(file: fileName, line: 1, column: 1,
                               message: "this file is \(encoding), not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8)")
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: region, from: start) {
            throw scanner.locator.error(at: bad, "invalid UTF-8 (byte 0x\(String(region[bad], radix: 16, uppercase: true))); save the file as UTF-8")
        }
        guard scanner.skipBlankLines() else {
            throw CSVLoadError(file: fileName, line: 1, column: 1, message: "empty file: expected a header row naming the case column, then attribute and code columns")
        }
        var headers: [HeaderCell] = []
        let cells = scanner   // reads field text while `scanner` moves on
        _ = try scanner.readRecord { _, field throws(CSVLoadError) in
            headers.append(HeaderCell(text: trim(cells.text(of: field)), field: field))
        }
        return (headers, scanner.position, scanner.line)
    }

    /// Which of `columns` hold at least one value and only membership values: the sets of a QCA
    /// table. A pass of its own, before the data are read.
    private static func survey(_ source: PieceSource, plan: PiecePlan, among columns: [Int], width: Int, dataLine: Int,
                               interrupted: () -> Bool) throws(CSVLoadError) -> Set<Int> {
        var isMembership = [Bool](repeating: false, count: width)
        var hasValue = [Bool](repeating: false, count: width)
        for k in columns { isMembership[k] = true }
        var line = dataLine
        while true {
            let batch = try nextBatch(source, interrupted: interrupted)
            if batch.isEmpty { break }
            let results = inParallel(batch) { piece in
                Result { () throws(CSVLoadError) in
                    try piece.bytes.withUnsafeBufferPointer { buffer throws(CSVLoadError) in
                        try PieceReader.survey(buffer, plan: plan, among: columns, width: width)
                    }
                }
            }
            for result in results {
                switch result {
                case .failure(let error): throw error.shifted(toPieceAt: line)
                case .success(let part):
                    for k in columns {
                        isMembership[k] = isMembership[k] && part.isMembership[k]
                        hasValue[k] = hasValue[k] || part.hasValue[k]
                    }
                    line += part.lines
                }
            }
        }
        try source.finishPass()
        try source.rewind(interrupted: interrupted)
        return Set(columns.filter { isMembership[$0] && hasValue[$0] })
    }

    private static func nextBatch(_ source: PieceSource, interrupted: () -> Bool) throws(CSVLoadError) -> [MatrixPiece] {
        var batch: [MatrixPiece] = []
        while batch.count < PieceSource.workers, let piece = try source.next(interrupted: interrupted) {
            batch.append(piece)
        }
        return batch
    }

    /// Reads the data rows, in as many passes as it takes (see the type's comment).
    mutating func readRows(interrupted: () -> Bool) throws(CSVLoadError) {
        while try !readPass(interrupted: interrupted) {
            try source.rewind(interrupted: interrupted)
        }
        try checkDistinctNames()
    }

    private func plan() -> PiecePlan {
        let codes = layout.codes.map { CodeColumnBuilder(slot: $0, header: headers[$0.column].text, expectedRows: 0) }
        let attributes = layout.attributes.enumerated().map { a, slot in
            var slot = slot
            if textAttributes.contains(a) { slot.definition.kind = .text }
            return AttributeColumnBuilder(slot: slot, header: slot.column.map { headers[$0].text } ?? slot.definition.id, expectedRows: 0)
        }
        return PiecePlan(fileName: fileName, separator: separator, roles: layout.roles, codes: codes, attributes: attributes,
                         attributeColumns: layout.attributes.map(\.column), checksUTF8: !source.isInMemory)
    }

    /// One pass; false when an attribute turned out to be text and the pass must be repeated.
    private mutating func readPass(interrupted: () -> Bool) throws(CSVLoadError) -> Bool {
        let plan = plan()
        names = NameColumn(expectedCount: 0)
        codeBuilders = plan.codes
        attributeBuilders = plan.attributes
        rows = 0
        pieces = []
        var line = dataLine
        while true {
            let batch = try Self.nextBatch(source, interrupted: interrupted)
            if batch.isEmpty { break }
            let results = inParallel(batch) { piece in
                Result { () throws(CSVLoadError) in
                    try piece.bytes.withUnsafeBufferPointer { buffer throws(CSVLoadError) in try PieceReader.read(buffer, plan: plan) }
                }
            }
            for (piece, result) in zip(batch, results) {
                switch result {
                case .failure(let error):
                    throw error.shifted(toPieceAt: line)
                case .success(let part):
                    pieces.append((piece.offset, piece.bytes.count, line, rows))
                    line += part.lines
                    guard absorb(part, piece: piece, plan: plan) else { return false }
                }
            }
        }
        try source.finishPass()
        return true
    }

    /// Appends a piece's columns; false when an attribute must be read as text from the start.
    private mutating func absorb(_ part: PieceColumns, piece: MatrixPiece, plan: PiecePlan) -> Bool {
        if pieces.count == 1 {
            // Room for the whole file at once: growing million-element arrays would, for a
            // moment, double them.
            let more = max(0, source.expectedRows(firstPieceRows: part.rows, bytes: piece.bytes.count) - part.rows)
            names = part.names
            names.reserve(more)
            codeBuilders = part.codes
            for j in codeBuilders.indices { codeBuilders[j].reserve(more) }
            attributeBuilders = part.attributes
            for a in attributeBuilders.indices { attributeBuilders[a].reserve(more) }
            rows = part.rows
            return true
        }
        names.append(part.names)
        for j in codeBuilders.indices {
            codeBuilders[j].absorb(part.codes[j], rows: part.rows, after: rows)
        }
        var complete = true
        for (a, attribute) in part.attributes.enumerated() {
            let outcome = attributeBuilders[a].absorb(attribute) { builder in
                guard let column = plan.attributeColumns[a] else { return }
                piece.bytes.withUnsafeBufferPointer { buffer in
                    let start = CSVScanner(bytes: buffer, fileName: fileName, start: 0, separator: separator)
                    PieceReader.addText(ofColumn: column, rows: part.rows, from: start, to: &builder)
                }
            }
            if outcome == .needsTextPass {
                textAttributes.insert(a)
                complete = false
            }
        }
        rows += part.rows
        return complete
    }

    /// Duplicate names are found once all are read (see `NameColumn`), and reported at the
    /// first repeat, naming the line of the original.
    private mutating func checkDistinctNames() throws(CSVLoadError) {
        guard let duplicate = names.firstDuplicate() else { return }
        var error = try placeOfRow(duplicate.row)
        let original = try placeOfRow(duplicate.earlier)
        error.message = "duplicate case name '\(names.names[duplicate.row])' (first on line \(original.line))"
        throw error
    }

    /// An error (with no message yet) where a data row starts; its piece is read again.
    private func placeOfRow(_ target: Int) throws(CSVLoadError) -> CSVLoadError {
        guard let piece = pieces.last(where: { $0.firstRow <= target }) else {
            return CSVLoadError(file: fileName, line: dataLine, column: 1, message: "")
        }
        let bytes = try source.bytes(at: piece.offset, count: piece.count)
        let plan = PiecePlan(fileName: fileName, separator: separator, roles: [], codes: [], attributes: [],
                             attributeColumns: [], checksUTF8: false)
        let name = fileName
        let local = bytes.withUnsafeBufferPointer { buffer in
            let place = PieceReader.place(ofRow: target - piece.firstRow, in: buffer, plan: plan)
            return SourceLocator(bytes: buffer, fileName: name).error(at: place.offset, line: place.line, lineStart: place.offset, "")
        }
        return local.shifted(toPieceAt: piece.firstLine)
    }

    private func headerError(_ field: CSVField, _ message: String) -> CSVLoadError {
        headerBytes.withUnsafeBufferPointer { SourceLocator(bytes: $0, fileName: fileName).error(at: field.offset, line: field.line, lineStart: field.lineStart, message) }
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
                throw headerError(headers[column].field,
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
        if let sniffedNote { loaded.notes.append(sniffedNote) }
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
