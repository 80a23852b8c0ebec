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

    public init(study: Study) {
        let flat = FlatTaxonomy(study.taxonomy)
        let n = study.cases.count
        var direct = [Bitset](repeating: Bitset(count: n), count: flat.nodes.count)
        for (c, kase) in study.cases.enumerated() {
            for code in kase.codes where code.membership > CaseIndex.crossover {
                if let node = flat.index(of: code.category) { direct[node].insert(c) }
            }
        }
        let columns = study.attributes.map { CaseIndex.column(for: $0, cases: study.cases) }
        self.init(count: n, names: study.cases.map(\.name), taxonomy: flat, attributes: study.attributes,
                  columns: columns, directSets: direct)
    }

    private static func column(for attribute: AttributeDefinition, cases: [Case]) -> AttributeColumn {
        switch attribute.kind {
        case .number:
            return .number(cases.map {
                if case .number(let v) = $0.attributes[attribute.id] { return v }
                return .nan
            })
        case .range:
            var low: [Double] = [], high: [Double] = [], codes: [Int32] = []
            var dictionary: [String] = [], lookup: [String: Int32] = [:]
            for kase in cases {
                switch kase.attributes[attribute.id] {
                case .range(let lo, let hi, let text):
                    low.append(lo); high.append(hi)
                    codes.append(intern(text, &dictionary, &lookup))
                case .number(let v):
                    low.append(v); high.append(v)
                    codes.append(intern(NumberText.format(v), &dictionary, &lookup))
                default:
                    low.append(.nan); high.append(.nan); codes.append(-1)
                }
            }
            return .range(low: BandEnds(low), high: BandEnds(high), codes: codes, dictionary: dictionary)
        case .text:
            var dictionary: [LocalizedText] = [], lookup: [LocalizedText: Int32] = [:], codes: [Int32] = []
            for kase in cases {
                switch kase.attributes[attribute.id] {
                case .text(let t): codes.append(intern(t, &dictionary, &lookup))
                case .value(let s): codes.append(intern(LocalizedText(en: s), &dictionary, &lookup))
                case .number(let v): codes.append(intern(LocalizedText(en: NumberText.format(v)), &dictionary, &lookup))
                default: codes.append(-1)
                }
            }
            return .text(codes: codes, dictionary: dictionary)
        case .enumeration:
            let positions = Dictionary(attribute.values.enumerated().map { ($1.id, Int32($0)) },
                                       uniquingKeysWith: { a, _ in a })
            return .enumeration(codes: cases.map {
                if case .value(let id) = $0.attributes[attribute.id] { return positions[id] ?? -1 }
                return -1
            })
        }
    }

    private static func intern<T: Hashable>(_ value: T, _ dictionary: inout [T], _ lookup: inout [T: Int32]) -> Int32 {
        if let code = lookup[value] { return code }
        let code = Int32(dictionary.count)
        dictionary.append(value)
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
