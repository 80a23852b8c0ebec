import CaseModel
/// The case names, and a 64-bit hash of each for the duplicate check. A hash table probed per
/// row costs two cache misses a name at a million rows; sorting the hashes once at the end is
/// several times faster, and only colliding hashes are compared as text.
struct NameColumn {
    private(set) var names: [String] = []
    private var hashes: [UInt64] = []

    init(expectedCount: Int) {
        names.reserveCapacity(expectedCount)
        hashes.reserveCapacity(expectedCount)
    }

    var count: Int { names.count }

    mutating func reserve(_ rows: Int) {
        names.reserveCapacity(names.count + rows)
        hashes.reserveCapacity(hashes.count + rows)
    }

    /// Appends the names of the next piece of the file.
    mutating func append(_ part: NameColumn) {
        names.append(contentsOf: part.names)
        hashes.append(contentsOf: part.hashes)
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        names.append(String(decoding: bytes, as: UTF8.self))
        hashes.append(Self.hash(bytes))
    }

    /// The earliest row whose name an earlier row already has, with that earlier row. Sorts the
    /// hashes in place (no second array at a million rows) and so may be called once.
    mutating func firstDuplicate() -> (row: Int, earlier: Int)? {
        Self.sortInPlace(&hashes)
        var colliding = Set<UInt64>()
        var i = 1
        while i < hashes.count {
            if hashes[i] == hashes[i - 1] { colliding.insert(hashes[i]) }
            i += 1
        }
        hashes = []
        guard !colliding.isEmpty else { return nil }
        var rowsByHash: [UInt64: [Int]] = [:]
        for (row, name) in names.enumerated() {
            var name = name
            let hash = name.withUTF8 { Self.hash($0) }
            guard colliding.contains(hash) else { continue }
            if let earlier = rowsByHash[hash, default: []].first(where: { names[$0] == names[row] }) {
                return (row, earlier)
            }
            rowsByHash[hash, default: []].append(row)
        }
        return nil
    }

    /// The standard library's sort is a merge sort with a buffer of half the array (40 MB at ten
    /// million names) and took about 7 % of a large load's time. The hashes are well mixed, so one pass
    /// distributes them in place by their top byte (American flag sort), and each of the 256
    /// buckets — small enough to stay in cache — is then sorted on its own.
    static func sortInPlace(_ values: inout [UInt64]) {
        guard values.count > 1 << 16 else {
            values.sort()
            return
        }
        var bounds = [Int](repeating: 0, count: 257)
        for v in values { bounds[Int(v >> 56) + 1] += 1 }
        for b in 0..<256 { bounds[b + 1] += bounds[b] }
        var next = Array(bounds[0..<256])
        values.withUnsafeMutableBufferPointer { buffer in
            for b in 0..<256 {
                while next[b] < bounds[b + 1] {
                    var v = buffer[next[b]]
                    var d = Int(v >> 56)
                    while d != b {
                        let displaced = buffer[next[d]]
                        buffer[next[d]] = v
                        next[d] += 1
                        v = displaced
                        d = Int(v >> 56)
                    }
                    buffer[next[b]] = v
                    next[b] += 1
                }
            }
            for b in 0..<256 where bounds[b + 1] - bounds[b] > 1 {
                var bucket = UnsafeMutableBufferPointer(rebasing: buffer[bounds[b]..<bounds[b + 1]])
                bucket.sort()
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        NameHash.of(bytes, foldingASCIICase: false)
    }
}

/// FNV-1a with a final mix: the 64-bit hash of names and tokens the loaders compare by.
enum NameHash {
    /// With `foldingASCIICase`, `A`–`Z` hash as `a`–`z` (names that must differ case-insensitively).
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, foldingASCIICase: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        if foldingASCIICase {
            for b in bytes { h = (h ^ UInt64(b &- 0x41 < 26 ? b | 0x20 : b)) &* 0x100_0000_01b3 }
        } else {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        h ^= h >> 29
        h &*= 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
