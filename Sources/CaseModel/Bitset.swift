/// A fixed-size set of case indices, 64 cases a word. Every condition of the language evaluates to
/// one of these, so `and`/`or`/`not` are word-wise operations and `count` is a popcount.
public struct Bitset: Sendable, Hashable {
    public private(set) var words: [UInt64]
    public let count: Int

    public init(count: Int) {
        self.count = count
        self.words = Array(repeating: 0, count: (count + 63) >> 6)
    }

    public static func all(_ count: Int) -> Bitset {
        var set = Bitset(count: count)
        for i in set.words.indices { set.words[i] = ~0 }
        set.clearTail()
        return set
    }

    public init<S: Sequence>(count: Int, members: S) where S.Element == Int {
        self.init(count: count)
        for m in members { insert(m) }
    }

    public subscript(i: Int) -> Bool {
        words[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    public mutating func insert(_ i: Int) {
        words[i >> 6] |= 1 << UInt64(i & 63)
    }

    public mutating func remove(_ i: Int) {
        words[i >> 6] &= ~(1 << UInt64(i & 63))
    }

    public var cardinality: Int {
        var n = 0
        for w in words { n &+= w.nonzeroBitCount }
        return n
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    public mutating func formIntersection(_ other: Bitset) {
        precondition(other.count == count)
        for i in words.indices { words[i] &= other.words[i] }
    }

    public mutating func formUnion(_ other: Bitset) {
        precondition(other.count == count)
        for i in words.indices { words[i] |= other.words[i] }
    }

    public mutating func formComplement() {
        for i in words.indices { words[i] = ~words[i] }
        clearTail()
    }

    public func intersection(_ other: Bitset) -> Bitset {
        var r = self
        r.formIntersection(other)
        return r
    }

    public func union(_ other: Bitset) -> Bitset {
        var r = self
        r.formUnion(other)
        return r
    }

    public func complement() -> Bitset {
        var r = self
        r.formComplement()
        return r
    }

    /// Members in increasing order.
    public var members: [Int] {
        var result: [Int] = []
        result.reserveCapacity(cardinality)
        forEachMember { result.append($0) }
        return result
    }

    public func forEachMember(_ body: (Int) throws -> Void) rethrows {
        for (wi, word) in words.enumerated() {
            var w = word
            while w != 0 {
                let bit = w.trailingZeroBitCount
                try body(wi << 6 | bit)
                w &= w &- 1
            }
        }
    }

    private mutating func clearTail() {
        let extra = words.count * 64 - count
        if extra > 0, !words.isEmpty {
            words[words.count - 1] &= ~UInt64(0) >> UInt64(extra)
        }
    }
}
