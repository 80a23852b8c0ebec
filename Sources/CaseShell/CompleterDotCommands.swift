import CaseModel
import CaseQL
import CaseRender
import LineEditor

extension Completer {
    static let dotCommandNames = DotCommand.allCases.map(\.name)

    /// The line without its indentation when it is a dot-command (a statement never starts with `.`).
    static func dotCommandLine(_ line: String) -> Substring? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.hasPrefix(".") ? trimmed : nil
    }

    /// `.NAME` itself, then its argument: files, formats, languages, on/off, help topics.
    func completeDotCommand(line: String, command: Substring) -> Completion {
        let word = WordAtCursor(in: line)
        let before = String(decoding: line.utf8.prefix(word.start), as: UTF8.self)
        let words = Session.words(String(before.drop { $0 == " " || $0 == "\t" }))
        guard let first = words.first else {
            return Completion(replacing: word, candidates: Self.matching(Self.dotCommandNames, typed: word.text))
        }
        let argument = words.count - 1
        guard let command = DotCommand(named: first) else { return .none }
        let choices: [String]
        switch command.spec.completion {
        case .files(let count):
            guard argument < count else { return .none }
            return FileNameCompletion.complete(word, listDirectory: listDirectory)
        case .flagsThenFile(let flags):
            // `.once -x` or `.once FILE`: the flag or a file first, nothing after a file.
            guard argument == 0 else { return .none }
            if word.text.hasPrefix("-") { return Completion(replacing: word, candidates: Self.matching(flags, typed: word.text)) }
            return FileNameCompletion.complete(word, listDirectory: listDirectory)
        case .choices(let list): choices = list
        case .helpTopics: choices = helpTopics.isEmpty ? CompletionSlot.statementKeywords + Self.dotCommandNames : helpTopics
        case .none: choices = []
        }
        guard argument == 0 else { return .none }
        return Completion(replacing: word, candidates: Self.matching(choices, typed: word.text))
    }
}
