import Synchronization

/// The cases of a whole-number column in the order of their values: every case with code 1, then
/// code 2, …, each code's cases in increasing index (a counting sort, so it is stable), missing
/// values (code 0) last. `order by founded desc limit 10` then walks it from the top and keeps the
/// first ten cases that match, instead of reading the column for every match.
public struct CodeOrder: Sendable {
    /// Case indices, grouped by code: code `c`'s cases are `cases[start[c] ..< start[c + 1]]`.
    public let cases: [Int32]
    /// `codeCount + 1` offsets into `cases`.
    public let start: [Int]

    init(_ whole: WholeNumberCodes) {
        var start = [Int](repeating: 0, count: whole.codeCount + 1)
        whole.codes.withUnsafeBufferPointer { codes in
            for code in codes { start[Int(code) + 1] &+= 1 }
        }
        for c in 0..<whole.codeCount { start[c + 1] += start[c] }
        var next = start
        cases = [Int32](unsafeUninitializedCapacity: whole.codes.count) { out, initialized in
            whole.codes.withUnsafeBufferPointer { codes in
                for i in codes.indices {
                    let c = Int(codes[i])
                    out[next[c]] = Int32(truncatingIfNeeded: i)
                    next[c] &+= 1
                }
            }
            initialized = whole.codes.count
        }
        self.start = start
    }

    /// The cases of one code, in increasing index.
    public func cases(ofCode code: Int) -> ArraySlice<Int32> { cases[start[code] ..< start[code + 1]] }
}

/// Orders built on first use and kept as long as the index (4 bytes a case each): the first
/// `order by` over a column pays one counting sort, later ones none.
public final class SortedOrders: Sendable {
    private let built = Mutex<[Int: CodeOrder]>([:])

    public init() {}

    func order(ofAttribute a: Int, _ make: () -> CodeOrder) -> CodeOrder {
        if let known = built.withLock({ $0[a] }) { return known }
        // Built outside the lock: another thread asking meanwhile builds an equal one.
        let order = make()
        built.withLock { $0[a] = order }
        return order
    }
}

extension CaseIndex {
    /// The cases in the order of a whole-number attribute's values; nil for other attributes.
    public func codeOrder(ofAttribute a: Int) -> CodeOrder? {
        guard a >= 0, a < wholeNumbers.count, let whole = wholeNumbers[a], whole.codes.count <= Int(Int32.max) else { return nil }
        return sortedOrders.order(ofAttribute: a) { CodeOrder(whole) }
    }
}
