/// One attribute's values for every case, stored by column so a filter touches one array.
public enum AttributeColumn: Sendable {
    /// `.nan` where the source gives no value.
    case number([Double])
    /// Inclusive bounds (`.nan` when missing) and the band as printed, dictionary-encoded.
    case range(low: BandEnds, high: BandEnds, codes: [Int32], dictionary: [String])
    /// Dictionary-encoded text; -1 where missing.
    case text(codes: [Int32], dictionary: [LocalizedText])
    /// Index into the attribute's declared values; -1 where missing.
    case enumeration(codes: [Int32])
}

/// The queryable form of a study: case names, attribute columns, and one bitset per category
/// (members of the category or of any of its descendants). The evaluator reads only this.
public struct CaseIndex: Sendable {
    public let count: Int
    public let names: [String]
    public let taxonomy: FlatTaxonomy
    public let attributes: [AttributeDefinition]
    /// Aligned with `attributes`.
    public let columns: [AttributeColumn]
    /// Per taxonomy node: cases coded for it or for a descendant.
    public let categorySets: [Bitset]
    /// Per taxonomy node: cases coded for exactly that node.
    public let directSets: [Bitset]
    /// Per dimension: cases with at least one code in it.
    public let dimensionSets: [Bitset]

    /// Per attribute (aligned with `columns`): a number column whose values are all whole numbers
    /// within a small span (years, counts), again as small codes; nil for other columns.
    public let wholeNumbers: [WholeNumberCodes?]
    /// Per attribute: for a range column, the bounds of each dictionary entry (every case with
    /// the same band text has the same bounds), so a band test runs once per distinct band; nil
    /// for other columns, or should a column ever pair one text with different bounds.
    public let bandBounds: [[BandBounds]?]

    /// Sort orders of columns, built when a query first needs one (`codeOrder(ofAttribute:)`).
    public let sortedOrders = SortedOrders()

    /// A crisp code is membership 1; a fuzzy one counts as "in" above the 0.5 crossover, as in QCA.
    public static let crossover = 0.5

    public init(count: Int, names: [String], taxonomy: FlatTaxonomy, attributes: [AttributeDefinition],
                columns: [AttributeColumn], directSets: [Bitset]) {
        self.count = count
        self.names = names
        self.taxonomy = taxonomy
        self.attributes = attributes
        let bandBounds = columns.map { column -> [BandBounds]? in
            if case .range(let lows, let highs, let codes, let dictionary) = column {
                return BandBounds.perEntry(lows: lows, highs: highs, codes: codes, entries: dictionary.count)
            }
            return nil
        }
        // Bounds kept per row (from `Case` values) are read through the codes once they are known per band.
        self.columns = zip(columns, bandBounds).map { column, bounds in
            guard case .range(_, _, let codes, let dictionary) = column, let bounds else { return column }
            return .range(low: BandEnds(codes: codes, ends: bounds.map(\.low)), high: BandEnds(codes: codes, ends: bounds.map(\.high)),
                          codes: codes, dictionary: dictionary)
        }
        self.bandBounds = bandBounds
        self.directSets = directSets
        var sets = directSets
        // Children come after their parent in depth-first order, so one backward pass folds every
        // subtree into its root.
        for i in stride(from: taxonomy.nodes.count - 1, through: 0, by: -1) {
            if let p = taxonomy.nodes[i].parent { sets[p].formUnion(sets[i]) }
        }
        self.categorySets = sets
        var dims = [Bitset](repeating: Bitset(count: count), count: taxonomy.dimensions.count)
        for (i, node) in taxonomy.nodes.enumerated() where node.parent == nil {
            dims[node.dimension].formUnion(sets[i])
        }
        self.dimensionSets = dims
        self.wholeNumbers = columns.map { column in
            if case .number(let values) = column { return WholeNumberCodes(values) }
            return nil
        }
    }

    /// The index of `Case` values (a JSON study's), in one pass over the cases: each case's
    /// attributes are looked up while its dictionary is in the cache, where a pass per attribute
    /// fetched every case's dictionary again (a tenth of a million-case load).
    public init(study: Study) {
        let flat = FlatTaxonomy(study.taxonomy)
        let n = study.cases.count
        var direct = [Bitset](repeating: Bitset(count: n), count: flat.nodes.count)
        var names: [String] = []
        names.reserveCapacity(n)
        var builders = study.attributes.map { ColumnBuilder($0, capacity: n) }
        for (c, kase) in study.cases.enumerated() {
            names.append(kase.name)
            for code in kase.codes where code.membership > CaseIndex.crossover {
                if let node = flat.index(of: code.category) { direct[node].insert(c) }
            }
            for b in builders.indices { builders[b].add(kase.attributes[builders[b].attribute.id]) }
        }
        self.init(count: n, names: names, taxonomy: flat, attributes: study.attributes,
                  columns: builders.map { $0.finish() }, directSets: direct)
    }
}

