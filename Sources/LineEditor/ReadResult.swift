/// What one call to `LineEditor.readLine(prompt:)` produced.
public enum ReadResult: Sendable, Equatable {
    /// A line the user entered, without its line break.
    case line(String)
    /// The user pressed Ctrl-C: the line being typed is abandoned, the shell should prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the input closed.
    case endOfInput
}
