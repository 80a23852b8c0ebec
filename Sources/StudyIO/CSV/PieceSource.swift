import SystemIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole records of a matrix's data rows, and where they start in the file.
struct MatrixPiece: Sendable {
    var bytes: ArraySlice<UInt8>
    var offset: Int
}

/// Where a matrix's pieces come from: a buffer already in memory (a small file, standard input,
/// a FIFO, the tests), or a large regular file read one piece at a time, so memory holds a few
/// pieces rather than the whole file. Each piece ends after a record (`RecordBoundary`), so the
/// pieces can be parsed each on its own core. Used on the loading thread only.
final class PieceSource {
    /// Read into memory whole below this size: a pass costs little, and memory mode keeps the
    /// order of errors of one pass (invalid UTF-8 anywhere is reported first).
    static let wholeFileLimit = 32 << 20
    /// About 70,000 rows of a generated study: large enough that merging costs little, small
    /// enough that a batch of them is a few dozen MB.
    static let defaultPieceSize = 8 << 20

    let fileName: String
    let pieceSize: Int
    private let whole: [UInt8]
    private let reader: ChunkedFileReader?
    /// Memory mode: where the next piece starts. File mode: bytes read past the last piece.
    private var position = 0
    private var carry: [UInt8] = []
    private var atEnd = false
    private var dataOffset = 0

    init(bytes: [UInt8], fileName: String, pieceSize: Int = defaultPieceSize) {
        self.whole = bytes
        self.reader = nil
        self.fileName = fileName
        self.pieceSize = max(1, pieceSize)
    }

    /// `path` read a piece at a time when it is a regular file larger than `wholeFileLimit`,
    /// else read whole.
    init(path: String, pieceSize: Int = defaultPieceSize, wholeFileLimit: Int = wholeFileLimit,
         interrupted: () -> Bool) throws(CSVLoadError) {
        self.fileName = path
        self.pieceSize = max(1, pieceSize)
        do {
            if let reader = try ChunkedFileReader(path: path), reader.size > wholeFileLimit {
                self.reader = reader
                self.whole = []
            } else {
                self.reader = nil
                self.whole = try FileReading.contents(of: path, interrupted: interrupted)
            }
        } catch {
            throw CSVLoadError(file: path, line: 0, column: 0, message: error.reason)
        }
    }

    /// Whether the whole file is in memory (and so was checked as UTF-8 before any piece).
    var isInMemory: Bool { reader == nil }

    /// The first bytes, holding at least the first record (the header) unless the file ends
    /// before it; in memory mode the whole file. Offsets in it are the file's.
    func prefix(interrupted: () -> Bool) throws(CSVLoadError) -> [UInt8] {
        guard let reader else { return whole }
        while !atEnd {
            let n = try read(pieceSize, from: reader, interrupted: interrupted)
            if n < pieceSize { atEnd = true }
            let hasRecord = carry.withUnsafeBufferPointer { buffer in
                RecordBoundary.lastCut(in: buffer).map { cut in buffer[0..<cut].contains { $0 != ASCII.lf && $0 != ASCII.cr } } ?? false
            }
            if hasRecord { break }
        }
        return carry
    }

    /// The data rows begin at `offset` (past the header); the next piece starts there.
    func startData(at offset: Int) {
        dataOffset = offset
        if reader == nil {
            position = offset
        } else {
            carry.removeSubrange(0..<min(offset, carry.count))
        }
    }

    /// Starts another pass over the data rows.
    func rewind(interrupted: () -> Bool) throws(CSVLoadError) {
        guard let reader else {
            position = dataOffset
            return
        }
        do { try reader.rewind() } catch { throw CSVLoadError(file: fileName, line: 0, column: 0, message: error.reason) }
        carry = []
        atEnd = false
        var skipped = 0
        while skipped < dataOffset {
            let n = try read(dataOffset - skipped, from: reader, interrupted: interrupted)
            if n == 0 { break }
            skipped += n
            carry = []
        }
    }

    /// The next piece, nil at the end of the data.
    func next(interrupted: () -> Bool) throws(CSVLoadError) -> MatrixPiece? {
        guard let reader else { return nextInMemory() }
        let offset = reader.offset - carry.count
        if !atEnd, carry.count < pieceSize {
            let want = pieceSize - carry.count
            if try read(want, from: reader, interrupted: interrupted) < want { atEnd = true }
        }
        while true {
            if carry.isEmpty { return nil }
            let block = carry
            if let cut = block.withUnsafeBufferPointer({ RecordBoundary.lastCut(in: $0) }) {
                carry = Array(block[cut...])
                return MatrixPiece(bytes: block[0..<cut], offset: offset)
            }
            if atEnd {
                carry = []
                return MatrixPiece(bytes: block[...], offset: offset)
            }
            // One record longer than a piece: read on until it ends.
            if try read(pieceSize, from: reader, interrupted: interrupted) < pieceSize { atEnd = true }
        }
    }

    /// Ends a pass: a file read in pieces must not have changed meanwhile.
    func finishPass() throws(CSVLoadError) {
        guard let reader else { return }
        do { try reader.finish() } catch { throw CSVLoadError(file: fileName, line: 0, column: 0, message: error.reason) }
    }

    /// Bytes of an earlier piece again, for an error's line.
    func bytes(at offset: Int, count: Int) throws(CSVLoadError) -> [UInt8] {
        guard let reader else { return Array(whole[offset..<(offset + count)]) }
        do { return try reader.bytes(at: offset, count: count) } catch {
            throw CSVLoadError(file: fileName, line: 0, column: 0, message: error.reason)
        }
    }

    /// How many rows to make room for, given the first piece: in memory the line breaks left
    /// (as many as there are records, or more); for a file the first piece's rate, with a margin.
    func expectedRows(firstPieceRows rows: Int, bytes: Int) -> Int {
        guard let reader else { return Self.lineCount(whole, from: dataOffset) }
        guard rows > 0, bytes > 0 else { return rows }
        let rest = Double(reader.size - dataOffset)
        return Int(rest / Double(bytes) * Double(rows) * 1.03) + 64
    }

    /// Pieces parsed at once: one per core.
    static let workers: Int = max(1, min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    private func nextInMemory() -> MatrixPiece? {
        guard position < whole.count else { return nil }
        let start = position
        var end = min(start + pieceSize, whole.count)
        while end < whole.count {
            if let cut = whole.withUnsafeBufferPointer({ RecordBoundary.lastCut(in: UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
                end = start + cut
                break
            }
            end = min(start + 2 * (end - start), whole.count)
        }
        position = end
        return MatrixPiece(bytes: whole[start..<end], offset: start)
    }

    private func read(_ count: Int, from reader: ChunkedFileReader, interrupted: () -> Bool) throws(CSVLoadError) -> Int {
        do { return try reader.read(count, appendingTo: &carry, interrupted: interrupted) } catch {
            throw CSVLoadError(file: fileName, line: 0, column: 0, message: error.reason)
        }
    }

    private static func lineCount(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count else { return 0 }
            var count = 1, offset = start
            while offset < buffer.count, let hit = memchr(base + offset, Int32(ASCII.lf), buffer.count - offset) {
                count += 1
                offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
            }
            return count
        }
    }
}
