#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit
import Synchronization

/// True while `readline` runs, i.e. while libedit may hold the terminal in raw mode.
private let editing = Atomic<Bool>(false)

/// The signals libedit would otherwise catch, handled so that they reach this process only.
///
/// libedit's own handlers (`rl_catch_signals`) restore the terminal and then re-send the signal
/// with `kill(0, signo)`, to the whole process group: under `sh -c 'caseql; echo after'`, which
/// has no job control and so shares caseql's group, a SIGTERM for caseql killed the shell too.
/// These handlers do what libedit's did, for this process alone: put the terminal back into cooked
/// mode before caseql dies or stops, back into raw mode with the line redrawn when it continues,
/// and follow a window resize. (Like libedit's, they call libedit from the handler, while the
/// main thread is blocked in `read`.) SIGINT stays with `Interrupt`.
enum TerminalSignals {
    /// Installs the handlers; a signal ignored when caseql started (`nohup`) stays ignored.
    static func install() {
        editing.store(false, ordering: .relaxed)
        for signal in [SIGTERM, SIGHUP, SIGQUIT] where !SignalAction.isIgnored(signal) {
            SignalAction.set(signal, ending, restart: true)
        }
        if !SignalAction.isIgnored(SIGTSTP) { SignalAction.set(SIGTSTP, stopping, restart: true) }
        // SA_RESTART: a resize, or a stop and `fg`, must not end the read the user is typing in
        // (libedit would report it as an interrupted line).
        SignalAction.set(SIGWINCH, resizing, restart: true)
    }

    /// Runs `read` (a `readline` call) with the handlers knowing the terminal may be raw.
    static func whileEditing<T>(_ read: () -> T) -> T {
        editing.store(true, ordering: .relaxed)
        defer { editing.store(false, ordering: .relaxed) }
        return read()
    }

    private static let ending: SignalAction.Handler = { signal in
        if editing.load(ordering: .relaxed) { rl_deprep_terminal() }
        SignalAction.set(signal, nil, restart: false)
        // To this process only; the default action ends it as the handler returns.
        raise(signal)
    }

    private static let stopping: SignalAction.Handler = { signal in
        let wasEditing = editing.load(ordering: .relaxed)
        if wasEditing { rl_deprep_terminal() }
        SignalAction.set(signal, nil, restart: false)
        raise(signal)
        // The signal is blocked while its handler runs; unblocking it stops the process here,
        // and `fg` (SIGCONT) resumes right after.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, signal)
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        SignalAction.set(signal, TerminalSignals.stopping, restart: true)
        if wasEditing {
            rl_prep_terminal(1)
            rl_forced_update_display()
        }
    }

    private static let resizing: SignalAction.Handler = { _ in
        if editing.load(ordering: .relaxed) { rl_resize_terminal() }
    }
}
