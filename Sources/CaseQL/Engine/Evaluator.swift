import CaseModel
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evaluates resolved predicates to sets of cases: word-wise bit operations over the index's
/// category bitsets, and one pass over a column for attribute tests.
///
/// Attribute tests run once per distinct value where the column has a dictionary (text, bands,
/// enumerations, whole numbers), giving a table; the pass over the cases then only looks codes up
/// in it and writes 64 cases a word. At a million cases that is a millisecond or less per test.
public struct Evaluator: Sendable {
    public let index: CaseIndex
    /// The per-case records, for evidence tests.
    public let study: Study?

    public init(index: CaseIndex, study: Study? = nil) {
        self.index = index
        self.study = study
    }

    public func evaluate(_ predicate: Predicate?) -> Bitset {
        guard let predicate else { return .all(index.count) }
        return evaluate(predicate)
    }

    public func evaluate(_ predicate: Predicate) -> Bitset {
        evaluate(Binder(index: index, study: study).bind(predicate), within: nil)
    }

    /// `within`: the cases that matter to the caller (the `and` so far). A scan may skip the
    /// words where it has no member, so its answer is exact only inside `within`.
    private func evaluate(_ predicate: BoundPredicate, within: Bitset?) -> Bitset {
        switch predicate {
        case .and(let items):
            return conjunction(items)
        case .or(let items):
            guard let first = items.first else { return Bitset(count: index.count) }
            var result = evaluate(first, within: within)
            for item in items.dropFirst() { result.formUnion(evaluate(item, within: within)) }
            return result
        case .not(let inner):
            return evaluate(inner, within: nil).complement()
        case .set(let members):
            return members
        case .anySets(let sets):
            var result = Bitset(count: index.count)
            for s in sets { result.formUnion(s) }
            return result
        case .allSets(let sets):
            var result = Bitset.all(index.count)
            for s in sets { result.formIntersection(s) }
            return result
        case .nameContains(let text):
            return scan(within) { index.names[$0].lowercased().contains(text) }
        default:
            return attributeTest(predicate, within: within)
        }
    }

    /// Set operands first (they are free), then attribute scans restricted to what is left; a
    /// `not` operand is subtracted rather than complemented and intersected.
    private func conjunction(_ items: [BoundPredicate]) -> Bitset {
        let ordered = items.filter(\.isSetOperation) + items.filter { !$0.isSetOperation }
        var result = Bitset.all(index.count)
        for item in ordered {
            if result.isEmpty { break }
            if case .not(let inner) = item {
                result.subtract(evaluate(inner, within: result))
            } else {
                result.formIntersection(evaluate(item, within: result))
            }
        }
        return result
    }

    /// No case; made only where it is returned (1.25 MB to clear at ten million cases).
    private var none: Bitset { Bitset(count: index.count) }

    private func attributeTest(_ predicate: BoundPredicate, within: Bitset?) -> Bitset {
        switch predicate {
        case .number(let a, let op, let value):
            guard case .number(let column) = index.columns[a] else { return none }
            if let whole = index.wholeNumbers[a] {
                return wholeNumberScan(whole, within) { Evaluator.compare($0, op, value) }
            }
            switch op {
            // A missing value (NaN) fails every comparison but `!=`, which must fail too.
            case .equal: return scan(within) { column[$0] == value }
            case .notEqual: return scan(within) { column[$0] == column[$0] && column[$0] != value }
            case .less: return scan(within) { column[$0] < value }
            case .lessEqual: return scan(within) { column[$0] <= value }
            case .greater: return scan(within) { column[$0] > value }
            case .greaterEqual: return scan(within) { column[$0] >= value }
            }
        case .numberBetween(let a, let low, let high):
            guard case .number(let column) = index.columns[a] else { return none }
            if let whole = index.wholeNumbers[a] {
                return wholeNumberScan(whole, within) { $0 >= low && $0 <= high }
            }
            return scan(within) { column[$0] >= low && column[$0] <= high }
        case .range(let a, let op, let value):
            // Every value of the band must satisfy the comparison: test both ends.
            return bandScan(a, within) { lo, hi in Evaluator.compare(lo, op, value) && Evaluator.compare(hi, op, value) }
        case .rangeEquals(let a, let low, let high):
            return bandScan(a, within) { lo, hi in lo == low && hi == high }
        case .rangeBetween(let a, let low, let high):
            return bandScan(a, within) { lo, hi in lo >= low && hi <= high }
        case .enumeration(let a, let values):
            guard case .enumeration(let codes) = index.columns[a] else { return none }
            let table = index.attributes[a].values.indices.map { values.contains(Int32($0)) }
            return codeScan(codes, table: table, within)
        case .textEquals(let a, let text):
            return dictionaryScan(a, within) { $0.en.lowercased() == text || $0.zh.lowercased() == text }
        case .textContains(let a, let text):
            return dictionaryScan(a, within) { $0.en.lowercased().contains(text) || $0.zh.lowercased().contains(text) }
        case .enumerationContains(let a, let text):
            guard case .enumeration(let codes) = index.columns[a] else { return none }
            let table = index.attributes[a].values.map { v in
                ([v.id, v.labels.en, v.labels.zh] + v.aliases).contains { $0.lowercased().contains(text) }
            }
            return codeScan(codes, table: table, within)
        case .hasValue(let a):
            switch index.columns[a] {
            case .number(let column):
                if let whole = index.wholeNumbers[a] { return wholeNumberScan(whole, within) { _ in true } }
                return scan(within) { !column[$0].isNaN }
            case .range(let lows, _, _, _): return scan(within) { !lows[$0].isNaN }
            case .text(let codes, _), .enumeration(let codes): return scan(within) { codes[$0] >= 0 }
            }
        default:
            return evaluate(predicate, within: within)
        }
    }

