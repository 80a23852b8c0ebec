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
        Bitset(count: count, words: Array(repeating: ~0, count: (max(0, count) + 63) >> 6))
    }

    /// A set from its words, 64 cases a word (bit `i & 63` of word `i >> 6` is case `i`), as a loader
    /// or a scan builds them. Missing words are empty, extra words and bits past `count` are dropped.
    public init(count: Int, words: [UInt64]) {
        self.count = max(0, count)
        let needed = (self.count + 63) >> 6
        var words = words
        if words.count > needed {
            words.removeSubrange(needed...)
        } else if words.count < needed {
            words.append(contentsOf: repeatElement(0, count: needed - words.count))
        }
        self.words = words
        clearTail()
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
        words.withUnsafeBufferPointer { buffer in
            var n = 0
            for w in buffer { n &+= w.nonzeroBitCount }
            return n
        }
    }

    public var isEmpty: Bool { words.withUnsafeBufferPointer { $0.allSatisfy { $0 == 0 } } }

    // The word loops run over buffer pointers: a million cases are 15,625 words, and per-element
    // bounds and uniqueness checks would cost more than the operation itself.

    public mutating func formIntersection(_ other: Bitset) {
        precondition(other.count == count)
        other.words.withUnsafeBufferPointer { theirs in
            words.withUnsafeMutableBufferPointer { mine in
                for i in mine.indices { mine[i] &= theirs[i] }
            }
        }
    }

    public mutating func formUnion(_ other: Bitset) {
        precondition(other.count == count)
        other.words.withUnsafeBufferPointer { theirs in
            words.withUnsafeMutableBufferPointer { mine in
                for i in mine.indices { mine[i] |= theirs[i] }
            }
        }
    }

    /// Removes the members of `other`: `self and not other` in one pass.
    public mutating func subtract(_ other: Bitset) {
        precondition(other.count == count)
        other.words.withUnsafeBufferPointer { theirs in
            words.withUnsafeMutableBufferPointer { mine in
                for i in mine.indices { mine[i] &= ~theirs[i] }
            }
        }
    }

    public mutating func formComplement() {
        words.withUnsafeMutableBufferPointer { mine in
            for i in mine.indices { mine[i] = ~mine[i] }
        }
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
        let total = cardinality
        return [Int](unsafeUninitializedCapacity: total) { out, initialized in
            var n = 0
            words.withUnsafeBufferPointer { buffer in
                for wi in buffer.indices {
                    var w = buffer[wi]
                    while w != 0 {
                        out[n] = wi << 6 | w.trailingZeroBitCount
                        n += 1
                        w &= w &- 1
                    }
                }
            }
            initialized = n
        }
    }

    public func forEachMember(_ body: (Int) throws -> Void) rethrows {
        try words.withUnsafeBufferPointer { buffer in
            for wi in buffer.indices {
                var w = buffer[wi]
                while w != 0 {
                    try body(wi << 6 | w.trailingZeroBitCount)
                    w &= w &- 1
                }
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

extension Bitset {
    /// The members in increasing order as a collection, without an array of them: a million
    /// members cost a count per word (2 % of an `[Int]` of them), and `list[i]` finds the `i`-th by a
    /// binary search over those counts. For answers that are read row by row as they are printed.
    public var memberList: BitsetMembers { BitsetMembers(self) }
}

public struct BitsetMembers: RandomAccessCollection, Sendable {
    private let words: [UInt64]
    /// `before[w]`: members in the words before word `w` (one more entry than there are words).
    private let before: [Int32]

    init(_ set: Bitset) {
        words = set.words
        var before = [Int32](repeating: 0, count: set.words.count + 1)
        var n: Int32 = 0
        for (w, word) in set.words.enumerated() {
            before[w] = n
            n += Int32(word.nonzeroBitCount)
        }
        before[set.words.count] = n
        self.before = before
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(before[words.count]) }

    public subscript(i: Int) -> Int {
        precondition(i >= 0 && i < endIndex, "member index out of range")
        // The last word with fewer members before it than `i + 1`.
        var lo = 0, hi = words.count - 1
        let target = Int32(i)
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if before[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        var word = words[lo]
        var k = i - Int(before[lo])
        var base = lo << 6
        // Whole bytes first, then bit by bit within the byte that holds it.
        while k >= (word & 0xFF).nonzeroBitCount {
            k -= (word & 0xFF).nonzeroBitCount
            word >>= 8
            base += 8
        }
        while true {
            let bit = word.trailingZeroBitCount
            if k == 0 { return base + bit }
            word &= word &- 1
            k -= 1
        }
    }
}
