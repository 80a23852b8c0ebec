import CaseModel
import QueryResult

/// Everything `help` prints: one entry per statement and per topic, each with its syntax and
/// examples that run on the loaded study (a test runs every one of them).
public struct HelpBook: Sendable {
    public struct Entry: Sendable, Hashable {
        public var topic: String
        /// Other words that find this entry (`help group` → select).
        public var aliases: [String]
        public var syntax: [String]
        public var summary: String
        /// Statements of the language, run as shown.
        public var examples: [String]
        /// Shell input that is not a statement (dot-commands, command lines): shown, not run.
        public var shellExamples: [String]
    }

    public let statements: [Entry]
    public let topics: [Entry]
    public let dotCommands: [Entry]
    let language: LocalizedText.Language

    /// Every statement example of every entry, in order.
    public var examples: [String] {
        (statements + topics + dotCommands).flatMap(\.examples)
    }

    public init(_ interpreter: Interpreter) {
        let picks = ExamplePicks(interpreter)
        statements = StatementRegistry.all.flatMap { $0.definition.help(picks) }
        topics = HelpBook.topicEntries(picks)
        dotCommands = HelpBook.dotCommandEntries(interpreter.language)
        language = interpreter.language
    }

    /// The entry a topic names: a statement, a topic, or a dot-command (with or without its dot).
    public func entry(named topic: String) -> Entry? {
        if topic.hasPrefix(".") {
            let key = Vocabulary.key(String(topic.dropFirst()))
            return dotCommands.first { Vocabulary.key(String($0.topic.dropFirst())) == key }
        }
        let key = Vocabulary.key(topic)
        for entry in statements + topics + dotCommands {
            let names = [entry.topic.hasPrefix(".") ? String(entry.topic.dropFirst()) : entry.topic] + entry.aliases
            if names.contains(where: { Vocabulary.key($0) == key }) { return entry }
        }
        return nil
    }

    public var topicNames: [String] {
        statements.map(\.topic) + topics.map(\.topic) + dotCommands.map(\.topic)
    }

    // MARK: text

    public func overview() -> String {
        var block = TextBlock()
        block.line(Localized.text(.helpOverviewHeading, language))
        for entry in statements {
            block.gap()
            for line in entry.syntax { block.line("  " + line) }
            block.wrapped(entry.summary, indent: "      ")
            if let example = entry.examples.first { block.line("      " + Localized.text(.helpExampleLead, language, example)) }
        }
        block.gap()
        block.line(Localized.text(.helpMoreTopics, language))
        block.wrapped(topics.map(\.topic).joined(separator: ", "), indent: "  ")
        block.line(Localized.text(.helpDotCommandsLine, language))
        block.wrapped(dotCommands.map(\.topic).joined(separator: " "), indent: "  ")
        return block.text
    }

    public func text(of entry: Entry) -> String {
        var block = TextBlock()
        block.line(entry.topic)
        block.gap()
        for line in entry.syntax { block.line("  " + line) }
        block.gap()
        block.wrapped(entry.summary)
        if !entry.examples.isEmpty || !entry.shellExamples.isEmpty {
            block.gap()
            block.line(Localized.text(.helpExamplesHeading, language))
            for example in entry.examples + entry.shellExamples { block.line("  " + example) }
        }
        return block.text
    }
}

extension Interpreter {
    public var helpBook: HelpBook { HelpBook(self) }

    func help(_ topic: Name?) throws(Diagnostic) -> StatementOutput {
        let book = HelpBook(self)
        guard let topic else { return .text(book.overview()) }
        if let entry = book.entry(named: topic.text) {
            if entry.topic == "statements" { return .text(book.overview()) }
            return .text(book.text(of: entry))
        }
        var notes: [String] = []
        if !vocabulary.category(named: topic.text).isEmpty || !vocabulary.dimension(named: topic.text).isEmpty
            || vocabulary.attribute(named: topic.text) != nil {
            notes.append("help: " + Localized.text(.helpPartOfStudy, language, topic.text, "explain " + Interpreter.quotedName(topic.text)))
        } else if let k = vocabulary.cases(named: topic.text).first {
            notes.append("help: " + Localized.text(.helpIsCase, language, topic.text, caseSingular,
                                                   "describe " + Interpreter.quotedName(index.names[k])))
        } else if let guess = Suggestions.closest(to: topic.text, among: book.topicNames) {
            notes.append("help: " + Localized.text(.errorDidYouMean, language, guess))
        }
        notes.append("note: " + Localized.text(.helpTopicsList, language, (book.statements + book.topics).map(\.topic).joined(separator: ", ")))
        throw Diagnostic(Localized.text(.helpNoHelp, language, topic.text), at: topic.range, notes: notes)
    }
}