    /// Text tests run once per distinct value, then map codes to a bitset.
    private func dictionaryScan(_ a: Int, _ within: Bitset?, _ test: (LocalizedText) -> Bool) -> Bitset {
        guard case .text(let codes, let dictionary) = index.columns[a] else { return Bitset(count: index.count) }
        return codeScan(codes, table: dictionary.map(test), within)
    }

    /// A band test once per distinct band where the index has their bounds, else once per case.
    private func bandScan(_ a: Int, _ within: Bitset?, _ test: (Double, Double) -> Bool) -> Bitset {
        guard case .range(let lows, let highs, let codes, _) = index.columns[a] else { return Bitset(count: index.count) }
        if let bounds = index.bandBounds[a] {
            return codeScan(codes, table: bounds.map { !$0.low.isNaN && test($0.low, $0.high) }, within)
        }
        return scan(within) { !lows[$0].isNaN && test(lows[$0], highs[$0]) }
    }

    /// `test` once per whole number present; a missing value (code 0) never matches.
    private func wholeNumberScan(_ whole: WholeNumberCodes, _ within: Bitset?, _ test: (Double) -> Bool) -> Bitset {
        var table = [Bool](repeating: false, count: whole.codeCount)
        for k in 1..<max(1, whole.codeCount) where test(whole.value(ofCode: k)) { table[k] = true }
        return tableScan(whole.codes, offset: 0, table: table, within)
    }

    /// Cases whose dictionary code (-1: no value, never matching) has a true entry in `table`.
    private func codeScan(_ codes: [Int32], table: [Bool], _ within: Bitset?) -> Bitset {
        // Entry 0 stands for "no value", so every code maps to `code + 1`.
        tableScan(codes, offset: 1, table: [false] + table, within)
    }

