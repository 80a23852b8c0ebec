import CaseQL
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
        /// The possible answers while a quiz question is asked; nil otherwise.
        var quizAnswers: [String]?
    }

    private let state: Mutex<State>

    init(_ completer: Completer) {
        state = Mutex(State(completer: completer))
    }

    func complete(_ line: String) -> Completion {
        let (completer, pending, isActive, answers) = state.withLock { ($0.completer, $0.pending, $0.isActive, $0.quizAnswers) }
        if let answers { return Self.completeAnswer(line, among: answers) }
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
            $0.quizAnswers = nil
        }
    }

    /// While a quiz question is asked, Tab completes its answers.
    func setQuizAnswers(_ answers: [String]) {
        state.withLock { $0.quizAnswers = answers }
    }

    /// The answer being typed (after the last comma: several may be given) completed from `answers`.
    static func completeAnswer(_ line: String, among answers: [String]) -> Completion {
        let separators: Set<Character> = [",", "，", "、"]
        var start = line.lastIndex(where: { separators.contains($0) }).map { line.index(after: $0) } ?? line.startIndex
        while start < line.endIndex, line[start] == " " { start = line.index(after: start) }
        let typed = Vocabulary.key(String(line[start...]))
        var seen = Set<String>()
        let matches = answers.filter { Vocabulary.key($0).hasPrefix(typed) && seen.insert($0).inserted }
        return Completion(replaceFrom: line.utf8.distance(from: line.utf8.startIndex, to: start.samePosition(in: line.utf8)!),
                          candidates: matches, appendsSpace: false)
    }

    func pause() {
        state.withLock { $0.isActive = false }
    }
}
