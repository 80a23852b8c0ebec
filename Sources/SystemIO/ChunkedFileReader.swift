import SystemPackage

/// A regular file read in bounded pieces through read(2), for loaders that parse a file larger
/// than they want to hold: memory stays at a few chunks however large the file is. Like
/// `FileReading.contents`, it never maps the file, and it notices a file that changes while it is
/// read (a different size or modification time, or fewer or more bytes than the size said) —
/// `finish()` reports it, and so does every later pass or look back (`rewind`, `bytes(at:count:)`).
///
/// Not for FIFOs or standard input: a pass may be repeated and earlier bytes looked at again.
public final class ChunkedFileReader {
    public let path: String
    /// The size at opening; every pass must read exactly this many bytes.
    public let size: Int
    private let fd: FileDescriptor
    private let opened: Stat
    /// Bytes delivered in the current pass.
    public private(set) var offset = 0

    /// Opens `path`; nil (not an error) when it is not a regular file, so the caller can read it
    /// whole instead.
    public init?(path: String) throws(FileReadError) {
        guard path != "-" else { return nil }
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
        } catch {
            throw FileReadError(path: path, reason: FileReading.describe(error))
        }
        let stat: Stat
        do { stat = try fd.stat() } catch {
            try? fd.close()
            throw FileReadError(path: path, reason: FileReading.describe(error))
        }
        guard stat.type == .regular else {
            try? fd.close()
            return nil
        }
        self.path = path
        self.fd = fd
        self.opened = stat
        self.size = Int(stat.size)
    }

    deinit { try? fd.close() }

    /// Appends up to `count` bytes of the file to `buffer` and returns how many; fewer only at
    /// the end of the file. `interrupted` is polled before each read, so Ctrl-C stops a long load
    /// between chunks.
    @discardableResult
    public func read(_ count: Int, appendingTo buffer: inout [UInt8],
                     interrupted: () -> Bool = { false }) throws(FileReadError) -> Int {
        let start = buffer.count
        var filled = 0
        var failure: FileReadError?
        // A new array, uninitialised past the bytes kept: zero-filling what read(2) is about to
        // overwrite would be one more pass over every byte of the file.
        let kept = buffer
        buffer = [UInt8](unsafeUninitializedCapacity: start + count) { raw, initialized in
            kept.withUnsafeBufferPointer { old in
                if let from = old.baseAddress, let to = raw.baseAddress { to.initialize(from: from, count: start) }
            }
            let target = UnsafeMutableRawBufferPointer(raw)
            while filled < count {
                if interrupted() { failure = FileReadError(path: path, reason: "reading was interrupted"); break }
                let n: Int
                do {
                    n = try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: target[(start + filled)..<(start + count)]),
                                    retryOnInterrupt: false)
                } catch Errno.interrupted {
                    continue
                } catch {
                    failure = FileReadError(path: path, reason: FileReading.describe(error))
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialized = start + filled
        }
        offset += filled
        if let failure { throw failure }
        // The end before the size at opening (a file truncated meanwhile), or bytes beyond it:
        // reported now, before a loader parses a torn last row.
        if offset > size || (filled < count && offset < size) { throw changed() }
        return filled
    }

    /// Whether the pass has delivered every byte the file had at opening.
    public var isAtEnd: Bool { offset >= size }

    /// Ends a pass: the file must still be what it was at opening and have been read to its end.
    public func finish() throws(FileReadError) {
        var probe = [UInt8](repeating: 0, count: 1)
        let extra = (try? probe.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
        if extra != 0 || offset != size || !isUnchanged() { throw changed() }
    }

    /// Starts another pass from the first byte.
    public func rewind() throws(FileReadError) {
        guard isUnchanged() else { throw changed() }
        do { try fd.seek(offset: 0, from: .start) } catch { throw FileReadError(path: path, reason: FileReading.describe(error)) }
        offset = 0
    }

    /// `count` bytes at `position`, read again for a look back (an error's line); the current
    /// pass is not disturbed.
    public func bytes(at position: Int, count: Int) throws(FileReadError) -> [UInt8] {
        guard isUnchanged() else { throw changed() }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n: Int
            do {
                n = try bytes.withUnsafeMutableBytes {
                    try fd.read(fromAbsoluteOffset: Int64(position + filled), into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
                }
            } catch {
                throw FileReadError(path: path, reason: FileReading.describe(error))
            }
            if n == 0 { throw changed() }
            filled += n
        }
        return bytes
    }

    private func isUnchanged() -> Bool {
        guard let now = try? fd.stat() else { return false }
        return now.size == opened.size && now.st_mtim.tv_sec == opened.st_mtim.tv_sec
            && now.st_mtim.tv_nsec == opened.st_mtim.tv_nsec
    }

    private func changed() -> FileReadError {
        FileReadError(path: path, reason: "the file changed while it was read (\(size) bytes at the start, "
                      + "\(offset) read); load it again once it is written")
    }
}
