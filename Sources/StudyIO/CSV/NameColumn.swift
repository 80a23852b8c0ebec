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
        hashes.sort()
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

    /// FNV-1a with a final mix.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 29
        h &*= 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
