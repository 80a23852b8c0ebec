import CaseShell

// Arbitrary bytes as a script (`caseql FILE`, `.read FILE`, piped input): the splitter must cut
// it into dot-commands and statements without trapping, and its chunks must make sense.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let chunks = ScriptSplitter.split(text)
    // Each chunk starts on a later line than the one before, and on a line the script has.
    let lineCount = text.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
    var previousLine = 0
    for chunk in chunks {
        precondition(chunk.line > previousLine && chunk.line <= lineCount, "chunk on line \(chunk.line) after line \(previousLine)")
        previousLine = chunk.line
        switch chunk.kind {
        case .dotCommand(let command):
            precondition(command.hasPrefix("."), "a dot-command that does not start with '.'")
        case .statements(let statements):
            // Lines of spaces and tabs are skipped; other whitespace (a form feed) is the lexer's to judge.
            precondition(statements.unicodeScalars.contains { !" \t\r\n".unicodeScalars.contains($0) }, "a blank statement chunk")
        }
    }
    return 0
}
