#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit
import Synchronization

/// The completer libedit's C callback calls. libedit's callback cannot capture context, so the
/// closure lives in a global; the mutex makes that global acceptable to strict concurrency.
private let installedCompleter = Mutex<(@Sendable (String) -> Completion)?>(nil)

enum CompletionBridge {
    static func install(_ completer: (@Sendable (String) -> Completion)?) {
        installedCompleter.withLock { $0 = completer }
        // No word-break characters: libedit's word is then the whole line up to the cursor, and
        // `CompletionMatches` rebuilds that line with the completer's word replaced.
        caseql_rl_disable_word_breaks()
        // Always our function, even without a completer: libedit's fallback would complete the
        // whole line as a file name.
        caseql_rl_set_attempted_completion(attemptCompletion)
    }
}

/// libedit's `rl_attempted_completion_function`: `text` is the line up to the cursor (UTF-8),
/// the result a malloc'ed, NULL-terminated array of strdup'ed strings that libedit frees:
/// the replacement first, then the candidates to list.
private func attemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Never fall back to libedit's file-name completion: it would complete the whole line.
    caseql_rl_set_attempted_completion_over(1)
    guard let text, let completer = installedCompleter.withLock({ $0 }) else { return nil }
    let line = String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
    guard let matches = CompletionMatches(line: line, completion: completer(line)) else { return nil }
    caseql_rl_set_completion_append_character(matches.appendsSpace ? 0x20 : 0)

    let strings = [matches.replacement] + matches.listed
    // One slot more than the NULL terminator needs: with a single match libedit reads the entry
    // after the replacement as well, and an uninitialised one there lost the trailing space.
    let slots = strings.count + 2
    guard let array = malloc(slots * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
        .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: slots)
    else { return nil }
    for (offset, string) in strings.enumerated() {
        guard let copy = strdup(string) else {
            // libedit reads the first entry unconditionally: hand back all or nothing.
            for earlier in 0..<offset { free(array[earlier]) }
            free(array)
            return nil
        }
        array[offset] = copy
    }
    array[strings.count] = nil
    array[strings.count + 1] = nil
    return array
}
