import CaseModel
import CaseQL
import CaseRender
import LineEditor

extension Completer {
    static let dotCommandNames = DotCommand.allCases.map { "." + $0.rawValue }

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
        guard let name = DotCommand(rawValue: String(first.dropFirst()).lowercased()) else { return .none }
        let choices: [String]
        switch name {
        case .read, .output:
            guard argument == 0 else { return .none }
            return FileNameCompletion.complete(word, listDirectory: listDirectory)
        case .open:
            // `.open STUDY.csv TAXONOMY.json`: both are files.
            guard argument <= 1 else { return .none }
            return FileNameCompletion.complete(word, listDirectory: listDirectory)
        case .mode: choices = OutputFormat.allCases.map(\.rawValue)
        case .lang: choices = LocalizedText.Language.allCases.map(\.rawValue)
        case .timer, .bail: choices = ["on", "off"]
        case .maxrows: choices = ["off", "20", "100", "1000"]
        case .help: choices = helpTopics.isEmpty ? CompletionSlot.statementKeywords + Self.dotCommandNames : helpTopics
        case .history, .show, .quit, .exit, .sql: choices = []
        }
        guard argument == 0 else { return .none }
        return Completion(replacing: word, candidates: Self.matching(choices, typed: word.text))
    }
}
