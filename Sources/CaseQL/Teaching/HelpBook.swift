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

    // MARK: documents

    /// Every statement under its name: its syntax, what it does, its first example.
    public func overview() -> Document {
        var blocks: [Block] = [.heading(level: 1, [.plain(Localized.text(.helpOverviewHeading, language))])]
        for entry in statements {
            var body: [Block] = [.queries(entry.syntax), .paragraph([.plain(entry.summary)])]
            if let example = entry.examples.first { body.append(.paragraph(exampleLead(example))) }
            blocks.append(.section(Section([.code(entry.topic)], body)))
        }
        blocks.append(.section(Section([.plain(Localized.text(.helpMoreTopics, language))],
                                       [.paragraph(listed(topics.map(\.topic), separator: ", "))])))
        blocks.append(.section(Section([.plain(Localized.text(.helpDotCommandsLine, language))],
                                       [.paragraph(listed(dotCommands.map(\.topic), separator: " "))])))
        let data = DataValue.record([
            ("statements", .array(statements.map(Self.data))),
            ("topics", .array(topics.map { .string($0.topic) })),
            ("dotCommands", .array(dotCommands.map { .string($0.topic) })),
        ])
        return Document(blocks, data: data)
    }

    /// One entry: its name, syntax, summary and examples. The syntax lines are laid out by hand
    /// (continuations aligned under the statement), so they are queries, never wrapped.
    public func document(of entry: Entry) -> Document {
        // Untitled sections only set their blocks apart: the syntax and the summary stand alone.
        var blocks: [Block] = [
            .heading(level: 1, [.code(entry.topic)]),
            .section(Section([], [.queries(entry.syntax)])),
            .section(Section([], [.paragraph([.plain(entry.summary)])])),
        ]
        if !entry.examples.isEmpty || !entry.shellExamples.isEmpty {
            blocks.append(.section(Section([.plain(Localized.text(.helpExamplesHeading, language))],
                                           [.queries(entry.examples + entry.shellExamples)])))
        }
        return Document(blocks, data: Self.data(entry))
    }

    /// "e.g. select …": the lead in the reader's language, the example as code.
    private func exampleLead(_ example: String) -> [Inline] {
        let marker: Character = "\u{1}"
        let parts = Localized.text(.helpExampleLead, language, String(marker))
            .split(separator: marker, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { return [.plain(Localized.text(.helpExampleLead, language, example))] }
        return [.plain(parts[0]), .code(example)] + (parts[1].isEmpty ? [] : [.plain(parts[1])])
    }

    private func listed(_ names: [String], separator: String) -> [Inline] {
        var runs: [Inline] = []
        for (n, name) in names.enumerated() {
            if n > 0 { runs.append(.plain(separator)) }
            runs.append(.code(name))
        }
        return runs
    }

    private static func data(_ entry: Entry) -> DataValue {
        .record([
            ("topic", .string(entry.topic)),
            ("aliases", .array(entry.aliases.map(DataValue.string))),
            ("syntax", .array(entry.syntax.map(DataValue.string))),
            ("summary", .string(entry.summary)),
            ("examples", .array(entry.examples.map(DataValue.string))),
            ("shellExamples", .array(entry.shellExamples.map(DataValue.string))),
        ])
    }
}

extension Interpreter {
    public var helpBook: HelpBook { HelpBook(self) }

    func help(_ topic: Name?) throws(Diagnostic) -> StatementOutput {
        let book = HelpBook(self)
        guard let topic else { return .document(book.overview()) }
        if let entry = book.entry(named: topic.text) {
            if entry.topic == "statements" { return .document(book.overview()) }
            return .document(book.document(of: entry))
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
