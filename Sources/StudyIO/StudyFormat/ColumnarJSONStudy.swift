#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseModel
import SystemIO

/// Large JSON studies read straight into the index's columns, as a case matrix is: the file is read
/// in pieces (never held whole), each case is scanned from the bytes (`CaseScanner`) and becomes a
/// row of columns and bits, and no `Case` value or JSON node is built per case. A million-case
/// study then loads in about the time and memory of the same study as a CSV (docs/benchmarks.md).
///
/// It applies to studies of more than `CSVStudy.caseListLimit` cases whose `cases` array comes after
/// their `attributes` and `taxonomy` (as caseql writes them) and whose cases hold names, attributes
/// and codes without evidence or memberships — what a large generated or exported matrix-like study
/// is. As for a large matrix, `study.cases` then stays empty and the index answers everything.
/// Anything else, including every error, gives up and the caller reads the file with the full
/// decoder, which checks every rule and reports every problem with its position: this path only
/// has to be right about what it accepts, and the tests compare its index with the full decoder's.
enum ColumnarJSONStudy {
    /// Smaller files (a 10,000-case study is about 2.5 MB) are read by the full decoder at once.
    static let minimumFileSize = 4 << 20
    static let pieceSize = 4 << 20
    /// Text around the cases above this is not a large study's header; the full decoder reads it.
    static let headerLimit = 64 << 20

    /// The loaded study, or nil when the full decoder must read the file.
    static func load(path: String, pieceSize: Int = pieceSize, minimumFileSize: Int = minimumFileSize,
                     parallelFrom: Int = 1 << 20) -> LoadedStudy? {
        guard let reader = try? ChunkedFileReader(path: path), reader.size >= minimumFileSize else { return nil }
        return try? ColumnarLoad(path: path, reader: reader, pieceSize: pieceSize, parallelFrom: parallelFrom).run()
    }
}

/// One columnar load; every method throws `.giveUp` to hand the file to the full decoder.
private final class ColumnarLoad {
    typealias Stop = CaseScanner.Stop
    let path: String
    let reader: ChunkedFileReader
    let pieceSize: Int
    /// The document without the elements of `cases`: everything else, parsed by the full decoder.
    var header: [UInt8] = []
    var attributes: [AttributeDefinition] = []
    var taxonomy: FlatTaxonomy!
    /// The rows read so far (a struct, held in a local while cases are read, so the per-case work
    /// pays no class-property exclusivity checks).
    var rows: Rows!
    /// The header up to the cases, closed, as parsed: each worker decodes its own declarations
    /// from it (a decoder keeps caches, so it is not shared between threads).
    var prefixRoot: JSONNode!
    var decoder: StudyDecoder!
    /// Batches are read on several cores from this many bytes at hand (`Int.max`: never).
    let parallelFrom: Int

    init(path: String, reader: ChunkedFileReader, pieceSize: Int, parallelFrom: Int) {
        self.parallelFrom = parallelFrom
        self.path = path
        self.reader = reader
        self.pieceSize = pieceSize
    }

    func run() throws(Stop) -> LoadedStudy {
        var buffer: [UInt8] = []
        var position = 0
        try headerUntilCases(&buffer, &position)
        try prepare()
        try readCases(&buffer, &position)
        // The rest of the document (the study's notes, the root's closing brace) is header again.
        header.append(ASCII.closeBracket)
        header.append(contentsOf: buffer[position...])
        while !reader.isAtEnd {
            guard header.count <= ColumnarJSONStudy.headerLimit,
                  (try? reader.read(pieceSize, appendingTo: &header)) != nil else { throw .giveUp }
        }
        guard (try? reader.finish()) != nil else { throw .giveUp }
        var rows = self.rows!
        self.rows = nil
        guard rows.count > CSVStudy.caseListLimit, !rows.hasDuplicateName(),
              let study = try? StudyFormat.decode(header, fileName: path) else { throw .giveUp }
        let directSets = rows.nodeWords.map { Bitset(count: rows.count, words: $0) }
        let index = CaseIndex(count: rows.count, names: rows.names, taxonomy: taxonomy, attributes: study.attributes,
                              columns: rows.columns.map { $0.finish() }, directSets: directSets)
        return LoadedStudy(study: study, index: index)
    }

