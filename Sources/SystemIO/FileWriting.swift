import SystemPackage

/// A write that failed: where to, and why, in the one wording of `FileReading.describe`.
public struct FileWriteError: Error, Sendable, Hashable {
    public var destination: String
    public var reason: String
    /// The reader of a pipe has gone: a batch run ends quietly on it, as `head` expects.
    public var isBrokenPipe: Bool
    /// The step that failed, as a verb for "cannot OPERATION DESTINATION" ("sync", "replace"):
    /// an atomic replace has several, and which one failed tells a full disk from a bad directory.
    public var operation: String

    public init(destination: String, reason: String, isBrokenPipe: Bool = false, operation: String = "write") {
        self.destination = destination
        self.reason = reason
        self.isBrokenPipe = isBrokenPipe
        self.operation = operation
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
        let fd = try open(temporary, .writeOnly, options: [.create, .truncate, .closeOnExec], permissions: permissions,
                          naming: path)
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

extension FileWriting {
    /// open(2) for writing, a failure worded as every other: `destination` and `operation` are
    /// what the error names (the file a user asked for, which may not be the one opened).
    static func open(_ path: String, _ mode: FileDescriptor.AccessMode, options: FileDescriptor.OpenOptions,
                     permissions: FilePermissions, naming destination: String,
                     operation: String = "write") throws(FileWriteError) -> FileDescriptor {
        do {
            return try FileDescriptor.open(FilePath(path), mode, options: options, permissions: permissions)
        } catch {
            throw FileWriteError(destination: destination, reason: FileReading.describe(error), operation: operation)
        }
    }

    /// Replaces `path` with `bytes` so that a crash leaves either the old or the new file, never a
    /// torn one, for files that several processes share (a history): `temporaryName` is created
    /// beside `path` exclusively (never another writer's file), given exactly `permissions` (open
    /// filters them through the umask), written, fsynced and renamed over `path`; then the
    /// directory is fsynced so the rename itself survives a crash. A failure removes the
    /// temporary file and names the step; a crash before the rename leaves it for the caller
    /// to recognise by its name.
    public static func replaceAtomically(_ path: String, with bytes: [UInt8], temporaryName: String,
                                         permissions: FilePermissions) throws(FileWriteError) {
        let directory = FileSystem.parentDirectory(of: path)
        let temporary = directory + "/" + temporaryName
        let fd = try open(temporary, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec], permissions: permissions,
                          naming: temporary, operation: "create")
        var failure: FileWriteError?
        if fchmod(fd.rawValue, permissions.rawValue) != 0 {
            failure = FileWriteError(destination: temporary, reason: FileReading.describe(Errno.current), operation: "set the mode of")
        }
        if failure == nil {
            // withUnsafeBytes rethrows untyped errors: carry the typed one out as a result.
            let written: Result<Void, FileWriteError> = bytes.withUnsafeBytes { buffer in
                Result { () throws(FileWriteError) in try writeAll(buffer, to: fd, destination: temporary) }
            }
            if case .failure(let error) = written { failure = error }
        }
        if failure == nil, fsync(fd.rawValue) != 0 {
            failure = FileWriteError(destination: temporary, reason: FileReading.describe(Errno.current), operation: "sync")
        }
        do { try fd.close() } catch {
            if failure == nil { failure = FileWriteError(destination: temporary, reason: FileReading.describe(error), operation: "close") }
        }
        if failure == nil, rename(temporary, path) != 0 {
            failure = FileWriteError(destination: path, reason: FileReading.describe(Errno.current), operation: "replace")
        }
        if let failure {
            _ = unlink(temporary)
            throw failure
        }
        // Failing here loses nothing already written.
        if let directoryFD = try? FileDescriptor.open(FilePath(directory), .readOnly, options: [.directory, .closeOnExec]) {
            _ = fsync(directoryFD.rawValue)
            try? directoryFD.close()
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
