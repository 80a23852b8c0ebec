import CaseModel
import CaseQL
import LineEditor

extension Completer {
    /// The candidates for `slot` that match the word typed so far.
    func candidates(for slot: CompletionSlot, word: WordAtCursor) -> [String] {
        let typed = word.text
        switch slot {
        case .nothing:
            return []
        case .statementStart:
            return Self.keywords(CompletionSlot.statementKeywords, typed: typed)
        case .keywords(let words):
            return word.quote == nil ? Self.keywords(words, typed: typed) : []
        case .caseNoun:
            return names([[vocabulary.caseNoun]], word: word)
        case .conditionStart:
            return names(dimensionNames + attributeNames, word: word)
                + (word.quote == nil ? Self.keywords(["has", "not"], typed: typed) : [])
                + names(categoryNames(in: nil), word: word)
        case .categories(let dimensions, let then):
            return names(categoryNames(in: dimensions), word: word)
                + (word.quote == nil ? Self.keywords(then, typed: typed) : [])
        case .dimensions:
            return names(dimensionNames, word: word)
        case .attributes(let withDimensions, let then):
            return names(attributeNames + (withDimensions ? dimensionNames : []), word: word)
                + (word.quote == nil ? Self.keywords(then, typed: typed) : [])
        case .values(.declared(let attribute)):
            return names(valueNames(of: attribute), word: word)
        case .values(.name), .caseNames:
            return names(vocabulary.caseNames.map { [$0] }, word: word)
        case .values(.unknown):
            return []
        case .explainTarget:
            return names(categoryNames(in: nil) + dimensionNames + attributeNames, word: word)
        case .showTarget:
            return names((CompletionSlot.showTargets + [vocabulary.caseNoun]).map { [$0] }, word: word)
        case .helpTopic:
            // `help` takes a keyword as its topic too (`help select`), so keywords stay bare.
            let topics = helpTopics.isEmpty ? CompletionSlot.statementKeywords : helpTopics
            let key = word.text.lowercased()
            return topics.filter { $0.lowercased().hasPrefix(key) }.map {
                word.quote == nil && Keyword(rawValue: $0) != nil ? $0 : Self.written($0, quote: word.quote)
            }
        case .all(let slots):
            var seen = Set<String>()
            return slots.flatMap { candidates(for: $0, word: word) }.filter { seen.insert($0).inserted }
        }
    }

    // MARK: names, grouped by what they name

    /// One list per dimension, category, attribute or value: every name it answers to, its id
    /// first. Completion offers one name per thing, the first that matches, so `crowdf` gives
    /// `crowdfunding` and `众` gives `众筹`, without a list of synonyms.
    var dimensionNames: [[String]] {
        vocabulary.index.taxonomy.dimensions.map { Self.names(id: $0.id, labels: $0.labels, aliases: $0.aliases) }
    }

    func categoryNames(in dimensions: Set<Int>?) -> [[String]] {
        vocabulary.index.taxonomy.nodes
            .filter { dimensions?.contains($0.dimension) ?? true }
            .map { Self.names(id: $0.category.id, labels: $0.category.labels, aliases: $0.category.aliases) }
    }

    var attributeNames: [[String]] {
        [[Vocabulary.nameAttribute]]
            + vocabulary.index.attributes.map { Self.names(id: $0.id, labels: $0.labels, aliases: $0.aliases) }
    }

    func valueNames(of attribute: Int) -> [[String]] {
        guard vocabulary.index.attributes.indices.contains(attribute) else { return [] }
        return vocabulary.index.attributes[attribute].values.map {
            Self.names(id: $0.id, labels: $0.labels, aliases: $0.aliases)
        }
    }

    static func names(id: String, labels: LocalizedText, aliases: [String]) -> [String] {
        ([id, labels.zh, labels.en] + aliases).filter { !$0.isEmpty }
    }

    /// For each thing, its first name that starts with the typed word (ignoring case), written so
    /// the lexer reads it back as one name.
    func names(_ groups: [[String]], word: WordAtCursor) -> [String] {
        let key = word.text.lowercased()
        var seen = Set<String>()
        return groups.compactMap { group in
            group.first { $0.lowercased().hasPrefix(key) }
        }
        .map { Self.written($0, quote: word.quote) }
        .filter { seen.insert($0).inserted }
    }

    /// `name` as it must be typed: bare when the lexer reads it as one identifier, else quoted
    /// (with the quote the user opened, if any; a quote inside is doubled, as the lexer expects).
    static func written(_ name: String, quote: Character?) -> String {
        if quote == nil, isBareName(name) { return name }
        let mark = quote ?? (name.contains("\"") && !name.contains("'") ? "'" : "\"")
        let escaped = name.split(separator: mark, omittingEmptySubsequences: false).joined(separator: String(mark) + String(mark))
        return String(mark) + escaped + String(mark)
    }

    static func isBareName(_ name: String) -> Bool {
        guard let tokens = try? Lexer.tokenize(name), tokens.count == 2 else { return false }
        return tokens[0].kind == .identifier(name)
    }
}