    /// The loop every coded test ends in: case `i` is in when `table[codes[i] + offset]` is true
    /// (a code outside the table never is). The true entries usually form a few runs (a whole-number
    /// comparison is one run, an equality one entry): then each run is a subtraction and an
    /// unsigned comparison in the codes' own width, which the compiler vectorizes. Otherwise it is
    /// a table lookup per case.
    @_specialize(where Code == Int32)
    @_specialize(where Code == UInt16)
    private func tableScan<Code: FixedWidthInteger & Sendable & SendableMetatype>(_ codes: [Code], offset: Int, table: [Bool],
                                                                                _ within: Bitset?) -> Bitset
    where Code.Magnitude: Sendable & SendableMetatype {
        var runs: [ClosedRange<Int>] = []
        var k = 0
        while k < table.count {
            guard table[k] else { k += 1; continue }
            let start = k
            while k < table.count, table[k] { k += 1 }
            runs.append(start...(k - 1))
        }
        if runs.isEmpty { return Bitset(count: index.count) }
        // Columns always have a code per case; should one fall short, the rest read as missing.
        let codes = codes.count >= index.count ? codes
            : codes + repeatElement(Code(truncatingIfNeeded: -offset), count: index.count - codes.count)
        // Run r holds code c when `c + offset - r.lower`, as unsigned, is at most `r.count - 1`.
        // Codes are never near the ends of their type, so nothing wraps around into a run.
        func shift(_ r: ClosedRange<Int>) -> Code.Magnitude { Code.Magnitude(truncatingIfNeeded: offset &- r.lowerBound) }
        func width(_ r: ClosedRange<Int>) -> Code.Magnitude { Code.Magnitude(truncatingIfNeeded: r.count - 1) }
        return codes.withUnsafeBufferPointer { codes in
            if runs.count == 1 {
                let (s0, w0) = (shift(runs[0]), width(runs[0]))
                if index.count >= Self.parallelScanCases, Self.cores > 1 {
                    return parallelRunScan(codes, shift: s0, width: w0, within)
                }
                return buildWords(within) { i in Code.Magnitude(truncatingIfNeeded: codes[i]) &+ s0 <= w0 }
            }
            if runs.count <= 4 {
                // Four tests always; a repeated run changes nothing.
                let r = (0..<4).map { runs[min($0, runs.count - 1)] }
                let (s0, s1, s2, s3) = (shift(r[0]), shift(r[1]), shift(r[2]), shift(r[3]))
                let (w0, w1, w2, w3) = (width(r[0]), width(r[1]), width(r[2]), width(r[3]))
                return buildWords(within) { i in
                    let c = Code.Magnitude(truncatingIfNeeded: codes[i])
                    // `|` on 0/1, not `||`: four comparisons without branches.
                    let hits: UInt64 = (c &+ s0 <= w0 ? 1 : 0) | (c &+ s1 <= w1 ? 1 : 0) | (c &+ s2 <= w2 ? 1 : 0) | (c &+ s3 <= w3 ? 1 : 0)
                    return hits != 0
                }
            }
            let limit = UInt(table.count)
            return table.withUnsafeBufferPointer { table in
                buildWords(within) { i in
                    let entry = Int(truncatingIfNeeded: codes[i]) &+ offset
                    return UInt(bitPattern: entry) < limit && table[entry]
                }
            }
        }
    }

    /// Scans of one run (a whole-number comparison, an equality) over at least this many cases
    /// are cut into word ranges, one per core: the pass over ten million codes is milliseconds.
    static let parallelScanCases = 4 << 20
    static let cores: Int = max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    /// `tableScan`'s one-run test on every core, each on its own words of the result. The loop
    /// of each range is written out here, with the test in it, so it is compiled (and vectorized)
    /// as `buildWords` compiles it; a test closure handed to the threads would be a call a case.
    @_specialize(where Code == Int32)
    @_specialize(where Code == UInt16)
    private func parallelRunScan<Code: FixedWidthInteger & Sendable & SendableMetatype>(_ codes: UnsafeBufferPointer<Code>, shift: Code.Magnitude,
                                                           width: Code.Magnitude, _ within: Bitset?) -> Bitset
    where Code.Magnitude: Sendable & SendableMetatype {
        let count = index.count
        let wordCount = (count + 63) >> 6
        let mask = within.flatMap { $0.count == count ? $0.words : nil }
        let parts = Self.cores
        let words = [UInt64](unsafeUninitializedCapacity: wordCount) { out, initialized in
            let shared = SharedForScan((codes: codes, out: out))
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let (codes, out) = shared.value
                for w in wordCount * p / parts ..< wordCount * (p + 1) / parts {
                    if let mask, mask[w] == 0 {
                        out[w] = 0
                        continue
                    }
                    let start = w << 6
                    if start + 64 <= count {
                        out[w] = WordPacking.pack(start) { i in Code.Magnitude(truncatingIfNeeded: codes[i]) &+ shift <= width }
                    } else {
                        var bits: UInt64 = 0
                        for b in 0..<(count - start) where Code.Magnitude(truncatingIfNeeded: codes[start &+ b]) &+ shift <= width {
                            bits |= 1 << UInt64(b)
                        }
                        out[w] = bits
                    }
                }
            }
            initialized = wordCount
        }
        return Bitset(count: count, words: words)
    }

    /// A test per case, for columns without a dictionary (names, fractional numbers).
    @inline(__always)
    private func scan(_ within: Bitset?, _ test: (Int) -> Bool) -> Bitset {
        buildWords(within, test)
    }

    /// A bitset from `test(i)` for every case, a word at a time (`WordPacking`). Words where
    /// `within` has no member are left empty.
    @inline(__always)
    private func buildWords(_ within: Bitset?, _ test: (Int) -> Bool) -> Bitset {
        let count = index.count
        let wordCount = (count + 63) >> 6
        let mask = within.flatMap { $0.count == count ? $0.words : nil }
        let words = [UInt64](unsafeUninitializedCapacity: wordCount) { out, initialized in
            for w in 0..<wordCount {
                if let mask, mask[w] == 0 {
                    out[w] = 0
                    continue
                }
                let start = w << 6
                if start + 64 <= count {
                    out[w] = WordPacking.pack(start, test)
                } else {
                    var bits: UInt64 = 0
                    for b in 0..<(count - start) where test(start &+ b) { bits |= 1 << UInt64(b) }
                    out[w] = bits
                }
            }
            initialized = wordCount
        }
        return Bitset(count: count, words: words)
    }

    static func compare(_ a: Double, _ op: Comparison, _ b: Double) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }
}

