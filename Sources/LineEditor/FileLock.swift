#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file of its own. The history file itself cannot carry the lock:
/// each save renames a new file over it, and a lock on the old inode would not stop a process that
/// opened the new one. The lock file is never removed (removing it would race with a locker).
enum FileLock {
    /// Runs `body` while holding the lock on `path` (created 0600 if missing). Waits up to
    /// `timeout` seconds for another holder (a stopped shell must not hang this one), polling,
    /// so Ctrl-C or a signal never leaves the wait half done. A save holds the lock for one read,
    /// merge, fsync and rename: milliseconds, but seconds on a loaded machine with a slow disk
    /// (2 s was seen to fail ten concurrent savers at a load average of 20), so the wait is 10 s.
    static func withExclusiveLock<T>(
        on path: String, timeout: Double = 10, _ body: () throws(PosixFile.Failure) -> T
    ) throws(PosixFile.Failure) -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, HistoryStore.fileMode)
        if descriptor < 0 { throw PosixFile.Failure(operation: "create the lock file", path: path, code: errno) }
        defer { close(descriptor) }  // closing releases the lock
        let pollInterval: useconds_t = 10_000
        var waited = 0.0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw PosixFile.Failure(operation: "lock", path: path, code: errno)
            }
            guard waited < timeout else {
                throw PosixFile.Failure(operation: "lock", path: path,
                                        reason: "another caseql has held it for \(Int(timeout)) s")
            }
            usleep(pollInterval)
            waited += Double(pollInterval) / 1_000_000
        }
        return try body()
    }
}