    // MARK: The header

    /// Reads into `header` up to and including the `[` of the root object's `cases`, tracking
    /// strings and nesting so a `"cases"` inside another value is not mistaken for it.
    private func headerUntilCases(_ buffer: inout [UInt8], _ position: inout Int) throws(Stop) {
        var depth = 0, inString = false, escaped = false
        var stringStart = 0, lastString = 0..<0, lastWasString = false, awaitingCases = false
        let casesKey = Array("\"cases\"".utf8)
        while true {
            if position == buffer.count {
                guard header.count <= ColumnarJSONStudy.headerLimit else { throw .giveUp }
                try refill(&buffer, &position)
            }
            let b = buffer[position]
            position += 1
            header.append(b)
            if inString {
                if escaped {
                    escaped = false
                } else if b == ASCII.backslash {
                    escaped = true
                } else if b == ASCII.quote {
                    inString = false
                    lastString = stringStart..<header.count
                    lastWasString = true
                }
                continue
            }
            switch b {
            case ASCII.space, ASCII.lf, ASCII.cr, ASCII.tab:
                continue
            case ASCII.quote:
                if awaitingCases { throw .giveUp }
                inString = true
                stringStart = header.count - 1
            case ASCII.colon:
                awaitingCases = depth == 1 && lastWasString && header[lastString].elementsEqual(casesKey)
            case ASCII.openBrace, ASCII.openBracket:
                if awaitingCases {
                    guard b == ASCII.openBracket else { throw .giveUp }
                    return
                }
                depth += 1
            case ASCII.closeBrace, ASCII.closeBracket:
                depth -= 1
            default:
                if awaitingCases { throw .giveUp }
            }
            lastWasString = false
        }
    }

    /// The declarations the cases are read against: the header so far, closed, decoded in full.
    /// A key the format requires that comes after the cases fails here, and the full decoder reads it.
    private func prepare() throws(Stop) {
        guard let root = try? JSONParser.parse(header + Array("]}".utf8)) else { throw .giveUp }
        let decoder = StudyDecoder(fileName: path)
        guard let study = decoder.decodeStudy(root), decoder.diagnostics.isEmpty else { throw .giveUp }
        attributes = study.attributes
        taxonomy = FlatTaxonomy(study.taxonomy)
        rows = Rows(taxonomy: taxonomy, attributes: attributes)
        self.decoder = decoder
        prefixRoot = root
    }

    // MARK: The cases

    /// Reads the elements of `cases` up to its `]`. Where the file is large it reads a batch of
    /// pieces at a time, one worker per core: the batch is cut where an element seems to start
    /// (a `{` after `},`), and each worker reads its stretch into rows of its own. A cut is only
    /// believed when the worker before it, reading in true context from the last sure point, ends
    /// exactly there; from the first cut that fails, the later workers' rows are dropped and the
    /// reading goes on from where the last believed worker stopped. So a `},{` inside a string
    /// costs time, never a wrong row.
    private func readCases(_ buffer: inout [UInt8], _ position: inout Int) throws(Stop) {
        let keys = attributes.map { Array($0.id.utf8) }
        var place = Place.first
        var rows = self.rows!
        self.rows = nil
        defer { self.rows = rows }
        let workers = parallelFrom == Int.max ? 1 : PieceSource.workers
        let start = reader.offset - (buffer.count - position)
        while true {
            if buffer.count - position < pieceSize * workers, !reader.isAtEnd {
                try topUp(&buffer, &position, to: pieceSize * workers)
            }
            let outcome: Outcome
            if workers > 1, buffer.count - position >= parallelFrom {
                outcome = try inBatch(buffer, &position, &place, rows: &rows, workers: workers, keys: keys)
            } else {
                let decoder = self.decoder!
                outcome = buffer.withUnsafeBufferPointer { bytes in
                    rows.scan(bytes, from: &position, place: &place, until: nil, keys: keys, decoder: decoder)
                }
            }
            if rows.count >= 1024, !rows.reserved {
                let consumed = reader.offset - (buffer.count - position) - start
                rows.reserve(bytesPerCase: max(1, consumed / rows.count), remaining: reader.size - start - consumed)
            }
            switch outcome {
            case .done: return
            case .giveUp: throw .giveUp
            case .needMore:
                try refill(&buffer, &position)
            case .reachedCut: continue
            }
        }
    }

