#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a piece of a matrix may be cut so that each piece holds whole records, as DuckDB's
/// parallel reader cuts: after a line feed that is outside quotes. A piece always starts at a
/// record boundary, so quotes are counted from its first byte: in RFC 4180 text a line feed is
/// inside a quoted field exactly when an odd number of quotes precede it (a doubled quote `""`
/// counts twice and changes nothing). A stray quote in an unquoted field throws the count off,
/// but the parser reports that quote as an error in the piece that holds it, which was cut right,
/// and later pieces are never reported before it.
enum RecordBoundary {
    /// The offset just past the last line feed outside quotes in `bytes`, or nil when there is none
    /// (one record longer than the piece: the caller reads more).
    static func lastCut(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // The stretches outside quotes, found by hopping from quote to quote with memchr (quotes
        // are rare in a case matrix); the last line feed is searched from the last stretch back.
        var outside: [Range<Int>] = []
        var start = 0
        var inQuotes = false
        while start <= bytes.count {
            let quote: Int
            if start < bytes.count, let hit = memchr(base + start, Int32(ASCII.quote), bytes.count - start) {
                quote = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            } else {
                quote = bytes.count
            }
            if !inQuotes, quote > start { outside.append(start..<quote) }
            if quote == bytes.count { break }
            inQuotes.toggle()
            start = quote + 1
        }
        for stretch in outside.reversed() {
            // Backwards by hand (memrchr is a GNU extension): the last line feed is usually within
            // a record's length of the end.
            var i = stretch.upperBound
            while i > stretch.lowerBound {
                i -= 1
                if bytes[i] == ASCII.lf { return i + 1 }
            }
        }
        return nil
    }
}
