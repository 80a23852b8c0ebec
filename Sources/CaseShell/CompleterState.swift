import LineEditor
import Synchronization

/// What the line editor's completion callback needs from the running shell: the completer for the
/// loaded study and the earlier lines of an unfinished statement. libedit calls back on the
/// shell's own thread, but the callback must be `@Sendable`, hence the lock.
final class CompletionState: Sendable {
    private struct State {
        var completer: Completer
        var pending = ""
        /// Off while the shell reads something other than a statement (the tour's pager).
        var isActive = true
    }

    private let state: Mutex<State>

    init(_ completer: Completer) {
        state = Mutex(State(completer: completer))
    }

    func complete(_ line: String) -> Completion {
        let (completer, pending, isActive) = state.withLock { ($0.completer, $0.pending, $0.isActive) }
        return isActive ? completer.complete(line: line, preceding: pending) : .none
    }

    /// After `.open`: completion follows the newly loaded study.
    func replaceCompleter(_ completer: Completer) {
        state.withLock { $0.completer = completer }
    }

    func setPending(_ pending: String) {
        state.withLock {
            $0.pending = pending
            $0.isActive = true
        }
    }

    func pause() {
        state.withLock { $0.isActive = false }
    }
}