    /// One batch on several cores (see `readCases`); the rows believed are appended to `rows`.
    private func inBatch(_ buffer: [UInt8], _ position: inout Int, _ place: inout Place, rows: inout Rows,
                         workers: Int, keys: [[UInt8]]) throws(Stop) -> Outcome {
        let from = position
        let stretch = buffer.count - from
        var cuts = [from]
        buffer.withUnsafeBufferPointer { bytes in
            for k in 1..<workers {
                if let cut = Rows.elementStart(in: bytes, after: max(cuts[k - 1] + 1, from + stretch * k / workers), keys: keys) { cuts.append(cut) }
            }
        }
        let startPlace = place, cutsFound = cuts
        let prefix = prefixRoot!, path = self.path, taxonomy = self.taxonomy!, attributes = self.attributes
        let results = inParallel(Array(cuts.indices)) { k -> Worker in
            let decoder = StudyDecoder(fileName: path)
            _ = decoder.decodeStudy(prefix)
            var part = Rows(taxonomy: taxonomy, attributes: attributes)
            var at = cutsFound[k], place = k == 0 ? startPlace : Place.afterComma
            let outcome = buffer.withUnsafeBufferPointer { bytes in
                part.scan(bytes, from: &at, place: &place, until: k + 1 < cutsFound.count ? cutsFound[k + 1] : nil, keys: keys, decoder: decoder)
            }
            return Worker(rows: part, position: at, place: place, outcome: outcome)
        }
        var k = 0
        while true {
            let result = results[k]
            rows.append(result.rows)
            position = result.position
            place = result.place
            // The next worker started where this one ended: its rows are right.
            guard result.outcome == .reachedCut, k + 1 < results.count, result.position == cuts[k + 1] else {
                return result.outcome
            }
            k += 1
        }
    }

    /// One more piece after the unread bytes; at the end of the file a value still open is a
    /// truncated document, for the full decoder to report.
    private func refill(_ buffer: inout [UInt8], _ position: inout Int) throws(Stop) {
        guard !reader.isAtEnd else { throw .giveUp }
        try topUp(&buffer, &position, to: buffer.count - position + pieceSize)
    }

    /// Keeps the unread bytes and reads pieces until `count` of them are at hand or the file ends.
    private func topUp(_ buffer: inout [UInt8], _ position: inout Int, to count: Int) throws(Stop) {
        buffer.removeSubrange(0..<position)
        position = 0
        while buffer.count < count, !reader.isAtEnd {
            guard (try? reader.read(pieceSize, appendingTo: &buffer)) != nil else { throw .giveUp }
        }
    }
}

/// Where the reading of `cases` is: before the first element, after a comma, after an element.
private enum Place: Sendable { case first, afterComma, afterElement }

private enum Outcome: Sendable {
    /// The array's `]` was read.
    case done
    /// The next element runs past the bytes at hand.
    case needMore
    /// The reading stopped at an element start at or past the worker's end.
    case reachedCut
    case giveUp
}

private struct Worker: Sendable {
    var rows: Rows
    var position: Int
    var place: Place
    var outcome: Outcome
}

/// The columns, bits and names of the cases read so far.
private struct Rows {
    typealias Stop = CaseScanner.Stop
    let taxonomy: FlatTaxonomy
    var columns: [ColumnAccumulator]
    var categories = TokenTable()
    var categoryNodes: [Int] = []
    /// Per taxonomy node, the words of its direct set, grown as cases come.
    var nodeWords: [[UInt64]]
    var names: [String] = []
    var nameHashes: [UInt64] = []
    var count = 0
    var nodesOfCase: [Int] = []

    var reserved = false
    private var element: CaseScanner.Element

    init(taxonomy: FlatTaxonomy, attributes: [AttributeDefinition]) {
        self.taxonomy = taxonomy
        element = CaseScanner.Element(attributeCount: attributes.count)
        columns = attributes.map { ColumnAccumulator($0) }
        nodeWords = Array(repeating: [], count: taxonomy.nodes.count)
    }

