#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Set by the SIGINT handler; lock-free, so storing to it is safe inside a signal handler.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C handling for the whole process.
///
/// The handler only sets a flag. It is installed without `SA_RESTART`, so a blocking read in the
/// line editor returns with `EINTR` and the editor reports `.interrupted`; a long-running query can
/// poll `wasRequested` and stop early.
public enum Interrupt {
    /// Installs the SIGINT handler. Safe to call more than once.
    public static func install() {
        // Touch the global before the handler can run, so the handler never initialises it.
        interruptRequested.store(false, ordering: .relaxed)
        // No SA_RESTART: a blocked read must return EINTR.
        SignalAction.set(SIGINT, { _ in interruptRequested.store(true, ordering: .relaxed) }, restart: false)
    }

    /// Whether Ctrl-C was pressed since the last `reset()`.
    public static var wasRequested: Bool {
        interruptRequested.load(ordering: .relaxed)
    }

    /// Clears the flag, e.g. before running the next statement.
    public static func reset() {
        interruptRequested.store(false, ordering: .relaxed)
    }
}
