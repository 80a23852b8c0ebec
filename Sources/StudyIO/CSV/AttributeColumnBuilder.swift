import CaseModel
/// Collects one attribute column straight from cell bytes. An inferred column starts as numbers,
/// widens to bands (`11~50`) when one appears, and to text when a value is neither; the caller
/// then feeds the earlier rows again as text (`needsText`), since their spelling matters
/// (`007` is not `7` once the column is text).
struct AttributeColumnBuilder {
    enum Outcome { case stored, needsText }

    private(set) var definition: AttributeDefinition
    let declared: Bool
    let header: String
    /// Numbers, or (with `rowBands`) the low ends of bands.
    private var numbers: [Double] = []
    private var highs: [Double] = []
    /// A band column's bounds by dictionary code: a band's text determines its bounds, so the
    /// rows need only their codes (`BandEnds`), not two doubles each.
    private var entryLows: [Double] = []
    private var entryHighs: [Double] = []
    /// Set should one text ever come with different bounds: then every row keeps its own in
    /// `numbers` and `highs`.
    private var rowBands = false
    /// Dictionary codes: of band texts, of text values, or of enumeration values; -1 when missing.
    private var codes: [Int32] = []
    private var interner = ByteInterner()
    /// For an enumeration: the declared value each distinct cell text resolved to.
    private var valueOfText: [Int32] = []
    private var scratch: [UInt8] = []
    private let expectedRows: Int

    init(slot: AttributeSlot, header: String, expectedRows: Int) {
        self.definition = slot.definition
        self.declared = slot.declared
        self.header = header
        self.expectedRows = expectedRows
        switch definition.kind {
        case .number: numbers.reserveCapacity(expectedRows)
        case .range, .text, .enumeration: codes.reserveCapacity(expectedRows)
        }
    }

    mutating func add(_ field: CSVField, _ scanner: CSVScanner) throws(CSVLoadError) -> Outcome {
        let bytes = scanner.bytes
        let (s, e) = CellParsing.trimmed(bytes, field.start, field.end)
        if s == e {
            appendMissing()
            return .stored
        }
        switch definition.kind {
        case .number:
            if !field.hasEscapedQuote, let v = CellParsing.number(bytes, s, e) {
                numbers.append(v)
                return .stored
            }
            if declared {
                throw scanner.error(field, "'\(scanner.text(of: field))' is not a number; attribute '\(definition.id)' is numeric")
            }
            if !field.hasEscapedQuote, CellParsing.range(bytes, s, e) != nil {
                widenToRange()
                return try add(field, scanner)
            }
            return .needsText
        case .range:
            if !field.hasEscapedQuote, let band = CellParsing.range(bytes, s, e) {
                let code = band.low == band.high && !bytes[s..<e].contains(UInt8(ascii: "~"))
                    ? internString(JSONWriter.format(band.low))
                    : interner.intern(UnsafeBufferPointer(rebasing: bytes[s..<e])).code
                appendBand(code: code, low: band.low, high: band.high)
                return .stored
            }
            if declared {
                throw scanner.error(field, "'\(scanner.text(of: field))' is not a band such as 11~50 or a number; attribute '\(definition.id)' is a range")
            }
            return .needsText
        case .text:
            addText(field, scanner)
            return .stored
        case .enumeration:
            let code = internContent(field, scanner)
            if code.isNew {
                guard let value = resolveValue(scanner.text(of: field)) else {
                    let ids = definition.values.map(\.id)
                    let hint = Suggestions.closest(to: scanner.text(of: field), among: ids).map { " (did you mean '\($0)'?)" } ?? ""
                    throw scanner.error(field, "unknown \(definition.id) '\(scanner.text(of: field))'\(hint)")
                }
                valueOfText.append(value)
            }
            codes.append(valueOfText[Int(code.code)])
            return .stored
        }
    }

    /// Starts over as a text column; the caller then feeds every earlier row through `addText`.
    mutating func restartAsText() {
        definition.kind = .text
        numbers = []
        highs = []
        entryLows = []
        entryHighs = []
        rowBands = false
        codes = []
        interner = ByteInterner()
        codes.reserveCapacity(expectedRows)
    }

    mutating func addText(_ field: CSVField, _ scanner: CSVScanner) {
        let (s, e) = CellParsing.trimmed(scanner.bytes, field.start, field.end)
        codes.append(s == e ? -1 : internContent(field, scanner).code)
    }

    private mutating func appendMissing() {
        switch definition.kind {
        case .number: numbers.append(.nan)
        case .range:
            codes.append(-1)
            if rowBands { numbers.append(.nan); highs.append(.nan) }
        case .text, .enumeration: codes.append(-1)
        }
    }

    /// A row's band: its code, and its bounds kept with the code's entry (or with the row).
    private mutating func appendBand(code: Int32, low: Double, high: Double) {
        if !rowBands {
            let k = Int(code)
            if k >= entryLows.count {
                entryLows.append(contentsOf: repeatElement(.nan, count: k + 1 - entryLows.count))
                entryHighs.append(contentsOf: repeatElement(.nan, count: k + 1 - entryHighs.count))
            }
            if entryLows[k].isNaN, entryHighs[k].isNaN {
                (entryLows[k], entryHighs[k]) = (low, high)
            } else if entryLows[k] != low || entryHighs[k] != high {
                keepBandsByRow()
            }
        }
        codes.append(code)
        if rowBands { numbers.append(low); highs.append(high) }
    }

