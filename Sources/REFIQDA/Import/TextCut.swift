/// A source's plain text as UTF-8, cut by REFI-QDA positions: Unicode code points from 0, the end
/// exclusive (the spec, §10.2: "the first codepoint in the file has the number 0"). A CR LF is two
/// code points, an emoji one, a Chinese character one.
struct PlainText {
    let utf8: [UInt8]
    /// The number of code points.
    let length: Int

    init(utf8: [UInt8]) {
        self.utf8 = utf8
        length = utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The text of each range, in one walk over the bytes whatever the number of ranges. Every range
    /// must lie within `0...length`.
    func cut(_ ranges: [Range<Int>]) -> [String] {
        var positions = Set<Int>()
        for range in ranges {
            positions.insert(range.lowerBound)
            positions.insert(range.upperBound)
        }
        let wanted = positions.sorted()
        var offsets: [Int: Int] = [:]
        offsets.reserveCapacity(wanted.count)
        var next = 0
        var scalar = 0
        for (byteOffset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            while next < wanted.count, wanted[next] == scalar {
                offsets[scalar] = byteOffset
                next += 1
            }
            if next == wanted.count { break }
            scalar += 1
        }
        while next < wanted.count {
            offsets[wanted[next]] = utf8.count
            next += 1
        }
        return ranges.map { range in
            String(decoding: utf8[offsets[range.lowerBound]!..<offsets[range.upperBound]!], as: UTF8.self)
        }
    }
}
