import CaseModel
/// A dictionary encoder for byte strings: each distinct value is stored once in a contiguous pool
/// and gets a dense code in order of first appearance. Text columns and case names go through it,
/// so a million cells cost a hash lookup each rather than a String each.
struct ByteInterner {
    private(set) var pool: [UInt8] = []
    /// End offset in `pool` of each value; value `i` starts where value `i - 1` ends.
    private(set) var ends: [Int] = []
    /// Open addressing: a code, or -1 for an empty slot. The capacity is a power of two.
    private var slots: [Int32]

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    var count: Int { ends.count }

    /// The code of `value`, adding it when new.
    mutating func intern(_ value: UnsafeBufferPointer<UInt8>) -> (code: Int32, isNew: Bool) {
        let hash = Self.hash(value)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if equals(Int(code), value) { return (code, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let code = Int32(ends.count)
        pool.append(contentsOf: value)
        ends.append(pool.count)
        slots[slot] = code
        if ends.count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// Interns every value of `other` in its code order and returns the code each got here: how
    /// a piece's dictionary joins the column's, keeping the order of first appearance.
    mutating func absorb(_ other: ByteInterner) -> [Int32] {
        var codes: [Int32] = []
        codes.reserveCapacity(other.count)
        other.pool.withUnsafeBufferPointer { stored in
            for code in 0..<other.count {
                let start = code == 0 ? 0 : other.ends[code - 1]
                codes.append(intern(UnsafeBufferPointer(rebasing: stored[start..<other.ends[code]])).code)
            }
        }
        return codes
    }

    func string(_ code: Int) -> String {
        let start = code == 0 ? 0 : ends[code - 1]
        return pool.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[code]]), as: UTF8.self)
        }
    }

    var strings: [String] { (0..<count).map(string) }

    private func equals(_ code: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = code == 0 ? 0 : ends[code - 1]
        guard ends[code] - start == value.count else { return false }
        return pool.withUnsafeBufferPointer { stored in
            var i = 0
            while i < value.count {
                if stored[start + i] != value[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        pool.withUnsafeBufferPointer { stored in
            for code in 0..<ends.count {
                let start = code == 0 ? 0 : ends[code - 1]
                var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: stored[start..<ends[code]]))) & mask
                while bigger[slot] >= 0 { slot = (slot + 1) & mask }
                bigger[slot] = Int32(code)
            }
        }
        slots = bigger
    }

    /// FNV-1a, finished with a multiply-xorshift so the low bits used for slots are well mixed.
    private static func hash(_ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in value { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h &*= 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
