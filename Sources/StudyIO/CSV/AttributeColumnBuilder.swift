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
    /// Numbers, or the low ends of bands.
    private var numbers: [Double] = []
    private var highs: [Double] = []
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
        case .range: numbers.reserveCapacity(expectedRows); highs.reserveCapacity(expectedRows); codes.reserveCapacity(expectedRows)
        case .text, .enumeration: codes.reserveCapacity(expectedRows)
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
                numbers.append(band.low)
                highs.append(band.high)
                if band.low == band.high, !bytes[s..<e].contains(UInt8(ascii: "~")) {
                    codes.append(internString(JSONWriter.format(band.low)))
                } else {
                    codes.append(interner.intern(UnsafeBufferPointer(rebasing: bytes[s..<e])).code)
                }
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
        case .range: numbers.append(.nan); highs.append(.nan); codes.append(-1)
        case .text, .enumeration: codes.append(-1)
        }
    }

    private mutating func widenToRange() {
        definition.kind = .range
        highs = numbers
        highs.reserveCapacity(expectedRows)
        codes = []
        codes.reserveCapacity(expectedRows)
        for v in numbers { codes.append(v.isNaN ? -1 : internString(JSONWriter.format(v))) }
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
            numbers.reserveCapacity(numbers.count + rows)
            highs.reserveCapacity(highs.count + rows)
            codes.reserveCapacity(codes.count + rows)
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
            guard numbers.allSatisfy(\.isNaN) else { return .needsTextPass }
            let missing = numbers.count
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
            numbers.append(contentsOf: part.numbers)
            highs.append(contentsOf: part.highs)
            appendCodes(part.codes, renumbered: interner.absorb(part.interner))
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
            return .range(low: numbers, high: highs, codes: codes, dictionary: interner.strings)
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