    /// Reads elements from `position` (in `place`) until the array's `]`, an element that runs past
    /// the bytes, or — with `until` — the first element start at or past it.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from position: inout Int, place: inout Place, until: Int?,
                       keys: [[UInt8]], decoder: StudyDecoder) -> Outcome {
        var scanner = CaseScanner(bytes: bytes, index: position, attributeKeys: keys)
        do throws(Stop) {
            while true {
                try scanner.skipWhitespace()
                switch place {
                case .afterElement:
                    let b = bytes[scanner.index]
                    scanner.index += 1
                    position = scanner.index
                    if b == ASCII.closeBracket { return .done }
                    guard b == ASCII.comma else { return .giveUp }
                    place = .afterComma
                    continue
                case .first:
                    if bytes[scanner.index] == ASCII.closeBracket {
                        position = scanner.index + 1
                        return .done
                    }
                case .afterComma:
                    if let until, scanner.index >= until {
                        position = scanner.index
                        return .reachedCut
                    }
                }
                try scanner.scan(into: &element)
                try add(element, bytes, decoder: decoder)
                place = .afterElement
                position = scanner.index
            }
        } catch {
            return error == .needMore ? .needMore : .giveUp
        }
    }

    /// The first `{` at or after `offset` whose previous bytes, whitespace aside, are `},` and from
    /// which a whole case scans: where an element probably starts. The scan rules out the codes
    /// inside a case (`}, {"category": …`), which would otherwise be most candidates; a string
    /// may still hold such bytes, which is why `readCases` believes a cut only once it is reached.
    static func elementStart(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int, keys: [[UInt8]]) -> Int? {
        var i = offset
        var trial = CaseScanner.Element(attributeCount: keys.count)
        while i < bytes.count {
            if bytes[i] == ASCII.openBrace {
                var j = i - 1
                while j >= 0, isWhitespace(bytes[j]) { j -= 1 }
                if j >= 0, bytes[j] == ASCII.comma {
                    j -= 1
                    while j >= 0, isWhitespace(bytes[j]) { j -= 1 }
                    var scanner = CaseScanner(bytes: bytes, index: i, attributeKeys: keys)
                    if j >= 0, bytes[j] == ASCII.closeBrace, (try? scanner.scan(into: &trial)) != nil { return i }
                }
            }
            i += 1
        }
        return nil
    }

    private static func isWhitespace(_ b: UInt8) -> Bool {
        b == ASCII.space || b == ASCII.lf || b == ASCII.cr || b == ASCII.tab
    }

    /// The rows a worker read after these: names and bits shifted by this count, codes of texts
    /// and bands mapped into these dictionaries (new ones appended in the order the worker met
    /// them, which is their order of first appearance in the file).
    mutating func append(_ other: Rows) {
        let shift = count
        names.append(contentsOf: other.names)
        nameHashes.append(contentsOf: other.nameHashes)
        let total = count + other.count
        let needed = (total + 63) >> 6
        for node in nodeWords.indices where !other.nodeWords[node].isEmpty {
            if nodeWords[node].count < needed {
                nodeWords[node].append(contentsOf: repeatElement(0, count: needed - nodeWords[node].count))
            }
            let q = shift >> 6, r = UInt64(shift & 63)
            for (j, bits) in other.nodeWords[node].enumerated() where bits != 0 {
                nodeWords[node][q + j] |= bits << r
                if r > 0, q + j + 1 < needed { nodeWords[node][q + j + 1] |= bits >> (64 - r) }
            }
        }
        for a in columns.indices { columns[a].append(other.columns[a]) }
        count = total
    }

    /// Room for the cases still to come, from the size of the last one read: growing a
    /// million-entry array doubles it, and for a moment holds it twice.
    mutating func reserve(bytesPerCase: Int, remaining: Int) {
        reserved = true
        let expected = count + remaining / bytesPerCase + remaining / bytesPerCase / 16
        names.reserveCapacity(expected)
        nameHashes.reserveCapacity(expected)
        for c in columns.indices { columns[c].reserve(expected) }
    }

    /// One case into the columns and bits.
    private mutating func add(_ element: CaseScanner.Element, _ bytes: UnsafeBufferPointer<UInt8>, decoder: StudyDecoder) throws(Stop) {
        let name: String
        let hash: UInt64
        if element.nameIsPlainASCII {
            let content = UnsafeBufferPointer(rebasing: bytes[(element.name.lowerBound + 1)..<(element.name.upperBound - 1)])
            name = String(decoding: content, as: UTF8.self)
            hash = NameHash.of(content, foldingASCIICase: true)
        } else {
            guard case .string(let s) = try parse(bytes, element.name).content else { throw .giveUp }
            name = s
            var folded = s.lowercased()
            hash = folded.withUTF8 { NameHash.of($0, foldingASCIICase: false) }
        }
        guard !name.isEmpty else { throw .giveUp }
        for a in columns.indices {
            if let token = element.values[a] {
                let entry = try columns[a].entry(for: token, in: bytes, decoder: decoder)
                columns[a].append(entry)
            } else {
                columns[a].appendMissing()
            }
        }
        nodesOfCase.removeAll(keepingCapacity: true)
        for token in element.categories {
            let node = try categoryNode(token, bytes, decoder: decoder)
            // A second code for a category is an error the full decoder reports.
            guard !nodesOfCase.contains(node) else { throw .giveUp }
            nodesOfCase.append(node)
        }
        let word = count >> 6
        for node in nodesOfCase {
            if nodeWords[node].count <= word {
                nodeWords[node].append(contentsOf: repeatElement(0, count: word + 1 - nodeWords[node].count))
            }
            nodeWords[node][word] |= 1 << UInt64(count & 63)
        }
        names.append(name)
        nameHashes.append(hash)
        count += 1
    }

    private mutating func categoryNode(_ token: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, decoder: StudyDecoder) throws(Stop) -> Int {
        let slice = UnsafeBufferPointer(rebasing: bytes[token])
        if let known = try categories.find(slice) { return categoryNodes[known] }
        guard case .string(let id) = try parse(bytes, token).content, decoder.categoryIDs.contains(id),
              let node = taxonomy.index(of: id) else { throw .giveUp }
        categories.add(slice)
        categoryNodes.append(node)
        return node
    }

    /// Names are unique case-insensitively, as the full decoder requires: with no two folded
    /// hashes equal there is no duplicate; any equal pair (a duplicate, or a rare collision) is
    /// left to the full decoder to judge and report.
    mutating func hasDuplicateName() -> Bool {
        NameColumn.sortInPlace(&nameHashes)
        var i = 1
        while i < nameHashes.count {
            if nameHashes[i] == nameHashes[i - 1] { return true }
            i += 1
        }
        nameHashes = []
        return false
    }
}