/// What the threads of one `concurrentPerform` share: the codes they read and the words they
/// write, each thread its own; every thread has ended when `concurrentPerform` returns.
private struct SharedForScan<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

private extension BoundPredicate {
    /// Answered from precomputed bitsets, without a pass over the cases.
    var isSetOperation: Bool {
        switch self {
        case .set, .anySets, .allSets: return true
        case .and(let items), .or(let items): return items.allSatisfy(\.isSetOperation)
        case .not(let inner): return inner.isSetOperation
        default: return false
        }
    }
}

extension Evaluator {
    /// The condition as a test of one case, for a query that looks at only a few cases (`order by
    /// … limit` walking a sorted column): the same answer as `evaluate` for each case, without a
    /// pass over all of them. Dictionary tests are decided once per distinct value first. Nil for
    /// the kinds of test that have no such form (text and name searches): those are evaluated whole.
    func caseTest(_ predicate: Predicate?) -> ((Int) -> Bool)? {
        guard let predicate else { return { _ in true } }
        return caseTest(Binder(index: index, study: study).bind(predicate))
    }

    private func caseTest(_ predicate: BoundPredicate) -> ((Int) -> Bool)? {
        let n = index.count
        switch predicate {
        case .and(let items):
            let tests = items.compactMap(caseTest)
            guard tests.count == items.count else { return nil }
            return { i in tests.allSatisfy { $0(i) } }
        case .or(let items):
            let tests = items.compactMap(caseTest)
            guard tests.count == items.count else { return nil }
            return { i in tests.contains { $0(i) } }
        case .not(let inner):
            return caseTest(inner).map { test in { !test($0) } }
        case .set(let members):
            guard members.count == n else { return nil }
            return { members[$0] }
        case .allSets(let sets):
            guard sets.allSatisfy({ $0.count == n }) else { return nil }
            return { i in sets.allSatisfy { $0[i] } }
        case .anySets(let sets):
            guard sets.allSatisfy({ $0.count == n }) else { return nil }
            return { i in sets.contains { $0[i] } }
        case .number(let a, let op, let value):
            guard case .number(let column) = index.columns[a], column.count == n else { return nil }
            // As the scans: a missing value (NaN) fails every comparison, `!=` included.
            return { i in column[i] == column[i] && Evaluator.compare(column[i], op, value) }
        case .numberBetween(let a, let low, let high):
            guard case .number(let column) = index.columns[a], column.count == n else { return nil }
            return { i in column[i] >= low && column[i] <= high }
        case .enumeration(let a, let values):
            guard case .enumeration(let codes) = index.columns[a], codes.count == n else { return nil }
            return { i in codes[i] >= 0 && values.contains(codes[i]) }
        case .textEquals(let a, let text):
            return dictionaryTest(a) { $0.en.lowercased() == text || $0.zh.lowercased() == text }
        case .hasValue(let a):
            switch index.columns[a] {
            case .number(let column): return column.count == n ? { !column[$0].isNaN } : nil
            case .range(let lows, _, _, _): return lows.count == n ? { !lows[$0].isNaN } : nil
            case .text(let codes, _), .enumeration(let codes): return codes.count == n ? { codes[$0] >= 0 } : nil
            }
        case .nameContains, .range, .rangeEquals, .rangeBetween, .textContains, .enumerationContains:
            return nil
        }
    }

    private func dictionaryTest(_ a: Int, _ test: (LocalizedText) -> Bool) -> ((Int) -> Bool)? {
        guard case .text(let codes, let dictionary) = index.columns[a], codes.count == index.count else { return nil }
        let table = dictionary.map(test)
        return { i in codes[i] >= 0 && Int(codes[i]) < table.count && table[Int(codes[i])] }
    }
}
