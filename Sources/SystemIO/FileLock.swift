import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file of its own. A file that is replaced by renaming cannot carry
/// its own lock: each save renames a new file over it, and a lock on the old inode would not stop
/// a process that opened the new one. The lock file is never removed (removing it would race with
/// a locker).
public enum FileLock {
    /// Runs `body` while holding the lock on `path` (created with `permissions` if missing). Waits
    /// up to `timeout` seconds for another holder (a stopped process must not hang this one),
    /// polling, so Ctrl-C or a signal never leaves the wait half done. A history save holds the
    /// lock for one read, merge, fsync and rename: milliseconds, but seconds on a loaded machine
    /// with a slow disk (2 s was seen to fail ten concurrent savers at a load average of 20), so
    /// the wait is 10 s.
    public static func withExclusiveLock<T>(
        on path: String, permissions: FilePermissions, timeout: Double = 10, _ body: () throws(FileWriteError) -> T
    ) throws(FileWriteError) -> T {
        let fd = try FileWriting.open(path, .readWrite, options: [.create, .noFollow, .closeOnExec], permissions: permissions,
                                      naming: path, operation: "create the lock file")
        defer { try? fd.close() }  // closing releases the lock
        let pollInterval: useconds_t = 10_000
        var waited = 0.0
        while flock(fd.rawValue, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw FileWriteError(destination: path, reason: FileReading.describe(Errno.current), operation: "lock")
            }
            guard waited < timeout else {
                // Only caseql takes these locks (PATH.lock beside its own files), so the holder is one.
                throw FileWriteError(destination: path, reason: "another caseql has held it for \(Int(timeout)) s",
                                     operation: "lock")
            }
            usleep(pollInterval)
            waited += Double(pollInterval) / 1_000_000
        }
        return try body()
    }
}
