#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives back the pages of a mapped file that a pass has moved beyond. Files are read into memory
/// now (SystemIO's FileReading: a mapped file truncated by another process would raise SIGBUS),
/// so every reader passes `.none`; the hook stays for a streaming reader to release its buffers.
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