    /// From now on every row keeps its bounds; those of the rows so far come from their entries.
    private mutating func keepBandsByRow() {
        rowBands = true
        numbers = codes.map { $0 < 0 ? .nan : entryLows[Int($0)] }
        highs = codes.map { $0 < 0 ? .nan : entryHighs[Int($0)] }
        numbers.reserveCapacity(expectedRows)
        highs.reserveCapacity(expectedRows)
    }

    /// The bounds of row `i` of a band column.
    private func band(at i: Int) -> (low: Double, high: Double) {
        if rowBands { return (numbers[i], highs[i]) }
        let code = Int(codes[i])
        return (entryLows[code], entryHighs[code])
    }

    private mutating func widenToRange() {
        let values = numbers
        definition.kind = .range
        numbers = []
        highs = []
        codes = []
        codes.reserveCapacity(max(expectedRows, values.count))
        for v in values {
            if v.isNaN { appendMissing() } else { appendBand(code: internString(JSONWriter.format(v)), low: v, high: v) }
        }
    }

    private mutating func internString(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { interner.intern($0).code }
    }

    private mutating func internContent(_ field: CSVField, _ scanner: CSVScanner) -> (code: Int32, isNew: Bool) {
        guard field.hasEscapedQuote else {
            return interner.intern(UnsafeBufferPointer(rebasing: scanner.bytes[field.start..<field.end]))
        }
        scanner.unescape(field, into: &scratch)
        return scratch.withUnsafeBufferPointer { interner.intern($0) }
    }

    private func resolveValue(_ text: String) -> Int32? {
        let key = String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()).lowercased()
        for (i, value) in definition.values.enumerated() {
            let names = [value.id, value.labels.en, value.labels.zh] + value.aliases
            if names.contains(where: { !$0.isEmpty && $0.lowercased() == key }) { return Int32(i) }
        }
        return nil
    }

    /// Makes room for `rows` more rows (a piece's line count, or an estimate of the whole file's).
    mutating func reserve(_ rows: Int) {
        switch definition.kind {
        case .number: numbers.reserveCapacity(numbers.count + rows)
        case .range:
            codes.reserveCapacity(codes.count + rows)
            if rowBands {
                numbers.reserveCapacity(numbers.count + rows)
                highs.reserveCapacity(highs.count + rows)
            }
        case .text, .enumeration: codes.reserveCapacity(codes.count + rows)
        }
    }

    enum Absorbed { case done, needsTextPass }

    /// Appends the rows of `part`, the same column read from the next piece of the file, so that
    /// the result is what one pass over both would have built: dictionary codes are renumbered in
    /// order of first appearance, a column of numbers widens to bands when the part has one, and a
    /// part of numbers or bands is read again as text (`rereadAsText`, while its bytes are still at
    /// hand) when this column is text. A column of numbers that meets text in a later part cannot
    /// recover the spelling of its earlier rows: `needsTextPass` asks for a pass that takes this
    /// column as text from the start.
    mutating func absorb(_ part: consuming AttributeColumnBuilder,
                         rereadAsText: (inout AttributeColumnBuilder) -> Void) -> Absorbed {
        var part = part
        switch (definition.kind, part.definition.kind) {
        case (.number, .text), (.range, .text):
            // Rows with no value have no spelling to lose.
            let missing = definition.kind == .number ? numbers.count : codes.count
            guard definition.kind == .number ? numbers.allSatisfy(\.isNaN) : codes.allSatisfy({ $0 < 0 }) else {
                return .needsTextPass
            }
            restartAsText()
            codes.append(contentsOf: repeatElement(-1, count: missing))
        case (.text, .number), (.text, .range):
            rereadAsText(&self)
            return .done
        case (.number, .range):
            widenToRange()
        case (.range, .number):
            part.widenToRange()
        default:
            break
        }
        switch definition.kind {
        case .number:
            numbers.append(contentsOf: part.numbers)
        case .range:
            let renumbered = interner.absorb(part.interner)
            for i in part.codes.indices {
                let code = part.codes[i]
                if code < 0 {
                    appendMissing()
                } else {
                    let bounds = part.band(at: i)
                    appendBand(code: renumbered[Int(code)], low: bounds.low, high: bounds.high)
                }
            }
        case .text:
            appendCodes(part.codes, renumbered: interner.absorb(part.interner))
        case .enumeration:
            codes.append(contentsOf: part.codes)
        }
        return .done
    }

    private mutating func appendCodes(_ partCodes: [Int32], renumbered: [Int32]) {
        renumbered.withUnsafeBufferPointer { map in
            for code in partCodes { codes.append(code < 0 ? code : map[Int(code)]) }
        }
    }

    /// The finished column, padded with missing values to `count` rows (a declared attribute
    /// the file lacks is missing throughout).
    mutating func finish(count: Int) -> AttributeColumn {
        while codes.count < count, definition.kind != .number { appendMissing() }
        while numbers.count < count, definition.kind == .number { appendMissing() }
        switch definition.kind {
        case .number:
            return .number(numbers)
        case .range:
            if rowBands {
                return .range(low: BandEnds(numbers), high: BandEnds(highs), codes: codes, dictionary: interner.strings)
            }
            return .range(low: BandEnds(codes: codes, ends: entryLows), high: BandEnds(codes: codes, ends: entryHighs),
                          codes: codes, dictionary: interner.strings)
        case .text:
            return .text(codes: codes, dictionary: interner.strings.map(LocalizedText.plain))
        case .enumeration:
            return .enumeration(codes: codes)
        }
    }

    /// Whether every value is a number in [0, 1], as a membership column's would be.
    var looksLikeMemberships: Bool {
        definition.kind == .number && numbers.contains { !$0.isNaN }
            && numbers.allSatisfy { $0.isNaN || (0...1).contains($0) }
    }
}