/// A token parsed by the full parser, so its escapes, UTF-8 and number grammar follow the one set
/// of rules; done once per distinct value (the tables remember the result).
private func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) throws(CaseScanner.Stop) -> JSONNode {
    guard let node = try? JSONParser.parse(Array(bytes[token])) else { throw .giveUp }
    return node
}

/// Distinct raw tokens, each with its number in order of first appearance, in an open-addressed
/// table keyed by a 64-bit hash of their bytes (the standard dictionary's hashing was a tenth of the
/// load) and compared byte for byte; two tokens with one hash give up the load rather than chain
/// (it does not happen with 64 bits and a few thousand tokens).
private struct TokenTable {
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var tokens: [[UInt8]] = []

    func find(_ token: UnsafeBufferPointer<UInt8>) throws(CaseScanner.Stop) -> Int? {
        let hash = NameHash.of(token, foldingASCIICase: false)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let n = Int(slots[slot])
            if n < 0 { return nil }
            if hashes[n] == hash {
                let same = tokens[n].count == token.count && tokens[n].withUnsafeBufferPointer {
                    memcmp($0.baseAddress!, token.baseAddress!, token.count) == 0
                }
                guard same else { throw .giveUp }
                return n
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func add(_ token: UnsafeBufferPointer<UInt8>) {
        if (tokens.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (n, hash) in hashes.enumerated() { place(n, hash) }
        }
        let hash = NameHash.of(token, foldingASCIICase: false)
        place(tokens.count, hash)
        hashes.append(hash)
        tokens.append(Array(token))
    }

    private mutating func place(_ n: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(n)
    }
}

/// One attribute's column, built from table entries: each distinct token is decoded once by the
/// full decoder's `attributeValue` and kept as the number or code every case with it gets — the
/// same values, in the same first-appearance order, as `CaseIndex(study:)` gives.
private struct ColumnAccumulator {
    let attribute: AttributeDefinition
    private var tokens = TokenTable()
    /// Per entry: the number (number columns) or the code (the others).
    private var entryNumbers: [Double] = []
    private var entryCodes: [Int32] = []
    private var numbers: [Double] = []
    private var codes: [Int32] = []
    private var texts: [LocalizedText] = []
    private var textCodes: [LocalizedText: Int32] = [:]
    private var bands: [String] = []
    private var bandCodes: [String: Int32] = [:]
    private var bandLows: [Double] = []
    private var bandHighs: [Double] = []
    private let positions: [String: Int32]

    init(_ attribute: AttributeDefinition) {
        self.attribute = attribute
        positions = Dictionary(attribute.values.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func reserve(_ count: Int) {
        if attribute.kind == .number { numbers.reserveCapacity(count) } else { codes.reserveCapacity(count) }
    }

    mutating func entry(for token: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, decoder: StudyDecoder) throws(CaseScanner.Stop) -> Int {
        let slice = UnsafeBufferPointer(rebasing: bytes[token])
        if let known = try tokens.find(slice) { return known }
        let node = try parse(bytes, token)
        guard let value = decoder.attributeValue(node, of: attribute), decoder.diagnostics.isEmpty else { throw .giveUp }
        var number = Double.nan, code: Int32 = -1
        switch (attribute.kind, value) {
        case (.number, .number(let v)):
            number = v
        case (.range, .range(let low, let high, let text)):
            code = bandCode(text, low: low, high: high)
        case (.text, .text(let t)):
            code = textCode(t)
        case (.enumeration, .value(let id)):
            code = positions[id] ?? -1
        default:
            throw .giveUp
        }
        tokens.add(slice)
        entryNumbers.append(number)
        entryCodes.append(code)
        return entryNumbers.count - 1
    }

    mutating func append(_ entry: Int) {
        if attribute.kind == .number { numbers.append(entryNumbers[entry]) } else { codes.append(entryCodes[entry]) }
    }

    mutating func appendMissing() {
        if attribute.kind == .number { numbers.append(.nan) } else { codes.append(-1) }
    }

    /// A later worker's column after this one (see `Rows.append`).
    mutating func append(_ other: ColumnAccumulator) {
        switch attribute.kind {
        case .number:
            numbers.append(contentsOf: other.numbers)
        case .enumeration:
            codes.append(contentsOf: other.codes)
        case .text:
            let map = other.texts.map { textCode($0) }
            codes.append(contentsOf: other.codes.lazy.map { $0 < 0 ? -1 : map[Int($0)] })
        case .range:
            let map = other.bands.indices.map { bandCode(other.bands[$0], low: other.bandLows[$0], high: other.bandHighs[$0]) }
            codes.append(contentsOf: other.codes.lazy.map { $0 < 0 ? -1 : map[Int($0)] })
        }
    }

    /// The code of a band text, a new one (with its bounds) the first time it is met.
    private mutating func bandCode(_ text: String, low: Double, high: Double) -> Int32 {
        if let known = bandCodes[text] { return known }
        let code = Int32(bands.count)
        bandCodes[text] = code
        bands.append(text)
        bandLows.append(low)
        bandHighs.append(high)
        return code
    }

    /// The code of a text value, a new one the first time it is met.
    private mutating func textCode(_ text: LocalizedText) -> Int32 {
        if let known = textCodes[text] { return known }
        let code = Int32(texts.count)
        textCodes[text] = code
        texts.append(text)
        return code
    }

    func finish() -> AttributeColumn {
        switch attribute.kind {
        case .number: .number(numbers)
        case .range: .range(low: BandEnds(codes: codes, ends: bandLows), high: BandEnds(codes: codes, ends: bandHighs),
                            codes: codes, dictionary: bands)
        case .text: .text(codes: codes, dictionary: texts)
        case .enumeration: .enumeration(codes: codes)
        }
    }
}
