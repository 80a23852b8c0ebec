#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file without Foundation (whose start-up cost a one-shot query would pay):
/// mapped into memory when it is a regular file, read in chunks otherwise (a pipe, /dev/stdin).
enum FileBytes {
    static func withContents<R>(of path: String,
                                _ body: (UnsafeBufferPointer<UInt8>, PageRelease) throws(CSVLoadError) -> R) throws(CSVLoadError) -> R {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path, StudyFile.describe(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, StudyFile.describe(errno: errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw failure(path, "is a directory") }
        let size = Int(info.st_size)
        if (info.st_mode & S_IFMT) == S_IFREG, size > 0,
           let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED {
            defer { munmap(mapped, size) }
            return try body(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size),
                            PageRelease(mapping: mapped))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, StudyFile.describe(errno: errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(CSVLoadError) in try body(buffer, PageRelease(mapping: nil)) }
    }

    private static func failure(_ path: String, _ message: String) -> CSVLoadError {
        CSVLoadError(file: path, line: 0, column: 0, message: message)
    }
}

/// Gives back the pages of a mapped file that a pass has moved beyond, so reading a 100 MB matrix
/// does not keep 100 MB resident on top of the columns built from it. The pages are clean file
/// pages: touching them again (an error message, a second look at a column) reads them back.
struct PageRelease {
    private let mapping: UnsafeMutableRawPointer?
    /// Release in steps this large; smaller steps would only add system calls.
    static let step = 1 << 22

    init(mapping: UnsafeMutableRawPointer?) {
        self.mapping = mapping
    }

    static var none: PageRelease { PageRelease(mapping: nil) }

    /// Releases the whole pages inside `range` (byte offsets into the mapping).
    func release(_ range: Range<Int>) {
        guard let mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, Int32(MADV_DONTNEED))
    }
}