/// One attribute's column, built a case at a time from `Case` values.
private struct ColumnBuilder {
    let attribute: AttributeDefinition
    /// Numbers, or the low ends of bands.
    private var numbers: [Double] = []
    private var highs: [Double] = []
    private var codes: [Int32] = []
    private var bands = Interner<String>()
    private var texts = Interner<LocalizedText>()
    /// An enumeration's value positions by id.
    private let positions: [String: Int32]

    init(_ attribute: AttributeDefinition, capacity: Int) {
        self.attribute = attribute
        positions = attribute.kind == .enumeration
            ? Dictionary(attribute.values.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
            : [:]
        switch attribute.kind {
        case .number: numbers.reserveCapacity(capacity)
        case .range: numbers.reserveCapacity(capacity); highs.reserveCapacity(capacity); codes.reserveCapacity(capacity)
        case .text, .enumeration: codes.reserveCapacity(capacity)
        }
    }

    mutating func add(_ value: AttributeValue?) {
        switch attribute.kind {
        case .number:
            if case .number(let v) = value { numbers.append(v) } else { numbers.append(.nan) }
        case .range:
            switch value {
            case .range(let lo, let hi, let text):
                numbers.append(lo); highs.append(hi)
                codes.append(bands.code(of: text))
            case .number(let v):
                numbers.append(v); highs.append(v)
                codes.append(bands.code(of: NumberText.format(v)))
            default:
                numbers.append(.nan); highs.append(.nan); codes.append(-1)
            }
        case .text:
            switch value {
            case .text(let t): codes.append(texts.code(of: t))
            case .value(let s): codes.append(texts.code(of: LocalizedText(en: s)))
            case .number(let v): codes.append(texts.code(of: LocalizedText(en: NumberText.format(v))))
            default: codes.append(-1)
            }
        case .enumeration:
            if case .value(let id) = value { codes.append(positions[id] ?? -1) } else { codes.append(-1) }
        }
    }

    func finish() -> AttributeColumn {
        switch attribute.kind {
        case .number: .number(numbers)
        case .range: .range(low: BandEnds(numbers), high: BandEnds(highs), codes: codes, dictionary: bands.values)
        case .text: .text(codes: codes, dictionary: texts.values)
        case .enumeration: .enumeration(codes: codes)
        }
    }
}

/// Distinct values in order of first appearance, each with its code.
private struct Interner<Value: Hashable> {
    private(set) var values: [Value] = []
    private var lookup: [Value: Int32] = [:]

    mutating func code(of value: Value) -> Int32 {
        if let code = lookup[value] { return code }
        let code = Int32(values.count)
        values.append(value)
        lookup[value] = code
        return code
    }
}

/// A number column of whole numbers as 16-bit codes: code 0 is a missing value, code `k` the
/// value `base + k - 1`, so codes sort as their values do. At a million cases a filter reads 2 MB
/// instead of 8, tests each distinct value once, and `group by` counts into an array.
public struct WholeNumberCodes: Sendable {
    /// The value of code 1 (the smallest value).
    public let base: Int
    /// Codes in use, counting 0: one more than the largest code.
    public let codeCount: Int
    public let codes: [UInt16]

    /// Nil when a value is not a whole number, is beyond ±2^53, or the values span more than
    /// 65,534: such columns are scanned as doubles.
    init?(_ values: [Double]) {
        var low = Double.infinity, high = -Double.infinity
        for v in values where !v.isNaN {
            guard v.isFinite, v == v.rounded(), abs(v) <= 0x1p53 else { return nil }
            low = min(low, v)
            high = max(high, v)
        }
        let base = low.isFinite ? Int(low) : 0
        let span = high.isFinite ? Int(high) - base : -1
        guard span < Int(UInt16.max) else { return nil }
        self.base = base
        self.codeCount = span + 2
        self.codes = values.map { $0.isNaN ? 0 : UInt16(truncatingIfNeeded: Int($0) - base + 1) }
    }

    /// The value of a code other than 0.
    public func value(ofCode k: Int) -> Double { Double(base + k - 1) }
}

/// The inclusive bounds of one band of a range column.
public struct BandBounds: Sendable, Hashable {
    public let low: Double
    public let high: Double

    /// Bounds by dictionary entry, or nil unless every case agrees with its entry's bounds and
    /// exactly the cases without a band (code -1) have no bounds.
    static func perEntry(lows: BandEnds, highs: BandEnds, codes: [Int32], entries: Int) -> [BandBounds]? {
        guard lows.count == codes.count, highs.count == codes.count else { return nil }
        var bounds = [BandBounds?](repeating: nil, count: entries)
        for i in codes.indices {
            let code = Int(codes[i]), lo = lows[i], hi = highs[i]
            if code < 0 {
                guard lo.isNaN else { return nil }
                continue
            }
            guard code < entries, !lo.isNaN, !hi.isNaN else { return nil }
            if let known = bounds[code] {
                guard known.low == lo, known.high == hi else { return nil }
            } else {
                bounds[code] = BandBounds(low: lo, high: hi)
            }
        }
        // An entry no case uses never matches: bounds that no test can satisfy stand for it.
        return bounds.map { $0 ?? BandBounds(low: .nan, high: .nan) }
    }
}
