import SystemPackage

/// A write that failed: where to, and why, in the one wording of `FileReading.describe`.
public struct FileWriteError: Error, Sendable, Hashable {
    public var destination: String
    public var reason: String
    /// The reader of a pipe has gone: a batch run ends quietly on it, as `head` expects.
    public var isBrokenPipe: Bool

    public init(destination: String, reason: String, isBrokenPipe: Bool = false) {
        self.destination = destination
        self.reason = reason
        self.isBrokenPipe = isBrokenPipe
    }
}

/// Writing through write(2), every byte or an error: a full disk, a closed descriptor or a gone
/// reader is reported, never dropped.
public enum FileWriting {
    /// Writes all of `bytes` to `fd`; `destination` names it in the error.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: FileDescriptor,
                                destination: String) throws(FileWriteError) {
        var offset = 0
        while offset < bytes.count {
            let result: Result<Int, Errno>
            do {
                result = .success(try fd.write(UnsafeRawBufferPointer(rebasing: bytes[offset...])))
            } catch let errno as Errno {
                result = .failure(errno)
            } catch {
                result = .failure(.ioError)
            }
            switch result {
            case .success(0):
                throw FileWriteError(destination: destination, reason: FileReading.describe(Errno.noSpace))
            case .success(let written):
                offset += written
            case .failure(let errno):
                throw FileWriteError(destination: destination, reason: FileReading.describe(errno),
                                     isBrokenPipe: errno == .brokenPipe)
            }
        }
    }

    public static func writeAll(_ text: String, to fd: FileDescriptor, destination: String) throws(FileWriteError) {
        var text = text
        // withUTF8 rethrows untyped errors: carry the typed one out as a result.
        let result: Result<Void, FileWriteError> = text.withUTF8 { buffer in
            Result { () throws(FileWriteError) in try writeAll(UnsafeRawBufferPointer(buffer), to: fd, destination: destination) }
        }
        try result.get()
    }

    /// Writes a whole file the safe way: into a temporary file beside it, flushed to disk, then
    /// renamed over `path`. A failure removes the temporary file, so a half-written export never
    /// looks complete.
    public static func replaceFile(at path: String, permissions: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead],
                                   _ produce: (_ write: (String) throws(FileWriteError) -> Void) throws(FileWriteError) -> Void)
        throws(FileWriteError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec],
                                         permissions: permissions)
        } catch {
            throw FileWriteError(destination: path, reason: FileReading.describe(error))
        }
        do throws(FileWriteError) {
            try produce { text throws(FileWriteError) in try writeAll(text, to: fd, destination: path) }
            if fsync(fd.rawValue) != 0 { throw FileWriteError(destination: path, reason: FileReading.describe(Errno.current)) }
            do { try fd.close() } catch { throw FileWriteError(destination: path, reason: FileReading.describe(error)) }
            if rename(temporary, path) != 0 { throw FileWriteError(destination: path, reason: FileReading.describe(Errno.current)) }
        } catch {
            try? fd.close()
            _ = unlink(temporary)
            throw error
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Errno {
    /// errno after a failed libc call that swift-system does not wrap (fsync, rename).
    static var current: Errno { Errno(rawValue: errno) }
}
