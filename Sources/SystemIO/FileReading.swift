import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read, or changed while it was: what a loader reports, with the one
/// wording every part of caseql uses.
public struct FileReadError: Error, Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Reading whole files through read(2), never a memory map: a mapped file that another process
/// truncates turns the next touch of a vanished page into SIGBUS, which would end a shell session.
/// Read into our own memory, a shrinking or rewritten file is noticed and reported instead.
public enum FileReading {
    /// Reads `path` ("-" is standard input) to its end. `limit` bounds what is accepted, so a
    /// device that never ends cannot exhaust memory; `interrupted` is polled between chunks, so
    /// Ctrl-C stops a long read or a FIFO that delivers slowly.
    public static func contents(of path: String, limit: Int = 4 << 30,
                                interrupted: () -> Bool = { false }) throws(FileReadError) -> [UInt8] {
        let fd: FileDescriptor
        let ownsDescriptor = path != "-"
        if ownsDescriptor {
            do {
                fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
            } catch {
                throw FileReadError(path: path, reason: describe(error))
            }
        } else {
            fd = .standardInput
        }
        defer { if ownsDescriptor { try? fd.close() } }
        let before: Stat
        do { before = try fd.stat() } catch { throw FileReadError(path: path, reason: describe(error)) }
        if before.type == .directory { throw FileReadError(path: path, reason: "is a directory") }
        let isRegular = before.type == .regular
        let expected = Int(before.size)
        if isRegular, expected > limit { throw tooLarge(path, expected, limit) }
        let bytes = try readAll(from: fd, path: path, expectedSize: isRegular ? expected : nil, limit: limit,
                                interrupted: interrupted)
        if isRegular {
            let after = try? fd.stat()
            let changed = after.map { $0.size != before.size || $0.st_mtim.tv_sec != before.st_mtim.tv_sec
                || $0.st_mtim.tv_nsec != before.st_mtim.tv_nsec } ?? true
            if changed || bytes.count != expected {
                throw FileReadError(path: path, reason: "the file changed while it was read (\(expected) bytes at the start, "
                                    + "\(bytes.count) read); load it again once it is written")
            }
        }
        return bytes
    }

    /// Reads an open descriptor from where it stands to its end; `path` names it in errors.
    /// `expectedSize` (a regular file's size) sizes the buffer once; `limit` and `interrupted` are
    /// those of `contents(of:)`.
    public static func readAll(from fd: FileDescriptor, path: String, expectedSize: Int? = nil, limit: Int = 4 << 30,
                               interrupted: () -> Bool = { false }) throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expectedSize ?? 1 << 16)
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            if interrupted() { throw FileReadError(path: path, reason: "reading was interrupted") }
            let count: Int
            do {
                // A signal (Ctrl-C) ends the wait on an idle FIFO: no retry, so the flag is seen.
                count = try chunk.withUnsafeMutableBytes { try fd.read(into: $0, retryOnInterrupt: false) }
            } catch Errno.interrupted {
                continue
            } catch {
                throw FileReadError(path: path, reason: describe(error))
            }
            if count == 0 { return bytes }
            if bytes.count + count > limit { throw tooLarge(path, bytes.count + count, limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The whole regular file at `path`, or nil when nothing is there: for a file a program keeps
    /// for itself (a history), which must never hang it. Anything but a regular file is refused
    /// before a byte is read: the open does not wait for a FIFO's writer, nor the read for a device.
    public static func regularFileIfPresent(_ path: String) throws(FileReadError) -> [UInt8]? {
        let fd: FileDescriptor
        do {
            // O_NOCTTY, which swift-system does not name: a terminal device must not become ours.
            fd = try FileDescriptor.open(FilePath(path), .readOnly,
                                         options: [.nonBlocking, .closeOnExec, FileDescriptor.OpenOptions(rawValue: O_NOCTTY)])
        } catch Errno.noSuchFileOrDirectory {
            return nil
        } catch {
            throw FileReadError(path: path, reason: describe(error))
        }
        defer { try? fd.close() }
        let status: Stat
        do { status = try fd.stat() } catch { throw FileReadError(path: path, reason: describe(error)) }
        if case .other(let what) = FileSystem.Kind(status) {
            throw FileReadError(path: path, reason: "it is \(what), not a regular file")
        }
        return try readAll(from: fd, path: path, expectedSize: Int(status.size))
    }

    /// The first bytes of a file, for telling formats apart; empty when it cannot be read.
    public static func prefix(of path: String, count: Int) -> [UInt8] {
        guard path != "-", let fd = try? FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec]) else { return [] }
        defer { try? fd.close() }
        var buffer = [UInt8](repeating: 0, count: count)
        let n = (try? buffer.withUnsafeMutableBytes { try fd.read(into: $0) }) ?? 0
        return Array(buffer[0..<n])
    }

    private static func tooLarge(_ path: String, _ size: Int, _ limit: Int) -> FileReadError {
        FileReadError(path: path, reason: "file is too large (\(size) bytes; the limit is \(limit >> 20) MB)")
    }

    /// The one wording of a failed system call, for every reader and writer.
    public static func describe(_ error: any Error) -> String {
        guard let errno = error as? Errno else { return "cannot be read: \(error)" }
        return describe(errno)
    }

    public static func describe(_ errno: Errno) -> String {
        switch errno {
        case .noSuchFileOrDirectory: return "no such file"
        case .permissionDenied: return "permission denied"
        case .isDirectory: return "is a directory"
        case .notDirectory: return "no such file (a part of the path is not a directory)"
        case .noSpace: return "no space left on the device (ENOSPC)"
        case .brokenPipe: return "the reader has gone (EPIPE)"
        case .badFileDescriptor: return "not open (EBADF)"
        default: return "\(errno) (errno \(errno.rawValue))"
        }
    }
}
